// Lists (ListPage): a column sorts on the server, the sort lives in the URL, and a reload keeps it.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The numbers of one column of a table, top to bottom (blank cells left out). */
async function columnNumbers(page: Page, testId: string, column: number): Promise<number[]> {
  const cells = await page.getByTestId(testId).locator(`tbody tr.ant-table-row td:nth-child(${column})`).allInnerTexts();
  return cells.map((c) => Number.parseFloat(c.replace(/[^\d.]/g, ''))).filter((n) => Number.isFinite(n));
}

/**
 * The column's numbers once the table shows them in the given order: the header is marked as
 * soon as it is clicked, while the rows of the previous order may stay until the server answers.
 */
async function columnInOrder(page: Page, testId: string, column: number, order: 'asc' | 'desc'): Promise<number[]> {
  await page.waitForFunction(
    ({ testId, column, order }) => {
      const numbers = Array.from(
        document.querySelectorAll(`[data-testid="${testId}"] tbody tr.ant-table-row td:nth-child(${column})`),
        (cell) => Number.parseFloat((cell.textContent ?? '').replace(/[^\d.]/g, '')),
      ).filter((n) => Number.isFinite(n));
      return numbers.length > 2 && numbers.every((n, i) => i === 0 || (order === 'asc' ? numbers[i - 1] <= n : numbers[i - 1] >= n));
    },
    { testId, column, order },
  );
  return columnNumbers(page, testId, column);
}

const scoreHeader = (page: Page) => page.getByTestId('inspections-table').locator('th').filter({ hasText: '得分' });

describe('lists', () => {
  it('sorts the inspections by score on the server and keeps the sort through a reload and on the next page', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'quality@demo.test');
    await page.goto('/inspections');
    await page.getByTestId('inspections-table').locator('tbody tr.ant-table-row').first().waitFor();
    // No sort chosen: newest first (the API's default), no column marked.
    await expect(scoreHeader(page).getAttribute('aria-sort')).resolves.toBeNull();

    await scoreHeader(page).click();
    await page.waitForURL(/sort=score&order=asc/);
    await page.waitForFunction(() => document.querySelector('[data-testid="inspections-table"] th[aria-sort="ascending"]'));
    const ascending = await columnInOrder(page, 'inspections-table', 4, 'asc');
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await scoreHeader(page).click();
    await page.waitForURL(/sort=score&order=desc/);
    await page.waitForFunction(() => document.querySelector('[data-testid="inspections-table"] th[aria-sort="descending"]'));
    await page.waitForFunction(() => !document.querySelector('[data-testid="inspections-table"] .ant-spin-spinning'));
    const descending = await columnInOrder(page, 'inspections-table', 4, 'desc');
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending).not.toEqual(ascending);

    // A reload keeps the sort: the same rows in the same order, the column still marked.
    await page.reload();
    await page.getByTestId('inspections-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(page.url()).toMatch(/sort=score&order=desc/);
    await expect(scoreHeader(page).getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(columnNumbers(page, 'inspections-table', 4)).resolves.toEqual(descending);
    await shot(page, 'zh-inspections-sorted-by-score');

    // The next page goes on below the lowest score of the first.
    await page.getByTestId('next-page').click();
    await page.waitForURL(/page=2/);
    expect(page.url()).toMatch(/sort=score&order=desc/);
    await page.waitForFunction(() => !document.querySelector('[data-testid="inspections-table"] .ant-spin-spinning'));
    // (The first page's rows may stay on screen until the second page's answer arrives.)
    const lowest = Math.min(...descending);
    await page.waitForFunction((lowest) => {
      const numbers = Array.from(
        document.querySelectorAll('[data-testid="inspections-table"] tbody tr.ant-table-row td:nth-child(4)'),
        (cell) => Number.parseFloat((cell.textContent ?? '').replace(/[^\d.]/g, '')),
      ).filter((n) => Number.isFinite(n));
      return numbers.length > 0 && numbers.every((n) => n <= lowest);
    }, lowest);
    const next = await columnNumbers(page, 'inspections-table', 4);
    expect(next.length).toBeGreaterThan(0);
    expect(Math.max(...next)).toBeLessThanOrEqual(lowest);
    expect(problems).toEqual([]);
    await context.close();
  });
});
