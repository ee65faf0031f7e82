// Server CPU per request without queueing: the real app in this process (TestApp: migrations
// and the demo seed in a fresh database, like the integration tests), one request at a time
// through app.inject, so no request is left in flight when the clock stops. Under heavy machine
// load `npm run bench` serves few requests per round and its CPU per request then also counts
// the requests still in flight at the end; this figure does not. Used for before/after A/Bs:
//   DATABASE_URL=mysql://… SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/cpu-per-request.ts
// BENCH_N (default 200) requests per round, 3 rounds after 50 warm-up requests; prints JSON.
import 'reflect-metadata';
import { TestApp } from '@pinzhi/api-testing';
import { SCENARIO_QUERIES } from './lib/queries';

async function main() {
  const t = await TestApp.start();
  const token = await t.token('admin@demo.test');
  const n = Number(process.env['BENCH_N'] ?? 200);
  const { projects } = await t.ok<{ projects: { nodes: Array<{ id: string }> } }>('{ projects(first: 1) { nodes { id } } }', {}, token);
  const requests = {
    'projects-list': { query: SCENARIO_QUERIES.list, variables: { first: 50 } },
    'project-detail': { query: SCENARIO_QUERIES.detail, variables: { id: projects.nodes[0].id } },
  };
  const result: Record<string, { rounds: number[]; min: number }> = {};
  for (const [name, payload] of Object.entries(requests)) {
    const one = async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload,
      });
      if (r.statusCode !== 200 || r.json().errors) throw new Error(`${name}: ${r.body.slice(0, 300)}`);
    };
    for (let i = 0; i < 50; i++) await one();
    const rounds: number[] = [];
    for (let round = 0; round < 3; round++) {
      const from = process.cpuUsage();
      for (let i = 0; i < n; i++) await one();
      const used = process.cpuUsage(from);
      rounds.push(Number(((used.user + used.system) / 1000 / n).toFixed(3)));
    }
    result[name] = { rounds, min: Math.min(...rounds) };
  }
  console.log(JSON.stringify({ db: t.dialect, requestsPerRound: n, cpuMsPerRequest: result }));
  await t.stop();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
