import pino from 'pino';
import { createApp, loadConfig } from '@pinzhi/api-server';
import { migrate, openDataSource } from '@pinzhi/db/platform';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_JWT_SECRET } from '@pinzhi/api-testing';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish when the server closes, and refuses new connections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinzhi-shutdown-'));
    const url = `sqlite:${join(dir, 'db.sqlite')}`;
    const dataSource = await openDataSource({ url });
    await migrate(dataSource);
    const config = loadConfig({ DATABASE_URL: url, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent', WEB_DIST: join(dir, 'none') });
    const app = await createApp({ config, dataSource, logger: pino({ level: 'silent' }) });
    // A deliberately slow request standing in for a long GraphQL operation.
    app.get('/test/slow', async () => {
      await new Promise((r) => setTimeout(r, 400));
      return { finished: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address() as { port: number };
    const base = `http://127.0.0.1:${address.port}`;

    const inFlight = fetch(`${base}/test/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const closing = app.close();
    const refused = await fetch(`${base}/healthz`).then(
      () => 'answered',
      () => 'refused',
    );
    expect(await inFlight).toEqual({ status: 200, body: { finished: true } });
    await closing;
    // Closed as soon as the slow request ended, not after a keep-alive timeout.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(refused).toBe('refused');
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }, 20000);
});
