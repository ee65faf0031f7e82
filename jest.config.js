// `npm test` runs every project's jest config in one jest process.
const { availableParallelism } = require('node:os');
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

// Suites that never open a database: the web's components (jsdom, mocked GraphQL) and the domain
// rules. They give the same result whatever DATABASE_URL says, so CI runs them once, in its SQLite
// pass, and sets JEST_DATABASE_SUITES_ONLY=1 for the MariaDB pass (in CI they were ~40% of the MariaDB pass's worker time).
const DATABASE_FREE = ['<rootDir>/apps/web/jest.config.js', '<rootDir>/libs/domain/jest.config.js'];
const databaseSuitesOnly = process.env.JEST_DATABASE_SUITES_ONLY === '1';

module.exports = {
  // Jest's default (cores − 1) is a single worker on a 2-core CI machine; the suites spend much
  // of their time waiting on the database, so two workers there roughly halve the run.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // Applies to every project (a per-project testTimeout is ignored in multi-project runs).
  // Generous: on a 2-core machine shared with other work (load average 10–20), building the
  // run's seeded database template or rendering a large antd page has taken over 30 s. A
  // test that passes is not slowed by it; one that hangs fails after two minutes.
  testTimeout: 120000,
  // API tests migrate and seed once per run into a template each test file copies.
  globalSetup: '<rootDir>/libs/api/testing/global-setup.js',
  globalTeardown: '<rootDir>/libs/api/testing/global-teardown.js',
  projects: databaseSuitesOnly
    ? ['libs', 'libs/api', 'apps']
        .flatMap((dir) => readdirSync(join(__dirname, dir)).map((name) => `${dir}/${name}/jest.config.js`))
        .filter((file) => existsSync(join(__dirname, file)))
        .map((file) => `<rootDir>/${file}`)
        .filter((file) => !DATABASE_FREE.includes(file))
    : ['<rootDir>/libs/*/jest.config.js', '<rootDir>/libs/api/*/jest.config.js', '<rootDir>/apps/*/jest.config.js'],
};
