// Browser tests (playwright-core + Debian's /usr/bin/chromium) against the built app.
// Named *.e2e.config.js so the root `npm test` (apps/*/jest.config.js) does not pick it up.
//   npm run build && npx jest -c apps/e2e/jest.e2e.config.js
//   E2E_BASE_URL=http://localhost:4000 npx jest -c apps/e2e/jest.e2e.config.js   (use a running app)
//   E2E_WORKERS=1 ...   (one worker: one app, files one after another)
module.exports = {
  displayName: 'e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/global-setup.ts',
  globalTeardown: '<rootDir>/src/global-teardown.ts',
  // Fails any test after which a page reported a Content-Security-Policy violation.
  setupFilesAfterEnv: ['<rootDir>/src/jest.e2e.setup.ts'],
  testTimeout: 120000,
  // Two workers, each with its own app and database (global-setup starts one per worker): a browser
  // test spends most of its time waiting on the page, so two at once use a 2-core machine better
  // (the suite took ~20 minutes with one). Files never share an app with a file running beside them.
  maxWorkers: Number(process.env.E2E_WORKERS) || 2,
};
