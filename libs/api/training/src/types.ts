import {
  ATTENDANCE_VALUES,
  GENDERS,
  type Gender,
  PLAN_SCOPES,
  REQUIREMENT_REASONS,
  REQUIREMENT_STATUSES,
  type Attendance,
  type PlanScope,
  type RequirementReason,
  type RequirementStatus,
} from '@pinzhi/domain';
import { Connection, ImportRowErrorType } from '@pinzhi/api-core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AttendanceEnum = asEnum(ATTENDANCE_VALUES);
registerEnumType(AttendanceEnum, { name: 'Attendance', description: 'PRESENT and LATE count as attended' });
export const RequirementReasonEnum = asEnum(REQUIREMENT_REASONS);
registerEnumType(RequirementReasonEnum, {
  name: 'RequirementReason',
  description:
    'PLAN: from a training plan; RETRAINING: the handbook content the course teaches changed; FINDINGS: repeated inspection findings charged to the employee on a standard the course teaches',
});
export const GenderEnum = asEnum(GENDERS);
registerEnumType(GenderEnum, { name: 'Gender', description: 'Decides who may be charged with a women-only or men-only standard' });
export const RequirementStatusEnum = asEnum(REQUIREMENT_STATUSES);
registerEnumType(RequirementStatusEnum, {
  name: 'RequirementStatus',
  description: 'At a date: REQUIRED (due later), OVERDUE, COMPLETED, EXPIRING_SOON (expires within 30 days), EXPIRED',
});
export const PlanScopeEnum = asEnum(PLAN_SCOPES);
registerEnumType(PlanScopeEnum, { name: 'TrainingPlanScope' });
export const SessionStatusEnum = asEnum(['PLANNED', 'CANCELLED'] as const);
registerEnumType(SessionStatusEnum, { name: 'TrainingSessionStatus' });
export const CoverageGroupEnum = asEnum(['PROJECT', 'POSITION'] as const);
registerEnumType(CoverageGroupEnum, { name: 'TrainingCoverageGroup' });

@ObjectType('Position', { description: '岗位' })
export class PositionType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('Employee', { description: '员工 (not necessarily a system user)' })
export class EmployeeType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) employeeNo!: string | null;
  positionId!: string;
  projectId!: string;
  @Field({ description: 'YYYY-MM-DD' }) hireDate!: string;
  @Field() active!: boolean;
  @Field(() => GenderEnum, { nullable: true, description: 'Null: not recorded' }) gender!: Gender | null;
  @Field(() => Int) version!: number;
}

@ObjectType('EmployeeConnection')
export class EmployeeConnection extends Connection(EmployeeType) {}

@ObjectType('CourseAttachment')
export class CourseAttachmentType {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded file (GET /files/:id)' }) fileId!: string | null;
}

@ObjectType('CourseAttachmentFile', { description: 'The uploaded file of an attachment' })
export class CourseAttachmentFileType {
  @Field(() => ID) id!: string;
  @Field() contentType!: string;
  @Field(() => Int) bytes!: number;
  @Field({ description: 'GET it with the bearer token' }) url!: string;
}

@ObjectType('Course', { description: '课程: courseware from a handbook version' })
export class CourseType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  handbookId!: string;
  @Field(() => ID) handbookVersionId!: string;
  @Field(() => [String], { description: 'Section keys taught' }) sectionKeys!: string[];
  @Field(() => [ID], { description: 'Standard ids taught' }) standardIds!: string[];
  @Field(() => [CourseAttachmentType]) attachments!: CourseAttachmentType[];
  @Field(() => Int) defaultPassMark!: number;
  @Field(() => Int, { nullable: true }) defaultValidityMonths!: number | null;
  @Field(() => Date, { nullable: true }) outdatedSince!: Date | null;
  outdatedByVersionId!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('TrainingPlanItem')
export class TrainingPlanItemType {
  @Field(() => ID) id!: string;
  courseId!: string;
  @Field({ description: 'YYYY-MM-DD' }) requiredBy!: string;
  @Field(() => Int) passMark!: number;
  @Field(() => Int, { nullable: true, description: 'Months a completion stays valid; null = never expires' }) validityMonths!:
    number | null;
}

@ObjectType('TrainingPlan', { description: '岗位培训计划' })
export class TrainingPlanType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  positionId!: string;
  @Field(() => PlanScopeEnum) scope!: PlanScope;
  regionId!: string | null;
  projectId!: string | null;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('TrainingSession', { description: '培训场次' })
export class TrainingSessionType {
  @Field(() => ID) id!: string;
  trainerUserId!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field({ description: 'Local date of the session (YYYY-MM-DD)' }) localDate!: string;
  @Field() place!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => Int) passMark!: number;
  projectId!: string | null;
  @Field(() => SessionStatusEnum) status!: 'PLANNED' | 'CANCELLED';
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('TrainingTrainer', { description: 'An active member who may teach a session' })
export class TrainingTrainerType {
  userId!: string;
  @Field(() => String, { description: 'Their role in this company' }) role!: string;
}

@ObjectType('TrainingSessionConnection')
export class TrainingSessionConnection extends Connection(TrainingSessionType) {}

@ObjectType('TrainingEnrolment')
export class TrainingEnrolmentType {
  @Field(() => ID) id!: string;
  sessionId!: string;
  employeeId!: string;
  @Field(() => AttendanceEnum, { nullable: true }) attendance!: Attendance | null;
  @Field(() => Int, { nullable: true }) score!: number | null;
  @Field(() => Boolean, { nullable: true }) passed!: boolean | null;
  @Field(() => Date, { nullable: true }) recordedAt!: Date | null;
}

@ObjectType('TrainingRequirement', { description: 'Employee × course × reason' })
export class TrainingRequirementType {
  @Field(() => ID) id!: string;
  employeeId!: string;
  courseId!: string;
  @Field(() => RequirementReasonEnum) reason!: RequirementReason;
  @Field() requiredBy!: string;
  @Field(() => Int) passMark!: number;
  @Field(() => Int, { nullable: true }) validityMonths!: number | null;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Recertification is due on this date' }) expiresOn!: string | null;
  completedSessionId!: string | null;
  sourceVersionId!: string | null;
  sourceStandardId!: string | null;
}

@ObjectType('TrainingRequirementConnection')
export class TrainingRequirementConnection extends Connection(TrainingRequirementType) {}

@ObjectType('TrainingRecord', { description: 'An employee’s requirements and the sessions they were enrolled in' })
export class TrainingRecordType {
  @Field(() => [TrainingRequirementType]) requirements!: TrainingRequirementType[];
  @Field(() => [TrainingEnrolmentType]) sessions!: TrainingEnrolmentType[];
}

@ObjectType('TrainingCoverageRow')
export class TrainingCoverageRowType {
  projectId!: string | null;
  positionId!: string | null;
  @Field(() => Int, { description: 'Requirements of active employees' }) required!: number;
  @Field(() => Int, { description: 'Completed and still valid (incl. expiring soon)' }) completed!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) expiringSoon!: number;
  @Field(() => Int) expired!: number;
  @Field(() => Float, { nullable: true, description: 'completed ÷ required × 100 (1 decimal); null when nothing is required' }) coverage!:
    number | null;
}

@ObjectType('EmployeeImportReport')
export class EmployeeImportReportType {
  @Field({ description: 'True when written (no errors and not a dry run)' }) written!: boolean;
  @Field(() => Int) rows!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => [ImportRowErrorType]) errors!: ImportRowErrorType[];
}

export type { RequirementStatus };
