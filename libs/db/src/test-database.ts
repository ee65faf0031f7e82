// For the data layer's own specs: a fresh database of the kind DATABASE_URL names (a SQLite
// file in a temporary directory by default, or a scratch MariaDB/MySQL database), migrated,
// and removed again by `drop()`. The statement guard watches it: a statement that reaches
// tenant rows without the tenant predicate throws (wrap deliberate ones in crossTenant('test harness', …)).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialectOf, migrate, openDataSource, type DatabaseOptions } from './data-source';
import { watchStatements } from './statement-guard';
import type { DataSource } from 'typeorm';

export async function openTestDatabase(options: Omit<DatabaseOptions, 'url'> = {}): Promise<{ ds: DataSource; drop: () => Promise<void> }> {
  const base = process.env['DATABASE_URL'];
  if (base && dialectOf(base) === 'mysql') {
    const { createConnection } = await import('mysql2/promise');
    const u = new URL(base);
    const name = `pinzhi_db_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = await createConnection({
      host: u.hostname,
      port: Number(u.port || 3306),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
    });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    u.pathname = `/${name}`;
    const ds = guarded(await openDataSource({ ...options, url: u.toString() }));
    await migrate(ds);
    return {
      ds,
      drop: async () => {
        if (ds.isInitialized) await ds.destroy();
        await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pinzhi-db-'));
  const ds = guarded(await openDataSource({ ...options, url: `sqlite:${join(dir, 'test.sqlite')}` }));
  await migrate(ds);
  return {
    ds,
    drop: async () => {
      if (ds.isInitialized) await ds.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function guarded(ds: DataSource): DataSource {
  watchStatements(ds, (v) => {
    throw new Error(`Statement without the tenant predicate (${v.tables.join(', ')}): ${v.sql}`);
  });
  return ds;
}
