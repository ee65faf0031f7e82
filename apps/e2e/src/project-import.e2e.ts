// Bulk go-live: the company admin imports projects from Excel on the 项目 list — a workbook with
// one wrong row is refused with that row named and nothing written; the fixed workbook imports and
// the projects are listed.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { graphql, launchBrowser, openPage, shot, signIn, tokenOf, watchGraphql } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PREFIX = `IM${Date.now().toString(36).toUpperCase()}`;
const HEADER = ['项目编码', '项目名称', '物业名称', '业态', '区域', '地址', '建筑面积（㎡）', '分区'];

async function workbook(regionOfRow3: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目');
  ws.addRow(HEADER);
  ws.addRow([
    `${PREFIX}-1`,
    `导入测试项目一 ${PREFIX}`,
    `导入测试花园 ${PREFIX}`,
    '住宅',
    '华东区域',
    '上海市测试路 1 号',
    52000,
    '大堂、地下车库',
  ]);
  ws.addRow([`${PREFIX}-2`, `导入测试项目二 ${PREFIX}`, `导入测试花园 ${PREFIX}`, '住宅', regionOfRow3]);
  ws.addRow([`${PREFIX}-3`, `导入测试项目三 ${PREFIX}`, '锦绣华庭', '', 'SOUTH']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page
    .getByTestId('import-modal')
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

describe('project import', () => {
  it('names the wrong row and writes nothing; the fixed workbook imports and the projects are listed', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      const gql = watchGraphql(page);
      await signIn(page, 'admin@demo.test');
      await page.goto('/projects');
      await page.getByTestId('projects-table').waitFor();
      await page.getByTestId('import-projects').click();
      await page
        .getByTestId('import-columns')
        .getByText(/项目编码、项目名称、物业名称、业态、区域/)
        .waitFor();

      // Row 3 names a region the company does not have.
      await upload(page, '项目导入.xlsx', await workbook('火星区域'));
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      await page.getByTestId('import-nothing-written').waitFor();
      const rows = await errors.locator('tbody tr.ant-table-row').allInnerTexts();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain('3');
      expect(rows[0]).toContain('区域');
      expect(rows[0]).toContain('区域「火星区域」不存在');
      expect(await page.getByTestId('confirm-import').isDisabled()).toBe(true);
      await shot(page, 'project-import-errors');
      const token = await tokenOf(page);
      const none = await graphql(token, 'query($s: String) { projects(first: 10, filter: { search: $s }) { totalCount } }', { s: PREFIX });
      expect(none.projects.totalCount).toBe(0);

      // Fixed: a clean check, then the write.
      await page.getByText('重新选择文件').click();
      await upload(page, '项目导入-已修改.xlsx', await workbook('华东区域'));
      await page
        .getByTestId('import-clean')
        .getByText(/将新增 3 个项目、更新 0 个项目/)
        .waitFor();
      await page.getByTestId('confirm-import').click();
      await page.getByTestId('import-written').getByText('导入完成：新增 3 个项目，更新 0 个。').waitFor();
      await page
        .locator('.ant-modal-footer')
        .getByRole('button', { name: /关\s*闭/ })
        .click();
      await page.getByTestId('import-modal').waitFor({ state: 'detached' });
      await gql.idle();

      // Listed.
      const search = page.getByTestId('project-search').locator('input');
      await search.fill(PREFIX);
      await search.press('Enter');
      await page.waitForURL(new RegExp(`q=${PREFIX}`));
      await gql.idle();
      const table = page.getByTestId('projects-table');
      for (const n of [1, 2, 3]) await table.getByText(`${PREFIX}-${n}`, { exact: true }).waitFor();
      await table.getByText(`导入测试花园 ${PREFIX}`).first().waitFor();
      await shot(page, 'project-import-listed');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
