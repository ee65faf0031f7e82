import type { Attendance, Gender, PlanScope, RequirementReason } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/** Local calendar date 'YYYY-MM-DD' (string comparison orders it on both dialects). */
const LOCAL_DATE = { type: 'varchar', length: 10 } as const;

/** 岗位: security guard 保安, cleaner 保洁 … per tenant, editable. */
@Entity('position')
@Index('uq_position_tenant_name', ['tenantId', 'name'], { unique: true })
export class Position extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  code!: string | null;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

/** 员工: a front-line employee (not necessarily a system user). */
@Entity('employee')
@Index('ix_employee_tenant_project_position', ['tenantId', 'projectId', 'positionId'])
@Index('ix_employee_tenant_position', ['tenantId', 'positionId'])
@Index('ix_employee_tenant_name', ['tenantId', 'name', 'id'])
@Index('uq_employee_tenant_no', ['tenantId', 'employeeNo'], { unique: true })
@Index('ix_employee_tenant_no_id', ['tenantId', 'employeeNo', 'id'])
@Index('ix_employee_tenant_hire', ['tenantId', 'hireDate', 'id'])
export class Employee extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** 工号; optional, unique in the tenant when given (the import matches on it). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  employeeNo!: string | null;

  @Column(UUID)
  positionId!: string;

  @Column(UUID)
  projectId!: string;

  @Column(LOCAL_DATE)
  hireDate!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** FEMALE / MALE; decides who may be charged with a women-only or men-only standard. Null: not recorded. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  gender!: Gender | null;
}

/** 课程: courseware built from a handbook version's sections and standards. */
@Entity('course')
@Index('ix_course_tenant_handbook', ['tenantId', 'handbookId'])
@Index('uq_course_tenant_title', ['tenantId', 'title'], { unique: true })
export class Course extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column(UUID)
  handbookId!: string;

  /** The published version whose content the courseware teaches. */
  @Column(UUID)
  handbookVersionId!: string;

  /** Section keys taught (stable across versions). */
  @Column({ type: 'simple-json' })
  sectionKeys!: string[];

  /** Library standard ids taught (items of that version). */
  @Column({ type: 'simple-json' })
  standardIds!: string[];

  /** Optional attachments: evidence-file ids or links with a name. */
  @Column({ type: 'simple-json' })
  attachments!: Array<{ name: string; url: string | null; fileId: string | null }>;

  @Column({ type: 'int', default: 60 })
  defaultPassMark!: number;

  @Column({ type: 'int', nullable: true })
  defaultValidityMonths!: number | null;

  /** Set when a later published version changed what the course teaches. */
  @Column({ ...INSTANT, nullable: true })
  outdatedSince!: Date | null;

  @Column({ ...UUID, nullable: true })
  outdatedByVersionId!: string | null;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

/** 岗位培训计划: what a position must learn, tenant-wide or for a region or project, in a period. */
@Entity('training_plan')
@Index('ix_trplan_tenant_position', ['tenantId', 'positionId'])
export class TrainingPlan extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column(UUID)
  positionId!: string;

  @Column({ type: 'varchar', length: 10 })
  scope!: PlanScope;

  @Column({ ...UUID, nullable: true })
  regionId!: string | null;

  @Column({ ...UUID, nullable: true })
  projectId!: string | null;

  @Column(LOCAL_DATE)
  periodStart!: string;

  @Column(LOCAL_DATE)
  periodEnd!: string;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

@Entity('training_plan_item')
@Index('ix_trplanitem_tenant_plan', ['tenantId', 'planId', 'position'])
@Index('ix_trplanitem_tenant_course', ['tenantId', 'courseId'])
export class TrainingPlanItem extends TenantOwnedEntity {
  @Column(UUID)
  planId!: string;

  @Column(UUID)
  courseId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column(LOCAL_DATE)
  requiredBy!: string;

  @Column({ type: 'int' })
  passMark!: number;

  /** Months a completion stays valid (recertification after); null = never expires. */
  @Column({ type: 'int', nullable: true })
  validityMonths!: number | null;
}

export type TrainingSessionStatus = 'PLANNED' | 'CANCELLED';

/** 培训场次: one or more courses (training_session_course) taught at a time and place by a trainer (a member of the tenant). */
@Entity('training_session')
@Index('ix_trsession_tenant_starts', ['tenantId', 'startsAt', 'id'])
@Index('ix_trsession_tenant_trainer', ['tenantId', 'trainerUserId', 'startsAt'])
@Index('ix_trsession_tenant_capacity', ['tenantId', 'capacity', 'id'])
export class TrainingSession extends TenantOwnedEntity {
  @Column(UUID)
  trainerUserId!: string;

  @Column(INSTANT)
  startsAt!: Date;

  @Column(INSTANT)
  endsAt!: Date;

  /** The session's date in its time zone (the project's, else Asia/Shanghai). */
  @Column(LOCAL_DATE)
  localDate!: string;

  @Column({ type: 'varchar', length: 100 })
  place!: string;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'int' })
  passMark!: number;

  /** Set when the session is for one project's staff. */
  @Column({ ...UUID, nullable: true })
  projectId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  status!: TrainingSessionStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

/** A course taught in a session, in the order chosen; attending the session counts for every one of them. */
@Entity('training_session_course')
@Index('uq_trsesscourse_tenant_session_course', ['tenantId', 'sessionId', 'courseId'], { unique: true })
@Index('ix_trsesscourse_tenant_course', ['tenantId', 'courseId'])
export class TrainingSessionCourse extends TenantOwnedEntity {
  @Column(UUID)
  sessionId!: string;

  @Column(UUID)
  courseId!: string;

  @Column({ type: 'int' })
  position!: number;
}

/** 报名: an employee in a session, with attendance and score once recorded. */
@Entity('training_enrolment')
@Index('uq_trenrol_tenant_session_employee', ['tenantId', 'sessionId', 'employeeId'], { unique: true })
@Index('ix_trenrol_tenant_employee', ['tenantId', 'employeeId'])
export class TrainingEnrolment extends TenantOwnedEntity {
  @Column(UUID)
  sessionId!: string;

  @Column(UUID)
  employeeId!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  attendance!: Attendance | null;

  @Column({ type: 'int', nullable: true })
  score!: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;

  @Column({ ...INSTANT, nullable: true })
  recordedAt!: Date | null;

  @Column({ ...UUID, nullable: true })
  recordedByUserId!: string | null;
}

/**
 * 培训要求: employee × course × reason, materialised and kept current by the services.
 * Status is computed at a date from requiredBy / completedOn / expiresOn.
 */
@Entity('training_requirement')
@Index('uq_trreq_tenant_employee_course_reason', ['tenantId', 'employeeId', 'courseId', 'reason'], { unique: true })
@Index('ix_trreq_tenant_course', ['tenantId', 'courseId'])
@Index('ix_trreq_tenant_required_by', ['tenantId', 'requiredBy', 'id'])
@Index('ix_trreq_tenant_completed', ['tenantId', 'completedOn', 'id'])
@Index('ix_trreq_tenant_expires', ['tenantId', 'expiresOn', 'id'])
export class TrainingRequirement extends TenantOwnedEntity {
  @Column(UUID)
  employeeId!: string;

  @Column(UUID)
  courseId!: string;

  @Column({ type: 'varchar', length: 12 })
  reason!: RequirementReason;

  @Column(LOCAL_DATE)
  requiredBy!: string;

  @Column({ type: 'int' })
  passMark!: number;

  @Column({ type: 'int', nullable: true })
  validityMonths!: number | null;

  /** Only sessions on or after this date count (retraining: the publish date). */
  @Column({ ...LOCAL_DATE, nullable: true })
  notBefore!: string | null;

  @Column({ ...LOCAL_DATE, nullable: true })
  completedOn!: string | null;

  @Column({ ...LOCAL_DATE, nullable: true })
  expiresOn!: string | null;

  @Column({ ...UUID, nullable: true })
  completedSessionId!: string | null;

  @Column({ ...UUID, nullable: true })
  sourcePlanItemId!: string | null;

  /** RETRAINING: the handbook version whose change caused it. */
  @Column({ ...UUID, nullable: true })
  sourceVersionId!: string | null;

  /** FINDINGS: the standard whose repeated findings caused it. */
  @Column({ ...UUID, nullable: true })
  sourceStandardId!: string | null;
}
