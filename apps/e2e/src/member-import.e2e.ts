// Bulk go-live, part 2 (批量邀请): the company admin invites staff from Excel on 用户与角色 — a
// workbook with one wrong row is refused with that row named and nothing written; the fixed
// workbook creates the invitations and their links are listed, ready to copy and hand out.
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

const PREFIX = `mi${Date.now().toString(36)}`;
const HEADER = ['邮箱', '姓名', '角色', '区域', '手机'];

async function workbook(emailOfRow3: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('用户');
  ws.addRow(HEADER);
  ws.addRow([`${PREFIX}.zhang@demo.test`, '张导入', '区域运营', '华东区域、SOUTH', '138 0000 0001']);
  ws.addRow([emailOfRow3, '李导入', '品质检查员']);
  ws.addRow([`${PREFIX}.wang@demo.test`, '王导入', 'VIEWER']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page
    .getByTestId('import-modal')
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

describe('member import', () => {
  it('names the wrong row and writes nothing; the fixed workbook creates the invitations and lists their links', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      const gql = watchGraphql(page);
      await signIn(page, 'admin@demo.test');
      await page.goto('/settings/members');
      await page.getByTestId('members-table').waitFor();
      await page.getByTestId('import-members').click();
      await page
        .getByTestId('import-columns')
        .getByText(/邮箱、姓名、角色/)
        .waitFor();

      // Row 3's e-mail is not an e-mail.
      await upload(page, '批量邀请.xlsx', await workbook('li-at-demo'));
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      await page.getByTestId('import-nothing-written').waitFor();
      const rows = await errors.locator('tbody tr.ant-table-row').allInnerTexts();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain('3');
      expect(rows[0]).toContain('邮箱');
      expect(rows[0]).toContain('「li-at-demo」不是有效的邮箱地址');
      expect(await page.getByTestId('confirm-import').isDisabled()).toBe(true);
      await shot(page, 'member-import-errors');
      const token = await tokenOf(page);
      const open = async () =>
        (await graphql(token, '{ invitations(first: 100) { nodes { email } } }')).invitations.nodes.filter((n: { email: string }) =>
          n.email.startsWith(PREFIX),
        );
      expect(await open()).toEqual([]);

      // Fixed: a clean check, then the write, then the links.
      await page.getByText('重新选择文件').click();
      await upload(page, '批量邀请-已修改.xlsx', await workbook(`${PREFIX}.li@demo.test`));
      await page
        .getByTestId('import-clean')
        .getByText(/将为 3 人生成邀请/)
        .waitFor();
      await page.getByTestId('confirm-import').click();
      await page.getByTestId('import-written').getByText('已生成 3 个邀请。').waitFor();
      const links = page.getByTestId('imported-invitations');
      await links.getByText('邀请链接（3 个）').waitFor();
      const texts = await links.getByTestId('invitation-link').allInnerTexts();
      expect(texts).toHaveLength(3);
      for (const t of texts) expect(t).toMatch(/\/invitations\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{20,}$/);
      await links.getByText(`${PREFIX}.zhang@demo.test`).waitFor();
      await links.getByTestId('copy-all-invitations').waitFor();
      await shot(page, 'member-import-links');
      await gql.idle();
      expect((await open()).length).toBe(3);

      expect(problems).toEqual([]);

      // A link opens the accept page for that person.
      const person = await openPage(browser);
      try {
        await person.page.goto(new URL(texts[0].trim()).pathname);
        await person.page.getByTestId('invitation-intro').waitFor();
        expect(await person.page.getByTestId('invitation-intro').innerText()).toContain('示范物业');
      } finally {
        await person.context.close();
      }
    } finally {
      await context.close();
    }
  });
});
