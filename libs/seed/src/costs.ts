import { CostEntry, CostReview, Project, type TenantDb } from '@pinzhi/db';
import { COST_CATEGORIES, localDateIn, type CostCategory } from '@pinzhi/domain';

/** Monthly budget in yuan per category and project (the projects' rough size). */
const BUDGETS: Record<string, Partial<Record<CostCategory, number>>> = {
  'SH-001': {
    STAFF: 420000,
    CLEANING: 86000,
    SECURITY: 120000,
    ENGINEERING: 64000,
    LANDSCAPING: 38000,
    MATERIALS: 22000,
    ENERGY: 56000,
    OTHER: 12000,
  },
  'SH-002': {
    STAFF: 380000,
    CLEANING: 72000,
    SECURITY: 98000,
    ENGINEERING: 90000,
    LANDSCAPING: 8000,
    MATERIALS: 18000,
    ENERGY: 140000,
    OTHER: 15000,
  },
  'SH-003': {
    STAFF: 96000,
    CLEANING: 24000,
    SECURITY: 30000,
    ENGINEERING: 9000,
    LANDSCAPING: 6000,
    MATERIALS: 8000,
    ENERGY: 12000,
    OTHER: 5000,
  },
  'GZ-001': {
    STAFF: 510000,
    CLEANING: 130000,
    SECURITY: 160000,
    ENGINEERING: 110000,
    LANDSCAPING: 20000,
    MATERIALS: 35000,
    ENERGY: 210000,
    OTHER: 25000,
  },
};

/** A deterministic factor in [0.95, 1.03] (per mille) so totals stay within a 5% threshold. */
const factor = (a: number, b: number, c: number) => 950 + ((a * 7919 + b * 104729 + c * 1299709) % 81);

/** 'YYYY-MM' of the month `back` months before the seeding month (China). */
function monthBefore(now: Date, back: number): string {
  const [y, m] = localDateIn(now, 'Asia/Shanghai').split('-').map(Number);
  const idx = y * 12 + (m - 1) - back;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/**
 * 运营成本: the twelve months before the seeding month for the operating projects and the
 * sales center. 金融中心大厦 (SH-002) runs over budget in the last three months (energy and
 * engineering): flagged, the month before last already reviewed (ACTION_REQUIRED).
 */
export async function seedCosts(db: TenantDb, reviewerUserId: string, now = new Date()): Promise<void> {
  const projects = new Map((await db.repo(Project).find()).map((p) => [p.code, p]));
  const rows: Array<{ projectId: string; month: string; category: CostCategory; budgetFen: number; actualFen: number }> = [];
  Object.entries(BUDGETS).forEach(([code, budgets], pi) => {
    const project = projects.get(code);
    if (!project) return;
    for (let back = 12; back >= 1; back--) {
      const month = monthBefore(now, back);
      COST_CATEGORIES.forEach((category, ci) => {
        const budgetFen = (budgets[category] ?? 0) * 100;
        let perMille = factor(pi + 1, back, ci + 1);
        if (code === 'SH-002' && back <= 3 && (category === 'ENERGY' || category === 'ENGINEERING')) perMille = 1300 + back * 20;
        rows.push({ projectId: project.id, month, category, budgetFen, actualFen: Math.round((budgetFen * perMille) / 1000) });
      });
    }
  });
  await db.repo(CostEntry).insertMany(rows);
  const sh2 = projects.get('SH-002');
  if (!sh2) return;
  const month = monthBefore(now, 2);
  const of = rows.filter((r) => r.projectId === sh2.id && r.month === month);
  await db.repo(CostReview).insert({
    projectId: sh2.id,
    month,
    decision: 'ACTION_REQUIRED',
    note: '空调主机维修及用电量超支，请工程部提交节能整改方案',
    reviewerUserId,
    budgetFen: of.reduce((s, r) => s + r.budgetFen, 0),
    actualFen: of.reduce((s, r) => s + r.actualFen, 0),
    thresholdBp: 500,
  });
}
