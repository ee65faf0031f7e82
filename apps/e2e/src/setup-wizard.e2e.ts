// A new company's first day: the platform operator creates 华信物业 with its first admin, the
// admin accepts the invitation and walks the 开通向导 (settings, a region, projects imported from
// Excel, an invitation, the standard starter pack); the 工作台 checklist ends done.
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { baseUrl, graphql, launchBrowser, PASSWORD, openPage, shot, signIn, tokenOf, watchGraphql } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SUFFIX = Date.now().toString(36);
const SLUG = `huaxin-${SUFFIX}`;
const ADMIN = `admin-${SUFFIX}@huaxin.test`;
const ADMIN_PASSWORD = '华信-harbour-lantern-2026';

/**
 * A new, empty company with its first admin, made the way a real one is: the platform operator
 * creates it in the console's API (demo operator) and the admin accepts the invitation link,
 * choosing a password (platform.e2e.ts walks the same path through the console's screens).
 */
async function createEmptyCompany(): Promise<void> {
  const operator = await graphql<{ platformLogin: { token: string } }>(
    '',
    'mutation($email: String!, $password: String!) { platformLogin(email: $email, password: $password) { token } }',
    { email: 'operator@platform.test', password: PASSWORD },
  );
  const created = await graphql<{ createCompany: { acceptPath: string } }>(
    operator.platformLogin.token,
    'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { acceptPath } }',
    { input: { code: SLUG, name: '华信物业', adminEmail: ADMIN, adminName: '华信管理员' } },
  );
  const token = created.createCompany.acceptPath.replace(/^\/invitations\//, '');
  await graphql('', 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }', {
    input: { token, createAccount: true, displayName: '华信管理员', password: ADMIN_PASSWORD },
  });
}

describe('a new company’s first day', () => {
  it('the admin walks the wizard: settings, a region, projects, an invitation, the standard pack; the checklist is done', async () => {
    await createEmptyCompany();
    const { page, context } = await openPage(browser);
    const gql = watchGraphql(page);
    await signIn(page, ADMIN, ADMIN_PASSWORD);

    // The 工作台 lists what is left.
    await page.getByTestId('setup-checklist').waitFor();
    await page.getByTestId('setup-item-regions').and(page.locator('[data-done="false"]')).waitFor();
    await page.getByTestId('setup-open-wizard').click();
    await page.waitForURL('**/setup');

    // 1. Company settings.
    await page.getByTestId('setup-step-settings').waitFor();
    await page.getByTestId('setup-company-name').fill('华信物业服务有限公司');
    await page.getByTestId('setup-short-name').fill('华信');
    await page.getByTestId('setup-save-settings').click();

    // 2. A region.
    await page.getByTestId('setup-step-regions').waitFor();
    await page.getByTestId('setup-region-name').fill('华北区域');
    await page.getByTestId('setup-region-code').fill('NORTH');
    await page.getByTestId('setup-add-region').click();
    await page.getByTestId('setup-regions').getByText('华北区域').waitFor();
    await page.getByTestId('setup-next').click();

    // 3. Properties and projects: imported from Excel through the step's import dialog (the
    // template's example row, edited into two projects on a new property); the step counts them.
    await page.getByTestId('setup-step-projects').waitFor();
    const token = await tokenOf(page);
    await page.getByTestId('setup-import-projects').click();
    await page.getByTestId('import-modal').waitFor();
    const template = await fetch(`${baseUrl()}/downloads/projects/template.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(template.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await template.arrayBuffer());
    const sheet = wb.worksheets[0];
    expect(sheet.getCell('E2').value).toBe('华北区域'); // the example row names the company's region
    sheet.getRow(2).values = [
      'HX-001',
      '华信大厦物业服务项目',
      '华信大厦',
      '写字楼',
      '华北区域',
      '北京市朝阳区华信路 1 号',
      36000,
      '大堂、地下车库',
    ];
    sheet.getRow(3).values = ['HX-002', '华信大厦停车场项目', '华信大厦', '写字楼', 'NORTH'];
    await page
      .getByTestId('import-modal')
      .locator('input[type="file"]')
      .setInputFiles({
        name: '项目导入模板.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await wb.xlsx.writeBuffer()),
      });
    await page
      .getByTestId('import-clean')
      .getByText(/将新增 2 个项目/)
      .waitFor();
    await page.getByTestId('confirm-import').click();
    await page.getByTestId('import-written').waitFor();
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s*闭/ })
      .click();
    await gql.idle();
    await page.getByTestId('setup-project-count').getByText(/2/).waitFor();
    await page.getByTestId('setup-next').click();

    // 4. Invite a member.
    await page.getByTestId('setup-step-members').waitFor();
    await page.getByTestId('setup-invite-email').fill(`inspector-${SUFFIX}@huaxin.test`);
    await page.getByTestId('setup-invite-name').fill('赵检查');
    await page.getByTestId('setup-invite').click();
    const link = (await page.getByTestId('setup-invitation-links').locator('.ant-typography-secondary').first().textContent()) ?? '';
    expect(link).toContain('/invitations/');
    // The colleague accepts (their own browser in real life).
    const accepted = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }',
        variables: {
          i: { token: link.split('/invitations/')[1], createAccount: true, password: 'Huaxin-inspector-2026!', displayName: '赵检查' },
        },
      }),
    });
    expect(((await accepted.json()) as { errors?: unknown }).errors).toBeUndefined();
    await page.getByTestId('setup-next').click();

    // 5. The standard starter pack.
    await page.getByTestId('setup-step-templates').waitFor();
    await page.getByTestId('setup-pack-standard').click();
    await page.getByTestId('setup-apply-pack').click();
    await page.getByTestId('setup-pack-applied').waitFor();
    await shot(page, 'setup-wizard-pack');
    await page.getByTestId('setup-next').click();

    // Done: every item is done, and the 工作台's checklist is gone.
    await page.getByTestId('setup-step-done').getByText('开通完成').waitFor();
    await page.getByTestId('setup-finish').click();
    await page.waitForURL((u) => new URL(u).pathname === '/');
    await gql.idle();
    await page.getByTestId('setup-checklist-done').waitFor({ state: 'attached' });
    expect(await page.getByTestId('setup-checklist').count()).toBe(0);
    await page.getByTestId('tenant-name').getByText('华信物业服务有限公司').waitFor();

    const counts = await graphql(
      token,
      '{ standards(first: 1) { totalCount } handbooks(first: 1, filter: { kind: TEMPLATE }) { totalCount } }',
    );
    expect(counts.standards.totalCount).toBeGreaterThan(50);
    expect(counts.handbooks.totalCount).toBeGreaterThanOrEqual(6);
    await context.close();
  });
});
