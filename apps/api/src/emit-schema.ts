/** Writes apps/api/schema.graphql from the code (`npm run schema`); a test fails when it is stale. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFromCode } from './schema-file';

printSchemaFromCode()
  .then((sdl) => writeFileSync(join(__dirname, '..', 'schema.graphql'), sdl))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
