import { REGULATION_RULES, type PropertyFormat, type RegulationScope, type Role } from '@pinzhi/domain';
import { IsIsoDate, PageArgs, TextLength, SortInput, type ListSort, LocalDate } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { RoleEnum } from '@pinzhi/api-tenancy';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { RegulationScopeEnum } from './types';

const R = REGULATION_RULES;
const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;

@InputType()
export class RegulationInput {
  @Field()
  @TextLength(R.title.min, R.title.max)
  title!: string;

  @Field(() => RegulationScopeEnum)
  scope!: RegulationScope;

  @Field(() => PropertyFormatEnum, { nullable: true, description: 'Required when scope = FORMAT' })
  @IsOptional()
  format?: PropertyFormat | null;

  @Field(() => ID, { description: 'The member who owns (maintains) it' })
  @IsUUID('all', uuid)
  ownerUserId!: string;

  @Field(() => LocalDate, { description: 'YYYY-MM-DD' })
  @IsIsoDate()
  effectiveDate!: string;

  @Field(() => [RoleEnum])
  @ArrayMinSize(1, { context: { reason: 'REQUIRED' } })
  appliesToRoles!: Role[];
}

@InputType()
export class RegulationSectionInput {
  @Field(() => ID, { nullable: true, description: 'Keep the key of an existing section so diffs see it as changed; omit for a new one' })
  @IsOptional()
  @IsUUID('all', uuid)
  key?: string | null;

  @Field()
  @TextLength(R.sectionTitle.min, R.sectionTitle.max)
  title!: string;

  @Field()
  @TextLength(R.sectionBody.min, R.sectionBody.max)
  body!: string;
}

@InputType()
export class RegulationDraftInput {
  @Field(() => [RegulationSectionInput])
  @ArrayMaxSize(R.sections.max, { context: { reason: 'TOO_LONG', params: { max: R.sections.max } } })
  @ValidateNested()
  sections!: RegulationSectionInput[];
}

@InputType()
export class RegulationFilter {
  @Field(() => RegulationScopeEnum, { nullable: true })
  scope?: RegulationScope;

  @Field(() => PropertyFormatEnum, { nullable: true })
  format?: PropertyFormat;

  @Field(() => String, { nullable: true, description: 'Part of the title' })
  @IsOptional()
  @TextLength(0, 100)
  search?: string | null;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const RegulationSortField = { TITLE: 'title', EFFECTIVE_DATE: 'effectiveDate', UPDATED_AT: 'updatedAt' } as const;
export const RegulationSort = SortInput('Regulation', RegulationSortField);

@ArgsType()
export class RegulationsArgs extends PageArgs {
  @Field(() => RegulationFilter, { nullable: true })
  @ValidateNested()
  filter?: RegulationFilter;

  @Field(() => RegulationSort, { nullable: true, description: 'Default: title ascending' })
  sort?: ListSort;
}
