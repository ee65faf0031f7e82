import { AuditEntry, Membership } from '@pinzhi/db';
import type { PlatformDb } from '@pinzhi/db/platform';
import { NotFoundError, pageComplexity, RecordRefType, type RequestContext } from '@pinzhi/api-core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthService } from './auth.service';
import { AuditService } from './audit.service';
import { AuditArgs, InviteMemberInput, MembersArgs, RecordHistoryArgs, UpdateMemberInput } from './inputs';
import { MembersService } from './members.service';
import {
  AuditChangeType,
  AuditEntryConnection,
  AuditEntryType,
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
