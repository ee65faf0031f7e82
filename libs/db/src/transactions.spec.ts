import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { Region } from './entities';
import { PlatformDb } from './platform';
import { MAX_TRANSACTION_ATTEMPTS, WriteOutsideTransactionError, isRetryableConflict, runTransaction } from './transactions';
import { openTestDatabase } from './test-database';

let ds: DataSource;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ ds, drop } = await openTestDatabase());
});
afterAll(() => drop());

const db = () => new PlatformDb(ds).tenant('tenant-a', null);
const mysql = () => /^mysql:/.test(process.env['DATABASE_URL'] ?? '');

describe('the transaction runner', () => {
  // A real deadlock: T1 locks x then wants y, T2 locks y then wants x. InnoDB rolls one of them
  // back with ER_LOCK_DEADLOCK; the runner runs that one again, and both end up committed.
  // With `swallow`, the victim's code catches the error and carries on: MySQL has already rolled
  // its transaction back, so the runner must still treat the attempt as failed (not commit the rest).
  (mysql() ? it.each([false, true]) : it.skip.each([false, true]))(
    'retries a transaction MariaDB/MySQL chose as a deadlock victim (error swallowed: %s)',
    async (swallow) => {
      const x = await db()
        .repo(Region)
        .insert({ name: `X-${swallow}`, code: null });
      const y = await db()
        .repo(Region)
        .insert({ name: `Y-${swallow}`, code: null });
      let arrived = 0;
      let bothLocked!: () => void;
      const locked = new Promise<void>((resolve) => (bothLocked = resolve));
      const errors: string[] = [];
      const attempts = [0, 0];
      const crossing = (i: number, first: string, second: string) =>
        db().transaction(async (tx) => {
          const round = ++attempts[i];
          await tx.repo(Region).update(first, { code: `T${i}-${round}` });
          if (round === 1) {
            if (++arrived === 2) bothLocked();
            await locked;
          }
          try {
            await tx.repo(Region).update(second, { code: `T${i}-${round}` });
          } catch (error) {
            errors.push(String((error as { driverError?: { code?: string } }).driverError?.code));
            if (!swallow) throw error;
          }
        });
      await Promise.all([crossing(0, x.id, y.id), crossing(1, y.id, x.id)]);
      expect(errors).toEqual(['ER_LOCK_DEADLOCK']);
      expect(attempts.sort()).toEqual([1, 2]);
      // Both transactions' two updates are in: each row was changed twice.
      const rows = await db().repo(Region).findByIds([x.id, y.id]);
      expect(rows.map((r) => r.version)).toEqual([3, 3]);
    },
  );

  it('recognises deadlocks, lock-wait timeouts and a busy SQLite database, and nothing else', () => {
    expect(isRetryableConflict({ driverError: { errno: 1213, code: 'ER_LOCK_DEADLOCK' } })).toBe(true);
    expect(isRetryableConflict({ driverError: { errno: 1205, code: 'ER_LOCK_WAIT_TIMEOUT' } })).toBe(true);
    expect(isRetryableConflict({ driverError: { code: 'SQLITE_BUSY' } })).toBe(true);
    expect(isRetryableConflict({ driverError: { errno: 1062, code: 'ER_DUP_ENTRY' } })).toBe(false);
    expect(isRetryableConflict(new Error('boom'))).toBe(false);
  });

  it('runs a transaction again after a retryable error, at most MAX_TRANSACTION_ATTEMPTS times in all', async () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    let calls = 0;
    const result = await runTransaction(ds, async (m) => {
      calls++;
      await m.query('SELECT 1');
      if (calls < 3) throw busy;
      return 'done';
    });
    expect({ result, calls }).toEqual({ result: 'done', calls: 3 });
    calls = 0;
    await expect(
      runTransaction(ds, async () => {
        calls++;
        throw busy;
      }),
    ).rejects.toBe(busy);
    expect(calls).toBe(MAX_TRANSACTION_ATTEMPTS);
  });

  it('refuses a write through the outer handle inside one of its transactions (it would wait for itself on SQLite)', async () => {
    const outer = db();
    await expect(
      outer.transaction(async (tx) => {
        await tx.repo(Region).insert({ name: 'inside', code: null });
        await outer.repo(Region).insert({ name: 'outside', code: null });
      }),
    ).rejects.toBeInstanceOf(WriteOutsideTransactionError);
    expect(await db().repo(Region).findOne({ name: 'inside' })).toBeNull();
  });
});
