import { Project, Region } from '@pinzhi/db';
import type { RequestContext } from '@pinzhi/api-core';
import { ProjectType, RegionType } from '@pinzhi/api-portfolio';
import { EVALUATION_READERS } from '@pinzhi/domain';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { EvaluationService } from './evaluation.service';
import {
  DailySummaryArgs,
  InspectionDailySummaryType,
  ProjectDaySummaryType,
  ProjectEvaluationArgs,
  ProjectEvaluationConnection,
  ProjectEvaluationType,
  RegionDaySummaryType,
  ScoreTrendArgs,
  ScoreTrendType,
} from './evaluation.types';
import { SummaryService } from './summary.service';

const READERS = [...EVALUATION_READERS];

/** Daily summaries, periodic evaluations and trends: read-only, for everyone but inspectors. */
@Resolver()
export class EvaluationResolver {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly summary: SummaryService,
  ) {}

  @Authorized(READERS)
  @Query(() => InspectionDailySummaryType, {
    description: '每日品质汇总 for one local day: per project, per region and tenant totals. Regional operations see their regions',
  })
  inspectionDailySummary(@Args() args: DailySummaryArgs, @Ctx() ctx: RequestContext) {
    return this.summary.dailySummary(ctx, args);
  }

  @Authorized(READERS)
  @Query(() => ProjectEvaluationConnection, {
    description:
      '品质评价: each project’s score over a month or quarter, ranked within the tenant and its region, with the change since the previous period',
  })
  projectEvaluation(@Args() args: ProjectEvaluationArgs, @Ctx() ctx: RequestContext) {
    return this.evaluation.projectEvaluation(ctx, args);
  }

  @Authorized(READERS)
  @Query(() => ScoreTrendType, {
    description: 'Score per month or quarter over the last N periods: of a project, a region, or everything the caller sees',
  })
  projectScoreTrend(@Args() args: ScoreTrendArgs, @Ctx() ctx: RequestContext) {
    return this.evaluation.scoreTrend(ctx, args);
  }
}

@Resolver(() => ProjectEvaluationType)
export class ProjectEvaluationResolver {
  @FieldResolver(() => ProjectType)
  project(@Root() r: ProjectEvaluationType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(r.projectId);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() r: ProjectEvaluationType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(r.regionId);
  }
}

@Resolver(() => ProjectDaySummaryType)
export class ProjectDaySummaryResolver {
  @FieldResolver(() => ProjectType)
  project(@Root() r: ProjectDaySummaryType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(r.projectId);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() r: ProjectDaySummaryType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(r.regionId);
  }
}

@Resolver(() => RegionDaySummaryType)
export class RegionDaySummaryResolver {
  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() r: RegionDaySummaryType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(r.regionId);
  }
}

@Resolver(() => ScoreTrendType)
export class ScoreTrendResolver {
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() r: ScoreTrendType, @Ctx() ctx: RequestContext) {
    return r.projectId ? ctx.loaders.entity(Project).load(r.projectId) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() r: ScoreTrendType, @Ctx() ctx: RequestContext) {
    return r.regionId ? ctx.loaders.entity(Region).load(r.regionId) : null;
  }
}
