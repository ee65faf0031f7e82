// 重大投诉 taken to VERIFIED in the UI: the Quality Center (quality@) registers a case with a photo,
// starts it, adds and completes an action and resolves it — and then sees "verify" disabled with the
// reason (the resolver may not verify); another Quality Center member (quality2@) verifies the effect.
import type { Browser, Page } from 'playwright-core';
import { chooseOption, launchBrowser, openPage, shot, signIn } from './browser';
import { png } from './inspection-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const okInModal = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();
const state = (page: Page, s: string) => page.locator(`[data-testid="complaint-page"][data-state="${s}"]`).waitFor();

describe('major complaints', () => {
  it('are registered and resolved by one Quality Center member and verified by another', async () => {
    let path = '';
    const first = await openPage(browser);
    try {
      const { page } = first;
      await signIn(page, 'quality@demo.test');
      await page.getByTestId('nav-complaints').click();
      await page.getByTestId('complaints-table').waitFor();
      // The demo shows a verified case and an overdue one.
      await page.locator('[data-testid="complaint-row"][data-state="VERIFIED"]').first().waitFor();
      await page.locator('[data-testid="complaint-row"][data-overdue="yes"]').first().waitFor();

      await page.getByTestId('complaint-create').click();
      await page.getByTestId('complaint-title').waitFor();
      // Required fields are checked in the user's language before anything is sent.
      await okInModal(page);
      await page.getByText('此项为必填项').first().waitFor();
      await chooseOption(page, 'complaint-project', 'SH-001');
      await page.getByTestId('complaint-title').fill('大堂玻璃门自动感应失灵');
      await page.getByTestId('complaint-description').fill('业主反映大堂玻璃门多次夹人，要求彻底维修。');
      await page
        .getByTestId('complaint-photos-input')
        .setInputFiles({ name: 'door.png', mimeType: 'image/png', buffer: png(64, 48, [90, 120, 200]) });
      await page.getByTestId('complaint-photos-thumb').locator('img').waitFor();
      await okInModal(page);
      await page.waitForURL(/\/complaints\/[^/?]+$/);
      path = new URL(page.url()).pathname;
      await state(page, 'OPEN');
      await page.getByTestId('complaint-photo').first().locator('img').waitFor();

      await page.getByTestId('complaint-step-START').click();
      await page.getByTestId('complaint-step-note').fill('已通知工程部');
      await okInModal(page);
      await state(page, 'IN_PROGRESS');

      // An action must be done before the case can be resolved.
      await page.getByTestId('action-add').click();
      await page.getByTestId('action-description').fill('更换感应器并调试');
      await chooseOption(page, 'action-owner', '李静');
      await okInModal(page);
      await page.locator('[data-testid="complaint-action"][data-done="no"]').waitFor();
      expect(await page.getByTestId('complaint-step-RESOLVE').isDisabled()).toBe(true);
      expect(await page.getByTestId('complaint-step-RESOLVE-reason').getAttribute('data-reason')).toBe('ACTIONS_OPEN');
      await page.locator('[data-testid="complaint-action"] input[type="checkbox"]').click();
      await page.locator('[data-testid="complaint-action"][data-done="yes"]').waitFor();
      await page.locator('[data-testid="complaint-step-RESOLVE"]:not([disabled])').waitFor();

      await page.getByTestId('complaint-step-RESOLVE').click();
      await okInModal(page);
      await page.getByRole('alert').filter({ hasText: '此项为必填项' }).waitFor();
      await page.getByTestId('complaint-step-note').fill('感应器已更换，连续测试 50 次无异常');
      await okInModal(page);
      await state(page, 'RESOLVED');

      // The resolver sees "verify" disabled, with the reason.
      const verify = page.getByTestId('complaint-step-VERIFY');
      await verify.waitFor();
      expect(await verify.isDisabled()).toBe(true);
      expect(await page.getByTestId('complaint-step-VERIFY-reason').getAttribute('data-reason')).toBe('RESOLVED_BY_YOU');
      expect(await page.getByTestId('complaint-step-reasons').innerText()).toContain('您是本案的解决人，需由品质中心的其他人员验证');
      await shot(page, 'complaint-resolved');
      expect(first.problems).toEqual([]);
    } finally {
      await first.context.close();
    }

    const second = await openPage(browser);
    try {
      const { page } = second;
      await signIn(page, 'quality2@demo.test');
      await page.goto(path);
      await state(page, 'RESOLVED');
      const verify = page.getByTestId('complaint-step-VERIFY');
      expect(await verify.isEnabled()).toBe(true);
      await verify.click();
      await page.getByTestId('complaint-step-note').fill('现场复查：玻璃门感应正常，业主满意');
      await okInModal(page);
      await state(page, 'VERIFIED');
      expect(await page.getByTestId('complaint-verified-by').innerText()).toContain('钱芳');
      const events = page.getByTestId('complaint-event');
      expect(await events.evaluateAll((els) => els.map((e) => e.getAttribute('data-to')))).toEqual([
        'OPEN',
        'IN_PROGRESS',
        'RESOLVED',
        'VERIFIED',
      ]);
      expect(await events.nth(3).innerText()).toContain('业主满意');
      // A verified case offers no further steps.
      expect(await page.getByTestId('complaint-steps').locator('button').count()).toBe(0);
      await shot(page, 'complaint-verified');
      expect(second.problems).toEqual([]);
    } finally {
      await second.context.close();
    }
  });
});
