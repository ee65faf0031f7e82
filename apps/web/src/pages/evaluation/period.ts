// The evaluation page's URL state (period, region, trend scope) and small pure helpers. Period
// arithmetic is @pinzhi/domain's (the API computes periods with the same functions).
import {
  checkPeriod,
  EVALUATION_PERIOD_KINDS,
  periodOf,
  previousPeriod,
  type EvaluationPeriod,
  type EvaluationPeriodKind,
} from '@pinzhi/domain';
import { pickEnum } from '../../lib/url-state';

/** Scores at or above this are shown green, within 10 points below amber, further below red. */
export const EVALUATION_PASS_MARK = 80;

/** Trend lengths offered per kind (months: half a year, a year; quarters: one year, two). */
export const TREND_LENGTHS: Record<EvaluationPeriodKind, readonly number[]> = { MONTH: [6, 12], QUARTER: [4, 8] };

export interface EvaluationUrlState {
  period: EvaluationPeriod;
  regionId?: string;
  /** The project whose trend is shown (a clicked row). */
  projectId?: string;
  trendLength: number;
}

/** The current period of a kind for a local day (YYYY-MM-DD). */
export function currentPeriod(today: string, kind: EvaluationPeriodKind = 'MONTH'): EvaluationPeriod {
  return periodOf(today, kind);
}

/** The period before the current one (上月 / 上季度). */
export function lastPeriod(today: string, kind: EvaluationPeriodKind = 'MONTH'): EvaluationPeriod {
  return previousPeriod(periodOf(today, kind));
}

export function evaluationStateFromParams(params: URLSearchParams, today: string): EvaluationUrlState {
  const kind = pickEnum(params.get('kind'), EVALUATION_PERIOD_KINDS) ?? 'MONTH';
  const fallback = currentPeriod(today, kind);
  const year = Number(params.get('year'));
  const index = Number(params.get('index'));
  const asked: EvaluationPeriod = {
    kind,
    year: params.has('year') ? year : fallback.year,
    index: params.has('index') ? index : fallback.index,
  };
  const period = checkPeriod(asked).length === 0 ? asked : fallback;
  const lengths = TREND_LENGTHS[kind];
  const n = Number(params.get('trend'));
  return {
    period,
    regionId: params.get('region') || undefined,
    projectId: params.get('project') || undefined,
    trendLength: lengths.includes(n) ? n : lengths[0],
  };
}

/** URL values of a period (for useQueryState().update). */
export function periodParams(p: EvaluationPeriod): Record<string, string> {
  return { kind: p.kind, year: String(p.year), index: String(p.index) };
}

export function samePeriod(a: EvaluationPeriod, b: EvaluationPeriod): boolean {
  return a.kind === b.kind && a.year === b.year && a.index === b.index;
}

/** "2026年11月" / "Nov 2026", "2026年第4季度" / "Q4 2026". */
export function periodLabel(p: Pick<EvaluationPeriod, 'kind' | 'year' | 'index'>, lang: string): string {
  const en = lang === 'en-US';
  if (p.kind === 'QUARTER') return en ? `Q${p.index} ${p.year}` : `${p.year}年第${p.index}季度`;
  if (en) return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][p.index - 1]} ${p.year}`;
  return `${p.year}年${p.index}月`;
}

export type ScoreLevel = 'good' | 'warning' | 'bad';

/** The colour band of a score against the pass mark. */
export function scoreLevel(score: number, passMark = EVALUATION_PASS_MARK): ScoreLevel {
  if (score >= passMark) return 'good';
  if (score >= passMark - 10) return 'warning';
  return 'bad';
}

/** "↑ 2.5", "↓ 1", "—" (no change or no comparison). */
export function changeText(change: number | null | undefined): { text: string; direction: 'up' | 'down' | 'flat' | 'none' } {
  if (change == null) return { text: '—', direction: 'none' };
  const abs = Math.abs(Math.round(change * 100) / 100);
  if (abs === 0) return { text: '0', direction: 'flat' };
  return change > 0 ? { text: `↑ ${abs}`, direction: 'up' } : { text: `↓ ${abs}`, direction: 'down' };
}

/** Score to show: two decimals at most. */
export function formatScore(score: number | null | undefined): string {
  if (score == null) return '—';
  return String(Math.round(score * 100) / 100);
}

/**
 * The score axis of a trend chart: from a round number (a multiple of 5) at least 5 points below
 * the lowest score and the pass mark, up to 100 — so scores around 96 are not a flat line at the
 * top of 0–100, while the pass line stays in view.
 */
export function trendAxis(scores: ReadonlyArray<number | null>, passMark: number | null): [number, number] {
  const values = [...scores.filter((s): s is number => s != null), ...(passMark == null ? [] : [passMark])];
  if (values.length === 0) return [0, 100];
  const low = Math.max(0, Math.floor((Math.min(...values) - 5) / 5) * 5);
  return [Math.min(low, 90), 100];
}
