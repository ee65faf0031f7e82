import { RULES, type Role } from '@pinzhi/domain';
import { TextLength } from '@pinzhi/api-core';
import { ArrayMaxSize, IsEmail, IsOptional, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '@pinzhi/api-core';
import { RoleEnum } from './types';

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

  @Field({ nullable: true, description: 'Initial password; omitted → a temporary one is generated and returned once' })
  @IsOptional()
  @MinLength(RULES.password.min, { context: { reason: 'TOO_SHORT', params: { min: RULES.password.min } } })
  @MaxLength(RULES.password.max, { context: { reason: 'TOO_LONG', params: { max: RULES.password.max } } })
  password?: string;
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

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(RULES.displayName.min, RULES.displayName.max)
  displayName?: string;
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
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MemberFilter, { nullable: true })
  @ValidateNested()
  filter?: MemberFilter;
}

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  @ValidateNested()
  filter?: AuditFilter;
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
}
