import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

export type JobState = 'PENDING' | 'RUNNING' | 'DONE' | 'DEAD';

/**
 * A durable job (the outbox and the scheduler): written in the transaction that causes it, so a
 * rollback leaves none; run later by whichever API instance claims it first. `jobKey` is the
 * idempotency key — enqueuing the same key twice is a no-op (unique per tenant).
 *
 * A claim sets RUNNING with a lease (`leaseOwner`, `leaseUntil`); an instance that dies leaves
 * the lease to expire and another instance claims the job again. `attempts` counts claims and
 * doubles as a fencing token: finishing a job checks owner and attempt, so an instance whose
 * lease was taken over cannot mark the newer attempt done. Failures go back to PENDING with a
 * back-off `runAt` until `maxAttempts`, then DEAD (the dead-letter list an admin retries from).
 */
@Entity('job')
@Index('uq_job_tenant_key', ['tenantId', 'jobKey'], { unique: true })
@Index('ix_job_tenant_state', ['tenantId', 'state', 'runAt'])
// Claiming looks for due jobs of every tenant at once, so this index cannot lead with tenantId
// (the one documented exception, CROSS_TENANT_INDEXES).
@Index('ix_job_due', ['state', 'runAt'])
export class Job extends TenantOwnedEntity {
  /** The handler, e.g. `notification.deliver`, `reminders.sweep`. */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'varchar', length: 191 })
  jobKey!: string;

  @Column({ type: 'varchar', length: 10 })
  state!: JobState;

  @Column(INSTANT)
  runAt!: Date;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'int' })
  maxAttempts!: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  leaseOwner!: string | null;

  @Column({ ...INSTANT, nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ type: 'simple-json' })
  payload!: Record<string, unknown>;

  /** A short description for the admin's list (what is being sent where). */
  @Column({ type: 'varchar', length: 300 })
  summary!: string;

  /** A recurring job goes back to PENDING at its next run instead of DONE. */
  @Column({ type: 'int', nullable: true })
  everySeconds!: number | null;

  @Column({ ...INSTANT, nullable: true })
  finishedAt!: Date | null;
}

/**
 * "Something changed for these people" — the live-update fan-out. Written in the business
 * transaction (so a rollback signals nothing); every API instance polls the recent rows and
 * pushes to the browsers it holds (Server-Sent Events). Rows are pruned after a few minutes.
 */
@Entity('live_signal')
// Polled across tenants by time: the other documented CROSS_TENANT_INDEXES exception.
@Index('ix_livesignal_created', ['createdAt'])
export class LiveSignal {
  @Column({ ...UUID, primary: true })
  id!: string;

  @Column(UUID)
  tenantId!: string;

  @Column(UUID)
  userId!: string;

  /** What changed: `notifications` (the bell) or `todos`. */
  @Column({ type: 'varchar', length: 20 })
  topic!: string;

  @Column(INSTANT)
  createdAt!: Date;
}

/** Indexes that deliberately do not lead with tenantId (scans across tenants by the platform). */
export const CROSS_TENANT_INDEXES = ['ix_job_due', 'ix_livesignal_created'];
