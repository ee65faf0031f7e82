/**
 * Excel row imports (标准库, 员工, 项目, 运营成本): the columns of each sheet, named once here and used by
 * the API (reading the file, writing its template) and by the web client (telling users which
 * columns to fill in), so a column is called the same everywhere — 项目编码, never 项目编号.
 * Headers are matched in Chinese exactly or in English case-insensitively.
 */
export interface ImportColumnSpec {
  field: string;
  zh: string;
  en: string;
  required: boolean;
}

const col = (field: string, zh: string, en: string, required = false): ImportColumnSpec => ({ field, zh, en, required });

export const IMPORT_SHEETS = {
  standards: {
    columns: [
      col('code', '编码', 'Code', true),
      col('category', '分类', 'Category', true),
      col('titleZh', '标题', 'Title (zh)', true),
      col('titleEn', '英文标题', 'Title (en)'),
      col('requirementZh', '要求', 'Requirement (zh)', true),
      col('requirementEn', '英文要求', 'Requirement (en)'),
      col('positions', '适用岗位', 'Positions'),
      col('condition', '适用条件', 'Condition'),
      col('checkMethod', '检查方式', 'Check method', true),
      col('defaultScore', '默认分值', 'Default score', true),
      col('critical', '关键项', 'Critical'),
      col('formats', '适用业态', 'Formats'),
      col('source', '来源', 'Source'),
    ],
  },
  employees: {
    columns: [
      col('name', '姓名', 'Name', true),
      col('employeeNo', '工号', 'Employee no'),
      col('position', '岗位', 'Position', true),
      col('project', '项目编码', 'Project code', true),
      col('hireDate', '入职日期', 'Hire date', true),
      col('active', '在职', 'Active'),
      col('gender', '性别', 'Gender'),
    ],
  },
  projects: {
    columns: [
      col('code', '项目编码', 'Project code', true),
      col('name', '项目名称', 'Project name', true),
      col('property', '物业名称', 'Property', true),
      col('format', '业态', 'Format', true),
      col('region', '区域', 'Region', true),
      col('address', '地址', 'Address'),
      col('area', '建筑面积（㎡）', 'Gross floor area (m²)'),
      col('zones', '分区', 'Zones'),
      col('contractStart', '合同开始', 'Contract start'),
      col('contractEnd', '合同结束', 'Contract end'),
      col('serviceScope', '服务范围', 'Service scope'),
    ],
  },
  members: {
    columns: [
      col('email', '邮箱', 'E-mail', true),
      col('displayName', '姓名', 'Name', true),
      col('role', '角色', 'Role', true),
      col('regions', '区域', 'Regions'),
      col('phone', '手机', 'Phone'),
      col('projects', '项目', 'Projects'),
    ],
  },
  costs: {
    columns: [
      col('project', '项目编码', 'Project code', true),
      col('month', '月份', 'Month', true),
      col('category', '成本类别', 'Category', true),
      col('budget', '预算（元）', 'Budget (yuan)', true),
      col('actual', '实际（元）', 'Actual (yuan)', true),
    ],
  },
} as const satisfies Record<string, { columns: readonly ImportColumnSpec[] }>;

export type ImportKind = keyof typeof IMPORT_SHEETS;
export const IMPORT_KINDS = Object.keys(IMPORT_SHEETS) as ImportKind[];

/**
 * Every reason a row error can carry (with its params), so clients word each one in the user's
 * language instead of showing the server's English `message`:
 * REQUIRED (row 1: the column is missing, params.column), TOO_LONG {max}, TOO_SHORT {min},
 * OUT_OF_RANGE {min, max}, INVALID_FORMAT {value, expected: MONTH | YUAN | DATE | CODE | NUMBER | EMAIL},
 * INVALID_VALUE {value} (not one of the allowed values), NOT_FOUND {value} (an unknown
 * project code, position or region), TAKEN {value, row} (the same key in another row),
 * DATE_ORDER (an end before its start).
 */
export const IMPORT_ROW_REASONS = [
  'REQUIRED',
  'TOO_LONG',
  'TOO_SHORT',
  'OUT_OF_RANGE',
  'INVALID_FORMAT',
  'INVALID_VALUE',
  'NOT_FOUND',
  'TAKEN',
  'DATE_ORDER',
] as const;
export type ImportRowReason = (typeof IMPORT_ROW_REASONS)[number];

/** "姓名、岗位、项目编码、入职日期" — the required (or optional) headers of a sheet, in order. */
export function importColumnNames(kind: ImportKind, which: 'required' | 'optional', lang: 'zh' | 'en' = 'zh'): string[] {
  return IMPORT_SHEETS[kind].columns.filter((c) => c.required === (which === 'required')).map((c) => c[lang]);
}
