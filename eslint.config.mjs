// ESLint 9 flat config for the whole workspace. Nx infers a `lint` target (`eslint .` run in the
// project root) for every project from this one file; no per-project configs are needed.
//
// Two kinds of rule carry architecture here, not style:
//   1. @nx/enforce-module-boundaries: the arrows between projects, from their tags (project.json).
//   2. no-restricted-imports: tenant isolation (ARCHITECTURE invariant 1) and "web never imports
//      server code".
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts'];
const JS = ['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.jsx'];

// Node globals for the plain-JS files, which are all Node-side (jest configs, tooling scripts such
// as apps/web/scripts/*.mjs); declared here instead of depending on the `globals` package.
const nodeGlobals = Object.fromEntries(
  [
    'require',
    'module',
    'exports',
    '__dirname',
    '__filename',
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'clearImmediate',
    'queueMicrotask',
    'structuredClone',
    'fetch',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
    'performance',
  ].map((g) => [g, 'readonly']),
);

/** Every library type an app may use; apps themselves can never be imported (Nx forbids it). */
const LIB_TYPES = ['type:composition', 'type:feature', 'type:core', 'type:data-access', 'type:util', 'type:seed', 'type:testing'];

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/tmp/**', '**/.nx/**', 'apps/web/src/gql/**'],
  },
  ...nx.configs['flat/base'],

  // --- Baseline: eslint recommended + typescript-eslint recommended (not type-checked: fast). ---
  { files: [...TS, ...JS], extends: [js.configs.recommended] },
  { files: TS, extends: [...tseslint.configs.recommended] },
  {
    files: TS,
    rules: {
      // type-graphql (`NonEmptyArray<Function>`, container `get(cls: Function)`) and TypeORM
      // (`migrations: Function[]`) take plain class references typed as Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // `_unused` parameters document an interface's shape (e.g. TypeORM Logger methods).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Test code may poke at loosely typed responses; warn, don't fail.
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'libs/api/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'warn' },
  },
  { files: JS, languageOptions: { globals: nodeGlobals } },
  // .js files here are CommonJS (no "type": "module" in package.json).
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  {
    // Generated TypeORM migrations: linted like everything else, but long SQL lines are expected.
    files: ['**/migrations/**/*.ts'],
    rules: { 'max-len': 'off' },
  },

  // --- Module boundaries: the dependency arrows between projects. ---
  {
    files: [...TS, ...JS],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            // By scope.
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              // domain is pure TypeScript: no database, no GraphQL, no decorators.
              bannedExternalImports: ['typeorm', 'type-graphql', 'class-validator', 'graphql', 'mysql2', 'better-sqlite3', 'react', 'antd'],
            },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e', 'scope:shared'] },
            // By type (layers). A project with several tags must satisfy every matching constraint.
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:data-access', 'type:util'] },
            // Features may depend on the base feature(s) only, never on each other.
            { sourceTag: 'feature:base', onlyDependOnLibsWithTags: ['type:core', 'type:data-access', 'type:util', 'feature:base'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:core', 'type:data-access', 'type:util', 'feature:base'] },
            {
              sourceTag: 'type:seed',
              onlyDependOnLibsWithTags: ['type:feature', 'feature:base', 'type:core', 'type:data-access', 'type:util'],
            },
            { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:data-access', 'type:util'] },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:composition', 'type:seed', 'type:data-access', 'type:core', 'type:util'],
            },
            // Apps: any library of their own scope (the scope constraints above do the limiting).
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: LIB_TYPES },
          ],
        },
      ],
    },
  },

  {
    // Tooling config at a project root legitimately requires the workspace's shared presets
    // (e.g. apps/web/jest.config.js requires ../../jest.preset.js); they are not project code.
    files: ['**/jest.config.{js,cjs,ts}', '**/vite.config.{ts,mts}'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },

  // --- Tenant isolation by lint (ARCHITECTURE invariant 1). ---
  // Feature and core code reaches data only through ctx.db (TenantDb, which stamps and filters
  // tenantId). The platform entry point and raw TypeORM values are the ways around it, so they
  // are off limits outside tenancy (sign-in is cross-tenant by nature), server (composition
  // root) and testing.
  {
    files: ['libs/api/**/*.ts'],
    ignores: ['libs/api/tenancy/**', 'libs/api/server/**', 'libs/api/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@pinzhi/db/platform',
              message:
                'Feature code gets data only through ctx.db, the tenant-scoped TenantDb; @pinzhi/db/platform (raw DataSource, cross-tenant access) is for tenancy, server and testing only.',
            },
            {
              name: 'typeorm',
              allowTypeImports: true,
              message:
                'Use TenantDb from @pinzhi/db (it scopes every query to the tenant); only type imports from typeorm are allowed here.',
            },
            { name: 'mysql2', message: 'Raw database drivers bypass tenant scoping: use TenantDb from @pinzhi/db.' },
            { name: 'better-sqlite3', message: 'Raw database drivers bypass tenant scoping: use TenantDb from @pinzhi/db.' },
          ],
          patterns: [
            {
              group: ['typeorm/*'],
              allowTypeImports: true,
              message:
                'Use TenantDb from @pinzhi/db (it scopes every query to the tenant); only type imports from typeorm are allowed here.',
            },
            { group: ['mysql2/*'], message: 'Raw database drivers bypass tenant scoping: use TenantDb from @pinzhi/db.' },
          ],
        },
      ],
    },
  },

  // --- Web: never imports server code; React hooks rules. ---
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['typeorm', 'typeorm/*', 'type-graphql', 'type-graphql/*', 'mysql2', 'mysql2/*', 'better-sqlite3'],
              message: 'The web app never imports server code: talk to the API through GraphQL (generated types in src/gql).',
            },
            {
              group: ['@pinzhi/db', '@pinzhi/db/*', '@pinzhi/api-*', '@pinzhi/api-*/*', '@pinzhi/seed', '@pinzhi/seed/*'],
              message: 'The web app never imports server code: only @pinzhi/domain is shared with the API.',
            },
          ],
        },
      ],
    },
  },
  {
    // .ts too: custom hooks live in plain .ts files (e.g. src/lib/url-state.ts).
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    extends: [reactHooks.configs['recommended-latest']],
  },
);
