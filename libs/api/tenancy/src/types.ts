import { ROLES, type Role } from '@pinzhi/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '@pinzhi/api-core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'What a membership may do inside its tenant' });

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
}

@ObjectType('Tenant')
export class TenantType {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
}

@ObjectType('TenantChoice', { description: 'A tenant the signed-in user also belongs to' })
export class TenantChoice {
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
}

@ObjectType('Me')
export class MeType {
  @Field(() => UserType) user!: UserType;
  @Field(() => TenantType) tenant!: TenantType;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => [ID]) regionIds!: string[];
  @Field(() => [TenantChoice]) tenants!: TenantChoice[];
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({ description: 'Signed JWT; send as `Authorization: Bearer <token>`' }) token!: string;
  @Field() expiresAt!: Date;
  @Field(() => MeType) me!: MeType;
}

@ObjectType('Member', { description: "A user's membership (role, regions) in the caller's tenant" })
export class MemberType {
  @Field(() => ID) id!: string;
  userId!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => [ID]) regionIds!: string[];
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
}

@ObjectType('MemberConnection')
export class MemberConnection extends Connection(MemberType) {}

@ObjectType('InviteMemberPayload')
export class InviteMemberPayload {
  @Field(() => MemberType) member!: MemberType;
  @Field(() => String, { nullable: true, description: 'Set once, when a new account was created without a password' })
  temporaryPassword!: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field() operation!: string;
  @Field() entity!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => GraphQLJSONObject) changes!: Record<string, unknown>;
  @Field() createdAt!: Date;
  userId!: string | null;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntryType) {}

@ObjectType('CompanySettings', { description: '公司设置: choices the company makes for itself (edited by admins and the Quality Center)' })
export class CompanySettingsType {
  @Field(() => ID, {
    nullable: true,
    description: '默认整改负责人: owns a rectification whose project has no active manager (null: the person who found it)',
  })
  rectificationFallbackOwnerUserId!: string | null;

  @Field(() => Int, { description: 'How many hours before its window opens a planned inspection may be started (0: not before)' })
  earlyStartHours!: number;

  @Field(() => Int, { description: '0 until first saved; send it back as expectedVersion' })
  version!: number;
}
