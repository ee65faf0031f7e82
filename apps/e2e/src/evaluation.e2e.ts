// 品质评价 and 每日汇总 as the Quality Center sees them (the demo seed holds ~3 months of inspection
// history for SH-001, SH-002, GZ-001 and SH-003), the Excel export checked cell by cell, and the
// customer-feedback loop: an inspector flags a failed item as customer-facing, 市场客服中心 handles it.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { chooseOption, launchBrowser, openPage, shot, signIn } from './browser';
import { png, sign } from './inspection-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The line of the trend chart is drawn (an SVG path with points). */
async function trendLine(page: Page): Promise<string> {
  const path = page.getByTestId('trend-chart').locator('path.recharts-line-curve').first();
  await path.waitFor();
  const d = (await path.getAttribute('d')) ?? '';
  expect(d).toMatch(/^M[\d.]+/);
  return d;
}

describe('quality evaluation and daily summary', () => {
  it('ranks last month’s projects, draws the trends, exports the ranking, and sums up yesterday', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      await page.getByTestId('nav-evaluation').click();
      await page.getByTestId('evaluation-page').waitFor();
      await page.getByTestId('period-last').click();
      await page.waitForURL(/kind=MONTH&year=\d+&index=\d+/);
      const rows = page.getByTestId('evaluation-table').locator('tr[data-testid="evaluation-row"]');
      await rows.first().waitFor();
      const ranks = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-rank') ?? ''))).filter(Boolean).map(Number);
      expect(ranks.length).toBeGreaterThanOrEqual(3);
      expect(ranks[0]).toBe(1);
      ranks.forEach((r, i) => {
        expect(r).toBeLessThanOrEqual(i + 1);
        if (i) expect(r).toBeGreaterThanOrEqual(ranks[i - 1]);
      });
      const codes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-project-code') ?? ''));
      for (const code of ['SH-001', 'SH-002', 'GZ-001', 'SH-003']) expect(codes).toContain(code);
      // The company trend is drawn.
      expect(await page.getByTestId('trend-card').getAttribute('data-scope')).toBe('company');
      const companyLine = await trendLine(page);
      await shot(page, 'evaluation-last-month');

      // A project's own trend.
      const second = rows.nth(1);
      const secondCode = (await second.getAttribute('data-project-code'))!;
      await second.click();
      await page.waitForURL(/project=/);
      await page.getByTestId('trend-scope').filter({ hasText: secondCode }).waitFor();
      expect(await page.getByTestId('trend-card').getAttribute('data-scope')).toBe('project');
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid="trend-chart"] path.recharts-line-curve')?.getAttribute('d') !== before,
        companyLine,
      );
      await trendLine(page);
      await shot(page, 'evaluation-project-trend');

      // The Excel export holds the same ranking.
      const firstCode = await rows.first().getAttribute('data-project-code');
      const firstScore = (await rows.first().getByTestId('evaluation-score').innerText()).trim();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-evaluation').click()]);
      expect(download.suggestedFilename()).toMatch(/^品质评价-\d{4}-\d{2}\.xlsx$/);
      const file = await download.path();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file!);
      const ws = wb.worksheets[0];
      const top = ws.getRow(3);
      expect(top.getCell(1).value).toBe(1);
      expect(top.getCell(3).value).toBe(firstCode);
      expect(Number(top.getCell(6).value)).toBeCloseTo(Number(firstScore), 2);

      // 每日汇总 for yesterday.
      await page.getByTestId('nav-inspectionSummary').click();
      await page.getByTestId('summary-page').waitFor();
      await page.getByTestId('summary-yesterday').click();
      await page.waitForURL(/date=\d{4}-\d{2}-\d{2}/);
      const totals = page.getByTestId('summary-totals');
      await totals.waitFor();
      const due = Number(await totals.getByTestId('summary-total-due').getAttribute('data-value'));
      const inspections = Number(await totals.getByTestId('summary-total-inspections').getAttribute('data-value'));
      expect(due + inspections).toBeGreaterThan(0);
      const projectRows = page.getByTestId('summary-projects').locator('tbody tr.ant-table-row');
      expect(await projectRows.count()).toBeGreaterThan(0);
      const calendarHref = await projectRows.first().getByTestId('summary-calendar-link').getAttribute('href');
      expect(calendarHref).toMatch(/^\/inspection-calendar\?scope=project&project=[^&]+&date=\d{4}-\d{2}-\d{2}&day=\d{4}-\d{2}-\d{2}$/);
      await shot(page, 'summary-yesterday');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('customer feedback', () => {
  it('an inspector flags a failed item as customer-facing; 市场客服中心 sees it and marks it handled', async () => {
    const note = `大堂地面湿滑且无警示牌（e2e ${Date.now().toString(36)}）`;
    const inspector = await openPage(browser, { width: 390, height: 844 });
    try {
      const { page } = inspector;
      await signIn(page, 'inspector@demo.test');
      await page.goto('/inspections');
      await page.getByTestId('new-inspection-button').click();
      await page.getByTestId('new-inspection').waitFor();
      await chooseOption(page, 'pick-project', 'SH-001');
      await chooseOption(page, 'pick-template', '住宅日常品质巡检表');
      await page.getByTestId('start-inspection').click();
      const form = page.getByTestId('inspection-form');
      await form.waitFor();
      const item = form.locator('[data-testid="inspection-item"][data-critical="false"]').first();
      await item.getByTestId('result-FAIL').click();
      await item.getByTestId('item-note').fill(note);
      await item
        .getByTestId('item-photos-input')
        .setInputFiles({ name: 'floor.png', mimeType: 'image/png', buffer: png(64, 48, [200, 200, 60]) });
      await item.getByTestId('item-photos-thumb').locator('img').waitFor();
      await item.getByTestId('customer-facing-toggle').click();
      expect(await item.getByTestId('customer-facing-toggle').getAttribute('aria-checked')).toBe('true');
      await item.scrollIntoViewIfNeeded();
      await shot(page, 'feedback-flag-phone', { fullPage: false });
      await page.getByTestId('mark-rest-pass').click();
      await sign(page);
      await page.getByTestId('submit-inspection').click();
      await page.getByTestId('submit-confirm').waitFor();
      await page.getByTestId('confirm-submit').click();
      await page.waitForURL(/\/inspections\/(?!perform)[^/?]+$/);
      const detail = page.getByTestId('inspection-detail');
      await detail.waitFor();
      await detail.getByTestId('detail-customer-facing').first().waitFor();
      expect(inspector.problems).toEqual([]);
    } finally {
      await inspector.context.close();
    }

    const cs = await openPage(browser);
    try {
      const { page, problems } = cs;
      await signIn(page, 'cs@demo.test');
      await page.getByTestId('nav-feedback').click();
      await page.getByTestId('feedback-page').waitFor();
      const row = page.getByTestId('feedback-table').locator('tr[data-testid="feedback-row"]').filter({ hasText: note });
      await row.waitFor();
      expect(await row.getAttribute('data-state')).toBe('RECEIVED');
      await shot(page, 'feedback-inbox');
      await row.getByTestId('feedback-open').click();
      const detail = page.getByTestId('feedback-detail');
      await detail.waitFor();
      expect(await detail.getByTestId('feedback-description').innerText()).toBe(note);
      await detail.getByTestId('feedback-photo').first().locator('img').waitFor();
      await detail.getByTestId('feedback-handle').click();
      await detail.getByTestId('feedback-note-error').waitFor();
      await detail.getByTestId('feedback-note').fill('已致电业主说明，物业已放置警示牌并完成清洁');
      await shot(page, 'feedback-drawer', { fullPage: false });
      await detail.getByTestId('feedback-handle').click();
      await page.locator('[data-testid="feedback-detail"][data-state="HANDLED"]').waitFor();
      expect(await page.getByTestId('feedback-handling-note').innerText()).toContain('警示牌');
      await page.locator('.ant-drawer-close').click();
      // Handled feedback leaves the 待处理 list.
      await page
        .getByTestId('feedback-table')
        .locator('tr[data-testid="feedback-row"]')
        .filter({ hasText: note })
        .waitFor({ state: 'detached' });
      expect(problems).toEqual([]);
    } finally {
      await cs.context.close();
    }
  });
});
