import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_SOURCES,
  COMPLAINT_STATES,
  COMPLAINT_STEPS,
  type ComplaintBlocker,
  type ComplaintCategory,
  type ComplaintDepartment,
  type ComplaintEventAction,
  type ComplaintSeverity,
  type ComplaintSource,
  type ComplaintState,
  type ComplaintStep,
} from '@pinzhi/domain';
import { Connection } from '@pinzhi/api-core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ComplaintSourceEnum = asEnum(COMPLAINT_SOURCES);
registerEnumType(ComplaintSourceEnum, {
  name: 'ComplaintSource',
  description: 'Who raised it: owner/resident, client, internal, an inspection',
});
export const ComplaintCategoryEnum = asEnum(COMPLAINT_CATEGORIES);
registerEnumType(ComplaintCategoryEnum, { name: 'ComplaintCategory', description: '投诉 / 纠纷 / 技术问题' });
export const ComplaintSeverityEnum = asEnum(COMPLAINT_SEVERITIES);
registerEnumType(ComplaintSeverityEnum, { name: 'ComplaintSeverity' });
export const ComplaintStateEnum = asEnum(COMPLAINT_STATES);
registerEnumType(ComplaintStateEnum, {
  name: 'ComplaintState',
  description: 'OPEN → IN_PROGRESS → RESOLVED → VERIFIED, or RESOLVED → REOPENED → IN_PROGRESS',
});
export const ComplaintStepEnum = asEnum(COMPLAINT_STEPS);
registerEnumType(ComplaintStepEnum, { name: 'ComplaintStep' });
export const ComplaintEventActionEnum = asEnum(['OPENED', 'STARTED', 'RESOLVED', 'VERIFIED', 'REOPENED'] as const);
registerEnumType(ComplaintEventActionEnum, { name: 'ComplaintEventAction' });
export const ComplaintDepartmentEnum = asEnum(COMPLAINT_DEPARTMENTS);
registerEnumType(ComplaintDepartmentEnum, {
  name: 'ComplaintDepartment',
  description: 'A department taking part in a discussion (a fixed list until departments are entities)',
});
export const ComplaintBlockerEnum = asEnum(['STATE', 'ROLE', 'REGION', 'RESOLVED_BY_YOU', 'ACTIONS_OPEN'] as const);
registerEnumType(ComplaintBlockerEnum, { name: 'ComplaintBlocker', description: 'Why a step is not available to the caller' });

@ObjectType('Complaint', { description: '重大投诉/纠纷/技术问题: a major case followed to a verified effect' })
export class ComplaintType {
  @Field(() => ID) id!: string;
  projectId!: string;
  regionId!: string;
  @Field(() => ComplaintSourceEnum) source!: ComplaintSource;
  @Field(() => ComplaintCategoryEnum) category!: ComplaintCategory;
  @Field(() => ComplaintSeverityEnum) severity!: ComplaintSeverity;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => [ID], { description: 'Uploaded photos (GET /files/:id)' }) evidenceFileIds!: string[];
  @Field(() => ID, { nullable: true, description: 'The inspection it was raised from' }) inspectionId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The inspection finding (item result) it was raised from' }) itemResultId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The customer-feedback item it was raised from' }) feedbackId!: string | null;
  @Field(() => ComplaintStateEnum) state!: ComplaintState;
  @Field() openedAt!: Date;
  @Field({ description: 'When it should be resolved (by severity)' }) dueAt!: Date;
  createdByUserId!: string;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  resolvedByUserId!: string | null;
  @Field(() => String, { nullable: true }) resolutionNote!: string | null;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  verifiedByUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'The actual effect, as the verifier found it' }) verificationNote!: string | null;
  @Field(() => Int) reopenCount!: number;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('ComplaintConnection')
export class ComplaintConnection extends Connection(ComplaintType) {}

@ObjectType('ComplaintDiscussion', { description: '会议: a convened discussion' })
export class ComplaintDiscussionType {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD' }) heldOn!: string;
  @Field(() => [ComplaintDepartmentEnum]) departments!: ComplaintDepartment[];
  @Field() minutes!: string;
  @Field(() => String, { nullable: true }) decisions!: string | null;
  recordedByUserId!: string;
  @Field() createdAt!: Date;
}

@ObjectType('ComplaintAction')
export class ComplaintActionType {
  @Field(() => ID) id!: string;
  complaintId!: string;
  @Field() description!: string;
  ownerUserId!: string;
  @Field({ description: 'YYYY-MM-DD' }) deadline!: string;
  @Field() done!: boolean;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  doneByUserId!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('ComplaintEvent', { description: 'One state change, append-only' })
export class ComplaintEventType {
  @Field(() => ID) id!: string;
  @Field(() => ComplaintEventActionEnum) action!: ComplaintEventAction;
  @Field(() => ComplaintStateEnum, { nullable: true }) fromState!: ComplaintState | null;
  @Field(() => ComplaintStateEnum) toState!: ComplaintState;
  userId!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() at!: Date;
}

@ObjectType('ComplaintStepPermission', { description: 'May the caller take this step now, and if not, why' })
export class ComplaintStepPermissionType {
  @Field(() => ComplaintStepEnum) step!: ComplaintStep;
  @Field() allowed!: boolean;
  @Field(() => ComplaintBlockerEnum, { nullable: true }) blocker!: ComplaintBlocker | null;
}
