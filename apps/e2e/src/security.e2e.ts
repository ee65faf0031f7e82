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
  it('sends the policy with a fresh style nonce on every page, and no framing, sniffing or referrer', async () => {
    const first = await fetch(`${baseUrl()}/projects`, { headers: { accept: 'text/html' } });
    const second = await fetch(`${baseUrl()}/`, { headers: { accept: 'text/html' } });
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    const nonce = /style-src 'self' 'nonce-([0-9a-f]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const html = await first.text();
    expect(html).toContain(`<meta name="csp-nonce" content="${nonce}" />`);
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce!);
    expect(first.headers.get('x-frame-options')).toBe('DENY');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    // The raw file is never served without its nonce.
    const raw = await fetch(`${baseUrl()}/index.html`, { headers: { accept: 'text/html' } });
    expect(await raw.text()).toContain('<meta name="csp-nonce"');
  });

  it('runs the signed-in app with antd’s styles under the policy, and blocks injected scripts and stylesheets', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'quality@demo.test');
    await page.goto('/projects');
    await page.getByTestId('user-menu').waitFor();
    // antd's inserted <style> elements carry the nonce, so its components are styled.
    const styled = await page.evaluate(() => {
      const nonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content');
      const inserted = [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('.ant-'));
      return { inserted: inserted.length, allNonced: inserted.every((s) => s.nonce === nonce) };
    });
    expect(styled.inserted).toBeGreaterThan(0);
    expect(styled.allNonced).toBe(true);
    expect(takeCspViolations()).toEqual([]);

    // What an HTML injection would try: an inline script and a stylesheet without the nonce.
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.appendChild(script);
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      document.head.appendChild(style);
      await new Promise((r) => setTimeout(r, 100));
      return { script: w.injected === true, hidden: getComputedStyle(document.body).display === 'none' };
    });
    expect(ran).toEqual({ script: false, hidden: false });
    await page.waitForTimeout(200);
    const blocked = takeCspViolations();
    expect(blocked.some((v) => /script-src/.test(v))).toBe(true);
    expect(blocked.some((v) => /style-src/.test(v))).toBe(true);
    expect(problems.filter((p) => !/Content Security Policy|Refused to/.test(p))).toEqual([]);
    await context.close();
  });
});
