import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TestApp } from '@pinzhi/api-testing';
import { openDataSource } from '@pinzhi/db/platform';

/**
 * A database that hangs, goes away or is locked answers requests quickly with HTTP 503
 * SERVICE_UNAVAILABLE and Retry-After (never a 500, never the host and port), /readyz fails
 * fast, and the API recovers by itself when the database is back.
 *
 * MySQL/MariaDB: a private mariadbd of this test's own (tools/db/mariadb.sh with its own
 * DB_DIR and DB_PORT) is frozen with SIGSTOP — never the shared server of DATABASE_URL.
 * SQLite: another connection holds the write lock (SQLITE_BUSY, after the busy timeout or at once
 * when a read transaction would have to wait for it).
 */
const mysql = /^(mysql|mariadb):/.test(process.env['DATABASE_URL'] ?? '');
const QUERY = '{ projects(first: 3) { totalCount nodes { code } } }';
/** Far above the limits set below (1.5 s): only a request that waits on the database with no limit at all takes this long. */
const NO_LIMIT = 30_000;

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
  json: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(t: TestApp, query: string, token?: string): Promise<Answer> {
  const request = t.app
    .inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: JSON.stringify({ query }),
    })
    .then((res) => ({ status: res.statusCode, headers: res.headers, body: res.body, json: res.json() }));
  return withinNoLimit(request, 'the GraphQL request');
}

async function withinNoLimit<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} waited over ${NO_LIMIT / 1000} s: the database has no time limit`)), NO_LIMIT);
  });
  try {
    return await Promise.race([work, hung]);
  } finally {
    clearTimeout(timer);
  }
}

function expectUnavailable(answer: Answer, secrets: string[]): void {
  expect(answer.status).toBe(503);
  expect(answer.headers['retry-after']).toBe('5');
  expect(answer.json.errors?.map((e) => e.extensions?.['code'])).toEqual(['SERVICE_UNAVAILABLE']);
  expect(answer.json.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  for (const secret of secrets) expect(answer.body).not.toContain(secret);
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

(mysql ? describe : describe.skip)('MySQL/MariaDB outage (a private mariadbd, frozen and stopped)', () => {
  const script = resolve(__dirname, '../../../tools/db/mariadb.sh');
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let port: number;
  let t: TestApp;
  let token: string;
  const pid = () => Number(readFileSync(join(dir, 'mysqld.pid'), 'utf8'));
  const mariadb = (command: 'start' | 'stop') =>
    execFileSync('bash', [script, command], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .trim()
      .split('\n')
      .pop()!;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pinzhi-outage-'));
    port = await freePort();
    env = { ...process.env, DB_DIR: dir, DB_PORT: String(port), DB_NAME: 'pinzhi_outage' };
    const url = mariadb('start');
    t = await TestApp.start({
      databaseUrl: url,
      env: { DB_CONNECT_TIMEOUT_MS: '1500', DB_ACQUIRE_TIMEOUT_MS: '1500', DB_STATEMENT_TIMEOUT_MS: '1500', NODE_ENV: 'development' },
    });
    token = await t.token('admin@demo.test');
  });
  afterAll(async () => {
    if (dir) {
      try {
        process.kill(pid(), 'SIGCONT');
      } catch {
        // not running
      }
    }
    await t?.stop();
    if (dir) {
      mariadb('stop');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 with Retry-After while the server is frozen (SIGSTOP), and the next request after SIGCONT succeeds', async () => {
    const before = await post(t, QUERY, token);
    expect(before.status).toBe(200);
    const total = before.json.data.projects.totalCount;

    process.kill(pid(), 'SIGSTOP');
    try {
      // Signed in (the session check is the first statement), several at once (more than the
      // idle pooled connections: new connections meet the connect timeout), and signed out.
      const answers = await Promise.all([post(t, QUERY, token), post(t, QUERY, token), post(t, QUERY, token), post(t, QUERY, token)]);
      for (const a of answers) expectUnavailable(a, ['127.0.0.1', String(port), 'ETIMEDOUT', 'timeout']);
      const signIn = await post(t, 'mutation { login(email: "admin@demo.test", password: "wrong-password") { token } }');
      expectUnavailable(signIn, ['127.0.0.1', String(port)]);
      const ready = await withinNoLimit(t.get('/readyz'), '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.toString()).not.toContain(String(port));
    } finally {
      process.kill(pid(), 'SIGCONT');
    }

    const after = await post(t, QUERY, token);
    expect(after.status).toBe(200);
    expect(after.json.data.projects.totalCount).toBe(total);
    expect((await t.get('/readyz')).status).toBe(200);
  });

  it('answers 503 while the server is down, and recovers when it is started again (no restart of the API)', async () => {
    mariadb('stop');
    try {
      expectUnavailable(await post(t, QUERY, token), ['127.0.0.1', String(port), 'ECONNREFUSED']);
      expect((await withinNoLimit(t.get('/readyz'), '/readyz')).status).toBe(503);
    } finally {
      mariadb('start');
    }
    const after = await post(t, QUERY, token);
    expect(after.status).toBe(200);
    expect(after.json.data.projects.totalCount).toBeGreaterThan(0);
  });
});

(mysql ? describe.skip : describe)('SQLite locked by another process', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await TestApp.start();
    token = await t.token('admin@demo.test');
  });
  afterAll(() => t?.stop());

  it('answers a write 503 with Retry-After while another connection holds the write lock (SQLITE_BUSY), then succeeds', async () => {
    const file = t.config.databaseUrl.slice('sqlite:'.length);
    const rename = (name: string) => post(t, `mutation { createRegion(input: { name: "${name}", code: null }) { id name } }`, token);
    // Another process's connection to the same file (as `sqlite3 pinzhi.sqlite` would be).
    const other = await openDataSource({ url: t.config.databaseUrl });
    const holder = other.createQueryRunner();
    try {
      await holder.query('BEGIN IMMEDIATE');
      expectUnavailable(await rename('锁住时的区域'), [file]);
    } finally {
      await holder.query('ROLLBACK');
      await holder.release();
      await other.destroy();
    }
    const after = await rename('解锁后的区域');
    expect(after.status).toBe(200);
    expect(after.json.data.createRegion.name).toBe('解锁后的区域');
  });
});
