import { RULES, type Role } from '@pinzhi/domain';
import { TextLength, SortInput, type ListSort } from '@pinzhi/api-core';
import { ArrayMaxSize, IsEmail, IsOptional, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
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
