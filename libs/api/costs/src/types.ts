import { COST_CATEGORIES, COST_DECISIONS, type CostCategory, type CostDecision } from '@pinzhi/domain';
import { Connection, ImportRowErrorType } from '@pinzhi/api-core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CostCategoryEnum = asEnum(COST_CATEGORIES);
registerEnumType(CostCategoryEnum, {
  name: 'CostCategory',
  description: 'Operating cost categories (labels zh/en in @pinzhi/domain COST_CATEGORY_LABELS)',
});
export const CostDecisionEnum = asEnum(COST_DECISIONS);
registerEnumType(CostDecisionEnum, {
  name: 'CostDecision',
  description: 'A reviewer’s decision on a flagged month: accepted as is, budget adjusted, or action required',
});

@ObjectType('CostSettings')
export class CostSettingsType {
  @Field(() => Int, { description: 'Flag when actual exceeds budget by more than this many basis points of it (500 = 5%)' })
  thresholdBp!: number;
  @Field(() => Int, { description: '0 until the tenant changes the default' }) version!: number;
}

@ObjectType('CostEntry', { description: 'Budget and actual of one category in one month (amounts in fen)' })
export class CostEntryType {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => CostCategoryEnum) category!: CostCategory;
  @Field(() => Int) budgetFen!: number;
  @Field(() => Int) actualFen!: number;
  @Field(() => Int) version!: number;
}

@ObjectType('CostVariance', { description: 'Budget, actual and variance (actual − budget) in fen; percent of the budget' })
export class CostVarianceType {
  @Field(() => Int) budgetFen!: number;
  @Field(() => Int) actualFen!: number;
  @Field(() => Int) varianceFen!: number;
  @Field(() => Float, { nullable: true, description: 'null without a budget' }) variancePercent!: number | null;
  @Field({ description: 'Over the tenant threshold' }) flagged!: boolean;
}

@ObjectType('CostCategoryVariance')
export class CostCategoryVarianceType extends CostVarianceType {
  @Field(() => CostCategoryEnum) category!: CostCategory;
}

@ObjectType('CostMonth', { description: 'One month of a project: total and per category' })
export class CostMonthType {
  @Field() month!: string;
  @Field(() => CostVarianceType) total!: CostVarianceType;
  @Field(() => [CostCategoryVarianceType]) categories!: CostCategoryVarianceType[];
  @Field(() => CostReviewType, { nullable: true, description: 'The latest review decision of this month' })
  lastReview!: CostReviewType | null;
}

@ObjectType('CostReview', { description: 'A review decision on a project’s month (history: all of them are kept)' })
export class CostReviewType {
  @Field(() => ID) id!: string;
  projectId!: string;
  reviewerUserId!: string;
  @Field() month!: string;
  @Field(() => CostDecisionEnum) decision!: CostDecision;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) budgetFen!: number;
  @Field(() => Int) actualFen!: number;
  @Field(() => Int) thresholdBp!: number;
  @Field() createdAt!: Date;
}

@ObjectType('ProjectCosts', { description: 'A project’s operating costs in a year' })
export class ProjectCostsType {
  projectId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) thresholdBp!: number;
  @Field(() => [CostEntryType]) entries!: CostEntryType[];
  @Field(() => [CostMonthType], { description: 'All twelve months' }) months!: CostMonthType[];
  @Field(() => CostVarianceType) total!: CostVarianceType;
}

@ObjectType('CostOverviewRow', { description: 'A project’s totals for the period' })
export class CostOverviewRowType extends CostVarianceType {
  @Field(() => ID) id!: string;
  projectId!: string;
  period!: string;
}

@ObjectType('CostOverviewConnection')
export class CostOverviewConnection extends Connection(CostOverviewRowType) {}

@ObjectType('CostImportReport')
export class CostImportReportType {
  @Field() written!: boolean;
  @Field(() => Int) rows!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => [ImportRowErrorType]) errors!: ImportRowErrorType[];
}
