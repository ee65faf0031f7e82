import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { Job } from './entities';
import { JobStore, PlatformDb } from './platform';
import { openTestDatabase } from './test-database';

let ds: DataSource;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ ds, drop } = await openTestDatabase());
});
afterAll(() => drop());

const NOW = new Date('2026-06-01T02:00:00Z');

async function dueJob(p: PlatformDb, tenantId: string, kind: string) {
  await p
    .tenant(tenantId, null)
    .repo(Job)
    .insertIgnoringDuplicates([
      {
        kind,
        jobKey: `${kind}:${tenantId}`,
        state: 'PENDING' as const,
        runAt: new Date(NOW.getTime() - 60_000),
        attempts: 0,
        maxAttempts: 5,
        leaseOwner: null,
        leaseUntil: null,
        lastError: null,
        payload: {},
        summary: kind,
        everySeconds: null,
        finishedAt: null,
      },
    ]);
}

describe('claiming jobs of a suspended company', () => {
  it('leaves them due until it is reactivated, except the kinds that run while suspended', async () => {
    const p = new PlatformDb(ds);
    const running = await p.insertTenant({ slug: 'jobs-running', name: '在营公司' });
    const suspended = await p.insertTenant({ slug: 'jobs-suspended', name: '暂停公司' });
    await p.updateTenant(suspended.id, { active: false, suspendedAt: NOW });
    for (const tenant of [running, suspended]) {
      await dueJob(p, tenant.id, 'notification.deliver');
      await dueJob(p, tenant.id, 'company.export');
    }
    const store = new JobStore(ds);
    const claimed = await store.claim('owner-a', NOW, 60_000, 10, ['company.export']);
    const got = (tenantId: string) =>
      claimed
        .filter((j) => j.tenantId === tenantId)
        .map((j) => j.kind)
        .sort();
    expect(got(running.id)).toEqual(['company.export', 'notification.deliver']);
    expect(got(suspended.id)).toEqual(['company.export']);

    // Reactivated, its waiting job is claimed at once (it stayed due).
    await p.updateTenant(suspended.id, { active: true, suspendedAt: null });
    const later = await store.claim('owner-a', NOW, 60_000, 10, ['company.export']);
    expect(later.map((j) => [j.tenantId, j.kind])).toEqual([[suspended.id, 'notification.deliver']]);
  });
});
