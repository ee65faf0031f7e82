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
    // A request standing in for a long GraphQL operation: it is inside its handler until released.
    let entered!: () => void;
    const inHandler = new Promise<void>((ok) => (entered = ok));
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    app.get('/test/slow', async () => {
      entered();
      await released;
      return { finished: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address() as { port: number };
    const base = `http://127.0.0.1:${address.port}`;

    const inFlight = fetch(`${base}/test/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await inHandler; // a condition, not a fixed wait: the request is being handled
    const closing = app.close();
    const refused = await fetch(`${base}/healthz`).then(
      () => 'answered',
      () => 'refused',
    );
    const started = Date.now();
    release();
    expect(await inFlight).toEqual({ status: 200, body: { finished: true } });
    await closing;
    // Closed as soon as the request ended, not after the keep-alive timeout (72 s): a bound
    // far from both, so that a busy machine cannot fail it.
    expect(app.server.keepAliveTimeout).toBeGreaterThanOrEqual(60_000);
    expect(Date.now() - started).toBeLessThan(app.server.keepAliveTimeout / 2);
    expect(refused).toBe('refused');
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
});
