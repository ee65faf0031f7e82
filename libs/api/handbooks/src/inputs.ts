import { RULES, type ApplicabilityCondition, type CheckMethod, type PropertyFormat, type StandardCategory } from '@pinzhi/domain';
import { Code, PageArgs, Range, TextLength, SortInput, type ListSort } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ApplicabilityConditionEnum, CheckMethodEnum, HandbookKindEnum, StandardCategoryEnum } from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const tooMany = (max: number) => ({ context: { reason: 'TOO_LONG', params: { max } } });

export const LIMITS = {
  title: 100,
  titleEn: 200,
  requirement: 2000,
  note: 500,
  sections: 50,
  itemsPerSection: 200,
  frequenciesPerSection: 100,
  score: { min: 0, max: 100 },
  changeSummary: 500,
} as const;

@InputType()
export class StandardInput {
  @Field()
  @Code()
  code!: string;

  @Field(() => StandardCategoryEnum)
  category!: StandardCategory;

  @Field()
  @TextLength(1, LIMITS.title)
  titleZh!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, LIMITS.titleEn)
  titleEn?: string | null;

  @Field()
  @TextLength(1, LIMITS.requirement)
  requirementZh!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, LIMITS.requirement)
  requirementEn?: string | null;

  @Field(() => [String], { nullable: true, description: 'Position codes; empty = every position' })
  @IsOptional()
  @ArrayMaxSize(30, tooMany(30))
  @MaxLength(40, { each: true })
  positions?: string[] | null;

  @Field(() => ApplicabilityConditionEnum, { nullable: true })
  @IsOptional()
  condition?: ApplicabilityCondition | null;

  @Field(() => CheckMethodEnum)
  checkMethod!: CheckMethod;

  @Field(() => Int)
  @Range(LIMITS.score.min, LIMITS.score.max)
  defaultScore!: number;

  @Field({ nullable: true })
  @IsOptional()
  critical?: boolean;

  @Field(() => [PropertyFormatEnum], { nullable: true, description: 'Empty = every format' })
  @IsOptional()
  formats?: PropertyFormat[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 200)
  source?: string | null;
}

@InputType()
export class StandardFilter {
  @Field({ nullable: true, description: 'Matches code, title or requirement' })
  @IsOptional()
  @MaxLength(RULES.searchText.max, tooMany(RULES.searchText.max))
  search?: string;

  @Field(() => StandardCategoryEnum, { nullable: true })
  category?: StandardCategory;

  @Field({ nullable: true, description: 'Only standards that apply to this position (or to all)' })
  @IsOptional()
  @MaxLength(40)
  position?: string;

  @Field(() => PropertyFormatEnum, { nullable: true, description: 'Only standards meant for this format (or for all)' })
  format?: PropertyFormat;

  @Field({ nullable: true })
  critical?: boolean;

  @Field({ nullable: true })
  includeArchived?: boolean;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const StandardSortField = { CODE: 'code', DEFAULT_SCORE: 'defaultScore', UPDATED_AT: 'updatedAt' } as const;
export const StandardSort = SortInput('Standard', StandardSortField);

@ArgsType()
export class StandardsArgs extends PageArgs {
  @Field(() => StandardFilter, { nullable: true })
  @ValidateNested()
  filter?: StandardFilter;

  @Field(() => StandardSort, { nullable: true, description: 'Default: code ascending' })
  sort?: ListSort;
}

@InputType()
export class HandbookItemInput {
  @Field(() => ID, { nullable: true, description: 'Keep the key of an existing item; omit for a new one' })
  @IsOptional()
  @IsUUID('all', uuid)
  key?: string | null;

  @Field(() => ID)
  @IsUUID('all', uuid)
  standardId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, LIMITS.requirement)
  requirementZh?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, LIMITS.requirement)
  requirementEn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Range(LIMITS.score.min, LIMITS.score.max)
  score?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, LIMITS.note)
  note?: string | null;
}

@InputType()
export class ServiceFrequencyInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  key?: string | null;

  @Field()
  @TextLength(1, LIMITS.title)
  taskZh!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, LIMITS.titleEn)
  taskEn?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  zoneId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, LIMITS.title)
  locationZh?: string | null;

  @Field()
  @TextLength(1, 500)
  rrule!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, LIMITS.note)
  note?: string | null;
}

@InputType()
export class HandbookSectionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  key?: string | null;

  @Field()
  @TextLength(1, LIMITS.title)
  titleZh!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, LIMITS.titleEn)
  titleEn?: string | null;

  @Field(() => [HandbookItemInput])
  @ArrayMaxSize(LIMITS.itemsPerSection, tooMany(LIMITS.itemsPerSection))
  @ValidateNested({ each: true })
  items!: HandbookItemInput[];

  @Field(() => [ServiceFrequencyInput])
  @ArrayMaxSize(LIMITS.frequenciesPerSection, tooMany(LIMITS.frequenciesPerSection))
  @ValidateNested({ each: true })
  frequencies!: ServiceFrequencyInput[];
}

@InputType({ description: 'The whole draft: sections in order, each with its items and frequencies in order' })
export class HandbookDraftInput {
  @Field(() => [HandbookSectionInput])
  @ArrayMinSize(1, { context: { reason: 'REQUIRED' } })
  @ArrayMaxSize(LIMITS.sections, tooMany(LIMITS.sections))
  @ValidateNested({ each: true })
  sections!: HandbookSectionInput[];
}

@InputType()
export class HandbookTemplateInput {
  @Field()
  @TextLength(1, LIMITS.title)
  name!: string;

  @Field(() => PropertyFormatEnum)
  format!: PropertyFormat;
}

@InputType()
export class HandbookFilter {
  @Field(() => HandbookKindEnum, { nullable: true })
  kind?: 'TEMPLATE' | 'PROJECT';

  @Field(() => PropertyFormatEnum, { nullable: true })
  format?: PropertyFormat;

  @Field({ nullable: true, description: 'Matches the name' })
  @IsOptional()
  @MaxLength(RULES.searchText.max, tooMany(RULES.searchText.max))
  search?: string;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const HandbookSortField = { NAME: 'name', UPDATED_AT: 'updatedAt' } as const;
export const HandbookSort = SortInput('Handbook', HandbookSortField);

@ArgsType()
export class HandbooksArgs extends PageArgs {
  @Field(() => HandbookFilter, { nullable: true })
  @ValidateNested()
  filter?: HandbookFilter;

  @Field(() => HandbookSort, { nullable: true, description: 'Default: name ascending' })
  sort?: ListSort;
}
