import 'reflect-metadata';
import { Project, Region } from './entities';
import { openDataSource, migrate, type DataSource } from './platform';
import { TenantDb } from './tenant-db';
import { EntityNotFoundError, StaleVersionError } from './errors';

let ds: DataSource;
beforeAll(async () => {
  ds = await openDataSource({ url: 'sqlite::memory:' });
  await migrate(ds);
});
afterAll(() => ds.destroy());

describe('TenantDb', () => {
  const a = () => new TenantDb(ds.manager, 'tenant-a', null);
  const b = () => new TenantDb(ds.manager, 'tenant-b', null);

  it('stamps the tenant on insert and hides rows of other tenants', async () => {
    const r = await a().repo(Region).insert({ name: '东区', code: null });
    expect(r.tenantId).toBe('tenant-a');
    expect(await b().repo(Region).findById(r.id)).toBeNull();
    await expect(b().repo(Region).getById(r.id)).rejects.toBeInstanceOf(EntityNotFoundError);
    await expect(b().repo(Region).update(r.id, { name: '偷改' })).rejects.toBeInstanceOf(EntityNotFoundError);
    await expect(b().repo(Region).delete(r.id)).rejects.toBeInstanceOf(EntityNotFoundError);
    expect(await b().repo(Region).find()).toEqual([]);
  });

  it('keeps the tenant filter when a query adds where() or tries orWhere()', async () => {
    await b().repo(Region).insert({ name: '西区', code: null });
    const qb = a().repo(Region).query('r');
    qb.where('1 = 1');
    expect((await qb.getMany()).every((r) => r.tenantId === 'tenant-a')).toBe(true);
    expect(() => a().repo(Region).query('r').orWhere('1 = 1')).toThrow(/widen the tenant filter/);
  });

  it('refuses a stale version', async () => {
    const r = await a().repo(Region).insert({ name: '北区', code: null });
    await a().repo(Region).update(r.id, { name: '北区一' }, 1);
    await expect(a().repo(Region).update(r.id, { name: '北区二' }, 1)).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('rolls back every write of a failed transaction', async () => {
    await expect(
      a().transaction(async (tx) => {
        await tx.repo(Region).insert({ name: '南区', code: null });
        await tx.audit({ operation: 'x', entity: 'Region', entityId: 'y', changes: {} });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await a().repo(Region).findOne({ name: '南区' })).toBeNull();
    expect(await ds.query('SELECT COUNT(*) AS n FROM audit_entry')).toEqual([{ n: 0 }]);
    expect(await a().repo(Project).count()).toBe(0);
  });
});
