import { CostEntry, Project } from '@pinzhi/db';
import {
  BadUserInputError,
  importCellText,
  importTemplate,
  missingColumnErrors,
  openImportSheet,
  type ImportRowError,
  type RequestContext,
} from '@pinzhi/api-core';
import { canSeeProject } from '@pinzhi/api-core';
import {
  COST_CATEGORIES,
  COST_CATEGORY_LABELS,
  COST_RULES,
  IMPORT_SHEETS,
  addMonths,
  costCategoryOf,
  isMonth,
  localDateIn,
  parseYuan,
  type CostCategory,
} from '@pinzhi/domain';
import { requireEditor } from './access';
import type { CostsService } from './costs.service';

/** Columns of the cost sheet (Chinese or English headers), shared with the web client. */
const COLUMNS = IMPORT_SHEETS.costs.columns;

/**
 * Budgets and actuals from the first sheet of an .xlsx: 项目编码, 月份 (YYYY-MM), 成本类别
 * (code or label), 预算（元）, 实际（元） (yuan, at most two decimals). Every row is checked;
 * any error and nothing is written. A row replaces that project/month/category's amounts.
 */
export async function importCosts(ctx: RequestContext, service: CostsService, fileBase64: string, dryRun: boolean) {
  requireEditor(ctx.user);
  const { sheet, columnOf, headerName } = await openImportSheet(fileBase64, COLUMNS);
  const errors: ImportRowError[] = missingColumnErrors(COLUMNS, columnOf);
  if (errors.length) return { written: false, rows: 0, created: 0, updated: 0, errors };

  const projects = new Map((await ctx.db.repo(Project).find()).filter((p) => !p.archivedAt).map((p) => [p.code, p]));
  const rows: Array<{ row: number; projectId: string; month: string; category: CostCategory; budgetFen: number; actualFen: number }> = [];
  const seen = new Map<string, number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const get = (field: string) => importCellText(row.getCell(columnOf.get(field)!).value, 'month').trim();
    if (COLUMNS.every((c) => !get(c.field))) return;
    const add = (field: string, reason: string, message: string, params?: Record<string, unknown>) =>
      errors.push({ row: rowNumber, column: headerName.get(field) ?? field, field, reason, message, params });
    const project = projects.get(get('project'));
    if (!get('project')) add('project', 'REQUIRED', 'Give the project code');
    else if (!project || !canSeeProject(ctx.user, project))
      add('project', 'NOT_FOUND', `Unknown project code "${get('project')}"`, { value: get('project') });
    const month = get('month');
    if (!month) add('month', 'REQUIRED', 'Give the month');
    else if (!isMonth(month)) add('month', 'INVALID_FORMAT', `"${month}" is not a month like 2026-01`, { value: month, expected: 'MONTH' });
    const category = costCategoryOf(get('category'));
    if (!get('category')) add('category', 'REQUIRED', 'Give the cost category');
    else if (!category) add('category', 'INVALID_VALUE', `Unknown cost category "${get('category')}"`, { value: get('category') });
    const amount = (field: 'budget' | 'actual') => {
      const text = get(field);
      const fen = text === '' ? 0 : parseYuan(text);
      if (fen === null)
        add(field, 'INVALID_FORMAT', `"${text}" is not an amount in yuan with at most two decimals`, { value: text, expected: 'YUAN' });
      else if (fen > COST_RULES.amountFen.max)
        add(field, 'OUT_OF_RANGE', 'At most 20,000,000 yuan per category and month', { min: 0, max: COST_RULES.amountFen.max / 100 });
      return fen ?? 0;
    };
    const budgetFen = amount('budget');
    const actualFen = amount('actual');
    if (project && category && isMonth(month)) {
      const key = `${project.id}/${month}/${category}`;
      const first = seen.get(key);
      if (first)
        add('category', 'TAKEN', `The same project, month and category is also in row ${first}`, { value: get('category'), row: first });
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

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * The import template: the last twelve months' budgets and actuals of the projects the caller may enter
 * (a row replaces its project/month/category, so uploading it unchanged writes the same
 * amounts), a 说明 sheet, and the project codes and categories to choose from.
 */
export async function costTemplate(ctx: RequestContext): Promise<{ filename: string; body: Buffer }> {
  requireEditor(ctx.user);
  const projects = (await ctx.db.repo(Project).find())
    .filter((p) => !p.archivedAt && canSeeProject(ctx.user, p))
    .sort((a, b) => a.code.localeCompare(b.code));
  const byId = new Map(projects.map((p) => [p.id, p]));
  // A rolling year (not the calendar year, which is empty in January): the months a user edits.
  const thisMonth = localDateIn(ctx.now(), 'Asia/Shanghai').slice(0, 7);
  const firstMonth = addMonths(thisMonth, -11);
  const entries = byId.size
    ? await ctx.db
        .repo(CostEntry)
        .query('c')
        .andWhere('c.projectId IN (:...ids)', { ids: [...byId.keys()] })
        .andWhere('c.month >= :firstMonth AND c.month <= :thisMonth', { firstMonth, thisMonth })
        .getMany()
    : [];
  entries.sort(
    (a, b) =>
      byId.get(a.projectId)!.code.localeCompare(byId.get(b.projectId)!.code) ||
      a.month.localeCompare(b.month) ||
      COST_CATEGORIES.indexOf(a.category) - COST_CATEGORIES.indexOf(b.category),
  );
  const body = await importTemplate({
    sheet: '运营成本',
    columns: COLUMNS,
    rows: entries.map((e) => ({
      project: byId.get(e.projectId)!.code,
      month: e.month,
      category: COST_CATEGORY_LABELS[e.category].zh,
      budget: yuan(e.budgetFen),
      actual: yuan(e.actualFen),
    })),
    hints: {
      project: '项目编码，如 SH-001，见“项目”表',
      month: '月份，格式 YYYY-MM，如 2026-01',
      category: '成本类别：中文名称或代码，见“类别”表',
      budget: '预算金额（元），最多两位小数；留空为 0',
      actual: '实际金额（元），最多两位小数；留空为 0',
    },
    notes: [`本模板已包含 ${firstMonth} 至 ${thisMonth} 已录入的数据：修改后上传即可更新；同一项目、月份、类别的行会覆盖已有金额。`],
    lists: [
      { sheet: '项目', header: ['项目编码 Project code', '项目名称 Name'], rows: projects.map((p) => [p.code, p.name]) },
      {
        sheet: '类别 Categories',
        header: ['代码 Code', '中文', 'English'],
        rows: COST_CATEGORIES.map((c) => [c, COST_CATEGORY_LABELS[c].zh, COST_CATEGORY_LABELS[c].en]),
      },
    ],
  });
  return { filename: '运营成本导入模板.xlsx', body };
}
