// The API under test, in its own process (so its RSS is its own): the real createApp against
// the benchmark database on a free port, with the SQL statements it issues counted (and, on
// request, captured with their parameters so the baseline replays exactly the same work).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import pino from 'pino';
import { createApp, loadConfig } from '@pinzhi/api-server';
import { openDataSource } from '@pinzhi/db/platform';
import { encodeParam, type CapturedStatement, type FromApi, type ToApi } from './lib/protocol';

const send = (m: FromApi) => process.send?.(m);
let statements = 0;
let responses = 0;
let cpuFrom = process.cpuUsage();
let capturing: CapturedStatement[] | null = null;
let wave = 0;
let profiler: Session | null = null;
let waveOpen = false;

async function main() {
  const url = process.env['DATABASE_URL'] ?? '';
  const dataSource = await openDataSource({
    url,
    onQuery: (sql, parameters) => {
      statements++;
      if (!capturing) return;
      // Statements logged before the next macrotask were issued together (DataLoader batches, Promise.all).
      if (!waveOpen) {
        waveOpen = true;
        wave++;
        setImmediate(() => (waveOpen = false));
      }
      capturing.push({ sql, params: (parameters ?? []).map(encodeParam), wave });
    },
  });
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', PORT: '4000', SEED_DEMO: 'false' });
  const app = await createApp({ config, dataSource, logger: pino({ level: config.logLevel }) });
  // Counted here so that statements ÷ responses covers the same requests (autocannon leaves some in flight).
  app.addHook('onResponse', async () => {
    responses++;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  send({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
  process.on('message', async (m: ToApi) => {
    if (m.type === 'reset') {
      statements = responses = 0;
      cpuFrom = process.cpuUsage();
    }
    if (m.type === 'reset' || m.type === 'stats')
      send({
        type: 'stats',
        statements,
        responses,
        cpuMicros: ((c) => c.user + c.system)(process.cpuUsage(cpuFrom)),
        rss: process.memoryUsage().rss,
        heapUsed: process.memoryUsage().heapUsed,
      });
    else if (m.type === 'capture') {
      if (m.on) {
        capturing = [];
        send({ type: 'ack' });
      } else {
        send({ type: 'captured', statements: capturing ?? [] });
        capturing = null;
      }
    } else if (m.type === 'profile') {
      // A V8 CPU profile of the measured run only (no start-up): open the file in Chrome DevTools.
      if (m.file === null) {
        profiler = new Session();
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.start');
      } else if (profiler) {
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(m.file, JSON.stringify(profile));
        profiler.disconnect();
        profiler = null;
      }
      send({ type: 'ack' });
    } else if (m.type === 'stop') {
      await app.close();
      await dataSource.destroy();
      process.exit(0);
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
