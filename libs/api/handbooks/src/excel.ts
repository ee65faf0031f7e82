import ExcelJS from 'exceljs';
import { validate } from 'class-validator';
import { Handbook, HandbookVersion, Standard } from '@pinzhi/db';
import {
  BadUserInputError,
  importCellText,
  importTemplate,
  missingColumnErrors,
  openImportSheet,
  toFieldErrors,
  type ImportRowError,
  type RequestContext,
} from '@pinzhi/api-core';
import {
  APPLICABILITY_CONDITIONS,
  CHECK_METHODS,
  IMPORT_SHEETS,
  PROPERTY_FORMATS,
  STANDARD_CATEGORIES,
  describeRecurrence,
} from '@pinzhi/domain';
import { loadDoc } from './handbook-content';
import { HandbooksService } from './handbooks.service';
import { StandardInput } from './inputs';
import { requireEditor } from './roles';
import { standardValues } from './standards.service';

/** Column headers of the standards sheet: export writes them, import reads them (either language); shared with the web client. */
const COLUMNS = IMPORT_SHEETS.standards.columns;

/** Chinese labels users may type instead of codes. */
const LABELS: Record<string, Record<string, string>> = {
  category: {
    服饰着装: 'ATTIRE',
    着装: 'ATTIRE',
    须发: 'HAIR',
    个人卫生: 'HYGIENE',
    化妆: 'MAKEUP',
    仪表: 'GROOMING',
    服务态度: 'SERVICE_ATTITUDE',
    行走: 'WALKING',
    就座: 'SITTING',
    其他行为: 'BEHAVIOUR',
    行为: 'BEHAVIOUR',
    保洁: 'CLEANING',
    安全: 'SECURITY',
    秩序维护: 'SECURITY',
    客户服务: 'CUSTOMER_SERVICE',
    客服: 'CUSTOMER_SERVICE',
    工程: 'ENGINEERING',
    绿化: 'LANDSCAPING',
    售楼处: 'SALES_OFFICE',
    案场: 'SALES_OFFICE',
  },
  checkMethod: {
    观察: 'OBSERVE',
    目视: 'OBSERVE',
    测量: 'MEASURE',
    查阅记录: 'DOCUMENT',
    记录: 'DOCUMENT',
    访谈: 'INTERVIEW',
    询问: 'INTERVIEW',
  },
  condition: { 仅女员工: 'WOMEN_ONLY', 女员工: 'WOMEN_ONLY', 仅男员工: 'MEN_ONLY', 男员工: 'MEN_ONLY' },
  formats: {
    住宅: 'RESIDENTIAL',
    商业: 'COMMERCIAL',
    写字楼: 'OFFICE',
    办公: 'OFFICE',
    产业园: 'INDUSTRIAL_PARK',
    公建: 'PUBLIC_BUILDING',
    公共建筑: 'PUBLIC_BUILDING',
    售楼处: 'SALES_CENTER',
    售楼中心: 'SALES_CENTER',
    其他: 'OTHER',
  },
};

const MAX_ROWS = 2000;
const ENUM_FIELDS = new Set(['category', 'checkMethod', 'condition', 'formats']);

const list = (s: string) =>
  s
    .split(/[,，、;；\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const code = (field: string, s: string) => LABELS[field]?.[s] ?? s.toUpperCase();

/**
 * Imports standards from the first sheet of an .xlsx: header row, then one standard per
 * row; an existing code is updated, a new one created. Every row is checked with the same
 * rules as the createStandard mutation, and any error means nothing is written.
 */
export async function importStandards(ctx: RequestContext, fileBase64: string, dryRun: boolean) {
  requireEditor(ctx.user);
  const { sheet, columnOf, headerName } = await openImportSheet(fileBase64, COLUMNS);
  const errors: ImportRowError[] = missingColumnErrors(COLUMNS, columnOf);
  if (errors.length) return { written: false, rows: 0, created: 0, updated: 0, errors };

  const inputs: Array<{ row: number; input: StandardInput; scoreText: string }> = [];
  const codesSeen = new Map<string, number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const get = (field: string) => {
      const idx = columnOf.get(field);
      return idx ? importCellText(row.getCell(idx).value).trim() : '';
    };
    if (COLUMNS.every((c) => !get(c.field))) return; // blank line
    const input = Object.assign(new StandardInput(), {
      code: get('code'),
      category: code('category', get('category')),
      titleZh: get('titleZh'),
      titleEn: get('titleEn') || null,
      requirementZh: get('requirementZh'),
      requirementEn: get('requirementEn') || null,
      positions: list(get('positions')).map((p) => p.toUpperCase()),
      condition: get('condition') ? code('condition', get('condition')) : null,
      checkMethod: code('checkMethod', get('checkMethod')),
      defaultScore: get('defaultScore') === '' ? Number.NaN : Number(get('defaultScore')),
      critical: ['是', 'Y', 'YES', 'TRUE', '1'].includes(get('critical').toUpperCase()),
      formats: list(get('formats')).map((f) => code('formats', f)),
      source: get('source') || null,
    });
    inputs.push({ row: rowNumber, input, scoreText: get('defaultScore') });
  });
  if (inputs.length > MAX_ROWS)
    throw BadUserInputError.field('fileBase64', 'TOO_LONG', `At most ${MAX_ROWS} rows per import`, { max: MAX_ROWS });

  for (const { row, input, scoreText } of inputs) {
    const column = (field: string) => headerName.get(field) ?? field;
    const add = (field: string, reason: string, message: string, params?: Record<string, unknown>) =>
      errors.push({ row, column: column(field), field, reason, message, params });
    const scoreIsNumber = Number.isInteger(input.defaultScore);
    const seen = new Set<string>();
    for (const fe of toFieldErrors(await validate(input, { forbidUnknownValues: false }), [])) {
      // A score that is not a number gets one clear message below, not range errors.
      if (fe.field === 'defaultScore' && !scoreIsNumber) continue;
      // Values outside a list get one error with the value below, not the validator's bare one.
      if (fe.reason === 'INVALID_VALUE' && ENUM_FIELDS.has(fe.field)) continue;
      if (seen.has(`${fe.field}/${fe.reason}`)) continue;
      seen.add(`${fe.field}/${fe.reason}`);
      add(fe.field, fe.reason, fe.message, {
        ...fe.params,
        ...(fe.reason === 'INVALID_FORMAT' && fe.field === 'code' ? { expected: 'CODE' } : {}),
      });
    }
    const unknown = (field: string, value: string, message: string) => add(field, 'INVALID_VALUE', message, { value });
    if (!(STANDARD_CATEGORIES as readonly string[]).includes(input.category))
      unknown('category', input.category, `Unknown category "${input.category}"`);
    if (!(CHECK_METHODS as readonly string[]).includes(input.checkMethod))
      unknown('checkMethod', input.checkMethod, `Unknown check method "${input.checkMethod}"`);
    if (input.condition && !(APPLICABILITY_CONDITIONS as readonly string[]).includes(input.condition))
      unknown('condition', input.condition, `Unknown condition "${input.condition}"`);
    for (const f of input.formats ?? [])
      if (!(PROPERTY_FORMATS as readonly string[]).includes(f)) unknown('formats', f, `Unknown property format "${f}"`);
    if (!scoreIsNumber)
      add('defaultScore', 'INVALID_FORMAT', 'The default score must be a whole number', {
        value: scoreText,
        expected: 'INTEGER',
        min: 0,
        max: 100,
      });
    const first = codesSeen.get(input.code);
    if (input.code && first) add('code', 'TAKEN', `Code ${input.code} also appears in row ${first}`, { value: input.code, row: first });
    else codesSeen.set(input.code, row);
  }
  errors.sort((a, b) => a.row - b.row);
  const existing = new Map((await ctx.db.repo(Standard).find({ where: {} })).map((s) => [s.code, s]));
  const created = inputs.filter((i) => !existing.has(i.input.code.trim())).length;
  const report = { rows: inputs.length, created, updated: inputs.length - created, errors };
  if (errors.length || dryRun || inputs.length === 0) return { ...report, written: false };

  await ctx.db.transaction(async (db) => {
    for (const { input } of inputs) {
      const values = standardValues(input);
      const before = existing.get(values.code);
      const after = before
        ? await db.repo(Standard).update(before.id, values)
        : await db.repo(Standard).insert({ ...values, archivedAt: null });
      await db.audit({
        operation: 'importStandards',
        entity: 'Standard',
        entityId: after.id,
        changes: { code: { from: before?.code ?? null, to: values.code } },
      });
    }
  });
  return { ...report, written: true };
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
}

/** The library as .xlsx — also the template for imports (a row with a known 编码 updates it: uploading it unchanged changes nothing). */
export async function exportStandards(ctx: RequestContext): Promise<Buffer> {
  const standards = await ctx.db.repo(Standard).find({ order: { code: 'ASC' } });
  return importTemplate({
    sheet: '标准库 Standards',
    columns: COLUMNS,
    rows: standards.map((s) => ({
      code: s.code,
      category: s.category,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      requirementZh: s.requirementZh,
      requirementEn: s.requirementEn,
      positions: s.positions.join(','),
      condition: s.condition,
      checkMethod: s.checkMethod,
      defaultScore: s.defaultScore,
      critical: s.critical ? '是' : '否',
      formats: s.formats.join(','),
      source: s.source,
    })),
    hints: {
      code: '编码：字母、数字、下划线和连字符，如 OPS-CLN-01；已有编码的行更新该标准，新编码新建',
      category: '分类：代码或中文名称（如 保洁、秩序维护、售楼处），见“分类”表',
      titleZh: '标题（中文）',
      titleEn: '英文标题，可空',
      requirementZh: '要求（中文）',
      requirementEn: '英文要求，可空',
      positions: '适用岗位代码，多个用逗号分隔，可空',
      condition: '适用条件：仅女员工 / 仅男员工，可空',
      checkMethod: '检查方式：观察、测量、查阅记录、访谈（或代码）',
      defaultScore: '默认分值：0–100 的整数',
      critical: '关键项：是 / 否',
      formats: '适用业态：住宅、写字楼、商业 …，多个用逗号分隔，可空',
      source: '来源，可空',
    },
    notes: ['本模板即当前标准库：修改后上传可批量更新；新增标准请在末尾添加行。'],
    lists: [
      { sheet: '分类', header: ['代码 Code'], rows: STANDARD_CATEGORIES.map((c) => [c]) },
      { sheet: '检查方式', header: ['代码 Code'], rows: CHECK_METHODS.map((c) => [c]) },
      { sheet: '业态', header: ['代码 Code'], rows: PROPERTY_FORMATS.map((c) => [c]) },
    ],
  });
}

/** One handbook version as .xlsx: a standards sheet and a service-frequency sheet. */
export async function exportHandbookVersion(ctx: RequestContext, versionId: string): Promise<{ filename: string; body: Buffer }> {
  const service = new HandbooksService();
  const version: HandbookVersion = await service.version(ctx, versionId);
  const handbook: Handbook = await ctx.db.repo(Handbook).getById(version.handbookId);
  const doc = await loadDoc(ctx.db, versionId);
  const standards = new Map(
    (await ctx.db.repo(Standard).findByIds(doc.sections.flatMap((s) => s.items.map((i) => i.standardId)))).map((s) => [s.id, s]),
  );
  const wb = new ExcelJS.Workbook();
  const label = version.number ? `V${version.number}` : '草稿 Draft';
  const ws = wb.addWorksheet('工作手册 Handbook');
  ws.addRow([
    handbook.name,
    label,
    version.publishedAt ? version.publishedAt.toISOString().slice(0, 10) : '',
    version.changeSummary ?? '',
  ]).font = { bold: true };
  ws.addRow([]);
  const header = ws.addRow([
    '章节 Section',
    '编码 Code',
    '标准 Standard',
    '要求 Requirement',
    '分值 Score',
    '关键项 Critical',
    '检查方式 Check method',
    '备注 Note',
  ]);
  styleHeader(header);
  for (const s of doc.sections) {
    for (const i of s.items) {
      const std = standards.get(i.standardId);
      ws.addRow([
        s.titleZh,
        std?.code ?? '',
        std?.titleZh ?? '',
        i.requirementZh ?? std?.requirementZh ?? '',
        i.score ?? std?.defaultScore ?? '',
        std?.critical ? '是' : '否',
        std?.checkMethod ?? '',
        i.note ?? '',
      ]);
    }
  }
  ws.columns.forEach((c, idx) => (c.width = [16, 14, 28, 60, 8, 8, 12, 24][idx]));
  const fs = wb.addWorksheet('服务频次 Service frequencies');
  styleHeader(fs.addRow(['章节 Section', '服务内容 Task', '地点 Where', '频次 RRULE', 'Frequency', '备注 Note']));
  for (const s of doc.sections)
    for (const f of s.frequencies) fs.addRow([s.titleZh, f.taskZh, f.locationZh ?? '', f.rrule, describeRecurrence(f.rrule), f.note ?? '']);
  fs.columns.forEach((c, idx) => (c.width = [16, 28, 14, 40, 30, 24][idx]));
  const safe = handbook.name.replace(/[\\/:*?"<>|]/g, '_');
  return { filename: `${safe}-${version.number ? `v${version.number}` : 'draft'}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
