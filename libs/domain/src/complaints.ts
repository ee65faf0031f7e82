/**
 * 重大投诉/纠纷/技术问题: major service-quality complaints, disputes and technical problems,
 * convened on by the Quality Center and followed to a verified effect.
 *
 * OPEN → IN_PROGRESS → RESOLVED → VERIFIED, or RESOLVED → REOPENED → IN_PROGRESS …
 * Verification is by a Quality Center user who did not resolve the case.
 */
import type { Role } from './roles';

export const COMPLAINT_SOURCES = ['OWNER_RESIDENT', 'CLIENT', 'INTERNAL', 'INSPECTION'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];

export const COMPLAINT_CATEGORIES = ['COMPLAINT', 'DISPUTE', 'TECHNICAL'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_SEVERITIES = ['MAJOR', 'CRITICAL'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

export const COMPLAINT_STATES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED', 'REOPENED'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_STEPS = ['START', 'RESOLVE', 'VERIFY', 'REOPEN'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];

/** History actions: the steps plus the opening. */
export type ComplaintEventAction = 'OPENED' | 'STARTED' | 'RESOLVED' | 'VERIFIED' | 'REOPENED';

/**
 * Departments that take part in a convened discussion (会议). Departments as entities are being
 * built separately; until then a discussion names them by these fixed codes (labels in the clients).
 */
export const COMPLAINT_DEPARTMENTS = [
  'QUALITY_CENTER',
  'HR_CENTER',
  'REGIONAL_OPERATIONS',
  'OPERATIONS_SUPPORT',
  'MARKETING_CS',
  'ENGINEERING',
  'FINANCE',
  'LEGAL',
  'GENERAL_MANAGER',
  'PROJECT_TEAM',
] as const;
export type ComplaintDepartment = (typeof COMPLAINT_DEPARTMENTS)[number];

/** Who reads cases (REGIONAL_OPS: their regions). */
export const COMPLAINT_READERS: readonly Role[] = [
  'TENANT_ADMIN',
  'QUALITY_CENTER',
  'REGIONAL_OPS',
  'MARKETING_CS',
  'VIEWER',
  'PROJECT_MANAGER',
];
/** Who opens and runs cases: discussion, actions, start, resolve (REGIONAL_OPS: their regions). */
export const COMPLAINT_RUNNERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS'];
/** Who verifies the actual effect — never the user who resolved the case. */
export const COMPLAINT_VERIFIERS: readonly Role[] = ['QUALITY_CENTER'];
/** Who sends a resolved case back (the effect was not achieved). */
export const COMPLAINT_REOPENERS: readonly Role[] = ['QUALITY_CENTER', 'TENANT_ADMIN'];
/** Who sees the escalated (overdue) list of the whole company. */
export const COMPLAINT_ESCALATION_READERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER'];

export const COMPLAINT_RULES = {
  title: { min: 1, max: 100 },
  description: { min: 1, max: 4000 },
  note: { max: 2000 },
  resolutionNote: { min: 1, max: 2000 },
  verificationNote: { min: 1, max: 2000 },
  reopenReason: { min: 1, max: 2000 },
  evidence: { max: 20 },
  minutes: { min: 1, max: 10_000 },
  decisions: { max: 4000 },
  departments: { min: 1, max: 10 },
  actionDescription: { min: 1, max: 500 },
  actions: { max: 50 },
  /** Days from opening until a case of each severity should be resolved (the domain default). */
  dueDays: { MAJOR: 7, CRITICAL: 2 } as Record<ComplaintSeverity, number>,
  /** Every this many days past due, the escalation level rises by one (up to 3). */
  escalationStepDays: { MAJOR: 7, CRITICAL: 2 } as Record<ComplaintSeverity, number>,
  maxEscalationLevel: 3,
} as const;

const TRANSITIONS: Record<ComplaintStep, { from: readonly ComplaintState[]; to: ComplaintState; action: ComplaintEventAction }> = {
  START: { from: ['OPEN', 'REOPENED'], to: 'IN_PROGRESS', action: 'STARTED' },
  RESOLVE: { from: ['IN_PROGRESS'], to: 'RESOLVED', action: 'RESOLVED' },
  VERIFY: { from: ['RESOLVED'], to: 'VERIFIED', action: 'VERIFIED' },
  REOPEN: { from: ['RESOLVED'], to: 'REOPENED', action: 'REOPENED' },
};

export function complaintStep(state: ComplaintState, step: ComplaintStep): { to: ComplaintState; action: ComplaintEventAction } | null {
  const t = TRANSITIONS[step];
  return t.from.includes(state) ? { to: t.to, action: t.action } : null;
}

/** States in which the clock runs (not yet resolved). */
export const COMPLAINT_OPEN_STATES: readonly ComplaintState[] = ['OPEN', 'IN_PROGRESS', 'REOPENED'];

const DAY = 86_400_000;

export function complaintDueAt(openedAt: Date, severity: ComplaintSeverity): Date {
  return new Date(openedAt.getTime() + COMPLAINT_RULES.dueDays[severity] * DAY);
}

export function isComplaintOverdue(c: { state: ComplaintState; dueAt: Date }, now: Date): boolean {
  return COMPLAINT_OPEN_STATES.includes(c.state) && c.dueAt.getTime() < now.getTime();
}

/** 0 = not overdue; 1 once overdue, +1 per escalation step past due, at most 3. */
export function complaintEscalationLevel(c: { state: ComplaintState; dueAt: Date; severity: ComplaintSeverity }, now: Date): number {
  if (!isComplaintOverdue(c, now)) return 0;
  const late = now.getTime() - c.dueAt.getTime();
  return Math.min(COMPLAINT_RULES.maxEscalationLevel, 1 + Math.floor(late / (COMPLAINT_RULES.escalationStepDays[c.severity] * DAY)));
}

/** Why a user may not take a step now (a code the clients word), or null when they may. */
export type ComplaintBlocker = 'STATE' | 'ROLE' | 'REGION' | 'RESOLVED_BY_YOU' | 'ACTIONS_OPEN';

export interface ComplaintStepContext {
  role: Role;
  userId: string;
  /** Does the user's region scope include the case's region? */
  inRegion: boolean;
  state: ComplaintState;
  resolvedByUserId: string | null;
  openActions: number;
}

export function complaintStepBlocker(step: ComplaintStep, c: ComplaintStepContext): ComplaintBlocker | null {
  const roles = step === 'VERIFY' ? COMPLAINT_VERIFIERS : step === 'REOPEN' ? COMPLAINT_REOPENERS : COMPLAINT_RUNNERS;
  if (!roles.includes(c.role)) return 'ROLE';
  if (!c.inRegion) return 'REGION';
  if (!complaintStep(c.state, step)) return 'STATE';
  if (step === 'VERIFY' && c.resolvedByUserId === c.userId) return 'RESOLVED_BY_YOU';
  if (step === 'RESOLVE' && c.openActions > 0) return 'ACTIONS_OPEN';
  return null;
}
