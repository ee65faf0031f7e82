import { Job, type TenantDb } from '@pinzhi/db';

/** A job to run later (the outbox): written in the caller's transaction. */
export interface NewJob {
  /** The handler's kind, e.g. `notification.deliver`. */
  kind: string;
  /** Idempotency key within the tenant: enqueuing a key that exists does nothing. */
  key: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  /** For the admin's list: what this job does. */
  summary: string;
  /** Default: the handler's, else 5. */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Writes jobs through the caller's TenantDb (usually inside its transaction, so a rollback drops
 * them). Multi-row INSERT … IGNORE: any number of jobs is a few statements, and a key that is
 * already there — a retry, a second instance, a sweep that ran twice — is skipped.
 */
export async function enqueueJobs(db: TenantDb, jobs: readonly NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await db.repo(Job).insertIgnoringDuplicates(
    jobs.map((j) => ({
      kind: j.kind,
      jobKey: j.key.slice(0, 191),
      state: 'PENDING' as const,
      runAt: j.runAt,
      attempts: 0,
      maxAttempts: j.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      leaseOwner: null,
      leaseUntil: null,
      lastError: null,
      payload: j.payload ?? {},
      summary: j.summary.slice(0, 300),
      everySeconds: null,
      finishedAt: null,
    })),
  );
}
