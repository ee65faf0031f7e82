// Leaving (issue 27), in the browser: the company admin of `other` requests an export, waits for
// the background job, downloads the archive (a ZIP with the manifest and every table), then
// schedules the company's deletion with the typed confirmation, sees the countdown and the banner,
// and cancels it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- unzipper ships no types (declared next to the archive writer)
/// <reference path="../../../libs/api/lifecycle/src/vendor.d.ts" />
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { Open } from 'unzipper';
import { launchBrowser, openPage, shot, signIn, watchGraphql } from './browser';

/** The entries of a ZIP archive, read with unzipper. */
async function unzip(archive: Buffer): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const file of (await Open.buffer(archive)).files) out.set(file.path, await file.buffer());
  return out;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('数据导出与注销', () => {
  it('requests an export, downloads it, schedules the deletion and cancels it', async () => {
    const { page, context, problems } = await openPage(browser);
    const graphqlQuiet = watchGraphql(page);
    try {
      await signIn(page, 'admin@other.test');
      await page.goto('/settings/data');
      await page.getByTestId('data-lifecycle-page').waitFor();
      await graphqlQuiet.idle();

      // Request an export; the scheduler runs the job and the page polls until it is ready.
      await page.getByTestId('request-export').click();
      const download = page.locator('[data-testid^="download-export-"]').first();
      await download.waitFor({ timeout: 60_000 });
      await shot(page, 'data-lifecycle-export-ready');
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(file.suggestedFilename()).toMatch(/^other-export-\d{4}-\d{2}-\d{2}\.zip$/);
      const entries = await unzip(readFileSync((await file.path())!));
      const manifest = JSON.parse(entries.get('manifest.json')!.toString());
      expect(manifest.company.slug).toBe('other');
      expect(manifest.tables['project']).toBeGreaterThan(0);
      expect(JSON.parse(entries.get('tables/project.json')!.toString())).toHaveLength(manifest.tables['project']);

      // Schedule the deletion: the wrong code is refused in the form, the right one schedules it.
      await page.getByTestId('request-deletion').click();
      await page.getByTestId('deletion-code').fill('demo');
      await page.getByTestId('confirm-deletion').click();
      await page.locator('.ant-form-item-explain-error').first().waitFor();
      await page.getByTestId('deletion-code').fill('other');
      await page.getByTestId('confirm-deletion').click();
      const scheduled = page.getByTestId('deletion-scheduled');
      await scheduled.waitFor();
      expect(await scheduled.innerText()).toMatch(/还剩 30 天/);
      await page.getByTestId('deletion-banner').waitFor();
      await shot(page, 'data-lifecycle-deletion-scheduled');

      // Cancel it: the countdown and the banner go.
      await page.getByTestId('cancel-deletion').click();
      await page.getByTestId('request-deletion').waitFor();
      await page.getByTestId('deletion-banner').waitFor({ state: 'detached' });
      await graphqlQuiet.idle();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
