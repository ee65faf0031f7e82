import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * Browser hardening for every response (@fastify/helmet): a Content-Security-Policy, no framing,
 * no MIME sniffing, no referrer. docs/security.md explains each choice.
 *
 * - Scripts only from this origin: no inline script, no eval (the Vite build needs neither).
 *   WebAssembly may be compiled ('wasm-unsafe-eval', which allows no JavaScript eval): the field
 *   app's QR reader is ZXing compiled to wasm, served by the app itself, where the browser has no
 *   native BarcodeDetector (iOS, desktop, in-app browsers).
 * - Styles from this origin and inline: antd styles its components with CSS-in-JS, inserting
 *   <style> elements at run time. antd itself can put a nonce on them (ConfigProvider `csp`), but
 *   the rc-component utilities under it (the modal's scroll lock, the table's scrollbar
 *   measurement) insert theirs with no way to pass one, so a nonce policy breaks modals. The
 *   protection against injected code is the script policy.
 * - Images from here, data: (antd's empty-state pictures) and blob: (uploaded photos are fetched
 *   with the token and shown through blob URLs).
 * - No plugins, no <base>, forms only to this origin, never inside a frame.
 * - No upgrade-insecure-requests: TLS is the proxy's job (it also sets HSTS), and the app must
 *   work over plain HTTP on a LAN and in the tests.
 */
export const helmetOptions: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'", "'unsafe-inline'"],
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
