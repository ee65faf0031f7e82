// 岗位培训: HR opens the seeded security-guard plan, schedules a session of 保安员行为规范 for
// SH-001 that started an hour ago, enrols SH-001's guards by position, records attendance and
// scores with the keyboard, saves the sheet, and sees 保安 coverage rise on the dashboard.
import type { Browser, Page } from 'playwright-core';
import { chooseOption, launchBrowser, openPage, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** 'YYYY-MM-DDTHH:mm' in Asia/Shanghai (the browser context's zone), `minutes` from now. */
function shanghaiLocal(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000 + 8 * 3600_000).toISOString().slice(0, 16);
}

async function guardCoverage(page: Page): Promise<number> {
  await page.goto('/training/coverage?by=position');
  const row = page.locator('[data-testid="coverage-row"][data-name="保安"]');
  await row.waitFor();
  const value = await row.getAttribute('data-coverage');
  return Number(value || 0);
}

describe('training plans, sessions and attendance', () => {
  it('HR schedules a session for the guards, records attendance with the keyboard, and coverage rises', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'hr@demo.test');
      await page.getByTestId('nav-trainingPlans').waitFor();

      // The seeded plan for 保安 with its courses.
      await page.goto('/training/plans');
      const planRow = page.getByTestId('plan-row').filter({ hasText: '保安' }).first();
      await planRow.waitFor();
      await planRow.getByTestId('plan-link').click();
      await page.getByTestId('plan-form').waitFor();
      await page.getByTestId('plan-items').getByText('保安员行为规范').waitFor();
      await shot(page, 'training-plan');

      const before = await guardCoverage(page);
      await shot(page, 'training-coverage-before');

      // A session that started an hour ago (attendance can only be recorded once it has started).
      await page.goto('/training/sessions');
      await page.getByTestId('training-sessions-page').waitFor();
      await page.getByTestId('new-session').click();
      await page.getByTestId('session-form').waitFor();
      await chooseOption(page, 'session-course', '保安员行为规范');
      await page.getByTestId('session-trainer').click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first().click();
      await page.getByTestId('session-starts').fill(shanghaiLocal(-60));
      await page.getByTestId('session-ends').fill(shanghaiLocal(60));
      await page.getByTestId('session-place').fill('翠湖花园 物业服务中心会议室');
      await chooseOption(page, 'session-project', 'SH-001');
      await shot(page, 'training-session-new', { fullPage: false });
      await page.getByTestId('session-save').click();
      await page.waitForURL(/\/training\/sessions\/[^/]+$/);
      await page.getByTestId('training-session-page').waitFor();

      // Enrol SH-001's guards by position (the session is for SH-001's staff).
      await chooseOption(page, 'group-position', '保安');
      await page.getByTestId('enrol-group').click();
      const rows = page.getByTestId('sheet-row');
      await rows.first().waitFor();
      const count = await rows.count();
      expect(count).toBeGreaterThanOrEqual(3);

      // Keyboard entry: P + score + Enter per row; the second guard was absent (A).
      await rows.first().locator('td').first().click();
      for (let i = 0; i < count; i++) {
        if (i === 1) {
          await page.keyboard.press('a');
        } else {
          await page.keyboard.press('p');
          await page.keyboard.type(String(85 + (i % 3) * 5));
        }
        await page.keyboard.press('Enter');
      }
      expect(await rows.nth(0).getAttribute('data-attendance')).toBe('PRESENT');
      expect(await rows.nth(1).getAttribute('data-attendance')).toBe('ABSENT');
      expect(await rows.nth(0).getByTestId('row-score').inputValue()).toBe('85');
      await shot(page, 'training-attendance-sheet');
      await page.getByTestId('save-sheet').click();
      await page.getByText('签到表已保存').waitFor();
      await rows.first().locator('.ant-tag').filter({ hasText: '通过' }).waitFor();
      await shot(page, 'training-attendance-saved');

      // Coverage of 保安 rises.
      const after = await guardCoverage(page);
      expect(after).toBeGreaterThan(before);
      await shot(page, 'training-coverage-after');

      // A guard's training record shows the session with the score.
      await page.goto('/training/employees?q=张伟');
      await page.getByTestId('employee-link').first().click();
      await page.getByTestId('record-requirements').waitFor();
      await shot(page, 'training-employee-record');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('inspectors have no access to employee data', async () => {
    const { page, context } = await openPage(browser);
    try {
      await signIn(page, 'inspector@demo.test');
      await page.goto('/training/employees');
      await page.locator('.ant-result-403').waitFor();
      expect(await page.locator('[data-testid^="nav-training"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
