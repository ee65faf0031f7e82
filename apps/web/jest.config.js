// Component tests (jsdom). Run: npx jest -c apps/web/jest.config.js
const preset = require('../../jest.preset.js');

module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: {
    '\\.(css|less)$': 'identity-obj-proxy',
    ...preset.moduleNameMapper,
  },
  // antd 6's helpers ship ES modules only; let swc compile them too.
  transformIgnorePatterns: ['/node_modules/(?!(jose|@ant-design|@rc-component|rc-[^/]+|@babel/runtime)/)'],
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  // As in the root config (which wins in `npm test`): room for a busy machine.
  testTimeout: 120000,
};
