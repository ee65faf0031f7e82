// Chromium via playwright-core (Debian's /usr/bin/chromium; never `playwright install`).
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { readState, SHOTS_DIR } from './server';

export const PASSWORD = 'pinzhi-demo';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

let baseUrlOverride: string | null = null;

/** The app under test: the suite's (demo data), or the one a test file started for itself (useApp). */
export function baseUrl(): string {
  return baseUrlOverride ?? readState().baseUrl;
}

/** Points this test file's pages and API calls at another app instance (null: back to the suite's). */
export function useApp(url: string | null): void {
  baseUrlOverride = url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  problems: string[];
}

export async function openPage(
  browser: Browser,
  options: { language?: 'zh-CN' | 'en-US'; width?: number; height?: number } = {},
): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    locale: options.language === 'en-US' ? 'en-US' : 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: 1,
  });
  if (options.language) {
    await context.addInitScript((lang) => {
      if (!localStorage.getItem('pinzhi.lang')) localStorage.setItem('pinzhi.lang', lang);
    }, options.language);
  }
  // Generous: CI machines are slower and busier than a developer's (a wait is not a speed test).
  context.setDefaultTimeout(30_000);
  await watchContentSecurityPolicy(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  return { context, page, problems };
}

/**
 * Content-Security-Policy violations seen in any page of any context since the last
 * `takeCspViolations()`. Every test runs with the app's real policy; jest.e2e.setup.ts fails a
 * test after which this list is not empty, whether or not the test looks at `problems`.
 */
const cspViolations: string[] = [];

export function takeCspViolations(): string[] {
  return cspViolations.splice(0, cspViolations.length);
}

/** Collects `securitypolicyviolation` events and Chromium's "Refused to …" console errors. */
export async function watchContentSecurityPolicy(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__pinzhiCspViolation', ({ page }, text: string) => {
    cspViolations.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __pinzhiCspViolation?: (text: string) => void }).__pinzhiCspViolation;
      report?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to (load|apply|execute|connect|frame)/.test(msg.text())) {
      cspViolations.push(`${msg.page()?.url() ?? '?'}: console: ${msg.text()}`);
    }
  });
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-form').waitFor();
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor(); // the header (the side nav is a drawer on phones)
}

/** Visible navigation entries (data-testid nav-<key>). */
export async function navKeys(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^nav-/, ''));
}

/**
 * Screenshot into the shots folder (waits for fonts and spinners): the full page by default; the
 * viewport with `fullPage: false` (modals and drawers, which sit where the viewport is).
 */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await page.evaluate(() => document.fonts.ready);
  await page
    .waitForFunction(() => !document.querySelector('.ant-skeleton-active, .ant-spin-spinning'), undefined, { timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(250); // let antd motion settle
  const file = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** Picks an option in an antd Select identified by its data-testid. */
/**
 * Picks `label` in the antd Select with data-testid `testId` (or the given locator) and checks it
 * took. On a busy machine a click can land while the list is still opening or another list is
 * closing (antd then ignores it), so the list is found through the select's own `aria-controls`
 * (never a neighbour's closing list) and the pick is retried until the select shows the label.
 */
export async function chooseOption(page: Page, testId: string | Locator, label: string): Promise<void> {
  const select = typeof testId === 'string' ? page.getByTestId(testId) : testId;
  const combobox = select.locator('[role="combobox"]').first();
  // antd 6 shows a single select's value in .ant-select-content, a multiple one's as items.
  const shows = async () => ((await select.innerText().catch(() => '')) ?? '').includes(label);
  for (let attempt = 1; ; attempt++) {
    // Open the list unless it is open already (Escape would close a surrounding modal too).
    if ((await combobox.getAttribute('aria-expanded').catch(() => null)) !== 'true') await select.click();
    let listId: string | null = null;
    await expectSoon(async () => (listId = await combobox.getAttribute('aria-controls')) !== null, 5_000).catch(() => undefined);
    const dropdown = listId
      ? page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) })
      : page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave)').last();
    const option = dropdown.locator('.ant-select-item-option').filter({ hasText: label }).first();
    const clicked = await option.click({ timeout: attempt < 3 ? 10_000 : undefined }).then(
      () => true,
      (error: unknown) => {
        if (attempt >= 3) throw error;
        return false;
      },
    );
    if (
      clicked &&
      (await expectSoon(shows, 5_000).then(
        () => true,
        () => false,
      ))
    )
      break;
    if (attempt >= 3) throw new Error(`chooseOption: "${label}" was not chosen in ${String(testId)} after ${attempt} attempts`);
  }
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => undefined);
}

/** Resolves once `check` returns true (polled), rejects after `timeoutMs`. */
async function expectSoon(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Picks an option in the antd Select inside the form item labelled `label`. */
export async function chooseInFormItem(page: Page, itemLabel: string, option: string): Promise<void> {
  const item = page.locator('.ant-form-item').filter({ has: page.locator(`label:text-is("${itemLabel}")`) });
  await item.locator('.ant-select').click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

export async function tableRowsText(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).locator('tbody tr.ant-table-row').allInnerTexts();
}

/** The signed-in page's session token (what the app sends as `Authorization: Bearer …`). */
export async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(() => localStorage.getItem('pinzhi.token'));
  if (!token) throw new Error('Not signed in');
  return token;
}

/** Calls the API directly (as another client would); throws on GraphQL errors. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads loosely typed answers
export async function graphql<T = Record<string, any>>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    signal: AbortSignal.timeout(30_000), // like every browser wait: a Node-side fetch has no limit of its own
    // An empty token calls as nobody (sign-in, invitation acceptance).
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/**
 * Types a date ('YYYY-MM-DD') or date-time ('YYYY-MM-DD HH:mm') into an antd picker (DateField /
 * DateTimeField) found by its data-testid, and confirms it with Enter.
 */
export async function fillPicker(page: Page, testId: string, text: string): Promise<void> {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await page
    .locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')
    .waitFor({ state: 'hidden' })
    .catch(() => undefined);
}

/**
 * Watches a page's GraphQL requests; `idle()` resolves once none has been in flight for
 * `quietMs`. (Playwright's 'networkidle' never comes once the app holds its live-updates
 * stream open.) Call it before the navigation whose requests you want to wait for.
 */
export function watchGraphql(page: Page): { idle: (quietMs?: number, timeoutMs?: number) => Promise<void> } {
  const pending = new Set<unknown>();
  const isGraphql = (url: string) => new URL(url).pathname.startsWith('/graphql');
  page.on('request', (r) => {
    if (isGraphql(r.url())) pending.add(r);
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  return {
    idle: async (quietMs = 500, timeoutMs = 15000) => {
      const deadline = Date.now() + timeoutMs;
      let quietSince = Date.now();
      while (Date.now() < deadline) {
        if (pending.size) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await page.waitForTimeout(50);
      }
      throw new Error(`${pending.size} GraphQL request(s) still in flight after ${timeoutMs} ms`);
    },
  };
}

/**
 * Opens something with an animation (a menu, a Popconfirm) and clicks an item in it until `done`
 * holds — at most three times. On a busy machine a click can land before the item takes clicks
 * (seen in full CI runs for the user menu and the operator's suspend confirmation), and a lost
 * click sends no request, so waiting longer cannot help; the caller's own wait after this then
 * reports what did not happen.
 */
async function openAndClickUntil(page: Page, opener: Locator, item: Locator, done: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 3 && !(await done()); attempt++) {
    if (!(await item.isVisible())) await opener.click({ timeout: 10_000 }).catch(() => undefined);
    await item.click({ timeout: 10_000 }).catch(() => undefined);
    for (let waited = 0; waited < 15_000 && !(await done()); waited += 250) await page.waitForTimeout(250);
  }
}

/** Clicks an item of the header's user menu (see openAndClickUntil). */
export function clickUserMenuItem(page: Page, itemTestId: string, done: () => Promise<boolean>): Promise<void> {
  return openAndClickUntil(page, page.getByTestId('user-menu'), page.getByTestId(itemTestId), done);
}

/** Clicks `trigger` and then its Popconfirm's confirm button (by test id) until `done` holds. */
export function confirmPopconfirm(page: Page, trigger: Locator, confirmTestId: string, done: () => Promise<boolean>): Promise<void> {
  return openAndClickUntil(page, trigger, page.getByTestId(confirmTestId), done);
}

/**
 * Switches the demo company's HANDBOOK_PUBLISH approval flow (seeded active: Quality Center head →
 * GM) on or off as its admin: browser tests that publish handbooks directly switch it off,
 * approvals.e2e switches it on (files of one worker share an app, one after another).
 */
export async function setHandbookApprovalFlow(active: boolean): Promise<void> {
  const login = await graphql<{ login: { token: string } }>(
    '',
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p, tenantSlug: "demo") { token } }',
    { e: 'admin@demo.test', p: PASSWORD },
  );
  await graphql(login.login.token, 'mutation($a: Boolean!) { setApprovalFlowActive(kind: HANDBOOK_PUBLISH, active: $a) { active } }', {
    a: active,
  });
}
