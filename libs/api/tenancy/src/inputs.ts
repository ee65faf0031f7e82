import { COMPANY_SETTINGS_RULES, RULES, type Role } from '@pinzhi/domain';

/** A data URL of the largest logo: base64 plus its prefix. */
const LOGO_MAX_CHARS = Math.ceil(COMPANY_SETTINGS_RULES.logo.maxBytes / 3) * 4 + 40;
import { TextLength, SortInput, type ListSort } from '@pinzhi/api-core';
import { ArrayMaxSize, IsEmail, IsIn, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '@pinzhi/api-core';
import { RoleEnum } from './types';

const PHONE_OR_EMPTY = /^([0-9+()\- ]{3,30}|)$/;

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address', context: { reason: 'INVALID_FORMAT' } })
  @MaxLength(RULES.email.max, { context: { reason: 'TOO_LONG', params: { max: RULES.email.max } } })
  email!: string;

  @Field()
  @TextLength(RULES.displayName.min, RULES.displayName.max)
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, context: { reason: 'INVALID_FORMAT' } })
  regionIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'The projects a project-scoped role (项目经理, 项目员工, a scoped inspector or viewer) is limited to',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, context: { reason: 'INVALID_FORMAT' } })
  projectIds?: string[];

  @Field(() => String, { nullable: true, description: 'A phone number the company keeps for the person' })
  @IsOptional()
  @Matches(PHONE_OR_EMPTY, {
    message: 'phone may hold digits, spaces, +, - and brackets (at most 30)',
    context: { reason: 'INVALID_FORMAT' },
  })
  phone?: string | null;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, context: { reason: 'INVALID_FORMAT' } })
  regionIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'The projects a project-scoped role (项目经理, 项目员工, a scoped inspector or viewer) is limited to',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, context: { reason: 'INVALID_FORMAT' } })
  projectIds?: string[];

  @Field({ nullable: true, description: 'The name this company knows the person by (not the account of other companies)' })
  @IsOptional()
  @TextLength(RULES.displayName.min, RULES.displayName.max)
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'Empty or null clears it' })
  @IsOptional()
  @Matches(PHONE_OR_EMPTY, {
    message: 'phone may hold digits, spaces, +, - and brackets (at most 30)',
    context: { reason: 'INVALID_FORMAT' },
  })
  phone?: string | null;
}

@InputType()
export class MemberFilter {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(RULES.searchText.max, { context: { reason: 'TOO_LONG', params: { max: RULES.searchText.max } } })
  search?: string;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role;

  @Field({ nullable: true })
  active?: boolean;
}

@InputType()
export class AuditFilter {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(40)
  entity?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { context: { reason: 'INVALID_FORMAT' } })
  userId?: string;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this instant' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries before this instant' })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class RecordHistoryArgs extends PageArgs {
  @Field({ description: 'The kind of record (Project, Handbook, InspectionTemplate, Rectification, Complaint, …)' })
  @MaxLength(40, { context: { reason: 'TOO_LONG', params: { max: 40 } } })
  entity!: string;

  @Field(() => ID)
  @IsUUID('all', { context: { reason: 'INVALID_FORMAT' } })
  id!: string;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const MemberSortField = { CREATED_AT: 'createdAt', ROLE: 'role' } as const;
export const MemberSort = SortInput('Member', MemberSortField);

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MemberFilter, { nullable: true })
  @ValidateNested()
  filter?: MemberFilter;

  @Field(() => MemberSort, { nullable: true, description: 'Default: created at ascending' })
  sort?: ListSort;
}

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  @ValidateNested()
  filter?: AuditFilter;
}

export const INVITATION_LIST_STATUSES = ['OPEN', 'PENDING', 'EXPIRED', 'ACCEPTED', 'REVOKED'] as const;
export type InvitationListStatus = (typeof INVITATION_LIST_STATUSES)[number];
export const InvitationListStatusEnum = Object.fromEntries(INVITATION_LIST_STATUSES.map((s) => [s, s])) as {
  [K in InvitationListStatus]: K;
};
registerEnumType(InvitationListStatusEnum, {
  name: 'InvitationListStatus',
  description: 'OPEN = not accepted and not withdrawn (pending or expired)',
});

@ArgsType()
export class InvitationsArgs extends PageArgs {
  @Field(() => InvitationListStatusEnum, { nullable: true, defaultValue: 'OPEN' })
  @IsOptional()
  @IsIn(INVITATION_LIST_STATUSES)
  status?: InvitationListStatus;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link' })
  @MaxLength(200, { context: { reason: 'TOO_LONG', params: { max: 200 } } })
  token!: string;

  @Field({
    defaultValue: false,
    description: 'true: create a new account with `password`; false: sign in with the existing one (or accept as the signed-in caller)',
  })
  createAccount!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(RULES.password.max, { context: { reason: 'TOO_LONG', params: { max: RULES.password.max } } })
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'For a new account: the name the person calls themselves' })
  @IsOptional()
  @TextLength(RULES.displayName.min, RULES.displayName.max)
  displayName?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MaxLength(RULES.password.max, { context: { reason: 'TOO_LONG', params: { max: RULES.password.max } } })
  currentPassword!: string;

  @Field({ description: 'Checked for length and guessability (WEAK_PASSWORD names why)' })
  @MaxLength(RULES.password.max, { context: { reason: 'TOO_LONG', params: { max: RULES.password.max } } })
  newPassword!: string;
}

@InputType('LevelWeightsInput', { description: 'Weights of the three inspection levels in the evaluation (percent, summing to 100)' })
export class LevelWeightsInput {
  @Field(() => Int, { description: '项目自查' }) selfCheck!: number;
  @Field(() => Int, { description: '区域巡查' }) regional!: number;
  @Field(() => Int, { description: '公司抽查' }) company!: number;
}

@InputType('CompanySettingsInput', { description: 'Only the fields given change' })
export class CompanySettingsInput {
  @Field(() => ID, { nullable: true, description: 'null clears the fallback' })
  @IsOptional()
  @IsUUID('all', { context: { reason: 'INVALID_FORMAT' } })
  rectificationFallbackOwnerUserId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  earlyStartHours?: number | null;

  @Field(() => LevelWeightsInput, {
    nullable: true,
    description: "检查层级权重: each level's weight in the evaluation, whole percent summing to 100 (all three given together)",
  })
  @IsOptional()
  @ValidateNested()
  levelWeights?: LevelWeightsInput | null;

  @Field(() => Int, {
    nullable: true,
    description: '自查虚高阈值: flag a project whose self-checks average more than this many points above its independent checks',
  })
  @IsOptional()
  inflationThreshold?: number | null;

  @Field(() => String, { nullable: true, description: "The company's name (shown at sign-in and in the header)" })
  @IsOptional()
  @MaxLength(COMPANY_SETTINGS_RULES.name.max, { context: { reason: 'TOO_LONG', params: { max: COMPANY_SETTINGS_RULES.name.max } } })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '简称; empty clears it' })
  @IsOptional()
  @MaxLength(COMPANY_SETTINGS_RULES.shortName.max, {
    context: { reason: 'TOO_LONG', params: { max: COMPANY_SETTINGS_RULES.shortName.max } },
  })
  shortName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The logo as a data:image/(png|jpeg|webp);base64 URL of at most 48 KB; empty or null removes it',
  })
  @IsOptional()
  @MaxLength(LOGO_MAX_CHARS, { context: { reason: 'OUT_OF_RANGE', params: { max: COMPANY_SETTINGS_RULES.logo.maxBytes } } })
  logo?: string | null;

  @Field(() => String, { nullable: true, description: 'Default time zone (IANA, e.g. Asia/Shanghai)' })
  @IsOptional()
  @MaxLength(64, { context: { reason: 'TOO_LONG', params: { max: 64 } } })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'Default language: zh-CN or en-US' })
  @IsOptional()
  @MaxLength(10, { context: { reason: 'TOO_LONG', params: { max: 10 } } })
  language?: string | null;

  @Field(() => [Int], { nullable: true, description: '工作日: ISO weekdays, 1 = Monday … 7 = Sunday' })
  @IsOptional()
  @ArrayMaxSize(7, { context: { reason: 'OUT_OF_RANGE', params: { max: 7 } } })
  workingDays?: number[] | null;

  @Field(() => ID, { nullable: true, description: '默认节假日表; null clears it' })
  @IsOptional()
  @IsUUID('all', { context: { reason: 'INVALID_FORMAT' } })
  defaultHolidayListId?: string | null;
}
