import { EVALUATION_PERIOD_KINDS, EVALUATION_RULES, RULES, type EvaluationPeriodKind } from '@pinzhi/domain';
import { IsIsoDate, PageInfo, SortInput, type ListSort, LocalDate } from '@pinzhi/api-core';
import { IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const EvaluationPeriodKindEnum = asEnum(EVALUATION_PERIOD_KINDS);
registerEnumType(EvaluationPeriodKindEnum, {
  name: 'EvaluationPeriodKind',
  description: 'Calendar month or quarter, by the local day of submission',
});

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;

// --- Inputs

@InputType('EvaluationPeriodInput', { description: 'A calendar month (index 1–12) or quarter (index 1–4)' })
export class EvaluationPeriodInput {
  @Field(() => EvaluationPeriodKindEnum)
  kind!: EvaluationPeriodKind;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Month 1–12 or quarter 1–4' })
  index!: number;
}

/** Columns of the ranking (computed in memory, so no index is involved); unscored projects stay last. */
export const EvaluationSortField = {
  RANK: 'tenantRank',
  REGION_RANK: 'regionRank',
  SCORE: 'score',
  CHANGE: 'change',
  INSPECTIONS: 'inspections',
  FAILED_INSPECTIONS: 'failedInspections',
  CRITICAL_FAILURES: 'criticalFailures',
  CODE: 'code',
} as const;
export const EvaluationSort = SortInput('Evaluation', EvaluationSortField);

@ArgsType()
export class ProjectEvaluationArgs {
  @Field(() => EvaluationPeriodInput)
  period!: EvaluationPeriodInput;

  @Field(() => ID, { nullable: true, description: 'Only this region’s projects (tenant ranks stay tenant-wide)' })
  @IsOptional()
  @IsUUID('all', uuid)
  regionId?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size, default 50, at most ${RULES.pageSize.max}` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => EvaluationSort, { nullable: true, description: 'Default: the ranking (tenant rank, unscored last, then project code)' })
  sort?: ListSort | null;
}

@ArgsType()
export class DailySummaryArgs {
  @Field(() => LocalDate, { description: 'The local day, YYYY-MM-DD' })
  @IsIsoDate()
  date!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string | null;

  @Field(() => Int, { nullable: true, description: `Project rows per page, default 50, at most ${RULES.pageSize.max}` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class ScoreTrendArgs {
  @Field(() => EvaluationPeriodKindEnum)
  kind!: EvaluationPeriodKind;

  @Field(() => Int, {
    defaultValue: EVALUATION_RULES.trendPeriods.default,
    description: `How many periods, ${EVALUATION_RULES.trendPeriods.min}–${EVALUATION_RULES.trendPeriods.max}`,
  })
  periods!: number;

  @Field(() => EvaluationPeriodInput, { nullable: true, description: 'The last period of the series; default: the current one' })
  until?: EvaluationPeriodInput | null;

  @Field(() => ID, { nullable: true, description: 'One project’s trend' })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One region’s trend (all its projects together)' })
  @IsOptional()
  @IsUUID('all', uuid)
  regionId?: string | null;
}

// --- Outputs

@ObjectType('EvaluationPeriod')
export class EvaluationPeriodType {
  @Field(() => EvaluationPeriodKindEnum) kind!: EvaluationPeriodKind;
  @Field(() => Int) year!: number;
  @Field(() => Int) index!: number;
  @Field({ description: '"2026-11" or "2026-Q4": a chart axis label' }) key!: string;
  @Field({ description: 'First local day, YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last local day (inclusive), YYYY-MM-DD' }) to!: string;
}

@ObjectType('ProjectEvaluation', { description: '品质评价: one project’s score over a period, with its ranks' })
export class ProjectEvaluationType {
  projectId!: string;
  regionId!: string;
  @Field(() => Float, {
    nullable: true,
    description:
      'SUM(earned points) / SUM(possible points) × 100 over every item result in the period; null when nothing was inspected (unranked)',
  })
  score!: number | null;
  @Field(() => Int) earnedPoints!: number;
  @Field(() => Int) possiblePoints!: number;
  @Field(() => Int, { description: 'Submitted inspections in the period' }) inspections!: number;
  @Field(() => Int, { description: 'Of which not passed' }) failedInspections!: number;
  @Field(() => Int, { description: 'Failed critical items in the period' }) criticalFailures!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Competition rank among the tenant’s scored projects (ties share a rank: 1, 1, 3); null when unscored',
  })
  tenantRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Competition rank within its region' }) regionRank!: number | null;
  @Field(() => Float, { nullable: true, description: 'Its score in the previous period' }) previousScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'score − previousScore (when both exist)' }) change!: number | null;
  @Field(() => Int, { description: 'Patrol points planned in the period (walked runs, and planned runs nobody walked in their window)' })
  patrolPointsPlanned!: number;
  @Field(() => Int, { description: 'Of which scanned (on time or late)' }) patrolPointsScanned!: number;
  @Field(() => Float, { nullable: true, description: 'Patrol coverage: scanned / planned × 100; null without patrols' })
  patrolCoverage!: number | null;
}

@ObjectType('ProjectEvaluationConnection')
export class ProjectEvaluationConnection {
  @Field(() => EvaluationPeriodType) period!: EvaluationPeriodType;
  @Field(() => EvaluationPeriodType) previous!: EvaluationPeriodType;
  @Field(() => [ProjectEvaluationType], { description: 'By tenant rank (unranked last), then project code' })
  nodes!: ProjectEvaluationType[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Projects listed: operating ones, and any other with results in the period' }) totalCount!: number;
  @Field(() => Int, { description: 'Of which scored (ranked)' }) rankedCount!: number;
  @Field(() => Int, { description: 'Scored projects of the whole tenant (what tenantRank is out of)' }) tenantRankedCount!: number;
}

@ObjectType('ScoreTrendPoint')
export class ScoreTrendPointType {
  @Field(() => EvaluationPeriodType) period!: EvaluationPeriodType;
  @Field(() => Float, { nullable: true, description: 'null when nothing was inspected in the period' }) score!: number | null;
  @Field(() => Int) earnedPoints!: number;
  @Field(() => Int) possiblePoints!: number;
  @Field(() => Int) inspections!: number;
  @Field(() => Int) projects!: number;
}

@ObjectType('ScoreTrend', { description: 'Score per period, oldest first; every period present (score null when empty)' })
export class ScoreTrendType {
  projectId!: string | null;
  regionId!: string | null;
  @Field(() => EvaluationPeriodKindEnum) kind!: EvaluationPeriodKind;
  @Field(() => Float, {
    nullable: true,
    description:
      "The pass score (percent) most of the series' inspections were judged against (their checklists'); null without inspections",
  })
  passMark!: number | null;
  @Field(() => [ScoreTrendPointType]) points!: ScoreTrendPointType[];
}

@ObjectType('DaySummaryCounts')
export class DaySummaryCountsType {
  @Field(() => Int, { description: 'Planned inspections due that day' }) due!: number;
  @Field(() => Int, { description: 'Done within their window' }) completed!: number;
  @Field(() => Int, { description: 'Done after their window' }) late!: number;
  @Field(() => Int, { description: 'Window closed, not done, late not allowed' }) missed!: number;
  @Field(() => Int, { description: 'Not done yet (scheduled, due, or overdue where late is allowed)' }) open!: number;
  @Field(() => Int, { description: 'Inspections submitted that day (planned and ad hoc)' }) inspections!: number;
  @Field(() => Float, { nullable: true, description: 'Mean score % of those inspections' }) averageScore!: number | null;
  @Field(() => Int, { description: 'Of which not passed' }) failedInspections!: number;
  @Field(() => Int, { description: 'Rectifications found by then and not verified by the end of that day (or now, for today)' })
  openRectifications!: number;
  @Field(() => Int, { description: 'Of which past their deadline at that moment' }) overdueRectifications!: number;
  @Field(() => Int, { description: 'Patrol runs walked that day (巡逻)' }) patrolRuns!: number;
  @Field(() => Int, { description: 'Patrol points planned: of the runs walked and of the planned runs nobody walked in their window' })
  patrolPointsPlanned!: number;
  @Field(() => Int, { description: 'Of which scanned (on time or late)' }) patrolPointsScanned!: number;
  @Field(() => Int, { description: 'Of which missed' }) patrolPointsMissed!: number;
  @Field(() => Int, { description: 'Failed quick checks at patrol points' }) patrolQuickCheckFailures!: number;
  scoreSum!: number;
}

@ObjectType('ProjectDaySummary')
export class ProjectDaySummaryType {
  projectId!: string;
  regionId!: string;
  @Field(() => DaySummaryCountsType) counts!: DaySummaryCountsType;
}

@ObjectType('RegionDaySummary')
export class RegionDaySummaryType {
  regionId!: string;
  @Field(() => DaySummaryCountsType) counts!: DaySummaryCountsType;
}

@ObjectType('InspectionDailySummary', { description: '每日品质汇总: one local day per project, per region and for the tenant' })
export class InspectionDailySummaryType {
  @Field() date!: string;
  @Field({ description: 'The moment open/overdue rectifications are counted at' }) asOf!: Date;
  @Field(() => [ProjectDaySummaryType], {
    description: 'Projects with anything that day (due, submitted or open rectifications), by region then code',
  })
  projects!: ProjectDaySummaryType[];
  @Field(() => PageInfo, { description: 'Paging of `projects`' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'All project rows (across pages)' }) projectCount!: number;
  @Field(() => [RegionDaySummaryType], { description: 'Totals per region (all pages)' }) regions!: RegionDaySummaryType[];
  @Field(() => DaySummaryCountsType, { description: 'Totals over what the caller sees' }) total!: DaySummaryCountsType;
}
