// Vite config of the admin web client.
//   dev:   npx vite -c apps/web/vite.config.mts          (proxies /graphql, /downloads, /calendar, /uploads and /files to the API on :4000)
//   build: npx vite build -c apps/web/vite.config.mts    (→ dist/apps/web, served by the API in production)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildSchema, parse } from 'graphql';
import { ClientSideBaseVisitor } from '@graphql-codegen/visitor-plugin-common';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/apps/web', import.meta.url));

/**
 * @pinzhi/domain is pure, side-effect-free TypeScript reached through one barrel (index.ts).
 * Saying so lets the bundler drop the modules (and their dependencies, e.g. rrule) that a chunk
 * does not use; otherwise a top-level `new Set([RRule.DAILY, …])` keeps rrule in every bundle.
 */
function sharedLibsAreSideEffectFree(): Plugin {
  const shared = /[\\/]libs[\\/]domain[\\/]src[\\/]/;
  return {
    name: 'pinzhi-side-effect-free-domain',
    transform(_code, id) {
      return shared.test(id) ? { code: _code, moduleSideEffects: false } : null;
    },
  };
}

/**
 * What the client preset's babel optimizer (`@graphql-codegen/client-preset` babelOptimizerPlugin)
 * does, for this Babel-less build, one step further: each `graphql(`…`)` call becomes an import
 * of that one generated document (named by the same codegen visitor), served as a module of its
 * own (copied from gql/graphql.ts), so a page's chunk carries only the documents it uses.
 * Otherwise every page — the sign-in page too — loads all ~240 documents (~50 KB gzip).
 * Tests and type checking keep using graphql() as written.
 */
function graphqlDocumentsByImport(): Plugin {
  const gqlDir = fileURLToPath(new URL('./src/gql/', import.meta.url));
  const visitor = new ClientSideBaseVisitor(buildSchema('type Query { _: Int }'), [], {}, {});
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const PREFIX = 'virtual:pinzhi-gql/';
  let generated: Map<string, string> | null = null;
  const documents = () => {
    // graphql.ts has one `export const XDocument = {…json…} as unknown as DocumentNode<…>;` line per document.
    generated ??= new Map(
      Array.from(
        readFileSync(join(gqlDir, 'graphql.ts'), 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm),
        (m) => [m[1], m[2]] as const,
      ),
    );
    return generated;
  };
  return {
    name: 'pinzhi-graphql-documents-by-import',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      const json = documents().get(name);
      if (!json) throw new Error(`${name} is not in apps/web/src/gql/graphql.ts: run npm run codegen`);
      return `export const ${name} = ${json};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      const rewritten = code.replace(call, (whole, body: string) => {
        const def = parse(body).definitions[0];
        const name =
          def?.kind === 'OperationDefinition' && def.name
            ? visitor.getOperationVariableName(def)
            : def?.kind === 'FragmentDefinition'
              ? visitor.getFragmentVariableName(def)
              : null;
        if (!name) return whole;
        names.add(name);
        return name;
      });
      if (!names.size) return null;
      const imports = [...names].map((n) => `import { ${n} } from '${PREFIX}${n}';`).join('\n');
      return { code: `${imports}\n${rewritten}`, map: null };
    },
  };
}

/**
 * Writes .gz and .br next to every compressible asset, so the API can serve them precompressed
 * (@fastify/static `preCompressed: true`) without compressing on each request.
 */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'pinzhi-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file) || statSync(file).size < 1024) continue;
        const data = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}
const apiTarget = process.env.API_URL ?? 'http://localhost:4000';
/** Paths served by the API: GraphQL, exports, iCal feeds, photo uploads and stored files. */
const API_PROXY = Object.fromEntries(
  ['/graphql', '/downloads', '/calendar', '/uploads', '/files'].map((path) => [path, { target: apiTarget, changeOrigin: true }]),
);

/**
 * The installable field app (现场): a web app manifest and a service worker whose scope is /field/
 * — it precaches the app shell (every built script, style and the QR reader's wasm) so the field
 * pages open offline, and sends the outbox on Background Sync (src/sw.ts). The admin pages and the
 * public survey (/s/*, its own entry) are outside its scope; survey.html is not precached.
 */
function fieldApp(): Plugin[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    injectRegister: false,
    scope: '/field/',
    manifest: {
      id: '/field/',
      name: '品质 · 现场检查与巡逻',
      short_name: '品质现场',
      description: '离线可用的现场检查、巡逻扫码与同步 · Offline-first inspections and patrols',
      lang: 'zh-CN',
      start_url: '/field/',
      scope: '/field/',
      display: 'standalone',
      orientation: 'portrait',
      background_color: '#f5f5f5',
      theme_color: '#1677ff',
      icons: [
        { src: '/field-icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/field-icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/field-icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,svg,png,wasm}'],
      globIgnores: ['survey.html', '**/*.gz', '**/*.br'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  }) as Plugin[];
}

export default defineConfig({
  root,
  base: '/',
  plugins: [graphqlDocumentsByImport(), react(), sharedLibsAreSideEffectFree(), ...fieldApp(), precompress()],
  resolve: { tsconfigPaths: true },
  server: {
    port: 4200,
    proxy: API_PROXY,
  },
  preview: {
    port: 4300,
    proxy: API_PROXY,
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // Two entries: the admin app, and the public survey page (/s/<token>, served by the API from
      // survey.html) that customers open on their phones — without the admin shell.
      input: { main: join(root, 'index.html'), survey: join(root, 'survey.html') },
    },
  },
});
