import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DataSource, MigrationExecutor, type DataSourceOptions, type Logger, type QueryRunner } from 'typeorm';
import { DatabaseUnavailableError } from './availability';
import { ENTITIES } from './entities';
import { withFileLock } from './file-lock';
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
  /** How long to wait for the database (MySQL/MariaDB); defaults: DEFAULT_DB_TIMEOUTS. */
  timeouts?: Partial<DatabaseTimeouts>;
}

/**
 * How long a request waits for MySQL/MariaDB before it gets SERVICE_UNAVAILABLE (0 = no limit).
 * A hung server (frozen, or a network that drops packets) would otherwise hold requests for
 * minutes; with these a request answers within about `statementMs` and the pool recovers by
 * itself when the server is back. SQLite is in-process: only its busy timeout applies.
 */
export interface DatabaseTimeouts {
  /** Opening a new connection (TCP + handshake). */
  connectMs: number;
  /** Waiting for a free pooled connection when all are in use. */
  acquireMs: number;
  /**
   * One statement, measured by the client and, as far as the server can, by the server too
   * (MariaDB `max_statement_time`, MySQL `max_execution_time` for SELECTs) so that it stops
   * the work. Migrations run without it.
   */
  statementMs: number;
}

export const DEFAULT_DB_TIMEOUTS: DatabaseTimeouts = { connectMs: 3000, acquireMs: 3000, statementMs: 4000 };

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
  const timeouts = { ...DEFAULT_DB_TIMEOUTS, ...options.timeouts };
  const ds = new AppDataSource({
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
    connectTimeout: timeouts.connectMs || undefined,
    extra: { connectionLimit: 20, trace: false },
  });
  guardMysqlPool(ds, timeouts);
  return ds;
}

/** A pooled mysql2 connection, as far as the guard uses it. */
interface MysqlConnection {
  query: (...args: unknown[]) => unknown;
  destroy(): void;
  release(): void;
  [UNLIMITED]?: boolean;
}
/** Marks a connection whose statements run without a time limit (the migration connection). */
const UNLIMITED = Symbol('pinzhi.unlimitedStatements');
const guarded = new WeakSet<object>();

/**
 * Puts the timeouts on TypeORM's mysql2 pool. TypeORM has no acquire timeout and only a global
 * per-query one, so the guard wraps the two places it reaches the pool: taking a connection
 * (`obtainMasterConnection`) and running a statement on it (`query`). A connection whose
 * statement timed out is destroyed, not returned to the pool: it may still hold an open
 * transaction or an unanswered command, and the server rolls back when it sees it close.
 */
function guardMysqlPool(ds: DataSource, timeouts: DatabaseTimeouts): void {
  const driver = ds.driver as unknown as {
    obtainMasterConnection(): Promise<MysqlConnection>;
    prepareDbConnection(c: MysqlConnection): MysqlConnection;
  };
  const sessionLimit =
    timeouts.statementMs > 0
      ? ds.options.type === 'mariadb'
        ? `SET SESSION max_statement_time = ${timeouts.statementMs / 1000}`
        : `SET SESSION max_execution_time = ${Math.round(timeouts.statementMs)}`
      : null;
  const prepare = driver.prepareDbConnection.bind(driver);
  driver.prepareDbConnection = (connection) => {
    if (!guarded.has(connection)) {
      guarded.add(connection);
      const query = connection.query.bind(connection);
      connection.query = (sql: unknown, ...rest: unknown[]) => {
        const limit = connection[UNLIMITED] ? 0 : timeouts.statementMs;
        const payload = limit > 0 && typeof sql === 'string' ? { sql, timeout: limit } : sql;
        const callback = rest.length > 0 && typeof rest[rest.length - 1] === 'function' ? rest.pop() : null;
        if (!callback) return query(payload, ...rest);
        return query(payload, ...rest, (err: { code?: string } | null, ...results: unknown[]) => {
          if (err?.code === 'PROTOCOL_SEQUENCE_TIMEOUT') connection.destroy();
          (callback as (...a: unknown[]) => void)(err, ...results);
        });
      };
      // Queued before the caller's first statement on this connection.
      if (sessionLimit) query(sessionLimit, () => undefined);
    }
    return prepare(connection);
  };
  if (timeouts.acquireMs > 0) {
    const obtain = driver.obtainMasterConnection.bind(driver);
    driver.obtainMasterConnection = () =>
      new Promise<MysqlConnection>((ok, fail) => {
        let settled = false;
        const timer = setTimeout(() => {
          settled = true;
          fail(new DatabaseUnavailableError('TIMEOUT'));
        }, timeouts.acquireMs);
        obtain().then(
          (connection) => {
            // Too late: the caller has given up; hand the connection back.
            if (settled) return connection.release();
            settled = true;
            clearTimeout(timer);
            ok(connection);
          },
          (error) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            fail(error);
          },
        );
      });
  }
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
      connectTimeout: options.timeouts?.connectMs ?? DEFAULT_DB_TIMEOUTS.connectMs,
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

/**
 * Applies pending migrations under the migration lock (withMigrationLock); returns the names
 * applied. Several instances starting together apply each migration once: the first takes
 * the lock and migrates, the others wait, then find nothing pending.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  // Migrations touch every tenant's rows (backfills): past the tenant scope on purpose.
  return crossTenant('migrations', () => withMigrationLock(dataSource, (queryRunner) => applyPendingMigrations(dataSource, queryRunner)));
}

/** Applies the pending migrations on `queryRunner` (the lock's connection, inside withMigrationLock); returns their names. */
export async function applyPendingMigrations(dataSource: DataSource, queryRunner: QueryRunner): Promise<string[]> {
  const executor = new MigrationExecutor(dataSource, queryRunner);
  executor.transaction = 'each';
  const applied = await executor.executePendingMigrations();
  return applied.map((m) => m.name);
}

/** The names of the migrations not yet applied to this database (read without the lock). */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  return (await new MigrationExecutor(dataSource).getPendingMigrations()).map((m) => m.name);
}

export interface MigrationLockOptions {
  /** How long to wait for another instance's migrations (default 10 minutes). */
  waitMs?: number;
  /** Called once if the lock is held by someone else, before waiting. */
  onWait?: () => void;
}

/**
 * Runs `fn` while holding the database's migration lock, on a connection of its own without
 * a statement time limit (a migration may take minutes). MySQL/MariaDB: GET_LOCK, a lock
 * named after the database, held by that connection's session (released by RELEASE_LOCK or
 * when the connection dies — a crashed instance cannot leave it behind). SQLite: a lock file
 * next to the database file (only processes on this machine can open it).
 */
export async function withMigrationLock<R>(
  dataSource: DataSource,
  fn: (queryRunner: QueryRunner) => Promise<R>,
  options: MigrationLockOptions = {},
): Promise<R> {
  const waitMs = options.waitMs ?? 10 * 60_000;
  const queryRunner = dataSource.createQueryRunner('master');
  try {
    if (dataSource.options.type === 'better-sqlite3') {
      const file = String(dataSource.options.database);
      if (file === ':memory:') return await fn(queryRunner);
      return await withFileLock(`${file}.migrate-lock`, () => fn(queryRunner), { waitMs, onWait: options.onWait });
    }
    const connection = (await queryRunner.connect()) as MysqlConnection;
    connection[UNLIMITED] = true;
    await queryRunner.query(
      dataSource.options.type === 'mariadb' ? 'SET SESSION max_statement_time = 0' : 'SET SESSION max_execution_time = 0',
    );
    const name = migrationLockName(String(dataSource.options.database));
    const [free] = await queryRunner.query('SELECT IS_FREE_LOCK(?) AS free', [name]);
    if (Number(free.free) !== 1) options.onWait?.();
    const [got] = await queryRunner.query('SELECT GET_LOCK(?, ?) AS got', [name, Math.ceil(waitMs / 1000)]);
    if (Number(got.got) !== 1) throw new Error(`another instance held the migration lock for more than ${Math.ceil(waitMs / 1000)} s`);
    try {
      return await fn(queryRunner);
    } finally {
      await queryRunner.query('SELECT RELEASE_LOCK(?)', [name]).catch(() => undefined);
    }
  } finally {
    // The lock connection had no time limit: it leaves the pool rather than going back to it.
    const connection = (queryRunner as unknown as { databaseConnection?: MysqlConnection }).databaseConnection;
    if (connection && connection[UNLIMITED]) connection.destroy();
    await queryRunner.release();
  }
}

/** GET_LOCK names are server-wide and at most 64 characters. */
function migrationLockName(database: string): string {
  const name = `pinzhi:migrate:${database}`;
  return name.length <= 64 ? name : `pinzhi:migrate:${createHash('sha256').update(database).digest('hex').slice(0, 40)}`;
}

/** SQL the entities would need beyond the migrations; empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
