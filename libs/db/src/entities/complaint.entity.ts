import type {
  ComplaintCategory,
  ComplaintDepartment,
  ComplaintEventAction,
  ComplaintSeverity,
  ComplaintSource,
  ComplaintState,
} from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/**
 * 重大投诉/纠纷/技术问题: a major complaint, dispute or technical problem at a project, followed
 * OPEN → IN_PROGRESS → RESOLVED → VERIFIED (or REOPENED). May be raised from an inspection
 * finding (item result) or a customer-feedback item.
 */
@Entity('complaint')
@Index('ix_complaint_tenant_opened', ['tenantId', 'openedAt', 'id'])
@Index('ix_complaint_tenant_state_due', ['tenantId', 'state', 'dueAt'])
@Index('ix_complaint_tenant_project_state', ['tenantId', 'projectId', 'state'])
@Index('ix_complaint_tenant_region_state', ['tenantId', 'regionId', 'state'])
@Index('ix_complaint_tenant_itemresult', ['tenantId', 'itemResultId'])
@Index('ix_complaint_tenant_feedback', ['tenantId', 'feedbackId'])
@Index('ix_complaint_tenant_due', ['tenantId', 'dueAt', 'id'])
@Index('ix_complaint_tenant_updated', ['tenantId', 'updatedAt', 'id'])
export class Complaint extends TenantOwnedEntity {
  @Column(UUID)
  projectId!: string;

  /** Denormalised from the project at creation (region scope, lists). */
  @Column(UUID)
  regionId!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: ComplaintSource;

  @Column({ type: 'varchar', length: 12 })
  category!: ComplaintCategory;

  @Column({ type: 'varchar', length: 10 })
  severity!: ComplaintSeverity;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'simple-json' })
  evidenceFileIds!: string[];

  @Column({ ...UUID, nullable: true })
  inspectionId!: string | null;

  /** The inspection finding it was raised from. */
  @Column({ ...UUID, nullable: true })
  itemResultId!: string | null;

  /** The customer-feedback item it was raised from. */
  @Column({ ...UUID, nullable: true })
  feedbackId!: string | null;

  @Column({ type: 'varchar', length: 12 })
  state!: ComplaintState;

  @Column(INSTANT)
  openedAt!: Date;

  /** When it should be resolved (by severity, from the opening). */
  @Column(INSTANT)
  dueAt!: Date;

  @Column(UUID)
  createdByUserId!: string;

  @Column({ ...INSTANT, nullable: true })
  resolvedAt!: Date | null;

  @Column({ ...UUID, nullable: true })
  resolvedByUserId!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  resolutionNote!: string | null;

  @Column({ ...INSTANT, nullable: true })
  verifiedAt!: Date | null;

  @Column({ ...UUID, nullable: true })
  verifiedByUserId!: string | null;

  /** What the verifier found of the actual effect. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  verificationNote!: string | null;

  @Column({ type: 'int', default: 0 })
  reopenCount!: number;
}

/** 会议: a convened discussion of a case. Departments are codes of COMPLAINT_DEPARTMENTS. */
@Entity('complaint_discussion')
@Index('ix_complaintdisc_tenant_complaint', ['tenantId', 'complaintId', 'heldOn'])
export class ComplaintDiscussion extends TenantOwnedEntity {
  @Column(UUID)
  complaintId!: string;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'simple-json' })
  departments!: ComplaintDepartment[];

  @Column({ type: 'text' })
  minutes!: string;

  @Column({ type: 'text', nullable: true })
  decisions!: string | null;

  @Column(UUID)
  recordedByUserId!: string;
}

/** An action agreed for a case: owner, deadline, done. */
@Entity('complaint_action')
@Index('ix_complaintaction_tenant_complaint', ['tenantId', 'complaintId', 'position'])
@Index('ix_complaintaction_tenant_owner', ['tenantId', 'ownerUserId', 'done'])
export class ComplaintAction extends TenantOwnedEntity {
  @Column(UUID)
  complaintId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 500 })
  description!: string;

  @Column(UUID)
  ownerUserId!: string;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'boolean', default: false })
  done!: boolean;

  @Column({ ...INSTANT, nullable: true })
  doneAt!: Date | null;

  @Column({ ...UUID, nullable: true })
  doneByUserId!: string | null;
}

/** Who moved a case from which state to which, when, and why: append-only. */
@Entity('complaint_event')
@Index('ix_complaintevent_tenant_complaint', ['tenantId', 'complaintId', 'at'])
export class ComplaintEvent extends TenantOwnedEntity {
  @Column(UUID)
  complaintId!: string;

  @Column({ type: 'varchar', length: 12 })
  action!: ComplaintEventAction;

  @Column({ type: 'varchar', length: 12, nullable: true })
  fromState!: ComplaintState | null;

  @Column({ type: 'varchar', length: 12 })
  toState!: ComplaintState;

  @Column(UUID)
  userId!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  @Column(INSTANT)
  at!: Date;
}
