import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { baseUrl, clickUserMenuItem, launchBrowser, navKeys, openPage, PASSWORD, shot, signIn, watchGraphql } from './browser';

const PORTFOLIO = ['dashboard', 'approvals', 'projects', 'properties', 'regions'];
const QUALITY = ['standards', 'handbooks', 'inspectionTemplates', 'inspectionCalendar', 'inspections', 'rectifications'];
const EVERYONE = [...PORTFOLIO, ...QUALITY];
// 运营成本 (portfolio) and 客户意见调查 (quality): admins, the Quality Center and regional ops.
const WITH_COSTS = [...PORTFOLIO, 'costs', ...QUALITY];
// Everyone but inspectors reads the evaluation and the daily summary.
const EVALUATION = ['evaluation', 'levelComparison', 'inspectionSummary', 'patrols']; // 三级检查对比 and patrol reports have the evaluation's readers
// Planners (company admins, Quality Center) also set default frequencies and holiday lists.
// Planners (frequencyDefaults, holidays) are company admins and the Quality Center.
// 培训: HR, admins, the Quality Center, regional ops and viewers; not inspectors nor Marketing & CS.
// 品质制度 (everyone) and 重大投诉 (everyone but HR and inspectors).
const QC = ['regulations', 'complaints'];
const TRAINING = ['trainingPlans', 'trainingCourses', 'trainingSessions', 'trainingEmployees', 'trainingPositions', 'trainingCoverage'];
// 接管: every member reads the pipeline, templates and duty matrix and has a department task list.
const ONBOARDING = ['onboardingPipeline', 'onboardingTasks', 'onboardingTemplates', 'departments'];

const ACCOUNTS: { email: string; role: string; tenant: string; nav: string[] }[] = [
  {
    email: 'admin@demo.test',
    role: '公司管理员',
    tenant: '示范物业',
    nav: [
      ...WITH_COSTS,
      ...EVALUATION,
      'feedback',
      ...QC,
      'surveys',
      'frequencyDefaults',
      ...TRAINING,
      ...ONBOARDING,
      'holidays',
      'companySettings',
      'members',
      'audit',
      'dataLifecycle',
      'notificationChannels',
    ],
  },
  {
    email: 'quality@demo.test',
    role: '品质中心',
    tenant: '示范物业',
    nav: [
      ...WITH_COSTS,
      ...EVALUATION,
      'feedback',
      ...QC,
      'surveys',
      'frequencyDefaults',
      ...TRAINING,
      ...ONBOARDING,
      'holidays',
      'companySettings',
    ],
  },
  {
    email: 'hr@demo.test',
    role: '人力资源中心',
    tenant: '示范物业',
    nav: [...EVERYONE, ...EVALUATION, 'regulations', ...TRAINING, ...ONBOARDING],
  },
  {
    email: 'ops@demo.test',
    role: '区域运营',
    tenant: '示范物业',
    nav: [...WITH_COSTS, ...EVALUATION, 'feedback', ...QC, 'surveys', ...TRAINING, ...ONBOARDING],
  },
  { email: 'inspector@demo.test', role: '品质检查员', tenant: '示范物业', nav: [...EVERYONE, 'regulations', ...ONBOARDING] },
  { email: 'viewer@demo.test', role: '只读用户', tenant: '示范物业', nav: [...EVERYONE, ...EVALUATION, ...QC, ...TRAINING, ...ONBOARDING] },
  { email: 'cs@demo.test', role: '市场客服中心', tenant: '示范物业', nav: [...EVERYONE, ...EVALUATION, 'feedback', ...QC, ...ONBOARDING] },
  {
    email: 'admin@other.test',
    role: '公司管理员',
    tenant: '其他物业',
    nav: [
      ...WITH_COSTS,
      ...EVALUATION,
      'feedback',
      ...QC,
      'surveys',
      'frequencyDefaults',
      ...TRAINING,
      ...ONBOARDING,
      'holidays',
      'companySettings',
      'members',
      'audit',
      'dataLifecycle',
      'notificationChannels',
    ],
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('sign-in page weight', () => {
  it('loads at most 400 KB of JavaScript (gzip) before the form is usable', async () => {
    const { page, context } = await openPage(browser);
    const scripts = new Set<string>();
    page.on('request', (req) => {
      if (req.resourceType() === 'script' || req.url().endsWith('.js')) scripts.add(req.url());
    });
    await page.goto('/login');
    await page.getByTestId('login-form').waitFor();
    await page.waitForLoadState('networkidle');
    let gzip = 0;
    for (const url of scripts) gzip += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
    console.log(`/login loaded ${scripts.size} scripts, ${(gzip / 1024).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThanOrEqual(400 * 1024);
    await context.close();
  });
});

describe('sign-in and navigation by role', () => {
  it.each(ACCOUNTS)('$email sees the navigation of $role', async ({ email, role, tenant, nav }) => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, email);
    expect(await navKeys(page)).toEqual(nav);
    await expect(page.getByTestId('tenant-name').innerText()).resolves.toContain(tenant);
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain(role);
    // What a role may not do is not shown: settings pages answer 403 when typed in.
    if (!nav.includes('members')) {
      await page.goto('/settings/members');
      await page.locator('.ant-result-403').waitFor();
    }
    // Portfolio editors get create buttons; readers do not.
    await page.goto('/projects');
    await page.getByTestId('projects-table').waitFor();
    const editor = email.startsWith('admin@') || email.startsWith('ops@');
    expect(await page.getByTestId('create-project').count()).toBe(editor ? 1 : 0);
    if (email === 'admin@demo.test') {
      await page.goto('/');
      await page.getByText('最近更新的项目').waitFor();
      await shot(page, 'zh-dashboard-admin');
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains wrong credentials, and asks for the company when the account has several', async () => {
    const { page, context } = await openPage(browser);
    await page.goto('/login');
    await shot(page, 'zh-login');
    await page.locator('#email').fill('viewer@demo.test');
    await page.locator('#password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await page.getByText('邮箱或密码不正确。').waitFor();

    await page.locator('#email').fill('consultant@pinzhi.test');
    await page.locator('#password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByText('您的账号属于多家公司，请选择要进入的公司后继续。').waitFor();
    await shot(page, 'zh-login-choose-company');
    await page.getByTestId('tenant-select').getByText('其他物业').click();
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-nav').waitFor();
    await expect(page.getByTestId('tenant-name').innerText()).resolves.toContain('其他物业');
    await context.close();
  });

  it('signs out, and a revoked session returns to sign-in with a message (never a blank page)', async () => {
    const { page, context } = await openPage(browser);
    await signIn(page, 'quality@demo.test');
    const signedOut = /\/login\?reason=SIGNED_OUT/;
    await clickUserMenuItem(page, 'sign-out', async () => signedOut.test(page.url()));
    await page.waitForURL(signedOut);
    await page.getByText('您已安全退出。').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('pinzhi.token'))).toBeNull();

    // Revoke the session behind the app's back (as signing out elsewhere would).
    const graphql = watchGraphql(page);
    await signIn(page, 'quality@demo.test');
    // Let the dashboard's own requests finish first: one still in flight would meet the revoked
    // session before the click below and end it already.
    await graphql.idle();
    const token = await page.evaluate(() => localStorage.getItem('pinzhi.token'));
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(res.status).toBe(200);
    // A query of the page still in flight may meet the revoked session first and leave for the
    // sign-in page before the click lands; either way the next request ends on it.
    await page
      .getByTestId('nav-projects')
      .click({ timeout: 15000 })
      .catch(() => undefined);
    // If the click was lost on a slow machine (no request went out), the user's next step is a
    // reload: it must end on the same sign-in page with the same reason.
    const revoked = /\/login\?reason=SESSION_REVOKED/;
    const leftByClick = await page
      .waitForURL(revoked, { timeout: 20000 })
      .then(() => true)
      .catch(() => false);
    if (!leftByClick) {
      console.warn('auth.e2e: the click after revocation sent no request; reloading');
      await page.reload();
      await page.waitForURL(revoked);
    }
    await page.getByText('您的登录已失效').waitFor();
    await shot(page, 'zh-login-session-revoked');

    // A garbage token behaves the same way.
    await page.evaluate(() => localStorage.setItem('pinzhi.token', 'garbage'));
    await page.goto('/projects');
    await page.waitForURL(/\/login\?reason=/);
    await page.getByTestId('login-notice').waitFor();
    await context.close();
  });
});
