// Screenshots of the main screens in both languages (and a phone width) for a visual check.
import type { Browser, Page } from 'playwright-core';
import { chooseOption, launchBrowser, openPage, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function visit(page: Page, path: string, ready: string) {
  await page.goto(path);
  await page.getByTestId(ready).first().waitFor();
}

describe.each(['zh-CN', 'en-US'] as const)('main screens in %s', (language) => {
  const prefix = language === 'zh-CN' ? 'zh' : 'en';

  it('renders every main screen without errors', async () => {
    const { page, context, problems } = await openPage(browser, { language });
    await page.goto('/login');
    await page.getByTestId('login-form').waitFor();
    await page.getByTestId('login-submit').click(); // empty submit: client validation
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await shot(page, `${prefix}-login-validation`);

    await signIn(page, 'admin@demo.test');
    await page.getByTestId('page-title').waitFor();
    await shot(page, `${prefix}-dashboard`);

    await visit(page, '/projects?sort=code&order=asc', 'projects-table');
    await page.getByTestId('projects-table').getByText('SH-001').waitFor();
    await shot(page, `${prefix}-projects`);

    await page.getByTestId('projects-table').getByRole('link', { name: 'SH-001', exact: true }).click();
    await page.getByTestId('project-descriptions').waitFor();
    await shot(page, `${prefix}-project-detail`);

    await page.getByTestId('edit-project').click();
    await page.getByTestId('project-form').waitFor();
    await page.locator('#contractStart').waitFor();
    await shot(page, `${prefix}-project-edit`);

    await visit(page, '/projects/new', 'project-form');
    await page.getByTestId('save-project').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await shot(page, `${prefix}-project-new-validation`);

    await visit(page, '/properties', 'properties-table');
    await page.getByTestId('property-name').first().waitFor();
    await shot(page, `${prefix}-properties`);
    await page.getByTestId('property-name').first().click();
    await page.locator('.ant-drawer-open').waitFor();
    await shot(page, `${prefix}-property-drawer`);

    await page.goto('/properties');
    await page.getByTestId('properties-table').locator('tbody tr.ant-table-row').first().getByRole('button').click();
    await page.getByTestId('property-form').waitFor();
    await page.getByTestId('zones').locator('input[aria-label]').first().waitFor();
    await shot(page, `${prefix}-property-edit`);

    await visit(page, '/regions', 'regions-table');
    await page.getByTestId('create-region').click();
    await page.getByTestId('region-form').waitFor();
    await page.getByRole('dialog').waitFor();
    await shot(page, `${prefix}-regions-create`);
    await page.keyboard.press('Escape');

    await visit(page, '/settings/members', 'members-table');
    await page.getByTestId('members-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, `${prefix}-members`);
    await page.getByTestId('invite-member').click();
    await page.getByTestId('invite-form').waitFor();
    await chooseOption(
      page,
      page.getByTestId('invite-form').getByTestId('member-role'),
      language === 'zh-CN' ? '区域运营' : 'Regional operations',
    );
    await page.getByTestId('invite-form').getByTestId('member-regions').waitFor();
    await shot(page, `${prefix}-members-invite`);
    await page.keyboard.press('Escape');

    await visit(page, '/settings/audit', 'audit-table');
    await page.getByTestId('audit-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('audit-table').locator('.ant-table-row-expand-icon').first().click();
    await shot(page, `${prefix}-audit`);

    // 前期接管: pipeline, the demo onboarding (tasks, survey, proposal, print), templates, duties, my tasks.
    await visit(page, '/onboarding', 'onboardings-table');
    await page.getByTestId('onboarding-row').filter({ hasText: 'SH-004' }).waitFor();
    await shot(page, `${prefix}-onboarding-pipeline`);
    await page.getByTestId('onboarding-row').filter({ hasText: 'SH-004' }).getByTestId('onboarding-link').click();
    await page.getByTestId('phase-SITE_SURVEY').waitFor();
    await shot(page, `${prefix}-onboarding`);
    await page.getByTestId('tab-survey').click();
    await page.getByTestId('survey-areas-row').first().waitFor();
    await shot(page, `${prefix}-onboarding-survey`);
    await page.getByTestId('tab-proposal').click();
    await page.getByTestId('proposal-section').first().waitFor();
    await shot(page, `${prefix}-onboarding-proposal`);
    await page.goto(`${new URL(page.url()).pathname}/proposal`);
    await page.getByTestId('proposal-print-page').waitFor();
    await shot(page, `${prefix}-onboarding-proposal-print`);
    await visit(page, '/onboarding/templates', 'template-name');
    await shot(page, `${prefix}-onboarding-templates`);
    await visit(page, '/onboarding/departments', 'duty-matrix');
    await page.getByTestId('mark-owner').first().waitFor();
    await shot(page, `${prefix}-departments`);
    await visit(page, '/onboarding/tasks', 'my-tasks-table');
    await page.getByTestId('my-task-row').first().waitFor();
    await shot(page, `${prefix}-onboarding-my-tasks`);

    await page.goto('/no-such-page');
    await page.locator('.ant-result-404').waitFor();
    await shot(page, `${prefix}-not-found`);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('does not break at 375 px', async () => {
    const { page, context, problems } = await openPage(browser, { language, width: 375, height: 812 });
    await page.goto('/login');
    await page.getByTestId('login-form').waitFor();
    await shot(page, `${prefix}-mobile-login`);
    await signIn(page, 'ops@demo.test');
    await visit(page, '/projects', 'projects-table');
    await page.getByTestId('projects-table').locator('tbody tr.ant-table-row').first().waitFor();
    await shot(page, `${prefix}-mobile-projects`);
    // No horizontal overflow of the page itself (tables scroll inside their own box).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: language === 'zh-CN' ? '菜单' : 'Menu' }).click();
    await page.locator('.ant-drawer-open').waitFor();
    await shot(page, `${prefix}-mobile-menu`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
