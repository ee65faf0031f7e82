import dayjs from 'dayjs';

/**
 * Training (岗位培训) rules, pure: requirement status at a date, validity → expiry,
 * pass/fail, attendance, enrolment rules and the coverage formula. Dates are local
 * calendar dates 'YYYY-MM-DD' (string comparison orders them).
 */

export const ATTENDANCE_VALUES = ['PRESENT', 'ABSENT', 'LATE', 'EXCUSED'] as const;
export type Attendance = (typeof ATTENDANCE_VALUES)[number];

/** PLAN: a training plan asks for it; RETRAINING: a handbook change; FINDINGS: repeated findings on a standard the course teaches. */
export const REQUIREMENT_REASONS = ['PLAN', 'RETRAINING', 'FINDINGS'] as const;
export type RequirementReason = (typeof REQUIREMENT_REASONS)[number];

export const REQUIREMENT_STATUSES = ['REQUIRED', 'COMPLETED', 'OVERDUE', 'EXPIRING_SOON', 'EXPIRED'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export const PLAN_SCOPES = ['TENANT', 'REGION', 'PROJECT'] as const;
export type PlanScope = (typeof PLAN_SCOPES)[number];

/** A completed course is "expiring soon" this many days before its expiry date. */
export const EXPIRING_SOON_DAYS = 30;
/** A retraining requirement is due this many days after the handbook change was published. */
export const RETRAINING_DUE_DAYS = 30;

export const TRAINING_RULES = {
  name: { min: 1, max: 60 },
  title: { min: 1, max: 100 },
  place: { min: 1, max: 100 },
  description: { max: 2000 },
  passMark: { min: 0, max: 100 },
  score: { min: 0, max: 100 },
  validityMonths: { min: 1, max: 120 },
  capacity: { min: 1, max: 500 },
  enrolBatch: { max: 500 },
  importRows: { max: 2000 },
} as const;

/**
 * A plan item's due date against its plan's period: a course due before the plan starts would be
 * overdue the day the plan applies (false overdue figures in coverage). Dates are 'YYYY-MM-DD'.
 */
export function planItemDueProblem(periodStart: string, requiredBy: string): 'DATE_ORDER' | null {
  return requiredBy < periodStart ? 'DATE_ORDER' : null;
}

export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD');
}

/**
 * When a completion on `completedOn` stops being valid: `validityMonths` calendar months
 * later, clamped to the end of a shorter month (2026-01-31 + 1 month = 2026-02-28).
 * The qualification holds up to the day before; null validity never expires.
 */
export function expiryDate(completedOn: string, validityMonths: number | null): string | null {
  if (validityMonths == null) return null;
  return dayjs(completedOn).add(validityMonths, 'month').format('YYYY-MM-DD');
}

export interface RequirementDates {
  requiredBy: string;
  completedOn: string | null;
  expiresOn: string | null;
}

/**
 * Status on `today`:
 * - not completed: REQUIRED until `requiredBy` (inclusive), OVERDUE after it;
 * - completed: EXPIRED from `expiresOn`, EXPIRING_SOON within EXPIRING_SOON_DAYS before it,
 *   COMPLETED otherwise (or when it never expires).
 */
export function requirementStatus(r: RequirementDates, today: string): RequirementStatus {
  if (!r.completedOn) return today > r.requiredBy ? 'OVERDUE' : 'REQUIRED';
  if (r.expiresOn) {
    if (today >= r.expiresOn) return 'EXPIRED';
    if (r.expiresOn <= addDays(today, EXPIRING_SOON_DAYS)) return 'EXPIRING_SOON';
  }
  return 'COMPLETED';
}

export function attended(a: Attendance | null | undefined): boolean {
  return a === 'PRESENT' || a === 'LATE';
}

/** Passed = attended (present or late) with a score at or above the pass mark. */
export function passed(attendance: Attendance | null, score: number | null, passMark: number): boolean {
  return attended(attendance) && score != null && score >= passMark;
}

/** Coverage in percent (1 decimal): completed-and-valid ÷ required; null when nothing is required. */
export function coverage(completedValid: number, required: number): number | null {
  if (required <= 0) return null;
  return Math.round((completedValid / required) * 1000) / 10;
}

export type EnrolmentProblem =
  | { rule: 'SESSION_CANCELLED' }
  | { rule: 'INACTIVE' }
  | { rule: 'ALREADY_ENROLLED' }
  | { rule: 'FULL'; capacity: number }
  | { rule: 'PROJECT_MISMATCH' }
  | { rule: 'HIRED_AFTER_SESSION'; hireDate: string; sessionDate: string };

export interface EnrolmentCandidate {
  active: boolean;
  hireDate: string;
  projectId: string;
}

export interface SessionFacts {
  cancelled: boolean;
  /** Local date of the session. */
  date: string;
  capacity: number;
  /** Set when the session is for one project's staff. */
  projectId: string | null;
}

/**
 * Why an employee cannot be enrolled, or null. `enrolledBefore` counts the session's
 * enrolments including those accepted earlier in the same batch.
 * An employee hired after the session was *planned* may be enrolled (hiring is not frozen
 * at planning time); one hired after the session's *date* may not — they cannot have been there.
 */
export function enrolmentProblem(
  e: EnrolmentCandidate,
  s: SessionFacts,
  alreadyEnrolled: boolean,
  enrolledBefore: number,
): EnrolmentProblem | null {
  if (s.cancelled) return { rule: 'SESSION_CANCELLED' };
  if (alreadyEnrolled) return { rule: 'ALREADY_ENROLLED' };
  if (!e.active) return { rule: 'INACTIVE' };
  if (s.projectId && e.projectId !== s.projectId) return { rule: 'PROJECT_MISMATCH' };
  if (e.hireDate > s.date) return { rule: 'HIRED_AFTER_SESSION', hireDate: e.hireDate, sessionDate: s.date };
  if (enrolledBefore >= s.capacity) return { rule: 'FULL', capacity: s.capacity };
  return null;
}

export type AttendanceProblem = { rule: 'HIRED_AFTER_SESSION' } | { rule: 'SCORE_WITHOUT_ATTENDANCE' } | { rule: 'NOT_STARTED' };

/**
 * Why an attendance entry cannot be recorded: the session has not started yet; a score for
 * someone who was not there; PRESENT/LATE for someone hired after the session date.
 */
export function attendanceProblem(
  entry: { attendance: Attendance; score: number | null },
  hireDate: string,
  sessionDate: string,
  started: boolean,
): AttendanceProblem | null {
  if (!started) return { rule: 'NOT_STARTED' };
  if (entry.score != null && !attended(entry.attendance)) return { rule: 'SCORE_WITHOUT_ATTENDANCE' };
  if (attended(entry.attendance) && hireDate > sessionDate) return { rule: 'HIRED_AFTER_SESSION' };
  return null;
}

/** Merges several plan items asking for one course: earliest due date, highest pass mark, shortest validity. */
export function mergeDemands<T extends { requiredBy: string; passMark: number; validityMonths: number | null }>(items: T[]): T {
  return items.reduce((a, b) => ({
    ...(b.requiredBy < a.requiredBy ? b : a),
    requiredBy: b.requiredBy < a.requiredBy ? b.requiredBy : a.requiredBy,
    passMark: Math.max(a.passMark, b.passMark),
    validityMonths:
      a.validityMonths == null
        ? b.validityMonths
        : b.validityMonths == null
          ? a.validityMonths
          : Math.min(a.validityMonths, b.validityMonths),
  }));
}

/** The local date of an instant in an IANA zone ('YYYY-MM-DD'). */
export function localDateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * Plan requirements start when a project goes live: employees registered for a project that
 * is still being taken over (PROSPECT … TAKEOVER) have none until it becomes OPERATING.
 */
export function planRequirementsApply(stage: string): boolean {
  return stage === 'OPERATING' || stage === 'EXITED';
}
