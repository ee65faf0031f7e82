import { PATROL_POINT_OUTCOMES, type OccurrenceState, type PatrolPointOutcome, type QuickCheckResult } from '@pinzhi/domain';
import { Connection } from '@pinzhi/api-core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OccurrenceStateEnum } from '@pinzhi/api-inspection-planning';
import { QuickCheckResultEnum } from './inputs';

export const PatrolPointOutcomeEnum = Object.fromEntries(PATROL_POINT_OUTCOMES.map((v) => [v, v])) as {
  [K in PatrolPointOutcome]: K;
};
registerEnumType(PatrolPointOutcomeEnum, {
  name: 'PatrolPointOutcome',
  description: 'DONE = scanned in the window; LATE = scanned after it; MISSED = not scanned',
});

@ObjectType('PatrolPoint', { description: '巡检点: a place in a zone where presence is proved by scanning its QR code' })
export class PatrolPointType {
  @Field(() => ID) id!: string;
  projectId!: string;
  regionId!: string;
  @Field() zoneId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) locationHint!: string | null;
  quickCheckStandardIds!: string[];
  tag!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('PatrolRoute', { description: '巡逻路线: an ordered set of points, walked on a schedule from inspection planning' })
export class PatrolRouteType {
  @Field(() => ID) id!: string;
  projectId!: string;
  regionId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [ID], { description: 'Point ids in walking order' }) pointIds!: string[];
  @Field(() => Int) pointCount!: number;
  frequencyId!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('QuickCheckAnswer')
export class QuickCheckAnswerType {
  standardId!: string;
  @Field(() => QuickCheckResultEnum) result!: QuickCheckResult;
}

@ObjectType('PatrolRunPoint', { description: 'One planned point of a run: when it was scanned (or missed) and what was found' })
export class PatrolRunPointType {
  @Field(() => ID) id!: string;
  runId!: string;
  pointId!: string;
  @Field(() => Int, { description: 'Place on the route, 1-based' }) position!: number;
  @Field(() => PatrolPointOutcomeEnum) outcome!: PatrolPointOutcome;
  @Field(() => Date, { nullable: true }) scannedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Order in which it was scanned, 1-based' }) scanOrder!: number | null;
  @Field({ description: 'Scanned after a point further along the route' }) outOfOrder!: boolean;
  @Field({ description: 'Recorded without the QR code (picked by hand)' }) manual!: boolean;
  @Field(() => [QuickCheckAnswerType]) quickChecks!: QuickCheckAnswerType[];
  @Field({ description: 'A quick check failed' }) failed!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [ID], { description: 'Photos, shown through GET /files/:id' }) photoFileIds!: string[];
}

@ObjectType('PatrolRun', { description: '巡逻记录: one walk of a route' })
export class PatrolRunType {
  @Field(() => ID) id!: string;
  @Field() clientKey!: string;
  routeId!: string;
  occurrenceId!: string | null;
  projectId!: string;
  regionId!: string;
  guardUserId!: string;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field() submittedAt!: Date;
  @Field({ description: 'Local day of the run (its occurrence’s day when planned)' }) localDate!: string;
  @Field(() => Date, { nullable: true, description: 'End of its planned window' }) windowEndsAt!: Date | null;
  @Field(() => Int) pointsPlanned!: number;
  @Field(() => Int) pointsDone!: number;
  @Field(() => Int) pointsLate!: number;
  @Field(() => Int) pointsMissed!: number;
  @Field(() => Int) pointsOutOfOrder!: number;
  @Field(() => Int) pointsManual!: number;
  @Field(() => Int) quickCheckFailures!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('PatrolRunConnection')
export class PatrolRunConnection extends Connection(PatrolRunType) {}

@ObjectType('PatrolCounts')
export class PatrolCountsType {
  @Field(() => Int) planned!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int) missed!: number;
  @Field(() => Int) outOfOrder!: number;
  @Field(() => Float, { nullable: true, description: 'Scanned (done or late) / planned, percent' }) coverage!: number | null;
}

@ObjectType('PatrolRouteDayRun', { description: 'A planned run of the day (walked or not) or an unscheduled walk' })
export class PatrolRouteDayRunType {
  @Field(() => ID, { nullable: true, description: 'The planned run (occurrence); null for an unscheduled walk' }) occurrenceId!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The walk; null when nobody walked the planned run (yet)' }) runId!: string | null;
  @Field(() => OccurrenceStateEnum, { nullable: true, description: 'The planned run’s state (MISSED: nobody walked it)' })
  state!: OccurrenceState | null;
  guardUserId!: string | null;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Date, { nullable: true }) windowEndsAt!: Date | null;
  @Field(() => PatrolCountsType) counts!: PatrolCountsType;
}

@ObjectType('PatrolGuardCounts', { description: 'A person’s points that day' })
export class PatrolGuardCountsType {
  guardUserId!: string | null;
  @Field(() => Int) runs!: number;
  @Field(() => PatrolCountsType) counts!: PatrolCountsType;
}

@ObjectType('PatrolRouteDay', { description: 'A route’s day: each run, and points done / late / missed by person' })
export class PatrolRouteDayType {
  routeId!: string;
  @Field() date!: string;
  @Field(() => [PatrolRouteDayRunType]) runs!: PatrolRouteDayRunType[];
  @Field(() => [PatrolGuardCountsType]) byGuard!: PatrolGuardCountsType[];
  @Field(() => PatrolCountsType) total!: PatrolCountsType;
}

@ObjectType('PatrolCoverageDay')
export class PatrolCoverageDayType {
  @Field() date!: string;
  @Field(() => Int) runsPlanned!: number;
  @Field(() => Int) runsWalked!: number;
  @Field(() => PatrolCountsType) counts!: PatrolCountsType;
}

@ObjectType('PatrolCoverageRoute')
export class PatrolCoverageRouteType {
  routeId!: string;
  @Field(() => PatrolCountsType) counts!: PatrolCountsType;
}

@ObjectType('PatrolCoverage', { description: 'A project’s patrol coverage over a month: per day and per route' })
export class PatrolCoverageType {
  projectId!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => [PatrolCoverageDayType]) days!: PatrolCoverageDayType[];
  @Field(() => [PatrolCoverageRouteType]) routes!: PatrolCoverageRouteType[];
  @Field(() => PatrolCountsType) total!: PatrolCountsType;
}
