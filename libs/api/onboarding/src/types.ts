import {
  ONBOARDING_PHASES,
  ONBOARDING_STATUSES,
  ONBOARDING_TASK_STATUSES,
  RISK_LEVELS,
  type OnboardingPhase,
  type OnboardingStatus,
  type OnboardingTaskStatus,
  type PropertyFormat,
  type RiskLevel,
} from '@pinzhi/domain';
import { Connection } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
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
