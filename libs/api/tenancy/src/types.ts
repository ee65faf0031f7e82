import { ROLES, type Role } from '@pinzhi/domain';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Connection, ImportRowErrorType, RecordRefType } from '@pinzhi/api-core';
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
  @Field(() => [ID], { description: 'The projects the member is limited to (a project scope)' }) projectIds!: string[];
  @Field(() => [TenantChoice]) tenants!: TenantChoice[];
  @Field({ description: 'Signed in with a temporary password: only changePassword (and me, logout) work until it is changed' })
  passwordChangeRequired!: boolean;
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
  @Field({ description: 'The name this company knows the person by' }) displayName!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => [ID]) regionIds!: string[];
  @Field(() => [ID], { description: 'The projects the member is limited to (a project scope)' }) projectIds!: string[];
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
}

@ObjectType('MemberConnection')
export class MemberConnection extends Connection(MemberType) {}

export const INVITATION_STATUSES = ['PENDING', 'EXPIRED', 'ACCEPTED', 'REVOKED'] as const;
export const InvitationStatusEnum = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, s])) as {
  [K in (typeof INVITATION_STATUSES)[number]]: K;
};
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType('Invitation', { description: 'An invitation to join this company; the person accepts it through its link' })
export class InvitationType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => [ID]) regionIds!: string[];
  @Field(() => [ID], { description: 'The projects the member is limited to (a project scope)' }) projectIds!: string[];
  @Field() expiresAt!: Date;
  @Field({ description: 'When the current link was issued' }) sentAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
  invitedByUserId!: string | null;
  acceptedUserId!: string | null;
}

@ObjectType('InvitationConnection')
export class InvitationConnection extends Connection(InvitationType) {}

@ObjectType('InvitationLink', { description: 'An invitation and its link, shown once: send the link to the person' })
export class InvitationLinkPayload {
  @Field(() => InvitationType) invitation!: InvitationType;
  @Field({ description: 'Path of the accept page with the one-time secret, e.g. /invitations/<token>' }) acceptPath!: string;
}

@ObjectType('MemberImportReport', {
  description: '批量邀请: what the workbook holds, and after a write the new invitations with their links',
})
export class MemberImportReportType {
  @Field() written!: boolean;
  @Field(() => Int) rows!: number;
  @Field(() => Int, { description: 'Invitations created (dry run: to create)' }) created!: number;
  @Field(() => [ImportRowErrorType]) errors!: ImportRowErrorType[];
  @Field(() => [InvitationLinkPayload], { description: 'The new invitations and their links, shown once (empty on a dry run)' })
  invitations!: InvitationLinkPayload[];
}

@ObjectType('InvitationPreview', { description: 'What the accept page shows to whoever holds the link' })
export class InvitationPreviewType {
  @Field() companyName!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field() expiresAt!: Date;
}

@ObjectType('TemporaryPassword', { description: 'Shown once to the admin; it must be changed at the next sign-in and expires' })
export class TemporaryPasswordPayload {
  @Field() temporaryPassword!: string;
  @Field() expiresAt!: Date;
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
  recordEntity!: string | null;
  recordId!: string | null;
}

@ObjectType('AuditChange', { description: 'One changed field; ids of records come with their names in fromRefs/toRefs' })
export class AuditChangeType {
  @Field() field!: string;
  @Field(() => GraphQLJSON, { nullable: true }) from!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) to!: unknown;
  @Field(() => String, { nullable: true, description: 'The kind of record the values name (Project, User, …), if any' })
  refKind!: string | null;
  @Field(() => [RecordRefType], { nullable: true }) fromRefs!: RecordRefType[] | null;
  @Field(() => [RecordRefType], { nullable: true }) toRefs!: RecordRefType[] | null;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntryType) {}

@ObjectType('LevelWeights', { description: '检查层级权重: weights of the inspection levels in the evaluation (percent, summing to 100)' })
export class LevelWeightsType {
  @Field(() => Int, { description: '项目自查' }) selfCheck!: number;
  @Field(() => Int, { description: '区域巡查' }) regional!: number;
  @Field(() => Int, { description: '公司抽查' }) company!: number;
}

@ObjectType('CompanySettings', { description: '公司设置: choices the company makes for itself (edited by admins and the Quality Center)' })
export class CompanySettingsType {
  @Field(() => ID, {
    nullable: true,
    description: '默认整改负责人: owns a rectification whose project has no active manager (null: the person who found it)',
  })
  rectificationFallbackOwnerUserId!: string | null;

  @Field(() => Int, { description: 'How many hours before its window opens a planned inspection may be started (0: not before)' })
  earlyStartHours!: number;

  @Field(() => Int, {
    description: '自查虚高阈值: a project whose self-checks average more than this many points above its independent checks is flagged',
  })
  inflationThreshold!: number;

  @Field(() => String, { nullable: true, description: '简称' })
  shortName!: string | null;

  @Field(() => String, { nullable: true, description: 'The logo as a data:image URL (null: none)' })
  logo!: string | null;

  @Field({ description: 'Default time zone (IANA)' })
  timeZone!: string;

  @Field({ description: 'Default language (zh-CN, en-US)' })
  language!: string;

  @Field(() => [Int], { description: '工作日: ISO weekdays, 1 = Monday … 7 = Sunday' })
  workingDays!: number[];

  @Field(() => ID, { nullable: true, description: '默认节假日表' })
  defaultHolidayListId!: string | null;

  @Field(() => String, { nullable: true, description: "The starter pack applied to the company ('standard', 'empty'); null until one is" })
  starterPack!: string | null;

  @Field(() => Date, { nullable: true })
  starterPackAppliedAt!: Date | null;

  @Field(() => Int, { description: '0 until first saved; send it back as expectedVersion' })
  version!: number;
}
