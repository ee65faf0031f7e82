// The offline-first field app (品质现场, issue 19) in airplane mode: a phone downloads its work,
// goes offline, the cached app still opens, an ad-hoc inspection with a photo is filled and queued,
// the page is closed and reopened offline (the record is still waiting), the network returns and
// the inspection is stored exactly once with its photo. Then a patrol: the QR links of the route's
// points open the right points, a skipped point is missed in the route's report.
import type { Browser, Page } from 'playwright-core';
import { chooseOption, graphql, launchBrowser, openPage, shot, signIn, tokenOf } from './browser';
import { png, sign } from './inspection-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

const MINE = `{ inspections(first: 5, filter: { mine: true }, sort: { field: SUBMITTED_AT, direction: DESC }) {
  totalCount nodes { id clientKey items { evidence { id } } signature { id } } } }`;

/** Opens /field/ and waits for the download of my work (automatic when online). */
async function openFieldApp(page: Page): Promise<void> {
  await page.goto('/field/');
  await page.getByTestId('field-app').waitFor();
  await page.locator('[data-testid="field-download-info"]').filter({ hasText: '已下载' }).waitFor({ timeout: 60_000 });
}

/** The service worker has installed (precached the app) and controls this page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.getByTestId('field-app').waitFor();
  }
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

describe('field app (airplane mode)', () => {
  it('opens offline after "download my work", queues an inspection with a photo across a closed page, and stores it once when the network returns', async () => {
    const session = await openPage(browser, PHONE);
    const { context } = session;
    let page = session.page;
    try {
      await signIn(page, 'inspector@demo.test');
      const token = await tokenOf(page);
      const before = (await graphql(token, MINE)).inspections.totalCount as number;
      await openFieldApp(page);
      await waitForServiceWorker(page);
      await shot(page, 'field-home-phone');

      // Airplane mode: the app still opens from the service worker's cache.
      await context.setOffline(true);
      const started = Date.now();
      await page.reload();
      await page.getByTestId('field-home').waitFor();
      const offlineOpenMs = Date.now() - started;
      console.log(`field app opened offline in ${offlineOpenMs} ms`);
      expect(await page.getByTestId('field-network').getAttribute('data-online')).toBe('false');
      await page.getByTestId('field-offline-banner').waitFor();

      // An ad-hoc inspection from the downloaded checklist, with a photo, signed and queued.
      await chooseOption(page, 'field-pick-project', 'SH-001');
      await chooseOption(page, 'field-pick-template', '住宅日常品质巡检表');
      await page.getByTestId('field-start-ad-hoc').click();
      const form = page.getByTestId('inspection-form');
      await form.waitFor();
      const item = form.getByTestId('inspection-item').first();
      await item.getByTestId('result-PASS').click();
      await item
        .getByTestId('item-photos-input')
        .setInputFiles({ name: 'basement.png', mimeType: 'image/png', buffer: png(64, 48, [40, 120, 200]) });
      await item.getByTestId('item-photos-thumb').locator('img').waitFor();
      await page.getByTestId('mark-rest-pass').click();
      await sign(page);
      await page.getByTestId('submit-inspection').click();
      await page.getByTestId('submit-confirm').waitFor();
      await page.getByTestId('confirm-submit').click();
      await page.getByTestId('field-sync').waitFor();
      const queued = page.getByTestId('field-outbox-item');
      await queued.first().waitFor();
      expect(await queued.count()).toBe(1);
      expect(await queued.first().getAttribute('data-status')).toBe('WAITING');
      await shot(page, 'field-sync-waiting-phone');

      // The page is closed and opened again, still offline: the record is still waiting.
      await page.close();
      page = await context.newPage();
      await page.goto('/field/sync');
      await page.getByTestId('field-sync').waitFor();
      await page.locator('[data-testid="field-outbox-item"][data-status="WAITING"]').waitFor();
      expect((await graphql(token, MINE)).inspections.totalCount).toBe(before);

      // The network returns: the app sends it (on the `online` event), exactly once, with its photo.
      await context.setOffline(false);
      await page.locator('[data-testid="field-outbox-item"][data-status="SENT"]').waitFor({ timeout: 60_000 });
      // Sending again (another flush, as a retry or a second tab would) stores nothing new.
      await page.getByTestId('field-sync-now').click();
      await page.getByTestId('field-sync-now').filter({ hasText: '立即同步' }).waitFor();
      const after = await graphql(token, MINE);
      expect(after.inspections.totalCount).toBe(before + 1);
      const stored = after.inspections.nodes[0];
      const key = await page.getByTestId('field-outbox-item').first().getAttribute('data-id');
      expect(stored.clientKey).toBe(key);
      const photos = stored.items.flatMap((i: { evidence: unknown[] }) => i.evidence);
      expect(photos).toHaveLength(1);
      expect(stored.signature).not.toBeNull();
      await shot(page, 'field-sync-sent-phone');
      expect(session.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
