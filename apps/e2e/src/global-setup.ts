import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Config } from '@jest/types';
import { SHOTS_DIR, STATE_FILE, startApp, stopApp, writeRun, type E2eRun } from './server';

/** A run that was interrupted (no teardown) may have left its apps running: stop them. */
async function stopLeftovers(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  try {
    const old = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as Partial<E2eRun>;
    for (const app of old.apps ?? []) {
      if (app.pid && readFileSync(`/proc/${app.pid}/cmdline`, 'utf8').includes('dist/apps/api/main.js')) await stopApp(app, true);
      else if (app.workDir) rmSync(app.workDir, { recursive: true, force: true });
    }
  } catch {
    /* gone already */
  }
  rmSync(STATE_FILE, { force: true });
}

export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  await stopLeftovers();
  rmSync(SHOTS_DIR, { recursive: true, force: true });
  mkdirSync(SHOTS_DIR, { recursive: true });
  const external = process.env.E2E_BASE_URL?.replace(/\/$/, '');
  if (external) {
    writeRun({ apps: [{ baseUrl: external }] });
    return;
  }
  // One app per worker, started side by side (each migrates and seeds its own database).
  const workers = Math.max(1, globalConfig.maxWorkers);
  const started = await Promise.allSettled(Array.from({ length: workers }, () => startApp()));
  const apps = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(apps.map((app) => stopApp(app, !process.env.E2E_KEEP)));
    throw failed.reason;
  }
  writeRun({ apps });
}
