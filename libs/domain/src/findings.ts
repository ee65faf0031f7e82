import type { ApplicabilityCondition } from './standards';

/**
 * Findings charged to people (扣分到人): a failed inspection item may name the employee
 * responsible. Pure rules: who may be named for a standard, and when repeated findings call
 * for retraining.
 */

export const GENDERS = ['FEMALE', 'MALE'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Findings on one standard charged to one employee (since their last completed retraining for
 * the course teaching it) at which that employee must retake the course: "charged twice".
 */
export const FINDINGS_RETRAINING_THRESHOLD = 2;

/** A findings retraining requirement is due this many days after the finding that triggered it. */
export const FINDINGS_RETRAINING_DUE_DAYS = 30;

export type ChargeProblem =
  | { rule: 'INACTIVE' }
  | { rule: 'OTHER_PROJECT' }
  | { rule: 'POSITION'; positions: string[] }
  | { rule: 'GENDER'; condition: ApplicabilityCondition }
  | { rule: 'GENDER_UNKNOWN'; condition: ApplicabilityCondition };

export interface ChargeCandidate {
  active: boolean;
  projectId: string;
  /** The code of the employee's position (null for a position without a code). */
  positionCode: string | null;
  gender: Gender | null;
}

export interface ChargeStandard {
  /** Position codes it applies to; empty = every position. */
  positions: readonly string[];
  condition: ApplicabilityCondition | null;
}

/**
 * Why this employee cannot be charged with a finding on this standard at this project, or null.
 * The standard's positions and its women/men-only condition decide; an employee whose gender is
 * not recorded cannot be charged with a gendered standard (record it first).
 */
export function chargeProblem(e: ChargeCandidate, s: ChargeStandard, projectId: string): ChargeProblem | null {
  if (e.projectId !== projectId) return { rule: 'OTHER_PROJECT' };
  if (!e.active) return { rule: 'INACTIVE' };
  if (s.positions.length > 0 && (!e.positionCode || !s.positions.includes(e.positionCode)))
    return { rule: 'POSITION', positions: [...s.positions] };
  if (s.condition) {
    if (!e.gender) return { rule: 'GENDER_UNKNOWN', condition: s.condition };
    const wanted: Gender = s.condition === 'WOMEN_ONLY' ? 'FEMALE' : 'MALE';
    if (e.gender !== wanted) return { rule: 'GENDER', condition: s.condition };
  }
  return null;
}

/** A message for the field error (the client words it in the user's language from `rule`). */
export function chargeProblemMessage(p: ChargeProblem): string {
  switch (p.rule) {
    case 'OTHER_PROJECT':
      return 'This employee does not work at the inspected project';
    case 'INACTIVE':
      return 'This employee has left';
    case 'POSITION':
      return `This standard applies only to positions ${p.positions.join(', ')}`;
    case 'GENDER':
      return p.condition === 'MEN_ONLY' ? 'This standard applies to men only' : 'This standard applies to women only';
    case 'GENDER_UNKNOWN':
      return 'This standard applies to one gender only: record the employee’s gender first';
  }
}

/** Whether `count` findings (since the last completed retraining) call for retraining. */
export function findingsCallForRetraining(count: number, threshold = FINDINGS_RETRAINING_THRESHOLD): boolean {
  return count >= threshold;
}

/** Who reads findings charged to people (an employee's record, a project's table): like training records. */
export const FINDINGS_READERS = ['TENANT_ADMIN', 'HR', 'QUALITY_CENTER', 'REGIONAL_OPS', 'VIEWER'] as const;
