// Jest global teardown: removes the run's templates (global-setup.js) — the SQLite files and,
// on MySQL/MariaDB, every database whose name carries the run's id (templates, and copies a
// crashed test file did not drop).
const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const run = process.env.PINZHI_TEST_RUN;
  if (!run || process.env.PINZHI_TEST_RUN_OWNER !== String(process.pid)) return;
  delete process.env.PINZHI_TEST_RUN_OWNER;
  if (process.env.PINZHI_TEST_TEMPLATES) rmSync(process.env.PINZHI_TEST_TEMPLATES, { recursive: true, force: true });
  const base = process.env.DATABASE_URL;
  if (!base || !/^(mysql|mariadb):\/\//.test(base)) return;
  const { createConnection } = require('mysql2/promise');
  const u = new URL(base);
  const admin = await createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  });
  try {
    const prefix = `pinzhi_t_${run}_`;
    const [rows] = await admin.query('SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA');
    for (const { name } of rows) if (name.startsWith(prefix)) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await admin.end();
  }
};
