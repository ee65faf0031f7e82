import type { InspectionLevel, PropertyFormat } from '@pinzhi/domain';
import { InspectionLevelEnum } from '@pinzhi/api-core';
import { Connection } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const TemplateVersionStatusEnum = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
registerEnumType(TemplateVersionStatusEnum, { name: 'InspectionTemplateVersionStatus' });

@ObjectType('ChecklistDeduction', { description: 'A deduction the inspector can pick for an item' })
export class ChecklistDeductionType {
  @Field(() => ID) key!: string;
  @Field() labelZh!: string;
  @Field(() => String, { nullable: true }) labelEn!: string | null;
  @Field(() => Int) points!: number;
}

@ObjectType('ChecklistItem', { description: '检查项: a checkpoint drawn from a library standard' })
export class ChecklistItemType {
  @Field(() => ID, { description: 'Stable across versions' }) key!: string;
  standardId!: string;
  @Field(() => String, { nullable: true, description: 'Wording for the inspector; null = the standard’s requirement' }) checkpointZh!:
    string | null;
  @Field(() => String, { nullable: true }) checkpointEn!: string | null;
  @Field(() => Int, { description: 'Points the item is worth (its weight)' }) points!: number;
  @Field(() => [ChecklistDeductionType]) deductions!: ChecklistDeductionType[];
  @Field({ description: 'May be marked not applicable (it then leaves the denominator)' }) naAllowed!: boolean;
  @Field({ description: 'Failing it fails the inspection, whatever the score' }) critical!: boolean;
}

@ObjectType('ChecklistSection')
export class ChecklistSectionType {
  @Field(() => ID) key!: string;
  @Field() titleZh!: string;
  @Field(() => String, { nullable: true }) titleEn!: string | null;
  @Field(() => [ChecklistItemType]) items!: ChecklistItemType[];
}

@ObjectType('ChecklistTotals')
export class ChecklistTotalsType {
  @Field(() => Int) items!: number;
  @Field(() => Int) points!: number;
  @Field(() => Int) critical!: number;
}

@ObjectType('InspectionTemplateVersion', { description: 'A draft, or a frozen published version of a checklist' })
export class InspectionTemplateVersionType {
  @Field(() => ID) id!: string;
  templateId!: string;
  @Field(() => Int, { nullable: true, description: 'null while a draft' }) number!: number | null;
  @Field(() => TemplateVersionStatusEnum) status!: 'DRAFT' | 'PUBLISHED';
  @Field(() => String, { nullable: true }) changeSummary!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  publishedByUserId!: string | null;
  @Field(() => Int, { description: 'Percentage of the applicable points needed to pass' }) passScore!: number;
  @Field(() => Int, { description: 'Send back as expectedVersion when saving or publishing a draft' }) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('InspectionTemplate', { description: '检查表: an inspection checklist for a property format (or all formats)' })
export class InspectionTemplateType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => PropertyFormatEnum, { nullable: true, description: 'null = every format' }) format!: PropertyFormat | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => InspectionLevelEnum, { description: '检查层级 of its inspections' }) level!: InspectionLevel;
  draftVersionId!: string | null;
  latestVersionId!: string | null;
  @Field(() => Int, { description: 'Latest published version number; 0 = never published' }) latestNumber!: number;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('InspectionTemplateConnection')
export class InspectionTemplateConnection extends Connection(InspectionTemplateType) {}
