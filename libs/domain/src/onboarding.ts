import type { ProjectStage } from './portfolio';
import type { Role } from './roles';

/**
 * New-project onboarding (前期接管), pure rules shared by the API and the web client:
 * phases and the project stage each belongs to, stage gates, task states, and the shape
 * and limits of the site survey and the service proposal.
 */

export const ONBOARDING_PHASES = ['SITE_SURVEY', 'SERVICE_PLANNING', 'SERVICE_PROPOSAL', 'TAKEOVER_PREPARATION', 'GO_LIVE'] as const;
export type OnboardingPhase = (typeof ONBOARDING_PHASES)[number];

export const ONBOARDING_TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE', 'SKIPPED'] as const;
export type OnboardingTaskStatus = (typeof ONBOARDING_TASK_STATUSES)[number];

export const ONBOARDING_STATUSES = ['ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];

/**
 * The project stage during which each phase's work is done. Starting onboarding moves a
 * PROSPECT to SURVEY; leaving a stage requires the required tasks of its phases.
 */
export const STAGE_PHASES: Partial<Record<ProjectStage, readonly OnboardingPhase[]>> = {
  SURVEY: ['SITE_SURVEY', 'SERVICE_PLANNING'],
  PROPOSAL: ['SERVICE_PROPOSAL'],
  TAKEOVER: ['TAKEOVER_PREPARATION', 'GO_LIVE'],
};

export function stageOfPhase(phase: OnboardingPhase): ProjectStage {
  for (const [stage, phases] of Object.entries(STAGE_PHASES)) if (phases?.includes(phase)) return stage as ProjectStage;
  return 'SURVEY';
}

/** Who starts and runs onboarding (REGIONAL_OPS within their regions) and edits the templates. */
export const ONBOARDING_MANAGERS: readonly Role[] = ['TENANT_ADMIN', 'REGIONAL_OPS'];
/** Who may pass a stage gate whose required tasks are not done (with a reason). */
export const GATE_OVERRIDERS: readonly Role[] = ['TENANT_ADMIN'];
/** Who manages departments, memberships and the duty matrix. */
export const DEPARTMENT_MANAGERS: readonly Role[] = ['TENANT_ADMIN'];

export interface GateTask {
  phase: OnboardingPhase;
  required: boolean;
  status: OnboardingTaskStatus;
}

/** What blocks leaving `stage`: the required tasks of its phases that are not DONE. */
export function gateBlockers<T extends GateTask>(stage: ProjectStage, tasks: readonly T[]): T[] {
  const phases = STAGE_PHASES[stage] ?? [];
  return tasks.filter((t) => phases.includes(t.phase) && t.required && t.status !== 'DONE');
}

/** Task state moves: anything but SKIPPED for a required task; SKIPPED needs a reason (checked by the caller). */
export function taskStatusProblem(required: boolean, to: OnboardingTaskStatus, skipReason: string | null | undefined): string | null {
  if (to === 'SKIPPED' && required) return 'A required task cannot be skipped';
  if (to === 'SKIPPED' && !skipReason?.trim()) return 'Give a reason for skipping';
  return null;
}

/** Forms a task delivers: a required task is not DONE while its form's required fields are empty. */
export const ONBOARDING_DELIVERABLES = ['SITE_SURVEY'] as const;
export type OnboardingDeliverable = (typeof ONBOARDING_DELIVERABLES)[number];

/** The site survey's required fields (勘查日期, 区域面积, 设施设备, 人员测算). */
export const SURVEY_REQUIRED_FIELDS = ['surveyedOn', 'areas', 'facilities', 'staffing'] as const;
export type SurveyRequiredField = (typeof SURVEY_REQUIRED_FIELDS)[number];

/** The required survey fields still empty (all of them when there is no survey yet). */
export function surveyMissingFields(doc: SiteSurveyDoc | null | undefined): SurveyRequiredField[] {
  if (!doc) return [...SURVEY_REQUIRED_FIELDS];
  return SURVEY_REQUIRED_FIELDS.filter((f) => (f === 'surveyedOn' ? !doc.surveyedOn : doc[f].length === 0));
}

/** Why a task cannot be marked DONE (or closed) by this person now; empty: it can. */
export type TaskCompletionBlocker =
  | { reason: 'NOT_OWNER_DEPARTMENT'; department: string }
  | { reason: 'CHECKLIST_OPEN'; items: string[] }
  | { reason: 'SURVEY_INCOMPLETE'; fields: SurveyRequiredField[] };

/**
 * The completion gate of one task. Only members of its owning department close it (DONE or
 * SKIPPED) — an admin may too, and it is recorded as done on the department's behalf —
 * so one department cannot tick off another's work. A required task is not DONE with open
 * checklist items or, when it delivers the site survey, with empty required survey fields.
 */
export function taskCompletionBlockers(
  task: {
    required: boolean;
    ownerDepartmentId: string;
    checklist: ReadonlyArray<{ text: string; done: boolean }>;
    deliverable?: OnboardingDeliverable | null;
  },
  actor: { role: Role; departmentIds: readonly string[] },
  survey: SiteSurveyDoc | null | undefined,
): TaskCompletionBlocker[] {
  const blockers: TaskCompletionBlocker[] = [];
  if (!actor.departmentIds.includes(task.ownerDepartmentId) && !TASK_CLOSERS_FOR_ANY_DEPARTMENT.includes(actor.role))
    blockers.push({ reason: 'NOT_OWNER_DEPARTMENT', department: task.ownerDepartmentId });
  if (task.required) {
    const open = task.checklist.filter((c) => !c.done).map((c) => c.text);
    if (open.length) blockers.push({ reason: 'CHECKLIST_OPEN', items: open });
    if (task.deliverable === 'SITE_SURVEY') {
      const fields = surveyMissingFields(survey);
      if (fields.length) blockers.push({ reason: 'SURVEY_INCOMPLETE', fields });
    }
  }
  return blockers;
}

/** Who may close a task of any department (recorded as done on that department's behalf). */
export const TASK_CLOSERS_FOR_ANY_DEPARTMENT: readonly Role[] = ['TENANT_ADMIN'];

export const ONBOARDING_RULES = {
  name: { min: 1, max: 60 },
  title: { min: 1, max: 200 },
  text: { max: 2000 },
  reason: { min: 2, max: 500 },
  comment: { min: 1, max: 2000 },
  dueOffsetDays: { min: 0, max: 730 },
  checklist: { max: 30 },
  tasks: { max: 200 },
  collaborators: { max: 10 },
  surveyRows: { max: 100 },
  headcount: { min: 0, max: 2000 },
  area: { min: 0, max: 10_000_000 },
  amount: { min: 0, max: 100_000_000 },
  sections: { max: 30 },
} as const;

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** 现场勘查表: stored structured as one JSON document per onboarding. */
export interface SiteSurveyDoc {
  surveyedOn: string | null;
  areas: Array<{ name: string; squareMeters: number; note: string | null }>;
  facilities: Array<{ name: string; quantity: number; condition: string | null }>;
  staffing: Array<{ positionId: string; headcount: number }>;
  risks: Array<{ description: string; level: RiskLevel; mitigation: string | null }>;
  summary: string | null;
}

/** 服务方案: sections, a staffing plan and a monthly cost estimate. */
export interface ServiceProposalDoc {
  title: string;
  sections: Array<{ key: string; title: string; body: string }>;
  staffing: Array<{ positionId: string; headcount: number; monthlyCostPerHead: number }>;
  otherCosts: Array<{ item: string; monthlyAmount: number }>;
}

/** Monthly cost of a proposal: staff (headcount × cost per head) plus the other lines. */
export function proposalMonthlyCost(p: Pick<ServiceProposalDoc, 'staffing' | 'otherCosts'>): {
  staff: number;
  other: number;
  total: number;
} {
  const round = (n: number) => Math.round(n * 100) / 100;
  const staff = round(p.staffing.reduce((s, r) => s + r.headcount * r.monthlyCostPerHead, 0));
  const other = round(p.otherCosts.reduce((s, r) => s + r.monthlyAmount, 0));
  return { staff, other, total: round(staff + other) };
}

/** A task is late when it is not finished and its due date is before today (local dates). */
export function isTaskLate(t: { status: OnboardingTaskStatus; dueDate: string }, today: string): boolean {
  return (t.status === 'TODO' || t.status === 'IN_PROGRESS') && t.dueDate < today;
}
