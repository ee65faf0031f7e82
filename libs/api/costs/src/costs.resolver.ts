import { CostReview, Project, type CostEntry } from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import { COST_EDITORS, COST_READERS, COST_REVIEWERS } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CostsService } from './costs.service';
import { importCosts } from './excel';
import { CostMonthInput, CostOverviewArgs, CostReviewInput } from './inputs';
import {
  CostEntryType,
  CostImportReportType,
  CostOverviewConnection,
  CostOverviewRowType,
  CostReviewType,
  CostSettingsType,
  ProjectCostsType,
} from './types';

const READERS = [...COST_READERS];

@Resolver(() => ProjectCostsType)
export class CostsResolver {
  constructor(private readonly service: CostsService) {}

  @Authorized(READERS)
  @Query(() => CostSettingsType, { description: 'The tenant’s cost review threshold' })
  costSettings(@Ctx() ctx: RequestContext) {
    return this.service.settings(ctx);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => CostSettingsType)
  updateCostSettings(
    @Arg('thresholdBp', () => Int) thresholdBp: number,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.updateSettings(ctx, thresholdBp, expectedVersion);
  }

  @Authorized(READERS)
  @Query(() => ProjectCostsType, {
    description: 'A project’s budget and actual by month and category for a year (REGIONAL_OPS: their regions)',
  })
  projectCosts(@Arg('projectId', () => ID) projectId: string, @Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return this.service.projectCosts(ctx, projectId, year);
  }

  @Authorized(READERS)
  @Query(() => CostOverviewConnection, {
    complexity: pageComplexity,
    description: 'Projects by name with budget, actual, variance and the flag for a month (YYYY-MM) or year (YYYY)',
  })
  costOverview(@Args() args: CostOverviewArgs, @Ctx() ctx: RequestContext) {
    return this.service.overview(ctx, args);
  }

  @Authorized(READERS)
  @Query(() => [CostReviewType], { description: 'Review decisions of a project, latest first (at most 200)' })
  costReviews(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: RequestContext) {
    return this.service.reviews(ctx, projectId);
  }

  @Authorized([...COST_EDITORS])
  @Mutation(() => [CostEntryType], { description: 'Saves a project’s month: one line per category (amounts in fen)' })
  saveCostMonth(@Arg('input') input: CostMonthInput, @Ctx() ctx: RequestContext): Promise<CostEntry[]> {
    return this.service.saveMonth(ctx, input);
  }

  @Authorized([...COST_EDITORS])
  @Mutation(() => CostImportReportType, {
    description: '.xlsx as base64: 项目编码, 月份, 成本类别, 预算（元）, 实际（元）; writes nothing when any row is wrong',
  })
  importCosts(@Arg('fileBase64') fileBase64: string, @Arg('dryRun', { defaultValue: false }) dryRun: boolean, @Ctx() ctx: RequestContext) {
    return importCosts(ctx, this.service, fileBase64, dryRun);
  }

  @Authorized([...COST_REVIEWERS])
  @Mutation(() => CostReviewType, { description: 'Records a decision on a month over the threshold (a note is required unless ACCEPTED)' })
  reviewCosts(@Arg('input') input: CostReviewInput, @Ctx() ctx: RequestContext) {
    return this.service.review(ctx, input);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() r: { projectId: string }, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(r.projectId);
  }
}

@Resolver(() => CostOverviewRowType)
export class CostOverviewRowResolver {
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() r: { projectId: string }, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(r.projectId);
  }

  @FieldResolver(() => CostReviewType, { nullable: true, description: 'The latest review decision for this month (null for a year)' })
  lastReview(@Root() r: { projectId: string; period: string }, @Ctx() ctx: RequestContext) {
    if (r.period.length !== 7) return null;
    return ctx.loaders
      .custom<string, CostReview | null>('lastCostReview', async (db, keys) => {
        const pairs = keys.map((k) => k.split('|'));
        const rows = await db
          .repo(CostReview)
          .query('r')
          .andWhere('r.projectId IN (:...ids)', { ids: [...new Set(pairs.map((p) => p[0]))] })
          .andWhere('r.month IN (:...months)', { months: [...new Set(pairs.map((p) => p[1]))] })
          .orderBy('r.createdAt', 'ASC')
          .getMany();
        return pairs.map(([p, m]) => rows.filter((x) => x.projectId === p && x.month === m).pop() ?? null);
      })
      .load(`${r.projectId}|${r.period}`);
  }
}

@Resolver(() => CostReviewType)
export class CostReviewResolver {
  @FieldResolver(() => UserType, { nullable: true })
  reviewer(@Root() r: CostReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(r.reviewerUserId);
  }
}
