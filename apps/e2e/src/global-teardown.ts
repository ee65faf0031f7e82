import { existsSync, readdirSync, rmSync } from 'node:fs';
import { SHOTS_DIR, STATE_FILE, readState } from './server';

export default async function globalTeardown(): Promise<void> {
  const state = existsSync(STATE_FILE) ? readState() : null;
  if (state?.pid) {
    try {
      process.kill(state.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    // Give it a moment to close the database, then make sure.
    for (let i = 0; i < 40; i++) {
      try {
        process.kill(state.pid, 0);
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    try {
      process.kill(state.pid, 'SIGKILL');
    } catch {
      /* stopped */
    }
    if (state.workDir && !process.env.E2E_KEEP) rmSync(state.workDir, { recursive: true, force: true });
  }
  rmSync(STATE_FILE, { force: true });
  const shots = existsSync(SHOTS_DIR) ? readdirSync(SHOTS_DIR).filter((f) => f.endsWith('.png')).length : 0;
  console.log(`\nE2E screenshots (${shots}): ${SHOTS_DIR}\n`);
}
