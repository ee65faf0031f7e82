// The baseline: a plain node:http server that, per scenario, issues exactly the SQL the API
// issued for it (captured from the API's TypeORM logger: same statements, same parameters,
// statements the API issued together run together) with mysql2 on a pool of the same size,
// reads every row, and answers the same JSON document the API answered. No GraphQL, no
// auth code, no ORM: the limit the database allows for that work.
import { createServer } from 'node:http';
import { createPool } from 'mysql2/promise';
import { decodeParam, isTransactionControl, type CapturedStatement } from './lib/protocol';
import { mysqlServer } from './lib/scratch';

interface Scenario {
  statements: CapturedStatement[];
  body: unknown;
}
type Message = { type: 'scenarios'; scenarios: Record<string, Scenario> } | { type: 'stats' } | { type: 'reset' } | { type: 'stop' };

const url = process.env['DATABASE_URL'] ?? '';
const pool = createPool({
  ...mysqlServer(url),
  database: new URL(url).pathname.slice(1),
  connectionLimit: Number(process.env['BENCH_POOL'] ?? 20),
  timezone: 'Z',
  dateStrings: ['DATE'],
  charset: 'utf8mb4_unicode_ci',
  trace: false, // as the API's pool (libs/db data-source.ts)
});
let scenarios: Record<string, Array<Array<{ sql: string; params: unknown[] }>>> = {};
let bodies: Record<string, unknown> = {};
let statements = 0;
let responses = 0;
let cpuFrom = process.cpuUsage();

const server = createServer((req, res) => {
  const name = (req.url ?? '/').slice(1);
  const waves = scenarios[name];
  if (!waves) {
    res.writeHead(404).end();
    return;
  }
  (async () => {
    for (const wave of waves) {
      await Promise.all(wave.map((s) => pool.query(s.sql, s.params)));
      statements += wave.length;
    }
    responses++;
    const json = JSON.stringify(bodies[name]);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) }).end(json);
  })().catch((e) => {
    console.error(e);
    res.writeHead(500).end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  process.send?.({ type: 'listening', port: typeof a === 'object' && a ? a.port : 0 });
});

process.on('message', async (m: Message) => {
  if (m.type === 'scenarios') {
    scenarios = {};
    bodies = {};
    for (const [name, s] of Object.entries(m.scenarios)) {
      const waves = new Map<number, Array<{ sql: string; params: unknown[] }>>();
      for (const st of s.statements) {
        if (isTransactionControl(st.sql)) continue;
        waves.set(st.wave, [...(waves.get(st.wave) ?? []), { sql: st.sql, params: st.params.map(decodeParam) }]);
      }
      scenarios[name] = [...waves.entries()].sort((a, b) => a[0] - b[0]).map(([, w]) => w);
      bodies[name] = s.body;
    }
    process.send?.({ type: 'ready' });
  } else if (m.type === 'reset' || m.type === 'stats') {
    if (m.type === 'reset') {
      statements = responses = 0;
      cpuFrom = process.cpuUsage();
    }
    process.send?.({
      type: 'stats',
      statements,
      responses,
      cpuMicros: ((c) => c.user + c.system)(process.cpuUsage(cpuFrom)),
      rss: process.memoryUsage().rss,
      heapUsed: process.memoryUsage().heapUsed,
    });
  } else if (m.type === 'stop') {
    server.close();
    await pool.end();
    process.exit(0);
  }
});
