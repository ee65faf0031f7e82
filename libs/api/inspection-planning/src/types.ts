import {
  ASSIGNEE_ROLES,
  OCCURRENCE_STATES,
  PERIOD_UNITS,
  SCHEDULE_ANCHORS,
  type AssigneeRole,
  type InspectionLevel,
  type OccurrenceState,
  type PeriodUnit,
  type PropertyFormat,
  type ScheduleAnchor,
} from '@pinzhi/domain';
import { Connection, InspectionLevelEnum } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AssigneeRoleEnum = asEnum(ASSIGNEE_ROLES);
registerEnumType(AssigneeRoleEnum, {
  name: 'AssigneeRole',
  description: 'PROJECT_MANAGER = the project’s manager at the time; the others = anyone with that role',
});
export const ScheduleAnchorEnum = asEnum(SCHEDULE_ANCHORS);
registerEnumType(ScheduleAnchorEnum, {
  name: 'ScheduleAnchor',
  description: 'CALENDAR: on the rule’s dates; AFTER_COMPLETION: a period after the last one was done',
});
export const PeriodUnitEnum = asEnum(PERIOD_UNITS);
registerEnumType(PeriodUnitEnum, { name: 'PeriodUnit' });
export const OccurrenceStateEnum = asEnum(OCCURRENCE_STATES);
registerEnumType(OccurrenceStateEnum, {
  name: 'OccurrenceState',
  description:
    'SCHEDULED → DUE (window open) → COMPLETED / LATE (done after the window) / MISSED (window closed, late not allowed) / OVERDUE (window closed, late allowed)',
});
export const OCCURRENCE_KINDS = ['INSPECTION', 'PATROL'] as const;
export type OccurrenceKind = (typeof OCCURRENCE_KINDS)[number];
export const OccurrenceKindEnum = asEnum(OCCURRENCE_KINDS);
registerEnumType(OccurrenceKindEnum, {
  name: 'OccurrenceKind',
  description: 'INSPECTION: a checklist to inspect; PATROL: a patrol route to walk (巡逻)',
});
export const CalendarFeedKindEnum = asEnum(['USER', 'PROJECT'] as const);
registerEnumType(CalendarFeedKindEnum, { name: 'CalendarFeedKind' });

@ObjectType('HolidayList', { description: '节假日: days without inspections, shared by frequencies' })
export class HolidayListType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'YYYY-MM-DD, ascending' }) dates!: string[];
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

/** Fields a frequency and a per-format default share. */
@ObjectType('ScheduleFields')
export class ScheduleFieldsType {
  @Field(() => ID) id!: string;
  @Field(() => ScheduleAnchorEnum) anchor!: ScheduleAnchor;
  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE in the project’s local time (CALENDAR)' }) rrule!: string | null;
  @Field(() => PeriodUnitEnum, { nullable: true }) periodUnit!: PeriodUnit | null;
  @Field(() => Int, { nullable: true }) periodCount!: number | null;
  @Field(() => String, { nullable: true, description: 'HH:mm of the first one (AFTER_COMPLETION)' }) startTime!: string | null;
  @Field(() => Int, { description: 'Completion window after the due time, in minutes' }) windowMinutes!: number;
  @Field({ description: 'May it be done after the window (LATE), or is it then MISSED?' }) allowLate!: boolean;
  holidayListId!: string | null;
  templateId!: string | null;
  @Field(() => AssigneeRoleEnum, { nullable: true }) assigneeRole!: AssigneeRole | null;
  @Field(() => Int) version!: number;
}

@ObjectType('InspectionFrequency', { description: '检查频次: how often a checklist is inspected at a project, and by whom' })
export class InspectionFrequencyType extends ScheduleFieldsType {
  projectId!: string;
  @Field(() => InspectionLevelEnum, { description: '检查层级 of its inspections' }) level!: InspectionLevel;
  @Field({ description: 'YYYY-MM-DD, first local day' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last local day (inclusive)' }) endDate!: string | null;
  @Field(() => [String], { description: 'Local days without occurrences, besides the holiday list' }) excludedDates!: string[];
  assigneeUserId!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field() updatedAt!: Date;
}

@ObjectType('InspectionFrequencyConnection')
export class InspectionFrequencyConnection extends Connection(InspectionFrequencyType) {}

@ObjectType('InspectionFrequencyDefault', { description: 'A default frequency for projects of one property format' })
export class InspectionFrequencyDefaultType extends ScheduleFieldsType {
  @Field(() => PropertyFormatEnum) format!: PropertyFormat;
  @Field(() => Int) position!: number;
}

@ObjectType('InspectionOccurrence', { description: 'One due inspection of a frequency' })
export class InspectionOccurrenceType {
  @Field(() => ID) id!: string;
  frequencyId!: string;
  projectId!: string;
  regionId!: string;
  templateId!: string | null;
  /** Set for a patrol run (its `patrolRoute` field comes from the patrols capability). */
  patrolRouteId!: string | null;
  templateVersionId!: string | null;
  @Field(() => InspectionLevelEnum, { description: '检查层级 (from its frequency)' }) level!: InspectionLevel;
  @Field() dueAt!: Date;
  @Field({ description: 'The due day in the project’s time zone, YYYY-MM-DD' }) localDate!: string;
  @Field() windowEndsAt!: Date;
  @Field() allowLate!: boolean;
  @Field(() => OccurrenceStateEnum) state!: OccurrenceState;
  assigneeUserId!: string | null;
  @Field(() => AssigneeRoleEnum, { nullable: true }) assigneeRole!: AssigneeRole | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  completedByUserId!: string | null;
  @Field(() => String, { nullable: true }) completionNote!: string | null;
}

@ObjectType('InspectionOccurrenceConnection')
export class InspectionOccurrenceConnection extends Connection(InspectionOccurrenceType) {}

@ObjectType('OccurrenceCounts')
export class OccurrenceCountsType {
  @Field(() => Int) total!: number;
  @Field(() => Int) scheduled!: number;
  @Field(() => Int) due!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int) missed!: number;
}

@ObjectType('CalendarDay')
export class CalendarDayType {
  @Field({ description: 'YYYY-MM-DD (each occurrence on its project’s local day)' }) date!: string;
  @Field(() => OccurrenceCountsType) counts!: OccurrenceCountsType;
  @Field(() => [InspectionOccurrenceType], { description: 'The first itemsPerDay occurrences of the day, by due time' })
  items!: InspectionOccurrenceType[];
}

@ObjectType('InspectionCalendar')
export class InspectionCalendarType {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [CalendarDayType], { description: 'Days that have occurrences, ascending' }) days!: CalendarDayType[];
  @Field(() => OccurrenceCountsType) totals!: OccurrenceCountsType;
}

@ObjectType('PreviewOccurrence')
export class PreviewOccurrenceType {
  @Field() dueAt!: Date;
  @Field() windowEndsAt!: Date;
  @Field({ description: 'Due time in the project’s time zone, YYYY-MM-DD HH:mm' }) localDue!: string;
  @Field(() => Int, { description: 'Weekday in the project’s time zone, 1 = Monday … 7 = Sunday' }) weekday!: number;
}

@ObjectType('WorkloadMonth', { description: 'Inspections per month for the frequency’s assignee' })
export class WorkloadMonthType {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int, { description: 'From this frequency' }) added!: number;
  @Field(() => Int, { description: 'From the assignee’s other active frequencies' }) existing!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('FrequencyPreview')
export class FrequencyPreviewType {
  @Field() timeZone!: string;
  @Field(() => [PreviewOccurrenceType]) occurrences!: PreviewOccurrenceType[];
  @Field({ description: 'Who the workload is counted for: a user’s name or a role' }) assigneeLabel!: string;
  @Field(() => [WorkloadMonthType], { description: 'This month and the next two' }) workload!: WorkloadMonthType[];
}

@ObjectType('SkippedDefault')
export class SkippedDefaultType {
  templateId!: string;
  @Field() reason!: string;
}

@ObjectType('ApplyDefaultsResult')
export class ApplyDefaultsResultType {
  @Field(() => [InspectionFrequencyType]) created!: InspectionFrequencyType[];
  @Field(() => [SkippedDefaultType], { description: 'Defaults not applied (the checklist is already scheduled, archived …)' })
  skipped!: SkippedDefaultType[];
}

@ObjectType('InspectionAssignee', { description: 'Someone inspections can be assigned to' })
export class InspectionAssigneeType {
  userId!: string;
  @Field(() => String, { description: 'Their role in this company' }) role!: string;
}

@ObjectType('CalendarFeed', { description: 'A subscribable iCalendar (.ics) feed' })
export class CalendarFeedType {
  @Field(() => ID) id!: string;
  @Field(() => CalendarFeedKindEnum) kind!: 'USER' | 'PROJECT';
  projectId!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedCalendarFeed')
export class CreatedCalendarFeedType {
  @Field(() => CalendarFeedType) feed!: CalendarFeedType;
  @Field({ description: 'Path of the feed with its secret, e.g. /calendar/….ics — shown only now' }) path!: string;
}
