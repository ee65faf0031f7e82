import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { SHOTS_DIR, STATE_FILE, startApp, writeState, type E2eState } from './server';

/** A run that was interrupted (no teardown) may have left its app running: stop it. */
function stopLeftover(): void {
  if (!existsSync(STATE_FILE)) return;
  try {
    const old = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
    if (old.pid && readFileSync(`/proc/${old.pid}/cmdline`, 'utf8').includes('dist/apps/api/main.js')) process.kill(old.pid, 'SIGTERM');
    if (old.workDir) rmSync(old.workDir, { recursive: true, force: true });
  } catch {
    /* gone already */
  }
  rmSync(STATE_FILE, { force: true });
}

export default async function globalSetup(): Promise<void> {
  stopLeftover();
  rmSync(SHOTS_DIR, { recursive: true, force: true });
  mkdirSync(SHOTS_DIR, { recursive: true });
  const external = process.env.E2E_BASE_URL?.replace(/\/$/, '');
  if (external) {
    writeState({ baseUrl: external });
    return;
  }
  writeState(await startApp());
}
