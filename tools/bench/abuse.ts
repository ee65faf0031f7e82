// How long abusive GraphQL requests take to be refused, and how /healthz answers while they
// arrive — with the limits as configured, and with the token and body limits lifted (what the
// server did before issue 16). Figures for docs/security.md; the test of the same requests
// (codes only) is apps/api/integration/abuse.spec.ts.
//
//   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/abuse.ts
//
// Runs on a throwaway SQLite database with the demo data, production mode, real HTTP.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createApp, loadConfig } from '@pinzhi/api-server';
import { PlatformDb, migrate, openDataSource } from '@pinzhi/db/platform';
import { DEMO_PASSWORD, seedDemo } from '@pinzhi/seed';

const HUGE = `{ me {${' role'.repeat(1_600_000)} } }`;
const SPREADS = `query { ${'...F '.repeat(5000)}} fragment F on Query { __typename }`;
// Encoded once, so the client's own JSON.stringify is not timed (it runs in this process too).
const PAYLOADS = new Map([HUGE, SPREADS].map((q) => [q, JSON.stringify({ query: q })]));

async function run(label: string, env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'pinzhi-abuse-'));
  const url = `sqlite:${join(dir, 'db.sqlite')}`;
  const dataSource = await openDataSource({ url });
  await migrate(dataSource);
  await seedDemo(new PlatformDb(dataSource), new Date());
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: url,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    WEB_DIST: join(dir, 'no-web'),
    UPLOAD_DIR: join(dir, 'uploads'),
    ...env,
  });
  const app = await createApp({ config, dataSource, logger: pino({ level: 'silent' }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const post = async (path: string, query: string, token?: string) => {
    const payload = PAYLOADS.get(query) ?? JSON.stringify({ query });
    const started = performance.now();
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: payload,
    });
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }>; data?: { login?: { token: string } } };
    return { ms: performance.now() - started, status: res.status, code: body.errors?.[0]?.extensions?.code ?? 'ok', body };
  };
  const login = await post('/graphql', `mutation { login(email: "admin@demo.test", password: "${DEMO_PASSWORD}") { token } }`);
  const token = login.body.data?.login?.token ?? '';
  const probe = async () => {
    const started = performance.now();
    await (await fetch(`${base}/healthz`)).text();
    return performance.now() - started;
  };
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push(await probe());

  const single = [
    ['8 MB / 1.6 M tokens at /graphql', () => post('/graphql', HUGE)],
    ['8 MB / 1.6 M tokens at /graphql/import (signed in)', () => post('/graphql/import', HUGE, token)],
    ['5,000 fragment spreads', () => post('/graphql', SPREADS, token)],
  ] as const;
  console.log(`\n${label}`);
  for (const [name, send] of single) {
    const r = await send();
    console.log(`  ${name}: HTTP ${r.status} ${r.code} in ${r.ms.toFixed(0)} ms`);
  }
  // Four 8 MB requests at once (two at each route) plus the spreads, with /healthz probed every 20 ms.
  let done = false;
  const during: number[] = [];
  const probing = (async () => {
    while (!done) {
      during.push(await probe());
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const started = performance.now();
  await Promise.all([
    post('/graphql', HUGE),
    post('/graphql', HUGE),
    post('/graphql/import', HUGE, token),
    post('/graphql/import', HUGE, token),
    post('/graphql', SPREADS, token),
  ]);
  const wall = performance.now() - started;
  done = true;
  await probing;
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const p = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(1);
  console.log(`  5 abusive requests at once: all answered in ${wall.toFixed(0)} ms`);
  console.log(`  /healthz idle: median ${p(idle, 0.5)} ms, max ${p(idle, 1)} ms`);
  console.log(`  /healthz during: ${during.length} probes, median ${p(during, 0.5)} ms, max ${p(during, 1)} ms`);
  await app.close();
  await dataSource.destroy();
  rmSync(dir, { recursive: true, force: true });
}

async function main() {
  await run('limits as configured (defaults)', {});
  await run('token and body limits lifted (as before issue 16)', {
    GRAPHQL_MAX_TOKENS: '100000000',
    GRAPHQL_MAX_BODY_BYTES: String(9 * 1024 * 1024),
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
