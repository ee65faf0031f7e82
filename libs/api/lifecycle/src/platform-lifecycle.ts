import { NotFoundError, type RequestContext } from '@pinzhi/api-core';
import type { CompanyDeletion, CompanyExport, TenantDb } from '@pinzhi/db';
import type { AuditChanges, AuditEntity, AuditOperation } from '@pinzhi/domain';
import { IsString, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { LifecycleService, PlatformActor } from './lifecycle.service';
import { CompanyDeletionStateEnum, CompanyExportStateEnum } from './types';
import type { CompanyDeletionState, CompanyExportState } from '@pinzhi/db';

/**
 * What the operator's console needs of the platform (PlatformDb, given by the composition root):
 * a company by id, its tenant-scoped database, and the platform trail — in one transaction.
 */
export interface PlatformConsoleLike {
  findTenantById(id: string): Promise<{ id: string; slug: string; name: string } | null>;
  tenant(tenantId: string, actorUserId: string | null): TenantDb;
  operatorTrail(operatorId: string | null): {
    audit(entry: {
      operation: AuditOperation;
      entity: AuditEntity;
      entityId: string;
      companyId?: string | null;
      changes: AuditChanges;
    }): Promise<void>;
  };
  transaction<R>(fn: (p: PlatformConsoleLike) => Promise<R>): Promise<R>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The platform operator's download of a company's export (its session only; a member is FORBIDDEN). */
export const platformExportDownloadPath = (companyId: string, id: string) => `/downloads/platform/companies/${companyId}/exports/${id}.zip`;

@ObjectType('PlatformCompanyExport', {
  description: 'A company export as the platform operator sees it: its state, size and counts, never its contents',
})
export class PlatformCompanyExportType {
  @Field(() => ID) id!: string;
  @Field(() => CompanyExportStateEnum) state!: CompanyExportState;
  @Field({ description: 'When it was requested' }) createdAt!: Date;
  @Field({ description: 'Requested by the platform operator (false: by the company’s admin)' }) requestedByPlatform!: boolean;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the archive is removed (READY)' }) expiresAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Archive size in bytes' }) bytes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Tables in the archive' }) tableCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rows in the archive, all tables' }) rowCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Stored files in the archive' }) fileCount!: number | null;
  @Field(() => String, { nullable: true, description: 'Why it failed' }) error!: string | null;
  @Field(() => String, { nullable: true, description: 'GET with the platform operator’s bearer token (READY only)' })
  downloadPath!: string | null;
}

@ObjectType('PlatformCompanyDeletion', { description: 'A company’s scheduled (or cancelled) deletion as the platform operator sees it' })
export class PlatformCompanyDeletionType {
  @Field(() => ID) id!: string;
  @Field(() => CompanyDeletionStateEnum) state!: CompanyDeletionState;
  @Field({ description: 'When it was requested' }) createdAt!: Date;
  @Field({ description: 'Requested by the platform operator (false: by the company’s admin)' }) requestedByPlatform!: boolean;
  @Field({ description: 'When the deletion runs' }) dueAt!: Date;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
}

@ObjectType('PlatformCompanyLifecycle', {
  description: 'A company’s exports and scheduled deletion (数据导出与注销) for the platform operator',
})
export class PlatformCompanyLifecycleType {
  @Field(() => ID) companyId!: string;
  @Field({ description: 'The code to type to confirm a deletion' }) companyCode!: string;
  @Field(() => [PlatformCompanyExportType], { description: 'The latest exports (20), newest first' }) exports!: PlatformCompanyExportType[];
  @Field(() => PlatformCompanyDeletionType, { nullable: true, description: 'The scheduled deletion, if any' })
  deletion!: PlatformCompanyDeletionType | null;
  @Field(() => Int) exportRetentionDays!: number;
  @Field(() => Int) deletionGraceDays!: number;
}

@ArgsType()
export class PlatformCompanyDeletionArgs {
  @Field(() => ID) companyId!: string;
  @Field({ description: 'The company code (as at sign-in), typed to confirm' })
  @IsString()
  @MaxLength(40, { context: { reason: 'TOO_LONG', params: { max: 40 } } })
  confirmCode!: string;
}

const exportView = (companyId: string, row: CompanyExport): PlatformCompanyExportType => ({
  id: row.id,
  state: row.state,
  createdAt: row.createdAt,
  requestedByPlatform: row.requestedByUserId === null,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
  expiresAt: row.expiresAt,
  bytes: row.bytes,
  tableCount: row.counts ? Object.keys(row.counts).length : null,
  rowCount: row.counts ? Object.values(row.counts).reduce((a, b) => a + b, 0) : null,
  fileCount: row.fileCount,
  error: row.error,
  downloadPath: row.state === 'READY' ? platformExportDownloadPath(companyId, row.id) : null,
});

const deletionView = (row: CompanyDeletion): PlatformCompanyDeletionType => ({
  id: row.id,
  state: row.state,
  createdAt: row.createdAt,
  requestedByPlatform: row.requestedByUserId === null,
  dueAt: row.dueAt,
  cancelledAt: row.cancelledAt,
});

/**
 * The platform operator's side of leaving (issue 27): for any company, the same export job and
 * archive and the same deletion as its admin's, through the same LifecycleService methods with
 * the company's tenant-scoped database (no cross-tenant read). Each action is written to the
 * platform trail in the same transaction as the company's change, and the company's own trail
 * names the operator. The operator sees export metadata only (state, sizes, counts, dates).
 */
export class PlatformLifecycle {
  constructor(
    private readonly service: LifecycleService,
    private readonly platform: PlatformConsoleLike,
  ) {}

  /** The company, or NOT_FOUND (a malformed id too); FORBIDDEN/UNAUTHENTICATED first for anyone but an operator. */
  private async company(ctx: RequestContext, companyId: string) {
    const operator = ctx.platformOperator;
    const tenant = UUID.test(companyId) ? await this.platform.findTenantById(companyId) : null;
    if (!tenant) throw new NotFoundError('Company', companyId);
    return { operator, tenant };
  }

  /** Runs `fn` in one platform transaction with the company's scoped database as the operator. */
  private act<R>(ctx: RequestContext, tenantId: string, fn: (actor: PlatformActor, p: PlatformConsoleLike) => Promise<R>): Promise<R> {
    const operator = ctx.platformOperator;
    return this.platform.transaction((p) => fn({ db: p.tenant(tenantId, null), operatorEmail: operator.email }, p));
  }

  async overview(ctx: RequestContext, companyId: string): Promise<PlatformCompanyLifecycleType> {
    const { tenant } = await this.company(ctx, companyId);
    const [exports, deletion] = await Promise.all([this.service.listExports(tenant.id), this.service.scheduledDeletion(tenant.id)]);
    return {
      companyId: tenant.id,
      companyCode: tenant.slug,
      exports: exports.map((row) => exportView(tenant.id, row)),
      deletion: deletion ? deletionView(deletion) : null,
      exportRetentionDays: this.service.exportRetentionDays,
      deletionGraceDays: this.service.graceDays,
    };
  }

  async requestExport(ctx: RequestContext, companyId: string): Promise<PlatformCompanyExportType> {
    const { operator, tenant } = await this.company(ctx, companyId);
    const row = await this.act(ctx, tenant.id, async (actor, p) => {
      const row = await this.service.requestExport(tenant.id, null, ctx.now(), actor);
      await p.operatorTrail(operator.operatorId).audit({
        operation: 'requestCompanyExport',
        entity: 'CompanyExport',
        entityId: row.id,
        companyId: tenant.id,
        changes: { state: { from: null, to: row.state } },
      });
      return row;
    });
    return exportView(tenant.id, row);
  }

  async requestDeletion(ctx: RequestContext, companyId: string, confirmCode: string): Promise<PlatformCompanyDeletionType> {
    const { operator, tenant } = await this.company(ctx, companyId);
    const row = await this.act(ctx, tenant.id, async (actor, p) => {
      const row = await this.service.requestDeletion(tenant.id, null, confirmCode, ctx.now(), actor);
      await p.operatorTrail(operator.operatorId).audit({
        operation: 'requestCompanyDeletion',
        entity: 'CompanyDeletion',
        entityId: row.id,
        companyId: tenant.id,
        changes: { state: { from: null, to: 'SCHEDULED' }, deletionDueAt: { from: null, to: row.dueAt.toISOString() } },
      });
      return row;
    });
    return deletionView(row);
  }

  async cancelDeletion(ctx: RequestContext, companyId: string): Promise<PlatformCompanyDeletionType> {
    const { operator, tenant } = await this.company(ctx, companyId);
    const row = await this.act(ctx, tenant.id, async (actor, p) => {
      const row = await this.service.cancelDeletion(tenant.id, null, ctx.now(), actor);
      await p.operatorTrail(operator.operatorId).audit({
        operation: 'cancelCompanyDeletion',
        entity: 'CompanyDeletion',
        entityId: row.id,
        companyId: tenant.id,
        changes: { state: { from: 'SCHEDULED', to: 'CANCELLED' } },
      });
      return row;
    });
    return deletionView(row);
  }

  /**
   * The archive for the operator's download route, as a stream (audited in both trails). Not in
   * one transaction: a retried transaction would open the file again.
   */
  async download(ctx: RequestContext, companyId: string, exportId: string) {
    const { operator, tenant } = await this.company(ctx, companyId);
    const actor = { db: this.platform.tenant(tenant.id, null), operatorEmail: operator.email };
    const file = await this.service.downloadExport(tenant.id, null, exportId, ctx.now(), actor);
    try {
      await this.platform.operatorTrail(operator.operatorId).audit({
        operation: 'downloadCompanyExport',
        entity: 'CompanyExport',
        entityId: exportId,
        companyId: tenant.id,
        changes: { bytes: { from: null, to: file.bytes } },
      });
    } catch (e) {
      (file.stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw e;
    }
    return file;
  }
}

/**
 * The platform operator's 数据导出与注销 for any company. No `@Authorized` (that means "a company
 * member"): every operation requires `ctx.platformOperator` (FORBIDDEN for a member).
 */
@Resolver()
export class PlatformLifecycleResolver {
  constructor(private readonly lifecycle: PlatformLifecycle) {}

  @Query(() => PlatformCompanyLifecycleType, {
    description: 'A company’s exports (metadata only) and scheduled deletion (platform operators only)',
  })
  platformCompanyLifecycle(@Arg('companyId', () => ID) companyId: string, @Ctx() ctx: RequestContext) {
    return this.lifecycle.overview(ctx, companyId);
  }

  @Mutation(() => PlatformCompanyExportType, {
    description: 'Asks for a full export of a company, the same job and archive as its admin’s (platform operators only)',
  })
  platformRequestCompanyExport(@Arg('companyId', () => ID) companyId: string, @Ctx() ctx: RequestContext) {
    return this.lifecycle.requestExport(ctx, companyId);
  }

  @Mutation(() => PlatformCompanyDeletionType, {
    description: 'Schedules a company’s deletion after the grace period; confirmCode is its code (platform operators only)',
  })
  platformRequestCompanyDeletion(@Args() args: PlatformCompanyDeletionArgs, @Ctx() ctx: RequestContext) {
    return this.lifecycle.requestDeletion(ctx, args.companyId, args.confirmCode);
  }

  @Mutation(() => PlatformCompanyDeletionType, { description: 'Cancels a company’s scheduled deletion (platform operators only)' })
  platformCancelCompanyDeletion(@Arg('companyId', () => ID) companyId: string, @Ctx() ctx: RequestContext) {
    return this.lifecycle.cancelDeletion(ctx, companyId);
  }
}
