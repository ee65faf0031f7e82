// Runs around every browser test: the app's Content-Security-Policy must hold on every page the
// test opened (browser.ts collects the violations of every context it creates).
import { takeCspViolations } from './browser';

beforeEach(() => {
  takeCspViolations();
});

afterEach(() => {
  const violations = takeCspViolations();
  if (violations.length) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
});
