// Jest global setup (root jest.config.js and apps/api/jest.config.js): one id, template
// directory and seeding instant for the whole run, shared by every worker through the
// environment, so that TestApp migrates and seeds once per run (src/templates.ts).
const { randomBytes } = require('node:crypto');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.PINZHI_TEST_RUN) return; // set by the other config's setup, or by the caller
  process.env.PINZHI_TEST_RUN = randomBytes(4).toString('hex');
  process.env.PINZHI_TEST_TEMPLATES = join(tmpdir(), `pinzhi-test-templates-${process.env.PINZHI_TEST_RUN}`);
  process.env.PINZHI_TEST_SEEDED_AT = new Date().toISOString();
  process.env.PINZHI_TEST_RUN_OWNER = String(process.pid);
};
