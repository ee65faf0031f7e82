// `npm test` runs every project's jest config in one jest process.
const { availableParallelism } = require('node:os');

module.exports = {
  // Jest's default (cores − 1) is a single worker on a 2-core CI machine; the suites spend much
  // of their time waiting on the database, so two workers there roughly halve the run.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // Applies to every project (a per-project testTimeout is ignored in multi-project runs).
  testTimeout: 30000,
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/libs/api/*/jest.config.js', '<rootDir>/apps/*/jest.config.js'],
};
