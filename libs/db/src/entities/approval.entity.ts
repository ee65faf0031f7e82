import type { ApprovalDecision, ApprovalKind, ApprovalStatus, ApprovalStep } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/** 审批流程: one per company and kind of request; its steps live in numbered, frozen versions. */
@Entity('approval_flow')
@Index('uq_approval_flow_tenant_kind', ['tenantId', 'kind'], { unique: true })
export class ApprovalFlow extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 40 })
  kind!: ApprovalKind;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** Inactive: the capability acts at once (no approval). */
  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ ...UUID, nullable: true })
  currentVersionId!: string | null;

  @Column({ type: 'int', default: 0 })
  latestNumber!: number;
}

/** A frozen set of steps; a request keeps pointing at (and a copy of) the version it started with. */
@Entity('approval_flow_version')
@Index('uq_approval_flow_version_tenant_flow_number', ['tenantId', 'flowId', 'number'], { unique: true })
export class ApprovalFlowVersion extends TenantOwnedEntity {
  @Column(UUID)
  flowId!: string;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'simple-json' })
  steps!: ApprovalStep[];

  @Column({ ...UUID, nullable: true })
  createdByUserId!: string | null;
}

/** One request: the thing waits in PENDING_APPROVAL until its last applicable step approves. */
@Entity('approval_request')
@Index('ix_approval_request_tenant_status', ['tenantId', 'status', 'createdAt'])
@Index('ix_approval_request_tenant_subject', ['tenantId', 'subjectId', 'createdAt'])
@Index('ix_approval_request_tenant_requester', ['tenantId', 'requesterUserId', 'createdAt'])
export class ApprovalRequest extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 40 })
  kind!: ApprovalKind;

  @Column({ type: 'varchar', length: 20 })
  status!: ApprovalStatus;

  @Column(UUID)
  flowId!: string;

  @Column(UUID)
  flowVersionId!: string;

  @Column({ type: 'int' })
  flowNumber!: number;

  /** The steps as they were when the request was submitted (a later flow change does not alter them). */
  @Column({ type: 'simple-json' })
  steps!: ApprovalStep[];

  /** The step waiting for a decision; null once decided. */
  @Column({ type: 'int', nullable: true })
  stepIndex!: number | null;

  /** What is approved: the handbook, the rectification … */
  @Column(UUID)
  subjectId!: string;

  /** Its version at submission (the handbook draft), when it has one. */
  @Column({ ...UUID, nullable: true })
  subjectVersionId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The amount conditions compare with (fen, days …), when the kind has one. */
  @Column({
    type: 'bigint',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v == null ? null : Number(v)) },
  })
  amount!: number | null;

  /** What the capability needs to take effect (a change summary, a new deadline …). */
  @Column({ type: 'simple-json' })
  payload!: Record<string, string | number | null>;

  @Column(UUID)
  requesterUserId!: string;

  @Column({ ...UUID, nullable: true })
  projectId!: string | null;

  @Column({ ...UUID, nullable: true })
  regionId!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ ...INSTANT, nullable: true })
  decidedAt!: Date | null;
}

/** An approver of one step of a request, and their decision once made. */
@Entity('approval_assignment')
@Index('uq_approval_assignment_tenant_request_step_user', ['tenantId', 'requestId', 'stepIndex', 'userId'], { unique: true })
@Index('ix_approval_assignment_tenant_user', ['tenantId', 'userId', 'decision'])
export class ApprovalAssignment extends TenantOwnedEntity {
  @Column(UUID)
  requestId!: string;

  @Column({ type: 'int' })
  stepIndex!: number;

  @Column(UUID)
  userId!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  decision!: ApprovalDecision | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment!: string | null;

  @Column({ ...INSTANT, nullable: true })
  decidedAt!: Date | null;
}
