// Vite config of the admin web client.
//   dev:   npx vite -c apps/web/vite.config.mts          (proxies /graphql, /downloads, /calendar, /uploads and /files to the API on :4000)
//   build: npx vite build -c apps/web/vite.config.mts    (→ dist/apps/web, served by the API in production)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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
const API_PROXY = Object.fromEntries(['/graphql', '/downloads', '/calendar', '/uploads', '/files'].map((path) => [path, { target: apiTarget, changeOrigin: true }]));

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), sharedLibsAreSideEffectFree(), precompress()],
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
  },
});
