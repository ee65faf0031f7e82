import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema, modules } from '@pinzhi/api-server';
import { RateLimits } from '@pinzhi/api-core';
import { PlatformDb, RateLimitStore, createDataSource } from '@pinzhi/db/platform';

/** Every capability wired as the app does, over a DataSource that is never opened (for the schema and route lists). */
export function schemaOnlyModules(): ReturnType<typeof modules> {
  const dataSource = createDataSource({ url: 'sqlite::memory:' });
  const platform = new PlatformDb(dataSource);
  const rateLimits = new RateLimits(new RateLimitStore(dataSource), RateLimitStore.key);
  return modules(platform, { jwtSecret: 'x'.repeat(32), tokenTtlSeconds: 60, maxFailedLogins: 5, lockoutSeconds: 60 }, { rateLimits });
}

/** The SDL the code defines, sorted so that diffs of schema.graphql stay readable. */
export async function printSchemaFromCode(): Promise<string> {
  // Building the schema needs no database.
  const m = schemaOnlyModules();
  const schema = await createSchema(m.resolvers, m.instances);
  return `# Generated from the code by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
