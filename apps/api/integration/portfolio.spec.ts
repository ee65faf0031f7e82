import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

let t: TestApp;
let admin: string;
let ops: string;
let east: string;
let south: string;
let residential: string;
beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
  ops = await t.token('ops@demo.test');
  const r = await t.ok('{ regions { nodes { id name } } properties(first: 100) { nodes { id name } } }', {}, admin);
  east = r.regions.nodes.find((x: { name: string }) => x.name === '华东区域').id;
  south = r.regions.nodes.find((x: { name: string }) => x.name === '华南区域').id;
  residential = r.properties.nodes.find((x: { name: string }) => x.name === '翠湖花园').id;
});
afterAll(() => t.stop());

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id code name stage version allowedNextStages region { name } property { name format } manager { email } } }`;
const LIST = `query($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String, $last: Int, $before: String) {
  projects(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id code name stage region { name } property { name format } manager { displayName } }
  }
}`;

describe('projects', () => {
  it('creates a project with its relations and records it in the audit trail', async () => {
    const r = await t.ok(
      CREATE,
      {
        input: {
          code: 'SH-101',
          name: '测试项目',
          propertyId: residential,
          regionId: east,
          contractStart: '2026-01-01',
          contractEnd: '2027-12-31',
        },
      },
      admin,
    );
    expect(r.createProject).toMatchObject({
      code: 'SH-101',
      stage: 'PROSPECT',
      version: 1,
      allowedNextStages: ['SURVEY', 'EXITED'],
      region: { name: '华东区域' },
      property: { name: '翠湖花园', format: 'RESIDENTIAL' },
    });
    const audit = await t.ok('{ auditEntries(filter: { entity: "Project" }) { nodes { operation entityId changes } } }', {}, admin);
    expect(audit.auditEntries.nodes[0]).toMatchObject({
      operation: 'createProject',
      entityId: r.createProject.id,
      changes: { code: { from: null, to: 'SH-101' } },
    });
  });

  it('refuses bad input with BAD_USER_INPUT naming each field, and writes nothing', async () => {
    const before = [await t.countRows('project'), await t.countRows('audit_entry')];
    const r = await t.gql(
      CREATE,
      {
        input: { code: '坏 code!', name: '', propertyId: 'not-a-uuid', regionId: east, contractStart: '2026-02-01', timeZone: 'Mars/Base' },
      },
      admin,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(fieldReasons(r).sort()).toEqual([
      'input.code:INVALID_FORMAT',
      'input.name:REQUIRED',
      'input.propertyId:INVALID_FORMAT',
      'input.timeZone:INVALID_VALUE',
    ]);
    // An impossible day is refused by the LocalDate type itself, before the other checks run.
    const badDate = await t.gql(
      CREATE,
      { input: { code: 'SH-102', name: 'x', propertyId: 'not-a-uuid', regionId: east, contractStart: '2026-02-30' } },
      admin,
    );
    expect(fieldReasons(badDate)).toEqual(['input.contractStart:INVALID_FORMAT']);
    const dup = await t.gql(
      CREATE,
      {
        input: {
          code: 'SH-001',
          name: 'x',
          propertyId: residential,
          regionId: east,
          contractStart: '2026-05-01',
          contractEnd: '2026-01-01',
        },
      },
      admin,
    );
    expect(fieldReasons(dup).sort()).toEqual(['input.code:TAKEN', 'input.contractEnd:DATE_ORDER']);
    const tooLong = await t.gql(CREATE, { input: { code: 'X1', name: '名'.repeat(101), propertyId: residential, regionId: east } }, admin);
    expect(tooLong.errors![0].extensions!['fields'][0]).toMatchObject({
      path: ['input', 'name'],
      reason: 'TOO_LONG',
      params: { max: 100 },
    });
    expect([await t.countRows('project'), await t.countRows('audit_entry')]).toEqual(before);
  });

  it('moves stages only along the life cycle', async () => {
    const { createProject: p } = await t.ok(
      CREATE,
      { input: { code: 'SH-102', name: '阶段测试', propertyId: residential, regionId: east } },
      admin,
    );
    const jump = await t.gql('mutation($id: ID!) { changeProjectStage(id: $id, stage: OPERATING) { stage } }', { id: p.id }, admin);
    expect(fieldReasons(jump)).toEqual(['stage:INVALID_TRANSITION']);
    const next = await t.ok(
      'mutation($id: ID!) { changeProjectStage(id: $id, stage: SURVEY) { stage version allowedNextStages } }',
      { id: p.id },
      admin,
    );
    expect(next.changeProjectStage).toEqual({ stage: 'SURVEY', version: 2, allowedNextStages: ['PROPOSAL', 'EXITED'] });
  });

  it('refuses a stale save with CONFLICT instead of overwriting', async () => {
    const { createProject: p } = await t.ok(
      CREATE,
      { input: { code: 'SH-103', name: '并发测试', propertyId: residential, regionId: east } },
      admin,
    );
    await t.ok(
      'mutation($id: ID!) { updateProject(id: $id, input: { name: "甲的修改" }, expectedVersion: 1) { version } }',
      { id: p.id },
      admin,
    );
    const second = await t.gql(
      'mutation($id: ID!) { updateProject(id: $id, input: { name: "乙的修改" }, expectedVersion: 1) { version } }',
      { id: p.id },
      admin,
    );
    expect(codes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0].message).toMatch(/changed by someone else/);
    expect((await t.ok('query($id: ID!) { project(id: $id) { name } }', { id: p.id }, admin)).project.name).toBe('甲的修改');
  });

  it('archives a project out of the default list but keeps it readable', async () => {
    const { createProject: p } = await t.ok(
      CREATE,
      { input: { code: 'SH-104', name: '归档测试', propertyId: residential, regionId: east } },
      admin,
    );
    await t.ok('mutation($id: ID!) { archiveProject(id: $id) { archivedAt } }', { id: p.id }, admin);
    const list = await t.ok(LIST, { filter: { search: 'SH-104' } }, admin);
    expect(list.projects.totalCount).toBe(0);
    const all = await t.ok(LIST, { filter: { search: 'SH-104', includeArchived: true } }, admin);
    expect(all.projects.totalCount).toBe(1);
  });

  it('lets only admins and regional ops change the portfolio', async () => {
    for (const email of ['viewer@demo.test', 'inspector@demo.test', 'quality@demo.test', 'hr@demo.test']) {
      const r = await t.gql(CREATE, { input: { code: 'NO-1', name: 'x', propertyId: residential, regionId: east } }, await t.token(email));
      expect([email, codes(r)]).toEqual([email, ['FORBIDDEN']]);
    }
    expect(codes(await t.gql('mutation { createRegion(input: { name: "新区域" }) { id } }', {}, ops))).toEqual(['FORBIDDEN']);
  });
});

describe('regional operations see and change only their regions', () => {
  it('lists only 华东区域 projects for ops@demo.test', async () => {
    const r = await t.ok(LIST, { first: 100 }, ops);
    expect(r.projects.nodes.length).toBeGreaterThan(0);
    expect(new Set(r.projects.nodes.map((p: { region: { name: string } }) => p.region.name))).toEqual(new Set(['华东区域']));
    const filtered = await t.ok(LIST, { filter: { regionId: south } }, ops);
    expect(filtered.projects.totalCount).toBe(0);
  });

  it("gets NOT_FOUND for another region's project and cannot create there", async () => {
    const gz = (await t.ok(LIST, { filter: { search: 'GZ-001' } }, admin)).projects.nodes[0];
    expect(codes(await t.gql('query($id: ID!) { project(id: $id) { id } }', { id: gz.id }, ops))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql('mutation($id: ID!) { updateProject(id: $id, input: { name: "x" }) { id } }', { id: gz.id }, ops))).toEqual([
      'NOT_FOUND',
    ]);
    const r = await t.gql(CREATE, { input: { code: 'GZ-900', name: '越区', propertyId: residential, regionId: south } }, ops);
    expect(fieldReasons(r)).toEqual(['input.regionId:INVALID_VALUE']);
    const mine = await t.ok(CREATE, { input: { code: 'SH-900', name: '本区域新项目', propertyId: residential, regionId: east } }, ops);
    expect(mine.createProject.region.name).toBe('华东区域');
    const move = await t.gql(
      'mutation($id: ID!, $r: ID!) { updateProject(id: $id, input: { regionId: $r }) { id } }',
      { id: mine.createProject.id, r: south },
      ops,
    );
    expect(fieldReasons(move)).toEqual(['input.regionId:INVALID_VALUE']);
  });
});

describe('the project list', () => {
  beforeAll(async () => {
    for (let i = 0; i < 60; i++) {
      await t.ok(
        CREATE,
        {
          input: {
            code: `BULK-${String(i).padStart(3, '0')}`,
            name: `批量项目 ${i}`,
            propertyId: residential,
            regionId: i % 2 ? east : south,
            managerUserId: (await t.ok('{ me { user { id } } }', {}, admin)).me.user.id,
          },
        },
        admin,
      );
    }
  });

  it('filters by region, format, stage and text', async () => {
    const text = await t.ok(LIST, { filter: { search: 'BULK-01' } }, admin);
    expect(text.projects.totalCount).toBe(10);
    const format = await t.ok(LIST, { filter: { format: 'SALES_CENTER' }, first: 100 }, admin);
    expect(format.projects.nodes.map((p: { code: string }) => p.code)).toEqual(['SH-003']);
    const stage = await t.ok(LIST, { filter: { stage: 'OPERATING' }, first: 100 }, admin);
    expect(stage.projects.nodes.every((p: { stage: string }) => p.stage === 'OPERATING')).toBe(true);
    const combined = await t.ok(LIST, { filter: { regionId: east, search: 'BULK' } }, admin);
    expect(combined.projects.totalCount).toBe(30);
    const wildcard = await t.ok(LIST, { filter: { search: '%' } }, admin);
    expect(wildcard.projects.totalCount).toBe(0);
  });

  it('pages forward and backward with cursors, in a stable order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: any = await t.ok(LIST, { filter: { search: 'BULK' }, sort: { field: 'CODE', direction: 'DESC' }, first: 25, after }, admin);
      seen.push(...r.projects.nodes.map((p: { code: string }) => p.code));
      pages++;
      if (!r.projects.pageInfo.hasNextPage) break;
      after = r.projects.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(60);
    expect(seen).toEqual([...seen].sort().reverse());
    const second = await t.ok(
      LIST,
      { filter: { search: 'BULK' }, sort: { field: 'CODE', direction: 'ASC' }, first: 10, after: null },
      admin,
    );
    const third = await t.ok(
      LIST,
      { filter: { search: 'BULK' }, sort: { field: 'CODE', direction: 'ASC' }, first: 10, after: second.projects.pageInfo.endCursor },
      admin,
    );
    const back = await t.ok(
      LIST,
      { filter: { search: 'BULK' }, sort: { field: 'CODE', direction: 'ASC' }, last: 10, before: third.projects.pageInfo.startCursor },
      admin,
    );
    expect(back.projects.nodes.map((p: { code: string }) => p.code)).toEqual(second.projects.nodes.map((p: { code: string }) => p.code));
    expect(back.projects.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('sorts by creation time across cursor pages', async () => {
    const a = await t.ok(LIST, { filter: { search: 'BULK' }, sort: { field: 'CREATED_AT', direction: 'ASC' }, first: 30 }, admin);
    const b = await t.ok(
      LIST,
      { filter: { search: 'BULK' }, sort: { field: 'CREATED_AT', direction: 'ASC' }, first: 30, after: a.projects.pageInfo.endCursor },
      admin,
    );
    const codesInOrder = [...a.projects.nodes, ...b.projects.nodes].map((p: { code: string }) => p.code);
    expect(new Set(codesInOrder).size).toBe(60);
    expect(codesInOrder[0]).toBe('BULK-000');
    expect(codesInOrder[59]).toBe('BULK-059');
  });

  it('caps the page size at 100 and rejects foreign cursors, naming the argument', async () => {
    expect(fieldReasons(await t.gql(LIST, { first: 101 }, admin))).toEqual(['first:OUT_OF_RANGE']);
    expect(fieldReasons(await t.gql(LIST, { after: 'bm9wZQ' }, admin))).toEqual(['after:INVALID_VALUE']);
  });

  it('resolves property, region and manager with the same number of SQL statements for 10 or 50 rows', async () => {
    t.resetSqlCount();
    const small = await t.ok(LIST, { filter: { search: 'BULK' }, first: 10 }, admin);
    const forTen = t.sqlCount;
    t.resetSqlCount();
    const large = await t.ok(LIST, { filter: { search: 'BULK' }, first: 50 }, admin);
    const forFifty = t.sqlCount;
    expect(small.projects.nodes).toHaveLength(10);
    expect(large.projects.nodes).toHaveLength(50);
    expect(large.projects.nodes[0].manager.displayName).toBeTruthy();
    expect(forFifty).toBe(forTen);
    // session check + count + page + property + region + membership + user
    expect(forFifty).toBeLessThanOrEqual(8);
  });
});

describe('properties and regions', () => {
  const SAVE = `mutation($input: PropertyInput!) { createProperty(input: $input) { id name format zones { id name } } }`;
  it('creates a property with zones and keeps zone ids across renames', async () => {
    const r = await t.ok(
      SAVE,
      { input: { name: '样板楼盘', format: 'SALES_CENTER', grossFloorArea: 2500.5, zones: [{ name: '售楼大厅' }, { name: '样板房' }] } },
      ops,
    );
    const p = r.createProperty;
    expect(p.zones.map((z: { name: string }) => z.name)).toEqual(['售楼大厅', '样板房']);
    const renamed = await t.ok(
      'mutation($id: ID!, $input: PropertyInput!) { updateProperty(id: $id, input: $input) { zones { id name } } }',
      { id: p.id, input: { name: '样板楼盘', format: 'SALES_CENTER', zones: [{ id: p.zones[0].id, name: '接待大厅' }] } },
      ops,
    );
    expect(renamed.updateProperty.zones).toEqual([{ id: p.zones[0].id, name: '接待大厅' }]);
  });

  it('names duplicate zones and negative areas as field errors', async () => {
    const r = await t.gql(
      SAVE,
      { input: { name: '重复', format: 'OFFICE', grossFloorArea: -1, zones: [{ name: '大堂' }, { name: '大堂' }] } },
      admin,
    );
    expect(fieldReasons(r)).toEqual(['input.grossFloorArea:OUT_OF_RANGE']);
    const dup = await t.gql(SAVE, { input: { name: '重复', format: 'OFFICE', zones: [{ name: '大堂' }, { name: '大堂' }] } }, admin);
    expect(fieldReasons(dup)).toEqual(['input.zones.1.name:TAKEN']);
    const taken = await t.gql(SAVE, { input: { name: '翠湖花园', format: 'OFFICE' } }, admin);
    expect(fieldReasons(taken)).toEqual(['input.name:TAKEN']);
  });

  it('lets admins rename regions, refusing duplicates', async () => {
    const r = await t.gql('mutation($id: ID!) { updateRegion(id: $id, input: { name: "华南区域" }) { name } }', { id: east }, admin);
    expect(fieldReasons(r)).toEqual(['input.name:TAKEN']);
  });
});
