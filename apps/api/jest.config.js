module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // Each spec file gets its own database (SQLite file or MariaDB schema); seeding hashes
  // passwords with argon2, which takes a moment.
  testTimeout: 60000,
  // Migrate and seed once per run (libs/api/testing/src/templates.ts); also set by the root config.
  globalSetup: '<rootDir>/../../libs/api/testing/global-setup.js',
  globalTeardown: '<rootDir>/../../libs/api/testing/global-teardown.js',
};
