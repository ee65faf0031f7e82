import type { PatrolPointOutcome, QuickCheckResult } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/**
 * 巡检点: a place in a zone of a project's property where a guard or technician proves presence
 * by scanning its QR code. The code holds a link with `tag`, a short secret: a scan that carries
 * it proves the code was read on the spot rather than the point picked from a list.
 */
@Entity('patrol_point')
@Index('ix_patrolpoint_tenant_project', ['tenantId', 'projectId', 'archivedAt'])
export class PatrolPoint extends TenantOwnedEntity {
  @Column(UUID)
  projectId!: string;

  /** Denormalised from the project for region scoping. */
  @Column(UUID)
  regionId!: string;

  /** One of the project's property zones (`property.zones[].id`). */
  @Column({ type: 'varchar', length: 36 })
  zoneId!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  locationHint!: string | null;

  /** Quick-check items asked at the point: standards of the library, in order. */
  @Column({ type: 'simple-json' })
  quickCheckStandardIds!: string[];

  @Column({ type: 'varchar', length: 16 })
  tag!: string;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

/**
 * 巡逻路线: an ordered set of a project's points. Its schedule is an `inspection_frequency`
 * (`frequencyId`, with `patrolRouteId` set): inspection planning materialises its occurrences.
 */
@Entity('patrol_route')
@Index('ix_patrolroute_tenant_project', ['tenantId', 'projectId', 'archivedAt'])
export class PatrolRoute extends TenantOwnedEntity {
  @Column(UUID)
  projectId!: string;

  @Column(UUID)
  regionId!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** Point ids in walking order. */
  @Column({ type: 'simple-json' })
  pointIds!: string[];

  /** `pointIds.length`, so a missed run's points are summed in SQL. */
  @Column({ type: 'int' })
  pointCount!: number;

  /** The schedule (inspection planning); null = walked only when someone chooses to. */
  @Column({ ...UUID, nullable: true })
  frequencyId!: string | null;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

/**
 * 巡逻记录: one walk of a route, submitted whole from the device (possibly long after, from an
 * offline queue). `clientKey` makes the submission idempotent, like inspections.
 */
@Entity('patrol_run')
@Index('uq_patrolrun_tenant_clientkey', ['tenantId', 'clientKey'], { unique: true })
@Index('ix_patrolrun_tenant_route_day', ['tenantId', 'routeId', 'localDate'])
@Index('ix_patrolrun_tenant_project_day', ['tenantId', 'projectId', 'localDate'])
@Index('ix_patrolrun_tenant_region_day', ['tenantId', 'regionId', 'localDate'])
@Index('ix_patrolrun_tenant_guard', ['tenantId', 'guardUserId', 'submittedAt'])
@Index('ix_patrolrun_tenant_occurrence', ['tenantId', 'occurrenceId'])
@Index('ix_patrolrun_tenant_submitted', ['tenantId', 'submittedAt', 'id'])
@Index('ix_patrolrun_tenant_missed', ['tenantId', 'pointsMissed', 'id'])
export class PatrolRun extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 64 })
  clientKey!: string;

  @Column(UUID)
  routeId!: string;

  /** The planned occurrence it completes; null for an unscheduled run. */
  @Column({ ...UUID, nullable: true })
  occurrenceId!: string | null;

  @Column(UUID)
  projectId!: string;

  @Column(UUID)
  regionId!: string;

  @Column(UUID)
  guardUserId!: string;

  /** Device times of the first and last scan. */
  @Column({ ...INSTANT, nullable: true })
  startedAt!: Date | null;

  @Column({ ...INSTANT, nullable: true })
  finishedAt!: Date | null;

  @Column(INSTANT)
  submittedAt!: Date;

  /** The day of the run in the project's time zone (its occurrence's day when planned). */
  @Column({ type: 'date' })
  localDate!: string;

  /** The window of its occurrence, copied so reports need no join. */
  @Column({ ...INSTANT, nullable: true })
  windowEndsAt!: Date | null;

  @Column({ type: 'int' })
  pointsPlanned!: number;

  @Column({ type: 'int' })
  pointsDone!: number;

  @Column({ type: 'int' })
  pointsLate!: number;

  @Column({ type: 'int' })
  pointsMissed!: number;

  @Column({ type: 'int' })
  pointsOutOfOrder!: number;

  /** Points recorded without the code's tag (picked by hand: a damaged code, a dead camera). */
  @Column({ type: 'int' })
  pointsManual!: number;

  @Column({ type: 'int' })
  quickCheckFailures!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

export interface QuickCheckEntry {
  standardId: string;
  result: QuickCheckResult;
}

/** One planned point of a run: scanned (when, in which order, with the code or by hand) or missed. */
@Entity('patrol_run_point')
@Index('ix_patrolrunpoint_tenant_run', ['tenantId', 'runId', 'position'])
@Index('ix_patrolrunpoint_tenant_point_day', ['tenantId', 'pointId', 'localDate'])
@Index('ix_patrolrunpoint_tenant_project_day', ['tenantId', 'projectId', 'localDate'])
export class PatrolRunPoint extends TenantOwnedEntity {
  @Column(UUID)
  runId!: string;

  @Column(UUID)
  routeId!: string;

  @Column(UUID)
  pointId!: string;

  @Column(UUID)
  projectId!: string;

  @Column(UUID)
  regionId!: string;

  @Column({ type: 'date' })
  localDate!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 8 })
  outcome!: PatrolPointOutcome;

  @Column({ ...INSTANT, nullable: true })
  scannedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  scanOrder!: number | null;

  @Column({ type: 'boolean', default: false })
  outOfOrder!: boolean;

  /** Recorded without the QR code's tag. */
  @Column({ type: 'boolean', default: false })
  manual!: boolean;

  @Column({ type: 'simple-json' })
  quickChecks!: QuickCheckEntry[];

  @Column({ type: 'boolean', default: false })
  failed!: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'simple-json' })
  photoFileIds!: string[];
}
