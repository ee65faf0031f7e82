import { INSPECTION_RULES, PATROL_RULES, QUICK_CHECK_RESULTS, type QuickCheckResult } from '@pinzhi/domain';
import { IsIsoDate, LocalDate, PageArgs, SortInput, TextLength, type ListSort } from '@pinzhi/api-core';
import { PatrolScheduleInput } from '@pinzhi/api-inspection-planning';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const tooMany = (max: number) => ({ context: { reason: 'TOO_LONG', params: { max } } });
const P = PATROL_RULES;

export const QuickCheckResultEnum = Object.fromEntries(QUICK_CHECK_RESULTS.map((v) => [v, v])) as { [K in QuickCheckResult]: K };
registerEnumType(QuickCheckResultEnum, { name: 'QuickCheckResult' });

/** 巡检点: where it is and what is checked there. */
@InputType()
export class PatrolPointInput {
  @Field({ description: 'A zone of the project’s property (Property.zones[].id)' })
  @TextLength(1, 36)
  zoneId!: string;

  @Field()
  @TextLength(P.pointName.min, P.pointName.max)
  name!: string;

  @Field(() => String, { nullable: true, description: 'How to find it: 2 号楼 B1 消防泵房门口' })
  @IsOptional()
  @TextLength(0, P.locationHint.max)
  locationHint?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Quick checks asked at the point: standards of the library, in order' })
  @ArrayMaxSize(P.quickChecksPerPoint.max, tooMany(P.quickChecksPerPoint.max))
  @IsUUID('all', { each: true, ...uuid })
  quickCheckStandardIds!: string[];
}

/** 巡逻路线: its points in walking order and, optionally, a schedule from inspection planning. */
@InputType()
export class PatrolRouteInput {
  @Field()
  @TextLength(P.routeName.min, P.routeName.max)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, P.note.max)
  note?: string | null;

  @Field(() => [ID], { description: 'Points of the project in walking order' })
  @ArrayMinSize(P.pointsPerRoute.min, { context: { reason: 'REQUIRED' } })
  @ArrayMaxSize(P.pointsPerRoute.max, tooMany(P.pointsPerRoute.max))
  @IsUUID('all', { each: true, ...uuid })
  pointIds!: string[];

  @Field(() => PatrolScheduleInput, { nullable: true, description: 'When it is walked and by whom; null = only when someone chooses to' })
  @IsOptional()
  @ValidateNested()
  schedule?: PatrolScheduleInput | null;
}

@InputType()
export class QuickCheckAnswerInput {
  @Field(() => ID)
  @IsUUID('all', uuid)
  standardId!: string;

  @Field(() => QuickCheckResultEnum)
  result!: QuickCheckResult;
}

/** One scanned point of a run, as the device recorded it. */
@InputType()
export class PatrolScanInput {
  @Field(() => ID)
  @IsUUID('all', uuid)
  pointId!: string;

  @Field({ description: 'When it was scanned (device time)' })
  scannedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The tag of the scanned QR link; absent = picked by hand (recorded as manual)' })
  @IsOptional()
  @TextLength(0, 16)
  tag?: string | null;

  @Field(() => [QuickCheckAnswerInput], { defaultValue: [] })
  @ArrayMaxSize(P.quickChecksPerPoint.max, tooMany(P.quickChecksPerPoint.max))
  @ValidateNested()
  quickChecks!: QuickCheckAnswerInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, P.note.max)
  note?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Photos uploaded through POST /uploads' })
  @ArrayMaxSize(P.photosPerPoint.max, tooMany(P.photosPerPoint.max))
  @IsUUID('all', { each: true, ...uuid })
  photoIds!: string[];

  @Field({ defaultValue: false, description: 'Open a rectification for the failed quick checks (the first failed standard)' })
  rectify!: boolean;
}

/** A walk of a route, sent whole by the device (from its offline queue). */
@InputType()
export class PatrolRunInput {
  @Field({ description: 'Generated once per run by the device; a retried submission with the same key is stored once' })
  @TextLength(INSPECTION_RULES.clientKey.min, INSPECTION_RULES.clientKey.max)
  @Matches(INSPECTION_RULES.clientKey.pattern, { message: 'letters, digits, "-" and "_" only', context: { reason: 'INVALID_FORMAT' } })
  clientKey!: string;

  @Field(() => ID)
  @IsUUID('all', uuid)
  routeId!: string;

  @Field(() => ID, { nullable: true, description: 'The planned run it is (a patrol occurrence of the route); null = unscheduled' })
  @IsOptional()
  @IsUUID('all', uuid)
  occurrenceId?: string | null;

  @Field(() => [PatrolScanInput], { description: 'The points scanned; points of the route not listed are missed' })
  @ArrayMaxSize(P.pointsPerRoute.max, tooMany(P.pointsPerRoute.max))
  @ValidateNested()
  scans!: PatrolScanInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, P.note.max)
  note?: string | null;
}

@InputType()
export class PatrolRunFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  routeId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First local day, YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last local day, YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;

  @Field({ nullable: true, description: 'Only my runs' })
  mine?: boolean;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const PatrolRunSortField = {
  SUBMITTED_AT: 'submittedAt',
  POINTS_MISSED: 'pointsMissed',
} as const;
export const PatrolRunSort = SortInput('PatrolRun', PatrolRunSortField);

@ArgsType()
export class PatrolRunsArgs extends PageArgs {
  @Field(() => PatrolRunFilter, { nullable: true })
  @ValidateNested()
  filter?: PatrolRunFilter;

  @Field(() => PatrolRunSort, { nullable: true, description: 'Default: submitted newest first' })
  sort?: ListSort;
}
