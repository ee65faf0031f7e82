// `npm test` runs every project's jest config in one jest process.
module.exports = {
  // Applies to every project (a per-project testTimeout is ignored in multi-project runs).
  testTimeout: 30000,
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/libs/api/*/jest.config.js',
    '<rootDir>/apps/*/jest.config.js',
  ],
};
