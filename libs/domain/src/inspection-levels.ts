import type { Role } from './roles';

/**
 * 检查层级: the three levels at which Chinese property companies inspect. 项目自查 — the
 * project checks itself; 区域巡查 — the region checks its projects; 公司抽查 — the Quality
 * Center spot-checks. Templates and frequencies carry a level; every occurrence and
 * inspection has one (rows from before levels existed are company checks).
 */
export const INSPECTION_LEVELS = ['SELF_CHECK', 'REGIONAL', 'COMPANY'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

export const INSPECTION_LEVEL_LABELS: Record<InspectionLevel, { zh: string; en: string }> = {
  SELF_CHECK: { zh: '项目自查', en: 'Project self-check' },
  REGIONAL: { zh: '区域巡查', en: 'Regional check' },
  COMPANY: { zh: '公司抽查', en: 'Company spot check' },
};

/** A new template's (and a migrated row's) level. */
export const DEFAULT_INSPECTION_LEVEL: InspectionLevel = 'COMPANY';

/**
 * The policy as data: who performs each level's inspections. The project does its self-checks,
 * the region its regional checks, the Quality Center (and its inspectors) the company's spot
 * checks. TENANT_ADMIN may perform every level: in a small company the admin stands in for
 * anyone. QUALITY_CENTER performs company checks only — its independence is the point of
 * comparing levels. HR, VIEWER and MARKETING_CS perform none (they do not inspect at all).
 */
export const LEVEL_PERFORMERS: Record<InspectionLevel, readonly Role[]> = {
  SELF_CHECK: ['TENANT_ADMIN', 'PROJECT_MANAGER', 'PROJECT_STAFF'],
  REGIONAL: ['TENANT_ADMIN', 'REGIONAL_OPS'],
  COMPANY: ['TENANT_ADMIN', 'QUALITY_CENTER', 'INSPECTOR'],
};

/** Whether a role performs inspections of a level (the one check, in the inspections service). */
export function mayPerformLevel(role: Role, level: InspectionLevel): boolean {
  return LEVEL_PERFORMERS[level].includes(role);
}

/** The levels a role performs. */
export function levelsOf(role: Role): InspectionLevel[] {
  return INSPECTION_LEVELS.filter((l) => mayPerformLevel(role, l));
}

/**
 * The level of an ad-hoc inspection when the caller names none: the checklist's level when the
 * caller performs it, else the caller's only level (a project manager's ad-hoc check with a
 * company checklist is a self-check), else the checklist's level (and the caller is refused).
 */
export function adHocLevel(role: Role, templateLevel: InspectionLevel): InspectionLevel {
  if (mayPerformLevel(role, templateLevel)) return templateLevel;
  const own = levelsOf(role);
  return own.length === 1 ? own[0] : templateLevel;
}

/** Company-set weights of the levels in the evaluation (integers summing to 100). */
export interface LevelWeights {
  SELF_CHECK: number;
  REGIONAL: number;
  COMPANY: number;
}

export const LEVEL_RULES = {
  weight: { min: 0, max: 100, sum: 100 },
  /** Points by which the self-check average may exceed the independent checks' before it is flagged. */
  inflationThreshold: { min: 0, max: 100 },
} as const;

export const DEFAULT_LEVEL_WEIGHTS: LevelWeights = { SELF_CHECK: 20, REGIONAL: 30, COMPANY: 50 };
export const DEFAULT_INFLATION_THRESHOLD = 10;

/** What is wrong with a set of weights, by level (or 'sum'); empty when valid. */
export function levelWeightProblems(w: LevelWeights): Array<{ field: InspectionLevel | 'sum'; message: string }> {
  const out: Array<{ field: InspectionLevel | 'sum'; message: string }> = [];
  const R = LEVEL_RULES.weight;
  for (const l of INSPECTION_LEVELS) {
    if (!Number.isInteger(w[l]) || w[l] < R.min || w[l] > R.max)
      out.push({ field: l, message: `A whole number between ${R.min} and ${R.max}` });
  }
  if (!out.length && w.SELF_CHECK + w.REGIONAL + w.COMPANY !== R.sum)
    out.push({ field: 'sum', message: `The three weights add up to ${R.sum}` });
  return out;
}

/**
 * The evaluation score of a project from its levels' points: each level's score (earned /
 * possible × 100) weighted by the company's weights. A level without applicable points (no
 * inspections of that level in the period) is left out and the weights of the levels the
 * project has are renormalised (self 20 / company 50 with no regional check: 2/7 and 5/7).
 * When only zero-weighted levels have points, their plain points ratio is the score.
 * Null when nothing was applicable. Two decimals.
 */
export function combinedLevelScore(
  points: Partial<Record<InspectionLevel, { earned: number; possible: number }>>,
  weights: LevelWeights,
): number | null {
  let weighted = 0;
  let total = 0;
  let earned = 0;
  let possible = 0;
  let levels = 0;
  for (const l of INSPECTION_LEVELS) {
    const p = points[l];
    if (!p || !(p.possible > 0)) continue;
    levels++;
    earned += p.earned;
    possible += p.possible;
    weighted += weights[l] * (p.earned / p.possible) * 100;
    total += weights[l];
  }
  if (!(possible > 0)) return null;
  // One level (or only unweighted ones): the plain points ratio, exactly as before levels existed.
  if (levels === 1 || total === 0) return Math.round((earned / possible) * 10_000) / 100;
  const score = total > 0 ? weighted / total : (earned / possible) * 100;
  return Math.round(score * 100) / 100;
}

/**
 * The self-check inflation figures of a project: the gap between its self-check average and the
 * average of its independent (regional and company) inspections, and whether it exceeds the
 * company's threshold. No gap (null) without both.
 */
export function inflationGap(
  selfAverage: number | null,
  independentAverage: number | null,
  threshold: number,
): { gap: number | null; inflated: boolean } {
  if (selfAverage === null || independentAverage === null) return { gap: null, inflated: false };
  const gap = Math.round((selfAverage - independentAverage) * 100) / 100;
  return { gap, inflated: gap > threshold };
}
