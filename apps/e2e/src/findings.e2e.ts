// 扣分到人: the inspector fails the guards' hair item (CON-HAI-03, men-only, 保安) at SH-001 and charges
// it to a guard picked from the employees the standard applies to (no woman, no cleaner is offered);
// the stored inspection names him, HR sees the finding on his training record with a link back to
// the inspection, and the Quality Center sees it in the project's table per employee and standard.
import type { Browser } from 'playwright-core';
import { chooseOption, launchBrowser, openPage, shot, signIn, watchGraphql } from './browser';
import { sign } from './inspection-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('findings charged to people', () => {
  it('charging a finding to an employee in the inspection form shows it on the employee’s record', async () => {
    let inspectionPath = '';
    const inspector = await openPage(browser);
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

      const hair = form.locator('[data-testid="inspection-item"][data-standard="CON-HAI-03"]');
      await hair.scrollIntoViewIfNeeded();
      await hair.getByTestId('result-FAIL').click();
      await hair.getByTestId('item-note').fill('保安头发超过 5 厘米');
      const picker = hair.getByTestId('item-employee');
      await picker.waitFor();
      // Only SH-001's male guards are offered: not 朱丽 (a woman, a cleaner) nor 高静.
      await picker.click();
      const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
      await dropdown.locator('.ant-select-item-option').filter({ hasText: '赵勇' }).waitFor();
      const offered = await dropdown.locator('.ant-select-item-option').allInnerTexts();
      expect(offered.some((o) => o.includes('朱丽') || o.includes('高静'))).toBe(false);
      await page.keyboard.press('Escape');
      await chooseOption(page, picker, '赵勇');
      await shot(page, 'finding-charge-to');

      await page.getByTestId('mark-rest-pass').click();
      await sign(page);
      await page.getByTestId('submit-inspection').click();
      await page.getByTestId('submit-confirm').waitFor();
      await page.getByTestId('confirm-submit').click();
      await page.waitForURL(/\/inspections\/(?!perform)[^/?]+$/);
      inspectionPath = new URL(page.url()).pathname;
      await page.getByTestId('inspection-detail').waitFor();
      expect(await page.getByTestId('detail-charged-to').first().innerText()).toContain('赵勇');
      expect(inspector.problems).toEqual([]);
    } finally {
      await inspector.context.close();
    }

    const hr = await openPage(browser);
    try {
      const { page } = hr;
      const idle = watchGraphql(page);
      await signIn(page, 'hr@demo.test');
      await page.goto('/training/employees?q=赵勇');
      await page.locator('[data-testid="employee-row"][data-name="赵勇"]').getByTestId('employee-link').click();
      await page.getByTestId('training-employee-page').waitFor();
      const findings = page.getByTestId('record-findings');
      await findings.locator(`a[href="${inspectionPath}"]`).waitFor();
      const row = findings.getByTestId('finding-row').filter({ has: page.locator(`a[href="${inspectionPath}"]`) });
      expect(await row.innerText()).toContain('CON-HAI-03');
      await idle.idle();
      await shot(page, 'finding-on-record');
      expect(hr.problems).toEqual([]);
    } finally {
      await hr.context.close();
    }

    const quality = await openPage(browser);
    try {
      const { page } = quality;
      await signIn(page, 'quality@demo.test');
      await page.goto('/projects');
      await page.getByText('SH-001').first().waitFor();
      const projectId = inspectionPath ? await projectOf(page, inspectionPath) : '';
      await page.goto(`/projects/${projectId}?tab=findings`);
      const table = page.getByTestId('project-findings');
      await table.getByTestId('project-finding-row').filter({ hasText: '赵勇' }).filter({ hasText: 'CON-HAI-03' }).waitFor();
      await shot(page, 'project-findings');
      expect(quality.problems).toEqual([]);
    } finally {
      await quality.context.close();
    }
  });
});

/** The project of an inspection, from its detail page's project link. */
async function projectOf(page: import('playwright-core').Page, inspectionPath: string): Promise<string> {
  await page.goto(inspectionPath);
  await page.getByTestId('inspection-detail').waitFor();
  const href = await page.locator('a[href^="/projects/"]').first().getAttribute('href');
  return href!.split('/')[2]!.split('?')[0]!;
}
