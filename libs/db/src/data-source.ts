import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DataSource, type DataSourceOptions, type Logger, type QueryRunner } from 'typeorm';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { crossTenant } from './statement-guard';
import { closeReader, noteQueryError } from './transactions';

export type Dialect = 'sqlite' | 'mysql';

export interface DatabaseOptions {
  /** `sqlite:<path>` (or `sqlite::memory:`) or `mysql://user:pass@host:port/db`. */
  url: string;
  /** Called with every SQL statement (and its parameters); tests count statements per request with it. */
  onQuery?: (sql: string, parameters?: unknown[]) => void;
  /** MySQL and MariaDB report column defaults differently; TypeORM must know which it is. */
  flavour?: 'mysql' | 'mariadb';
}

export function dialectOf(url: string): Dialect {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) return 'mysql';
  throw new Error(`DATABASE_URL must start with sqlite: or mysql:// (got "${url.split(':')[0]}:")`);
}

class CountingLogger implements Logger {
  constructor(private readonly onQuery?: (sql: string, parameters?: unknown[]) => void) {}
  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.onQuery?.(query, parameters);
  }
  logQueryError(error: string | Error, _query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    noteQueryError(error, queryRunner);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** A DataSource that also closes what the data layer opened beside it (the SQLite reader, a temporary file). */
class AppDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    private readonly removeOnDestroy: string | null = null,
  ) {
    super(options);
  }

  override async destroy(): Promise<void> {
    closeReader(this);
    await super.destroy();
    if (this.removeOnDestroy) rmSync(this.removeOnDestroy, { recursive: true, force: true });
  }
}

/**
 * The only place a DataSource is built. Feature code never sees it: it gets a TenantDb.
 * `synchronize` is always false; the schema comes from the per-dialect migrations.
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  const dialect = dialectOf(options.url);
  const logger = new CountingLogger(options.onQuery);
  if (dialect === 'sqlite') {
    const file = options.url.slice('sqlite:'.length);
    // `sqlite::memory:` is a private temporary file, removed when the DataSource is destroyed:
    // a memory database cannot be shared with the reader connection (see transactions.ts).
    // (TypeORM creates its directory when the DataSource is initialised.)
    const temporary = file === ':memory:' ? join(tmpdir(), `pinzhi-sqlite-${process.pid}-${randomBytes(6).toString('hex')}`) : null;
    const database = temporary ? join(temporary, 'db.sqlite') : resolve(file);
    if (!temporary) mkdirSync(dirname(database), { recursive: true });
    return new AppDataSource(
      {
        type: 'better-sqlite3',
        database,
        entities: ENTITIES,
        migrations: SQLITE_MIGRATIONS,
        migrationsRun: false,
        synchronize: false,
        logging: ['query'],
        logger,
        prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
          db.pragma('journal_mode = WAL');
          db.pragma('foreign_keys = ON');
          db.pragma('busy_timeout = 5000');
          // 64 MB page cache instead of the 2 MB default: bulk writes (occurrence materialisation)
          // spend most of their time re-reading index pages (docs/operations.md, Benchmarks).
          db.pragma('cache_size = -65536');
        },
      },
      temporary,
    );
  }
  const url = new URL(options.url);
  return new AppDataSource({
    type: options.flavour ?? (url.protocol === 'mariadb:' ? 'mariadb' : 'mysql'),
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    username: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.replace(/^\//, ''),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    entities: ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: ['query'],
    logger,
    // trace: false: mysql2 otherwise captures a stack trace (Error.captureStackTrace) on every
    // statement to splice into a possible error; TypeORM wraps failures in QueryFailedError
    // with the SQL anyway. One of the larger per-statement costs (docs/performance.md).
    extra: { connectionLimit: 20, trace: false },
  });
}

/**
 * Creates and opens the DataSource. For a mysql:// URL it first asks the server whether it
 * is MySQL or MariaDB, so one URL scheme serves both.
 */
export async function openDataSource(options: DatabaseOptions): Promise<DataSource> {
  let flavour = options.flavour;
  if (!flavour && dialectOf(options.url) === 'mysql') {
    const u = new URL(options.url);
    const { createConnection } = await import('mysql2/promise');
    const probe = await createConnection({
      host: u.hostname,
      port: Number(u.port || 3306),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
    });
    try {
      const [rows] = await probe.query('SELECT VERSION() AS v');
      flavour = /mariadb/i.test(String((rows as Array<{ v: string }>)[0].v)) ? 'mariadb' : 'mysql';
    } finally {
      await probe.end();
    }
  }
  const ds = createDataSource({ ...options, flavour });
  await ds.initialize();
  return ds;
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await crossTenant('migrations', () => dataSource.runMigrations({ transaction: 'each' }));
  return applied.map((m) => m.name);
}

/** SQL the entities would need beyond the migrations; empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
