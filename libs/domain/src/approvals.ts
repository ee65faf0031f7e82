// Approvals (审批): the one state machine and step resolution behind every capability's sign-off
// (handbook publish, regulation publish, service proposals, training plans, rectification deadline
// extensions, budget adjustments, onboarding gate overrides). Pure: the API resolves people and
// stores the request; these rules decide which step is next and when a request is done.
import type { Role } from './roles';

export const APPROVAL_KINDS = [
  'HANDBOOK_PUBLISH',
  'REGULATION_PUBLISH',
  'SERVICE_PROPOSAL',
  'TRAINING_PLAN_ACTIVATION',
  'RECTIFICATION_EXTENSION',
  'BUDGET_ADJUSTMENT',
  'ONBOARDING_GATE_OVERRIDE',
] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const APPROVAL_KIND_LABELS: Record<ApprovalKind, { zh: string; en: string }> = {
  HANDBOOK_PUBLISH: { zh: '工作手册发布', en: 'Handbook publish' },
  REGULATION_PUBLISH: { zh: '品质制度发布', en: 'Regulation publish' },
  SERVICE_PROPOSAL: { zh: '服务方案内部评审', en: 'Service proposal' },
  TRAINING_PLAN_ACTIVATION: { zh: '培训计划启用', en: 'Training plan activation' },
  RECTIFICATION_EXTENSION: { zh: '整改延期', en: 'Rectification extension' },
  BUDGET_ADJUSTMENT: { zh: '成本预算调整', en: 'Budget adjustment' },
  ONBOARDING_GATE_OVERRIDE: { zh: '接管关口放行', en: 'Onboarding gate override' },
};

export const APPROVAL_STATUSES = ['PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** Who approves a step: holders of a role, a department's head (前期接管 departments), the GM, or named members. */
export const APPROVER_KINDS = ['ROLE', 'DEPARTMENT_HEAD', 'GENERAL_MANAGER', 'MEMBERS'] as const;
export type ApproverKind = (typeof APPROVER_KINDS)[number];

/** ONE: the first approval completes the step; ALL: every approver of the step must approve. */
export const APPROVAL_MODES = ['ONE', 'ALL'] as const;
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

export const APPROVAL_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** When a step applies; a step whose condition does not hold is skipped. */
export interface ApprovalCondition {
  /** The step applies only when the request's amount (fen, days …) is at least this. */
  minAmount?: number | null;
}

export interface ApprovalStep {
  name: string;
  approverKind: ApproverKind;
  role?: Role | null;
  departmentId?: string | null;
  userIds?: string[] | null;
  mode: ApprovalMode;
  condition?: ApprovalCondition | null;
}

export const APPROVAL_LIMITS = { steps: { max: 10 }, members: { max: 20 }, name: { max: 60 }, reason: { max: 500 } } as const;

/** What a step's approver definition lacks (field → reason), empty when complete. */
export function stepProblems(step: ApprovalStep): Array<{ field: string; reason: string; message: string }> {
  const out: Array<{ field: string; reason: string; message: string }> = [];
  if (!step.name.trim()) out.push({ field: 'name', reason: 'REQUIRED', message: 'Name the step' });
  if (step.approverKind === 'ROLE' && !step.role) out.push({ field: 'role', reason: 'REQUIRED', message: 'Choose the role that approves' });
  if (step.approverKind === 'DEPARTMENT_HEAD' && !step.departmentId)
    out.push({ field: 'departmentId', reason: 'REQUIRED', message: 'Choose the department whose head approves' });
  if (step.approverKind === 'MEMBERS' && !step.userIds?.length)
    out.push({ field: 'userIds', reason: 'REQUIRED', message: 'Name at least one approver' });
  const min = step.condition?.minAmount;
  if (min != null && (!Number.isFinite(min) || min < 0))
    out.push({ field: 'condition', reason: 'INVALID_VALUE', message: 'The threshold must be zero or more' });
  return out;
}

/** Whether a step applies to a request with this amount (no condition = always). */
export function stepApplies(step: ApprovalStep, amount: number | null | undefined): boolean {
  const min = step.condition?.minAmount;
  if (min == null) return true;
  return amount != null && amount >= min;
}

/** The first step at or after `from` that applies, or null when none is left (the request is approved). */
export function nextStepIndex(steps: readonly ApprovalStep[], amount: number | null | undefined, from: number): number | null {
  for (let i = Math.max(0, from); i < steps.length; i++) if (stepApplies(steps[i], amount)) return i;
  return null;
}

/** Whether a step is done: ONE needs one approval of an approver; ALL needs every approver's. */
export function stepComplete(mode: ApprovalMode, approvers: readonly string[], approvedBy: readonly string[]): boolean {
  const done = new Set(approvedBy);
  if (mode === 'ONE') return approvers.some((a) => done.has(a));
  return approvers.length > 0 && approvers.every((a) => done.has(a));
}

export type ApprovalAction = 'APPROVE' | 'REJECT' | 'WITHDRAW';

/** Why an action is refused, or null when it is allowed. */
export function approvalActionError(
  request: { status: ApprovalStatus; requesterUserId: string },
  action: ApprovalAction,
  actor: { userId: string; isCurrentApprover: boolean; hasDecided: boolean },
): { reason: 'NOT_PENDING' | 'NOT_APPROVER' | 'ALREADY_DECIDED' | 'NOT_REQUESTER'; message: string } | null {
  if (request.status !== 'PENDING_APPROVAL') return { reason: 'NOT_PENDING', message: 'This request is no longer waiting for approval' };
  if (action === 'WITHDRAW') {
    return actor.userId === request.requesterUserId ? null : { reason: 'NOT_REQUESTER', message: 'Only the requester may withdraw it' };
  }
  if (!actor.isCurrentApprover) return { reason: 'NOT_APPROVER', message: 'You are not an approver of the current step' };
  if (actor.hasDecided) return { reason: 'ALREADY_DECIDED', message: 'You have already decided on this step' };
  return null;
}

/**
 * After an approval at step `index`: the request stays on the step (ALL still waiting), moves to
 * the next applicable step, or is approved when no step is left.
 */
export function afterApproval(
  steps: readonly ApprovalStep[],
  amount: number | null | undefined,
  index: number,
  approvers: readonly string[],
  approvedBy: readonly string[],
): { status: 'PENDING_APPROVAL'; stepIndex: number; advanced: boolean } | { status: 'APPROVED'; stepIndex: null; advanced: true } {
  if (!stepComplete(steps[index].mode, approvers, approvedBy)) return { status: 'PENDING_APPROVAL', stepIndex: index, advanced: false };
  const next = nextStepIndex(steps, amount, index + 1);
  return next == null
    ? { status: 'APPROVED', stepIndex: null, advanced: true }
    : { status: 'PENDING_APPROVAL', stepIndex: next, advanced: true };
}
