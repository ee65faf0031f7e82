import { TestApp, codes } from '@pinzhi/api-testing';

// Many requests changing one row at once (issue 17 §3): an update that did not ask for a
// version check never fails because of a version race; one that did gets CONFLICT exactly
// when the version moved. On MariaDB the 50 requests really run side by side (a pool of 20).
let t: TestApp;
let admin: string;
let projectId: string;
beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
  const r = await t.ok('{ regions { nodes { id } } properties(first: 1) { nodes { id } } }', {}, admin);
  const created = await t.ok(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    {
      input: {
        code: 'RACE-1',
        name: '并发项目',
        propertyId: r.properties.nodes[0].id,
        regionId: r.regions.nodes[0].id,
        contractStart: '2026-01-01',
        contractEnd: '2027-12-31',
      },
    },
    admin,
  );
  projectId = created.createProject.id;
});
afterAll(() => t.stop());

const UPDATE = `mutation($id: ID!, $name: String!, $v: Int) { updateProject(id: $id, input: { name: $name }, expectedVersion: $v) { version name } }`;
const version = async () => (await t.ok('query($id: ID!) { project(id: $id) { version name } }', { id: projectId }, admin)).project;
const auditCount = async () =>
  (await t.ok('{ auditEntries(filter: { entity: "Project" }, first: 1) { totalCount } }', {}, admin)).auditEntries.totalCount as number;

describe('parallel updates of one project', () => {
  it('50 at once without expectedVersion: every one succeeds, each counted once', async () => {
    const before = await version();
    const audits = await auditCount();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => t.gql(UPDATE, { id: projectId, name: `名称${i}` }, admin)));
    expect(results.flatMap(codes)).toEqual([]);
    const after = await version();
    expect(after.version).toBe(before.version + 50);
    // Every request got back the row as it wrote it, and no two saw the same version.
    expect(new Set(results.map((r) => r.data!['updateProject'].version)).size).toBe(50);
    expect(await auditCount()).toBe(audits + 50);
  });

  it('50 at once with the same expectedVersion: exactly one succeeds, the others get CONFLICT', async () => {
    const before = await version();
    const audits = await auditCount();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => t.gql(UPDATE, { id: projectId, name: `版本${i}`, v: before.version }, admin)),
    );
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(1);
    expect(results.filter((r) => r.errors).flatMap(codes)).toEqual(Array(49).fill('CONFLICT'));
    const after = await version();
    expect(after).toEqual({ version: before.version + 1, name: succeeded[0].data!['updateProject'].name });
    expect(await auditCount()).toBe(audits + 1);
  });
});
