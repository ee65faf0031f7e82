import {
  COMPLAINT_RULES,
  RULES,
  type ComplaintCategory,
  type ComplaintDepartment,
  type ComplaintSeverity,
  type ComplaintSource,
  type ComplaintState,
} from '@pinzhi/domain';
import { IsIsoDate, PageArgs, TextLength, SortInput, type ListSort, LocalDate } from '@pinzhi/api-core';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ComplaintCategoryEnum, ComplaintDepartmentEnum, ComplaintSeverityEnum, ComplaintSourceEnum, ComplaintStateEnum } from './types';

const C = COMPLAINT_RULES;
const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const tooMany = (max: number) => ({ context: { reason: 'TOO_LONG', params: { max } } });

@InputType()
export class ComplaintInput {
  @Field(() => ID, { nullable: true, description: 'Required unless raised from a finding or feedback (then it is theirs)' })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Raise it from this inspection finding (a failed item result)' })
  @IsOptional()
  @IsUUID('all', uuid)
  itemResultId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Raise it from this customer-feedback item' })
  @IsOptional()
  @IsUUID('all', uuid)
  feedbackId?: string | null;

  @Field(() => ComplaintSourceEnum)
  source!: ComplaintSource;

  @Field(() => ComplaintCategoryEnum)
  category!: ComplaintCategory;

  @Field(() => ComplaintSeverityEnum)
  severity!: ComplaintSeverity;

  @Field()
  @TextLength(C.title.min, C.title.max)
  title!: string;

  @Field()
  @TextLength(C.description.min, C.description.max)
  description!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Photos the caller uploaded (POST /uploads)' })
  @ArrayMaxSize(C.evidence.max, tooMany(C.evidence.max))
  @IsUUID('all', { each: true, ...uuid })
  evidenceIds!: string[];
}

@InputType()
export class ComplaintUpdateInput {
  @Field(() => ComplaintSourceEnum)
  source!: ComplaintSource;

  @Field(() => ComplaintCategoryEnum)
  category!: ComplaintCategory;

  @Field(() => ComplaintSeverityEnum, { description: 'Changing it moves the due date (from the opening)' })
  severity!: ComplaintSeverity;

  @Field()
  @TextLength(C.title.min, C.title.max)
  title!: string;

  @Field()
  @TextLength(C.description.min, C.description.max)
  description!: string;
}

@InputType()
export class ComplaintDiscussionInput {
  @Field(() => LocalDate, { description: 'YYYY-MM-DD' })
  @IsIsoDate()
  heldOn!: string;

  @Field(() => [ComplaintDepartmentEnum])
  @ArrayMinSize(C.departments.min, { context: { reason: 'REQUIRED' } })
  @ArrayMaxSize(C.departments.max, tooMany(C.departments.max))
  departments!: ComplaintDepartment[];

  @Field()
  @TextLength(C.minutes.min, C.minutes.max)
  minutes!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, C.decisions.max)
  decisions?: string | null;
}

@InputType()
export class ComplaintActionInput {
  @Field()
  @TextLength(C.actionDescription.min, C.actionDescription.max)
  description!: string;

  @Field(() => ID)
  @IsUUID('all', uuid)
  ownerUserId!: string;

  @Field(() => LocalDate, { description: 'YYYY-MM-DD' })
  @IsIsoDate()
  deadline!: string;
}

@InputType()
export class ComplaintFilter {
  @Field(() => [ComplaintStateEnum], { nullable: true })
  states?: ComplaintState[];

  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ComplaintCategoryEnum, { nullable: true })
  category?: ComplaintCategory;

  @Field(() => ComplaintSeverityEnum, { nullable: true })
  severity?: ComplaintSeverity;

  @Field(() => ComplaintSourceEnum, { nullable: true })
  source?: ComplaintSource;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue (unresolved past due); false: only not overdue' })
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: "The title, or the project's code or name, contains this" })
  @IsOptional()
  @TextLength(0, RULES.searchText.max)
  search?: string;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const ComplaintSortField = { OPENED_AT: 'openedAt', DUE_AT: 'dueAt', UPDATED_AT: 'updatedAt' } as const;
export const ComplaintSort = SortInput('Complaint', ComplaintSortField);

@ArgsType()
export class ComplaintsArgs extends PageArgs {
  @Field(() => ComplaintFilter, { nullable: true })
  @ValidateNested()
  filter?: ComplaintFilter;

  @Field(() => ComplaintSort, { nullable: true, description: 'Default: opened at descending' })
  sort?: ListSort;
}

@ArgsType()
export class EscalatedComplaintsArgs extends PageArgs {}
