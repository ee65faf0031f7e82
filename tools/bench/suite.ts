// The benchmark suite: the full API over HTTP against a baseline that issues the same SQL
// directly with mysql2 — the limit the database allows. See docs/performance.md.
//
//   npm run bench                                   (MariaDB at DATABASE_URL, default the dev one on :3307)
//   BENCH_PROJECTS=200 BENCH_ITEM_RESULTS=20000 BENCH_DURATION=3 npm run bench   (a quick run)
//
// Options (env): BENCH_TENANTS (10), BENCH_PROJECTS (2000), BENCH_ITEM_RESULTS (200000),
// BENCH_CONNECTIONS (10), BENCH_DURATION (s, 10), BENCH_WARMUP (s, 3), BENCH_SCENARIOS
// (comma list), BENCH_OUT (tools/bench/results/latest.json).
//
// Works in a throwaway database next to the one in DATABASE_URL (dropped at the end). Every
// figure comes from one run: same data, same queries, both sides on this machine.
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { migrate, openDataSource } from '@pinzhi/db/platform';
import { BENCH_PASSWORD, buildDataset, type BenchTenant } from './lib/dataset';
import { decodeParam, isTransactionControl, type CapturedStatement, type FromApi } from './lib/protocol';
import { isMysqlUrl, mysqlServer, scratchDatabase } from './lib/scratch';
import { SCENARIO_QUERIES } from './lib/queries';

const env = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number (got ${process.env[name]})`);
  return v;
};
const OPTIONS = {
  tenants: env('BENCH_TENANTS', 10),
  projects: env('BENCH_PROJECTS', 2000),
  itemResults: env('BENCH_ITEM_RESULTS', 200_000),
  connections: env('BENCH_CONNECTIONS', 10),
  duration: env('BENCH_DURATION', 10),
  warmup: env('BENCH_WARMUP', 3),
  /** Full and baseline take turns this many times per scenario; figures are the medians (other load on the machine drifts). */
  rounds: env('BENCH_ROUNDS', 3),
};
const OUT = process.env['BENCH_OUT'] ?? join('tools', 'bench', 'results', 'latest.json');
const DATABASE_URL = process.env['DATABASE_URL'] ?? 'mysql://pinzhi:pinzhi@127.0.0.1:3307/pinzhi';

interface Scenario {
  name: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

function scenarios(t: BenchTenant, now: Date): Scenario[] {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const ymd = (d: Date) => d.toISOString().slice(0, 10);
  const prev = new Date(Date.UTC(y, m - 1, 1));
  return [
    {
      name: 'projects-list',
      title: 'projects list page (50 rows)',
      query: SCENARIO_QUERIES.list,
      variables: { first: 50 },
    },
    {
      name: 'project-detail',
      title: 'project detail with handbook sections',
      query: SCENARIO_QUERIES.detail,
      variables: { id: t.projectIds[0] },
    },
    {
      name: 'region-calendar',
      title: "a region's month calendar",
      query: `query Calendar($scope: OccurrenceScope!) { inspectionCalendar(scope: $scope, itemsPerDay: 5) { from to totals { total scheduled due overdue completed late missed }
        days { date counts { total scheduled due missed } items { id dueAt state project { id code name } } } } }`,
      variables: { scope: { from: ymd(new Date(Date.UTC(y, m, 1))), to: ymd(new Date(Date.UTC(y, m + 1, 0))), regionId: t.regionIds[0] } },
    },
    {
      name: 'evaluation',
      title: 'evaluation ranking (last month, 50 rows)',
      query: `query Evaluation($period: EvaluationPeriodInput!) { projectEvaluation(period: $period, first: 50) { totalCount
        nodes { score previousScore change tenantRank regionRank inspections failedInspections project { id code name } region { id name } } } }`,
      variables: { period: { kind: 'MONTH', year: prev.getUTCFullYear(), index: prev.getUTCMonth() + 1 } },
    },
  ];
}

/** A child process that talks over IPC. */
class Child {
  private waiting: Array<{ type: string; resolve: (m: FromApi & Record<string, unknown>) => void }> = [];
  constructor(readonly proc: ChildProcess) {
    proc.setMaxListeners(100);
    proc.on('message', (m: FromApi & Record<string, unknown>) => {
      const i = this.waiting.findIndex((w) => w.type === m.type);
      if (i >= 0) this.waiting.splice(i, 1)[0].resolve(m);
    });
  }
  static start(script: string, env: Record<string, string>, nodeArgs: string[] = []): Child {
    const proc = fork(join(__dirname, script), [], {
      execArgv: ['-r', '@swc-node/register', ...nodeArgs],
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', ...env },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    return new Child(proc);
  }
  next<T = FromApi & Record<string, unknown>>(type: string): Promise<T> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ type, resolve: resolve as never });
      this.proc.once('exit', (code) => reject(new Error(`child exited (${code}) while waiting for ${type}`)));
    });
  }
  async ask<T = FromApi & Record<string, unknown>>(message: object, reply: string): Promise<T> {
    const answer = this.next<T>(reply);
    this.proc.send(message);
    return answer;
  }
  async stop() {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.send({ type: 'stop' });
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

async function post(port: number, token: string | null, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (res.status !== 200 || body.errors)
    throw new Error(`API answered ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body;
}

/** Each captured statement alone on one connection, best of 5 (ms): where the database time goes. */
async function timeStatements(url: string, statements: CapturedStatement[]): Promise<Array<{ sql: string; ms: number; rows: number }>> {
  const { createConnection } = await import('mysql2/promise');
  const c = await createConnection({
    ...mysqlServer(url),
    database: new URL(url).pathname.slice(1),
    timezone: 'Z',
    dateStrings: ['DATE'],
    charset: 'utf8mb4_unicode_ci',
  });
  const out = [];
  try {
    for (const st of statements) {
      if (!/^\s*SELECT/i.test(st.sql)) {
        out.push({ sql: st.sql.replace(/\s+/g, ' ').slice(0, 300), ms: NaN, rows: 0 });
        continue;
      }
      let best = Infinity;
      let rows = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const [r] = await c.query(st.sql, st.params.map(decodeParam));
        best = Math.min(best, performance.now() - t);
        rows = Array.isArray(r) ? r.length : 0;
      }
      out.push({ sql: st.sql.replace(/\s+/g, ' ').slice(0, 300), ms: Number(best.toFixed(2)), rows });
      if (process.env['BENCH_EXPLAIN'] && best > 2) {
        console.log(`\nEXPLAIN (${best.toFixed(1)} ms): ${st.sql}`);
        console.table((await c.query(`EXPLAIN ${st.sql}`, st.params.map(decodeParam)))[0]);
      }
    }
  } finally {
    await c.end();
  }
  return out;
}

interface SideFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** Statements ÷ responses during the run (requests cut off at the end make it a little higher than per request). */
  sqlPerResponseUnderLoad: number;
  /** CPU time (user + system) of the server process per response: robust to other load on the machine. */
  cpuMsPerRequest: number;
  rssMB: number;
}

const settle = () => new Promise((r) => setTimeout(r, 300)); // let the requests still in flight finish

/** BENCH_CPU_PROF=dir: a CPU profile of the API during each scenario's measured run, <dir>/<scenario>.cpuprofile. */
async function load(
  url: string,
  init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string },
  child: Child,
  profile?: string,
): Promise<SideFigures> {
  await autocannon({ url, connections: OPTIONS.connections, duration: OPTIONS.warmup, ...init });
  await settle();
  await child.ask({ type: 'reset' }, 'stats');
  if (profile) await child.ask({ type: 'profile', file: null }, 'ack');
  const r = await autocannon({ url, connections: OPTIONS.connections, duration: OPTIONS.duration, ...init });
  await settle();
  if (profile) await child.ask({ type: 'profile', file: profile }, 'ack');
  const stats = await child.ask<{ statements: number; responses: number; cpuMicros: number; rss: number }>({ type: 'stats' }, 'stats');
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
    sqlPerResponseUnderLoad: stats.responses ? stats.statements / stats.responses : 0,
    cpuMsPerRequest: stats.responses ? stats.cpuMicros / 1000 / stats.responses : 0,
    rssMB: stats.rss / 1024 / 1024,
  };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Each figure's median over the rounds (RSS: the largest), with every round's figures kept. */
function medianOf(rounds: SideFigures[]): SideFigures & { rounds: SideFigures[] } {
  const pick = (k: keyof SideFigures) => median(rounds.map((r) => r[k]));
  return {
    rps: pick('rps'),
    p50: pick('p50'),
    p99: pick('p99'),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    sqlPerResponseUnderLoad: pick('sqlPerResponseUnderLoad'),
    cpuMsPerRequest: pick('cpuMsPerRequest'),
    rssMB: Math.max(...rounds.map((r) => r.rssMB)),
    rounds,
  };
}

async function main() {
  if (!isMysqlUrl(DATABASE_URL)) throw new Error('The suite runs on MySQL/MariaDB: set DATABASE_URL=mysql://…');
  const scratch = await scratchDatabase(DATABASE_URL);
  const children: Child[] = [];
  try {
    const now = new Date();
    const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)));
    const ds = await openDataSource({ url: scratch.url });
    await migrate(ds);
    const data = await buildDataset(ds, {
      tenants: OPTIONS.tenants,
      projects: OPTIONS.projects,
      itemResults: OPTIONS.itemResults,
      regionsPerTenant: 5,
      now,
    });
    await ds.destroy();
    console.log(`data: ${JSON.stringify(data.counts)} loaded in ${(data.ms / 1000).toFixed(1)} s`);

    // NODE_ENV=production as in the Docker image (graphql-js, for one, runs extra checks otherwise).
    const childEnv = {
      NODE_ENV: 'production',
      DATABASE_URL: scratch.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      WEB_DIST: join(scratch.name, 'no-web'),
    };
    const api = Child.start('api-child.ts', childEnv);
    children.push(api);
    const { port } = await api.next<{ port: number }>('listening');
    const tenant = data.tenants[0];
    const login = await post(
      port,
      null,
      'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenantSlug: $t) { token } }',
      { e: tenant.email, p: BENCH_PASSWORD, t: tenant.slug },
    );
    const token = (login.data?.['login'] as { token: string }).token;

    const chosen = process.env['BENCH_SCENARIOS']?.split(',');
    const list = scenarios(tenant, now).filter((s) => !chosen || chosen.includes(s.name));
    // Warm each scenario (materialises plans ahead, fills caches), then capture one request's SQL and answer.
    const captured: Record<string, { statements: CapturedStatement[]; body: unknown }> = {};
    const pageStatements: Record<string, number> = {};
    for (const s of list) {
      await post(port, token, s.query, s.variables);
      await api.ask({ type: 'capture', on: true }, 'ack');
      const body = await post(port, token, s.query, s.variables);
      const { statements } = await api.ask<{ statements: CapturedStatement[] }>({ type: 'capture', on: false }, 'captured');
      captured[s.name] = { statements, body };
    }
    for (const first of [10, 50, 100]) {
      const s = list.find((x) => x.name === 'projects-list');
      if (!s) break;
      await post(port, token, s.query, { first }); // the first read of a page may materialise its plans
      await api.ask({ type: 'reset' }, 'stats');
      await post(port, token, s.query, { first });
      pageStatements[`first=${first}`] = (await api.ask<{ statements: number }>({ type: 'stats' }, 'stats')).statements;
    }

    const baseline = Child.start('baseline-child.ts', childEnv);
    children.push(baseline);
    const { port: basePort } = await baseline.next<{ port: number }>('listening');
    await baseline.ask({ type: 'scenarios', scenarios: captured }, 'ready');

    const results = [];
    for (const s of list) {
      const body = JSON.stringify({ query: s.query, variables: s.variables });
      const prof = process.env['BENCH_CPU_PROF'];
      if (prof) mkdirSync(prof, { recursive: true });
      const fulls: SideFigures[] = [];
      const bases: SideFigures[] = [];
      for (let round = 0; round < OPTIONS.rounds; round++) {
        const profile = prof && round === 0 ? resolve(prof, `${s.name}.cpuprofile`) : undefined;
        fulls.push(
          await load(
            `http://127.0.0.1:${port}/graphql`,
            { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body },
            api,
            profile,
          ),
        );
        bases.push(await load(`http://127.0.0.1:${basePort}/${s.name}`, { method: 'GET' }, baseline));
      }
      const full = medianOf(fulls);
      const base = medianOf(bases);
      results.push({
        scenario: s.name,
        title: s.title,
        statements: await timeStatements(scratch.url, captured[s.name].statements),
        responseBytes: JSON.stringify(captured[s.name].body).length,
        full,
        baseline: base,
        // Exact, from the captured request: what the API issued, and what the baseline replays (no transaction control).
        sqlPerRequest: {
          full: captured[s.name].statements.length,
          baseline: captured[s.name].statements.filter((x) => !isTransactionControl(x.sql)).length,
        },
        ratio: {
          throughput: full.rps / base.rps,
          p50: full.p50 / base.p50,
          p99: full.p99 / base.p99,
          cpuPerRequest: full.cpuMsPerRequest / base.cpuMsPerRequest,
        },
      });
      console.log(
        `${s.name}: full ${full.rps.toFixed(0)} req/s p99 ${full.p99} ms; baseline ${base.rps.toFixed(0)} req/s p99 ${base.p99} ms`,
      );
    }

    const report = {
      at: now.toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        loadavgAtStart: loadAtStart,
        loadavg: loadavg().map((l) => Number(l.toFixed(2))),
      },
      options: OPTIONS,
      data: data.counts,
      loadSeconds: Number((data.ms / 1000).toFixed(1)),
      listStatementsByPageSize: pageStatements,
      results,
    };
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${markdown(report)}\nwritten to ${OUT}`);
  } finally {
    for (const c of children) await c.stop();
    await scratch.drop();
  }
}

const f0 = (n: number) => n.toFixed(0);
const f2 = (n: number) => n.toFixed(2);

function markdown(r: {
  options: typeof OPTIONS;
  machine: { loadavgAtStart: number[]; loadavg: number[] };
  listStatementsByPageSize: Record<string, number>;
  results: Array<{
    title: string;
    full: SideFigures;
    baseline: SideFigures;
    sqlPerRequest: { full: number; baseline: number };
    ratio: { throughput: number; p50: number; p99: number };
  }>;
}) {
  const lines = [
    `${r.options.connections} connections, ${r.options.duration} s per side after ${r.options.warmup} s warm-up, ${r.options.rounds} alternating rounds (medians); load average (1/5/15 min) at the start ${r.machine.loadavgAtStart.join(' / ')}, at the end ${r.machine.loadavg.join(' / ')}`,
    '',
    '| scenario | full req/s | baseline req/s | ratio | full p50 / p99 (ms) | baseline p50 / p99 (ms) | p99 ratio | SQL / request (full / baseline) | server CPU ms / request (full / baseline) | API RSS (MB) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.results.map(
      (x) =>
        `| ${x.title} | ${f0(x.full.rps)} | ${f0(x.baseline.rps)} | ${f2(x.ratio.throughput)} | ${x.full.p50} / ${x.full.p99} | ${x.baseline.p50} / ${x.baseline.p99} | ${f2(x.ratio.p99)} | ${x.sqlPerRequest.full} / ${x.sqlPerRequest.baseline} | ${f2(x.full.cpuMsPerRequest)} / ${f2(x.baseline.cpuMsPerRequest)} | ${f0(x.full.rssMB)} |`,
    ),
    '',
    `Projects list, SQL statements per request by page size: ${Object.entries(r.listStatementsByPageSize)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')}`,
  ];
  const errors = r.results.filter((x) => x.full.errors || x.baseline.errors);
  if (errors.length)
    lines.push(`\nERRORS during load: ${errors.map((x) => `${x.title}: full ${x.full.errors}, baseline ${x.baseline.errors}`).join('; ')}`);
  return lines.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
