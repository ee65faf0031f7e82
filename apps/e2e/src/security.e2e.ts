import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, openPage, signIn, takeCspViolations } from './browser';

/**
 * Browser hardening (issue 16, defect 7): the app runs under its Content-Security-Policy (every
 * e2e test fails on a violation, jest.e2e.setup.ts), and the policy really blocks what it should.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('security headers and the Content-Security-Policy', () => {
  it('sends the policy, and no framing, sniffing or referrer, with every page', async () => {
    for (const path of ['/', '/projects', '/s/some-token']) {
      const res = await fetch(`${baseUrl()}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('runs the signed-in app with antd’s styles under the policy, and blocks injected scripts', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'quality@demo.test');
    await page.goto('/projects');
    await page.getByTestId('user-menu').waitFor();
    // antd's run-time styles apply (a primary button is antd's blue, not the browser's grey).
    const styles = await page.evaluate(() => document.querySelectorAll('style').length);
    expect(styles).toBeGreaterThan(0);
    expect(takeCspViolations()).toEqual([]);

    // What an HTML injection would try: an inline script, an inline event handler, a javascript: URL.
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: string[] };
      w.injected = [];
      const script = document.createElement('script');
      script.textContent = 'window.injected.push("script")';
      document.body.appendChild(script);
      const div = document.createElement('div');
      div.innerHTML = '<img src="data:," onload="window.injected.push(\'handler\')">';
      document.body.appendChild(div);
      const a = document.createElement('a');
      a.href = 'javascript:window.injected.push("url")';
      document.body.appendChild(a);
      a.click();
      await new Promise((r) => setTimeout(r, 200));
      return w.injected;
    });
    expect(ran).toEqual([]);
    await page.waitForTimeout(200);
    const blocked = takeCspViolations();
    expect(blocked.filter((v) => /script-src/.test(v)).length).toBeGreaterThanOrEqual(3);
    expect(problems.filter((p) => !/Content Security Policy|Refused to/.test(p))).toEqual([]);
    await context.close();
  });
});
