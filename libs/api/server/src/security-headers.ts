import { readFileSync } from 'node:fs';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyReply } from 'fastify';

/**
 * Browser hardening for every response (@fastify/helmet): a Content-Security-Policy, no framing,
 * no MIME sniffing, no referrer. docs/security.md explains each choice.
 *
 * - Scripts only from this origin (the Vite build has no inline script).
 * - Style elements need this response's nonce: antd's CSS-in-JS inserts <style> elements at run
 *   time and is given the nonce through ConfigProvider `csp` (the web client reads it from
 *   `<meta name="csp-nonce">`, which `sendHtml` writes into each HTML page). Injected markup
 *   cannot add a stylesheet. Style *attributes* stay allowed (`style-src-attr 'unsafe-inline'`):
 *   antd and rc-components position popups and measure text with inline styles, and an attribute
 *   cannot load anything or select other elements.
 * - Images from here, data: (antd's empty-state pictures) and blob: (uploaded photos are fetched
 *   with the token and shown through blob URLs).
 * - No plugins, no <base>, forms only to this origin, never inside a frame.
 * - No upgrade-insecure-requests: TLS is the proxy's job (it also sets HSTS), and the app must
 *   work over plain HTTP on a LAN and in the tests.
 */
export const helmetOptions: FastifyHelmetOptions = {
  enableCSPNonces: true,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'style-src-attr': ["'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    },
  },
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // Same-origin resources only; the app embeds nothing from elsewhere.
  crossOriginResourcePolicy: { policy: 'same-origin' },
};

const pages = new Map<string, string>();

/**
 * An HTML page of the built client with this response's CSP nonce: on its own <style> elements
 * and in `<meta name="csp-nonce">` for the styles the client inserts later. The file is read
 * once (the build does not change under a running server).
 */
export function sendHtml(reply: FastifyReply, file: string): FastifyReply {
  let html = pages.get(file);
  if (html === undefined) {
    html = readFileSync(file, 'utf8');
    pages.set(file, html);
  }
  const nonce = (reply as FastifyReply & { cspNonce?: { style: string } }).cspNonce?.style ?? '';
  const page = html
    .replace(/<style>/g, `<style nonce="${nonce}">`)
    .replace(/<head>/, `<head>\n    <meta name="csp-nonce" content="${nonce}" />`);
  return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
}
