import {
  TRAINING_RULES as R,
  type Attendance,
  type Gender,
  type PlanScope,
  type RequirementReason,
  type RequirementStatus,
} from '@pinzhi/domain';
import { IsIsoDate, PageArgs, Range, TextLength, SortInput, type ListSort, LocalDate } from '@pinzhi/api-core';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';

/** Most courses one session teaches. */
export const TRAINING_SESSION_MAX_COURSES = 10;
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AttendanceEnum, CoverageGroupEnum, GenderEnum, PlanScopeEnum, RequirementReasonEnum, RequirementStatusEnum } from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const tooMany = (max: number) => ({ context: { reason: 'TOO_LONG', params: { max } } });

@InputType()
export class PositionInput {
  @Field() @TextLength(R.name.min, R.name.max) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(1, 30) code?: string | null;
}

@InputType()
export class EmployeeInput {
  @Field() @TextLength(R.name.min, R.name.max) name!: string;
  @Field(() => String, { nullable: true, description: '工号, unique in the company' }) @IsOptional() @TextLength(1, 30) employeeNo?:
    string | null;
  @Field(() => ID) @IsUUID('all', uuid) positionId!: string;
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field(() => LocalDate, { description: 'YYYY-MM-DD' }) @IsIsoDate() hireDate!: string;
  @Field({ defaultValue: true }) active!: boolean;
  @Field(() => GenderEnum, { nullable: true, description: 'Omitted: unchanged (new: not recorded); null clears it' })
  @IsOptional()
  gender?: Gender | null;
}

@InputType()
export class EmployeeFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) positionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) projectId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) regionId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Name or employee number contains' }) @IsOptional() @TextLength(1, 60) q?:
    string | null;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const EmployeeSortField = { NAME: 'name', EMPLOYEE_NO: 'employeeNo', HIRE_DATE: 'hireDate' } as const;
export const EmployeeSort = SortInput('Employee', EmployeeSortField);

@ArgsType()
export class EmployeesArgs extends PageArgs {
  @Field(() => EmployeeFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: EmployeeFilter | null;

  @Field(() => EmployeeSort, { nullable: true, description: 'Default: name ascending' })
  sort?: ListSort;
}

@InputType()
export class CourseAttachmentInput {
  @Field() @TextLength(1, 100) name!: string;
  @Field(() => String, { nullable: true, description: 'A link (http/https)' })
  @IsOptional()
  @TextLength(1, 500)
  @Matches(/^https?:\/\//i, { context: { reason: 'INVALID_FORMAT' } })
  url?: string | null;
  @Field(() => ID, { nullable: true, description: 'A file from POST /uploads (image, PDF or Office document)' })
  @IsOptional()
  @IsUUID('all', uuid)
  fileId?: string | null;
}

@InputType()
export class CourseInput {
  @Field() @TextLength(R.title.min, R.title.max) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, R.description.max) description?: string | null;
  @Field(() => ID, { description: 'A published handbook version' }) @IsUUID('all', uuid) handbookVersionId!: string;
  @Field(() => [String], { defaultValue: [], description: 'Section keys of that version' })
  @ArrayMaxSize(100, tooMany(100))
  sectionKeys!: string[];
  @Field(() => [ID], { defaultValue: [], description: 'Standard ids placed in that version' })
  @ArrayMaxSize(500, tooMany(500))
  @IsUUID('all', { each: true, ...uuid })
  standardIds!: string[];
  @Field(() => [CourseAttachmentInput], { defaultValue: [] })
  @ArrayMaxSize(20, tooMany(20))
  @ValidateNested({ each: true })
  attachments!: CourseAttachmentInput[];
  @Field(() => Int, { defaultValue: 60 }) @Range(R.passMark.min, R.passMark.max) defaultPassMark!: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Range(R.validityMonths.min, R.validityMonths.max) defaultValidityMonths?:
    number | null;
}

@InputType()
export class TrainingPlanItemInput {
  @Field(() => ID) @IsUUID('all', uuid) courseId!: string;
  @Field(() => LocalDate, { description: 'YYYY-MM-DD' }) @IsIsoDate() requiredBy!: string;
  @Field(() => Int) @Range(R.passMark.min, R.passMark.max) passMark!: number;
  @Field(() => Int, { nullable: true, description: 'e.g. 12: recertification 12 months after completion; null = never expires' })
  @IsOptional()
  @Range(R.validityMonths.min, R.validityMonths.max)
  validityMonths?: number | null;
}

@InputType()
export class TrainingPlanInput {
  @Field() @TextLength(R.title.min, R.title.max) name!: string;
  @Field(() => ID) @IsUUID('all', uuid) positionId!: string;
  @Field(() => PlanScopeEnum) scope!: PlanScope;
  @Field(() => ID, { nullable: true, description: 'REGION scope' }) @IsOptional() @IsUUID('all', uuid) regionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'PROJECT scope' }) @IsOptional() @IsUUID('all', uuid) projectId?: string | null;
  @Field(() => LocalDate) @IsIsoDate() periodStart!: string;
  @Field(() => LocalDate) @IsIsoDate() periodEnd!: string;
  @Field(() => [TrainingPlanItemInput]) @ArrayMaxSize(100, tooMany(100)) @ValidateNested({ each: true }) items!: TrainingPlanItemInput[];
}

@InputType()
export class TrainingPlanFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) positionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) courseId?: string | null;
  @Field({ defaultValue: false }) includeArchived!: boolean;
}

@InputType()
export class TrainingSessionInput {
  @Field(() => [ID], { description: 'One or more courses taught in the session (in order); attendance counts for each' })
  @ArrayMinSize(1, { context: { reason: 'REQUIRED' } })
  @ArrayMaxSize(TRAINING_SESSION_MAX_COURSES, tooMany(TRAINING_SESSION_MAX_COURSES))
  @IsUUID('all', { each: true, ...uuid })
  courseIds!: string[];
  @Field(() => ID, { description: 'An admin, Quality Center or HR member of the company' }) @IsUUID('all', uuid) trainerUserId!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() @TextLength(R.place.min, R.place.max) place!: string;
  @Field(() => Int) @Range(R.capacity.min, R.capacity.max) capacity!: number;
  @Field(() => Int, { nullable: true, description: 'Default: the course’s pass mark' })
  @IsOptional()
  @Range(R.passMark.min, R.passMark.max)
  passMark?: number | null;
  @Field(() => ID, { nullable: true, description: 'Only this project’s staff' }) @IsOptional() @IsUUID('all', uuid) projectId?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, 500) note?: string | null;
}

@InputType()
export class TrainingSessionFilter {
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) trainerUserId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) courseId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) projectId?: string | null;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const TrainingSessionSortField = { STARTS_AT: 'startsAt', CAPACITY: 'capacity' } as const;
export const TrainingSessionSort = SortInput('TrainingSession', TrainingSessionSortField);

@ArgsType()
export class TrainingSessionsArgs extends PageArgs {
  @Field(() => TrainingSessionFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: TrainingSessionFilter | null;

  @Field(() => TrainingSessionSort, { nullable: true, description: 'Default: starts at ascending' })
  sort?: ListSort;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) @IsUUID('all', uuid) employeeId!: string;
  @Field(() => AttendanceEnum) attendance!: Attendance;
  @Field(() => Int, { nullable: true }) @IsOptional() @Range(R.score.min, R.score.max) score?: number | null;
}

@InputType()
export class TrainingRequirementFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) employeeId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) courseId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) projectId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) positionId?: string | null;
  @Field(() => RequirementStatusEnum, { nullable: true }) status?: RequirementStatus | null;
  @Field(() => RequirementReasonEnum, { nullable: true }) reason?: RequirementReason | null;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const TrainingRequirementSortField = { REQUIRED_BY: 'requiredBy', COMPLETED_ON: 'completedOn', EXPIRES_ON: 'expiresOn' } as const;
export const TrainingRequirementSort = SortInput('TrainingRequirement', TrainingRequirementSortField);

@ArgsType()
export class TrainingRequirementsArgs extends PageArgs {
  @Field(() => TrainingRequirementFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: TrainingRequirementFilter | null;

  @Field(() => TrainingRequirementSort, { nullable: true, description: 'Default: required by ascending' })
  sort?: ListSort;
}

@ArgsType()
export class TrainingCoverageArgs {
  @Field(() => CoverageGroupEnum) groupBy!: 'PROJECT' | 'POSITION';
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) regionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) projectId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) positionId?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'YYYY-MM-DD; default today' }) @IsOptional() @IsIsoDate() asOf?: string | null;
}
