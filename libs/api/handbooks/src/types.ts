import {
  APPLICABILITY_CONDITIONS,
  CHECK_METHODS,
  STANDARD_CATEGORIES,
  type ApplicabilityCondition,
  type CheckMethod,
  type PropertyFormat,
  type StandardCategory,
} from '@pinzhi/domain';
import { Connection, DiffPartType, ImportRowErrorType } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const StandardCategoryEnum = asEnum(STANDARD_CATEGORIES);
registerEnumType(StandardCategoryEnum, { name: 'StandardCategory' });
export const CheckMethodEnum = asEnum(CHECK_METHODS);
registerEnumType(CheckMethodEnum, { name: 'CheckMethod' });
export const ApplicabilityConditionEnum = asEnum(APPLICABILITY_CONDITIONS);
registerEnumType(ApplicabilityConditionEnum, { name: 'ApplicabilityCondition' });
export const HandbookKindEnum = asEnum(['TEMPLATE', 'PROJECT'] as const);
registerEnumType(HandbookKindEnum, { name: 'HandbookKind', description: 'A format template, or one project’s handbook' });
export const HandbookVersionStatusEnum = asEnum(['DRAFT', 'PUBLISHED'] as const);
registerEnumType(HandbookVersionStatusEnum, { name: 'HandbookVersionStatus' });

@ObjectType('Standard', { description: '标准: one checkable requirement in the library' })
export class StandardType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => StandardCategoryEnum) category!: StandardCategory;
  @Field() titleZh!: string;
  @Field(() => String, { nullable: true }) titleEn!: string | null;
  @Field() requirementZh!: string;
  @Field(() => String, { nullable: true }) requirementEn!: string | null;
  @Field(() => [String], { description: 'Position codes; empty = every position' }) positions!: string[];
  @Field(() => ApplicabilityConditionEnum, { nullable: true }) condition!: ApplicabilityCondition | null;
  @Field(() => CheckMethodEnum) checkMethod!: CheckMethod;
  @Field(() => Int) defaultScore!: number;
  @Field() critical!: boolean;
  @Field(() => [PropertyFormatEnum], { description: 'Property formats; empty = every format' }) formats!: PropertyFormat[];
  @Field(() => String, { nullable: true, description: 'Where the rule comes from' }) source!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('StandardConnection')
export class StandardConnection extends Connection(StandardType) {}

@ObjectType('HandbookItem', { description: 'A library standard in a section, with optional overrides' })
export class HandbookItemType {
  @Field(() => ID, { description: 'Stable across versions' }) key!: string;
  standardId!: string;
  @Field(() => String, { nullable: true, description: 'Override of the requirement text; null = the standard’s' }) requirementZh!:
    string | null;
  @Field(() => String, { nullable: true }) requirementEn!: string | null;
  @Field(() => Int, { nullable: true, description: 'Override of the score; null = the standard’s default' }) score!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ServiceFrequency', { description: '服务频次: what is done, where, how often' })
export class ServiceFrequencyType {
  @Field(() => ID) key!: string;
  @Field() taskZh!: string;
  @Field(() => String, { nullable: true }) taskEn!: string | null;
  @Field(() => ID, { nullable: true, description: 'A zone of the project’s property' }) zoneId!: string | null;
  @Field(() => String, { nullable: true, description: 'Where, in words' }) locationZh!: string | null;
  @Field({ description: 'RFC 5545 RRULE in the project’s local time, e.g. FREQ=DAILY;BYHOUR=8,12,16' }) rrule!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('HandbookSection')
export class HandbookSectionType {
  @Field(() => ID) key!: string;
  @Field() titleZh!: string;
  @Field(() => String, { nullable: true }) titleEn!: string | null;
  @Field(() => [HandbookItemType]) items!: HandbookItemType[];
  @Field(() => [ServiceFrequencyType]) frequencies!: ServiceFrequencyType[];
}

@ObjectType('HandbookVersion')
export class HandbookVersionType {
  @Field(() => ID) id!: string;
  handbookId!: string;
  @Field(() => Int, { nullable: true, description: 'null while a draft' }) number!: number | null;
  @Field(() => HandbookVersionStatusEnum) status!: 'DRAFT' | 'PUBLISHED';
  @Field(() => String, { nullable: true }) changeSummary!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  publishedByUserId!: string | null;
  basedOnVersionId!: string | null;
  @Field(() => Int, { description: 'Send back as expectedVersion when saving or publishing a draft' }) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('Handbook')
export class HandbookType {
  @Field(() => ID) id!: string;
  @Field(() => HandbookKindEnum) kind!: 'TEMPLATE' | 'PROJECT';
  @Field() name!: string;
  @Field(() => PropertyFormatEnum) format!: PropertyFormat;
  projectId!: string | null;
  sourceTemplateId!: string | null;
  draftVersionId!: string | null;
  latestVersionId!: string | null;
  @Field(() => Int, { description: 'Number of the latest published version; 0 = never published' }) latestNumber!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('HandbookConnection')
export class HandbookConnection extends Connection(HandbookType) {}

@ObjectType('HandbookDiff')
export class HandbookDiffType {
  @Field(() => Int) fromNumber!: number;
  @Field(() => Int, { nullable: true, description: 'null = the draft' }) toNumber!: number | null;
  @Field(() => DiffPartType) sections!: DiffPartType;
  @Field(() => DiffPartType, { description: 'Standards placed in sections' }) items!: DiffPartType;
  @Field(() => DiffPartType) frequencies!: DiffPartType;
}

@ObjectType('StandardImportReport')
export class StandardImportReportType {
  @Field({ description: 'True when the import was written (no errors and not a dry run)' }) written!: boolean;
  @Field(() => Int) rows!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => [ImportRowErrorType]) errors!: ImportRowErrorType[];
}
