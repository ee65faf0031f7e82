import type { Browser } from 'playwright-core';
import { launchBrowser, navKeys, openPage, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('language switch', () => {
  it('switches every string, antd components and dates, and remembers the choice', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'admin@demo.test');
    await page.goto('/projects?sort=code&order=asc');
    await page.getByTestId('projects-table').getByText('SH-001').waitFor();
    await page.getByText('翠湖花园物业服务项目').waitFor();
    await expect(page.getByTestId('projects-table').innerText()).resolves.toContain('2024/01/01 ~ 2026/12/31');
    await expect(page.getByTestId('side-nav').innerText()).resolves.toContain('项目管理');

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('page-title').getByText('Projects').waitFor();
    const nav = await page.getByTestId('side-nav').innerText();
    expect(nav).toContain('Portfolio');
    expect(nav).toContain('Users & roles');
    const table = await page.getByTestId('projects-table').innerText();
    expect(table).toContain('Project code');
    expect(table).toContain('Operating'); // stage tags
    expect(table).toContain('01/01/2024 ~ 12/31/2026'); // SH-001's contract, in the English date format
    expect(table).not.toMatch(/\d\s*[年月日]/); // no Chinese dates (names in the data, e.g. 月度检查, stay as written)
    await expect(page.getByTestId('total-count').innerText()).resolves.toMatch(/in total/);
    await shot(page, 'en-projects');

    // Remembered across reloads; antd's own texts (date picker) follow.
    await page.goto('/projects/new');
    await page.getByTestId('project-form').waitFor();
    await expect(page.locator('#contractStart').getAttribute('placeholder')).resolves.toBe('Select date');
    expect(await navKeys(page)).toContain('audit');

    await page.getByTestId('language-switch').getByText('中文').click();
    await expect(page.locator('#contractStart').getAttribute('placeholder')).resolves.toBe('请选择日期');
    await page.getByTestId('page-title').getByText('新建项目').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('pinzhi.lang'))).toBe('zh-CN');
    expect(problems).toEqual([]);
    await context.close();
  });
});
