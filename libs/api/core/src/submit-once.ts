import { StaleVersionError, UniqueViolationError } from '@pinzhi/db';

/**
 * A submission sent with a client key (from the outbox of a phone that may send it twice):
 * when one was stored already, `findStored` returns it and nothing is written again. When two
 * deliveries race, the unique key on (tenant, clientKey) decides and the loser returns the
 * winner's row. Used by inspections and patrol runs.
 */
export async function submitOnce<T>(findStored: () => Promise<T | null>, write: () => Promise<T>): Promise<T> {
  const done = await findStored();
  if (done) return done;
  try {
    return await write();
  } catch (e) {
    if (e instanceof UniqueViolationError || e instanceof StaleVersionError) {
      const stored = await findStored();
      if (stored) return stored;
    }
    throw e;
  }
}
