import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsEmail, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { RULES } from '@pinzhi/domain';
import { TextLength } from '@pinzhi/api-core';
import { AuditChangeType } from '../types';

@ObjectType('PlatformOperator', { description: 'A platform operator (平台管理员): runs the platform, belongs to no company' })
export class PlatformOperatorType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
}

@ObjectType('PlatformLoginPayload')
export class PlatformLoginPayload {
  @Field({ description: 'Bearer token of a platform session (it names no company)' }) token!: string;
  @Field() expiresAt!: Date;
  @Field(() => PlatformOperatorType) operator!: PlatformOperatorType;
}

@ObjectType('Company', { description: 'A company (tenant) as the platform sees it: its state, limits and usage, never its data' })
export class CompanyType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The code members choose at sign-in' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'False while suspended' }) active!: boolean;
  @Field(() => Date, { nullable: true }) suspendedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Most active members (null: no limit)' }) maxMembers!: number | null;
  @Field(() => Int, { nullable: true, description: 'Most active (not archived) projects (null: no limit)' }) maxProjects!: number | null;
  @Field(() => Int, { nullable: true, description: 'Most stored file bytes, in MB (null: no limit)' }) maxStorageMb!: number | null;
  @Field(() => Int, { description: 'Active members' }) memberCount!: number;
  @Field(() => Int, { description: 'Projects not archived' }) projectCount!: number;
  @Field(() => Float, { description: 'Bytes of uploaded files (photos, signatures, attachments)' }) storageBytes!: number;
  @Field(() => Date, { nullable: true, description: 'The latest entry of its audit trail' }) lastActivityAt!: Date | null;
}

@ObjectType('CompanyList')
export class CompanyList {
  @Field(() => [CompanyType]) nodes!: CompanyType[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('CompanyCreatedPayload')
export class CompanyCreatedPayload {
  @Field(() => CompanyType) company!: CompanyType;
  @Field({ description: "Path of the first admin's invitation page with its one-time secret (/invitations/<token>)" }) acceptPath!: string;
}

@ObjectType('CompanyAdminInvitationPayload')
export class CompanyAdminInvitationPayload {
  @Field({ description: 'Path of the invitation page with its one-time secret (/invitations/<token>)' }) acceptPath!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('PlatformAuditEntry', { description: "An entry of the platform's own audit trail" })
export class PlatformAuditEntryType {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'E-mail of the operator (null: the command line or start-up)' }) operatorEmail!:
    string | null;
  @Field(() => ID, { nullable: true }) companyId!: string | null;
  @Field(() => String, { nullable: true }) companyName!: string | null;
  @Field() operation!: string;
  @Field() entity!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => [AuditChangeType]) changes!: AuditChangeType[];
}

@ObjectType('PlatformAuditEntryList')
export class PlatformAuditEntryList {
  @Field(() => [PlatformAuditEntryType]) nodes!: PlatformAuditEntryType[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class PlatformPageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { context: { reason: 'TOO_SMALL', params: { min: 0 } } })
  offset = 0;

  @Field(() => Int, { defaultValue: RULES.pageSize.default })
  @IsInt()
  @Min(1, { context: { reason: 'TOO_SMALL', params: { min: 1 } } })
  @Max(RULES.pageSize.max, { context: { reason: 'TOO_LARGE', params: { max: RULES.pageSize.max } } })
  limit = RULES.pageSize.default;
}

@ArgsType()
export class CompaniesArgs extends PlatformPageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the code or name' })
  @IsOptional()
  @MaxLength(RULES.searchText.max, { context: { reason: 'TOO_LONG', params: { max: RULES.searchText.max } } })
  search?: string | null;
}

@ArgsType()
export class PlatformAuditArgs extends PlatformPageArgs {
  @Field(() => ID, { nullable: true, description: 'Only entries about this company' })
  @IsOptional()
  companyId?: string | null;
}

@InputType()
export class CreateCompanyInput {
  @Field({ description: 'Lower-case letters, digits and dashes; members type it at sign-in when they belong to several companies' })
  @TextLength(RULES.companyCode.min, RULES.companyCode.max)
  @Matches(RULES.companyCode.pattern, { context: { reason: 'INVALID_FORMAT' } })
  code!: string;

  @Field()
  @TextLength(RULES.name.min, RULES.name.max)
  name!: string;

  @Field({ description: "The first admin's e-mail: an invitation is created for it" })
  @IsEmail({}, { message: 'email must be an email address', context: { reason: 'INVALID_FORMAT' } })
  @MaxLength(RULES.email.max, { context: { reason: 'TOO_LONG', params: { max: RULES.email.max } } })
  adminEmail!: string;

  @Field()
  @TextLength(RULES.displayName.min, RULES.displayName.max)
  adminName!: string;
}

@InputType()
export class CompanyAdminInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address', context: { reason: 'INVALID_FORMAT' } })
  @MaxLength(RULES.email.max, { context: { reason: 'TOO_LONG', params: { max: RULES.email.max } } })
  email!: string;

  @Field()
  @TextLength(RULES.displayName.min, RULES.displayName.max)
  displayName!: string;
}

@InputType()
export class CompanyLimitsInput {
  @Field(() => Int, { nullable: true, description: 'Most active members (null: no limit)' })
  @IsOptional()
  @IsInt()
  @Min(RULES.companyLimit.min, { context: { reason: 'TOO_SMALL', params: { min: RULES.companyLimit.min } } })
  @Max(RULES.companyLimit.max, { context: { reason: 'TOO_LARGE', params: { max: RULES.companyLimit.max } } })
  maxMembers?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most active projects (null: no limit)' })
  @IsOptional()
  @IsInt()
  @Min(RULES.companyLimit.min, { context: { reason: 'TOO_SMALL', params: { min: RULES.companyLimit.min } } })
  @Max(RULES.companyLimit.max, { context: { reason: 'TOO_LARGE', params: { max: RULES.companyLimit.max } } })
  maxProjects?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most stored file bytes in MB (null: no limit)' })
  @IsOptional()
  @IsInt()
  @Min(RULES.companyLimit.min, { context: { reason: 'TOO_SMALL', params: { min: RULES.companyLimit.min } } })
  @Max(RULES.companyLimit.max, { context: { reason: 'TOO_LARGE', params: { max: RULES.companyLimit.max } } })
  maxStorageMb?: number | null;
}
