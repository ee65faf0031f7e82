import {
  INSPECTION_RULES,
  RULES,
  RECTIFICATION_RULES,
  type FeedbackState,
  type InspectionLevel,
  type InspectionStatus,
  type ItemResultValue,
  type RectificationState,
} from '@pinzhi/domain';
import { IsIsoDate, PageArgs, Range, TextLength, SortInput, type ListSort, LocalDate, InspectionLevelEnum } from '@pinzhi/api-core';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { FeedbackStateEnum, InspectionStatusEnum, ItemResultEnum, RectificationStateEnum } from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const tooMany = (max: number) => ({ context: { reason: 'TOO_LONG', params: { max } } });
const R = INSPECTION_RULES;
const RR = RECTIFICATION_RULES;

/** Owner, deadline and wording of a rectification; every field has a default. */
@InputType()
export class RectificationOptionsInput {
  @Field(() => ID, { nullable: true, description: 'Default: the project’s manager' })
  @IsOptional()
  @IsUUID('all', uuid)
  ownerUserId?: string | null;

  @Field(() => Date, { nullable: true, description: `Default: ${RR.defaultDeadlineDays} days after it was found` })
  @IsOptional()
  deadline?: Date | null;

  @Field(() => String, { nullable: true, description: 'Default: the item’s note, or its checkpoint wording' })
  @IsOptional()
  @TextLength(RR.description.min, RR.description.max)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Must the submission carry photos? Default true' })
  @IsOptional()
  evidenceRequired?: boolean | null;
}

@InputType()
export class InspectionItemInput {
  @Field(() => ID, { description: 'The checklist item’s key' })
  @IsUUID('all', uuid)
  itemKey!: string;

  @Field(() => ItemResultEnum, { nullable: true, description: 'Required on submission; drafts may leave it empty' })
  @IsOptional()
  result?: ItemResultValue | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Points awarded, 0 … the item’s points; overrides PASS = full / FAIL = points − deductions',
  })
  @IsOptional()
  score?: number | null;

  @Field(() => [ID], { defaultValue: [], description: 'Deductions picked (FAIL only)' })
  @ArrayMaxSize(20, tooMany(20))
  @IsUUID('all', { each: true, ...uuid })
  deductionKeys!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, R.itemNote.max)
  note?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Photos uploaded by the inspector (POST /uploads)' })
  @ArrayMaxSize(R.evidencePerItem.max, tooMany(R.evidencePerItem.max))
  @IsUUID('all', { each: true, ...uuid })
  evidenceIds!: string[];

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'A customer-facing finding (客户反馈): on a FAIL item, submission routes it to Marketing & Customer Service as feedback; ignored on other results',
  })
  @IsOptional()
  customerFacing?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description:
      '扣分到人: on a FAIL item, the employee responsible — one of the inspected project’s active employees whose position and gender the standard applies to (see chargeableEmployees)',
  })
  @IsOptional()
  @IsUUID('all', uuid)
  employeeId?: string | null;

  @Field(() => RectificationOptionsInput, {
    nullable: true,
    description:
      'Submission only: open a rectification for this failed item (failed critical items get one anyway; this sets its owner, deadline and wording)',
  })
  @IsOptional()
  @ValidateNested()
  rectification?: RectificationOptionsInput | null;
}

/**
 * An inspection as the inspector's device sends it, for a draft or the submission. Either
 * `occurrenceId` (a planned inspection) or `projectId` + `templateId` (ad hoc).
 */
@InputType()
export class InspectionInput {
  @Field({
    description: 'Generated once per inspection by the client (e.g. a UUID); a retried submission with the same key is stored once',
  })
  @TextLength(R.clientKey.min, R.clientKey.max)
  @Matches(R.clientKey.pattern, { message: 'letters, digits, "-" and "_" only', context: { reason: 'INVALID_FORMAT' } })
  clientKey!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  occurrenceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ad hoc: the project' })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ad hoc: the checklist (its latest published version unless templateVersionId says)' })
  @IsOptional()
  @IsUUID('all', uuid)
  templateId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Ad hoc: the published version the inspector filled in (an offline device may hold one replaced meanwhile: accepted for as long as performedAt may lie in the past, 31 days, after its successor was published)',
  })
  @IsOptional()
  @IsUUID('all', uuid)
  templateVersionId?: string | null;

  @Field(() => InspectionLevelEnum, {
    nullable: true,
    description:
      "Ad hoc: the 检查层级 (default: the checklist's level when the caller performs it, else the caller's only level). A planned inspection has its occurrence's level.",
  })
  @IsOptional()
  level?: InspectionLevel | null;

  @Field(() => Date, { nullable: true, description: 'When it was done (device time); default now' })
  @IsOptional()
  performedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, R.note.max)
  note?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Range(-90, 90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Range(-180, 180)
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'Where, in words (楼栋 / 区域)' })
  @IsOptional()
  @TextLength(0, R.locationText.max)
  locationText?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The inspector’s drawn signature, uploaded as a PNG (POST /uploads); required on submission',
  })
  @IsOptional()
  @IsUUID('all', uuid)
  signatureFileId?: string | null;

  @Field(() => [InspectionItemInput], { defaultValue: [] })
  @ArrayMaxSize(1000, tooMany(1000))
  @ValidateNested({ each: true })
  items!: InspectionItemInput[];
}

@InputType()
export class InspectionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  regionId?: string | null;

  @Field(() => InspectionStatusEnum, { nullable: true, description: 'Default: SUBMITTED. Drafts are only ever the caller’s own' })
  @IsOptional()
  status?: InspectionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the caller’s own inspections' })
  @IsOptional()
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  passed?: boolean | null;

  @Field(() => LocalDate, { nullable: true, description: 'Submitted on or after this local day (YYYY-MM-DD)' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Submitted on or before this local day (YYYY-MM-DD)' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;

  @Field(() => String, { nullable: true, description: "The project's code or name contains this" })
  @IsOptional()
  @TextLength(0, RULES.searchText.max)
  search?: string | null;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const InspectionSortField = {
  SUBMITTED_AT: 'submittedAt',
  SCORE: 'scorePercent',
  FAILED_ITEMS: 'failedItems',
  UPDATED_AT: 'updatedAt',
} as const;
export const InspectionSort = SortInput('Inspection', InspectionSortField);

@ArgsType()
export class InspectionsArgs extends PageArgs {
  @Field(() => InspectionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: InspectionFilter | null;

  @Field(() => InspectionSort, { nullable: true, description: 'Default: submitted newest first (drafts: last saved first)' })
  sort?: ListSort;
}

@InputType()
export class RectificationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  inspectionId?: string | null;

  @Field(() => [RectificationStateEnum], { nullable: true })
  @IsOptional()
  states?: RectificationState[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: past the deadline and not verified; false: the others' })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those the caller owns' })
  @IsOptional()
  mine?: boolean | null;

  @Field(() => String, { nullable: true, description: "The description, or the project's code or name, contains this" })
  @IsOptional()
  @TextLength(0, RULES.searchText.max)
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: without an owner, or whose owner is no longer an active member (in nobody’s list); false: the others',
  })
  @IsOptional()
  unowned?: boolean | null;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const RectificationSortField = { DEADLINE: 'deadline', OPENED_AT: 'openedAt', UPDATED_AT: 'updatedAt' } as const;
export const RectificationSort = SortInput('Rectification', RectificationSortField);

@ArgsType()
export class RectificationsArgs extends PageArgs {
  @Field(() => RectificationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: RectificationFilter | null;

  @Field(() => RectificationSort, { nullable: true, description: 'Default: deadline ascending' })
  sort?: ListSort;
}

@InputType()
export class FeedbackFilter {
  @Field(() => [FeedbackStateEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, tooMany(10))
  states?: FeedbackState[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  regionId?: string | null;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const FeedbackSortField = { RECEIVED_AT: 'receivedAt', HANDLED_AT: 'handledAt' } as const;
export const FeedbackSort = SortInput('Feedback', FeedbackSortField);

@ArgsType()
export class FeedbackArgs extends PageArgs {
  @Field(() => FeedbackFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: FeedbackFilter | null;

  @Field(() => FeedbackSort, { nullable: true, description: 'Default: received at descending' })
  sort?: ListSort;
}

@ArgsType()
export class ChargeableEmployeesArgs {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field(() => ID, { description: 'The standard of the failed item' }) @IsUUID('all', uuid) standardId!: string;
}

@ArgsType()
export class EmployeeFindingsArgs {
  @Field(() => ID) @IsUUID('all', uuid) employeeId!: string;
  @Field(() => Int, { nullable: true, description: `Page size, default 20, at most ${RULES.pageSize.max}` }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
export class ProjectFindingsArgs {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field(() => LocalDate, { nullable: true, description: 'From this local day (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Until this local day (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;
  @Field(() => Int, { nullable: true, description: `Page size, default 50, at most ${RULES.pageSize.max}` }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}
