import { AuditEntry, Membership, paginate } from '@pinzhi/db';
import type { PlatformDb } from '@pinzhi/db/platform';
import {
  checkPageArgs,
  cursorError,
  NotFoundError,
  pageComplexity,
  toConnection,
  type CompanySettingsValues,
  type RequestContext,
} from '@pinzhi/api-core';
import { COMPANY_SETTINGS_EDITORS } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthService } from './auth.service';
import { AuditArgs, CompanySettingsInput, InviteMemberInput, MembersArgs, UpdateMemberInput } from './inputs';
import { CompanySettingsService } from './company-settings.service';
import { MembersService } from './members.service';
import {
  AuditEntryConnection,
  AuditEntryType,
  CompanySettingsType,
  InviteMemberPayload,
  LoginPayload,
  MeType,
  MemberConnection,
  MemberType,
  UserType,
} from './types';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly platform: PlatformDb,
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
    return {
      token: r.token,
      expiresAt: r.expiresAt,
      me: {
        user: r.user,
        tenant: r.tenant,
        role: r.membership.role,
        regionIds: r.membership.regionIds,
        tenants: r.others.map((o) => ({ slug: o.tenant.slug, name: o.tenant.name, role: o.membership.role })),
      },
    };
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
    const { userId, tenantId, role, regionIds } = ctx.user;
    const [user, tenant, memberships] = await Promise.all([
      this.platform.findUserById(userId),
      this.platform.findTenantById(tenantId),
      this.platform.membershipsOf(userId),
    ]);
    if (!user || !tenant) throw new NotFoundError('User', userId);
    return {
      user,
      tenant,
      role,
      regionIds,
      tenants: memberships
        .filter((m) => m.tenant.id !== tenantId)
        .map((m) => ({ slug: m.tenant.slug, name: m.tenant.name, role: m.membership.role })),
    };
  }
}

@Resolver(() => MemberType)
export class MembersResolver {
  constructor(private readonly service: MembersService) {}

  @Authorized(['TENANT_ADMIN'])
  @Query(() => MemberConnection, { complexity: pageComplexity })
  members(@Args() args: MembersArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => InviteMemberPayload, { description: 'Adds a person (new or existing account) to this company' })
  inviteMember(@Arg('input') input: InviteMemberInput, @Ctx() ctx: RequestContext) {
    return this.service.invite(ctx, input);
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

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Authorized(['TENANT_ADMIN'])
  @Query(() => AuditEntryConnection, { complexity: pageComplexity, description: 'Newest first' })
  async auditEntries(@Args() args: AuditArgs, @Ctx() ctx: RequestContext) {
    checkPageArgs(args);
    const qb = ctx.db.repo(AuditEntry).query('a');
    if (args.filter?.entity) qb.andWhere('a.entity = :entity', { entity: args.filter.entity });
    if (args.filter?.userId) qb.andWhere('a.userId = :userId', { userId: args.filter.userId });
    const page = await paginate(qb, { alias: 'a', sortProperty: 'createdAt', direction: 'DESC', defaultSize: 20, ...args }).catch(
      cursorError,
    );
    return toConnection(page);
  }

  @FieldResolver(() => UserType, { nullable: true })
  user(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext) {
    return entry.userId ? ctx.loaders.users.load(entry.userId) : null;
  }
}

@Resolver(() => CompanySettingsType)
export class CompanySettingsResolver {
  constructor(private readonly service: CompanySettingsService) {}

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

  @FieldResolver(() => UserType, { nullable: true, description: 'The fallback owner (null when unset or no longer a member)' })
  async rectificationFallbackOwner(@Root() s: CompanySettingsValues, @Ctx() ctx: RequestContext) {
    return s.rectificationFallbackOwnerUserId ? ctx.loaders.users.load(s.rectificationFallbackOwnerUserId) : null;
  }
}
