import 'reflect-metadata';
import { Brackets } from 'typeorm';
import { Project, Region } from './entities';
import { crossTenant, type DataSource } from './platform';
import { openTestDatabase } from './test-database';
import { TenantDb } from './tenant-db';
import { EntityNotFoundError, StaleVersionError } from './errors';

let ds: DataSource;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ ds, drop } = await openTestDatabase());
});
afterAll(() => drop());

const unquoted = (sql: string) => sql.replace(/["`]/g, '');

describe('TenantDb', () => {
  const a = () => new TenantDb(ds, 'tenant-a', null);
  const b = () => new TenantDb(ds, 'tenant-b', null);

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

  describe('the tenant filter cannot be widened (issue 17 §2 probes)', () => {
    beforeAll(async () => {
      await a().repo(Region).insert({ name: 'A区', code: null });
      await b().repo(Region).insert({ name: 'B区', code: null });
    });

    it('probe 1: andWhere("1=1 OR …") throws; an OR in parentheses stays inside the tenant filter', async () => {
      expect(() => a().repo(Region).query('r').andWhere('1=1 OR r.name IS NOT NULL')).toThrow(/OR outside parentheses/);
      expect(() => a().repo(Region).query('r').where('1=1 OR r.name IS NOT NULL')).toThrow(/OR outside parentheses/);
      expect(() =>
        a()
          .repo(Region)
          .query('r')
          .andWhere(() => '1=1 OR 1=1'),
      ).toThrow(/OR outside parentheses/);
      expect(() => a().repo(Region).query('r').orWhere('1 = 1')).toThrow(/widen the tenant filter/);
      expect(() => a().repo(Region).query('r').clone().orWhere('1 = 1')).toThrow(/widen the tenant filter/);
      // Written correctly, the OR is one parenthesised condition next to the tenant filter.
      for (const qb of [
        a().repo(Region).query('r').andWhere('(1=1 OR r.name IS NOT NULL)'),
        a()
          .repo(Region)
          .query('r')
          .andWhere(new Brackets((w) => w.where('1=1').orWhere('r.name IS NOT NULL'))),
        a()
          .repo(Region)
          .query('r')
          .andWhere([{ name: 'A区' }, { name: 'B区' }]),
      ]) {
        expect(unquoted(qb.getQuery())).toMatch(/WHERE r\.tenantId = :__tenantId AND \(/);
        const rows = await qb.getMany();
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((r) => r.tenantId === 'tenant-a')).toBe(true);
      }
    });

    it('probe 2: the tenant parameter cannot be set, however it is passed', () => {
      expect(() => a().repo(Region).query('r').setParameter('__tenantId', 'tenant-b')).toThrow(/belongs to the tenant scope/);
      expect(() => a().repo(Region).query('r').setParameters({ __tenantId: 'tenant-b' })).toThrow(/belongs to the tenant scope/);
      expect(() => a().repo(Region).query('r').andWhere('r.name IS NOT NULL', { __tenantId: 'tenant-b' })).toThrow(
        /belongs to the tenant scope/,
      );
      expect(() =>
        a()
          .repo(Region)
          .query('r')
          .andWhere(new Brackets((w) => w.where('r.name IS NOT NULL', { __tenantIdX: 'tenant-b' }))),
      ).toThrow(/belongs to the tenant scope/);
      expect(() => a().repo(Region).query('r').innerJoin(Project, 'p', 'p.regionId = r.id', { __tenantId: 'tenant-b' })).toThrow(
        /belongs to the tenant scope/,
      );
      // Naming the tenant in a condition is refused too: the scope writes those predicates.
      expect(() => a().repo(Region).query('r').andWhere('r.tenantId = :other', { other: 'tenant-b' })).toThrow(/names the tenant/);
      expect(() => a().repo(Region).query('r').innerJoin(Project, 'p', 'p.tenantId = r.tenantId')).toThrow(/names the tenant/);
    });

    it('probe 3: no connection, manager, query runner or write builder is reachable', () => {
      const qb = a().repo(Region).query('r') as unknown as Record<string, unknown>;
      for (const key of [
        'connection',
        'dataSource',
        'manager',
        'queryRunner',
        'expressionMap',
        'mergeExpressionMap',
        'createQueryBuilder',
        'update',
        'delete',
        'insert',
        'relation',
        'constructor',
      ])
        expect(() => qb[key]).toThrow(/not available on a tenant-scoped query/);
      expect(() => (qb['connection'] as { manager: unknown }).manager).toThrow();
      expect(() => {
        qb['expressionMap'] = {};
      }).toThrow(/not available/);
      // The builder itself (behind the proxy) has no connection either.
      const sub = a().repo(Region).query('r').subQuery() as unknown as Record<string, unknown>;
      expect(() => sub['connection']).toThrow();
    });

    it('joins, subqueries and addFrom get the tenant predicate from the scope', async () => {
      const region = await a().repo(Region).insert({ name: 'J区', code: null });
      const qb = a()
        .repo(Region)
        .query('r')
        .leftJoin(Project, 'p', 'p.regionId = r.id')
        .andWhere((q) => `r.id IN ${q.subQuery().select('x.id').from(Region, 'x').getQuery()}`)
        .andWhere('r.id = :id', { id: region.id });
      const sql = unquoted(qb.getQuery());
      expect(sql).toMatch(/ON \(p\.regionId = r\.id\) AND p\.tenantId = :__tenantId/);
      expect(sql).toMatch(/FROM region x WHERE x\.tenantId = :__tenantId/);
      expect((await qb.getMany()).map((r) => r.id)).toEqual([region.id]);
      // A region of tenant B is not found through an EXISTS subquery either.
      const exists = a().repo(Region).query('r');
      exists.andWhereExists(exists.subQuery().from(Region, 'y').andWhere("y.name = 'B区'"));
      expect(await exists.getCount()).toBe(0);
    });
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
        await tx.audit({ operation: 'createRegion', entity: 'Region', entityId: 'y', changes: {} });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await a().repo(Region).findOne({ name: '南区' })).toBeNull();
    const [audit] = await crossTenant('test harness', () => ds.query('SELECT COUNT(*) AS n FROM audit_entry'));
    expect(Number(audit.n)).toBe(0);
    expect(await a().repo(Project).count()).toBe(0);
  });
});
