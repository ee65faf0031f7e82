// What users hit in their daily work (issue 23): the inspector's phone agenda with early starts,
// the Quality Center assigning an ownerless rectification, a regional-ops user refused when
// closing another department's onboarding task, and every import's template downloading and
// re-importing cleanly — in Chromium, as the users would.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chooseOption, graphql, launchBrowser, openPage, shot, signIn, tokenOf } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

async function loginToken(email: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!) { login(email: $e, password: "pinzhi-demo", tenantSlug: "demo") { token } }',
      variables: { e: email },
    }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
}

async function setEarlyStart(hours: number): Promise<void> {
  const admin = await loginToken('admin@demo.test');
  const s = await graphql(admin, '{ companySettings { version } }');
  await graphql(
    admin,
    'mutation($h: Int!, $v: Int) { updateCompanySettings(input: { earlyStartHours: $h }, expectedVersion: $v) { version } }',
    {
      h: hours,
      v: s.companySettings.version,
    },
  );
}

/** No horizontal scrolling: the page fits the phone's width. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe("the inspector's phone (390×844)", () => {
  it("opens on today's work: my inspections day by day with their windows, one tap to start — also before the window when the company allows it", async () => {
    // The company lets inspections start up to 48 hours early (公司设置 → 提前开始).
    await setEarlyStart(48);
    const { page, context, problems } = await openPage(browser, PHONE);
    try {
      await signIn(page, 'inspector@demo.test');
      const agenda = page.getByTestId('dashboard-agenda');
      await agenda.getByTestId('agenda').waitFor();
      // Today's work, not portfolio counts.
      expect(await page.getByTestId('portfolio-figures').isVisible()).toBe(false);
      const today = agenda.locator('[data-testid="agenda-day"]').first();
      expect(await today.getByTestId('agenda-day-heading').innerText()).toContain('今天');
      expect(await agenda.getByTestId('agenda-item').count()).toBeGreaterThan(0);
      expect(await agenda.getByTestId('agenda-window').first().innerText()).toMatch(/^(\d+\/\d+(\/\d+)? )?\d{2}:\d{2}–/);
      expect(await fitsWidth(page)).toBe(true);
      await shot(page, 'phone-agenda', { fullPage: false });

      // A patrol round (the demo's daily 设备房巡检 is the inspector's) starts the field app's walk of its route, not the form.
      const patrol = agenda.locator('[data-testid="agenda-item"][data-kind="PATROL"][data-can-start="true"]').first();
      await patrol.waitFor();
      expect(await patrol.getByTestId('agenda-start').getAttribute('href')).toMatch(/^\/field\/patrol\/[^/?]+\?occurrence=/);
      // An inspection whose window has not opened yet can be started (early start).
      const early = agenda
        .locator('[data-testid="agenda-item"][data-kind="INSPECTION"][data-state="SCHEDULED"][data-can-start="true"]')
        .first();
      await early.waitFor();
      await early.getByTestId('agenda-start').click();
      await page.waitForURL(/\/inspections\/perform\?occurrence=/);
      await page.getByTestId('inspection-form').waitFor();

      // The calendar on a phone is the same agenda, not a month grid that overflows.
      await page.goto('/inspection-calendar');
      await page.getByTestId('agenda').waitFor();
      expect(await page.getByTestId('calendar-view').count()).toBe(0);
      expect(await fitsWidth(page)).toBe(true);
      await shot(page, 'phone-calendar-agenda', { fullPage: false });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await setEarlyStart(0);
    }
  });

  it('without early starts, a later inspection says from when it can start instead of offering the button', async () => {
    const { page, context } = await openPage(browser, PHONE);
    try {
      await signIn(page, 'inspector@demo.test');
      const agenda = page.getByTestId('dashboard-agenda');
      await agenda.getByTestId('agenda').waitFor();
      const later = agenda.locator('[data-testid="agenda-item"][data-state="SCHEDULED"]');
      await later.first().waitFor();
      expect(await agenda.locator('[data-testid="agenda-item"][data-state="SCHEDULED"][data-can-start="true"]').count()).toBe(0);
      expect(await later.first().getByTestId('agenda-starts-at').innerText()).toMatch(/\d{2}:\d{2} 起可开始/);
    } finally {
      await context.close();
    }
  });
});

describe('rectification owners', () => {
  it('the Quality Center finds the ownerless rectification and assigns it with a reason, kept in its history', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      await page.goto('/rectifications?unowned=1');
      const rows = page.getByTestId('rectifications-table').locator('tbody tr.ant-table-row');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      await rows.first().getByTestId('needs-owner').waitFor();
      await rows.first().getByTestId('rectification-row-link').click();
      await page.getByTestId('needs-owner-alert').waitFor();
      expect(await page.getByTestId('rectification-owner').innerText()).toBe('待指派');
      await shot(page, 'rectification-ownerless', { fullPage: false });

      await page.getByTestId('needs-owner-alert').getByTestId('assign-owner').click();
      await page.getByTestId('assign-form').waitFor();
      await page.getByTestId('confirm-assign').click(); // nothing chosen: refused at the fields
      await page.getByTestId('assign-form').getByText('此项为必填项').first().waitFor();
      await chooseOption(page, 'assign-owner-select', '赵磊');
      await page.getByTestId('assign-reason').fill('金融中心暂无项目经理，由区域运营跟进');
      // The first attempt's 此项为必填项 fades out; gone before the outcome is read.
      await page.getByTestId('assign-form').locator('.ant-form-item-explain-error').first().waitFor({ state: 'detached' });
      await page.getByTestId('confirm-assign').click();
      // Saved (the dialog closes) or refused (a message at a field): whichever comes, on a loaded machine too.
      const outcome = await Promise.race([
        page
          .getByTestId('assign-form')
          .waitFor({ state: 'detached', timeout: 60_000 })
          .then(() => 'saved'),
        page
          .getByTestId('assign-form')
          .locator('.ant-form-item-explain-error')
          .first()
          .waitFor({ timeout: 60_000 })
          .then(async () => `refused: ${await page.getByTestId('assign-form').innerText()}`),
      ]);
      expect(outcome).toBe('saved');
      await page.getByTestId('rectification-owner').filter({ hasText: '赵磊' }).waitFor();
      expect(await page.getByTestId('needs-owner-alert').count()).toBe(0);
      expect(await page.getByTestId('rectification-owner-source').innerText()).toBe('品质中心指派');
      const assigned = page.locator('[data-testid="history-event"][data-action="ASSIGNED"]');
      await assigned.waitFor();
      expect(await assigned.innerText()).toContain('金融中心暂无项目经理，由区域运营跟进');
      expect(await assigned.getByTestId('history-owner-change').innerText()).toContain('待指派 → 赵磊');
      await shot(page, 'rectification-assigned', { fullPage: false });
      const id = page.url().split('/').pop()!;
      // It is in the new owner's list now.
      const mine = await graphql(
        await loginToken('ops@demo.test'),
        '{ rectifications(first: 100, filter: { mine: true }) { nodes { id } } }',
      );
      expect(mine.rectifications.nodes.map((n: { id: string }) => n.id)).toContain(id);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('onboarding task gates', () => {
  it("refuses a regional-ops user closing another department's task; the owner is told which checklist items are open", async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'ops@demo.test');
      await page.goto('/onboarding');
      await page.getByTestId('onboarding-row').filter({ hasText: 'SH-004' }).getByRole('link').first().click();
      await page.getByTestId('onboarding-page').waitFor();
      // HR's task 人员配置测算: ops may work on it but not close it.
      const hrTask = page.locator('[data-testid="task-row"][data-title="人员配置测算"]');
      await hrTask.getByTestId('task-status').click();
      const done = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) [data-testid="status-option-DONE"]');
      await done.waitFor();
      expect(await done.getAttribute('data-disabled')).toBe('true');
      expect(await done.innerText()).toContain('仅人力资源管理中心');
      await shot(page, 'onboarding-not-owner', { fullPage: false });
      await page.keyboard.press('Escape');
      // The API refuses it too, whatever the client.
      const task = await graphql(await tokenOf(page), '{ onboardings { nodes { project { code } tasks { id title version } } } }');
      const t = task.onboardings.nodes
        .find((o: { project: { code: string } }) => o.project.code === 'SH-004')
        .tasks.find((x: { title: string }) => x.title === '人员配置测算');
      await expect(
        graphql(await tokenOf(page), 'mutation($id: ID!) { updateOnboardingTask(id: $id, input: { status: DONE }) { id } }', { id: t.id }),
      ).rejects.toThrow(/owning department/);
      expect(await hrTask.getAttribute('data-status')).toBe('TODO');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }

    // The Quality Center's own task 服务策划 (checklist 1/2): DONE is refused at the field, naming the open item.
    const qc = await openPage(browser);
    try {
      await signIn(qc.page, 'quality@demo.test');
      await qc.page.goto('/onboarding');
      await qc.page.getByTestId('onboarding-row').filter({ hasText: 'SH-004' }).getByRole('link').first().click();
      const row = qc.page.locator('[data-testid="task-row"][data-title^="服务策划"]');
      await row.getByTestId('task-status').click();
      await qc.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) [data-testid="status-option-DONE"]').click();
      const problem = row.getByTestId('task-status-problem');
      await problem.waitFor();
      expect(await problem.innerText()).toContain('还有 1 项清单未勾选：服务频次表');
      expect(await row.getAttribute('data-status')).toBe('IN_PROGRESS');
      await shot(qc.page, 'onboarding-checklist-open', { fullPage: false });
    } finally {
      await qc.context.close();
    }
  });
});

describe('imports', () => {
  const CASES = [
    { email: 'quality@demo.test', path: '/standards', open: (p: Page) => p.getByTestId('import-standards').click(), kind: 'standards' },
    {
      email: 'hr@demo.test',
      path: '/training/employees',
      open: (p: Page) => p.getByRole('button', { name: /导入员工/ }).click(),
      kind: 'employees',
    },
    { email: 'ops@demo.test', path: null, open: (p: Page) => p.getByRole('button', { name: /导入 Excel/ }).click(), kind: 'costs' },
  ] as const;

  for (const c of CASES) {
    it(`the ${c.kind} import offers its template, which downloads and re-imports cleanly`, async () => {
      const { page, context, problems } = await openPage(browser);
      try {
        await signIn(page, c.email);
        if (c.path) await page.goto(c.path);
        else {
          const projects = await graphql(await tokenOf(page), '{ projects(first: 100) { nodes { id code } } }');
          await page.goto(`/costs/${projects.projects.nodes.find((p: { code: string }) => p.code === 'SH-001').id}`);
        }
        await c.open(page);
        const modal = page.getByTestId('import-modal');
        await modal.waitFor();
        expect(await modal.getAttribute('data-kind')).toBe(c.kind);
        // The columns it names are the importer's (项目编码, never 项目编号).
        expect(await modal.getByTestId('import-columns').innerText()).not.toContain('项目编号');
        const [download] = await Promise.all([page.waitForEvent('download'), modal.getByTestId('import-template').click()]);
        const file = await download.path();
        await modal.locator('input[type=file]').setInputFiles({
          name: download.suggestedFilename(),
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: readFileSync(file),
        });
        await modal.getByTestId('import-clean').waitFor();
        expect(await modal.getByTestId('import-errors').count()).toBe(0);
        expect(await page.getByTestId('confirm-import').isDisabled()).toBe(false);
        await shot(page, `import-${c.kind}-template-clean`, { fullPage: false });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('words an employee row error in Chinese and speaks of employees', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('员工');
    ws.addRow(['姓名', '工号', '岗位', '项目编码', '入职日期', '在职']);
    ws.addRow(['测试员工', 'T-9001', '保安', 'SH-999', '2026-01-05', '是']);
    const { page, context } = await openPage(browser);
    try {
      await signIn(page, 'hr@demo.test');
      await page.goto('/training/employees');
      await page.getByRole('button', { name: /导入员工/ }).click();
      const modal = page.getByTestId('import-modal');
      expect(await modal.getByTestId('import-columns').innerText()).toContain('项目编码');
      await modal.locator('input[type=file]').setInputFiles({
        name: 'employees.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await wb.xlsx.writeBuffer()),
      });
      await modal.getByTestId('import-errors').waitFor();
      const text = await modal.getByTestId('import-errors').locator('tbody').innerText();
      expect(text).toContain('项目编码「SH-999」不存在');
      expect(text).not.toMatch(/Unknown|project code/);
      await shot(page, 'import-employees-error-zh', { fullPage: false });
    } finally {
      await context.close();
    }
  });
});
