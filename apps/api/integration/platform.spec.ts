import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CROSS_TENANT_INDEXES } from '@pinzhi/db';
import { pendingSchemaChanges } from '@pinzhi/db/platform';
import { TestApp, codes } from '@pinzhi/api-testing';
import { printSchemaFromCode } from '../src/schema-file';

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start();
});
afterAll(() => t.stop());

describe('platform', () => {
  it('answers /healthz, /readyz and { __typename }, echoing a request id', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.headers['x-request-id']).toBeTruthy();
    const ready = await t.app.inject({ method: 'GET', url: '/readyz', headers: { 'x-request-id': 'abc-123' } });
    expect(ready.statusCode).toBe(200);
    expect(ready.headers['x-request-id']).toBe('abc-123');
    expect(await t.ok('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  it('has migrations that match the entities exactly', async () => {
    expect(await pendingSchemaChanges(t.dataSource)).toEqual([]);
  });

  it('has a committed schema.graphql that matches the code (run `npm run schema` if this fails)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaFromCode());
  });

  it('leads every index of a tenant-owned table with tenantId', async () => {
    for (const meta of t.dataSource.entityMetadatas) {
      if (!meta.columns.some((c) => c.propertyName === 'tenantId')) continue;
      for (const index of meta.indices) {
        // The job queue's claim and the live-update poll scan across tenants by design.
        if (CROSS_TENANT_INDEXES.includes(index.name)) continue;
        expect([meta.tableName, index.columns[0].propertyName]).toEqual([meta.tableName, 'tenantId']);
      }
    }
  });

  it('stores Chinese text intact (utf8mb4 on MySQL)', async () => {
    const token = await t.token('admin@demo.test');
    const r = await t.ok<{ createRegion: { name: string } }>('mutation { createRegion(input: { name: "西北区域🏔" }) { name } }', {}, token);
    expect(r.createRegion.name).toBe('西北区域🏔');
  });

  it('refuses anonymous access with UNAUTHENTICATED', async () => {
    const r = await t.gql('{ projects { totalCount } }');
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.errors![0].extensions!['reason']).toBe('NO_TOKEN');
  });
});
