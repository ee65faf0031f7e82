import type { Role } from './roles';

/**
 * Operating costs (运营成本, duty 8), pure: categories with labels, money as integer fen,
 * variance and the tenant's review threshold. Months are 'YYYY-MM'.
 */
export const COST_CATEGORIES = ['STAFF', 'CLEANING', 'SECURITY', 'ENGINEERING', 'LANDSCAPING', 'MATERIALS', 'ENERGY', 'OTHER'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const COST_CATEGORY_LABELS: Record<CostCategory, { zh: string; en: string }> = {
  STAFF: { zh: '人工成本', en: 'Staff' },
  CLEANING: { zh: '保洁费用', en: 'Cleaning' },
  SECURITY: { zh: '秩序维护', en: 'Security' },
  ENGINEERING: { zh: '工程维修', en: 'Engineering' },
  LANDSCAPING: { zh: '绿化养护', en: 'Landscaping' },
  MATERIALS: { zh: '物料消耗', en: 'Materials' },
  ENERGY: { zh: '能耗', en: 'Energy' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const COST_DECISIONS = ['ACCEPTED', 'BUDGET_ADJUSTED', 'ACTION_REQUIRED'] as const;
export type CostDecision = (typeof COST_DECISIONS)[number];

/** Who enters budgets and actuals (REGIONAL_OPS: their regions). */
export const COST_EDITORS: readonly Role[] = ['TENANT_ADMIN', 'REGIONAL_OPS'];
/** Who records review decisions on flagged projects. */
export const COST_REVIEWERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER'];
/** Who reads costs (REGIONAL_OPS: their regions). */
export const COST_READERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS', 'PROJECT_MANAGER'];

export const COST_RULES = {
  /** At most 20 million yuan per category and month, in fen (fits a 32-bit INT column). */
  amountFen: { min: 0, max: 2_000_000_000 },
  /** Threshold in basis points of the budget (500 = 5.00%). */
  thresholdBp: { min: 0, max: 10_000 },
  note: { max: 1000 },
  importRows: { max: 5000 },
  defaultThresholdBp: 500,
} as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isMonth = (v: string): boolean => MONTH.test(v);

/** The twelve months 'YYYY-MM' of a year. */
export const monthsOfYear = (year: number): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/**
 * Parses a yuan amount ("12,345.67", "¥100", "100.5") to integer fen without floating point;
 * null when it is not a non-negative amount with at most two decimals.
 */
export function parseYuan(text: string | number): number | null {
  const s = String(text).replace(/[,，\s¥￥元]/g, '');
  const m = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Fen as a yuan string with two decimals ("12345.67"). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/**
 * Money for people, from integer fen: "¥12,345.67", "-¥4,085.00" (the sign before the symbol),
 * grouped by thousands without floating point; `symbol: false` leaves the ¥ out. The one money
 * formatter of the app (tables, charts, print views, the audit trail).
 */
export function formatMoney(fen: number, options: { symbol?: boolean } = {}): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(Math.round(fen));
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${options.symbol === false ? '' : '¥'}${whole}.${String(a % 100).padStart(2, '0')}`;
}

/** Yuan (a number that may have cents) to integer fen, for formatMoney. */
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);

export interface Variance {
  budgetFen: number;
  actualFen: number;
  /** actual − budget (positive = over budget). */
  varianceFen: number;
  /** variance / budget × 100, two decimals; null without a budget. */
  variancePercent: number | null;
}

export function variance(budgetFen: number, actualFen: number): Variance {
  const varianceFen = actualFen - budgetFen;
  // Integer arithmetic in basis points, rounded half away from zero, then two decimals.
  const variancePercent = budgetFen > 0 ? Math.round((varianceFen * 10_000) / budgetFen) / 100 : null;
  return { budgetFen, actualFen, varianceFen, variancePercent };
}

/**
 * Over the threshold: actual exceeds the budget by more than `thresholdBp` basis points of it
 * (an actual without any budget is over when it is positive). Compared in integers.
 */
export function overThreshold(budgetFen: number, actualFen: number, thresholdBp: number): boolean {
  if (actualFen <= budgetFen) return false;
  if (budgetFen <= 0) return actualFen > 0;
  return (actualFen - budgetFen) * 10_000 > budgetFen * thresholdBp;
}

/** A category from its code or its Chinese/English label (imports). */
export function costCategoryOf(text: string): CostCategory | null {
  const t = text.trim();
  const upper = t.toUpperCase();
  for (const c of COST_CATEGORIES) {
    if (c === upper || COST_CATEGORY_LABELS[c].zh === t || COST_CATEGORY_LABELS[c].en.toUpperCase() === upper) return c;
  }
  return null;
}
