import type { AssigneeRole, InspectionLevel, PeriodUnit, PropertyFormat, ScheduleAnchor } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/** 节假日: a tenant's list of days without inspections (法定节假日 2026 …). */
@Entity('holiday_list')
@Index('uq_holidaylist_tenant_name', ['tenantId', 'name'], { unique: true })
export class HolidayList extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** Local dates YYYY-MM-DD, sorted. */
  @Column({ type: 'simple-json' })
  dates!: string[];
}

/** The schedule fields a frequency and a per-format default share. */
export abstract class ScheduleFields extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 20 })
  anchor!: ScheduleAnchor;

  /** RRULE body in the project's local time (CALENDAR anchor). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  rrule!: string | null;

  /** AFTER_COMPLETION: due `periodCount` `periodUnit`s after the last one was done. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  periodUnit!: PeriodUnit | null;

  @Column({ type: 'int', nullable: true })
  periodCount!: number | null;

  /** AFTER_COMPLETION: local time of day of the first one (HH:mm). */
  @Column({ type: 'varchar', length: 5, nullable: true })
  startTime!: string | null;

  @Column({ type: 'int' })
  windowMinutes!: number;

  @Column({ type: 'boolean', default: false })
  allowLate!: boolean;

  @Column({ ...UUID, nullable: true })
  holidayListId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  assigneeRole!: AssigneeRole | null;
}

/**
 * 检查频次: how often a checklist is inspected at a project, by whom. Occurrences are
 * materialised from it up to `materialisedUntil`; a change applies from then on and never
 * rewrites occurrences already materialised in the past.
 */
@Entity('inspection_frequency')
@Index('ix_inspfreq_tenant_project', ['tenantId', 'projectId', 'archivedAt'])
@Index('ix_inspfreq_tenant_template', ['tenantId', 'templateId'])
@Index('ix_inspfreq_tenant_assignee', ['tenantId', 'assigneeUserId'])
export class InspectionFrequency extends ScheduleFields {
  @Column(UUID)
  projectId!: string;

  /** The checklist inspected; null for a patrol route's schedule. */
  @Column({ ...UUID, nullable: true })
  templateId!: string | null;

  /** Set when this is a patrol route's schedule (巡逻路线): its occurrences are patrol runs. */
  @Column({ ...UUID, nullable: true })
  patrolRouteId!: string | null;

  /** 检查层级 of its inspections (the template's unless set otherwise); copied to its occurrences. */
  @Column({ type: 'varchar', length: 12, default: 'COMPANY' })
  level!: InspectionLevel;

  /** First local day (YYYY-MM-DD). */
  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  /** Extra local days without occurrences, besides the holiday list. */
  @Column({ type: 'simple-json' })
  excludedDates!: string[];

  @Column({ ...UUID, nullable: true })
  assigneeUserId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** CALENDAR anchor: occurrences due before this instant exist as rows. */
  @Column(INSTANT)
  materialisedUntil!: Date;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

/**
 * One due inspection. Materialised once (unique per frequency and due time) and never
 * rewritten by a later rule change: it keeps its window, late rule and checklist version.
 */
@Entity('inspection_occurrence')
@Index('uq_inspocc_tenant_frequency_due', ['tenantId', 'frequencyId', 'dueAt'], { unique: true })
@Index('ix_inspocc_tenant_due', ['tenantId', 'dueAt'])
@Index('ix_inspocc_tenant_day', ['tenantId', 'localDate'])
@Index('ix_inspocc_tenant_project_day', ['tenantId', 'projectId', 'localDate'])
@Index('ix_inspocc_tenant_region_day', ['tenantId', 'regionId', 'localDate'])
@Index('ix_inspocc_tenant_assignee_day', ['tenantId', 'assigneeUserId', 'localDate'])
// The reminder sweep finds occurrences whose window closed in the last few minutes.
@Index('ix_inspocc_tenant_windowend', ['tenantId', 'windowEndsAt'])
@Index('ix_inspocc_tenant_route_day', ['tenantId', 'patrolRouteId', 'localDate'])
export class InspectionOccurrence extends TenantOwnedEntity {
  @Column(UUID)
  frequencyId!: string;

  @Column(UUID)
  projectId!: string;

  /** Denormalised from the project, so a region's calendar is one indexed range query. */
  @Column(UUID)
  regionId!: string;

  /** Null for a patrol run (then `patrolRouteId` is set). */
  @Column({ ...UUID, nullable: true })
  templateId!: string | null;

  @Column({ ...UUID, nullable: true })
  patrolRouteId!: string | null;

  /** 检查层级, from its frequency when materialised. */
  @Column({ type: 'varchar', length: 12, default: 'COMPANY' })
  level!: InspectionLevel;

  /** The checklist version current when it was materialised. */
  @Column({ ...UUID, nullable: true })
  templateVersionId!: string | null;

  @Column(INSTANT)
  dueAt!: Date;

  /** The due day in the project's time zone: calendars group by it in SQL on both dialects. */
  @Column({ type: 'date' })
  localDate!: string;

  @Column(INSTANT)
  windowEndsAt!: Date;

  @Column({ type: 'boolean', default: false })
  allowLate!: boolean;

  @Column({ ...UUID, nullable: true })
  assigneeUserId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  assigneeRole!: AssigneeRole | null;

  @Column({ ...INSTANT, nullable: true })
  completedAt!: Date | null;

  @Column({ ...UUID, nullable: true })
  completedByUserId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  completionNote!: string | null;
}

/** A tenant's default inspection frequency for projects of one property format. */
@Entity('inspection_frequency_default')
@Index('ix_inspfreqdefault_tenant_format', ['tenantId', 'format', 'position'])
export class InspectionFrequencyDefault extends ScheduleFields {
  @Column({ type: 'varchar', length: 20 })
  format!: PropertyFormat;

  @Column({ type: 'int' })
  position!: number;

  @Column(UUID)
  templateId!: string;
}

/**
 * A subscribable iCalendar feed (one user's assignments, or one project), authorised by a
 * secret in its URL (`<feed id>.<secret>`: the id finds the row, the secret proves the right to
 * it). Only the secret's SHA-256 is stored; revoking stops the feed at once.
 */
@Entity('calendar_feed')
@Index('ix_calfeed_tenant_user', ['tenantId', 'userId'])
export class CalendarFeed extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 10 })
  kind!: 'USER' | 'PROJECT';

  /** The owner: whose assignments (USER), and whose access the feed is checked against. */
  @Column(UUID)
  userId!: string;

  @Column({ ...UUID, nullable: true })
  projectId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  secretHash!: string;

  @Column({ ...INSTANT, nullable: true })
  lastUsedAt!: Date | null;

  @Column({ ...INSTANT, nullable: true })
  revokedAt!: Date | null;
}
