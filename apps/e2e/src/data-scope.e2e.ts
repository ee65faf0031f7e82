// Project-level data scope (issue 20): 吴刚, 项目经理 of SH-001, sees SH-001 and nothing else —
// in the projects list, the inspections, the calendar and by typing another project's address —
// and no region filter, since his scope is projects, not regions. Reads demo data only.
import type { Browser, Page } from 'playwright-core';
import { graphql, launchBrowser, navKeys, openPage, PASSWORD, shot, signIn, tableRowsText, tokenOf, watchGraphql } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PM = 'pm@demo.test';
const OWN = 'SH-001';

/** The demo projects' ids by code, read as the company admin (who sees them all). */
async function projectIds(): Promise<Map<string, string>> {
  const { login } = await graphql<{ login: { token: string } }>(
    '',
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'admin@demo.test', password: PASSWORD },
  );
  const data = await graphql<{ projects: { nodes: { id: string; code: string }[] } }>(
    login.token,
    '{ projects(first: 100) { nodes { id code } } }',
  );
  return new Map(data.projects.nodes.map((p) => [p.code, p.id]));
}

/** Waits until the table has rows or shows its empty state, then for the GraphQL traffic to settle. */
async function tableSettled(page: Page, testId: string, idle: () => Promise<void>): Promise<void> {
  await page.getByTestId(testId).locator('tbody tr.ant-table-row, .ant-table-placeholder').first().waitFor();
  await idle();
  await page.waitForFunction((id) => !document.querySelector(`[data-testid="${id}"] .ant-spin-spinning`), testId);
}

describe('data scope: a 项目经理 sees his projects only', () => {
  it('pm@demo.test sees SH-001 alone in lists and calendar, another project is not found', async () => {
    const ids = await projectIds();
    const own = ids.get(OWN);
    const other = [...ids.entries()].find(([code]) => code !== OWN)?.[1];
    expect(own).toBeTruthy();
    expect(other).toBeTruthy();

    const { page, context, problems } = await openPage(browser);
    await signIn(page, PM);
    await expect(page.getByTestId('user-menu').innerText()).resolves.toContain('项目经理');

    // The navigation: what a 项目经理 may use (the domain's role lists: his projects' costs, quality
    // work, surveys, complaints, patrol reports, training records, onboarding), no feedback inbox,
    // no planning and no settings.
    expect(await navKeys(page)).toEqual([
      ...['dashboard', 'approvals', 'projects', 'properties', 'regions', 'costs'],
      ...['standards', 'handbooks', 'inspectionTemplates', 'inspectionCalendar', 'inspections', 'rectifications'],
      ...['evaluation', 'levelComparison', 'inspectionSummary', 'patrols', 'regulations', 'complaints', 'surveys'],
      ...['trainingPlans', 'trainingCourses', 'trainingSessions', 'trainingEmployees', 'trainingPositions', 'trainingCoverage'],
      ...['onboardingPipeline', 'onboardingTasks', 'onboardingTemplates', 'departments'],
    ]);

    // Projects: SH-001 only, total 1, and no region filter (his scope is projects).
    let watcher = watchGraphql(page);
    await page.goto('/projects');
    await tableSettled(page, 'projects-table', () => watcher.idle());
    const projectRows = await tableRowsText(page, 'projects-table');
    expect(projectRows).toHaveLength(1);
    expect(projectRows[0]).toContain(OWN);
    await expect(page.getByTestId('total-count').innerText()).resolves.toBe('共 1 条');
    expect(await page.getByTestId('filter-region').count()).toBe(0);
    expect(await page.getByTestId('filter-stage').count()).toBe(1);
    await shot(page, 'zh-pm-projects');

    // Inspections: every row is SH-001's; as many as the API gives him (at least the list is his).
    const token = await tokenOf(page);
    const { inspections } = await graphql<{ inspections: { totalCount: number } }>(token, '{ inspections(first: 1) { totalCount } }');
    watcher = watchGraphql(page);
    await page.goto('/inspections');
    await tableSettled(page, 'inspections-table', () => watcher.idle());
    const inspectionRows = await tableRowsText(page, 'inspections-table');
    if (inspections.totalCount > 0) expect(inspectionRows.length).toBeGreaterThan(0);
    for (const row of inspectionRows) expect(row).toContain(OWN);

    // Calendar (agenda of the coming days): only SH-001's occurrences; no region scope to pick.
    watcher = watchGraphql(page);
    await page.goto('/inspection-calendar?scope=all&view=agenda');
    await page.getByTestId('agenda').waitFor();
    await watcher.idle();
    await page.waitForFunction(() => !document.querySelector('[data-testid="agenda-skeleton"]'));
    const agendaItems = await page.getByTestId('agenda-item').allInnerTexts();
    for (const item of agendaItems) expect(item).toContain(OWN);
    expect(await page.getByTestId('calendar-scope').locator('[data-testid="calendar-scope-region"]').count()).toBe(0);
    // The project picker offers his project alone.
    await page.getByTestId('calendar-scope').locator('[data-testid="calendar-scope-project"]').click();
    await page.waitForURL(/scope=project/);
    const picker = page.locator('.ant-select[data-testid="calendar-scope-project"]');
    await picker.click();
    const listId = await picker.locator('[role="combobox"]').getAttribute('aria-controls');
    const options = page
      .locator('.ant-select-dropdown')
      .filter({ has: page.locator(`[id="${listId}"]`) })
      .locator('.ant-select-item-option');
    await options.first().waitFor();
    const optionTexts = await options.allInnerTexts();
    expect(optionTexts).toHaveLength(1);
    expect(optionTexts[0]).toContain(OWN);
    await page.keyboard.press('Escape');

    // His own project opens; another project's address shows the not-found state.
    watcher = watchGraphql(page);
    await page.goto(`/projects/${own}`);
    await page.getByTestId('project-descriptions').waitFor();
    await watcher.idle();
    watcher = watchGraphql(page);
    await page.goto(`/projects/${other}`);
    await page.getByTestId('error-state').waitFor();
    await watcher.idle();
    await expect(page.getByTestId('error-state').innerText()).resolves.toContain('未找到');
    expect(await page.getByTestId('project-descriptions').count()).toBe(0);
    await shot(page, 'zh-pm-other-project-not-found');

    expect(problems).toEqual([]);
    await context.close();
  });
});
