import { type ApprovalKind, type ApprovalMode, type ApprovalStatus, type ApproverKind, type Role } from '@pinzhi/domain';
import { PageArgs, TextLength } from '@pinzhi/api-core';
import { RoleEnum } from '@pinzhi/api-tenancy';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { APPROVAL_VIEWS, ApprovalKindEnum, ApprovalModeEnum, ApprovalStatusEnum, ApprovalViewEnum, ApproverKindEnum } from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;

@InputType()
export class ApprovalStepInput {
  @Field() @TextLength(1, 60) name!: string;
  @Field(() => ApproverKindEnum) approverKind!: ApproverKind;
  @Field(() => RoleEnum, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) departmentId?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { context: { reason: 'TOO_LONG', params: { max: 20 } } })
  @IsUUID('all', { each: true, ...uuid })
  userIds?: string[] | null;
  @Field(() => ApprovalModeEnum, { defaultValue: 'ONE' }) mode!: ApprovalMode;
  @Field(() => Float, { nullable: true, description: 'Skip the step unless the amount is at least this' }) minAmount?: number | null;
}

@InputType()
export class ApprovalFlowInput {
  @Field(() => ApprovalKindEnum) kind!: ApprovalKind;
  @Field() @TextLength(1, 60) name!: string;
  @Field() active!: boolean;
  @Field(() => [ApprovalStepInput])
  @ArrayMaxSize(10, { context: { reason: 'TOO_LONG', params: { max: 10 } } })
  steps!: ApprovalStepInput[];
}

@InputType()
export class ApprovalRequestsFilter {
  @Field(() => ApprovalViewEnum, { nullable: true, defaultValue: 'WAITING_FOR_ME' }) view?: (typeof APPROVAL_VIEWS)[number] | null;
  @Field(() => ApprovalStatusEnum, { nullable: true }) status?: ApprovalStatus | null;
  @Field(() => ApprovalKindEnum, { nullable: true }) kind?: ApprovalKind | null;
}

@ArgsType()
export class ApprovalRequestsArgs extends PageArgs {
  @Field(() => ApprovalRequestsFilter, { nullable: true }) filter?: ApprovalRequestsFilter | null;
}
