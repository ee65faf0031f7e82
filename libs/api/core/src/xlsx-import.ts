import ExcelJS from 'exceljs';
import { BadUserInputError } from './errors';

/** The largest workbook a row import accepts (base64 in GraphQL, decoded here). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A column a row import reads, found by its Chinese or English header. */
export interface ImportColumn {
  field: string;
  zh: string;
  en: string;
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
