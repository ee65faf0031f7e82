import {
  FEEDBACK_STATES,
  INSPECTION_STATUSES,
  ITEM_RESULTS,
  RECTIFICATION_ACTIONS,
  RECTIFICATION_OWNER_SOURCES,
  RECTIFICATION_STATES,
  type FeedbackState,
  type InspectionStatus,
  type ItemResultValue,
  type RectificationAction,
  type RectificationOwnerSource,
  type RectificationState,
} from '@pinzhi/domain';
import { Connection, InspectionLevelEnum } from '@pinzhi/api-core';
import type { InspectionLevel } from '@pinzhi/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ItemResultEnum = asEnum(ITEM_RESULTS);
registerEnumType(ItemResultEnum, {
  name: 'ItemResult',
  description:
    'PASS = full points; FAIL = points − picked deductions (0 without); NA = not applicable (only where allowed; leaves the denominator)',
});
export const InspectionStatusEnum = asEnum(INSPECTION_STATUSES);
registerEnumType(InspectionStatusEnum, { name: 'InspectionStatus' });
export const RectificationStateEnum = asEnum(RECTIFICATION_STATES);
registerEnumType(RectificationStateEnum, {
  name: 'RectificationState',
  description: 'OPEN → SUBMITTED (with evidence) → VERIFIED; a rejection sends it back to OPEN',
});
export const FeedbackStateEnum = asEnum(FEEDBACK_STATES);
registerEnumType(FeedbackStateEnum, {
  name: 'FeedbackState',
  description: 'RECEIVED (in the Marketing & Customer Service inbox) → HANDLED (with a note)',
});
export const RectificationOwnerSourceEnum = asEnum(RECTIFICATION_OWNER_SOURCES);
registerEnumType(RectificationOwnerSourceEnum, {
  name: 'RectificationOwnerSource',
  description:
    "Why the owner owns it: the project's manager, the company's fallback (默认整改负责人), the finder (neither was set), named when opened, or assigned later",
});
export const RectificationActionEnum = asEnum(RECTIFICATION_ACTIONS);
registerEnumType(RectificationActionEnum, { name: 'RectificationAction' });

@ObjectType('EvidenceFile', { description: 'An uploaded photo or signature' })
export class EvidenceFileType {
  @Field(() => ID) id!: string;
  @Field() contentType!: string;
  @Field(() => Int) bytes!: number;
  @Field({ description: 'SHA-256 of the bytes, hex' }) sha256!: string;
  uploadedByUserId!: string;
  @Field() createdAt!: Date;
}

@ObjectType('InspectionItemResult', { description: 'One checklist item’s result' })
export class InspectionItemResultType {
  @Field(() => ID, { nullable: true, description: 'null in a draft' }) id!: string | null;
  @Field(() => ID, { description: 'The checklist item’s key (stable across versions)' }) itemKey!: string;
  @Field(() => ID, { nullable: true }) sectionKey!: string | null;
  @Field(() => Int, { nullable: true, description: 'Order on the checklist' }) position!: number | null;
  standardId!: string | null;
  @Field(() => ItemResultEnum, { nullable: true }) result!: ItemResultValue | null;
  @Field(() => Int, { nullable: true, description: 'An explicit score, when given' }) score!: number | null;
  @Field(() => [ID]) deductionKeys!: string[];
  @Field(() => Int, { nullable: true, description: 'The item’s points; 0 when N/A (submitted only)' }) possiblePoints!: number | null;
  @Field(() => Int, { nullable: true, description: 'Points earned; null when N/A or in a draft' }) earnedPoints!: number | null;
  @Field({ description: 'A critical item (a FAIL fails the inspection)' }) critical!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
  evidenceFileIds!: string[];
  @Field({ description: 'Marked as a customer-facing finding (a FAIL so marked became feedback at submission)' }) customerFacing!: boolean;
  @Field(() => ID, { nullable: true, description: '扣分到人: the employee the finding is charged to (field employee)' }) employeeId!:
    string | null;
}

@ObjectType('Inspection', { description: '品质检查: one performed inspection (draft or submitted) with its score' })
export class InspectionType {
  @Field(() => ID) id!: string;
  @Field() clientKey!: string;
  @Field(() => InspectionStatusEnum) status!: InspectionStatus;
  occurrenceId!: string | null;
  projectId!: string;
  regionId!: string;
  templateId!: string;
  templateVersionId!: string;
  @Field(() => InspectionLevelEnum, { description: '检查层级' }) level!: InspectionLevel;
  inspectorUserId!: string;
  signatureFileId!: string | null;
  draftItems!: unknown;
  @Field(() => Date, { nullable: true, description: 'When it was done (device time)' }) performedAt!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Submission day in the project’s time zone' }) localDate!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => String, { nullable: true }) locationText!: string | null;
  @Field(() => Int, { nullable: true }) earnedPoints!: number | null;
  @Field(() => Int, { nullable: true, description: 'Applicable points (N/A items excluded)' }) possiblePoints!: number | null;
  @Field(() => Float, { nullable: true, description: 'earned / possible × 100, two decimals' }) scorePercent!: number | null;
  @Field(() => Int, { nullable: true, description: 'The checklist’s pass mark' }) passScore!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Score ≥ pass mark and no critical item failed' }) passed!: boolean | null;
  @Field() criticalFailed!: boolean;
  @Field(() => Int) failedItems!: number;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('InspectionConnection')
export class InspectionConnection extends Connection(InspectionType) {}

@ObjectType('Rectification', { description: '整改: a corrective action for a failed item, verified by someone other than its submitter' })
export class RectificationType {
  @Field(() => ID) id!: string;
  inspectionId!: string | null;
  itemResultId!: string | null;
  patrolRunPointId!: string | null;
  projectId!: string;
  regionId!: string;
  standardId!: string;
  ownerUserId!: string | null;
  createdByUserId!: string;
  submittedByUserId!: string | null;
  verifiedByUserId!: string | null;
  @Field(() => RectificationOwnerSourceEnum, { nullable: true, description: 'Null on rows opened before owners were always resolved' })
  ownerSource!: RectificationOwnerSource | null;
  @Field(() => RectificationStateEnum) state!: RectificationState;
  @Field() deadline!: Date;
  @Field() description!: string;
  @Field() evidenceRequired!: boolean;
  @Field({ description: 'Opened automatically for a failed critical item' }) automatic!: boolean;
  @Field({ description: 'When it was found' }) openedAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field(() => Int, { description: 'How many times a submission was rejected' }) rejections!: number;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('RectificationPatrolSource', { description: 'Where a rectification found on a patrol comes from' })
export class RectificationPatrolSourceType {
  @Field(() => ID) runId!: string;
  @Field() pointName!: string;
  @Field() routeName!: string;
  @Field(() => Date, { nullable: true }) scannedAt!: Date | null;
}

@ObjectType('RectificationConnection')
export class RectificationConnection extends Connection(RectificationType) {}

@ObjectType('RectificationEvent', { description: 'One step in a rectification’s history' })
export class RectificationEventType {
  @Field(() => ID) id!: string;
  @Field(() => RectificationActionEnum) action!: RectificationAction;
  @Field(() => RectificationStateEnum, { nullable: true }) fromState!: RectificationState | null;
  @Field(() => RectificationStateEnum) toState!: RectificationState;
  userId!: string;
  @Field(() => String, { nullable: true, description: 'ASSIGNED: the reason' }) note!: string | null;
  fromOwnerUserId!: string | null;
  toOwnerUserId!: string | null;
  evidenceFileIds!: string[];
  @Field() at!: Date;
}

@ObjectType('Feedback', { description: '客户反馈: a customer-facing finding routed to Marketing & Customer Service' })
export class FeedbackType {
  @Field(() => ID) id!: string;
  @Field(() => FeedbackStateEnum) state!: FeedbackState;
  inspectionId!: string;
  itemResultId!: string;
  projectId!: string;
  regionId!: string;
  handledByUserId!: string | null;
  @Field({ description: 'What the customer-facing finding is: the item’s note, else the checklist item’s text' }) description!: string;
  @Field() receivedAt!: Date;
  @Field(() => Date, { nullable: true }) handledAt!: Date | null;
  @Field(() => String, { nullable: true }) handlingNote!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('FeedbackConnection')
export class FeedbackConnection extends Connection(FeedbackType) {}

@ObjectType('ChargeableEmployee', { description: 'An employee of the project whom the standard applies to (position, gender)' })
export class ChargeableEmployeeType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) employeeNo!: string | null;
  @Field(() => String, { nullable: true }) positionName!: string | null;
}

@ObjectType('EmployeeFinding', { description: 'A failed inspection item charged to an employee (扣分到人)' })
export class EmployeeFindingType {
  @Field(() => ID, { description: 'The item result' }) id!: string;
  @Field({ description: 'The inspection’s local day' }) localDate!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Points lost' }) pointsLost!: number;
  inspectionId!: string;
  projectId!: string;
  standardId!: string;
  employeeId!: string;
}

@ObjectType('EmployeeFindingConnection')
export class EmployeeFindingConnection extends Connection(EmployeeFindingType) {}

@ObjectType('ProjectFindingRow', { description: 'Findings charged to one employee on one standard at a project' })
export class ProjectFindingRowType {
  @Field(() => Int) count!: number;
  @Field({ description: 'The latest finding’s local day' }) lastDate!: string;
  @Field(() => Int, { description: 'Points lost in all' }) pointsLost!: number;
  employeeId!: string;
  standardId!: string;
}

@ObjectType('ProjectFindingConnection')
export class ProjectFindingConnection extends Connection(ProjectFindingRowType) {}
