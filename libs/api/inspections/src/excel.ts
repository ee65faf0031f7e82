import ExcelJS from 'exceljs';
import { isUUID } from 'class-validator';
import { InspectionTemplate, InspectionTemplateVersion, Project, Rectification, Region, Standard } from '@pinzhi/db';
import { BadUserInputError, ForbiddenError, NotFoundError, fieldError, type FieldError, type RequestContext } from '@pinzhi/api-core';
import { loadChecklist } from '@pinzhi/api-inspection-templates';
import {
  EVALUATION_PERIOD_KINDS,
  EVALUATION_READERS,
  localTime,
  periodKey,
  type EvaluationPeriodKind,
  type ItemResultValue,
  type RectificationState,
} from '@pinzhi/domain';
import type { EvaluationService } from './evaluation.service';
import type { InspectionsService } from './inspections.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RESULT_ZH: Record<ItemResultValue, string> = { PASS: '合格', FAIL: '不合格', NA: '不适用' };
const RECTIFICATION_ZH: Record<RectificationState, string> = { OPEN: '待整改', SUBMITTED: '待验证', VERIFIED: '已验证' };

/** Column headers of the inspection report's item table (zh: the users are Chinese). */
export const INSPECTION_ITEM_HEADERS = [
  '章节',
  '编码',
  '检查项',
  '结果',
  '应得分',
  '实得分',
  '扣分项',
  '备注',
  '照片数',
  '整改状态',
] as const;
/** Column headers of the evaluation export. */
export const EVALUATION_HEADERS = [
  '公司排名',
  '区域排名',
  '项目编码',
  '项目名称',
  '区域',
  '得分',
  '较上期',
  '检查次数',
  '不合格次数',
  '关键项不合格',
] as const;

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
}

const safeName = (s: string) => s.replace(/[\\/:*?"<>|]/g, '_');

/** `GET /downloads/inspections/:id.xlsx`: one inspection's report, times in the project's zone. */
export async function inspectionDownload(ctx: RequestContext, service: InspectionsService, id: string) {
  if (!isUUID(id)) throw new NotFoundError('Inspection', id);
  const inspection = await service.get(ctx, id);
  const db = ctx.db;
  const [project, template, version, inspector, items, rectifications, doc] = await Promise.all([
    db.repo(Project).getById(inspection.projectId),
    db.repo(InspectionTemplate).findById(inspection.templateId),
    db.repo(InspectionTemplateVersion).findById(inspection.templateVersionId),
    ctx.loaders.users.load(inspection.inspectorUserId),
    service.items(ctx, inspection),
    db.repo(Rectification).find({ where: { inspectionId: inspection.id } }),
    loadChecklist(db, inspection.templateVersionId),
  ]);
  const sections = new Map<string, string>();
  const docItems = new Map<
    string,
    { section: string; checkpointZh: string | null; standardId: string; deductions: Map<string, { labelZh: string; points: number }> }
  >();
  for (const s of doc.sections) {
    sections.set(s.key, s.titleZh);
    for (const i of s.items)
      docItems.set(i.key, {
        section: s.titleZh,
        checkpointZh: i.checkpointZh,
        standardId: i.standardId,
        deductions: new Map(i.deductions.map((d) => [d.key, d])),
      });
  }
  const standardIds = [...new Set(items.map((i) => i.standardId ?? docItems.get(i.itemKey)?.standardId).filter((x): x is string => !!x))];
  const standards = new Map((await db.repo(Standard).findByIds(standardIds)).map((s) => [s.id, s]));
  const rectByItem = new Map(rectifications.map((r) => [r.itemResultId, r]));
  const zone = project.timeZone;
  const at = inspection.performedAt ?? inspection.submittedAt;

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查报告');
  const info: Array<[string, string | number]> = [
    ['项目', `${project.code} ${project.name}`],
    ['检查表', `${template?.name ?? ''} V${version?.number ?? ''}`],
    ['检查人', inspector?.displayName ?? ''],
    ['检查时间', at ? `${localTime(at, zone, 'YYYY-MM-DD HH:mm')}（${zone}）` : ''],
    ['得分', inspection.scorePercent ?? ''],
    ['是否合格', inspection.passed == null ? '' : inspection.passed ? '合格' : '不合格'],
    [
      '地点',
      [inspection.locationText, inspection.latitude != null ? `${inspection.latitude}, ${inspection.longitude}` : null]
        .filter(Boolean)
        .join('；'),
    ],
  ];
  for (const [k, v] of info) ws.addRow([k, v]).getCell(1).font = { bold: true };
  ws.addRow([]);
  styleHeader(ws.addRow([...INSPECTION_ITEM_HEADERS]));
  for (const i of items) {
    const d = docItems.get(i.itemKey);
    const std = standards.get(i.standardId ?? d?.standardId ?? '');
    const deductions = i.deductionKeys.map((k) => d?.deductions.get(k)).filter((x): x is { labelZh: string; points: number } => !!x);
    const rect = i.id ? rectByItem.get(i.id) : undefined;
    ws.addRow([
      (i.sectionKey && sections.get(i.sectionKey)) ?? d?.section ?? '',
      std?.code ?? '',
      d?.checkpointZh ?? std?.titleZh ?? '',
      i.result ? RESULT_ZH[i.result] : '',
      i.possiblePoints ?? '',
      i.earnedPoints ?? '',
      deductions.map((x) => `${x.labelZh} −${x.points}`).join('；'),
      i.note ?? '',
      i.evidenceFileIds.length,
      rect ? RECTIFICATION_ZH[rect.state] : '',
    ]);
  }
  ws.columns.forEach((c, idx) => (c.width = [16, 14, 36, 8, 8, 8, 24, 30, 8, 10][idx]));
  const day = inspection.localDate ?? (at ? localTime(at, zone, 'YYYY-MM-DD') : '');
  return { filename: safeName(`品质检查-${project.code}-${day}.xlsx`), contentType: XLSX, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/** `GET /downloads/evaluation.xlsx?kind=MONTH|QUARTER&year=&index=[&regionId=]`: the ranking as projectEvaluation returns it. */
export async function evaluationDownload(ctx: RequestContext, service: EvaluationService, query: Record<string, string | undefined>) {
  if (!(EVALUATION_READERS as readonly string[]).includes(ctx.user.role)) throw new ForbiddenError('Your role does not read evaluations');
  const errors: FieldError[] = [];
  const kind = query['kind'] ?? '';
  if (!(EVALUATION_PERIOD_KINDS as readonly string[]).includes(kind))
    errors.push(fieldError('kind', kind ? 'INVALID_VALUE' : 'REQUIRED', 'MONTH or QUARTER'));
  const int = (name: string) => {
    const v = query[name];
    if (v == null || v === '') errors.push(fieldError(name, 'REQUIRED', `Give ${name}`));
    else if (!/^\d{1,4}$/.test(v)) errors.push(fieldError(name, 'INVALID_FORMAT', 'A whole number'));
    return Number(v);
  };
  const year = int('year');
  const index = int('index');
  const regionId = query['regionId'] || null;
  if (regionId && !isUUID(regionId)) errors.push(fieldError('regionId', 'INVALID_FORMAT', 'Not an id'));
  if (errors.length) throw new BadUserInputError(errors);
  const { period, visible } = await service.ranking(ctx, { kind: kind as EvaluationPeriodKind, year, index }, regionId, []);
  const db = ctx.db;
  const [projects, regions] = await Promise.all([
    db.repo(Project).findByIds(visible.map((r) => r.projectId)),
    db.repo(Region).findByIds([...new Set(visible.map((r) => r.regionId))]),
  ]);
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const regionById = new Map(regions.map((r) => [r.id, r]));

  const key = periodKey(period);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('品质评价');
  ws.addRow([`品质评价 ${key}${regionId ? ` · ${regionById.get(regionId)?.name ?? ''}` : ''}`]).font = { bold: true };
  styleHeader(ws.addRow([...EVALUATION_HEADERS]));
  for (const r of visible) {
    const p = projectById.get(r.projectId);
    // An unranked project's rank, score and change are empty cells (null), not empty text:
    // Excel's COUNT, sorting and blanks filters then treat them as missing.
    ws.addRow([
      r.tenantRank ?? null,
      r.regionRank ?? null,
      p?.code ?? r.code,
      p?.name ?? '',
      regionById.get(r.regionId)?.name ?? '',
      r.score ?? null,
      r.change ?? null,
      r.inspections,
      r.failedInspections,
      r.criticalFailures,
    ]);
  }
  ws.columns.forEach((c, idx) => (c.width = [10, 10, 12, 32, 14, 10, 10, 10, 12, 12][idx]));
  return { filename: `品质评价-${key}.xlsx`, contentType: XLSX, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
