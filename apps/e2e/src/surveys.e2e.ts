// 客户意见调查 and 运营成本: a visitor fills the open round's questionnaire through a one-time code
// without signing in, the Quality Center sees the round's tally rise, and the reused code is refused
// with the message; the over-budget project is flagged and shows budget vs actual by month.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const OPEN_ROUND = '第三轮客户意见调查（尾盘期）';

async function responses(page: Page): Promise<number> {
  const value = page.getByTestId('tally-responses').locator('.ant-statistic-content-value');
  await value.waitFor();
  return Number((await value.innerText()).replace(/\D/g, ''));
}

async function rate(page: Page, question: string, stars: number): Promise<void> {
  await page
    .locator('.ant-form-item')
    .filter({ hasText: question })
    .locator('li.ant-rate-star')
    .nth(stars - 1)
    .click();
}

describe('customer opinion surveys', () => {
  it('a survey filled through its public link, without signing in, appears in the tally; the reused code is refused', async () => {
    const staff = await openPage(browser);
    try {
      await signIn(staff.page, 'quality@demo.test');
      await staff.page.getByTestId('nav-surveys').waitFor();
      await staff.page.goto('/surveys');
      await staff.page.getByTestId('rounds-table').getByText(OPEN_ROUND).click();
      await staff.page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
      const roundId = staff.page.url().split('/').pop()!;
      const before = await responses(staff.page);
      await staff.page.getByTestId('tally-chart').first().waitFor();
      await shot(staff.page, 'surveys-round-tally-before');

      // A visitor with a printed one-time code on a phone: no account, a fresh browser context.
      const visitor = await openPage(browser, { width: 375, height: 812 });
      try {
        const url = `/s/${roundId}.DEMO2345AB`;
        await visitor.page.goto(url);
        await visitor.page.getByTestId('public-form').waitFor();
        await shot(visitor.page, 'surveys-public-form');
        await rate(visitor.page, '总体满意度', 4);
        await rate(visitor.page, '礼仪与专业', 5);
        await rate(visitor.page, '环境卫生', 3);
        await visitor.page.getByText('样板房引导').click();
        await visitor.page.getByTestId('public-submit').click();
        await visitor.page.getByTestId('public-thanks').waitFor();
        await shot(visitor.page, 'surveys-public-thanks');

        // The same code again: refused, in Chinese by default and in English after switching.
        await visitor.page.goto(url);
        await visitor.page.getByTestId('public-refusal').getByText('该问卷码已被使用，每个问卷码只能填写一次。').waitFor();
        await visitor.page.getByTestId('public-lang').getByText('EN').click();
        await visitor.page
          .getByTestId('public-refusal')
          .getByText('This survey code has already been used. Each code can be used once.')
          .waitFor();
        await shot(visitor.page, 'surveys-public-reused');
        expect(visitor.problems).toEqual([]);
      } finally {
        await visitor.context.close();
      }

      // The tally counts the new response.
      await staff.page.reload();
      expect(await responses(staff.page)).toBe(before + 1);
      await shot(staff.page, 'surveys-round-tally-after');
    } finally {
      await staff.context.close();
    }
  });
});

describe('operating costs', () => {
  it('the over-budget project is flagged and shows budget vs actual by month', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'quality@demo.test');
      await page.getByTestId('nav-costs').waitFor();
      await page.goto('/costs');
      const row = page.getByTestId('cost-overview').locator('tr').filter({ hasText: 'SH-002' });
      await row.getByTestId('flag').waitFor();
      await shot(page, 'costs-overview');
      await row.getByRole('link').click();
      await page.getByTestId('cost-chart').waitFor();
      await page.getByTestId('month-flagged').first().waitFor();
      await page.getByTestId('cost-reviews').getByText('需整改').waitFor();
      await shot(page, 'costs-project');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
