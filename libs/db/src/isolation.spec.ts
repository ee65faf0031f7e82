import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { Region } from './entities';
import { PlatformDb } from './platform';
import { openTestDatabase } from './test-database';

// Two requests of the same tenant, interleaved at an `await` inside A's transaction, which
// then fails. On either database B must never read A's uncommitted row, and B's own write
// (made outside any transaction) must survive A's rollback.
let ds: DataSource;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ ds, drop } = await openTestDatabase());
});
afterAll(() => drop());

const db = () => new PlatformDb(ds).tenant('tenant-a', null);
/** One turn of the event loop: every pending microtask (and so every synchronous SQLite statement already issued) has run. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('requests interleaved with a failing transaction', () => {
  it('B never reads A’s uncommitted row, and B’s write survives A’s rollback', async () => {
    let aInserted!: () => void;
    const aHasInserted = new Promise<void>((r) => (aInserted = r));
    let releaseA!: () => void;
    const aMayFinish = new Promise<void>((r) => (releaseA = r));

    const a = db().transaction(async (tx) => {
      await tx.repo(Region).insert({ name: 'A-uncommitted', code: null });
      aInserted();
      await aMayFinish;
      throw new Error('A fails');
    });
    await aHasInserted;

    // B, while A's transaction is open: a plain read, then a plain write.
    const seenByB = (await db().repo(Region).find()).map((r) => r.name);
    const seenByBQuery = (await db().repo(Region).query('r').getMany()).map((r) => r.name);
    const bCount = await db().repo(Region).count();
    const bWrite = db().repo(Region).insert({ name: 'B-committed', code: null });
    // Let B's write run as far as it can before A fails (it may have to wait for A: that is fine).
    await Promise.race([bWrite, turn()]);
    releaseA();
    await expect(a).rejects.toThrow('A fails');
    await bWrite;

    const after = (await db().repo(Region).find()).map((r) => r.name);
    // One assertion over everything B saw and what is left, so a failure shows all of it.
    expect({ seenByB, seenByBQuery, bCount, after }).toEqual({ seenByB: [], seenByBQuery: [], bCount: 0, after: ['B-committed'] });
  });
});
