import { COST_RULES as R, type CostCategory, type CostDecision } from '@pinzhi/domain';
import { PageArgs, Range, TextLength, SortInput, type ListSort } from '@pinzhi/api-core';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CostCategoryEnum, CostDecisionEnum } from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthRule = { message: 'use a month like 2026-01', context: { reason: 'INVALID_FORMAT' } };

@InputType()
export class CostLineInput {
  @Field(() => CostCategoryEnum) category!: CostCategory;
  @Field(() => Int, { description: 'fen' }) @Range(R.amountFen.min, R.amountFen.max) budgetFen!: number;
  @Field(() => Int, { description: 'fen' }) @Range(R.amountFen.min, R.amountFen.max) actualFen!: number;
  @Field(() => Int, { nullable: true, description: 'The row version read (omit for a new row)' }) @IsOptional() expectedVersion?:
    number | null;
}

@InputType()
export class CostMonthInput {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field({ description: 'YYYY-MM' }) @Matches(MONTH_PATTERN, monthRule) month!: string;
  @Field(() => [CostLineInput])
  @ArrayMaxSize(8, { context: { reason: 'TOO_LONG', params: { max: 8 } } })
  @ValidateNested({ each: true })
  lines!: CostLineInput[];
}

@InputType()
export class CostReviewInput {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field() @Matches(MONTH_PATTERN, monthRule) month!: string;
  @Field(() => CostDecisionEnum) decision!: CostDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, R.note.max) note?: string | null;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const CostOverviewSortField = { NAME: 'name', CODE: 'code' } as const;
export const CostOverviewSort = SortInput('CostOverview', CostOverviewSortField);

@ArgsType()
export class CostOverviewArgs extends PageArgs {
  @Field({ description: 'YYYY-MM for a month, or YYYY for the whole year' })
  @Matches(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { message: 'use 2026 or 2026-01', context: { reason: 'INVALID_FORMAT' } })
  period!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) regionId?: string | null;

  @Field(() => CostOverviewSort, { nullable: true, description: 'Default: name ascending' })
  sort?: ListSort;
}
