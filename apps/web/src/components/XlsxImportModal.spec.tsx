// Row errors of every import are worded from their reason and params in the user's language —
// never the server's English message (issue 23: `Unknown project code "SH-999"` in the Chinese UI).
import i18n from 'i18next';
import { IMPORT_ROW_REASONS, IMPORT_SHEETS, importColumnNames } from '@pinzhi/domain';
import { importErrorText } from './XlsxImportModal';

const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en-US');

describe('import row errors', () => {
  it('words the issue’s employee error in Chinese, naming the code', () => {
    const e = { row: 2, field: 'project', reason: 'NOT_FOUND', params: { value: 'SH-999' } };
    expect(importErrorText(zh, e)).toBe('项目编码「SH-999」不存在，或不在您负责的区域');
    expect(importErrorText(en, e)).toBe('No project with code “SH-999”, or not in your regions');
  });

  it('has a Chinese text without English words for every reason, with and without params', () => {
    const samples = [
      { row: 1, field: 'project', reason: 'REQUIRED', params: { column: '项目编码' } },
      { row: 3, field: 'name', reason: 'REQUIRED', params: null },
      { row: 3, field: 'titleZh', reason: 'TOO_LONG', params: { max: 100 } },
      { row: 3, field: 'titleZh', reason: 'TOO_LONG', params: null },
      { row: 3, field: 'titleZh', reason: 'TOO_SHORT', params: null },
      { row: 3, field: 'budget', reason: 'OUT_OF_RANGE', params: { min: 0, max: 200000 } },
      { row: 3, field: 'month', reason: 'INVALID_FORMAT', params: { value: '2035/5', expected: 'MONTH' } },
      { row: 3, field: 'actual', reason: 'INVALID_FORMAT', params: { value: 'abc', expected: 'YUAN' } },
      { row: 3, field: 'hireDate', reason: 'INVALID_FORMAT', params: null },
      { row: 3, field: 'code', reason: 'INVALID_FORMAT', params: { expected: 'CODE' } },
      { row: 3, field: 'defaultScore', reason: 'INVALID_FORMAT', params: { value: 'abc', expected: 'INTEGER', min: 0, max: 100 } },
      { row: 3, field: 'category', reason: 'INVALID_VALUE', params: { value: '咖啡' } },
      { row: 3, field: 'category', reason: 'INVALID_VALUE', params: null },
      { row: 3, field: 'position', reason: 'NOT_FOUND', params: { value: '厨师' } },
      { row: 4, field: 'employeeNo', reason: 'TAKEN', params: { value: 'IM-1', row: 2 } },
      { row: 4, field: 'employeeNo', reason: 'TAKEN', params: null },
      { row: 4, field: 'code', reason: 'TAKEN', params: { value: 'SH-001' } },
      { row: 3, field: 'region', reason: 'NOT_FOUND', params: { value: '火星区域' } },
      { row: 3, field: 'area', reason: 'INVALID_FORMAT', params: { value: 'abc', expected: 'NUMBER' } },
      { row: 3, field: 'contractEnd', reason: 'DATE_ORDER', params: null },
      { row: 4, field: 'x', reason: 'SOMETHING_NEW', params: null },
      { row: 5, field: 'email', reason: 'TAKEN', params: { value: 'li@demo.test' } },
      { row: 5, field: 'regions', reason: 'NOT_FOUND', params: { value: '火星区域' } },
      { row: 6, field: 'email', reason: 'INVALID_FORMAT', params: { value: 'li-at-demo', expected: 'EMAIL' } },
    ];
    // every reason the importers may send is covered by a sample
    for (const r of IMPORT_ROW_REASONS) expect(samples.some((s) => s.reason === r)).toBe(true);
    for (const s of samples) {
      const text = importErrorText(zh, s);
      // Allowed Latin: the cell's own value and the YYYY-MM / YYYY-MM-DD format hints.
      const rest = text
        .replace(String((s.params as Record<string, unknown> | null)?.['value'] ?? '\u0000'), '')
        .replace(/YYYY-MM(-DD)?/g, '');
      expect([s.reason, rest]).toEqual([s.reason, expect.not.stringMatching(/[A-Za-z]{3,}/)]);
      const enRest = importErrorText(en, { ...s, params: s.params ? { ...s.params, columnEn: 'Project code' } : null }).replace(
        String((s.params as Record<string, unknown> | null)?.['value'] ?? '\u0000'),
        '',
      );
      expect([s.reason, enRest]).toEqual([s.reason, expect.not.stringMatching(/[\u4e00-\u9fff]/)]);
    }
    expect(importErrorText(zh, samples[0])).toBe('缺少「项目编码」列');
    expect(importErrorText(zh, samples[14])).toBe('与第 2 行重复（IM-1）');
    expect(importErrorText(zh, samples[16])).toBe('「SH-001」已被使用');
    expect(importErrorText(zh, samples[17])).toBe('区域「火星区域」不存在，或不在您负责的区域（见模板中的“区域”表）');
    expect(importErrorText(en, samples[19])).toBe('The end date cannot be before the start date');
    // 批量邀请: an e-mail already here or invited; a regional member's unknown region.
    expect(importErrorText(zh, samples[21])).toBe('「li@demo.test」已是本公司用户，或已有未过期的邀请（可在“邀请”中重新生成链接）');
    expect(importErrorText(zh, samples[22])).toBe(importErrorText(zh, samples[17]));
    expect(importErrorText(zh, samples[23])).toBe('「li-at-demo」不是有效的邮箱地址');
  });

  it('names the same columns as the importer (项目编码, never 项目编号)', () => {
    expect(importColumnNames('employees', 'required')).toEqual(['姓名', '岗位', '项目编码', '入职日期']);
    expect(importColumnNames('costs', 'required')).toContain('项目编码');
    for (const sheet of Object.values(IMPORT_SHEETS)) expect(sheet.columns.map((c) => c.zh)).not.toContain('项目编号');
  });
});
