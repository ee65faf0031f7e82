import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { backgroundOf, createApp, loadConfig, type Config } from '@pinzhi/api-server';
import { PlatformDb, dialectOf, openDataSource, type DataSource, type Dialect } from '@pinzhi/db/platform';
import { DEMO_PASSWORD, createEmptyCompany } from '@pinzhi/seed';
import { freshDatabase, runSeedInstant } from './templates';
import { guardStatements, pastTenantScope } from './statement-guard';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-42';

/**
 * The instant for specs written against calendar dates (Monday 7 December 2026, 10:00 in
 * Shanghai): `TestApp.start({ seedNow: FIXED_NOW, now: FIXED_NOW })` seeds the demo around it
 * and starts the app's clock there, so the spec passes on any day the suite runs.
 */
export const FIXED_NOW = '2026-12-07T02:00:00.000Z';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

/**
 * Database timeouts for tests: generous, because a busy 2-core machine can take seconds for a
 * statement the production defaults (DEFAULT_DB_TIMEOUTS) would give up on. A test of the
 * timeouts themselves sets its own through `env`.
 */
const TEST_DB_TIMEOUTS = { DB_CONNECT_TIMEOUT_MS: '10000', DB_ACQUIRE_TIMEOUT_MS: '30000', DB_STATEMENT_TIMEOUT_MS: '30000' };

/**
 * A real app on a real database of its own: a fresh SQLite file, or — when DATABASE_URL
 * is a mysql:// URL — a fresh MariaDB/MySQL database created for this test file and
 * dropped after. Real migrations and the real seed — applied once per run to a template
 * that each test file gets a copy of (templates.ts) — and requests through Fastify's HTTP
 * pipeline.
 */
export class TestApp {
  /** SQL statements executed since the last `resetSqlCount()`. */
  sqlCount = 0;
  /** When an array, every statement (with its parameters) is appended to it: tests EXPLAIN them. */
  sqlLog: Array<{ sql: string; parameters: unknown[] }> | null = null;
  /** The app's clock: null = real time; `setNow` freezes it at an instant. */
  private fixedNow: Date | null = null;
  /** Where `setNow(null)` returns the clock: the `now` the app started with, or real time. */
  private startNow: Date | null = null;
  private tokens = new Map<string, string>();

  private constructor(
    readonly app: FastifyInstance,
    readonly dataSource: DataSource,
    readonly dialect: Dialect,
    readonly config: Config,
    /** The moment the demo data was seeded around (its history and training dates are relative to it). */
    readonly seededAt: Date,
    private readonly cleanup: () => Promise<void>,
  ) {}

  /**
   * `seed: false`: migrations only, no demo data. `seedNow`: seed the demo as if it were this
   * instant (default: the instant this test run started, shared by all its files — the
   * template is seeded once). `databaseUrl`: a server other than DATABASE_URL's (a test that
   * starts its own). `now`: the app's clock starts frozen at this instant (default: real time).
   * `logger`: a pino logger to capture the app's log lines (default: silent).
   */
  static async start(
    options: {
      env?: Record<string, string>;
      seed?: boolean;
      seedNow?: string | Date;
      now?: string | Date;
      databaseUrl?: string;
      logger?: Logger;
    } = {},
  ): Promise<TestApp> {
    const seededAt = options.seedNow ? new Date(options.seedNow) : runSeedInstant();
    const { url, cleanup } = await freshDatabase(
      options.databaseUrl ?? process.env['DATABASE_URL'],
      options.seed === false ? null : seededAt,
    );
    // Uploaded files go to a directory of this test file's own, removed at stop().
    const uploadDir = mkdtempSync(join(tmpdir(), 'pinzhi-uploads-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      WEB_DIST: join(tmpdir(), 'pinzhi-no-web'),
      UPLOAD_DIR: uploadDir,
      ...TEST_DB_TIMEOUTS,
      // No scheduler loop: tests run due jobs explicitly (runDueJobs) after moving the clock.
      SCHEDULER: 'false',
      ...options.env,
    });
    let counter: TestApp | null = null;
    const dataSource = await openDataSource({
      url,
      onQuery: (sql, parameters) => {
        if (!counter) return;
        counter.sqlCount++;
        counter.sqlLog?.push({ sql, parameters: parameters ?? [] });
      },
      timeouts: config.databaseTimeouts,
    });
    guardStatements(dataSource);
    const clock = () => (counter?.fixedNow ? new Date(counter.fixedNow) : new Date());
    const app = await createApp({ config, dataSource, logger: options.logger ?? pino({ level: 'silent' }), clock });
    await app.ready();
    const t = new TestApp(app, dataSource, dialectOf(url), config, seededAt, async () => {
      await app.close();
      await dataSource.destroy();
      await cleanup();
      rmSync(uploadDir, { recursive: true, force: true });
    });
    counter = t;
    if (options.now) t.startNow = t.fixedNow = new Date(options.now);
    return t;
  }

  async stop(): Promise<void> {
    await this.cleanup();
  }

  /** Moves the app's clock to `instant` (an ISO string or Date); `null` returns to where it started (`now`, or real time). */
  setNow(instant: string | Date | null): void {
    this.fixedNow = instant === null ? this.startNow : new Date(instant);
  }

  /** "Run due jobs now" at the app's clock (deliveries, reminder sweeps, digests). */
  runDueJobs() {
    return backgroundOf(this.app).jobs.runner.runDue();
  }

  /**
   * Stops the live-update poll, and with it the pruning of old live signals (rows older than a
   * few minutes, deleted once a minute by every instance): a test that counts rows over several
   * minutes must not see that maintenance as a write of the call it is checking. Resolves once a
   * poll under way has finished.
   */
  stopLiveUpdates(): Promise<void> {
    return backgroundOf(this.app).notifications.hub.stop();
  }

  resetSqlCount(): void {
    this.sqlCount = 0;
  }

  /** `from`: the client's socket address and extra headers (forwarding headers in the attack tests). */
  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string | null,
    from: { remoteAddress?: string; headers?: Record<string, string> } = {},
  ): Promise<GqlResult<T>> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...from.headers },
      payload: JSON.stringify({ query, variables }),
      ...(from.remoteAddress ? { remoteAddress: from.remoteAddress } : {}),
    });
    return res.json() as GqlResult<T>;
  }

  /** Like gql, but fails the test on any error and returns `data`. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<T> {
    const r = await this.gql<T>(query, variables, token);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
    return r.data as T;
  }

  /** A token for a demo account (cached per test file). */
  async token(email: string, tenantSlug?: string): Promise<string> {
    const key = `${email}/${tenantSlug ?? ''}`;
    const cached = this.tokens.get(key);
    if (cached) return cached;
    const data = await this.ok<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenantSlug: $t) { token } }',
      { e: email, p: DEMO_PASSWORD, t: tenantSlug ?? null },
    );
    this.tokens.set(key, data.login.token);
    return data.login.token;
  }

  forgetTokens(): void {
    this.tokens.clear();
  }

  /** POSTs raw bytes to an upload route (photo evidence), as a browser's fetch would. */
  async upload(body: Buffer, contentType: string, token?: string | null, url = '/uploads'): Promise<{ status: number; json: any }> {
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: body,
    });
    return { status: res.statusCode, json: res.json() };
  }

  /** GETs a path with a token; returns the status, headers and raw body. */
  async get(url: string, token?: string | null): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
    const res = await this.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
  }

  /**
   * A new, empty company with its first admin (password: the demo password), as the platform
   * operator creates one: no regions, projects, content or settings. Returns its id; sign in
   * with `token(adminEmail, slug)`.
   */
  async createCompany(slug: string, name: string, adminEmail: string, adminName = '首位管理员'): Promise<string> {
    const created = await createEmptyCompany(new PlatformDb(this.dataSource), {
      slug,
      name,
      adminEmail,
      adminName,
      adminPassword: DEMO_PASSWORD,
    });
    return created.tenantId;
  }

  /** Rows in a table, read past the tenant scope: tests use it to prove nothing was written. */
  async countRows(table: string): Promise<number> {
    const q = this.dialect === 'mysql' ? `SELECT COUNT(*) AS n FROM \`${table}\`` : `SELECT COUNT(*) AS n FROM "${table}"`;
    const [row] = await pastTenantScope(() => this.dataSource.query(q));
    return Number(row.n);
  }
}

/** The error codes of a result, for compact assertions. */
export function codes(r: GqlResult): string[] {
  return (r.errors ?? []).map((e) => String(e.extensions?.['code']));
}

/** The field errors of a BAD_USER_INPUT result as "path:reason" strings. */
export function fieldReasons(r: GqlResult): string[] {
  return (r.errors ?? []).flatMap((e) =>
    ((e.extensions?.['fields'] as Array<{ path: string[]; reason: string }>) ?? []).map((f) => `${f.path.join('.')}:${f.reason}`),
  );
}
