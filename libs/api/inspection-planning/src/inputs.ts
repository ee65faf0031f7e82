import {
  FREQUENCY_RULES,
  type AssigneeRole,
  type InspectionLevel,
  type OccurrenceState,
  type PeriodUnit,
  type ScheduleAnchor,
} from '@pinzhi/domain';
import { IsIsoDate, PageArgs, Range, TextLength, LocalDate, InspectionLevelEnum } from '@pinzhi/api-core';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  AssigneeRoleEnum,
  OccurrenceKindEnum,
  OccurrenceStateEnum,
  PeriodUnitEnum,
  ScheduleAnchorEnum,
  type OccurrenceKind,
} from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const tooMany = (max: number) => ({ context: { reason: 'TOO_LONG', params: { max } } });
const R = FREQUENCY_RULES;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class HolidayListInput {
  @Field()
  @TextLength(R.holidayListName.min, R.holidayListName.max)
  name!: string;

  @Field(() => [LocalDate], { description: 'YYYY-MM-DD' })
  @ArrayMaxSize(R.holidayDates.max, tooMany(R.holidayDates.max))
  @IsIsoDate({ each: true })
  dates!: string[];
}

/** The schedule part, shared by frequencies and per-format defaults. */
@InputType('ScheduleInput')
export class ScheduleInput {
  @Field(() => ID)
  @IsUUID('all', uuid)
  templateId!: string;

  @Field(() => ScheduleAnchorEnum, { defaultValue: 'CALENDAR' })
  anchor!: ScheduleAnchor;

  @Field(() => String, {
    nullable: true,
    description: 'CALENDAR: RRULE body in local time, e.g. FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0',
  })
  @IsOptional()
  @TextLength(1, 500)
  rrule?: string | null;

  @Field(() => PeriodUnitEnum, { nullable: true, description: 'AFTER_COMPLETION: the period unit' })
  @IsOptional()
  periodUnit?: PeriodUnit | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Range(R.periodCount.min, R.periodCount.max)
  periodCount?: number | null;

  @Field(() => String, { nullable: true, description: 'AFTER_COMPLETION: HH:mm of the first one' })
  @IsOptional()
  @Matches(HH_MM, { context: { reason: 'INVALID_FORMAT' } })
  startTime?: string | null;

  @Field(() => Int, { description: 'Completion window in minutes after the due time' })
  @Range(R.windowMinutes.min, R.windowMinutes.max)
  windowMinutes!: number;

  @Field({ defaultValue: false })
  allowLate!: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  holidayListId?: string | null;

  @Field(() => AssigneeRoleEnum, { nullable: true, description: 'Give a role or an assigneeUserId (frequencies), not both' })
  @IsOptional()
  assigneeRole?: AssigneeRole | null;
}

@InputType()
export class InspectionFrequencyInput extends ScheduleInput {
  @Field(() => InspectionLevelEnum, { nullable: true, description: "检查层级 of its inspections; null: the checklist's level" })
  @IsOptional()
  level?: InspectionLevel | null;

  @Field(() => LocalDate, { description: 'YYYY-MM-DD, first local day; not in the past' })
  @IsIsoDate()
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => [LocalDate], { defaultValue: [] })
  @ArrayMaxSize(R.excludedDates.max, tooMany(R.excludedDates.max))
  @IsIsoDate({ each: true })
  excludedDates!: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  assigneeUserId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 500)
  note?: string | null;
}

@InputType()
export class InspectionFrequencyDefaultInput extends ScheduleInput {}

@InputType()
export class InspectionFrequencyFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  templateId?: string;

  @Field({ nullable: true })
  includeArchived?: boolean;
}

@ArgsType()
export class InspectionFrequenciesArgs extends PageArgs {
  @Field(() => InspectionFrequencyFilter, { nullable: true })
  @ValidateNested()
  filter?: InspectionFrequencyFilter;
}

/** Which occurrences: a scope (project, region, assignee, mine) and a range of local days. */
@InputType()
export class OccurrenceScope {
  @Field(() => LocalDate, { description: 'First local day, YYYY-MM-DD' })
  @IsIsoDate()
  from!: string;

  @Field(() => LocalDate, { description: 'Last local day (inclusive), YYYY-MM-DD' })
  @IsIsoDate()
  to!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An inspector’s calendar: assigned to this user' })
  @IsOptional()
  @IsUUID('all', uuid)
  assigneeUserId?: string | null;

  @Field({ nullable: true, description: 'Only what is assigned to me (by name or by my role)' })
  mine?: boolean;

  @Field(() => OccurrenceKindEnum, { nullable: true, description: 'Only inspections, or only patrol runs (default: both)' })
  @IsOptional()
  kind?: OccurrenceKind | null;
}

@ArgsType()
export class InspectionOccurrencesArgs extends PageArgs {
  @Field(() => OccurrenceScope)
  @ValidateNested()
  scope!: OccurrenceScope;

  @Field(() => [OccurrenceStateEnum], { nullable: true })
  @IsOptional()
  states?: OccurrenceState[] | null;
}

/** A patrol route's schedule (巡逻路线): a calendar rule in the project's local time, a window and an assignee. */
@InputType()
export class PatrolScheduleInput {
  @Field({ description: 'RRULE body in local time, e.g. FREQ=DAILY;BYHOUR=8,14,20;BYMINUTE=0' })
  @TextLength(1, 500)
  rrule!: string;

  @Field(() => Int, { description: 'Completion window in minutes after the due time' })
  @Range(R.windowMinutes.min, R.windowMinutes.max)
  windowMinutes!: number;

  @Field({ defaultValue: false })
  allowLate!: boolean;

  @Field(() => LocalDate, { description: 'YYYY-MM-DD, first local day; not in the past' })
  @IsIsoDate()
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => [LocalDate], { defaultValue: [] })
  @ArrayMaxSize(R.excludedDates.max, tooMany(R.excludedDates.max))
  @IsIsoDate({ each: true })
  excludedDates!: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  holidayListId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  assigneeUserId?: string | null;

  @Field(() => AssigneeRoleEnum, { nullable: true, description: 'Give a role or an assigneeUserId, not both' })
  @IsOptional()
  assigneeRole?: AssigneeRole | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, 500)
  note?: string | null;
}
