/**
 * Periodic evaluation (品质评价 / 考评): calendar periods (months, quarters) as ranges of
 * local days, and ranking with ties. Pure rules: the API aggregates in SQL, then ranks here.
 */

export const EVALUATION_PERIOD_KINDS = ['MONTH', 'QUARTER'] as const;
export type EvaluationPeriodKind = (typeof EVALUATION_PERIOD_KINDS)[number];

export interface EvaluationPeriod {
  kind: EvaluationPeriodKind;
  year: number;
  /** Month 1–12 or quarter 1–4. */
  index: number;
}

export const EVALUATION_RULES = {
  year: { min: 2000, max: 2100 },
  /** How many periods a trend may cover. */
  trendPeriods: { min: 1, max: 24, default: 6 },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** How many months a period of this kind spans. */
export function monthsOf(kind: EvaluationPeriodKind): number {
  return kind === 'MONTH' ? 1 : 3;
}

/** The periods of a kind in a year (12 months, 4 quarters). */
export function periodsPerYear(kind: EvaluationPeriodKind): number {
  return 12 / monthsOf(kind);
}

/** What is wrong with a period, by field (empty when valid). */
export function checkPeriod(
  p: EvaluationPeriod,
): Array<{ field: 'year' | 'index'; message: string; params: { min: number; max: number } }> {
  const issues: Array<{ field: 'year' | 'index'; message: string; params: { min: number; max: number } }> = [];
  const Y = EVALUATION_RULES.year;
  if (!Number.isInteger(p.year) || p.year < Y.min || p.year > Y.max)
    issues.push({ field: 'year', message: `A year between ${Y.min} and ${Y.max}`, params: { min: Y.min, max: Y.max } });
  const max = periodsPerYear(p.kind);
  if (!Number.isInteger(p.index) || p.index < 1 || p.index > max) {
    issues.push({
      field: 'index',
      message: p.kind === 'MONTH' ? 'A month between 1 and 12' : 'A quarter between 1 and 4',
      params: { min: 1, max },
    });
  }
  return issues;
}

/** First and last local day (inclusive, YYYY-MM-DD) of a period. */
export function periodRange(p: EvaluationPeriod): { from: string; to: string } {
  const months = monthsOf(p.kind);
  const firstMonth = (p.index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const lastDay = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  return { from: `${p.year}-${pad(firstMonth)}-01`, to: `${p.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** The period `n` periods after `p` (negative: before). */
export function shiftPeriod(p: EvaluationPeriod, n: number): EvaluationPeriod {
  const per = periodsPerYear(p.kind);
  const ordinal = p.year * per + (p.index - 1) + n;
  return { kind: p.kind, year: Math.floor(ordinal / per), index: (((ordinal % per) + per) % per) + 1 };
}

export function previousPeriod(p: EvaluationPeriod): EvaluationPeriod {
  return shiftPeriod(p, -1);
}

/** The period of a kind that contains a local day (YYYY-MM-DD). */
export function periodOf(localDate: string, kind: EvaluationPeriodKind): EvaluationPeriod {
  const year = Number(localDate.slice(0, 4));
  const month = Number(localDate.slice(5, 7));
  return { kind, year, index: Math.floor((month - 1) / monthsOf(kind)) + 1 };
}

/** A short stable key: "2026-11" for a month, "2026-Q4" for a quarter. */
export function periodKey(p: EvaluationPeriod): string {
  return p.kind === 'MONTH' ? `${p.year}-${pad(p.index)}` : `${p.year}-Q${p.index}`;
}

/** The `count` periods ending with `last`, oldest first. */
export function periodsEndingWith(last: EvaluationPeriod, count: number): EvaluationPeriod[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, i - count + 1));
}

/** earned / possible × 100 to two decimals; null when nothing was applicable (unscored). */
export function evaluationScore(earned: number, possible: number): number | null {
  if (!(possible > 0)) return null;
  return Math.round((earned / possible) * 10_000) / 100;
}

/**
 * Competition ranks ("1224"): rows with equal scores share a rank and the next rank skips.
 * Rows without a score are unranked (null). Ranks are computed within each group
 * (`groupOf`, e.g. the region) or over all rows when no group is given. One pass after a sort.
 */
export function competitionRanks<T>(
  rows: readonly T[],
  scoreOf: (r: T) => number | null,
  groupOf: (r: T) => string = () => '',
): Map<T, number | null> {
  const ranks = new Map<T, number | null>();
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const s = scoreOf(r);
    if (s === null) {
      ranks.set(r, null);
      continue;
    }
    const g = groupOf(r);
    const list = groups.get(g);
    if (list) list.push(r);
    else groups.set(g, [r]);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => scoreOf(b)! - scoreOf(a)!);
    let rank = 0;
    let previous: number | null = null;
    list.forEach((r, i) => {
      const s = scoreOf(r)!;
      if (s !== previous) rank = i + 1;
      previous = s;
      ranks.set(r, rank);
    });
  }
  return ranks;
}

/** Who reads summaries and evaluations: everyone but inspectors (their own work is in `inspections`). */
export const EVALUATION_READERS = [
  'TENANT_ADMIN',
  'QUALITY_CENTER',
  'HR',
  'REGIONAL_OPS',
  'VIEWER',
  'MARKETING_CS',
  'PROJECT_MANAGER',
] as const;

/** The day after a local day (YYYY-MM-DD). */
export function nextLocalDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
