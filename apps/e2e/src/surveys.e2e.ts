// 客户意见调查 and 运营成本: a visitor fills the open round's questionnaire through a one-time code
// without signing in, the Quality Center sees the round's tally rise, and the reused code is refused
// with the message; the over-budget project is flagged and shows budget vs actual by month.
import { gzipSync } from 'node:zlib';
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
    .locator('fieldset')
    .filter({ hasText: question })
    .getByRole('radio', { name: `${stars} 星` })
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

describe('the public survey page', () => {
  it("is the company's, loads no admin shell, prints QR codes, and says so where the visitor looks when a device answers twice", async () => {
    const staff = await openPage(browser);
    try {
      await signIn(staff.page, 'quality@demo.test');
      await staff.page.getByTestId('nav-surveys').waitFor();
      await staff.page.goto('/surveys');
      await staff.page.getByTestId('rounds-table').getByText(OPEN_ROUND).click();
      await staff.page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
      await staff.page.getByRole('tab', { name: '问卷码与链接' }).click();
      // Chinese column headers; the shared link with its QR code.
      const tickets = staff.page.getByTestId('tickets-table');
      await tickets.getByRole('columnheader', { name: '问卷码' }).waitFor();
      await tickets.getByRole('columnheader', { name: '填写链接' }).waitFor();
      await staff.page.getByTestId('shared-link-qr').waitFor();
      const link = (await staff.page.getByTestId('shared-link').innerText()).trim();
      expect(link).toMatch(/\/s\/[0-9a-f-]{36}\.\w+$/);
      await shot(staff.page, 'surveys-round-links');
      // The printable A4 sheet: the shared link's QR and one per unused code, each encoding its URL.
      await staff.page.getByTestId('print-qr').click();
      await staff.page.getByTestId('survey-codes-print').waitFor();
      await staff.page.getByTestId('qr-shared').waitFor();
      // The sheet is the company's: its letterhead with the logo from 公司设置.
      await staff.page.getByTestId('company-letterhead-logo').waitFor();
      expect(await staff.page.getByTestId('qr-shared').getAttribute('data-qr')).toBe(link);
      await staff.page.getByTestId('qr-ticket').first().waitFor();
      expect(await staff.page.getByTestId('qr-ticket').count()).toBeGreaterThan(3);
      expect(await staff.page.getByTestId('qr-ticket').first().getAttribute('data-qr')).toMatch(/\/s\/[0-9a-f-]{36}\.DEMO2345A\w$/);
      await shot(staff.page, 'surveys-qr-sheet', { fullPage: true });

      // A customer's phone opens the shared link: the company's name, none of the admin shell.
      const visitor = await openPage(browser, { width: 390, height: 844 });
      try {
        const scripts = new Set<string>();
        visitor.page.on('request', (req) => {
          if (req.resourceType() === 'script' || req.url().endsWith('.js')) scripts.add(req.url());
        });
        await visitor.page.goto(new URL(link).pathname);
        await visitor.page.getByTestId('public-form').waitFor();
        await visitor.page.waitForLoadState('networkidle');
        expect(await visitor.page.getByTestId('public-company').innerText()).toBe('示范物业');
        // The company's own logo (公司设置) heads the page, loaded (CSP allows data: images).
        expect(
          await visitor.page.getByTestId('public-logo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        ).toBe(true);
        expect(await visitor.page.locator('body').innerText()).not.toContain('Pinzhi');
        let gzip = 0;
        for (const url of scripts) gzip += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
        console.log(`/s/<token> loaded ${scripts.size} scripts, ${(gzip / 1024).toFixed(1)} KB gzip`);
        expect([...scripts].filter((u) => /AppLayout|LoginPage|SessionProvider|\/index-/.test(u))).toEqual([]);
        expect(gzip).toBeLessThanOrEqual(160 * 1024);
        await shot(visitor.page, 'surveys-public-shared-form');

        const answer = async () => {
          await rate(visitor.page, '总体满意度', 5);
          await rate(visitor.page, '礼仪与专业', 4);
          await rate(visitor.page, '环境卫生', 4);
          await visitor.page.getByText('样板房引导').click();
          await visitor.page.getByTestId('public-submit').click();
        };
        await answer();
        await visitor.page.getByTestId('public-thanks').waitFor();
        // Same device again: the message replaces the form, at the top of the screen, not off screen.
        await visitor.page.goto(new URL(link).pathname);
        await visitor.page.getByTestId('public-form').waitFor();
        await answer();
        const answered = visitor.page.getByTestId('public-answered');
        await answered.getByText('您已填写过本问卷').waitFor();
        await visitor.page.waitForFunction(() => window.scrollY === 0);
        const box = await answered.boundingBox();
        expect(box && box.y >= 0 && box.y + 40 < 844).toBe(true);
        await shot(visitor.page, 'surveys-public-answered-twice');
        expect(visitor.problems).toEqual([]);
      } finally {
        await visitor.context.close();
      }
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
