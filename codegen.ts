// graphql-codegen (client-preset): typed operations for the web client, generated offline from
// the committed API schema.   Run: npx graphql-codegen --config codegen.ts   (nx: npx nx run web:codegen)
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*', '!apps/web/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: {
          DateTimeISO: { input: 'string', output: 'string' },
          LocalDate: { input: 'string', output: 'string' },
          JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
          JSON: { input: 'unknown', output: 'unknown' },
        },
        // Scalars added to the API later are typed `unknown` until mapped here.
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
