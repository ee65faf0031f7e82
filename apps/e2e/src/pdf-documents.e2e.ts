// PDF documents (issue 22): the 整改通知单 downloaded from the rectification's page is a PDF with
// the project's name in its (extractable, Chinese) text; the English user gets it in English.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { graphql, launchBrowser, openPage, shot, signIn, tokenOf, watchGraphql } from './browser';
import { ROOT } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** pdf.js (pdf-parse) loads its worker with a dynamic import, which jest refuses: a plain node child extracts the text. */
function pdfText(body: Buffer): Promise<string> {
  const script = `const { PDFParse } = require('pdf-parse'); const c = [];
    process.stdin.on('data', (d) => c.push(d)).on('end', async () => {
      const p = new PDFParse({ data: new Uint8Array(Buffer.concat(c)) });
      process.stdout.write((await p.getText()).text); await p.destroy();
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: ROOT, maxBuffer: 10_000_000 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
    child.stdin!.end(body);
  });
}

describe('rectification notice', () => {
  it.each([
    ['zh-CN', '整改通知单', /^整改通知单-.+\.pdf$/],
    ['en-US', 'Rectification notice', /^rectification-notice-.+\.pdf$/],
  ] as const)('downloads from the rectification’s page (%s)', async (language, title, filename) => {
    const { page, context, problems } = await openPage(browser, { language });
    try {
      await signIn(page, 'quality@demo.test');
      const { rectifications } = await graphql(await tokenOf(page), '{ rectifications(first: 1) { nodes { id project { name } } } }');
      const r = rectifications.nodes[0];
      const gql = watchGraphql(page);
      await page.goto(`/rectifications/${r.id}`);
      await page.getByTestId('rectification-detail').waitFor();
      await gql.idle();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rectification-notice-pdf').click()]);
      expect(download.suggestedFilename()).toMatch(filename);
      const body = await readFile((await download.path())!);
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(body);
      expect(text).toContain(title);
      expect(text).toContain(r.project.name);
      if (language === 'zh-CN') await shot(page, 'rectification-notice-button');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
