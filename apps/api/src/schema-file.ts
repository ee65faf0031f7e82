import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema, modules } from '@pinzhi/api-server';
import { RateLimits } from '@pinzhi/api-core';
import { PlatformDb, RateLimitStore, createDataSource } from '@pinzhi/db/platform';

/** The SDL the code defines, sorted so that diffs of schema.graphql stay readable. */
export async function printSchemaFromCode(): Promise<string> {
  // The DataSource is never opened: building the schema needs no database.
  const dataSource = createDataSource({ url: 'sqlite::memory:' });
  const platform = new PlatformDb(dataSource);
  const rateLimits = new RateLimits(new RateLimitStore(dataSource), RateLimitStore.key);
  const m = modules(platform, { jwtSecret: 'x'.repeat(32), tokenTtlSeconds: 60, maxFailedLogins: 5, lockoutSeconds: 60 }, { rateLimits });
  const schema = await createSchema(m.resolvers, m.instances);
  return `# Generated from the code by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
