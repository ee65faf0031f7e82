// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- unzipper ships no types (declared next to the archive writer)
/// <reference path="../../../libs/api/lifecycle/src/vendor.d.ts" />
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { Open } from 'unzipper';
import { confirmPopconfirm, launchBrowser, openPage, PASSWORD, shot, watchGraphql } from './browser';

/**
 * The platform operator's console (issue 27): the operator signs in at /platform/login, creates
 * 华信物业 with its first admin and copies the invitation link; the admin opens it, sets a
 * password and lands in the app. The operator suspends the company: the admin, still signed
 * in, is sent to sign-in with "公司已停用…" and cannot sign in; reactivated, the admin signs in
 * again. A company of its own (a fresh code), so no demo account changes. Then, from that
 * company's row, the operator's 数据导出与注销: an export requested, run by the scheduler and
 * downloaded over the operator's route, and the company's deletion scheduled with its code and
 * cancelled.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const code = `huaxin-${Date.now().toString(36)}`;
const adminEmail = `${code}@huaxin.test`;
const adminPassword = '华信-harbour-lantern-2026';

async function operatorSignIn(op: Page) {
  await op.goto('/platform/login');
  await op.getByTestId('platform-login-form').waitFor();
  await op.locator('#email').fill('operator@platform.test');
  await op.locator('#password').fill(PASSWORD);
  await op.getByTestId('platform-login-submit').click();
  await op.getByTestId('platform-companies').waitFor();
}

it('creates a company with its admin, suspends it (its member is signed out and told) and reactivates it', async () => {
  const operator = await openPage(browser);
  const op = operator.page;
  await operatorSignIn(op);
  await op.getByTestId('platform-company-demo').waitFor();
  await shot(op, 'platform-companies');

  // A new company with its first admin: the invitation link is shown to copy.
  await op.getByTestId('platform-company-create').click();
  await op.getByTestId('platform-company-code').fill(code);
  await op.getByTestId('platform-company-name').fill('华信物业');
  await op.getByTestId('platform-company-admin-email').fill(adminEmail);
  await op.getByTestId('platform-company-admin-name').fill('华信管理员');
  await op.getByTestId('platform-company-submit').click();
  const link = (await op.getByTestId('platform-invitation-link').innerText()).trim();
  expect(link).toMatch(/\/invitations\/[0-9a-f-]{36}\.[A-Za-z0-9_-]+$/);
  await shot(op, 'platform-invitation-link', { fullPage: false });
  await op.getByTestId('platform-invitation-done').click();
  const row = op.getByTestId(`platform-company-${code}`);
  await row.waitFor();

  // The admin opens the link, chooses a password and lands in the app.
  const admin = await openPage(browser);
  await admin.page.goto(new URL(link).pathname);
  await admin.page.getByTestId('invitation-intro').waitFor();
  expect(await admin.page.getByTestId('invitation-intro').innerText()).toContain('华信物业');
  await admin.page.getByTestId('invitation-password').fill(adminPassword);
  await admin.page.getByTestId('invitation-confirm').fill(adminPassword);
  await admin.page.getByTestId('accept-invitation').click();
  await admin.page.getByTestId('user-menu').waitFor();
  expect(await admin.page.getByTestId('current-user').innerText()).toBe('华信管理员');

  // The operator suspends the company: the signed-in admin's next request is refused and says why.
  await op.reload();
  const suspended = row.getByTestId('platform-company-suspended');
  await confirmPopconfirm(op, row.getByTestId('platform-suspend'), 'platform-suspend-confirm', () => suspended.isVisible());
  await row.getByTestId('platform-company-suspended').waitFor();
  await shot(op, 'platform-company-suspended');
  const graphql = watchGraphql(admin.page);
  await admin.page.reload();
  await graphql.idle();
  await admin.page.waitForURL(/\/login\?reason=TENANT_SUSPENDED/);
  const notice = admin.page.getByTestId('login-notice');
  await notice.filter({ hasText: '公司已停用' }).waitFor();
  await shot(admin.page, 'platform-member-suspended');
  // Signing in again is refused with the same message.
  await admin.page.locator('#email').fill(adminEmail);
  await admin.page.locator('#password').fill(adminPassword);
  await admin.page.getByTestId('login-submit').click();
  await notice.filter({ hasText: '公司已停用' }).waitFor();

  // Reactivated, the admin signs in again.
  await row.getByTestId('platform-reactivate').click();
  await row.getByTestId('platform-suspend').waitFor();
  await admin.page.getByTestId('login-submit').click();
  await admin.page.getByTestId('user-menu').waitFor();
  expect(operator.problems.concat(admin.problems).filter((p) => !/401|403|UNAUTHENTICATED/.test(p))).toEqual([]);
});

it("exports the company's data from its row, downloads the archive, and schedules and cancels its deletion", async () => {
  const { page: op, context, problems } = await openPage(browser);
  const graphql = watchGraphql(op);
  try {
    await operatorSignIn(op);
    const row = op.getByTestId(`platform-company-${code}`);
    await row.waitFor();
    await row.getByTestId('platform-lifecycle-open').click();
    const drawer = op.getByTestId('platform-lifecycle');
    await drawer.waitFor();
    await graphql.idle();
    expect(await drawer.innerText()).toContain('这家公司还没有导出过数据');

    // Request an export: the scheduler runs the job and the drawer polls until it is ready.
    await op.getByTestId('platform-request-export').click();
    const download = op.locator('[data-testid^="platform-download-export-"]').first();
    await download.waitFor({ timeout: 60_000 });
    expect(await op.locator('[data-testid^="platform-export-state-"]').first().innerText()).toBe('可下载');
    expect(await op.getByTestId('platform-exports-table').innerText()).toContain('平台');
    await shot(op, 'platform-company-export-ready');
    const [file] = await Promise.all([op.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^${code}-export-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
    const entries = new Map<string, Buffer>();
    for (const entry of (await Open.buffer(readFileSync((await file.path())!))).files) entries.set(entry.path, await entry.buffer());
    expect(JSON.parse(entries.get('manifest.json')!.toString()).company.slug).toBe(code);

    // Schedule the deletion: the wrong code is refused in the form, the right one schedules it; then cancel it.
    await op.getByTestId('platform-request-deletion').click();
    await op.getByTestId('platform-deletion-code').fill('demo');
    await op.getByTestId('platform-confirm-deletion').click();
    await op.locator('.ant-form-item-explain-error').first().waitFor();
    await op.getByTestId('platform-deletion-code').fill(code);
    await op.getByTestId('platform-confirm-deletion').click();
    const scheduled = op.getByTestId('platform-deletion-scheduled');
    await scheduled.waitFor();
    expect(await scheduled.innerText()).toMatch(/还剩 30 天/);
    await shot(op, 'platform-company-deletion-scheduled');
    await op.getByTestId('platform-cancel-deletion').click();
    await op.getByTestId('platform-request-deletion').waitFor();

    // All of it is in the platform's audit trail.
    await op.getByTestId('platform-lifecycle').press('Escape');
    await op.getByTestId('platform-nav-audit').click();
    const audit = op.getByTestId('platform-audit');
    await audit.getByText('撤销公司注销').first().waitFor();
    const trail = await audit.innerText();
    for (const label of ['申请导出公司数据', '下载公司数据导出', '申请注销公司', '撤销公司注销']) expect(trail).toContain(label);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
