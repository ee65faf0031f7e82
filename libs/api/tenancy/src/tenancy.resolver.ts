import { AuditEntry, MemberInvitation, Membership } from '@pinzhi/db';
import type { PlatformDb } from '@pinzhi/db/platform';
import { NotFoundError, pageComplexity, RecordRefType, type CompanySettingsValues, type RequestContext } from '@pinzhi/api-core';
import { COMPANY_SETTINGS_EDITORS } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AccountService } from './account.service';
import { AuthService, type LoginResult } from './auth.service';
import { AuditService } from './audit.service';
import {
  AcceptInvitationInput,
  AuditArgs,
  ChangePasswordInput,
  CompanySettingsInput,
  InvitationsArgs,
  InviteMemberInput,
  MembersArgs,
  RecordHistoryArgs,
  UpdateMemberInput,
} from './inputs';
import { InvitationsService, invitationStatus } from './invitations.service';
import { CompanySettingsService } from './company-settings.service';
import { MembersService } from './members.service';
import { importMembers } from './member-import';
import {
  AuditChangeType,
  AuditEntryConnection,
  AuditEntryType,
  InvitationConnection,
  InvitationLinkPayload,
  InvitationPreviewType,
  InvitationStatusEnum,
  InvitationType,
  CompanySettingsType,
  LoginPayload,
  MeType,
  MemberConnection,
  MemberImportReportType,
  MemberType,
  TemporaryPasswordPayload,
  UserType,
  LevelWeightsType,
} from './types';

/** The answer of a sign-in (or an accepted invitation): the token and who is signed in where. */
export function loginPayload(r: LoginResult): LoginPayload {
  return {
    token: r.token,
    expiresAt: r.expiresAt,
    me: {
      user: { ...r.user, displayName: r.membership.displayName || r.user.displayName },
      tenant: r.tenant,
      role: r.membership.role,
      regionIds: r.membership.regionIds,
      projectIds: r.membership.projectIds ?? [],
      tenants: r.others.map((o) => ({ slug: o.tenant.slug, name: o.tenant.name, role: o.membership.role })),
      passwordChangeRequired: r.user.mustChangePassword,
    },
  };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly platform: PlatformDb,
    private readonly account: AccountService,
  ) {}

  @Mutation(() => LoginPayload, { description: 'Sign in; tenantSlug is needed only when the user belongs to several companies' })
  async login(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Arg('tenantSlug', () => String, { nullable: true }) tenantSlug: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    const r = await this.auth.login({ email, password, tenantSlug, ip: ctx.ip });
    ctx.log.info({ userId: r.user.id, tenantId: r.tenant.id }, 'signed in');
    return loginPayload(r);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Revokes the current session' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.logout(ctx.user);
    return true;
  }

  @Authorized()
  @Query(() => MeType)
  async me(@Ctx() ctx: RequestContext): Promise<MeType> {
    const { userId, tenantId, role, regionIds, projectIds, passwordChangeRequired } = ctx.user;
    const [user, tenant, memberships] = await Promise.all([
      ctx.loaders.users.load(userId),
      this.platform.findTenantById(tenantId),
      this.platform.membershipsOf(userId),
    ]);
    if (!user || !tenant) throw new NotFoundError('User', userId);
    return {
      user,
      tenant,
      role,
      regionIds,
      projectIds: projectIds ?? [],
      tenants: memberships
        .filter((m) => m.tenant.id !== tenantId)
        .map((m) => ({ slug: m.tenant.slug, name: m.tenant.name, role: m.membership.role })),
      passwordChangeRequired: !!passwordChangeRequired,
    };
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Changes the caller’s password (the current one is required); ends every other session of the person',
  })
  async changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.account.changePassword(ctx, input.currentPassword, input.newPassword);
  }
}

/** Joining a company by invitation: the public accept page's API (no session needed). */
@Resolver()
export class InvitationAcceptResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Query(() => InvitationPreviewType, {
    description: 'Public: the company, role and e-mail of an invitation link; rate-limited per address',
  })
  invitationPreview(@Arg('token') token: string, @Ctx() ctx: RequestContext) {
    return this.invitations.preview(ctx, token);
  }

  @Mutation(() => LoginPayload, {
    description:
      'Public: accepts an invitation as the signed-in person, by signing in (createAccount false), or by creating the account; returns a session in that company',
  })
  async acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    const r = await this.invitations.accept(ctx, {
      token: input.token,
      createAccount: input.createAccount,
      password: input.password ?? null,
      displayName: input.displayName ?? null,
    });
    ctx.log.info({ userId: r.user.id, tenantId: r.tenant.id }, 'invitation accepted');
    return loginPayload(r);
  }
}

@Resolver(() => MemberType)
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    private readonly invitationsService: InvitationsService,
    private readonly account: AccountService,
    private readonly platform: PlatformDb,
  ) {}

  @Authorized(['TENANT_ADMIN'])
  @Query(() => MemberConnection, { complexity: pageComplexity })
  members(@Args() args: MembersArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => InvitationLinkPayload, {
    description:
      'Invites a person by e-mail: the answer is the same whether or not the e-mail has an account; they join when they accept the link',
  })
  async inviteMember(@Arg('input') input: InviteMemberInput, @Ctx() ctx: RequestContext): Promise<InvitationLinkPayload> {
    const { invitation, token } = await this.invitationsService.invite(ctx, input);
    return { invitation, acceptPath: `/invitations/${token}` };
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => MemberImportReportType, {
    description:
      '.xlsx as base64 (批量邀请): 邮箱, 姓名, 角色 (+ 区域, 手机); each row one invitation as inviteMember makes it; ' +
      'writes nothing when any row is wrong; the answer lists the new invitations with their links',
  })
  importMembers(
    @Arg('fileBase64') fileBase64: string,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return importMembers(ctx, this.platform, this.invitationsService, fileBase64, dryRun);
  }

  @Authorized(['TENANT_ADMIN'])
  @Query(() => InvitationConnection, {
    complexity: pageComplexity,
    description: 'Invitations of this company, newest first (default: open ones)',
  })
  invitations(@Args() args: InvitationsArgs, @Ctx() ctx: RequestContext) {
    return this.invitationsService.list(ctx, args);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => InvitationLinkPayload, { description: 'A new link and expiry for an open invitation; the previous link stops working' })
  async resendInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<InvitationLinkPayload> {
    const { invitation, token } = await this.invitationsService.resend(ctx, id);
    return { invitation, acceptPath: `/invitations/${token}` };
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => InvitationType, { description: 'Withdraws an invitation; its link stops working' })
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.invitationsService.revoke(ctx, id);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => TemporaryPasswordPayload, {
    description:
      'Gives a member a temporary password (shown once) that must be changed at the next sign-in and expires; ends their sessions. Not for accounts that also belong to another company',
  })
  resetMemberPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.account.resetMemberPassword(ctx, id);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => MemberType)
  updateMember(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateMemberInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.update(ctx, id, input, expectedVersion);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => MemberType, { description: 'Stops the member from signing in; their open sessions stop working at once' })
  deactivateMember(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.setActive(ctx, id, false);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => MemberType)
  reactivateMember(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.setActive(ctx, id, true);
  }

  @FieldResolver(() => UserType)
  async user(@Root() member: Membership, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(member.userId);
  }
}

@Resolver(() => InvitationType)
export class InvitationResolver {
  @FieldResolver(() => InvitationStatusEnum)
  status(@Root() i: MemberInvitation, @Ctx() ctx: RequestContext) {
    return invitationStatus(i, ctx.now());
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Null when the platform invited' })
  invitedBy(@Root() i: MemberInvitation, @Ctx() ctx: RequestContext) {
    return i.invitedByUserId ? ctx.loaders.users.load(i.invitedByUserId) : null;
  }
}

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Authorized(['TENANT_ADMIN'])
  @Query(() => AuditEntryConnection, { complexity: pageComplexity, description: 'Newest first' })
  auditEntries(@Args() args: AuditArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => AuditEntryConnection, {
    complexity: pageComplexity,
    description: "One record's history (its own changes and its parts'), newest first; for whoever may read the record",
  })
  recordHistory(@Args() args: RecordHistoryArgs, @Ctx() ctx: RequestContext) {
    return this.service.history(ctx, args);
  }

  @FieldResolver(() => UserType, { nullable: true })
  user(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext) {
    return entry.userId ? ctx.loaders.users.load(entry.userId) : null;
  }

  @FieldResolver(() => RecordRefType, { description: 'The changed row, named' })
  subject(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext) {
    return this.service.ref(ctx, entry.entity, entry.entityId);
  }

  @FieldResolver(() => RecordRefType, { description: 'The main record whose history holds this change (the changed row or its owner)' })
  record(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext) {
    return this.service.ref(ctx, entry.recordEntity ?? entry.entity, entry.recordId ?? entry.entityId);
  }

  @FieldResolver(() => [AuditChangeType], { description: 'The changes field by field, with names for referenced records' })
  changeList(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext) {
    return this.service.changeList(ctx, entry);
  }
}

@Resolver(() => CompanySettingsType)
export class CompanySettingsResolver {
  constructor(
    private readonly service: CompanySettingsService,
    private readonly platform: PlatformDb,
  ) {}

  @FieldResolver(() => String, { description: "The company's name (the tenant's)" })
  async name(@Ctx() ctx: RequestContext) {
    return (await this.platform.findTenantById(ctx.user.tenantId))?.name ?? '';
  }

  @Authorized()
  @Query(() => CompanySettingsType, { description: '公司设置 (every member reads them: they explain what the app does)' })
  companySettings(@Ctx() ctx: RequestContext) {
    return this.service.get(ctx);
  }

  @Authorized([...COMPANY_SETTINGS_EDITORS])
  @Mutation(() => CompanySettingsType, { description: 'Changes the given settings (tenant admin, Quality Center)' })
  updateCompanySettings(
    @Arg('input') input: CompanySettingsInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.update(ctx, input, expectedVersion);
  }

  @FieldResolver(() => LevelWeightsType, { description: '检查层级权重 (the evaluation combines the levels with them)' })
  levelWeights(@Root() s: CompanySettingsValues): LevelWeightsType {
    return { selfCheck: s.selfCheckWeight, regional: s.regionalWeight, company: s.companyWeight };
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The fallback owner (null when unset or no longer a member)' })
  async rectificationFallbackOwner(@Root() s: CompanySettingsValues, @Ctx() ctx: RequestContext) {
    return s.rectificationFallbackOwnerUserId ? ctx.loaders.users.load(s.rectificationFallbackOwnerUserId) : null;
  }
}
