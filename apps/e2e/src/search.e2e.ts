// The header's global search: Ctrl+K opens it, results come grouped by kind, ↓/Enter or a click
// opens the record's page; a regional manager finds nothing of another region.
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('global search', () => {
  it('finds records by keyboard and by click, one step from their page', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      await page.getByTestId('global-search').waitFor();
      // The pointer away from where the results open: a hovered hit becomes the active one, and
      // Enter must open the first.
      await page.mouse.move(0, 0);
      await page.keyboard.press('Control+K');
      await page.getByRole('dialog').getByRole('textbox').fill('金融中心');
      const results = page.getByTestId('search-results');
      await results.getByTestId('search-group-PROJECT').waitFor();
      await results.getByTestId('search-group-INSPECTION').waitFor();
      await shot(page, 'search-results-zh');
      await page.keyboard.press('Enter'); // the first hit: the project
      await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
      await page.getByText('金融中心大厦物业服务项目').first().waitFor();

      await page.getByTestId('global-search').click();
      await page.getByRole('dialog').getByRole('textbox').fill('整改管理制度');
      await page.getByTestId('search-group-REGULATION').getByTestId('search-hit').first().click();
      await page.waitForURL(/\/regulations\/[0-9a-f-]{36}$/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows a regional manager nothing of another region's projects", async () => {
    const { page, context } = await openPage(browser);
    try {
      await signIn(page, 'ops@demo.test');
      await page.getByTestId('global-search').click();
      await page.getByRole('dialog').getByRole('textbox').fill('滨江');
      await page.getByText('没有找到与「滨江」相关的内容。').waitFor();
      expect(await page.getByTestId('search-hit').count()).toBe(0);
      await page.getByRole('dialog').getByRole('textbox').fill('翠湖');
      await page.getByTestId('search-group-PROJECT').waitFor();
    } finally {
      await context.close();
    }
  });
});
