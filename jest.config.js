// `npm test` runs every project's jest config in one jest process.
module.exports = {
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/libs/api/*/jest.config.js',
    '<rootDir>/apps/*/jest.config.js',
  ],
};
