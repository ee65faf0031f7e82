// Leaving (issue 27), in the browser: the company admin of `other` requests an export, waits for
// the background job, downloads the archive (a ZIP with the manifest and every table), then
// schedules the company's deletion with the typed confirmation, sees the countdown and the banner,
// and cancels it.
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { launchBrowser, openPage, shot, signIn, watchGraphql } from './browser';

/** The entries of a ZIP archive (central directory, deflate or stored): the browser tests may not import the API's reader. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out = new Map<string, Buffer>();
  let at = archive.readUInt32LE(end + 16);
  for (let i = 0; i < archive.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength] = [archive.readUInt16LE(at + 10), archive.readUInt32LE(at + 20), archive.readUInt16LE(at + 28)];
    const local = archive.readUInt32LE(at + 42);
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(dataAt, dataAt + size);
    out.set(archive.subarray(at + 46, at + 46 + nameLength).toString('utf8'), method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
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
      const entries = unzip(readFileSync((await file.path())!));
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
