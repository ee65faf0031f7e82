import {
  ONBOARDING_RULES as R,
  type OnboardingDeliverable,
  type OnboardingPhase,
  type OnboardingStatus,
  type OnboardingTaskStatus,
  type PropertyFormat,
  type RiskLevel,
} from '@pinzhi/domain';
import { IsIsoDate, PageArgs, Range, TextLength, SortInput, type ListSort, LocalDate } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { ArrayMaxSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { OnboardingDeliverableEnum, OnboardingPhaseEnum, OnboardingStatusEnum, OnboardingTaskStatusEnum, RiskLevelEnum } from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const tooMany = (max: number) => ({ context: { reason: 'TOO_LONG', params: { max } } });

@InputType()
export class DepartmentInput {
  @Field() @TextLength(R.name.min, R.name.max) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(1, R.name.max) nameEn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(1, 30) code?: string | null;
  @Field(() => Int, { defaultValue: 0 }) @Range(0, 1000) position!: number;
  @Field(() => ID, {
    nullable: true,
    description: '部门负责人 (approves the approval steps naming this department’s head); omitted = unchanged',
  })
  @IsOptional()
  @IsUUID('all', uuid)
  headUserId?: string | null;
}

@InputType()
export class DutyInput {
  @Field(() => Int) @Range(1, 1000) position!: number;
  @Field() @TextLength(1, 500) titleZh!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(1, 500) titleEn?: string | null;
  @Field(() => ID) @IsUUID('all', uuid) ownerDepartmentId!: string;
  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(R.collaborators.max, tooMany(R.collaborators.max))
  @IsUUID('all', { each: true, ...uuid })
  collaboratorDepartmentIds!: string[];
}

@InputType()
export class OnboardingTemplateTaskInput {
  @Field(() => String, { nullable: true, description: 'Kept across edits; new tasks get one' }) @IsOptional() @TextLength(1, 40) key?:
    string | null;
  @Field(() => OnboardingPhaseEnum) phase!: OnboardingPhase;
  @Field() @TextLength(R.title.min, R.title.max) title!: string;
  @Field(() => ID) @IsUUID('all', uuid) ownerDepartmentId!: string;
  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(R.collaborators.max, tooMany(R.collaborators.max))
  @IsUUID('all', { each: true, ...uuid })
  collaboratorDepartmentIds!: string[];
  @Field(() => Int) @Range(R.dueOffsetDays.min, R.dueOffsetDays.max) dueOffsetDays!: number;
  @Field({ defaultValue: false }) required!: boolean;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(R.checklist.max, tooMany(R.checklist.max))
  @TextLength(1, R.title.max, { each: true })
  checklist!: string[];
  @Field(() => OnboardingDeliverableEnum, {
    nullable: true,
    description: 'A form the task delivers: a required task is not DONE while its required fields are empty',
  })
  @IsOptional()
  deliverable?: OnboardingDeliverable | null;
}

@InputType()
export class ProposalSectionInput {
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(1, 40) key?: string | null;
  @Field() @TextLength(1, R.title.max) title!: string;
  @Field({ defaultValue: '' }) @TextLength(0, R.text.max) body!: string;
}

@InputType()
export class OnboardingTemplateInput {
  @Field() @TextLength(R.name.min, R.name.max) name!: string;
  @Field(() => PropertyFormatEnum) format!: PropertyFormat;
  @Field(() => [OnboardingTemplateTaskInput])
  @ArrayMaxSize(R.tasks.max, tooMany(R.tasks.max))
  @ValidateNested({ each: true })
  tasks!: OnboardingTemplateTaskInput[];
  @Field(() => [ProposalSectionInput], { defaultValue: [] })
  @ArrayMaxSize(R.sections.max, tooMany(R.sections.max))
  @ValidateNested({ each: true })
  proposalSections!: ProposalSectionInput[];
}

@InputType()
export class StartOnboardingInput {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field(() => ID, { nullable: true, description: 'Default: the first template of the project’s format' })
  @IsOptional()
  @IsUUID('all', uuid)
  templateId?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'YYYY-MM-DD; default today in the project’s zone' })
  @IsOptional()
  @IsIsoDate()
  startDate?: string | null;
}

@InputType()
export class OnboardingTaskInput {
  @Field(() => OnboardingTaskStatusEnum, { nullable: true }) @IsOptional() status?: OnboardingTaskStatus | null;
  @Field(() => String, { nullable: true, description: 'Required when skipping' })
  @IsOptional()
  @TextLength(R.reason.min, R.reason.max)
  skipReason?: string | null;
  @Field(() => ID, { nullable: true, description: 'A member of the owning department' })
  @IsOptional()
  @IsUUID('all', uuid)
  assigneeUserId?: string | null;
  @Field({ defaultValue: false, description: 'Clear the assignee' }) unassign!: boolean;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsIsoDate() dueDate?: string | null;
  @Field(() => [Boolean], { nullable: true, description: 'Ticks of the checklist, one per item' })
  @IsOptional()
  @ArrayMaxSize(R.checklist.max, tooMany(R.checklist.max))
  checklistDone?: boolean[] | null;
}

@InputType()
export class SurveyAreaInput {
  @Field() @TextLength(1, 100) name!: string;
  @Field(() => Float) @Range(R.area.min, R.area.max) squareMeters!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, 500) note?: string | null;
}
@InputType()
export class SurveyFacilityInput {
  @Field() @TextLength(1, 100) name!: string;
  @Field(() => Int) @Range(0, 100000) quantity!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, 500) condition?: string | null;
}
@InputType()
export class SurveyStaffingInput {
  @Field(() => ID) @IsUUID('all', uuid) positionId!: string;
  @Field(() => Int) @Range(R.headcount.min, R.headcount.max) headcount!: number;
}
@InputType()
export class SurveyRiskInput {
  @Field() @TextLength(1, 500) description!: string;
  @Field(() => RiskLevelEnum) level!: RiskLevel;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, 500) mitigation?: string | null;
}

@InputType()
export class SiteSurveyInput {
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsIsoDate() surveyedOn?: string | null;
  @Field(() => [SurveyAreaInput], { defaultValue: [] })
  @ArrayMaxSize(R.surveyRows.max, tooMany(R.surveyRows.max))
  @ValidateNested({ each: true })
  areas!: SurveyAreaInput[];
  @Field(() => [SurveyFacilityInput], { defaultValue: [] })
  @ArrayMaxSize(R.surveyRows.max, tooMany(R.surveyRows.max))
  @ValidateNested({ each: true })
  facilities!: SurveyFacilityInput[];
  @Field(() => [SurveyStaffingInput], { defaultValue: [] })
  @ArrayMaxSize(R.surveyRows.max, tooMany(R.surveyRows.max))
  @ValidateNested({ each: true })
  staffing!: SurveyStaffingInput[];
  @Field(() => [SurveyRiskInput], { defaultValue: [] })
  @ArrayMaxSize(R.surveyRows.max, tooMany(R.surveyRows.max))
  @ValidateNested({ each: true })
  risks!: SurveyRiskInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, R.text.max) summary?: string | null;
}

@InputType()
export class ProposalStaffingInput {
  @Field(() => ID) @IsUUID('all', uuid) positionId!: string;
  @Field(() => Int) @Range(R.headcount.min, R.headcount.max) headcount!: number;
  @Field(() => Float) @Range(R.amount.min, R.amount.max) monthlyCostPerHead!: number;
}
@InputType()
export class ProposalCostInput {
  @Field() @TextLength(1, 100) item!: string;
  @Field(() => Float) @Range(R.amount.min, R.amount.max) monthlyAmount!: number;
}

@InputType()
export class ServiceProposalInput {
  @Field() @TextLength(1, R.title.max) title!: string;
  @Field(() => [ProposalSectionInput])
  @ArrayMaxSize(R.sections.max, tooMany(R.sections.max))
  @ValidateNested({ each: true })
  sections!: ProposalSectionInput[];
  @Field(() => [ProposalStaffingInput], { defaultValue: [] })
  @ArrayMaxSize(R.surveyRows.max, tooMany(R.surveyRows.max))
  @ValidateNested({ each: true })
  staffing!: ProposalStaffingInput[];
  @Field(() => [ProposalCostInput], { defaultValue: [] })
  @ArrayMaxSize(R.surveyRows.max, tooMany(R.surveyRows.max))
  @ValidateNested({ each: true })
  otherCosts!: ProposalCostInput[];
}

@InputType()
export class OnboardingFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) regionId?: string | null;
  @Field(() => OnboardingStatusEnum, { nullable: true }) @IsOptional() status?: OnboardingStatus | null;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const OnboardingSortField = { CREATED_AT: 'createdAt', START_DATE: 'startDate' } as const;
export const OnboardingSort = SortInput('Onboarding', OnboardingSortField);

@ArgsType()
export class OnboardingsArgs extends PageArgs {
  @Field(() => OnboardingFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: OnboardingFilter | null;

  @Field(() => OnboardingSort, { nullable: true, description: 'Default: created at descending' })
  sort?: ListSort;
}

@InputType()
export class OnboardingTaskFilter {
  @Field(() => ID, { nullable: true, description: 'Tasks this department owns or collaborates on' })
  @IsOptional()
  @IsUUID('all', uuid)
  departmentId?: string | null;
  @Field({ defaultValue: false, description: 'Tasks of every department the caller belongs to (owning or collaborating)' })
  myDepartments!: boolean;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) onboardingId?: string | null;
  @Field({ defaultValue: false, description: 'Only TODO / IN_PROGRESS' }) openOnly!: boolean;
  @Field({ defaultValue: false, description: 'Only late tasks (open and past due)' }) lateOnly!: boolean;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const OnboardingTaskSortField = { DUE_DATE: 'dueDate', UPDATED_AT: 'updatedAt' } as const;
export const OnboardingTaskSort = SortInput('OnboardingTask', OnboardingTaskSortField);

@ArgsType()
export class OnboardingTasksArgs extends PageArgs {
  @Field(() => OnboardingTaskFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: OnboardingTaskFilter | null;

  @Field(() => OnboardingTaskSort, { nullable: true, description: 'Default: due date ascending' })
  sort?: ListSort;
}
