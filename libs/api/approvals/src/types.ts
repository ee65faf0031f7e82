import {
  APPROVAL_DECISIONS,
  APPROVAL_KINDS,
  APPROVAL_MODES,
  APPROVAL_STATUSES,
  APPROVER_KINDS,
  type ApprovalDecision,
  type ApprovalKind,
  type ApprovalMode,
  type ApprovalStatus,
  type ApproverKind,
  type Role,
} from '@pinzhi/domain';
import { Connection } from '@pinzhi/api-core';
import { RoleEnum } from '@pinzhi/api-tenancy';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ApprovalKindEnum = asEnum(APPROVAL_KINDS);
registerEnumType(ApprovalKindEnum, { name: 'ApprovalKind', description: 'What kind of request a flow approves' });
export const ApprovalStatusEnum = asEnum(APPROVAL_STATUSES);
registerEnumType(ApprovalStatusEnum, { name: 'ApprovalStatus' });
export const ApproverKindEnum = asEnum(APPROVER_KINDS);
registerEnumType(ApproverKindEnum, {
  name: 'ApproverKind',
  description: 'Who approves a step: a role, a department head, the GM, named members',
});
export const ApprovalModeEnum = asEnum(APPROVAL_MODES);
registerEnumType(ApprovalModeEnum, { name: 'ApprovalMode', description: 'ONE: any one approver; ALL: every approver' });
export const ApprovalDecisionEnum = asEnum(APPROVAL_DECISIONS);
registerEnumType(ApprovalDecisionEnum, { name: 'ApprovalDecision' });
export const APPROVAL_VIEWS = ['WAITING_FOR_ME', 'MINE', 'DECIDED_BY_ME', 'ALL'] as const;
export const ApprovalViewEnum = asEnum(APPROVAL_VIEWS);
registerEnumType(ApprovalViewEnum, {
  name: 'ApprovalView',
  description: 'WAITING_FOR_ME: my decision is due; MINE: I submitted; DECIDED_BY_ME; ALL: what I may read',
});

@ObjectType('ApprovalStep', { description: 'One step of a flow (as a request snapshotted it)' })
export class ApprovalStepType {
  @Field() name!: string;
  @Field(() => ApproverKindEnum) approverKind!: ApproverKind;
  @Field(() => RoleEnum, { nullable: true }) role!: Role | null;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => [ID]) userIds!: string[];
  @Field(() => ApprovalModeEnum) mode!: ApprovalMode;
  @Field(() => Float, { nullable: true, description: 'The step applies only when the amount is at least this' }) minAmount!: number | null;
}

@ObjectType('ApprovalFlow', { description: '审批流程: one per company and kind' })
export class ApprovalFlowType {
  @Field(() => ID) id!: string;
  @Field(() => ApprovalKindEnum) kind!: ApprovalKind;
  @Field() name!: string;
  @Field() active!: boolean;
  @Field(() => Int, { description: 'The number of the current steps version' }) latestNumber!: number;
  @Field(() => Int) version!: number;
  currentVersionId!: string | null;
}

@ObjectType('ApprovalAssignment', { description: 'An approver of one step, and the decision once made' })
export class ApprovalAssignmentType {
  @Field(() => Int) stepIndex!: number;
  userId!: string;
  @Field(() => ApprovalDecisionEnum, { nullable: true }) decision!: ApprovalDecision | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType('ApprovalRequest', { description: '审批申请' })
export class ApprovalRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ApprovalKindEnum) kind!: ApprovalKind;
  @Field(() => ApprovalStatusEnum) status!: ApprovalStatus;
  @Field() title!: string;
  @Field(() => Int, { description: 'The flow version whose steps the request keeps' }) flowNumber!: number;
  @Field(() => Int, { nullable: true, description: 'The step waiting for a decision (0-based); null once decided' }) stepIndex!:
    number | null;
  @Field(() => Float, { nullable: true }) amount!: number | null;
  @Field(() => String, { nullable: true, description: 'The rejection reason' }) reason!: string | null;
  @Field(() => ID, { description: 'The handbook, rectification … approved' }) subjectId!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Int) version!: number;
  requesterUserId!: string;
  steps!: unknown;
  payload!: Record<string, string | number | null>;
  subjectVersionId!: string | null;
  projectId!: string | null;
}

@ObjectType('ApprovalRequestConnection')
export class ApprovalRequestConnection extends Connection(ApprovalRequestType) {}
