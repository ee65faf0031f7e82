import { CHECKLIST_RULES, RULES, type InspectionLevel, type PropertyFormat } from '@pinzhi/domain';
import { InspectionLevelEnum } from '@pinzhi/api-core';
import { PageArgs, Range, TextLength, SortInput, type ListSort } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const tooMany = (max: number) => ({ context: { reason: 'TOO_LONG', params: { max } } });
const R = CHECKLIST_RULES;

@InputType()
export class ChecklistDeductionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  key?: string | null;

  @Field()
  @TextLength(R.deductionLabel.min, R.deductionLabel.max)
  labelZh!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 200)
  labelEn?: string | null;

  @Field(() => Int)
  @Range(R.points.min, R.points.max)
  points!: number;
}

@InputType()
export class ChecklistItemInput {
  @Field(() => ID, { nullable: true, description: 'Keep the key of an existing item; omit for a new one' })
  @IsOptional()
  @IsUUID('all', uuid)
  key?: string | null;

  @Field(() => ID)
  @IsUUID('all', uuid)
  standardId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, R.checkpoint.max)
  checkpointZh?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 1000)
  checkpointEn?: string | null;

  @Field(() => Int)
  @Range(R.points.min, R.points.max)
  points!: number;

  @Field(() => [ChecklistDeductionInput], { defaultValue: [] })
  @ArrayMaxSize(R.deductionsPerItem.max, tooMany(R.deductionsPerItem.max))
  @ValidateNested({ each: true })
  deductions!: ChecklistDeductionInput[];

  @Field({ defaultValue: false })
  naAllowed!: boolean;

  @Field({ defaultValue: false })
  critical!: boolean;
}

@InputType()
export class ChecklistSectionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  key?: string | null;

  @Field()
  @TextLength(R.title.min, R.title.max)
  titleZh!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 200)
  titleEn?: string | null;

  @Field(() => [ChecklistItemInput])
  @ArrayMaxSize(R.itemsPerSection.max, tooMany(R.itemsPerSection.max))
  @ValidateNested({ each: true })
  items!: ChecklistItemInput[];
}

@InputType({ description: 'The whole checklist draft: pass mark and sections with their items, in order' })
export class ChecklistDraftInput {
  @Field(() => Int)
  @Range(R.passScore.min, R.passScore.max)
  passScore!: number;

  @Field(() => [ChecklistSectionInput])
  @ArrayMinSize(1, { context: { reason: 'REQUIRED' } })
  @ArrayMaxSize(R.sections.max, tooMany(R.sections.max))
  @ValidateNested({ each: true })
  sections!: ChecklistSectionInput[];
}

@InputType()
export class InspectionTemplateInput {
  @Field()
  @TextLength(R.title.min, R.title.max)
  name!: string;

  @Field(() => PropertyFormatEnum, { nullable: true, description: 'null = every format' })
  @IsOptional()
  format?: PropertyFormat | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 500)
  description?: string | null;

  @Field(() => InspectionLevelEnum, {
    nullable: true,
    description: '检查层级 of its inspections (new: COMPANY; on update, null keeps it); its frequencies start from it',
  })
  @IsOptional()
  level?: InspectionLevel | null;
}

@InputType()
export class InspectionTemplateFilter {
  @Field({ nullable: true, description: 'Matches the name' })
  @IsOptional()
  @MaxLength(RULES.searchText.max, tooMany(RULES.searchText.max))
  search?: string;

  @Field(() => PropertyFormatEnum, { nullable: true, description: 'Templates for this format and for every format' })
  format?: PropertyFormat;

  @Field({ nullable: true, description: 'Only templates with a published version (what can be scheduled)' })
  publishedOnly?: boolean;

  @Field({ nullable: true })
  includeArchived?: boolean;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const InspectionTemplateSortField = { NAME: 'name', UPDATED_AT: 'updatedAt' } as const;
export const InspectionTemplateSort = SortInput('InspectionTemplate', InspectionTemplateSortField);

@ArgsType()
export class InspectionTemplatesArgs extends PageArgs {
  @Field(() => InspectionTemplateFilter, { nullable: true })
  @ValidateNested()
  filter?: InspectionTemplateFilter;

  @Field(() => InspectionTemplateSort, { nullable: true, description: 'Default: name ascending' })
  sort?: ListSort;
}
