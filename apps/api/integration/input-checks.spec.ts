import { Writable } from 'node:stream';
import { buildSchema, getNamedType, isInputObjectType, isObjectType } from 'graphql';
import pino from 'pino';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * Input checks made at the shared depth (issue 16, defects 8–10): calendar dates are one scalar
 * (LocalDate) that accepts real dates only; strings that are not well-formed Unicode are refused
 * for every argument; zone ids are the server's; expected client errors are logged at info.
 */
const lines: Array<Record<string, unknown>> = [];
const capture = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
let t: TestApp;
let admin: string;
let projectId: string;
beforeAll(async () => {
  t = await TestApp.start({ logger: pino({ level: 'info' }, capture) });
  admin = await t.token('admin@demo.test');
  projectId = (await t.ok('{ projects(first: 1) { nodes { id } } }', {}, admin)).projects.nodes[0].id;
});
afterAll(() => t.stop());

describe('calendar dates', () => {
  it.each(['2026-13-45', 'NaN', '2026-02-30', '2026-1-5', '', '20260101', '2026-01-01T00:00:00Z'])(
    'refuses "%s" as BAD_USER_INPUT at its field, writing nothing',
    async (bad) => {
      const before = [await t.countRows('inspection_frequency'), await t.countRows('audit_entry')];
      const arg = await t.gql(
        'mutation($p: ID!, $startDate: LocalDate) { applyInspectionFrequencyDefaults(projectId: $p, startDate: $startDate) { skipped { reason } } }',
        { p: projectId, startDate: bad },
        admin,
      );
      expect(fieldReasons(arg)).toEqual(['startDate:INVALID_FORMAT']);
      const nested = await t.gql(
        'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id } }',
        {
          p: projectId,
          input: {
            templateId: projectId,
            rrule: 'FREQ=DAILY;BYHOUR=9',
            windowMinutes: 60,
            startDate: '2030-01-01',
            excludedDates: ['2030-01-02', bad],
          },
        },
        admin,
      );
      expect(fieldReasons(nested)).toEqual(['input.excludedDates.1:INVALID_FORMAT']);
      expect([await t.countRows('inspection_frequency'), await t.countRows('audit_entry')]).toEqual(before);
    },
  );

  it('accepts a real date, 29 February of a leap year included', async () => {
    const r = await t.gql('query($d: LocalDate!) { inspectionDailySummary(date: $d) { date } }', { d: '2028-02-29' }, admin);
    expect(r.errors).toBeUndefined();
  });

  it('refuses an impossible date written into the query itself as a 400, not a crash', async () => {
    const r = await t.gql(
      `mutation { applyInspectionFrequencyDefaults(projectId: "${projectId}", startDate: "2026-13-45") { skipped { reason } } }`,
      {},
      admin,
    );
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('uses LocalDate for every argument and input field that takes a day (a new String date fails here)', async () => {
    const { printSchemaFromCode } = await import('../src/schema-file');
    const schema = buildSchema(await printSchemaFromCode());
    // Times of day (HH:mm, e.g. quiet hours) are not days: they are checked by their own pattern.
    const timeOfDay = (description?: string | null) => /HH:mm/.test(description ?? '');
    const looksLikeADay = (name: string, description?: string | null) =>
      !timeOfDay(description) &&
      (/YYYY-MM-DD/.test(description ?? '') || /(Date|Dates|On|^date|^from|^to|^asOf|deadline|Start|End|By)$/.test(name));
    const stringDays: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields()))
          if (getNamedType(f.type).name === 'String' && looksLikeADay(f.name, f.description)) stringDays.push(`${type.name}.${f.name}`);
      }
      if (isObjectType(type)) {
        for (const f of Object.values(type.getFields()))
          for (const a of f.args)
            if (getNamedType(a.type).name === 'String' && looksLikeADay(a.name, a.description))
              stringDays.push(`${type.name}.${f.name}(${a.name})`);
      }
    }
    expect(stringDays).toEqual([]);
  });
});

describe('text that is not well-formed Unicode', () => {
  it('is refused as BAD_USER_INPUT at its field, in inputs and plain arguments, writing nothing', async () => {
    const before = [await t.countRows('membership'), await t.countRows('region'), await t.countRows('audit_entry')];
    const invite = await t.gql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { acceptPath } }',
      { input: { email: 'a\ud800b@x.test', displayName: '张三', role: 'VIEWER' } },
      admin,
    );
    expect(fieldReasons(invite)).toEqual(['input.email:INVALID_FORMAT']);
    const region = await t.gql(
      'mutation($input: RegionInput!) { createRegion(input: $input) { id } }',
      { input: { name: '华\udc00区' } },
      admin,
    );
    expect(fieldReasons(region)).toEqual(['input.name:INVALID_FORMAT']);
    const login = await t.gql('mutation($e: String!) { login(email: $e, password: "x") { token } }', { e: '\ud83dadmin@demo.test' });
    expect(fieldReasons(login)).toEqual(['email:INVALID_FORMAT']);
    expect([await t.countRows('membership'), await t.countRows('region'), await t.countRows('audit_entry')]).toEqual(before);
  });

  it('refuses control characters, blank required text and empty ids, writing nothing', async () => {
    const before = [await t.countRows('region'), await t.countRows('employee'), await t.countRows('audit_entry')];
    const nul = await t.gql(
      'mutation($input: RegionInput!) { createRegion(input: $input) { id } }',
      { input: { name: '华东\u0000区' } },
      admin,
    );
    expect(fieldReasons(nul)).toEqual(['input.name:INVALID_FORMAT']);
    const blank = await t.gql('mutation($input: RegionInput!) { createRegion(input: $input) { id } }', { input: { name: '   ' } }, admin);
    expect(fieldReasons(blank)).toEqual(['input.name:REQUIRED']);
    // An update with an empty id used to create a new employee.
    const employee = await t.ok('{ positions { id } projects(first: 1) { nodes { id } } }', {}, admin);
    const update = await t.gql(
      'mutation($id: ID!, $input: EmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }',
      {
        id: '',
        input: { name: '空编号', positionId: employee.positions[0].id, projectId: employee.projects.nodes[0].id, hireDate: '2026-01-05' },
      },
      admin,
    );
    expect(fieldReasons(update)).toEqual(['id:INVALID_FORMAT']);
    expect([await t.countRows('region'), await t.countRows('employee'), await t.countRows('audit_entry')]).toEqual(before);
  });

  it('keeps well-formed text outside the basic plane (emoji, rare CJK) as it is', async () => {
    const r = await t.ok(
      'mutation($input: RegionInput!) { createRegion(input: $input) { name } }',
      { input: { name: '𠀋区域 🏢' } },
      admin,
    );
    expect(r.createRegion.name).toBe('𠀋区域 🏢');
  });
});

describe('zone ids', () => {
  const CREATE = 'mutation($input: PropertyInput!) { createProperty(input: $input) { id version zones { id name } } }';
  const UPDATE = 'mutation($id: ID!, $input: PropertyInput!) { updateProperty(id: $id, input: $input) { zones { id name } } }';

  it('are given by the server to new zones: a client-chosen id is refused, another property’s zone id too', async () => {
    const other = await t.ok('{ properties(first: 1) { nodes { id zones { id } } } }', {}, admin);
    const foreignZone = other.properties.nodes[0].zones[0]?.id ?? '00000000-0000-4000-8000-000000000001';
    const before = await t.countRows('property');
    const chosen = await t.gql(
      CREATE,
      { input: { name: '自选编号', format: 'RESIDENTIAL', zones: [{ name: '大堂' }, { id: foreignZone, name: '车库' }] } },
      admin,
    );
    expect(fieldReasons(chosen)).toEqual(['input.zones.1.id:NOT_FOUND']);
    expect(await t.countRows('property')).toBe(before);

    const created = await t.ok(
      CREATE,
      { input: { name: '服务器编号', format: 'RESIDENTIAL', zones: [{ name: '大堂' }, { name: '车库' }] } },
      admin,
    );
    const [lobby, garage] = created.createProperty.zones;
    expect(lobby.id).not.toBe(garage.id);
    // Renaming keeps the id; a new zone gets a new one; another property's zone id is not accepted.
    const renamed = await t.ok(
      UPDATE,
      {
        id: created.createProperty.id,
        input: { name: '服务器编号', format: 'RESIDENTIAL', zones: [{ id: lobby.id, name: '一楼大堂' }, { name: '会所' }] },
      },
      admin,
    );
    expect(renamed.updateProperty.zones[0]).toEqual({ id: lobby.id, name: '一楼大堂' });
    expect([lobby.id, garage.id]).not.toContain(renamed.updateProperty.zones[1].id);
    const stolen = await t.gql(
      UPDATE,
      { id: created.createProperty.id, input: { name: '服务器编号', format: 'RESIDENTIAL', zones: [{ id: foreignZone, name: '车库' }] } },
      admin,
    );
    expect(fieldReasons(stolen)).toEqual(['input.zones.0.id:NOT_FOUND']);
    const twice = await t.gql(
      UPDATE,
      {
        id: created.createProperty.id,
        input: {
          name: '服务器编号',
          format: 'RESIDENTIAL',
          zones: [
            { id: lobby.id, name: 'A' },
            { id: lobby.id, name: 'B' },
          ],
        },
      },
      admin,
    );
    expect(fieldReasons(twice)).toEqual(['input.zones.1.id:INVALID_VALUE']);
  });
});

describe('log levels', () => {
  it('logs expected client errors at info without a stack, and faults at error with one', async () => {
    lines.length = 0;
    const NIL = '00000000-0000-4000-8000-000000000000';
    const viewer = await t.token('viewer@demo.test');
    const region = await t.ok('mutation { createRegion(input: { name: "日志区域" }) { id version } }', {}, admin);
    const refused = [
      await t.gql(`{ project(id: "${NIL}") { id } }`, {}, admin), // NOT_FOUND (data layer)
      await t.gql(
        'mutation($id: ID!, $v: Int!) { updateRegion(id: $id, input: { name: "改名" }, expectedVersion: $v) { id } }',
        { id: region.createRegion.id, v: region.createRegion.version + 5 },
        admin,
      ), // CONFLICT
      await t.gql('mutation { createRegion(input: { name: "" }) { id } }', {}, admin), // BAD_USER_INPUT
      await t.gql('mutation { createRegion(input: { name: "无权" }) { id } }', {}, viewer), // FORBIDDEN
      await t.gql('{ me { role } }', {}, null), // UNAUTHENTICATED
      await t.gql('{ nope }', {}, admin), // GRAPHQL_VALIDATION_FAILED
    ];
    expect(refused.map((r) => codes(r)[0])).toEqual([
      'NOT_FOUND',
      'CONFLICT',
      'BAD_USER_INPUT',
      'FORBIDDEN',
      'UNAUTHENTICATED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect((await t.get(`/files/${NIL}`, admin)).status).toBe(404);
    expect(lines.filter((l) => Number(l['level']) >= 40)).toEqual([]);
    const infos = lines.filter((l) => l['msg'] === 'request refused');
    expect(infos.map((l) => l['code'])).toEqual(
      expect.arrayContaining(['NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED']),
    );
    expect(JSON.stringify(infos)).not.toMatch(/stack|\.ts:\d/);

    // A fault (the table is gone) is an error, with its stack.
    lines.length = 0;
    const table = t.dialect === 'mysql' ? '`region`' : '"region"';
    const renamed = t.dialect === 'mysql' ? '`region_gone`' : '"region_gone"';
    await t.dataSource.query(`ALTER TABLE ${table} RENAME TO ${renamed}`);
    try {
      const r = await t.gql('{ regions { nodes { id } } }', {}, admin);
      expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await t.dataSource.query(`ALTER TABLE ${renamed} RENAME TO ${table}`);
    }
    const errors = lines.filter((l) => Number(l['level']) >= 50);
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0]['err'])).toMatch(/stack/);
  });
});
