// Starting the built app for the browser tests: node dist/apps/api/main.js on a free port with a
// throw-away SQLite database and the demo data, waiting for /readyz.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export const ROOT = resolve(__dirname, '../../..');
export const STATE_FILE = join(tmpdir(), 'pinzhi-e2e-state.json');
export const SHOTS_DIR = join(tmpdir(), 'pinzhi-e2e-shots');

export interface E2eState {
  baseUrl: string;
  pid?: number;
  workDir?: string;
  log?: string;
}

export function readState(): E2eState {
  if (existsSync(STATE_FILE)) return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
  if (process.env.PINZHI_E2E_BASE_URL) return { baseUrl: process.env.PINZHI_E2E_BASE_URL };
  throw new Error('No e2e app state: run through apps/e2e/jest.e2e.config.js (its globalSetup starts the app)');
}

export function writeState(state: E2eState): void {
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  process.env.PINZHI_E2E_BASE_URL = state.baseUrl;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

async function waitForReady(url: string, child: ChildProcess, log: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null)
      throw new Error(`The app exited (code ${exited}) before it was ready. Log: ${log}\n${readFileSync(log, 'utf8').slice(-3000)}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer 200 on ${url} within ${timeoutMs / 1000}s. Log: ${log}`);
}

/**
 * Starts the built app. The suite's one instance has the demo data; a test that needs a fresh
 * install (no company, no user) starts its own with `seedDemo: false` in a work directory it may
 * have prepared (e.g. the platform operator created by the command), and stops it with stopApp.
 */
export async function startApp(options: { seedDemo?: boolean; workDir?: string } = {}): Promise<E2eState> {
  const main = join(ROOT, 'dist/apps/api/main.js');
  const web = join(ROOT, 'dist/apps/web/index.html');
  for (const file of [main, web]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests (or set E2E_BASE_URL).`);
  }
  const port = await freePort();
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'pinzhi-e2e-'));
  const log = join(workDir, 'app.log');
  const out = createWriteStream(log);
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${databaseFileIn(workDir)}`,
      SEED_DEMO: options.seedDemo === false ? 'false' : 'true',
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      WEB_DIST: join(ROOT, 'dist/apps/web'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForReady(`${baseUrl}/readyz`, child, log);
  child.unref();
  (child.stdout as unknown as { unref?: () => void })?.unref?.();
  (child.stderr as unknown as { unref?: () => void })?.unref?.();
  return { baseUrl, pid: child.pid, workDir, log };
}

/** Stops an app started by startApp (SIGTERM, then SIGKILL after 4 s) and removes its work directory. */
export async function stopApp(state: E2eState | undefined, removeWorkDir = !process.env.E2E_KEEP): Promise<void> {
  if (!state?.pid) return;
  const alive = () => {
    try {
      process.kill(state.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(state.pid, 'SIGTERM');
  for (let i = 0; i < 40 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(state.pid, 'SIGKILL');
  if (state.workDir && removeWorkDir) rmSync(state.workDir, { recursive: true, force: true });
}

/** The path of the SQLite database startApp opens in a work directory. */
export const databaseFileIn = (workDir: string) => join(workDir, 'e2e.sqlite');
