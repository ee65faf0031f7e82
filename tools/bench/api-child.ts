// The API under test, in its own process (so its RSS is its own): the real createApp against
// the benchmark database on a free port, with the SQL statements it issues counted (and, on
// request, captured with their parameters so the baseline replays exactly the same work).
import 'reflect-metadata';
import pino from 'pino';
import { createApp, loadConfig } from '@pinzhi/api-server';
import { openDataSource } from '@pinzhi/db/platform';
import { encodeParam, type CapturedStatement, type FromApi, type ToApi } from './lib/protocol';

const send = (m: FromApi) => process.send?.(m);
let statements = 0;
let capturing: CapturedStatement[] | null = null;
let wave = 0;
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
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  send({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
  process.on('message', async (m: ToApi) => {
    if (m.type === 'reset') statements = 0;
    if (m.type === 'reset' || m.type === 'stats') send({ type: 'stats', statements, rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
    else if (m.type === 'capture') {
      if (m.on) {
        capturing = [];
        send({ type: 'ack' });
      } else {
        send({ type: 'captured', statements: capturing ?? [] });
        capturing = null;
      }
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
