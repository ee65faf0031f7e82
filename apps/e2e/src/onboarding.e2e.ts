// 前期接管: the admin starts onboarding of the demo prospect 市民服务中心 (GZ-003), sees the
// stage gate closed, works the tasks phase by phase, fills in the site survey and the proposal,
// advances through SURVEY → PROPOSAL → TAKEOVER and goes live; the project is then OPERATING
// with a handbook, inspection frequencies on its calendar and training requirements for the
// guards HR registered for it beforehand.
import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, chooseOption, fillPicker, graphql, launchBrowser, openPage, shot, signIn, tokenOf } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function loginToken(email: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p, tenantSlug: "demo") { token } }',
      variables: { e: email, p: 'pinzhi-demo' },
    }),
  });
  const body = (await res.json()) as { data: { login: { token: string } } };
  return body.data.login.token;
}

/** Ticks every open checklist item of a task in its drawer (each tick is saved). */
async function tickChecklist(page: Page, row: Locator): Promise<void> {
  const progress = /(\d+)\/(\d+)/.exec(await row.getByTestId('task-detail').innerText());
  if (!progress || progress[1] === progress[2]) return;
  await row.getByTestId('task-detail').click();
  const drawer = page.locator('.ant-drawer-open');
  await drawer.locator('[data-testid="checklist-row"]').first().waitFor();
  for (;;) {
    const before = await drawer.locator('[data-testid="checklist-row"][data-done="false"]').count();
    if (before === 0) break;
    await drawer.locator('[data-testid="checklist-row"][data-done="false"]').first().locator('label').click();
    // each tick is saved and the page refetched before the next one (it carries the task's version)
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ant-drawer-open [data-testid="checklist-row"][data-done="false"]').length < n,
      before,
    );
  }
  await drawer.locator('.ant-drawer-close').click();
  await drawer.waitFor({ state: 'hidden' });
}

/** Marks every open task on the page DONE through its status select, one at a time (ticking its checklist first). */
async function finishVisibleTasks(page: Page, phases: string[]): Promise<void> {
  for (const phase of phases) {
    const card = page.getByTestId(`phase-${phase}`);
    for (;;) {
      const open = card.locator('[data-testid="task-row"]:not([data-status="DONE"])');
      if ((await open.count()) === 0) break;
      const row = open.first();
      const title = (await row.getAttribute('data-title'))!;
      await tickChecklist(page, row);
      // Mid-screen, clear of the sticky header; picked from the select's own list and retried until
      // it shows 已完成 (a click that lands while the checklist drawer is still closing is ignored).
      // (The row by its title: "the first open row" is the next one as soon as this one is done.)
      const same = card.locator(`[data-testid="task-row"][data-title="${title}"]`);
      await same.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await chooseOption(page, same.getByTestId('task-status'), '已完成');
      await card.locator(`[data-testid="task-row"][data-status="DONE"][data-title="${title}"]`).waitFor();
    }
  }
}

async function advance(page: Page, stageText: string): Promise<void> {
  await page.getByTestId('gate-open').waitFor();
  await page.getByTestId('advance').click();
  await page.getByTestId('advance-confirm').click();
  await page.getByTestId('stage-tag').filter({ hasText: stageText }).first().waitFor();
}

describe('new-project onboarding', () => {
  it('takes the demo prospect from PROSPECT to OPERATING with a handbook, frequencies on the calendar and training requirements', async () => {
    // HR registers the two guards hired for 市民服务中心 (no training requirements before go-live).
    const hr = await loginToken('hr@demo.test');
    const setup = await graphql(hr, '{ positions { id name } projects(first: 100) { nodes { id code } } }');
    const projectId = setup.projects.nodes.find((p: { code: string }) => p.code === 'GZ-003').id as string;
    const guard = setup.positions.find((p: { name: string }) => p.name === '保安').id as string;
    for (const [name, no] of [
      ['上岗保安甲', 'E2E-GZ3-1'],
      ['上岗保安乙', 'E2E-GZ3-2'],
    ]) {
      await graphql(hr, 'mutation($i: EmployeeInput!) { createEmployee(input: $i) { id } }', {
        i: { name, employeeNo: no, positionId: guard, projectId, hireDate: new Date().toISOString().slice(0, 10) },
      });
    }
    const requirements = async () =>
      (await graphql(hr, 'query($p: ID) { trainingRequirements(filter: { projectId: $p }) { totalCount } }', { p: projectId }))
        .trainingRequirements.totalCount as number;
    expect(await requirements()).toBe(0);

    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'admin@demo.test');
      await page.getByTestId('nav-onboardingPipeline').click();
      await page.getByTestId('onboarding-pipeline-page').waitFor();
      await page.getByTestId('onboarding-row').filter({ hasText: 'SH-004' }).waitFor(); // the demo mid-onboarding
      await shot(page, 'onboarding-pipeline');

      // Start onboarding of the prospect.
      await page.getByTestId('start-onboarding').click();
      await chooseOption(page, 'start-project', 'GZ-003');
      await page.getByTestId('start-confirm').click();
      await page.waitForURL(/\/onboarding\/[0-9a-f-]{36}$/);
      await page.getByTestId('onboarding-page').waitFor();
      await page.getByTestId('stage-tag').filter({ hasText: '现场勘查' }).first().waitFor();
      await page.getByTestId('gate-closed').waitFor();
      await shot(page, 'onboarding-started');

      // The site survey, with a staffing estimate.
      await page.getByTestId('tab-survey').click();
      await page.getByTestId('survey-add-areas').click();
      await page.getByTestId('area-name').fill('办事大厅');
      await page.getByTestId('area-size').fill('1800');
      await page.getByTestId('survey-add-facilities').click();
      await page.getByTestId('survey-facilities-row').locator('input').first().fill('电梯');
      await page.getByTestId('survey-add-staffing').click();
      await chooseOption(page, 'staffing-position', '保安');
      await page.getByTestId('staffing-headcount').fill('6');
      await fillPicker(page, 'survey-date', new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()));
      await page.getByTestId('survey-save').click();
      await page.getByText('已保存').first().waitFor();
      await shot(page, 'onboarding-survey');

      // Survey and planning done → PROPOSAL.
      await page.getByTestId('tab-tasks').click();
      await finishVisibleTasks(page, ['SITE_SURVEY', 'SERVICE_PLANNING']);
      await advance(page, '服务方案');

      // The proposal: a staffing line with its monthly cost.
      await page.getByTestId('tab-proposal').click();
      await page.getByTestId('proposal-form').waitFor();
      expect(await page.getByTestId('proposal-section').count()).toBeGreaterThan(0);
      await page.getByTestId('tab-tasks').click();
      await finishVisibleTasks(page, ['SERVICE_PROPOSAL']);
      await advance(page, '前期接管');

      // Takeover preparation and go-live checks; before going live the page says what it will set up.
      await page.getByTestId('go-live-preview').waitFor();
      expect(await page.getByTestId('go-live-training').innerText()).toMatch(/培训要求 [1-9]\d* 项/);
      await finishVisibleTasks(page, ['TAKEOVER_PREPARATION', 'GO_LIVE']);
      await shot(page, 'onboarding-ready-to-go-live');
      await advance(page, '在管');
      await page.getByTestId('provisioned').waitFor();
      expect(await page.getByTestId('onboarding-status').innerText()).toBe('已上线');
      await page.getByTestId('tab-history').click();
      await page.getByTestId('event-GO_LIVE').waitFor();
      await shot(page, 'onboarding-live');

      // The handbook it created.
      await page.getByTestId('tab-tasks').click();
      await page.getByTestId('provisioned-handbook').click();
      await page.waitForURL(/\/handbooks\/[0-9a-f-]{36}$/);
      await page.getByTestId('page-title').filter({ hasText: '市民服务中心' }).waitFor();
      await shot(page, 'onboarding-handbook');

      // Frequencies on the project's calendar, and training requirements for its guards.
      const token = await tokenOf(page);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      const to = new Date(Date.now() + 21 * 86400_000).toISOString().slice(0, 10);
      const cal = await graphql(
        token,
        'query($s: OccurrenceScope!, $p: ID!) { inspectionCalendar(scope: $s) { totals { total } } inspectionFrequencies(filter: { projectId: $p }) { totalCount } project(id: $p) { stage } }',
        {
          s: { from: today, to, projectId },
          p: projectId,
        },
      );
      expect(cal.project.stage).toBe('OPERATING');
      expect(cal.inspectionFrequencies.totalCount).toBeGreaterThan(0);
      expect(cal.inspectionCalendar.totals.total).toBeGreaterThan(0);
      await page.goBack();
      await page.getByTestId('provisioned-calendar').click();
      await page.waitForURL(/\/inspection-calendar\?/);
      await shot(page, 'onboarding-calendar');
      expect(await requirements()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000); // many steps: every task of four stages, their checklists and the survey
});
