module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // Each spec file gets its own database (SQLite file or MariaDB schema); seeding hashes
  // passwords with argon2, which takes a moment.
  testTimeout: 60000,
};
