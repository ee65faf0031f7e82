import type {
  OnboardingDeliverable,
  OnboardingPhase,
  OnboardingStatus,
  OnboardingTaskStatus,
  PropertyFormat,
  ServiceProposalDoc,
  SiteSurveyDoc,
} from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

const LOCAL_DATE = { type: 'varchar', length: 10 } as const;

/** 部门: Quality Center, Operations Support, HR Center … per tenant. */
@Entity('department')
@Index('uq_department_tenant_name', ['tenantId', 'name'], { unique: true })
export class Department extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  nameEn!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  code!: string | null;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;

  /** 部门负责人: approves the approval steps that name this department's head. */
  @Column({ ...UUID, nullable: true })
  headUserId!: string | null;
}

/** A member (user) in a department; a user may belong to several. */
@Entity('department_member')
@Index('uq_deptmember_tenant_dept_user', ['tenantId', 'departmentId', 'userId'], { unique: true })
@Index('ix_deptmember_tenant_user', ['tenantId', 'userId'])
export class DepartmentMember extends TenantOwnedEntity {
  @Column(UUID)
  departmentId!: string;

  @Column(UUID)
  userId!: string;
}

/** 职责: one duty, owned by a department, with collaborating departments (【需协同部门】). */
@Entity('duty')
@Index('ix_duty_tenant_owner', ['tenantId', 'ownerDepartmentId', 'position'])
export class Duty extends TenantOwnedEntity {
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 500 })
  titleZh!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  titleEn!: string | null;

  @Column(UUID)
  ownerDepartmentId!: string;

  @Column({ type: 'simple-json' })
  collaboratorDepartmentIds!: string[];

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

export interface OnboardingTemplateTask {
  key: string;
  phase: OnboardingPhase;
  title: string;
  ownerDepartmentId: string;
  collaboratorDepartmentIds: string[];
  dueOffsetDays: number;
  required: boolean;
  checklist: string[];
  /** What the task delivers and must be complete before it is DONE (the site survey form); absent: nothing. */
  deliverable?: OnboardingDeliverable | null;
}

/** 接管模板: the phases' tasks and the proposal's sections for one property format. */
@Entity('onboarding_template')
@Index('ix_obtemplate_tenant_format', ['tenantId', 'format', 'name'])
export class OnboardingTemplate extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  format!: PropertyFormat;

  @Column({ type: 'simple-json' })
  tasks!: OnboardingTemplateTask[];

  @Column({ type: 'simple-json' })
  proposalSections!: Array<{ key: string; title: string; body: string }>;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

/** One project's onboarding (前期接管): at most one per project. */
@Entity('onboarding')
@Index('uq_onboarding_tenant_project', ['tenantId', 'projectId'], { unique: true })
@Index('ix_onboarding_tenant_region', ['tenantId', 'regionId', 'status'])
@Index('ix_onboarding_tenant_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_onboarding_tenant_start', ['tenantId', 'startDate', 'id'])
export class Onboarding extends TenantOwnedEntity {
  @Column(UUID)
  projectId!: string;

  /** Copied from the project so the pipeline groups without a join. */
  @Column(UUID)
  regionId!: string;

  @Column({ ...UUID, nullable: true })
  templateId!: string | null;

  @Column(LOCAL_DATE)
  startDate!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: OnboardingStatus;

  @Column(UUID)
  startedByUserId!: string;

  @Column({ ...INSTANT, nullable: true })
  completedAt!: Date | null;

  /** What go-live provisioned (links on the onboarding page). */
  @Column({ ...UUID, nullable: true })
  handbookId!: string | null;

  @Column({ type: 'int', nullable: true })
  frequencyCount!: number | null;

  @Column({ type: 'int', nullable: true })
  requirementCount!: number | null;
}

/** One task of an onboarding, copied from the template at the start. */
@Entity('onboarding_task')
@Index('ix_obtask_tenant_onboarding', ['tenantId', 'onboardingId', 'position'])
@Index('ix_obtask_tenant_due', ['tenantId', 'status', 'dueDate'])
@Index('ix_obtask_tenant_due_id', ['tenantId', 'dueDate', 'id'])
@Index('ix_obtask_tenant_updated', ['tenantId', 'updatedAt', 'id'])
export class OnboardingTask extends TenantOwnedEntity {
  @Column(UUID)
  onboardingId!: string;

  @Column(UUID)
  projectId!: string;

  @Column({ type: 'varchar', length: 24 })
  phase!: OnboardingPhase;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column(UUID)
  ownerDepartmentId!: string;

  @Column({ type: 'simple-json' })
  collaboratorDepartmentIds!: string[];

  @Column(LOCAL_DATE)
  dueDate!: string;

  @Column({ type: 'boolean' })
  required!: boolean;

  /** Required documents / checklist items and whether each is ticked. */
  @Column({ type: 'simple-json' })
  checklist!: Array<{ text: string; done: boolean }>;

  /** A form the task delivers (SITE_SURVEY): a required task is not DONE while its required fields are empty. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  deliverable!: OnboardingDeliverable | null;

  @Column({ type: 'varchar', length: 12 })
  status!: OnboardingTaskStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  skipReason!: string | null;

  @Column({ ...UUID, nullable: true })
  assigneeUserId!: string | null;

  @Column({ ...INSTANT, nullable: true })
  completedAt!: Date | null;
}

/** Which departments see a task: its owner and each collaborator (for "my department's tasks"). */
@Entity('onboarding_task_department')
@Index('uq_obtaskdept_tenant_task_dept', ['tenantId', 'taskId', 'departmentId'], { unique: true })
@Index('ix_obtaskdept_tenant_dept', ['tenantId', 'departmentId', 'taskId'])
export class OnboardingTaskDepartment extends TenantOwnedEntity {
  @Column(UUID)
  taskId!: string;

  @Column(UUID)
  departmentId!: string;

  @Column({ type: 'boolean' })
  owner!: boolean;
}

export type OnboardingEventKind =
  'STARTED' | 'COMMENT' | 'STATUS' | 'ASSIGN' | 'STAGE' | 'OVERRIDE' | 'GO_LIVE' | 'SURVEY' | 'PROPOSAL' | 'CANCELLED';

/** The onboarding's history: comments (with attachments), task changes, stage moves, overrides. */
@Entity('onboarding_event')
@Index('ix_obevent_tenant_onboarding', ['tenantId', 'onboardingId', 'createdAt'])
@Index('ix_obevent_tenant_task', ['tenantId', 'taskId', 'createdAt'])
export class OnboardingEvent extends TenantOwnedEntity {
  @Column(UUID)
  onboardingId!: string;

  @Column({ ...UUID, nullable: true })
  taskId!: string | null;

  @Column({ type: 'varchar', length: 12 })
  kind!: OnboardingEventKind;

  @Column({ ...UUID, nullable: true })
  userId!: string | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'simple-json' })
  fileIds!: string[];

  @Column({ type: 'simple-json', nullable: true })
  data!: Record<string, unknown> | null;
}

/** 现场勘查表 of an onboarding. */
@Entity('site_survey')
@Index('uq_sitesurvey_tenant_onboarding', ['tenantId', 'onboardingId'], { unique: true })
export class SiteSurvey extends TenantOwnedEntity {
  @Column(UUID)
  onboardingId!: string;

  @Column({ type: 'simple-json' })
  content!: SiteSurveyDoc;

  @Column({ ...UUID, nullable: true })
  updatedByUserId!: string | null;
}

/** 服务方案 of an onboarding, drafted from the template's sections. */
@Entity('service_proposal')
@Index('uq_proposal_tenant_onboarding', ['tenantId', 'onboardingId'], { unique: true })
export class ServiceProposal extends TenantOwnedEntity {
  @Column(UUID)
  onboardingId!: string;

  @Column({ type: 'simple-json' })
  content!: ServiceProposalDoc;

  @Column({ ...UUID, nullable: true })
  updatedByUserId!: string | null;
}
