import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface FileLockOptions {
  /** Give up after this long (default 10 minutes). */
  waitMs?: number;
  /** Called once when another process holds the lock, before waiting. */
  onWait?: () => void;
}

/**
 * Runs `fn` while this process holds the lock file `path` (created exclusively, holding the
 * owner's pid), for processes on one machine: SQLite migrations, and the test suite's shared
 * database templates. A lock whose owner has died is taken over.
 */
export async function withFileLock<R>(path: string, fn: () => Promise<R>, options: FileLockOptions = {}): Promise<R> {
  const deadline = Date.now() + (options.waitMs ?? 10 * 60_000);
  let told = false;
  for (;;) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!ownerAlive(path)) {
        try {
          unlinkSync(path);
        } catch {
          // another waiter removed it first
        }
        continue;
      }
      if (!told) {
        told = true;
        options.onWait?.();
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${path}`);
      await sleep(100);
      continue;
    }
    try {
      writeSync(fd, String(process.pid));
    } finally {
      closeSync(fd);
    }
    try {
      return await fn();
    } finally {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
  }
}

function ownerAlive(path: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path, 'utf8'));
  } catch {
    return true; // just created, pid not written yet: treat as held
  }
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
