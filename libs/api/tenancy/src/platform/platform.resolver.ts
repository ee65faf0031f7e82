import type { RequestContext } from '@pinzhi/api-core';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthService } from '../auth.service';
import { PlatformService } from './platform.service';
import {
  CompaniesArgs,
  CompanyAdminInput,
  CompanyAdminInvitationPayload,
  CompanyCreatedPayload,
  CompanyLimitsInput,
  CompanyList,
  CompanyType,
  CreateCompanyInput,
  PlatformAuditArgs,
  PlatformAuditEntryList,
  PlatformLoginPayload,
  PlatformOperatorType,
} from './platform.types';

/**
 * The platform operator's API (平台管理). Sign-in is public; everything else needs a platform
 * session (`ctx.platformOperator`: UNAUTHENTICATED without one, FORBIDDEN for a company member).
 * No `@Authorized` here: that means "a company member" (the auth checker reads `ctx.user`).
 */
@Resolver()
export class PlatformResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly service: PlatformService,
  ) {}

  @Mutation(() => PlatformLoginPayload, { description: "A platform operator's sign-in (not a company member's)" })
  async platformLogin(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PlatformLoginPayload> {
    const r = await this.auth.platformLogin({ email, password, ip: ctx.ip });
    ctx.log.info({ operatorId: r.operator.id }, 'platform operator signed in');
    return r;
  }

  @Mutation(() => Boolean, { description: "Ends the platform operator's session" })
  async platformLogout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.platformLogout(ctx.platformOperator);
    return true;
  }

  @Query(() => PlatformOperatorType, { description: 'The signed-in platform operator' })
  platformMe(@Ctx() ctx: RequestContext): Promise<PlatformOperatorType> {
    return this.service.me(ctx);
  }

  @Query(() => CompanyList, { description: 'Companies by code with their usage (platform operators only)' })
  platformCompanies(@Args() args: CompaniesArgs, @Ctx() ctx: RequestContext): Promise<CompanyList> {
    return this.service.companies(ctx, args);
  }

  @Query(() => CompanyType, { description: 'One company with its usage (platform operators only)' })
  platformCompany(@Arg('companyId', () => ID) companyId: string, @Ctx() ctx: RequestContext): Promise<CompanyType> {
    return this.service.company(ctx, companyId);
  }

  @Query(() => PlatformAuditEntryList, { description: "The platform's audit trail, newest first (platform operators only)" })
  platformAuditEntries(@Args() args: PlatformAuditArgs, @Ctx() ctx: RequestContext): Promise<PlatformAuditEntryList> {
    return this.service.auditEntries(ctx, args) as Promise<PlatformAuditEntryList>;
  }

  @Mutation(() => CompanyCreatedPayload, { description: 'A new company with an invitation for its first admin (platform operators only)' })
  createCompany(@Arg('input') input: CreateCompanyInput, @Ctx() ctx: RequestContext): Promise<CompanyCreatedPayload> {
    return this.service.createCompany(ctx, input);
  }

  @Mutation(() => CompanyAdminInvitationPayload, { description: 'Another admin invitation for a company (platform operators only)' })
  inviteCompanyAdmin(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('input') input: CompanyAdminInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CompanyAdminInvitationPayload> {
    return this.service.inviteAdmin(ctx, companyId, input);
  }

  @Mutation(() => CompanyType, {
    description: "Suspends a company: its members' sessions end at once and sign-in is refused (platform operators only)",
  })
  suspendCompany(@Arg('companyId', () => ID) companyId: string, @Ctx() ctx: RequestContext): Promise<CompanyType> {
    return this.service.suspend(ctx, companyId);
  }

  @Mutation(() => CompanyType, { description: 'Lets a suspended company sign in again (platform operators only)' })
  reactivateCompany(@Arg('companyId', () => ID) companyId: string, @Ctx() ctx: RequestContext): Promise<CompanyType> {
    return this.service.reactivate(ctx, companyId);
  }

  @Mutation(() => CompanyType, { description: "Sets a company's limits; a null limit is no limit (platform operators only)" })
  setCompanyLimits(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('input') input: CompanyLimitsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CompanyType> {
    return this.service.setLimits(ctx, companyId, input);
  }
}
