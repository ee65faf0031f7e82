import type { RequestContext } from '@pinzhi/api-core';
import type { CompanyDeletion, CompanyExport } from '@pinzhi/db';
import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { LifecycleService } from './lifecycle.service';
import { CompanyDeletionType, CompanyExportType, CompanyLifecycleSettingsType, RequestCompanyDeletionArgs } from './types';

const ADMINS = ['TENANT_ADMIN'] as const;

export const exportDownloadPath = (id: string) => `/downloads/company-exports/${id}.zip`;

const nameOf = async (ctx: RequestContext, userId: string | null) =>
  userId ? ((await ctx.loaders.users.load(userId))?.displayName ?? null) : null;

/** 设置 → 数据导出与注销: the company admin's export list and requests, and the deletion banner for everyone. */
@Resolver(() => CompanyExportType)
export class CompanyExportResolver {
  constructor(private readonly service: LifecycleService) {}

  @Authorized([...ADMINS])
  @Query(() => [CompanyExportType], { description: 'The company’s latest exports (20), newest first' })
  companyExports(@Ctx() ctx: RequestContext) {
    return this.service.listExports(ctx.user.tenantId);
  }

  @Authorized([...ADMINS])
  @Mutation(() => CompanyExportType, {
    description: 'Asks for a full export (a background job writes the archive); returns the one already waiting if any',
  })
  requestCompanyExport(@Ctx() ctx: RequestContext) {
    return this.service.requestExport(ctx.user.tenantId, ctx.user.userId, ctx.now());
  }

  @FieldResolver(() => String, { nullable: true })
  requestedByName(@Root() row: CompanyExport, @Ctx() ctx: RequestContext) {
    return nameOf(ctx, row.requestedByUserId);
  }

  @FieldResolver(() => Number, { nullable: true })
  tableCount(@Root() row: CompanyExport) {
    return row.counts ? Object.keys(row.counts).length : null;
  }

  @FieldResolver(() => Number, { nullable: true })
  rowCount(@Root() row: CompanyExport) {
    return row.counts ? Object.values(row.counts).reduce((a, b) => a + b, 0) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  downloadPath(@Root() row: CompanyExport) {
    return row.state === 'READY' ? exportDownloadPath(row.id) : null;
  }
}

@Resolver(() => CompanyDeletionType)
export class CompanyDeletionResolver {
  constructor(private readonly service: LifecycleService) {}

  @Authorized()
  @Query(() => CompanyDeletionType, { nullable: true, description: 'The company’s scheduled deletion, if any (every member sees it)' })
  companyDeletion(@Ctx() ctx: RequestContext) {
    return this.service.scheduledDeletion(ctx.user.tenantId);
  }

  @Authorized([...ADMINS])
  @Query(() => CompanyLifecycleSettingsType)
  companyLifecycleSettings(@Ctx() ctx: RequestContext): CompanyLifecycleSettingsType {
    return {
      exportRetentionDays: this.service.exportRetentionDays,
      deletionGraceDays: this.service.graceDays,
      companyCode: ctx.user.tenantSlug,
    };
  }

  @Authorized([...ADMINS])
  @Mutation(() => CompanyDeletionType, {
    description: 'Schedules the deletion of the whole company after the grace period; confirmCode is the company code',
  })
  requestCompanyDeletion(@Args() args: RequestCompanyDeletionArgs, @Ctx() ctx: RequestContext) {
    return this.service.requestDeletion(ctx.user.tenantId, ctx.user.userId, args.confirmCode, ctx.now());
  }

  @Authorized([...ADMINS])
  @Mutation(() => CompanyDeletionType, { description: 'Cancels the scheduled deletion (during the grace period)' })
  cancelCompanyDeletion(@Ctx() ctx: RequestContext) {
    return this.service.cancelDeletion(ctx.user.tenantId, ctx.user.userId, ctx.now());
  }

  @FieldResolver(() => String, { nullable: true })
  requestedByName(@Root() row: CompanyDeletion, @Ctx() ctx: RequestContext) {
    return nameOf(ctx, row.requestedByUserId);
  }
}
