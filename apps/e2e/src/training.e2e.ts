// 岗位培训: HR opens the seeded security-guard plan, schedules a session teaching both guard
// courses for SH-001 that started an hour ago, enrols SH-001's guards by position, records
// attendance and scores with the keyboard, saves the sheet, and sees 保安 coverage rise on the
// dashboard. Then the Quality Center publishes a change to a handbook section a course teaches:
// the course shows 需更新 and the guards who passed it have a retraining requirement.
import type { Browser, Page } from 'playwright-core';
import { chooseOption, fillPicker, launchBrowser, openPage, shot, signIn, setHandbookApprovalFlow } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // These tests publish handbooks directly (approvals.e2e covers the approval flow).
  await setHandbookApprovalFlow(false);
});
afterAll(async () => {
  await browser?.close();
});

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai (the browser context's zone), `minutes` from now, on a 5-minute step (the picker's). */
function shanghaiLocal(minutes: number): string {
  const at = Math.floor((Date.now() + minutes * 60_000) / 300_000) * 300_000;
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
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
      // two courses in one session
      await page.getByTestId('session-course').click();
      for (const course of ['保安员行为规范', '秩序维护巡逻与消防通道']) {
        await page
          .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
          .filter({ hasText: course })
          .first()
          .click();
      }
      await page.keyboard.press('Escape');
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
      await page.getByTestId('session-zone').getByText('Asia/Shanghai').waitFor();
      await page.getByTestId('session-trainer').click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave) .ant-select-item-option')
        .first()
        .click();
      // The chosen trainer shows in the select (on a busy machine a click can land while the
      // course list's dropdown is still closing).
      await page.getByTestId('session-trainer').getByText(' · ').first().waitFor(); // "name · role"
      await fillPicker(page, 'session-starts', shanghaiLocal(-60));
      await fillPicker(page, 'session-ends', shanghaiLocal(60));
      await page.getByTestId('session-place').fill('翠湖花园 物业服务中心会议室');
      await chooseOption(page, 'session-project', 'SH-001');
      await shot(page, 'training-session-new', { fullPage: false });
      await page.getByTestId('session-save').click();
      await page.waitForURL(/\/training\/sessions\/[^/]+$/);
      await page.getByTestId('training-session-page').waitFor();
      await page.getByTestId('session-courses').getByText('秩序维护巡逻与消防通道').waitFor();

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

  it('a published change to a section a course teaches flags the course and requires retraining of those who passed it', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      await page.goto('/training/courses');
      const conduct = page.getByTestId('course-row').filter({ hasText: '保安员行为规范' });
      await conduct.waitFor();
      expect(await conduct.getAttribute('data-outdated')).toBe('false');

      // Revise SH-001's handbook: another score for a standard of 一、仪容仪表 (taught by 保安员行为规范).
      await page.goto('/projects?q=SH-001');
      await page.getByTestId('projects-table').getByRole('link', { name: 'SH-001', exact: true }).click();
      await page.getByTestId('project-tab-handbook').click();
      await page.getByTestId('handbook-view').waitFor();
      await page.getByTestId('tab-draft').click();
      await page.getByTestId('start-revision').click();
      await page.getByTestId('draft-editor').waitFor();
      const score = page
        .locator('[data-testid="draft-section"][data-section="一、仪容仪表"]')
        .getByRole('spinbutton', { name: /^分值 CON-/ })
        .first();
      await score.waitFor();
      const placeholder = (await score.getAttribute('placeholder')) ?? '';
      await score.fill(placeholder === '1' ? '2' : '1');
      await page.getByTestId('save-draft').click();
      await page
        .getByTestId('draft-status')
        .getByText(/已保存于/)
        .waitFor();
      await page.getByTestId('publish').click();
      await page.getByTestId('publish-diff').getByTestId('handbook-diff').waitFor();
      await page.locator('#changeSummary').fill('仪容仪表：调整分值');
      await page.getByTestId('confirm-publish').click();
      await page.getByText(/已发布 V\d+/).waitFor();

      // The course is flagged (需更新 / outdated) …
      await page.goto('/training/courses');
      await conduct.waitFor();
      expect(await conduct.getAttribute('data-outdated')).toBe('true');
      await conduct.getByTestId('course-outdated').waitFor();
      await shot(page, 'training-course-outdated');

      // … and 张伟, who passed it, has a retraining requirement.
      await page.goto('/training/employees?q=张伟');
      await page.getByTestId('employee-link').first().click();
      await page.getByTestId('retraining-alert').getByText('保安员行为规范').waitFor();
      await page.locator('[data-testid="requirement-row"][data-reason="RETRAINING"]').filter({ hasText: '保安员行为规范' }).waitFor();
      await shot(page, 'training-retraining-record');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('HR maintains positions and edits an employee', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'hr@demo.test');
      await page.getByTestId('nav-trainingPlans').waitFor();
      await page.goto('/training/positions');
      await page.getByTestId('training-positions-page').waitFor();
      await page.getByTestId('new-position').click();
      await page.getByTestId('position-name').fill('电梯管理员');
      await page.getByTestId('position-save').click();
      const row = page.locator('[data-testid="position-row"][data-name="电梯管理员"]');
      await row.waitFor();
      // a duplicate name is refused at the field
      await row.getByTestId('position-edit').click();
      await page.getByTestId('position-name').fill('保安');
      await page.getByTestId('position-save').click();
      await page.getByTestId('position-form').locator('.ant-form-item-explain-error').first().waitFor();
      await page.getByTestId('position-name').fill('电梯安全管理员');
      await page.getByTestId('position-save').click();
      const renamed = page.locator('[data-testid="position-row"][data-name="电梯安全管理员"]');
      await renamed.waitFor();
      await shot(page, 'training-positions');
      await renamed.getByTestId('position-archive').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await renamed.waitFor({ state: 'detached' });

      await page.goto('/training/employees?q=吴磊');
      await page.getByTestId('employee-link').first().click();
      await page.getByTestId('edit-employee').click();
      await page.getByTestId('employee-name').fill('吴磊磊');
      await page.getByTestId('employee-save').click();
      await page.getByTestId('training-employee-page').getByText('吴磊磊').first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the Quality Center attaches a PDF to a course; archiving a course a plan uses is refused', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      await page.goto('/training/courses');
      const cleaning = page.getByTestId('course-row').filter({ hasText: '保洁作业标准' });
      await cleaning.getByTestId('course-open').click();
      const drawer = page.getByTestId('course-drawer');
      await drawer.getByTestId('attachment-row').first().waitFor();
      await drawer.locator('input[type="file"]').setInputFiles({
        name: '保洁讲义.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 32)]),
      });
      await drawer.getByTestId('attachment-download').filter({ hasText: '保洁讲义.pdf' }).waitFor();
      await page.getByTestId('save-course').click();
      await page.getByText('已保存').first().waitFor();
      await cleaning.getByTestId('course-open').click();
      await page.getByTestId('course-drawer').getByTestId('attachment-download').filter({ hasText: '保洁讲义.pdf' }).waitFor();
      await shot(page, 'training-course-attachments');
      await page.keyboard.press('Escape');
      await cleaning.getByTestId('archive-course').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.locator('.ant-message-error').waitFor();
      expect(await cleaning.getByTestId('course-archived').count()).toBe(0);
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
