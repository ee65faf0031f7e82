import { existsSync, readdirSync, rmSync } from 'node:fs';
import { SHOTS_DIR, STATE_FILE, readRun, stopApp } from './server';

export default async function globalTeardown(): Promise<void> {
  const run = readRun();
  // stopApp: SIGTERM, a moment to close the database, then SIGKILL; removes the work directory unless E2E_KEEP.
  await Promise.all((run?.apps ?? []).map((app) => stopApp(app)));
  rmSync(STATE_FILE, { force: true });
  const shots = existsSync(SHOTS_DIR) ? readdirSync(SHOTS_DIR).filter((f) => f.endsWith('.png')).length : 0;
  console.log(`\nE2E screenshots (${shots}): ${SHOTS_DIR}\n`);
}
