import type { Browser, Page } from 'playwright-core';
import { chooseOption, launchBrowser, openPage, shot, signIn, tableRowsText } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CODE = `E2E-${Date.now().toString(36).toUpperCase()}`;
const NAME = `端到端测试项目 ${CODE}`;

async function fillProjectForm(page: Page, code: string, name: string) {
  await page.getByTestId('project-form').waitFor();
  await page.locator('#code').fill(code);
  await page.locator('#name').fill(name);
  await chooseOption(page, 'project-property', '锦绣华庭');
  await chooseOption(page, 'project-region', '华东区域');
}

function formItemError(page: Page, fieldId: string) {
  return page
    .locator('.ant-form-item')
    .filter({ has: page.locator(`#${fieldId}`) })
    .locator('.ant-form-item-explain-error');
}

describe('projects', () => {
  it('creates a project and finds it again through the filters, with the view in the URL', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'admin@demo.test');
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('create-project').click();
    await page.waitForURL('**/projects/new');
    await fillProjectForm(page, CODE, NAME);
    await page.locator('#serviceScope').fill('秩序维护、保洁、绿化养护');
    await page.getByTestId('save-project').click();
    await page.waitForURL(/\/projects\/(?!new$)[^/]+$/);
    await page.getByTestId('page-title').getByText(NAME).waitFor();
    await expect(page.getByTestId('project-descriptions').innerText()).resolves.toContain('锦绣华庭');

    // Stage change offers only the allowed next stages.
    await page.getByTestId('change-stage').click();
    await page.getByTestId('stage-option-SURVEY').waitFor();
    expect(await page.locator('[data-testid^="stage-option-"]').count()).toBe(2); // SURVEY, EXITED
    await page.getByTestId('stage-option-SURVEY').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await page.getByText('阶段已变更为「现场勘查」').waitFor();
    await shot(page, 'zh-project-detail');

    // Find it: text search, then region and stage filters.
    await page.goto('/projects');
    await page.getByTestId('projects-table').waitFor();
    const search = page.getByTestId('project-search').locator('input');
    await search.fill(CODE);
    await search.press('Enter');
    await page.waitForURL(new RegExp(`q=${CODE}`));
    await chooseOption(page, 'filter-region', '华东区域');
    await chooseOption(page, 'filter-stage', '现场勘查');
    await page.waitForURL(/stage=SURVEY/);
    await page.getByTestId('projects-table').getByRole('link', { name: CODE, exact: true }).waitFor();
    expect(await tableRowsText(page, 'projects-table')).toHaveLength(1);
    const url = page.url();
    expect(url).toMatch(/region=/);

    // A link reproduces the view.
    await page.goto(url);
    await page.getByTestId('projects-table').getByRole('link', { name: CODE, exact: true }).waitFor();
    await expect(page.getByTestId('project-search').locator('input').inputValue()).resolves.toBe(CODE);
    await expect(page.getByTestId('filter-stage').innerText()).resolves.toContain('现场勘查');

    // A filter that excludes it shows the "no match" empty state with a way out.
    await chooseOption(page, 'filter-stage', '在管');
    await page.getByText('没有符合筛选条件的项目。').waitFor();
    await shot(page, 'zh-projects-empty-filtered');
    await page.goBack();
    await page.getByTestId('projects-table').getByRole('link', { name: CODE, exact: true }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows bad input on its field: client rules as you type, server reasons after saving', async () => {
    const { page, context } = await openPage(browser);
    await signIn(page, 'admin@demo.test');
    await page.goto('/projects/new');
    await page.getByTestId('project-form').waitFor();

    // Client-side: the shared code rule.
    await page.locator('#code').fill('bad code!');
    await formItemError(page, 'code').getByText('只能包含字母、数字、下划线和连字符，并以字母或数字开头').waitFor();

    // Server-side: a code already in use (SH-001 is a demo project) → TAKEN on the code field.
    await fillProjectForm(page, 'SH-001', '重复编号的项目');
    await page.getByTestId('save-project').click();
    await formItemError(page, 'code').getByText('该值已被使用，请换一个').waitFor();
    await shot(page, 'zh-project-form-server-error');
    expect(page.url()).toMatch(/\/projects\/new$/);
    await context.close();
  });

  it('ops@demo.test sees only the projects of its region', async () => {
    // The admin sees both regions; note a South China project's id.
    const admin = await openPage(browser);
    await signIn(admin.page, 'admin@demo.test');
    await admin.page.goto('/projects?q=GZ-001');
    const southLink = admin.page.getByTestId('projects-table').getByRole('link', { name: 'GZ-001' });
    await southLink.waitFor();
    const southHref = await southLink.getAttribute('href');
    await admin.page.goto('/projects?size=100');
    await admin.page.getByTestId('projects-table').getByText('华南区域').first().waitFor();
    await admin.context.close();

    const { page, context } = await openPage(browser);
    await signIn(page, 'ops@demo.test');
    await page.goto('/projects?size=100');
    await page.getByTestId('projects-table').getByText('SH-001').waitFor();
    const rows = await tableRowsText(page, 'projects-table');
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      expect(row).toContain('华东区域');
      expect(row).not.toContain('华南区域');
    }
    // Its region filter offers only its own region.
    await page.getByTestId('filter-region').click();
    const options = await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').allInnerTexts();
    expect(options).toEqual(['华东区域']);
    await page.keyboard.press('Escape');
    await shot(page, 'zh-projects-ops');
    // A project of another region cannot be opened.
    await page.goto(southHref!);
    await page.getByTestId('error-state').waitFor();
    await context.close();
  });
});
