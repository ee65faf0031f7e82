import type { EntityManager } from 'typeorm';

/**
 * SQLite has one connection: two interleaved transactions on it would merge. Writes are
 * therefore serialised per DataSource; MySQL gets real concurrent transactions.
 */
const sqliteLocks = new WeakMap<object, Promise<unknown>>();

export async function runInTransaction<R>(manager: EntityManager, fn: (m: EntityManager) => Promise<R>): Promise<R> {
  if (manager.queryRunner?.isTransactionActive) return fn(manager);
  const ds = manager.connection;
  if (ds.options.type !== 'better-sqlite3') return ds.transaction(fn);
  const previous = sqliteLocks.get(ds) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => ds.transaction(fn));
  sqliteLocks.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}
