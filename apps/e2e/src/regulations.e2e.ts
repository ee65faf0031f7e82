// 品质制度: the Quality Center reads and acknowledges the current version of a regulation (it was in
// "my unread"), compares versions, sees who has read it, and writes and publishes a new regulation
// for sales centers; the regulation and complaint screens also render in English.
import type { Browser, Page } from 'playwright-core';
import { chooseOption, launchBrowser, openPage, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const okInModal = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();

describe('QC regulations', () => {
  it('are acknowledged, compared and published in the UI', async () => {
    const s = await openPage(browser);
    try {
      const { page } = s;
      await signIn(page, 'quality@demo.test');
      await page.getByTestId('nav-regulations').click();
      await page.getByTestId('regulations-table').waitFor();
      const unread = page.getByTestId('regulations-unread');
      await unread.getByText('品质检查与整改管理制度').waitFor();
      await shot(page, 'regulations');

      await unread.getByTestId('unread-regulation').filter({ hasText: '品质检查与整改管理制度' }).click();
      await page.getByTestId('regulation-page').waitFor();
      expect(await page.getByTestId('regulation-sections').innerText()).toContain('效果验证');
      await page.getByTestId('regulation-acknowledge').click();
      await page.getByTestId('regulation-acknowledged').waitFor();

      await page.getByRole('tab', { name: '版本对比' }).click();
      await page.getByTestId('diff-added').filter({ hasText: '效果验证' }).waitFor();
      expect(await page.getByTestId('diff-changed').count()).toBeGreaterThan(0);
      await shot(page, 'regulation-diff');

      await page.getByRole('tab', { name: '阅读确认' }).click();
      // 钱芳 and the inspector had read version 2; now 李静 too. 赵磊 has read version 1 only.
      expect(await page.getByTestId('ack-summary').innerText()).toBe('已确认 3 / 4 人（第 2 版）');
      expect(await page.locator('[data-testid="ack-row"][data-done="no"]').innerText()).toContain('赵磊');
      await shot(page, 'regulation-acks');

      // A new regulation for sales centers: details, one section, publish with a change summary.
      await page.goto('/regulations');
      await page.getByTestId('regulation-create').click();
      await page.getByTestId('regulation-title').fill('案场保洁作业规定');
      await page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').waitFor();
      await chooseOption(page, 'regulation-scope', '按业态');
      // The format field appears once the scope is "per format".
      await page.getByTestId('regulation-format').waitFor();
      await chooseOption(page, 'regulation-format', '售楼处及样板房');
      await okInModal(page);
      await page.waitForURL(/\/regulations\/[^/?]+\?tab=draft$/);
      await page.getByTestId('add-section').click();
      // Empty fields are refused at the field, in Chinese.
      await page.getByTestId('save-draft').click();
      await page.locator('.ant-form-item-explain-error').filter({ hasText: '此项为必填项' }).first().waitFor();
      await page.getByTestId('section-title').fill('样板房保洁');
      await page.getByTestId('section-body').fill('每日开放前完成样板房地面、玻璃、家具表面清洁。');
      await page.getByTestId('publish-open').click();
      await page.getByTestId('change-summary').fill('首次发布');
      await okInModal(page);
      await page.locator('[data-testid="regulation-version"]').filter({ hasText: '第 1 版' }).waitFor();
      await page.getByRole('tab', { name: '当前版本' }).click();
      expect(await page.getByTestId('regulation-sections').innerText()).toContain('样板房保洁');
      expect(s.problems).toEqual([]);
    } finally {
      await s.context.close();
    }
  });

  it('and major complaints render in English', async () => {
    const s = await openPage(browser, { language: 'en-US' });
    try {
      const { page } = s;
      await signIn(page, 'admin@demo.test');
      await page.goto('/regulations');
      await page.getByTestId('regulations-table').getByText('品质检查与整改管理制度').waitFor();
      expect(await page.getByTestId('page-title').innerText()).toBe('QC regulations');
      await page.goto('/complaints?view=escalated');
      await page.getByTestId('complaints-escalated').getByText('客梯频繁故障困人').waitFor();
      expect(await page.getByTestId('complaint-overdue').first().innerText()).toContain('Overdue');
      await page.getByTestId('complaints-escalated').getByTestId('complaint-link').first().click();
      await page.getByTestId('complaint-page').waitFor();
      // An admin runs cases but does not verify; the overdue case can be resolved once its action is done.
      expect(await page.getByTestId('complaint-step-RESOLVE-reason').getAttribute('data-reason')).toBe('ACTIONS_OPEN');
      await shot(page, 'en-complaint-overdue');
      expect(s.problems).toEqual([]);
    } finally {
      await s.context.close();
    }
  });
});
