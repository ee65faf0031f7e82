import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Job, TenantDb } from '@pinzhi/db';
import { retryDelayMs } from '@pinzhi/domain';

/** What a job handler gets: its tenant's data (no acting user), the app clock's now, the job. */
export interface JobContext {
  db: TenantDb;
  now: Date;
  job: Job;
  log: Logger;
  /** This API instance's id (also the lease owner). */
  owner: string;
}

export interface JobHandler {
  kind: string;
  /**
   * Does the work. Throwing fails this attempt (retried with back-off, DEAD after the last).
   * A recurring job may return the payload of its next run (e.g. a sweep's watermark).
   */
  run(ctx: JobContext): Promise<void | { payload?: Record<string, unknown> }>;
  /** After a failed attempt (`final`: the job is now DEAD), e.g. to record it on a delivery. */
  onFailure?(ctx: JobContext, error: Error, final: boolean, retryAt: Date | null): Promise<void>;
  /** When an admin retries a DEAD job, inside that transaction. */
  onRetry?(db: TenantDb, job: Job, now: Date): Promise<void>;
  /** A job every active tenant has, run every `everySeconds` (the runner creates it). */
  recurring?: { everySeconds: number; summary: string; payload: (now: Date) => Record<string, unknown> };
  maxAttempts?: number;
  /** Runs even while its company is suspended (its export, its deletion); other jobs wait for reactivation. */
  runsWhileSuspended?: boolean;
}

/** The platform side the runner needs (JobStore from @pinzhi/db/platform, given by the composition root). */
export interface JobStoreLike {
  claim(owner: string, now: Date, leaseMs: number, limit: number, kindsWhileSuspended?: readonly string[]): Promise<Job[]>;
  renew(job: Job, owner: string, leaseUntil: Date): Promise<boolean>;
  finish(
    job: Job,
    owner: string,
    now: Date,
    options: {
      state: 'DONE' | 'PENDING' | 'DEAD';
      runAt?: Date;
      error?: string | null;
      payload?: Record<string, unknown>;
      resetAttempts?: boolean;
    },
  ): Promise<boolean>;
  ensureRecurring(
    jobs: Array<{
      kind: string;
      jobKey: string;
      everySeconds: number;
      summary: string;
      maxAttempts: number;
      payload: Record<string, unknown>;
    }>,
    now: Date,
  ): Promise<void>;
  prune(before: Date): Promise<number>;
}

export interface JobRunnerOptions {
  store: JobStoreLike;
  /** The tenant-scoped database for a job's tenant (no acting user). */
  openTenant: (tenantId: string) => TenantDb;
  handlers: readonly JobHandler[];
  clock: () => Date;
  log: Logger;
  /** How long a claim lasts before another instance may take the job (default 60 s). */
  leaseMs?: number;
  /** Jobs claimed at a time (default 10). */
  batchSize?: number;
  /** Back-off after the n-th failure: base × 2^(n−1), capped (defaults 60 s and 1 h). */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

export interface RunSummary {
  claimed: number;
  done: number;
  failed: number;
  dead: number;
}

export const recurringKey = (kind: string) => `recurring:${kind}`;

/**
 * Runs due jobs of every tenant. Each API instance has one; `start()` polls (the scheduler loop,
 * on in production, off in most tests), `runDue()` is the explicit "run what is due now" that
 * tests call after moving the app clock. Jobs of one batch run one after another: an instance
 * that is killed mid-send has at most one job in flight, and its lease makes that job
 * claimable again once it runs out.
 */
export class JobRunner {
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly handlers: Map<string, JobHandler>;
  private readonly kindsWhileSuspended: string[];
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  private lastHousekeeping = 0;

  constructor(private readonly options: JobRunnerOptions) {
    this.handlers = new Map(options.handlers.map((h) => [h.kind, h]));
    this.kindsWhileSuspended = options.handlers.filter((h) => h.runsWhileSuspended).map((h) => h.kind);
    this.leaseMs = options.leaseMs ?? 60_000;
    this.batchSize = options.batchSize ?? 10;
    this.retryBaseMs = options.retryBaseMs ?? 60_000;
    this.retryMaxMs = options.retryMaxMs ?? 3_600_000;
  }

  handler(kind: string): JobHandler | undefined {
    return this.handlers.get(kind);
  }

  /** Creates each tenant's recurring jobs that are missing (idempotent). */
  async ensureRecurring(): Promise<void> {
    const now = this.options.clock();
    const recurring = [...this.handlers.values()].filter((h) => h.recurring);
    await this.options.store.ensureRecurring(
      recurring.map((h) => ({
        kind: h.kind,
        jobKey: recurringKey(h.kind),
        everySeconds: h.recurring!.everySeconds,
        summary: h.recurring!.summary,
        maxAttempts: h.maxAttempts ?? 5,
        payload: h.recurring!.payload(now),
      })),
      now,
    );
  }

  /**
   * Claims and runs due jobs until none is due (jobs that enqueue due jobs — a sweep creating
   * deliveries — are followed in the same call), at most `maxRounds` batches.
   */
  async runDue(options: { maxRounds?: number; ensureRecurring?: boolean } = {}): Promise<RunSummary> {
    const maxRounds = options.maxRounds ?? 100;
    if (options.ensureRecurring !== false) await this.ensureRecurring();
    const summary: RunSummary = { claimed: 0, done: 0, failed: 0, dead: 0 };
    for (let round = 0; round < maxRounds; round++) {
      const jobs = await this.options.store.claim(this.owner, this.options.clock(), this.leaseMs, this.batchSize, this.kindsWhileSuspended);
      if (jobs.length === 0) break;
      summary.claimed += jobs.length;
      for (const job of jobs) {
        const outcome = await this.execute(job);
        summary[outcome]++;
      }
    }
    return summary;
  }

  private async execute(job: Job): Promise<'done' | 'failed' | 'dead'> {
    const { store, clock, log } = this.options;
    // Jobs of a batch run in turn: renew a claim that is getting old before starting it.
    if (job.leaseUntil && job.leaseUntil.getTime() - clock().getTime() < this.leaseMs / 2) {
      const until = new Date(clock().getTime() + this.leaseMs);
      if (!(await store.renew(job, this.owner, until))) return 'failed';
      job.leaseUntil = until;
    }
    const now = clock();
    const jobLog = log.child({ job: job.id, kind: job.kind, attempt: job.attempts, tenantId: job.tenantId });
    const ctx: JobContext = { db: this.options.openTenant(job.tenantId), now, job, log: jobLog, owner: this.owner };
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      const result = await handler.run(ctx);
      if (job.everySeconds) {
        const next = new Date(clock().getTime() + job.everySeconds * 1000);
        await store.finish(job, this.owner, clock(), {
          state: 'PENDING',
          runAt: next,
          payload: (result && result.payload) || job.payload,
          resetAttempts: true,
        });
      } else await store.finish(job, this.owner, clock(), { state: 'DONE' });
      return 'done';
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      // A recurring job never dies: after its attempts it waits for its next period.
      const final = !job.everySeconds && job.attempts >= job.maxAttempts;
      const delay = retryDelayMs(job.attempts, this.retryBaseMs, this.retryMaxMs);
      const retryAt = final ? null : new Date(clock().getTime() + (job.everySeconds ? Math.min(delay, job.everySeconds * 1000) : delay));
      jobLog.warn({ err: error, final, retryAt }, 'job failed');
      try {
        await handler?.onFailure?.(ctx, error, final, retryAt);
      } catch (hookError) {
        jobLog.error({ err: hookError }, 'job failure hook failed');
      }
      await store.finish(job, this.owner, clock(), {
        state: final ? 'DEAD' : 'PENDING',
        runAt: retryAt ?? undefined,
        error: error.message,
        resetAttempts: !!job.everySeconds && job.attempts >= job.maxAttempts,
      });
      return final ? 'dead' : 'failed';
    }
  }

  /** The scheduler loop: runs due jobs every `intervalMs`, and housekeeping once a minute. */
  start(intervalMs: number): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      try {
        // New tenants get their recurring jobs, and old finished jobs go, once a minute.
        const now = Date.now();
        const housekeeping = now - this.lastHousekeeping > 60_000;
        if (housekeeping) this.lastHousekeeping = now;
        await this.runDue({ ensureRecurring: housekeeping });
        if (housekeeping) await this.options.store.prune(new Date(this.options.clock().getTime() - 7 * 86_400_000));
      } catch (e) {
        this.options.log.error({ err: e }, 'scheduler tick failed');
      }
    };
    const loop = () => {
      if (this.stopped) return;
      this.running = tick().finally(() => {
        this.running = null;
        if (!this.stopped) this.timer = setTimeout(loop, intervalMs);
      });
    };
    loop();
  }

  /** Stops the loop and waits for the batch in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
