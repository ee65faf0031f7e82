// On-site inspection and the rectification loop (现场检查 · 整改闭环), on a phone: the inspector
// does an ad-hoc inspection of SH-001 with the residential checklist, fails a critical item with
// a note and a photo, signs and submits; the project manager (ops@) submits the fix with a photo
// and may not verify it himself; the Quality Center verifies it.
import type { Browser } from 'playwright-core';
import { chooseOption, launchBrowser, openPage, shot, signIn } from './browser';
import { png, sign } from './inspection-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

describe('on-site inspection and rectification', () => {
  it('an inspector fails a critical item on a phone; the owner fixes it; someone else verifies it', async () => {
    let rectificationPath = '';
    const inspector = await openPage(browser, PHONE);
    try {
      const { page } = inspector;
      await signIn(page, 'inspector@demo.test');
      await page.goto('/inspections');
      await page.getByTestId('new-inspection-button').click();
      await page.getByTestId('new-inspection').waitFor();
      await chooseOption(page, 'pick-project', 'SH-001');
      await chooseOption(page, 'pick-template', '住宅日常品质巡检表');
      await page.getByTestId('start-inspection').click();
      await page.waitForURL(/\/inspections\/perform\?project=.+&template=.+/);
      const form = page.getByTestId('inspection-form');
      await form.waitFor();
      expect(await page.getByTestId('form-project').innerText()).toContain('翠湖花园物业服务项目');

      // A critical item fails: note and a photo from the camera input.
      const critical = form.locator('[data-testid="inspection-item"][data-critical="true"]').first();
      await critical.getByTestId('result-FAIL').click();
      await critical.getByTestId('auto-rectification').waitFor();
      await critical.getByTestId('item-note').fill('消防通道堆放杂物，通行受阻');
      await critical
        .getByTestId('item-photos-input')
        .setInputFiles({ name: 'finding.png', mimeType: 'image/png', buffer: png(64, 48, [220, 60, 60]) });
      await critical.getByTestId('item-photos-thumb').locator('img').waitFor();
      await critical.scrollIntoViewIfNeeded();
      await shot(page, 'inspection-item-phone', { fullPage: false });
      // The rest passes.
      await page.getByTestId('mark-rest-pass').click();
      const progress = await page.getByTestId('live-progress').innerText();
      const [answered, total] = /(\d+)\/(\d+)/.exec(progress)!.slice(1).map(Number);
      expect(answered).toBe(total);
      expect(progress).toContain('不合格');
      await page.getByTestId('location-text').fill('1 号楼地下车库');
      await sign(page);
      await shot(page, 'inspection-form-phone');

      await page.getByTestId('submit-inspection').click();
      const confirm = page.getByTestId('submit-confirm');
      await confirm.waitFor();
      expect(await confirm.getByTestId('confirm-result').innerText()).toBe('不合格');
      expect(await confirm.getByTestId('confirm-rectifications').locator('li').count()).toBe(1);
      await shot(page, 'inspection-confirm-phone', { fullPage: false });
      await page.getByTestId('confirm-submit').click();

      // The stored inspection: failed, with the rectification it opened.
      await page.waitForURL(/\/inspections\/(?!perform)[^/?]+$/);
      const detail = page.getByTestId('inspection-detail');
      await detail.waitFor();
      expect(await page.getByTestId('inspection-passed').getAttribute('data-passed')).toBe('false');
      await detail.getByTestId('detail-photo').first().locator('img').waitFor();
      await detail.getByTestId('detail-signature').locator('img').waitFor();
      expect(await page.getByTestId('inspection-location').innerText()).toContain('1 号楼地下车库');
      const links = page.getByTestId('inspection-rectifications').getByTestId('rectification-link');
      expect(await links.count()).toBe(1);
      await shot(page, 'inspection-detail-phone');
      await links.first().click();
      await page.waitForURL(/\/rectifications\/[^/?]+$/);
      rectificationPath = new URL(page.url()).pathname;
      await page.getByTestId('rectification-detail').waitFor();
      expect(await page.getByTestId('rectification-state').getAttribute('data-state')).toBe('OPEN');
      expect(inspector.problems).toEqual([]);
    } finally {
      await inspector.context.close();
    }

    // The project manager fixes it; he may not verify his own submission.
    const ops = await openPage(browser, PHONE);
    try {
      const { page } = ops;
      await signIn(page, 'ops@demo.test');
      await page.goto('/rectifications?mine=1');
      await page.getByTestId('rectifications-table').waitFor();
      await page.goto(rectificationPath);
      await page.getByTestId('rectification-detail').waitFor();
      await page.getByTestId('finding-photo').first().locator('img').waitFor();
      await page
        .getByTestId('rectification-photos-input')
        .setInputFiles({ name: 'fixed.png', mimeType: 'image/png', buffer: png(64, 48, [60, 180, 90]) });
      await page.getByTestId('rectification-photos-thumb').locator('img').waitFor();
      await page.getByTestId('rectification-note').fill('杂物已清理，通道已畅通');
      await page.getByTestId('submit-rectification').click();
      await page.locator('[data-testid="rectification-state"][data-state="SUBMITTED"]').waitFor();
      const verify = page.getByTestId('verify-rectification');
      await verify.waitFor();
      expect(await verify.isDisabled()).toBe(true);
      expect(await page.getByTestId('action-blocked-reason').innerText()).toBe('这次整改是您提交的，需由其他人验证。');
      await shot(page, 'rectification-submitted-phone');
      expect(ops.problems).toEqual([]);
    } finally {
      await ops.context.close();
    }

    // The Quality Center verifies it.
    const quality = await openPage(browser);
    try {
      const { page } = quality;
      await signIn(page, 'quality@demo.test');
      await page.goto(rectificationPath);
      await page.getByTestId('rectification-detail').waitFor();
      const verify = page.getByTestId('verify-rectification');
      expect(await verify.isEnabled()).toBe(true);
      await page.getByTestId('verify-note').fill('现场复查合格');
      await verify.click();
      await page.locator('[data-testid="rectification-state"][data-state="VERIFIED"]').waitFor();
      const events = page.getByTestId('history-event');
      expect(await events.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual([
        'CREATED',
        'SUBMITTED',
        'VERIFIED',
      ]);
      expect(await events.nth(1).innerText()).toContain('杂物已清理');
      await page.getByTestId('history-photo').first().locator('img').waitFor();
      await shot(page, 'rectification-detail');
      expect(quality.problems).toEqual([]);
    } finally {
      await quality.context.close();
    }
  });
});
