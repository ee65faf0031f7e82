// The cross-tenant side of durable jobs: claiming due jobs of every tenant with a lease, and
// finishing them. Feature code never sees this (it enqueues through its TenantDb); the job
// runner in @pinzhi/api-jobs gets it from the composition root.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { Job, LiveSignal, Tenant } from './entities';
import { crossTenant } from './statement-guard';
import { DbAccess, runTransaction } from './transactions';

export interface FinishOptions {
  /** DONE (default), back to PENDING at `runAt` (a retry or a recurring job's next run), or DEAD. */
  state: 'DONE' | 'PENDING' | 'DEAD';
  runAt?: Date;
  error?: string | null;
  /** A recurring job's next payload; a retry keeps the payload. */
  payload?: Record<string, unknown>;
  /** A recurring job starts counting attempts again at its next run. */
  resetAttempts?: boolean;
}

export interface RecurringJob {
  kind: string;
  jobKey: string;
  everySeconds: number;
  summary: string;
  maxAttempts: number;
  payload: Record<string, unknown>;
}

/**
 * Every statement here reads or writes jobs of all tenants on purpose (a declared cross-tenant
 * operation for the statement guard). Writes go through DbAccess: on SQLite that is the one
 * serialised writer, so a job update never joins another request's open transaction.
 */
export class JobStore {
  private readonly access: DbAccess;

  constructor(private readonly source: DataSource) {
    this.access = DbAccess.of(source);
  }

  private get mysql(): boolean {
    return this.source.options.type !== 'better-sqlite3';
  }

  private write<R>(fn: (m: EntityManager) => Promise<R>): Promise<R> {
    return crossTenant('background jobs', () => this.access.write(fn));
  }

  private col(name: string): string {
    return this.source.driver.escape(name);
  }

  private get table(): string {
    return this.source.driver.escape(this.source.getMetadata(Job).tableName);
  }

  /**
   * Claims up to `limit` jobs that are due (PENDING with runAt ≤ now, or RUNNING whose lease
   * ran out — a claim sets runAt to the lease's end, so both are one index range) for `owner`.
   * MySQL/MariaDB: `FOR UPDATE SKIP LOCKED` in a READ COMMITTED transaction, so instances
   * claiming at the same moment take different jobs and never wait on each other (and no gap
   * locks block the business transactions that insert jobs). SQLite has one process and its
   * transactions are serialised, so the same SELECT + UPDATE is already exclusive.
   */
  async claim(owner: string, now: Date, leaseMs: number, limit: number, kindsWhileSuspended: readonly string[] = []): Promise<Job[]> {
    // A suspended company's jobs wait (they stay due and run once it is reactivated), except
    // the kinds that must go on for it (its export, its deletion). Its id is read first, in a
    // plain read: a subquery on the tenant table inside the locking claim below would lock the
    // tenant rows too, and with SKIP LOCKED another instance would then claim nothing of that
    // company until this claim commits.
    const tenants = this.source.driver.escape(this.source.getMetadata(Tenant).tableName);
    const suspended: Array<{ id: string }> = await crossTenant('background jobs', () =>
      this.access.reads.query(`SELECT id FROM ${tenants} WHERE active = ?`, [0]),
    );
    const suspendedIds = suspended.map((r) => r.id);
    const work = async (m: EntityManager): Promise<string[]> => {
      const c = (n: string) => this.col(n);
      const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
      const waiting = suspendedIds.length
        ? `AND (${c('tenantId')} NOT IN (${marks(suspendedIds.length)})` +
          (kindsWhileSuspended.length ? ` OR ${c('kind')} IN (${marks(kindsWhileSuspended.length)})` : '') +
          ') '
        : '';
      const rows: Array<{ id: string }> = await m.query(
        `SELECT ${c('id')} AS id FROM ${this.table} WHERE ${c('state')} IN ('PENDING', 'RUNNING') AND ${c('runAt')} <= ? ` +
          waiting +
          `ORDER BY ${c('runAt')} LIMIT ${Math.max(1, Math.floor(limit))}${this.mysql ? ' FOR UPDATE SKIP LOCKED' : ''}`,
        [this.value('runAt', now), ...(suspendedIds.length ? [...suspendedIds, ...kindsWhileSuspended] : [])],
      );
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) return ids;
      const leaseUntil = new Date(now.getTime() + leaseMs);
      await m
        .createQueryBuilder()
        .update(Job)
        .set({
          state: 'RUNNING',
          leaseOwner: owner,
          leaseUntil,
          runAt: leaseUntil,
          attempts: () => `${c('attempts')} + 1`,
          updatedAt: new Date(),
          version: () => c('version'),
        } as never)
        .where('id IN (:...ids)', { ids })
        .execute();
      return ids;
    };
    const ids = await crossTenant('background jobs', () =>
      this.mysql ? this.source.transaction('READ COMMITTED', work) : runTransaction(this.source, work),
    );
    if (ids.length === 0) return [];
    const jobs = await crossTenant('background jobs', () =>
      this.access.reads.createQueryBuilder(Job, 'j').where('j.id IN (:...ids)', { ids }).getMany(),
    );
    return jobs.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id.localeCompare(b.id));
  }

  /** The driver's stored form of a date for a raw statement (same as TypeORM writes it). */
  private value(property: string, v: Date): unknown {
    const column = this.source.getMetadata(Job).findColumnWithPropertyName(property)!;
    return this.source.driver.preparePersistentValue(v, column);
  }

  /** Extends a claim; false when the lease was lost (another instance has the job now). */
  async renew(job: Job, owner: string, leaseUntil: Date): Promise<boolean> {
    const r = await this.write((m) =>
      m
        .createQueryBuilder()
        .update(Job)
        .set({ leaseUntil, runAt: leaseUntil, version: () => this.col('version') } as never)
        .where('id = :id AND leaseOwner = :owner AND attempts = :attempts AND state = :running', {
          id: job.id,
          owner,
          attempts: job.attempts,
          running: 'RUNNING',
        })
        .execute(),
    );
    return (r.affected ?? 0) > 0;
  }

  /**
   * Finishes this claim of a job. Fenced by owner and attempt: false when the lease had run out
   * and another instance claimed the job since (its outcome wins).
   */
  async finish(job: Job, owner: string, now: Date, options: FinishOptions): Promise<boolean> {
    const set: Record<string, unknown> = {
      state: options.state,
      leaseOwner: null,
      leaseUntil: null,
      updatedAt: new Date(),
      version: () => `${this.col('version')} + 1`,
      lastError: options.error === undefined ? null : (options.error?.slice(0, 1000) ?? null),
    };
    if (options.state === 'PENDING') set['runAt'] = options.runAt ?? now;
    else set['finishedAt'] = now;
    if (options.state === 'DONE') set['runAt'] = now;
    if (options.payload) set['payload'] = options.payload;
    if (options.resetAttempts) set['attempts'] = 0;
    const r = await this.write((m) =>
      m
        .createQueryBuilder()
        .update(Job)
        .set(set as never)
        .where('id = :id AND leaseOwner = :owner AND attempts = :attempts', { id: job.id, owner, attempts: job.attempts })
        .execute(),
    );
    return (r.affected ?? 0) > 0;
  }

  /**
   * Makes sure every active tenant has the recurring job `jobKey` (two statements whatever the
   * number of tenants: the tenant ids, then one INSERT that skips existing keys).
   */
  async ensureRecurring(jobs: RecurringJob[], now: Date): Promise<void> {
    if (jobs.length === 0) return;
    const tenants = await this.access.reads.find(Tenant, { where: { active: true }, select: { id: true } });
    const rows = tenants.flatMap((t) =>
      jobs.map((j) => ({
        id: randomUUID(),
        tenantId: t.id,
        version: 1,
        createdAt: now,
        updatedAt: now,
        kind: j.kind,
        jobKey: j.jobKey,
        state: 'PENDING' as const,
        runAt: now,
        attempts: 0,
        maxAttempts: j.maxAttempts,
        leaseOwner: null,
        leaseUntil: null,
        lastError: null,
        payload: j.payload,
        summary: j.summary,
        everySeconds: j.everySeconds,
        finishedAt: null,
      })),
    );
    for (let i = 0; i < rows.length; i += 500)
      await this.write((m) =>
        m
          .createQueryBuilder()
          .insert()
          .into(Job)
          .values(rows.slice(i, i + 500) as never)
          .orIgnore()
          .updateEntity(false)
          .execute(),
      );
  }

  /** Removes finished jobs older than `before` (DONE only: DEAD ones stay for the admin). */
  async prune(before: Date): Promise<number> {
    const r = await this.write((m) =>
      m.createQueryBuilder().delete().from(Job).where("state = 'DONE' AND runAt < :before", { before }).execute(),
    );
    return r.affected ?? 0;
  }

  /** How many jobs wait, and the oldest due one (for /readyz details and metrics). */
  async depth(now: Date): Promise<{ due: number; dead: number; oldestDueAt: Date | null }> {
    const [due] = await crossTenant('background jobs', () =>
      this.access.reads
        .createQueryBuilder(Job, 'j')
        .select('COUNT(*)', 'n')
        .addSelect('MIN(j.runAt)', 'oldest')
        .where("j.state IN ('PENDING', 'RUNNING') AND j.runAt <= :now", { now })
        .getRawMany(),
    );
    const dead = await crossTenant('background jobs', () => this.access.reads.count(Job, { where: { state: 'DEAD' } }));
    return { due: Number(due?.n ?? 0), dead, oldestDueAt: due?.oldest ? new Date(due.oldest) : null };
  }
}

/** The live-update fan-out's reading side: recent signals of every tenant, and pruning. */
export class LiveSignalStore {
  private readonly access: DbAccess;

  constructor(source: DataSource) {
    this.access = DbAccess.of(source);
  }

  since(after: Date): Promise<LiveSignal[]> {
    return crossTenant('live updates', () =>
      this.access.reads
        .createQueryBuilder(LiveSignal, 's')
        .where('s.createdAt > :after', { after })
        .orderBy('s.createdAt', 'ASC')
        .limit(5000)
        .getMany(),
    );
  }

  async prune(before: Date): Promise<void> {
    await crossTenant('live updates', () =>
      this.access.write((m) => m.createQueryBuilder().delete().from(LiveSignal).where('createdAt < :before', { before }).execute()),
    );
  }
}
