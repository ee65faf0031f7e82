import { createHash, randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
import { PlatformDb, dialectOf, migrate, openDataSource, withFileLock } from '@pinzhi/db/platform';
import { seedDemo } from '@pinzhi/seed';

/**
 * Seed once per test run: migrating and seeding a database took 1.5–8.6 s per spec file. The
 * first spec that needs a database of a kind (dialect × seeded-at instant, or unseeded)
 * builds a template under a lock shared by all jest workers; every spec then gets a copy —
 * a file copy on SQLite, a schema clone on MySQL/MariaDB. The run's id, the directory and the
 * default seeding instant come from the global setup (libs/api/testing/global-setup.js),
 * which also drops the templates at the end. Without it (a jest config that does not name
 * it), each spec file migrates and seeds its own database as before.
 */
const RUN = process.env['PINZHI_TEST_RUN']
  ? { id: process.env['PINZHI_TEST_RUN'], dir: process.env['PINZHI_TEST_TEMPLATES']!, seededAt: process.env['PINZHI_TEST_SEEDED_AT']! }
  : null;

/** The instant the run's shared demo data is seeded around (the default for TestApp.start). */
export function runSeedInstant(): Date {
  return RUN ? new Date(RUN.seededAt) : new Date();
}

/** Prefix of every database this run creates on MySQL/MariaDB (the global teardown drops them). */
function databasePrefix(): string {
  return RUN ? `pinzhi_t_${RUN.id}_` : 'pinzhi_t_';
}

export interface FreshDatabase {
  url: string;
  cleanup(): Promise<void>;
}

/**
 * A database of its own for one spec file, with the migrations applied and — unless
 * `seededAt` is null — the demo data seeded at `seededAt`, copied from the run's template.
 */
export async function freshDatabase(base: string | undefined, seededAt: Date | null): Promise<FreshDatabase> {
  const key = seededAt ? `seed-${seededAt.toISOString()}` : 'empty';
  const mysql = !!base && dialectOf(base) === 'mysql';
  if (!RUN) {
    const db = mysql ? await emptyMysqlDatabase(base!) : emptySqliteFile();
    await populate(db.url, seededAt);
    return db;
  }
  if (mysql) return cloneMysql(base!, await mysqlTemplate(base!, key, seededAt));
  const db = emptySqliteFile();
  copyFileSync(await sqliteTemplate(key, seededAt), db.url.slice('sqlite:'.length), constants.COPYFILE_FICLONE);
  return db;
}

function emptySqliteFile(): FreshDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'pinzhi-test-'));
  return { url: `sqlite:${join(dir, 'test.sqlite')}`, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function emptyMysqlDatabase(base: string): Promise<FreshDatabase> {
  const database = `${databasePrefix()}${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await adminConnection(base);
  try {
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  return { url: withDatabase(base, database), cleanup: () => dropDatabase(base, database) };
}

/** On a connection of its own: the test may have restarted the server since the database was made. */
async function dropDatabase(base: string, database: string): Promise<void> {
  const admin = await adminConnection(base);
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await admin.end();
  }
}

/** Builds the template once per run (whichever worker comes first; the others wait and reuse it). */
async function once(key: string, build: () => Promise<void>): Promise<void> {
  const dir = RUN!.dir;
  mkdirSync(dir, { recursive: true });
  const ready = join(dir, `${name(key)}.ready`);
  if (existsSync(ready)) return;
  await withFileLock(join(dir, `${name(key)}.lock`), async () => {
    if (existsSync(ready)) return;
    await build();
    writeFileSync(ready, key);
  });
}

function name(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

async function populate(url: string, seededAt: Date | null): Promise<void> {
  const ds = await openDataSource({ url, timeouts: { connectMs: 10_000, acquireMs: 60_000, statementMs: 0 } });
  try {
    await migrate(ds);
    if (seededAt) await seedDemo(new PlatformDb(ds), seededAt);
    // Copies must be complete files: fold the write-ahead log into the database file.
    if (ds.options.type === 'better-sqlite3') await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await ds.destroy();
  }
}

async function sqliteTemplate(key: string, seededAt: Date | null): Promise<string> {
  const file = join(RUN!.dir, `${name(key)}.sqlite`);
  await once(`sqlite/${key}`, () => populate(`sqlite:${file}`, seededAt));
  return file;
}

function adminConnection(base: string): Promise<Connection> {
  const u = new URL(base);
  return createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    multipleStatements: true,
  });
}

function withDatabase(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

async function mysqlTemplate(base: string, key: string, seededAt: Date | null): Promise<string> {
  const database = `${databasePrefix()}tpl_${name(key)}`;
  await once(`mysql/${new URL(base).host}/${key}`, async () => {
    const admin = await adminConnection(base);
    try {
      await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    } finally {
      await admin.end();
    }
    await populate(withDatabase(base, database), seededAt);
  });
  return database;
}

const CLONE_CONNECTIONS = 3;

/** Each template's tables: CREATE statement and stored columns (read once per worker). */
const createStatements = new Map<string, Array<{ table: string; create: string; columns: string }>>();

/**
 * Copies the template schema into a new database: each table's own CREATE TABLE (SHOW CREATE
 * TABLE keeps indexes, foreign keys and the AUTO_INCREMENT position; CREATE TABLE … LIKE would
 * drop the foreign keys) and its rows, with foreign key checks off. 1–3 s against 15–20 s for
 * migrating and seeding again on a busy machine (docs/operations.md, Tests).
 */
async function cloneMysql(base: string, template: string): Promise<FreshDatabase> {
  const database = `${databasePrefix()}${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await adminConnection(base);
  try {
    let tables = createStatements.get(template);
    if (!tables) {
      const [rows] = await admin.query(
        `SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`,
        [template],
      );
      // Generated columns cannot be inserted: copy the stored ones by name.
      const [columnRows] = await admin.query(
        `SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.COLUMNS
          WHERE TABLE_SCHEMA = ? AND EXTRA NOT LIKE '%GENERATED%' AND EXTRA NOT IN ('VIRTUAL', 'STORED', 'PERSISTENT')
          ORDER BY TABLE_NAME, ORDINAL_POSITION`,
        [template],
      );
      const columns = new Map<string, string[]>();
      for (const { t, c } of columnRows as Array<{ t: string; c: string }>) columns.set(t, [...(columns.get(t) ?? []), `\`${c}\``]);
      tables = [];
      for (const { t } of rows as Array<{ t: string }>) {
        const [[create]] = (await admin.query(`SHOW CREATE TABLE \`${template}\`.\`${t}\``)) as unknown as [Array<Record<string, string>>];
        tables.push({ table: t, create: create['Create Table'], columns: columns.get(t)!.join(', ') });
      }
      createStatements.set(template, tables);
    }
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    // Creating ~60 InnoDB tables one after another is most of the time; three connections
    // at once took 40–60 % of it (measured: 0.8–1.9 s against 2.0–5.3 s on one).
    const share = (i: number) => tables!.filter((_, j) => j % CLONE_CONNECTIONS === i);
    await Promise.all(
      Array.from({ length: CLONE_CONNECTIONS }, async (_, i) => {
        const c = i === 0 ? admin : await adminConnection(base);
        try {
          await c.query(
            [
              `USE \`${database}\``,
              'SET SESSION foreign_key_checks = 0',
              ...share(i).map(({ create }) => create),
              ...share(i).map(
                ({ table, columns }) => `INSERT INTO \`${table}\` (${columns}) SELECT ${columns} FROM \`${template}\`.\`${table}\``,
              ),
            ].join(';\n'),
          );
        } finally {
          if (c !== admin) await c.end();
        }
      }),
    );
  } catch (e) {
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    throw e;
  } finally {
    await admin.end();
  }
  return { url: withDatabase(base, database), cleanup: () => dropDatabase(base, database) };
}
