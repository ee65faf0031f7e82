// Inspection checklists and planning (检查表 · 检查频次): the Quality Center writes and publishes a
// checklist from library standards; schedules SH-002's conduct checklist "every 3 hours from
// 09:00 to 18:00 on weekdays" with a 1-hour window from the project's inspection-plan tab, checks
// the preview, saves, and finds the occurrences on the calendar.
import type { Browser, Page } from 'playwright-core';
import { chooseOption, graphql, launchBrowser, openPage, shot, signIn, tokenOf } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TEMPLATE = '员工行为规范月度检查';

async function openInspectionPlan(page: Page, code: string): Promise<string> {
  await page.goto(`/projects?q=${code}`);
  await page.getByTestId('projects-table').getByRole('link', { name: code, exact: true }).click();
  await page.getByTestId('project-descriptions').waitFor();
  const projectId = /\/projects\/([^/?]+)/.exec(page.url())?.[1];
  if (!projectId) throw new Error(`No project id in ${page.url()}`);
  await page.getByTestId('project-tab-inspection-plan').click();
  await page.getByTestId('inspection-plan-tab').waitFor();
  return projectId;
}

describe('inspection checklists', () => {
  it('writes a checklist from library standards and publishes it as version 1', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      await page.goto('/inspection-templates');
      await page.getByTestId('inspection-templates-table').waitFor();
      await page.getByTestId('new-inspection-template').click();
      await page.getByTestId('inspection-template-name').fill(`消防专项检查 ${Date.now() % 100000}`); // names are unique per company
      await chooseOption(page, 'inspection-template-format', '写字楼');
      await page.getByTestId('save-inspection-template').click();
      await page.waitForURL(/\/inspection-templates\/[^/?]+\?view=draft/);
      const editor = page.getByTestId('template-draft-editor');
      await editor.waitFor();

      await editor.getByTestId('template-add-section').click();
      await page.getByTestId('template-section-title-zh').fill('消防安全');
      await page.getByTestId('template-save-section-title').click();
      const section = editor.getByTestId('template-draft-section').filter({ hasText: '消防安全' });
      await section.getByTestId('template-add-items').click();
      const library = page.getByTestId('library-table');
      await page.getByTestId('library-search').locator('input').fill('OPS-SEC');
      await library.locator('tr[data-code="OPS-SEC-02"]').waitFor();
      await library.locator('tr[data-code="OPS-SEC-02"] input[type=checkbox]').check();
      await page.getByTestId('add-selected-standards').click();
      // The library marks fire exits as critical: the item comes in critical, with its points.
      const item = section.getByTestId('checklist-item-OPS-SEC-02');
      await item.waitFor();
      expect(await item.getByRole('checkbox', { name: '关键项' }).isChecked()).toBe(true);

      await page.getByTestId('template-save-draft').click();
      await page
        .getByTestId('template-draft-status')
        .filter({ hasText: /已保存/ })
        .waitFor();
      await page.getByTestId('template-publish').click();
      await page.getByTestId('template-change-summary').fill('新增消防安全检查项');
      await page.getByTestId('confirm-template-publish').click();
      await page.getByTestId('template-latest-number').filter({ hasText: '1' }).waitFor();
      await page.getByTestId('template-tab-current').click();
      await page.getByTestId('checklist-view').getByTestId('checklist-item-OPS-SEC-02').waitFor();
      await shot(page, 'inspection-checklist-published');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('inspection planning', () => {
  it('schedules weekday runs at 09/12/15/18 from the project tab and shows them on the calendar', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      const projectId = await openInspectionPlan(page, 'SH-002');

      await page.getByTestId('new-inspection-frequency').click();
      await page.getByTestId('frequency-drawer-body').waitFor();
      await chooseOption(page, 'frequency-template-select', TEMPLATE);
      await page.getByTestId('rule-mode-HOURS_ON_DAYS').click();
      // The builder's hourly mode starts at every 3 hours, 09:00–18:00, Monday to Friday.
      // (The rule is shown with zero-width spaces after separators so it wraps.)
      await page
        .getByTestId('rule-rrule')
        .filter({ hasText: /BYHOUR=9,\u200b?12/ })
        .waitFor();
      const rule = (await page.getByTestId('rule-rrule').innerText()).replace(/\u200b/g, '');
      expect(rule).toContain('BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18');
      await page.getByTestId('frequency-window').fill('1');
      await page.getByTestId('frequency-window').press('Tab');

      // The preview lists the next runs in the project's time: weekdays only, at the four hours.
      const previewDue = page.getByTestId('frequency-preview').getByTestId('preview-due');
      // Wait for the preview of the new rule: the one of the drawer's initial rule (daily 09:00)
      // may still be on screen, and it never has a 12:00 run.
      await page.waitForFunction(() => {
        const due = Array.from(
          document.querySelectorAll('[data-testid="frequency-preview"] [data-testid="preview-due"]'),
          (e) => e.textContent ?? '',
        );
        return due.length >= 8 && due.some((d) => d.trim().endsWith('12:00'));
      });
      const due = await previewDue.allInnerTexts();
      for (const text of due) {
        const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/.exec(text.trim());
        expect(m).not.toBeNull();
        expect(['09:00', '12:00', '15:00', '18:00']).toContain(m![2]);
        const weekday = new Date(`${m![1]}T12:00:00Z`).getUTCDay();
        expect([0, 6]).not.toContain(weekday);
      }
      // A whole day shows all four runs.
      const byDay = new Map<string, string[]>();
      for (const text of due) byDay.set(text.slice(0, 10), [...(byDay.get(text.slice(0, 10)) ?? []), text.slice(11)]);
      expect([...byDay.values()].some((hours) => hours.join(',') === '09:00,12:00,15:00,18:00')).toBe(true);
      // Each run's window closes an hour after it is due. (The window's change asks for a new
      // preview: on a busy machine the one for the default window may still be on screen.)
      const firstHour = Number(due[0].trim().slice(11, 13));
      await page
        .getByTestId('preview-occurrence')
        .first()
        .filter({ hasText: `${String(firstHour + 1).padStart(2, '0')}:00` })
        .waitFor();
      await shot(page, 'inspection-planning-preview', { fullPage: false });

      await page.getByTestId('frequency-save').click();
      await page.getByTestId('frequency-drawer-body').waitFor({ state: 'hidden' });
      const row = page.getByTestId('inspection-plan-table').locator('tbody tr').filter({ hasText: TEMPLATE });
      await row.waitFor();
      await shot(page, 'inspection-planning-tab');

      // The API agrees with what was saved (another client reading it).
      const token = await tokenOf(page);
      const saved = await graphql<{
        inspectionFrequencies: { nodes: { rrule: string; windowMinutes: number; template: { name: string } }[] };
      }>(
        token,
        'query($f: InspectionFrequencyFilter) { inspectionFrequencies(filter: $f, first: 50) { nodes { rrule windowMinutes template { name } } } }',
        { f: { projectId } },
      );
      const mine = saved.inspectionFrequencies.nodes.find((n) => n.template.name === TEMPLATE);
      expect(mine?.rrule).toContain('BYHOUR=9,12,15,18');
      expect(mine?.windowMinutes).toBe(60);

      // The calendar of the project, week view, on the first full previewed day.
      const fullDay = [...byDay.entries()].find(([, hours]) => hours.length === 4)![0];
      await page.goto(`/inspection-calendar?scope=project&project=${projectId}&date=${fullDay}&view=week`);
      const day = page.getByTestId(`calendar-day-${fullDay}`);
      const items = day.getByTestId('calendar-item').filter({ hasText: TEMPLATE });
      await items.nth(3).waitFor();
      expect((await items.allInnerTexts()).map((t) => t.trim().slice(0, 5))).toEqual(['09:00', '12:00', '15:00', '18:00']);
      await shot(page, 'inspection-planning-calendar-week');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
