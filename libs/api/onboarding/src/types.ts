import {
  ONBOARDING_DELIVERABLES,
  ONBOARDING_PHASES,
  ONBOARDING_STATUSES,
  ONBOARDING_TASK_STATUSES,
  RISK_LEVELS,
  type OnboardingDeliverable,
  type OnboardingPhase,
  type OnboardingStatus,
  type OnboardingTaskStatus,
  type PropertyFormat,
  type RiskLevel,
} from '@pinzhi/domain';
import { Connection } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const OnboardingPhaseEnum = asEnum(ONBOARDING_PHASES);
registerEnumType(OnboardingPhaseEnum, { name: 'OnboardingPhase', description: '现场勘查, 服务策划, 服务方案, 接管准备, 上线' });
export const OnboardingTaskStatusEnum = asEnum(ONBOARDING_TASK_STATUSES);
registerEnumType(OnboardingTaskStatusEnum, {
  name: 'OnboardingTaskStatus',
  description: 'SKIPPED only for tasks that are not required, with a reason',
});
export const OnboardingStatusEnum = asEnum(ONBOARDING_STATUSES);
registerEnumType(OnboardingStatusEnum, { name: 'OnboardingStatus' });
export const OnboardingDeliverableEnum = asEnum(ONBOARDING_DELIVERABLES);
registerEnumType(OnboardingDeliverableEnum, { name: 'OnboardingDeliverable', description: 'SITE_SURVEY: the 现场勘查表' });
export const RiskLevelEnum = asEnum(RISK_LEVELS);
registerEnumType(RiskLevelEnum, { name: 'RiskLevel' });

@ObjectType('Department', { description: '部门' })
export class DepartmentType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => Int) position!: number;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: '部门负责人' }) headUserId!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('Duty', { description: '职责: owned by one department, with collaborating departments' })
export class DutyType {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() titleZh!: string;
  @Field(() => String, { nullable: true }) titleEn!: string | null;
  ownerDepartmentId!: string;
  collaboratorDepartmentIds!: string[];
  @Field(() => Int) version!: number;
}

@ObjectType('OnboardingTemplateTask')
export class OnboardingTemplateTaskType {
  @Field() key!: string;
  @Field(() => OnboardingPhaseEnum) phase!: OnboardingPhase;
  @Field() title!: string;
  @Field(() => ID) ownerDepartmentId!: string;
  @Field(() => [ID]) collaboratorDepartmentIds!: string[];
  @Field(() => Int, { description: 'Days after the onboarding starts' }) dueOffsetDays!: number;
  @Field({ description: 'A stage gate: the stage cannot be left before it is done' }) required!: boolean;
  @Field(() => [String], { description: 'Required documents / checklist items' }) checklist!: string[];
  @Field(() => OnboardingDeliverableEnum, { nullable: true }) deliverable?: OnboardingDeliverable | null;
}

@ObjectType('ProposalSection')
export class ProposalSectionType {
  @Field() key!: string;
  @Field() title!: string;
  @Field() body!: string;
}

@ObjectType('OnboardingTemplate', { description: '接管模板 per property format' })
export class OnboardingTemplateType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => PropertyFormatEnum) format!: PropertyFormat;
  @Field(() => [OnboardingTemplateTaskType]) tasks!: OnboardingTemplateTaskType[];
  @Field(() => [ProposalSectionType]) proposalSections!: ProposalSectionType[];
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('ChecklistEntry')
export class ChecklistEntryType {
  @Field() text!: string;
  @Field() done!: boolean;
}

@ObjectType('OnboardingTask')
export class OnboardingTaskType {
  @Field(() => ID) id!: string;
  onboardingId!: string;
  projectId!: string;
  @Field(() => OnboardingPhaseEnum) phase!: OnboardingPhase;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  ownerDepartmentId!: string;
  collaboratorDepartmentIds!: string[];
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field() required!: boolean;
  @Field(() => [ChecklistEntryType]) checklist!: ChecklistEntryType[];
  @Field(() => OnboardingDeliverableEnum, { nullable: true, description: 'The form this task delivers (its required fields gate DONE)' })
  deliverable!: OnboardingDeliverable | null;
  @Field(() => OnboardingTaskStatusEnum) status!: OnboardingTaskStatus;
  @Field(() => String, { nullable: true }) skipReason!: string | null;
  assigneeUserId!: string | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('OnboardingTaskConnection')
export class OnboardingTaskConnection extends Connection(OnboardingTaskType) {}

@ObjectType('OnboardingEvent', { description: 'History: comments with attachments, task changes, stage moves, overrides' })
export class OnboardingEventType {
  @Field(() => ID) id!: string;
  taskId!: string | null;
  @Field() kind!: string;
  userId!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => [ID], { description: 'Uploaded files (GET /files/:id)' }) fileIds!: string[];
  @Field(() => String, { nullable: true, description: 'JSON details (stage from/to, status …)' }) dataJson!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('GateStatus', { description: 'Whether the project may leave its current stage' })
export class GateStatusType {
  @Field(() => String, { nullable: true, description: 'The next stage, if any' }) nextStage!: string | null;
  @Field(() => [OnboardingPhaseEnum]) phases!: OnboardingPhase[];
  @Field() open!: boolean;
  @Field(() => [OnboardingTaskType], { description: 'Required tasks of these phases not done' }) blockers!: OnboardingTaskType[];
}

@ObjectType('SurveyArea')
export class SurveyAreaType {
  @Field() name!: string;
  @Field(() => Float) squareMeters!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
}
@ObjectType('SurveyFacility')
export class SurveyFacilityType {
  @Field() name!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => String, { nullable: true }) condition!: string | null;
}
@ObjectType('SurveyStaffing')
export class SurveyStaffingType {
  @Field(() => ID) positionId!: string;
  @Field(() => Int) headcount!: number;
}
@ObjectType('SurveyRisk')
export class SurveyRiskType {
  @Field() description!: string;
  @Field(() => RiskLevelEnum) level!: RiskLevel;
  @Field(() => String, { nullable: true }) mitigation!: string | null;
}

@ObjectType('SiteSurvey', { description: '现场勘查表' })
export class SiteSurveyType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) surveyedOn!: string | null;
  @Field(() => [SurveyAreaType]) areas!: SurveyAreaType[];
  @Field(() => [SurveyFacilityType]) facilities!: SurveyFacilityType[];
  @Field(() => [SurveyStaffingType]) staffing!: SurveyStaffingType[];
  @Field(() => [SurveyRiskType]) risks!: SurveyRiskType[];
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field() updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('ProposalStaffing')
export class ProposalStaffingType {
  @Field(() => ID) positionId!: string;
  @Field(() => Int) headcount!: number;
  @Field(() => Float) monthlyCostPerHead!: number;
}
@ObjectType('ProposalCost')
export class ProposalCostType {
  @Field() item!: string;
  @Field(() => Float) monthlyAmount!: number;
}
@ObjectType('ProposalCostTotal')
export class ProposalCostTotalType {
  @Field(() => Float) staff!: number;
  @Field(() => Float) other!: number;
  @Field(() => Float) total!: number;
}

@ObjectType('ServiceProposal', { description: '服务方案' })
export class ServiceProposalType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => [ProposalSectionType]) sections!: ProposalSectionType[];
  @Field(() => [ProposalStaffingType]) staffing!: ProposalStaffingType[];
  @Field(() => [ProposalCostType]) otherCosts!: ProposalCostType[];
  @Field(() => ProposalCostTotalType) monthlyCost!: ProposalCostTotalType;
  @Field() updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('Onboarding', { description: '前期接管 of one project' })
export class OnboardingType {
  @Field(() => ID) id!: string;
  projectId!: string;
  regionId!: string;
  templateId!: string | null;
  @Field() startDate!: string;
  @Field(() => OnboardingStatusEnum) status!: OnboardingStatus;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The handbook go-live created or found' }) handbookId!: string | null;
  @Field(() => Int, { nullable: true, description: 'Inspection frequencies go-live created' }) frequencyCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Training requirements of the project’s employees at go-live' }) requirementCount!:
    number | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('OnboardingConnection')
export class OnboardingConnection extends Connection(OnboardingType) {}

@ObjectType('OnboardingPipelineRow', { description: 'Onboardings of a region by project stage' })
export class PipelineRowType {
  regionId!: string;
  @Field(() => Int) survey!: number;
  @Field(() => Int) proposal!: number;
  @Field(() => Int) takeover!: number;
  @Field(() => Int, { description: 'Went live in the last 90 days' }) live!: number;
}

@ObjectType('DepartmentTaskCount')
export class DepartmentTaskCountType {
  departmentId!: string;
  @Field(() => Int) open!: number;
  @Field(() => Int) late!: number;
}

@ObjectType('OnboardingDashboard')
export class OnboardingDashboardType {
  @Field(() => [PipelineRowType]) pipeline!: PipelineRowType[];
  @Field(() => [OnboardingTaskType], { description: 'Late tasks, oldest due first (at most 20)' }) lateTasks!: OnboardingTaskType[];
  @Field(() => Int) lateCount!: number;
  @Field(() => [DepartmentTaskCountType]) openByDepartment!: DepartmentTaskCountType[];
}

@ObjectType('TaskCompletionBlocker', { description: 'Why the caller cannot mark a task DONE now' })
export class TaskCompletionBlockerType {
  @Field({ description: 'NOT_OWNER_DEPARTMENT | CHECKLIST_OPEN | SURVEY_INCOMPLETE' }) reason!: string;
  @Field(() => [String], { description: 'CHECKLIST_OPEN: the items not ticked' }) items!: string[];
  @Field(() => [String], { description: 'SURVEY_INCOMPLETE: the empty required fields (surveyedOn, areas, facilities, staffing)' })
  fields!: string[];
  @Field(() => ID, { nullable: true, description: 'NOT_OWNER_DEPARTMENT: the owning department' }) departmentId!: string | null;
}

@ObjectType('GoLiveHandbook')
export class GoLiveHandbookType {
  @Field({ description: 'KEEP the project’s handbook, or CREATE one from the format’s template (empty without one)' }) action!: string;
  @Field(() => ID, { nullable: true }) handbookId!: string | null;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) templateId?: string | null;
  @Field(() => String, { nullable: true }) templateName?: string | null;
}

@ObjectType('GoLiveFrequency', { description: 'A default inspection frequency go-live would create (or skip)' })
export class GoLiveFrequencyType {
  @Field(() => ID) templateId!: string;
  @Field() templateName!: string;
  @Field() anchor!: string;
  @Field(() => String, { nullable: true }) rrule!: string | null;
  @Field(() => String, { nullable: true }) periodUnit!: string | null;
  @Field(() => Int, { nullable: true }) periodCount!: number | null;
  @Field(() => String, { nullable: true }) assigneeRole!: string | null;
  @Field(() => Int, { description: 'Occurrences in the preview month' }) perMonth!: number;
  @Field(() => String, { nullable: true, description: 'ALREADY_SCHEDULED | TEMPLATE_ARCHIVED | TEMPLATE_NOT_PUBLISHED' })
  skipped!: string | null;
}

@ObjectType('GoLiveWorkload', { description: 'One assignee’s inspections in the preview month: already planned and added by go-live' })
export class GoLiveWorkloadType {
  userId!: string | null;
  @Field(() => String, { nullable: true, description: 'A role when nobody is named (its company-wide pool)' }) role!: string | null;
  @Field() month!: string;
  @Field(() => Int) existing!: number;
  @Field(() => Int) added!: number;
}

@ObjectType('GoLiveWarning')
export class GoLiveWarningType {
  @Field({ description: 'NO_HANDBOOK_TEMPLATE | NO_FREQUENCIES | NO_TRAINING_REQUIREMENTS | WORKLOAD_DOUBLES' }) code!: string;
  @Field(() => GraphQLJSONObject) params!: Record<string, unknown>;
}

@ObjectType('GoLivePreview', { description: 'What going live will provision, computed without writing' })
export class GoLivePreviewType {
  @Field(() => GoLiveHandbookType) handbook!: GoLiveHandbookType;
  @Field({ description: 'The first full month after today (YYYY-MM), for the counts' }) month!: string;
  @Field(() => [GoLiveFrequencyType]) frequencies!: GoLiveFrequencyType[];
  @Field(() => Int) occurrencesInMonth!: number;
  @Field(() => [GoLiveWorkloadType]) workload!: GoLiveWorkloadType[];
  @Field(() => Int, { description: 'Active employees registered for the project' }) employees!: number;
  @Field(() => Int, { description: 'Plan requirements (employee × course) that start at go-live' }) trainingRequirements!: number;
  @Field(() => [GoLiveWarningType]) warnings!: GoLiveWarningType[];
}
