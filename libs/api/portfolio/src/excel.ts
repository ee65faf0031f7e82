import { randomUUID } from 'node:crypto';
import { validate } from 'class-validator';
import { Project, Property, Region, UniqueViolationError, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  changedFields,
  checkCompanyLimit,
  companySettings,
  importCellText,
  importTemplate,
  missingColumnErrors,
  openImportSheet,
  toFieldErrors,
  type FieldError,
  type ImportRowError,
  type RequestContext,
} from '@pinzhi/api-core';
import {
  IMPORT_SHEETS,
  PORTFOLIO_EDITORS,
  PORTFOLIO_RULES,
  PROPERTY_FORMATS,
  PROPERTY_FORMAT_LABELS,
  propertyFormatOf,
  type AuditField,
  type PropertyFormat,
} from '@pinzhi/domain';
import { CreateProjectInput, PropertyInput, ZoneInput } from './inputs';
import { projectRuleErrors, type ProjectRefs } from './portfolio.service';
import { canSeeRegion } from './region-scope';

/** Columns of the project sheet (Chinese or English headers), shared with the web client. */
const COLUMNS = IMPORT_SHEETS.projects.columns;
/** Project fields a row sets (an optional one only when its column is in the sheet). */
const ROW_FIELDS = ['name', 'propertyId', 'regionId', 'contractStart', 'contractEnd', 'serviceScope'] as const;
const OPTIONAL_COLUMN: Partial<Record<(typeof ROW_FIELDS)[number], string>> = {
  contractStart: 'contractStart',
  contractEnd: 'contractEnd',
  serviceScope: 'serviceScope',
};
const PROJECT_AUDIT: (keyof Project & AuditField)[] = [
  'code',
  'name',
  'propertyId',
  'regionId',
  'stage',
  'contractStart',
  'contractEnd',
  'serviceScope',
  'timeZone',
];
const PROPERTY_AUDIT: (keyof Property & AuditField)[] = ['name', 'format', 'address', 'grossFloorArea', 'zones'];
/** Where a rule's or an input check's field is reported (its column). */
const COLUMN_OF_FIELD: Record<string, string> = {
  code: 'code',
  name: 'name',
  propertyId: 'property',
  regionId: 'region',
  contractStart: 'contractStart',
  contractEnd: 'contractEnd',
  serviceScope: 'serviceScope',
};
const COLUMN_OF_PROPERTY_FIELD: Record<string, string> = {
  name: 'property',
  address: 'address',
  grossFloorArea: 'area',
  zones: 'zones',
};

export function requirePortfolioEditor(ctx: RequestContext): void {
  if (!PORTFOLIO_EDITORS.includes(ctx.user.role))
    throw new ForbiddenError('Only a company admin or regional operations may import projects');
}

/** "大堂、地库, 会所" → ["大堂", "地库", "会所"]. */
export function splitZones(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((z) => z.trim())
    .filter(Boolean);
}

interface PlannedProperty {
  id: string;
  row: number;
  values: {
    name: string;
    format: PropertyFormat;
    address: string;
    grossFloorArea: number | null;
    zones: Array<{ id: string; name: string }>;
  };
}

interface Plan {
  rows: number;
  errors: ImportRowError[];
  newProperties: PlannedProperty[];
  inserts: Array<Omit<Project, 'id' | 'tenantId' | 'version' | 'createdAt' | 'updatedAt' | 'ensureId' | 'touch'> & { id: string }>;
  updates: Array<{ before: Project; patch: Partial<Project> }>;
  unchanged: number;
}

/**
 * Reads and checks the whole sheet against the company's regions, properties and projects,
 * loaded once (three queries, whatever the number of rows). Each row is checked with the
 * createProject input checks and `projectRuleErrors`, the rules createProject/updateProject
 * apply; a new property with the createProperty input checks.
 */
async function plan(ctx: RequestContext, db: TenantDb, fileBase64: string): Promise<Plan> {
  const { sheet, columnOf, headerName } = await openImportSheet(fileBase64, COLUMNS);
  const errors: ImportRowError[] = missingColumnErrors(COLUMNS, columnOf);
  const empty: Plan = { rows: 0, errors, newProperties: [], inserts: [], updates: [], unchanged: 0 };
  if (errors.length) return empty;

  const [regions, properties, projects] = await Promise.all([db.repo(Region).find(), db.repo(Property).find(), db.repo(Project).find()]);
  const regionByName = new Map(regions.map((r) => [r.name, r]));
  const regionByCode = new Map(regions.filter((r) => r.code).map((r) => [r.code!.toLowerCase(), r]));
  const propertyByName = new Map(properties.map((p) => [p.name, p]));
  const projectByCode = new Map(projects.map((p) => [p.code, p]));
  const newPropertyByName = new Map<string, PlannedProperty>();
  const propertyIds = new Set(properties.map((p) => p.id));
  const regionIds = new Set(regions.map((r) => r.id));
  // The same answers the database would give createProject, from what was loaded above.
  const refs: ProjectRefs = {
    projectWithCode: async (code) => projectByCode.get(code)?.id ?? null,
    propertyExists: async (id) => propertyIds.has(id),
    regionExists: async (id) => regionIds.has(id),
    activeMember: async () => false, // the sheet names no manager; an update keeps the project's own
  };

  const parsed: Array<{ row: number; input: CreateProjectInput; before: Project | null; add: (f: string, e: FieldError) => void }> = [];
  const codesSeen = new Map<string, number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const get = (field: string) => {
      const idx = columnOf.get(field);
      return idx ? importCellText(row.getCell(idx).value).trim() : '';
    };
    if (COLUMNS.every((c) => !get(c.field))) return;
    const push = (field: string, reason: string, message: string, params?: Record<string, unknown>) =>
      errors.push({ row: rowNumber, column: headerName.get(field) ?? field, field, reason, message, params });
    const add = (field: string, e: FieldError) => push(field, e.reason, e.message, e.params);

    // 区域: by name, or by code (any case).
    const regionText = get('region');
    const region = regionByName.get(regionText) ?? regionByCode.get(regionText.toLowerCase());
    if (!regionText) push('region', 'REQUIRED', 'Give the region (name or code)');
    // Another region than a regional manager's own is as unknown to them as a missing one.
    else if (!region || !canSeeRegion(ctx.user, region.id))
      push('region', 'NOT_FOUND', `Unknown region "${regionText}"`, { value: regionText });

    // 业态
    const formatText = get('format');
    const format = propertyFormatOf(formatText);
    if (formatText && !format) push('format', 'INVALID_VALUE', `Unknown property format "${formatText}"`, { value: formatText });

    // 物业: matched by name; a new one is created from the first row that names it.
    const propertyName = get('property');
    let propertyId = '';
    const existingProperty = propertyByName.get(propertyName);
    const planned = newPropertyByName.get(propertyName);
    if (!propertyName) push('property', 'REQUIRED', 'Give the property name');
    else if (existingProperty) {
      propertyId = existingProperty.id;
      if (format && format !== existingProperty.format)
        push('format', 'INVALID_VALUE', `Property ${propertyName} is ${existingProperty.format}; change its format on the property page`, {
          value: formatText,
        });
    } else if (planned) {
      propertyId = planned.id;
      if (format && format !== planned.values.format)
        push('format', 'INVALID_VALUE', `Property ${propertyName} has another format in row ${planned.row}`, { value: formatText });
    } else if (!formatText) push('format', 'REQUIRED', 'Give the format of a new property');
    else if (format) {
      const areaText = get('area').replace(/[,，]/g, '');
      const area = areaText === '' ? null : Number(areaText);
      if (area !== null && !Number.isFinite(area))
        push('area', 'INVALID_FORMAT', `"${get('area')}" is not a number`, { value: get('area'), expected: 'NUMBER' });
      const zoneNames = splitZones(get('zones'));
      const seenZones = new Set<string>();
      for (const z of zoneNames) {
        if (seenZones.has(z.toLowerCase())) push('zones', 'TAKEN', `Zone "${z}" appears twice`, { value: z });
        seenZones.add(z.toLowerCase());
      }
      const property: PlannedProperty = {
        id: randomUUID(),
        row: rowNumber,
        values: {
          name: propertyName,
          format,
          address: get('address'),
          grossFloorArea: area !== null && Number.isFinite(area) ? area : null,
          zones: zoneNames.map((name) => ({ id: randomUUID(), name })),
        },
      };
      newPropertyByName.set(propertyName, property);
      propertyIds.add(property.id);
      propertyId = property.id;
    }

    // 项目编码: a known code updates that project; twice in the file is an error.
    const code = get('code');
    let before: Project | null = null;
    if (code) {
      const first = codesSeen.get(code);
      if (first) push('code', 'TAKEN', `Project code ${code} also appears in row ${first}`, { value: code, row: first });
      else codesSeen.set(code, rowNumber);
      before = projectByCode.get(code) ?? null;
      if (before && !canSeeRegion(ctx.user, before.regionId)) {
        push('code', 'TAKEN', `Project code ${code} is already used`, { value: code });
        before = null;
      } else if (before?.archivedAt) {
        push('code', 'INVALID_VALUE', `Project ${code} is archived`, { value: code });
        before = null;
      }
    }
    const input = Object.assign(new CreateProjectInput(), {
      code,
      name: get('name'),
      propertyId,
      regionId: region && canSeeRegion(ctx.user, region.id) ? region.id : '',
      contractStart: get('contractStart') || null,
      contractEnd: get('contractEnd') || null,
      serviceScope: get('serviceScope') || null,
    });
    parsed.push({ row: rowNumber, input, before, add });
  });
  if (parsed.length > PORTFOLIO_RULES.importRows.max)
    throw BadUserInputError.field('fileBase64', 'TOO_LONG', `At most ${PORTFOLIO_RULES.importRows.max} rows per import`, {
      max: PORTFOLIO_RULES.importRows.max,
    });

  // New properties: the createProperty input checks (name and address length, area range, zones).
  for (const p of newPropertyByName.values()) {
    const input = Object.assign(new PropertyInput(), {
      ...p.values,
      zones: p.values.zones.map((z) => Object.assign(new ZoneInput(), { name: z.name })),
    });
    const reported = new Set<string>();
    for (const fe of toFieldErrors(await validate(input, { forbidUnknownValues: false }), [])) {
      const field = COLUMN_OF_PROPERTY_FIELD[fe.path[0]];
      if (!field || reported.has(field)) continue;
      reported.add(field);
      errors.push({ row: p.row, column: headerName.get(field) ?? field, field, reason: fe.reason, message: fe.message, params: fe.params });
    }
  }

  const out: Plan = { ...empty, rows: parsed.length };
  // New projects start in the company's default zone (公司设置), as createProject's do.
  const timeZone = parsed.length ? (await companySettings(db)).timeZone : '';
  for (const { row, input, before } of parsed) {
    const reported = new Set(errors.filter((e) => e.row === row).map((e) => e.field));
    const report = (fe: FieldError) => {
      const field = COLUMN_OF_FIELD[fe.field];
      if (!field || reported.has(field)) return;
      reported.add(field);
      errors.push({ row, column: headerName.get(field) ?? field, field, reason: fe.reason, message: fe.message, params: fe.params });
    };
    for (const fe of toFieldErrors(await validate(input, { forbidUnknownValues: false }), [])) {
      if (fe.field === 'propertyId' || fe.field === 'regionId') continue; // reported by name above
      report(fe);
    }
    if (!input.propertyId || !input.regionId || reported.has('code')) continue;
    const values = {
      code: input.code.trim(),
      name: input.name.trim(),
      propertyId: input.propertyId,
      regionId: input.regionId,
      contractStart: input.contractStart ?? null,
      contractEnd: input.contractEnd ?? null,
      serviceScope: input.serviceScope?.trim() || null,
    };
    // An update keeps what the sheet has no column for.
    for (const [key, column] of Object.entries(OPTIONAL_COLUMN))
      if (before && !columnOf.has(column)) (values as Record<string, unknown>)[key] = before[key as keyof Project];
    const merged = { ...(before ?? {}), ...values, managerUserId: before?.managerUserId ?? null };
    for (const fe of await projectRuleErrors(ctx.user, refs, before, merged)) report(fe);
    if (reported.size) continue;
    if (before) {
      const patch: Partial<Project> = {};
      for (const key of ROW_FIELDS) if (values[key] !== before[key]) (patch as Record<string, unknown>)[key] = values[key];
      if (Object.keys(patch).length) out.updates.push({ before, patch });
      else out.unchanged++;
    } else
      out.inserts.push({
        id: randomUUID(),
        ...values,
        stage: 'PROSPECT',
        managerUserId: null,
        timeZone,
        archivedAt: null,
      });
  }
  errors.sort((a, b) => a.row - b.row || COLUMNS.findIndex((c) => c.field === a.field) - COLUMNS.findIndex((c) => c.field === b.field));
  // Only the properties the written projects use (a property whose every row is wrong is not created).
  const used = new Set(out.inserts.map((p) => p.propertyId).concat(out.updates.map((u) => u.patch.propertyId ?? '')));
  out.newProperties = [...newPropertyByName.values()].filter((p) => used.has(p.id));
  return out;
}

/**
 * Projects (and their properties) from the first sheet of an .xlsx: 项目编码, 项目名称, 物业名称
 * (matched by name; created when new, with 业态, 地址, 建筑面积, 分区), 区域 (name or code),
 * 合同开始/结束, 服务范围. A known 项目编码 updates that project. Every row is checked with the
 * rules of createProject; any error and nothing is written. `dryRun` checks only.
 */
export async function importProjects(ctx: RequestContext, fileBase64: string, dryRun: boolean) {
  requirePortfolioEditor(ctx);
  const run = async (db: TenantDb) => {
    const p = await plan(ctx, db, fileBase64);
    const report = {
      rows: p.rows,
      created: p.inserts.length,
      updated: p.updates.length,
      propertiesCreated: p.newProperties.length,
      errors: p.errors,
    };
    if (p.errors.length || p.rows === 0) return { ...report, written: false };
    await checkCompanyLimit(db, 'projects', ['fileBase64'], p.inserts.length);
    if (dryRun) return { ...report, written: false };
    try {
      const newProperties = await db.repo(Property).insertMany(p.newProperties.map((x) => ({ id: x.id, ...x.values })));
      const inserted = await db.repo(Project).insertMany(p.inserts);
      const updated: Array<{ before: Project; after: Project }> = [];
      for (const u of p.updates) updated.push({ before: u.before, after: await db.repo(Project).update(u.before.id, u.patch) });
      await db.auditMany([
        ...newProperties.map((x) => ({
          operation: 'importProjects' as const,
          entity: 'Property' as const,
          entityId: x.id,
          changes: changedFields(null, x, PROPERTY_AUDIT),
        })),
        ...inserted.map((x) => ({
          operation: 'importProjects' as const,
          entity: 'Project' as const,
          entityId: x.id,
          changes: changedFields(null, x, PROJECT_AUDIT),
        })),
        ...updated.map((x) => ({
          operation: 'importProjects' as const,
          entity: 'Project' as const,
          entityId: x.after.id,
          changes: changedFields(x.before, x.after, PROJECT_AUDIT),
        })),
      ]);
    } catch (e) {
      // Another request took a code or a property name since the check: nothing was written.
      if (e instanceof UniqueViolationError)
        throw BadUserInputError.field('fileBase64', 'TAKEN', 'A project code or property name in the file was just taken; check again');
      throw e;
    }
    return { ...report, written: true };
  };
  // The write checks again inside its transaction, so what it writes is what it checked.
  return dryRun ? run(ctx.db) : ctx.db.transaction(run);
}

const formatLabel = (f: PropertyFormat) => PROPERTY_FORMAT_LABELS[f].zh;

/**
 * The project import's template: the caller's current projects with their properties (a row
 * with a known 项目编码 updates that project, so uploading it unchanged is a clean dry run that
 * changes nothing) — or, for a company without projects, one example row — a 说明 sheet, and
 * the regions and formats to choose from.
 */
export async function projectTemplate(ctx: RequestContext): Promise<{ filename: string; body: Buffer }> {
  requirePortfolioEditor(ctx);
  const regions = (await ctx.db.repo(Region).find())
    .filter((r) => canSeeRegion(ctx.user, r.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const properties = new Map((await ctx.db.repo(Property).find()).map((p) => [p.id, p]));
  const regionName = new Map(regions.map((r) => [r.id, r.name]));
  const projects = (await ctx.db.repo(Project).find())
    .filter((p) => !p.archivedAt && regionName.has(p.regionId))
    .sort((a, b) => a.code.localeCompare(b.code));
  const rows = projects.map((p) => {
    const property = properties.get(p.propertyId);
    return {
      code: p.code,
      name: p.name,
      property: property?.name ?? '',
      format: property ? formatLabel(property.format) : '',
      region: regionName.get(p.regionId) ?? '',
      address: property?.address ?? '',
      area: property?.grossFloorArea ?? null,
      zones: (property?.zones ?? []).map((z) => z.name).join('、'),
      contractStart: p.contractStart,
      contractEnd: p.contractEnd,
      serviceScope: p.serviceScope,
    };
  });
  if (rows.length === 0)
    rows.push({
      code: 'XM-001',
      name: '示例花园物业服务项目',
      property: '示例花园',
      format: formatLabel('RESIDENTIAL'),
      region: regions[0]?.name ?? '',
      address: '上海市浦东新区示例路 1 号',
      area: 120000,
      zones: '大堂、地下车库、园林',
      contractStart: null,
      contractEnd: null,
      serviceScope: '秩序维护、保洁、绿化',
    });
  const body = await importTemplate({
    sheet: '项目',
    columns: COLUMNS,
    rows,
    hints: {
      code: '项目编码，如 SH-001（字母、数字、- 或 _）：已有编码的行更新该项目，新编码的行新建项目',
      name: '项目名称',
      property: '物业名称：与已有物业同名则关联该物业，否则新建物业',
      format: '业态：住宅、商业、写字楼、产业园区、公共建筑、售楼处及样板房、其他（见“业态”表）；新建物业时必填，已有物业须一致',
      region: '区域名称或区域编码，须是已有区域（见“区域”表）',
      address: '物业地址（仅新建物业时使用）',
      area: '建筑面积，单位平方米（仅新建物业时使用）',
      zones: '分区，多个用“、”或逗号分隔，如 大堂、地下车库（仅新建物业时使用）',
      contractStart: '合同开始日期，格式 YYYY-MM-DD，可空',
      contractEnd: '合同结束日期，格式 YYYY-MM-DD，不能早于开始日期，可空',
      serviceScope: '合同服务范围，可空',
    },
    notes: [
      projects.length
        ? '本模板已包含现有项目：修改后上传即可批量更新；新增项目请在末尾添加行。'
        : '第 2 行是示例：请改成您的项目后再上传。',
      '先上传检查（不写入），全部行无误后才能导入；任何一行有误都不会写入。新项目的阶段为“意向”。',
    ],
    lists: [
      { sheet: '区域', header: ['区域 Region', '区域编码 Code'], rows: regions.map((r) => [r.name, r.code ?? '']) },
      {
        sheet: '业态 Formats',
        header: ['业态', 'English', '代码 Code'],
        rows: PROPERTY_FORMATS.map((f) => [PROPERTY_FORMAT_LABELS[f].zh, PROPERTY_FORMAT_LABELS[f].en, f]),
      },
    ],
  });
  return { filename: '项目导入模板.xlsx', body };
}
