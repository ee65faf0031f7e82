import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/*
 * How statements reach the database (docs/architecture.md, "Concurrency"):
 *
 * - MySQL/MariaDB: a pool; every transaction has a connection of its own, and a plain read
 *   outside a transaction is a statement of its own (autocommit).
 * - SQLite: ONE writer connection (TypeORM's) and one read-only connection beside it, in WAL
 *   mode. Every transaction and every write made outside a transaction goes through the
 *   writer, one at a time (a queue per DataSource); plain reads go to the reader and so see
 *   only committed data, never the rows of a transaction that is still open on the writer.
 *   One reader is enough: better-sqlite3 runs each statement to its end synchronously, so no
 *   two reads are ever in flight on this thread.
 *
 * Deadlocks and lock-wait timeouts are retried here, a bounded number of times, for every
 * transaction (and so every write) of the application.
 */

/** Attempts per transaction before a deadlock / lock-wait timeout / SQLITE_BUSY is given up and thrown. */
export const MAX_TRANSACTION_ATTEMPTS = 4;

/**
 * Errors after which running the whole transaction again can succeed: the database rolled it
 * back (or its statement) because of another transaction, not because of what it does.
 * MySQL/MariaDB 1213 ER_LOCK_DEADLOCK, 1205 ER_LOCK_WAIT_TIMEOUT, 1020 ER_CHECKREAD (MariaDB
 * ≥ 11.6 with innodb_snapshot_isolation: "record has changed since last read"); SQLite
 * SQLITE_BUSY* (another process holds the write lock longer than busy_timeout).
 */
export function isRetryableConflict(error: unknown): boolean {
  const e = error as { errno?: number; code?: string; driverError?: { errno?: number; code?: string } } | null;
  const errno = e?.driverError?.errno ?? e?.errno;
  const code = e?.driverError?.code ?? e?.code;
  return errno === 1213 || errno === 1205 || errno === 1020 || (typeof code === 'string' && code.startsWith('SQLITE_BUSY'));
}

/** Thrown when code inside a transaction writes through the request's outer (non-transaction) handle. */
export class WriteOutsideTransactionError extends Error {
  constructor() {
    super(
      'A write through the outer database handle inside one of its own transactions: use the `tx` the transaction gave you ' +
        '(on SQLite this would wait for itself; on MySQL it would bypass the transaction).',
    );
    this.name = 'WriteOutsideTransactionError';
  }
}

const isSqlite = (ds: DataSource) => ds.options.type === 'better-sqlite3';

// ---------------------------------------------------------------------------------------
// The SQLite writer queue and reader connection

const writerQueues = new WeakMap<DataSource, Promise<unknown>>();

/** Runs `fn` when every earlier writer of this SQLite DataSource has finished. */
function exclusive<R>(ds: DataSource, fn: () => Promise<R>): Promise<R> {
  const previous = writerQueues.get(ds) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  writerQueues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}

interface SqliteHandle {
  pragma(source: string): unknown;
  close(): void;
}
const readers = new WeakMap<DataSource, { handle: SqliteHandle; manager: EntityManager }>();

/**
 * The SQLite reader: a second better-sqlite3 connection on the same file, read-only
 * (`query_only`), wrapped in a query runner of TypeORM's own kind so the whole EntityManager
 * API works on it. Opened on first use; `closeReader` closes it with the DataSource.
 */
function sqliteReader(ds: DataSource): EntityManager {
  const existing = readers.get(ds);
  if (existing) return existing.manager;
  const driver = ds.driver as unknown as {
    sqlite: new (file: string, options: object) => SqliteHandle;
    createQueryRunner(mode: string): QueryRunner;
  };
  const file = String(ds.options.database);
  const handle = new driver.sqlite(file, { fileMustExist: true, timeout: 5000 });
  handle.pragma('query_only = ON');
  handle.pragma('cache_size = -65536');
  const Runner = driver.createQueryRunner('slave').constructor as new (d: unknown) => QueryRunner;
  const runner = new Runner(ds.driver);
  // The runner must talk to the reader's handle, and nothing may release or reuse it.
  Object.assign(runner, { connect: () => Promise.resolve(handle), release: () => Promise.resolve() });
  const manager = ds.createEntityManager(runner);
  readers.set(ds, { handle, manager });
  return manager;
}

/** Closes the SQLite reader of `ds` if it was opened (the DataSource calls this when destroyed). */
export function closeReader(ds: DataSource): void {
  const reader = readers.get(ds);
  if (!reader) return;
  readers.delete(ds);
  reader.handle.close();
}

// ---------------------------------------------------------------------------------------
// Transactions with retries

/** Set while a transaction's callback runs, so a write through the outer handle is recognised. */
const insideTransaction = new AsyncLocalStorage<DataSource>();

/**
 * A retryable error the database reported on this query runner, even if the code inside the
 * transaction caught it: after a deadlock MySQL has already rolled the transaction back, so
 * carrying on and committing would commit only what came after. The logger records them.
 */
const conflicts = new WeakMap<QueryRunner, unknown>();

export function noteQueryError(error: unknown, queryRunner?: QueryRunner): void {
  if (queryRunner && isRetryableConflict(error)) conflicts.set(queryRunner, error);
}

async function attempt<R>(ds: DataSource, fn: (m: EntityManager) => Promise<R>): Promise<R> {
  return insideTransaction.run(ds, () =>
    ds.transaction(async (m) => {
      if (m.queryRunner) conflicts.delete(m.queryRunner);
      const result = await fn(m);
      const swallowed = m.queryRunner && conflicts.get(m.queryRunner);
      if (swallowed) throw swallowed;
      return result;
    }),
  );
}

/**
 * Runs `fn` in a new transaction: all of it commits or none of it. A deadlock, lock-wait
 * timeout or busy database runs the whole of `fn` again (at most MAX_TRANSACTION_ATTEMPTS
 * times, with a short random pause), so `fn` must do nothing but database work that can be
 * repeated (no e-mails, no files: do those after the transaction). On SQLite the transaction
 * waits for the writer.
 */
export async function runTransaction<R>(ds: DataSource, fn: (m: EntityManager) => Promise<R>): Promise<R> {
  if (insideTransaction.getStore() === ds) throw new WriteOutsideTransactionError();
  for (let n = 1; ; n++) {
    try {
      return await (isSqlite(ds) ? exclusive(ds, () => attempt(ds, fn)) : attempt(ds, fn));
    } catch (error) {
      if (n >= MAX_TRANSACTION_ATTEMPTS || !isRetryableConflict(error)) throw error;
      // Let the transaction that won go first; the random part keeps retries from meeting again.
      await new Promise((resolve) => setTimeout(resolve, 5 * n + Math.random() * 20 * n));
    }
  }
}

// ---------------------------------------------------------------------------------------
// DbAccess: what TenantDb and PlatformDb hold

/**
 * Where one handle's statements go. Outside a transaction: reads to the reader (SQLite) or
 * the pool (MySQL), writes into a transaction of their own (serialised and retried). Inside a
 * transaction: everything on the transaction's connection.
 */
export class DbAccess {
  private constructor(
    readonly source: DataSource,
    private readonly tx: EntityManager | null,
  ) {}

  static of(source: DataSource): DbAccess {
    return new DbAccess(source, null);
  }

  /** A handle on a transaction already running on `manager`. */
  static within(source: DataSource, manager: EntityManager): DbAccess {
    return new DbAccess(source, manager);
  }

  get inTransaction(): boolean {
    return this.tx !== null;
  }

  /** The manager for reads: committed data only, unless this handle is inside a transaction (then its own writes too). */
  get reads(): EntityManager {
    if (this.tx) return this.tx;
    if (isSqlite(this.source)) return sqliteReader(this.source);
    return this.source.manager;
  }

  /** Runs a write: on the transaction's connection, or in a transaction of its own. */
  write<R>(fn: (m: EntityManager) => Promise<R>): Promise<R> {
    if (this.tx) return fn(this.tx);
    return runTransaction(this.source, fn);
  }

  /** A transaction; inside one already, the same one (no savepoint: a failure fails the outer one too). */
  transaction<R>(fn: (access: DbAccess) => Promise<R>): Promise<R> {
    if (this.tx) return fn(this);
    return runTransaction(this.source, (m) => fn(new DbAccess(this.source, m)));
  }
}
