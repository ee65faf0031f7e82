import ExcelJS from 'exceljs';
import { BadUserInputError } from './errors';

/** The largest workbook a row import accepts (base64 in GraphQL, decoded here). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A column a row import reads, found by its Chinese or English header. */
export interface ImportColumn {
  field: string;
  zh: string;
  en: string;
  /** A required column: its absence is a row-1 error (see `missingColumnErrors`). */
  required?: boolean;
}

export interface ImportSheet {
  sheet: ExcelJS.Worksheet;
  /** field → 1-based column index, for the columns whose header was found. */
  columnOf: Map<string, number>;
  /** field → the header text as written in the file (for row error reports). */
  headerName: Map<string, string>;
}

function headerText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  return String(v).trim();
}

/**
 * The one way row imports (standards, employees, costs …) open their workbook: decode, size
 * and format checks as field errors on `fileBase64`, the first sheet, and its header row
 * matched to the columns (Chinese exactly, English case-insensitively). Each import then
 * checks its own required columns and rows.
 */
export async function openImportSheet(fileBase64: string, columns: readonly ImportColumn[]): Promise<ImportSheet> {
  const bytes = Buffer.from(fileBase64, 'base64');
  if (bytes.length === 0) throw BadUserInputError.field('fileBase64', 'REQUIRED', 'The file is empty');
  if (bytes.length > MAX_IMPORT_BYTES)
    throw BadUserInputError.field('fileBase64', 'TOO_LONG', 'The file is larger than 5 MB', { max: MAX_IMPORT_BYTES });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw BadUserInputError.field('fileBase64', 'INVALID_FORMAT', 'This is not an .xlsx workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw BadUserInputError.field('fileBase64', 'INVALID_FORMAT', 'The workbook has no sheet');
  // row.values is 1-based and sparse; Array.from fills the holes.
  const header = Array.from(sheet.getRow(1).values as ExcelJS.CellValue[], (v) => headerText(v));
  const columnOf = new Map<string, number>();
  const headerName = new Map<string, string>();
  for (const c of columns) {
    const idx = header.findIndex((h) => h === c.zh || h.toLowerCase() === c.en.toLowerCase());
    if (idx > 0) {
      columnOf.set(c.field, idx);
      headerName.set(c.field, header[idx]);
    }
  }
  return { sheet, columnOf, headerName };
}

/** A problem with one cell (row 1: a missing column). `reason` and `params` are what clients translate. */
export interface ImportRowError {
  row: number;
  /** The header as written in the file (for a missing column: "中文 / English"). */
  column: string;
  field: string;
  reason: string;
  /** English, for API users and logs; the web words it from `reason` and `params`. */
  message: string;
  params?: Record<string, unknown>;
}

/** Row-1 errors for the required columns the header does not have. */
export function missingColumnErrors(columns: readonly ImportColumn[], columnOf: ReadonlyMap<string, number>): ImportRowError[] {
  return columns
    .filter((c) => c.required && !columnOf.has(c.field))
    .map((c) => ({
      row: 1,
      column: `${c.zh} / ${c.en}`,
      field: c.field,
      reason: 'REQUIRED',
      message: `Column "${c.zh}" (${c.en}) is missing`,
      params: { column: c.zh, columnEn: c.en },
    }));
}

/** A cell as text: rich text joined, formulas by their result, dates as YYYY-MM-DD (or YYYY-MM for month columns). */
export function importCellText(v: ExcelJS.CellValue, dates: 'day' | 'month' = 'day'): string {
  if (v == null) return '';
  if (v instanceof Date) return dates === 'month' ? v.toISOString().slice(0, 7) : v.toISOString().slice(0, 10);
  return headerText(v);
}

export interface ImportTemplate {
  /** The data sheet's name (first sheet: what the import reads). */
  sheet: string;
  columns: readonly ImportColumn[];
  /** Rows to fill in, by field: the current data, so the template round-trips (download, edit, upload). */
  rows: ReadonlyArray<Record<string, string | number | null>>;
  /** 说明: one line per column with what it takes (by field), plus general notes. */
  hints: Record<string, string>;
  notes?: string[];
  /** Reference sheets (allowed values: positions, project codes, categories …). */
  lists?: Array<{ sheet: string; header: string[]; rows: Array<Array<string | number>> }>;
}

/**
 * Every import's template, built the same way: the data sheet with the import's own headers
 * (required ones marked in the 说明 sheet), a 说明 sheet (column, required, what it takes) and
 * reference sheets of the allowed values. Uploading it unchanged is a clean dry run.
 */
export async function importTemplate(t: ImportTemplate): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.sheet);
  const header = ws.addRow(t.columns.map((c) => c.zh));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
  for (const r of t.rows) ws.addRow(t.columns.map((c) => r[c.field] ?? ''));
  ws.columns.forEach((c) => (c.width = 16));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const notes = wb.addWorksheet('说明 Notes');
  notes.addRow(['列 Column', 'English', '必填 Required', '填写说明 What it takes']).font = { bold: true };
  for (const c of t.columns) notes.addRow([c.zh, c.en, c.required ? '是' : '否', t.hints[c.field] ?? '']);
  if (t.notes?.length) {
    notes.addRow([]);
    for (const n of t.notes) notes.addRow([n]);
  }
  notes.columns.forEach((c, i) => (c.width = [16, 18, 12, 70][i]));
  for (const list of t.lists ?? []) {
    const s = wb.addWorksheet(list.sheet);
    s.addRow(list.header).font = { bold: true };
    for (const r of list.rows) s.addRow(r);
    s.columns.forEach((c) => (c.width = 20));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
