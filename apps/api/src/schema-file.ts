import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema, modules } from '@pinzhi/api-server';
import { PlatformDb, createDataSource } from '@pinzhi/db/platform';

/** The SDL the code defines, sorted so that diffs of schema.graphql stay readable. */
export async function printSchemaFromCode(): Promise<string> {
  // The DataSource is never opened: building the schema needs no database.
  const platform = new PlatformDb(createDataSource({ url: 'sqlite::memory:' }));
  const m = modules(platform, { jwtSecret: 'x'.repeat(32), tokenTtlSeconds: 60, maxFailedLogins: 5, lockoutSeconds: 60 });
  const schema = await createSchema(m.resolvers, m.instances);
  return `# Generated from the code by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
