/**
 * Applies pending migrations to the database in DATABASE_URL (default: the SQLite file
 * under ./data) without starting the server: `npm run migrate`.
 */
import 'reflect-metadata';
import { loadConfig, ConfigError } from '@pinzhi/api-server';
import { dialectOf, migrate, openDataSource } from '@pinzhi/db/platform';

(async () => {
  let url: string;
  try {
    url = loadConfig(process.env).databaseUrl;
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const ds = await openDataSource({ url });
  try {
    const applied = await migrate(ds);
    console.log(applied.length ? `${dialectOf(url)}: applied ${applied.join(', ')}` : `${dialectOf(url)}: schema up to date`);
  } finally {
    await ds.destroy();
  }
})().catch((e) => {
  console.error('migration failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
