import ExcelJS from 'exceljs';
import { Project } from '@pinzhi/db';
import { BadUserInputError, openImportSheet, type RequestContext } from '@pinzhi/api-core';
import { canSeeRegion } from '@pinzhi/api-portfolio';
import { COST_CATEGORIES, COST_CATEGORY_LABELS, COST_RULES, costCategoryOf, isMonth, parseYuan, type CostCategory } from '@pinzhi/domain';
import { requireEditor } from './access';
import type { CostsService } from './costs.service';

/** Columns of the cost sheet (Chinese or English headers). */
const COLUMNS = [
  { field: 'project', zh: '项目编码', en: 'Project code' },
  { field: 'month', zh: '月份', en: 'Month' },
  { field: 'category', zh: '成本类别', en: 'Category' },
  { field: 'budget', zh: '预算（元）', en: 'Budget (yuan)' },
  { field: 'actual', zh: '实际（元）', en: 'Actual (yuan)' },
] as const;

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  return String(v).trim();
}

export interface CostImportError {
  row: number;
  column: string;
  field: string;
  reason: string;
  message: string;
}

/**
 * Budgets and actuals from the first sheet of an .xlsx: 项目编码, 月份 (YYYY-MM), 成本类别
 * (code or label), 预算（元）, 实际（元） (yuan, at most two decimals). Every row is checked;
 * any error and nothing is written. A row replaces that project/month/category's amounts.
 */
export async function importCosts(ctx: RequestContext, service: CostsService, fileBase64: string, dryRun: boolean) {
  requireEditor(ctx.user);
  const { sheet, columnOf, headerName } = await openImportSheet(fileBase64, COLUMNS);
  const errors: CostImportError[] = [];
  for (const c of COLUMNS) {
    if (!columnOf.has(c.field))
      errors.push({
        row: 1,
        column: `${c.zh} / ${c.en}`,
        field: c.field,
        reason: 'REQUIRED',
        message: `Column "${c.zh}" (${c.en}) is missing`,
      });
  }
  if (errors.length) return { written: false, rows: 0, created: 0, updated: 0, errors };

  const projects = new Map((await ctx.db.repo(Project).find()).filter((p) => !p.archivedAt).map((p) => [p.code, p]));
  const rows: Array<{ row: number; projectId: string; month: string; category: CostCategory; budgetFen: number; actualFen: number }> = [];
  const seen = new Map<string, number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const get = (field: string) => cellText(row.getCell(columnOf.get(field)!).value);
    if (COLUMNS.every((c) => !get(c.field))) return;
    const add = (field: string, reason: string, message: string) =>
      errors.push({ row: rowNumber, column: headerName.get(field) ?? field, field, reason, message });
    const project = projects.get(get('project'));
    if (!project || !canSeeRegion(ctx.user, project.regionId)) add('project', 'NOT_FOUND', `Unknown project code "${get('project')}"`);
    const month = get('month');
    if (!isMonth(month)) add('month', 'INVALID_FORMAT', `"${month}" is not a month like 2026-01`);
    const category = costCategoryOf(get('category'));
    if (!category) add('category', 'INVALID_VALUE', `Unknown cost category "${get('category')}"`);
    const amount = (field: 'budget' | 'actual') => {
      const text = get(field);
      const fen = text === '' ? 0 : parseYuan(text);
      if (fen === null) add(field, 'INVALID_FORMAT', `"${text}" is not an amount in yuan with at most two decimals`);
      else if (fen > COST_RULES.amountFen.max) add(field, 'OUT_OF_RANGE', 'At most 20,000,000 yuan per category and month');
      return fen ?? 0;
    };
    const budgetFen = amount('budget');
    const actualFen = amount('actual');
    if (project && category && isMonth(month)) {
      const key = `${project.id}/${month}/${category}`;
      const first = seen.get(key);
      if (first) add('category', 'TAKEN', `The same project, month and category is also in row ${first}`);
      else seen.set(key, rowNumber);
      rows.push({ row: rowNumber, projectId: project.id, month, category, budgetFen, actualFen });
    }
  });
  if (rows.length > COST_RULES.importRows.max)
    throw BadUserInputError.field('fileBase64', 'TOO_LONG', `At most ${COST_RULES.importRows.max} rows per import`, {
      max: COST_RULES.importRows.max,
    });
  errors.sort((a, b) => a.row - b.row);
  const report = { rows: rows.length, errors };
  if (errors.length || dryRun || rows.length === 0) return { ...report, created: 0, updated: 0, written: false };
  let created = 0;
  let updated = 0;
  await ctx.db.transaction(async (db) => {
    const groups = new Map<string, typeof rows>();
    for (const r of rows) groups.set(`${r.projectId}/${r.month}`, [...(groups.get(`${r.projectId}/${r.month}`) ?? []), r]);
    for (const group of groups.values()) {
      const n = await service.writeLines(db, group[0].projectId, group[0].month, group, 'importCosts');
      created += n.created;
      updated += n.updated;
    }
  });
  return { ...report, created, updated, written: true };
}

/** The import template: the headers, one example row and a sheet listing the categories. */
export async function costTemplate(): Promise<{ filename: string; body: Buffer }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('运营成本');
  ws.addRow(COLUMNS.map((c) => c.zh)).font = { bold: true };
  ws.addRow(['SH-001', '2026-01', COST_CATEGORY_LABELS.STAFF.zh, '120000.00', '118500.50']);
  ws.columns.forEach((c) => (c.width = 16));
  const cats = wb.addWorksheet('类别 Categories');
  cats.addRow(['代码 Code', '中文', 'English']).font = { bold: true };
  for (const c of COST_CATEGORIES) cats.addRow([c, COST_CATEGORY_LABELS[c].zh, COST_CATEGORY_LABELS[c].en]);
  return { filename: '运营成本导入模板.xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
