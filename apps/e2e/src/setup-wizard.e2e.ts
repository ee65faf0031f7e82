// A fresh install's first day, from an empty database (SEED_DEMO=false, its own app instance):
// `npm run platform:admin` creates the platform operator; the operator signs in to the console
// and creates 华信物业 with its first admin; the admin opens the invitation link, chooses a
// password and walks the 开通向导 (settings, a region, projects imported from Excel, an
// invitation, the standard starter pack); the 工作台 checklist ends done.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { baseUrl, graphql, launchBrowser, openPage, shot, tokenOf, useApp, watchGraphql } from './browser';
import { ROOT, databaseFileIn, startApp, stopApp, type E2eState } from './server';

let browser: Browser;
let app: E2eState | undefined;
let operatorPassword: string;

const SUFFIX = Date.now().toString(36);
const SLUG = `huaxin-${SUFFIX}`;
const ADMIN = `admin-${SUFFIX}@huaxin.test`;
const ADMIN_PASSWORD = '华信-harbour-lantern-2026';
const OPERATOR = 'ops@pinzhi-platform.test';

beforeAll(async () => {
  browser = await launchBrowser();
  const workDir = mkdtempSync(join(tmpdir(), 'pinzhi-e2e-empty-'));
  // The operator first, by the command, on the empty database the app will then open.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', 'tools/platform/admin.ts', '--email', OPERATOR, '--name', '平台运维'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${databaseFileIn(workDir)}`,
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        JWT_SECRET: randomBytes(32).toString('hex'),
      },
    },
  );
  expect(stdout).toContain(`platform operator created: ${OPERATOR}`);
  operatorPassword = /password \(shown once\): (\S+)/.exec(stdout)![1];
  app = await startApp({ seedDemo: false, workDir });
  useApp(app.baseUrl);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  useApp(null);
  await stopApp(app);
});

describe('a new company’s first day', () => {
  it('from an empty install: the operator creates the company, its admin accepts and walks the wizard to a running company', async () => {
    // An empty install: no company can be signed in to.
    const empty = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "admin@demo.test", password: "pinzhi-demo") { token } }' }),
    });
    expect(JSON.stringify(await empty.json())).toContain('errors');

    // The operator signs in with the printed password; the console lists no company yet.
    const operator = await openPage(browser);
    const op = operator.page;
    await op.goto('/platform/login');
    await op.getByTestId('platform-login-form').waitFor();
    await op.locator('#email').fill(OPERATOR);
    await op.locator('#password').fill(operatorPassword);
    await op.getByTestId('platform-login-submit').click();
    await op.getByTestId('platform-companies').waitFor();
    await op.getByTestId('platform-companies').getByTestId('empty-state').getByText('还没有公司').waitFor();

    // 华信物业 with its first admin; the invitation link is shown to copy.
    await op.getByTestId('platform-company-create').click();
    await op.getByTestId('platform-company-code').fill(SLUG);
    await op.getByTestId('platform-company-name').fill('华信物业');
    await op.getByTestId('platform-company-admin-email').fill(ADMIN);
    await op.getByTestId('platform-company-admin-name').fill('华信管理员');
    await op.getByTestId('platform-company-submit').click();
    const invitation = (await op.getByTestId('platform-invitation-link').innerText()).trim();
    await op.getByTestId('platform-invitation-done').click();
    await op.getByTestId(`platform-company-${SLUG}`).waitFor();
    await operator.context.close();

    // The admin opens the link, chooses a password and is in.
    const { page, context } = await openPage(browser);
    const gql = watchGraphql(page);
    await page.goto(new URL(invitation).pathname);
    await page.getByTestId('invitation-intro').waitFor();
    expect(await page.getByTestId('invitation-intro').innerText()).toContain('华信物业');
    await page.getByTestId('invitation-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('invitation-confirm').fill(ADMIN_PASSWORD);
    await page.getByTestId('accept-invitation').click();
    await page.getByTestId('user-menu').waitFor();
    await page.goto('/');

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
