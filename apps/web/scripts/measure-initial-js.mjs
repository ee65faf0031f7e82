#!/usr/bin/env node
// Initial JavaScript of a route in the production build: what index.html loads (entry +
// modulepreloads) plus the route's lazy chunk and its static imports, as raw and gzip bytes.
// Usage: node apps/web/scripts/measure-initial-js.mjs [RouteChunkName=LoginPage] [--max-kb=400] [--html=index.html]
// A page with an entry of its own: --html=survey.html with the route `-` (no lazy route chunk).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../../dist/apps/web/', import.meta.url).pathname;
const route = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'LoginPage';
const maxKb = Number((process.argv.find((a) => a.startsWith('--max-kb=')) ?? '--max-kb=400').split('=')[1]);

const htmlFile = (process.argv.find((a) => a.startsWith('--html=')) ?? '--html=index.html').split('=')[1];
const html = readFileSync(join(dist, htmlFile), 'utf8');
const roots = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
const routeChunk = route === '-' ? null : readdirSync(join(dist, 'assets')).find((f) => f.startsWith(`${route}-`) && f.endsWith('.js'));
if (route !== '-' && !routeChunk) throw new Error(`No chunk named ${route}-*.js in ${dist}assets`);

const seen = new Set();
function visit(file) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only (import … from "./x.js" / import "./x.js"); import("./x.js") is lazy.
  for (const m of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) visit(join('assets', m[1].slice(2)));
}
for (const r of roots) visit(r);
if (routeChunk) visit(join('assets', routeChunk));

let raw = 0;
let gzip = 0;
const rows = [...seen].map((file) => {
  const buf = readFileSync(join(dist, file));
  const gz = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gzip += gz;
  return { file, raw: buf.length, gzip: gz };
});
rows.sort((a, b) => b.gzip - a.gzip);
for (const r of rows)
  console.log(`${(r.gzip / 1024).toFixed(1).padStart(8)} KB gz  ${(r.raw / 1024).toFixed(1).padStart(8)} KB  ${r.file}`);
console.log(
  `\n${route}: ${rows.length} JS files, ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (limit ${maxKb} KB)`,
);
if (gzip / 1024 > maxKb) {
  console.error(`Initial JS of ${route} exceeds ${maxKb} KB gzip`);
  process.exit(1);
}
