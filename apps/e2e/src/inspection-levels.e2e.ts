// 三级检查: the comparison report as the Quality Center sees it (the demo seeds last month's
// self-checks beside the spot checks; GZ-001's self-checks are inflated), and a planner giving a
// new checklist the 项目自查 level. The month shown is last month relative to the seed, so the
// test holds on any day.
import type { Browser } from 'playwright-core';
import { chooseOption, graphql, launchBrowser, openPage, shot, signIn, tokenOf, watchGraphql } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('three inspection levels', () => {
  it('compares last month’s self-checks with the spot checks and flags the inflated project', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      const gql = watchGraphql(page);
      await page.getByTestId('nav-levelComparison').click();
      await page.getByTestId('level-comparison-page').waitFor();
      await page.getByTestId('comparison-table').waitFor();
      await gql.idle();
      const flagged = page.getByTestId('comparison-row-GZ-001');
      await flagged.waitFor();
      expect(await flagged.getAttribute('data-inflated')).toBe('true');
      expect(await flagged.getByTestId('inflated-tag').textContent()).toBe('自查虚高');
      for (const code of ['SH-001', 'SH-002'])
        expect(await page.getByTestId(`comparison-row-${code}`).getAttribute('data-inflated')).toBe('false');
      expect(await page.locator('tr[data-inflated="true"]').count()).toBe(1);
      expect(await page.getByTestId('flagged-summary').textContent()).toContain('1');
      await shot(page, 'level-comparison');

      // The month before has no level checks: an empty month still answers (no flags).
      await page.getByTestId('month-prev').click();
      await page.waitForURL(/month=\d{4}-\d{2}/);
      await gql.idle();
      expect(await page.locator('tr[data-inflated="true"]').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('gives a new checklist the project self-check level', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      await page.goto('/inspection-templates');
      await page.getByTestId('inspection-templates-table').waitFor();
      await page.getByTestId('new-inspection-template').click();
      const name = `项目自查表 ${Date.now() % 100000}`; // names are unique per company
      await page.getByTestId('inspection-template-name').fill(name);
      await chooseOption(page, 'inspection-template-level', '项目自查');
      await page.getByTestId('save-inspection-template').click();
      await page.waitForURL(/\/inspection-templates\/[^/?]+\?view=draft/);
      const id = /\/inspection-templates\/([^/?]+)/.exec(page.url())![1];
      const saved = await graphql(await tokenOf(page), 'query($id: ID!) { inspectionTemplate(id: $id) { name level } }', { id });
      expect(saved.inspectionTemplate).toEqual({ name, level: 'SELF_CHECK' });
      // The list shows it.
      await page.goto('/inspection-templates');
      await page.getByTestId('inspection-templates-table').waitFor();
      await page.locator('tr', { hasText: name }).getByTestId('template-level-SELF_CHECK').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
