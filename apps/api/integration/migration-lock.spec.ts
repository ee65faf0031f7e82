import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { createConnection } from 'mysql2/promise';
import { loadConfig } from '@pinzhi/api-server';
import { dialectOf, migrate, openDataSource, type DataSource } from '@pinzhi/db/platform';
import { TEST_JWT_SECRET } from '@pinzhi/api-testing';
import { PendingMigrationsError, prepareDatabase } from '../src/startup';

/**
 * Instances started together on an empty database apply each migration once and seed the
 * demo once (the migration lock: GET_LOCK on MySQL/MariaDB, a lock file on SQLite); with
 * MIGRATE_ON_START=false an instance never migrates and refuses a database that is behind.
 */
const ROOT = resolve(__dirname, '../../..');
const base = process.env['DATABASE_URL'];
const mysql = !!base && dialectOf(base) === 'mysql';

let dir: string;
let url: string;
/** Every instance started, stopped at the end whatever happened. */
const started: ChildProcess[] = [];
let dropDatabase: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pinzhi-lock-'));
  url = `sqlite:${join(dir, 'pinzhi.sqlite')}`;
  if (mysql) {
    const u = new URL(base!);
    const name = `pinzhi_t_lock_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = await createConnection({
      host: u.hostname,
      port: Number(u.port || 3306),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
    });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    dropDatabase = async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    };
    u.pathname = `/${name}`;
    url = u.toString();
  }
});
afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await dropDatabase();
  rmSync(dir, { recursive: true, force: true });
});

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

interface Instance {
  process: ChildProcess;
  /** The JSON log lines' messages. */
  messages: Array<{ msg: string; applied?: string[] }>;
  /** Resolves when it listens; rejects if it exits first. */
  up: Promise<void>;
  exited: Promise<number | null>;
}

/** `node apps/api/src/main.ts` (TypeScript through @swc-node/register), as `npm run dev` starts it. */
async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: url,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'info',
      WEB_DIST: join(dir, 'no-web'),
      UPLOAD_DIR: join(dir, `uploads-${port}`),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const messages: Instance['messages'] = [];
  let errors = '';
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  const up = new Promise<void>((ok, fail) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        try {
          const entry = JSON.parse(line);
          messages.push(entry);
          if (String(entry.msg).startsWith('Pinzhi is up')) ok();
        } catch {
          // not a log line
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    void exited.then((code) => fail(new Error(`instance exited (${code}) before listening: ${errors}`)));
  });
  return { process: child, messages, up, exited };
}

describe('migrations and seed at start-up', () => {
  it('four instances started at once on an empty database apply each migration once and seed once', async () => {
    const instances = await Promise.all([1, 2, 3, 4].map(() => startInstance({ SEED_DEMO: 'true' })));
    try {
      await Promise.all(instances.map((i) => i.up));
      const ds = await openDataSource({ url });
      try {
        const quote = (n: string) => (mysql ? `\`${n}\`` : `"${n}"`);
        const rows: Array<{ name: string; n: string | number }> = await ds.query(
          `SELECT ${quote('name')} AS name, COUNT(*) AS n FROM ${quote('migrations')} GROUP BY ${quote('name')}`,
        );
        expect(rows.map((r) => r.name).sort()).toEqual(ds.migrations.map((m) => m.name).sort());
        expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
        const [tenants] = await ds.query(`SELECT COUNT(*) AS n FROM ${quote('tenant')}`);
        expect(Number(tenants.n)).toBe(2);
        // One instance applied them all; the others waited for the lock and found nothing to do.
        const applied = instances.map((i) => i.messages.find((m) => m.msg === 'migrations applied')?.applied ?? []);
        expect(applied.map((a) => a.length).sort()).toEqual([0, 0, 0, ds.migrations.length]);
        expect(instances.filter((i) => i.messages.some((m) => m.msg.startsWith('demo data created')))).toHaveLength(1);
      } finally {
        await ds.destroy();
      }
    } finally {
      for (const i of instances) i.process.kill('SIGTERM');
      expect(await Promise.all(instances.map((i) => i.exited))).toEqual([0, 0, 0, 0]);
    }
    // Four processes compile the whole API (TypeScript through swc) at once: minutes on a busy machine.
  }, 600_000);
});

describe('MIGRATE_ON_START=false', () => {
  const logger = pino({ level: 'silent' });
  const config = (env: Record<string, string>) => loadConfig({ DATABASE_URL: url, JWT_SECRET: TEST_JWT_SECRET, ...env });
  let fresh: { ds: DataSource; drop: () => Promise<void> };

  beforeEach(async () => {
    // A database of its own, behind the code by every migration.
    if (mysql) {
      const u = new URL(base!);
      const name = `pinzhi_t_nomig_${process.pid}_${randomBytes(4).toString('hex')}`;
      const admin = await createConnection({
        host: u.hostname,
        port: Number(u.port || 3306),
        user: decodeURIComponent(u.username),
        password: decodeURIComponent(u.password),
      });
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      u.pathname = `/${name}`;
      const ds = await openDataSource({ url: u.toString() });
      fresh = {
        ds,
        drop: async () => {
          await ds.destroy();
          await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
          await admin.end();
        },
      };
    } else {
      const file = join(dir, `nomig-${randomBytes(4).toString('hex')}.sqlite`);
      const ds = await openDataSource({ url: `sqlite:${file}` });
      fresh = { ds, drop: () => ds.destroy() };
    }
  });
  afterEach(() => fresh.drop());

  it('refuses to start on a database with pending migrations, naming them, and applies none', async () => {
    const error = await prepareDatabase(fresh.ds, config({ MIGRATE_ON_START: 'false', SEED_DEMO: 'false' }), logger).catch((e) => e);
    expect(error).toBeInstanceOf(PendingMigrationsError);
    expect(error.pending).toEqual(fresh.ds.migrations.map((m) => m.name));
    expect(error.message).toMatch(/npm run migrate/);
    const [tables] = await fresh.ds.query(
      mysql
        ? "SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'tenant'"
        : "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'tenant'",
    );
    expect(Number(tables.n)).toBe(0);
  });

  it('starts on a database the release step migrated, and still seeds an empty one', async () => {
    expect(await migrate(fresh.ds)).toHaveLength(fresh.ds.migrations.length);
    await prepareDatabase(fresh.ds, config({ MIGRATE_ON_START: 'false', SEED_DEMO: 'true' }), logger);
    const [tenants] = await fresh.ds.query('SELECT COUNT(*) AS n FROM tenant');
    expect(Number(tenants.n)).toBe(2);
  });
});
