/**
 * Generates one migration per dialect from the difference between the entities and the
 * migrations already written (TypeORM's own schema builder computes the SQL).
 *
 *   npx nx run db:migration-generate --name=AddThing
 *
 * SQLite runs on a throwaway file; MySQL needs MIGRATION_MYSQL_URL or a local MariaDB
 * started with `tools/db/mariadb.sh start` (a scratch database is created and dropped).
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { migrate, openDataSource, type Dialect } from '@pinzhi/db/platform';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: generate-migration <PascalCaseName>');
  process.exit(2);
}
const stamp = Date.now();
const className = `${name}${stamp}`;
const migrationsDir = join(__dirname, '../../libs/db/src/migrations');

function render(up: string[], down: string[]): string {
  const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${up.map((s) => `    await q.query(${q(s)});`).join('\n')}
  }

  async down(q: QueryRunner): Promise<void> {
${down.map((s) => `    await q.query(${q(s)});`).join('\n')}
  }
}
`;
}

async function scratchMysqlUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.MIGRATION_MYSQL_URL ?? execSync('tools/db/mariadb.sh url').toString().trim();
  const u = new URL(base);
  const db = `pinzhi_gen_${stamp}`;
  const admin = await createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  });
  await admin.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  u.pathname = `/${db}`;
  return {
    url: u.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE \`${db}\``);
      await admin.end();
    },
  };
}

async function generate(dialect: Dialect): Promise<void> {
  let url: string;
  let drop = async () => {};
  if (dialect === 'sqlite') url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'pinzhi-gen-')), 'gen.sqlite')}`;
  else ({ url, drop } = await scratchMysqlUrl());
  const ds = await openDataSource({ url });
  try {
    await migrate(ds);
    const log = await ds.driver.createSchemaBuilder().log();
    const up = log.upQueries.map((x) => x.query);
    const down = log.downQueries.map((x) => x.query).reverse();
    if (up.length === 0) {
      console.log(`${dialect}: entities and migrations already agree; nothing written`);
      return;
    }
    const file = `${stamp}-${name}`;
    writeFileSync(join(migrationsDir, dialect, `${file}.ts`), render(up, down));
    const indexPath = join(migrationsDir, dialect, 'index.ts');
    const constName = dialect === 'sqlite' ? 'SQLITE_MIGRATIONS' : 'MYSQL_MIGRATIONS';
    const index = readFileSync(indexPath, 'utf8');
    const imports = [...index.matchAll(/^import .*$/gm)].map((m) => m[0]);
    const names = [...index.matchAll(/^import \{ (\w+) \}/gm)].map((m) => m[1]);
    imports.push(`import { ${className} } from './${file}';`);
    names.push(className);
    writeFileSync(
      indexPath,
      `${imports.join('\n')}\n\n/** Applied in this order. */\nexport const ${constName} = [\n${names.map((n) => `  ${n},`).join('\n')}\n];\n`,
    );
    console.log(`${dialect}: wrote ${file}.ts (${up.length} statements)`);
  } finally {
    await ds.destroy();
    await drop();
  }
}

(async () => {
  const dialects = (process.env.MIGRATION_DIALECTS ?? 'sqlite,mysql').split(',') as Dialect[];
  for (const d of dialects) await generate(d);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
