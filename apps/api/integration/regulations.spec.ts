import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * QC regulations (品质控制管理制度): writers create, draft, publish and diff regulations with the
 * shared versioning; members in the applicable roles acknowledge the current version, a new
 * version needs a new acknowledgement, and the status shows who has and has not read it.
 */
let t: TestApp;
const tok: Record<string, string> = {};
const user: Record<string, string> = {};

const REG =
  'id title scope format effectiveDate appliesToRoles latestNumber version appliesToMe acknowledgedByMeAt acknowledgementCounts { required acknowledged } owner { email } draft { id version } latest { number changeSummary sections { key title body } }';

beforeAll(async () => {
  t = await TestApp.start();
  for (const e of ['admin', 'quality', 'quality2', 'ops', 'inspector', 'viewer', 'hr']) {
    tok[e] = await t.token(`${e}@demo.test`);
    user[e] = (await t.ok('{ me { user { id } } }', {}, tok[e])).me.user.id;
  }
});
afterAll(() => t.stop());

async function create(title: string, extra: Record<string, unknown> = {}) {
  const r = await t.ok(
    `mutation($input: RegulationInput!) { createRegulation(input: $input) { ${REG} } }`,
    {
      input: {
        title,
        scope: 'TENANT',
        ownerUserId: user['quality'],
        effectiveDate: '2026-12-01',
        appliesToRoles: ['INSPECTOR', 'REGIONAL_OPS'],
        ...extra,
      },
    },
    tok['quality'],
  );
  return r.createRegulation;
}

async function saveAndPublish(id: string, sections: Array<{ key?: string; title: string; body: string }>, summary: string) {
  const draft = (await t.ok('mutation($id: ID!) { startRegulationDraft(regulationId: $id) { id version } }', { id }, tok['quality']))
    .startRegulationDraft;
  const saved = (
    await t.ok(
      'mutation($id: ID!, $input: RegulationDraftInput!, $v: Int!) { saveRegulationDraft(regulationId: $id, input: $input, expectedVersion: $v) { id version sections { key title } } }',
      { id, input: { sections }, v: draft.version },
      tok['quality'],
    )
  ).saveRegulationDraft;
  const published = (
    await t.ok(
      'mutation($id: ID!, $s: String!, $v: Int!) { publishRegulation(regulationId: $id, changeSummary: $s, expectedVersion: $v) { number status changeSummary } }',
      { id, s: summary, v: saved.version },
      tok['quality'],
    )
  ).publishRegulation;
  return { saved, published };
}

describe('QC regulations', () => {
  it('creates, drafts, publishes and diffs versions like handbooks; readers see only published ones', async () => {
    const reg = await create('巡检管理制度');
    expect(reg).toMatchObject({ scope: 'TENANT', format: null, latestNumber: 0, owner: { email: 'quality@demo.test' }, latest: null });
    expect(reg.draft).not.toBeNull();
    // Not published yet: an inspector cannot see it.
    expect(codes(await t.gql('query($id: ID!) { regulation(id: $id) { id } }', { id: reg.id }, tok['inspector']))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await t.gql(
          'mutation($id: ID!) { publishRegulation(regulationId: $id, changeSummary: "x", expectedVersion: 1) { id } }',
          { id: reg.id },
          tok['quality'],
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);

    const { saved, published } = await saveAndPublish(
      reg.id,
      [
        { title: '总则', body: '每日巡检。' },
        { title: '检查频次', body: '每周一次。' },
      ],
      '首次发布',
    );
    expect(published).toMatchObject({ number: 1, status: 'PUBLISHED', changeSummary: '首次发布' });
    const [s1, s2] = saved.sections;
    await saveAndPublish(
      reg.id,
      [
        { key: s2.key, title: '检查频次', body: '每周两次。' },
        { title: '整改', body: '限期整改。' },
      ],
      '频次调整',
    );
    const diff = (
      await t.ok(
        'query($id: ID!) { regulationDiff(regulationId: $id, fromNumber: 1, toNumber: 2) { fromNumber toNumber sections { added { label } removed { label } changed { key label changes { field from to } } } } }',
        { id: reg.id },
        tok['inspector'],
      )
    ).regulationDiff;
    expect(diff.sections.added.map((e: { label: string }) => e.label)).toEqual(['整改']);
    expect(diff.sections.removed.map((e: { label: string }) => e.label)).toEqual(['总则']);
    expect(diff.sections.changed).toEqual([
      {
        key: s2.key,
        label: '检查频次',
        changes: expect.arrayContaining([
          { field: 'body', from: '每周一次。', to: '每周两次。' },
          { field: 'position', from: 2, to: 1 },
        ]),
      },
    ]);
    void s1;
    const list = await t.ok('{ regulations { totalCount nodes { title latestNumber versions { number } } } }', {}, tok['inspector']);
    expect(list.regulations.nodes.find((n: { title: string }) => n.title === '巡检管理制度')).toEqual({
      title: '巡检管理制度',
      latestNumber: 2,
      versions: [{ number: 2 }, { number: 1 }],
    });
  });

  it('validates with field paths and refuses other roles', async () => {
    const bad = await t.gql(
      'mutation($input: RegulationInput!) { createRegulation(input: $input) { id } }',
      {
        input: {
          title: '',
          scope: 'FORMAT',
          ownerUserId: '00000000-0000-4000-8000-000000000000',
          effectiveDate: '2026-03-01',
          appliesToRoles: [],
        },
      },
      tok['quality'],
    );
    expect(fieldReasons(bad).sort()).toEqual(['input.appliesToRoles:REQUIRED', 'input.title:REQUIRED']);
    // An impossible day is refused by the LocalDate type itself, before the other checks run.
    const badDate = await t.gql(
      'mutation($input: RegulationInput!) { createRegulation(input: $input) { id } }',
      {
        input: {
          title: '',
          scope: 'FORMAT',
          ownerUserId: '00000000-0000-4000-8000-000000000000',
          effectiveDate: '2026-02-30',
          appliesToRoles: [],
        },
      },
      tok['quality'],
    );
    expect(fieldReasons(badDate)).toEqual(['input.effectiveDate:INVALID_FORMAT']);
    const bad2 = await t.gql(
      'mutation($input: RegulationInput!) { createRegulation(input: $input) { id } }',
      {
        input: {
          title: '物业制度',
          scope: 'FORMAT',
          ownerUserId: '00000000-0000-4000-8000-000000000000',
          effectiveDate: '2026-12-01',
          appliesToRoles: ['INSPECTOR'],
        },
      },
      tok['quality'],
    );
    expect(fieldReasons(bad2).sort()).toEqual(['input.format:REQUIRED', 'input.ownerUserId:NOT_FOUND']);
    await create('重名制度');
    expect(
      fieldReasons(
        await t.gql(
          'mutation($input: RegulationInput!) { createRegulation(input: $input) { id } }',
          {
            input: {
              title: '重名制度',
              scope: 'TENANT',
              ownerUserId: user['quality'],
              effectiveDate: '2026-12-01',
              appliesToRoles: ['INSPECTOR'],
            },
          },
          tok['admin'],
        ),
      ),
    ).toEqual(['input.title:TAKEN']);
    for (const who of ['ops', 'inspector', 'viewer', 'hr']) {
      expect(
        codes(
          await t.gql(
            'mutation($input: RegulationInput!) { createRegulation(input: $input) { id } }',
            {
              input: {
                title: `越权${who}`,
                scope: 'TENANT',
                ownerUserId: user['quality'],
                effectiveDate: '2026-12-01',
                appliesToRoles: ['INSPECTOR'],
              },
            },
            tok[who],
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    const reg = await create('售楼处制度', { scope: 'FORMAT', format: 'SALES_CENTER' });
    expect(reg.format).toBe('SALES_CENTER');
    const draft = await t.gql(
      'mutation($id: ID!, $v: Int!) { saveRegulationDraft(regulationId: $id, expectedVersion: $v, input: { sections: [{ title: "", body: "x" }] }) { id } }',
      { id: reg.id, v: reg.draft.version },
      tok['quality'],
    );
    expect(fieldReasons(draft)).toEqual(['input.sections.0.title:REQUIRED']);
    expect(codes(await t.gql('{ regulationAcknowledgements(regulationId: "' + reg.id + '") { required } }', {}, tok['inspector']))).toEqual(
      ['FORBIDDEN'],
    );
  });

  it('tracks acknowledgements of the current version; a new version needs a new one', async () => {
    const reg = await create('整改验证制度', { appliesToRoles: ['QUALITY_CENTER', 'INSPECTOR'] });
    const unread0 = await t.ok('{ myUnreadRegulations { id } }', {}, tok['inspector']);
    expect(unread0.myUnreadRegulations.map((r: { id: string }) => r.id)).not.toContain(reg.id); // not published yet
    await saveAndPublish(reg.id, [{ title: '验证', body: '由非提交人验证。' }], 'v1');
    expect(
      (await t.ok('{ myUnreadRegulations { id } }', {}, tok['inspector'])).myUnreadRegulations.map((r: { id: string }) => r.id),
    ).toContain(reg.id);

    // Only the current version, only applicable roles.
    expect(
      fieldReasons(
        await t.gql(
          'mutation($id: ID!) { acknowledgeRegulation(regulationId: $id, versionNumber: 2) { id } }',
          { id: reg.id },
          tok['inspector'],
        ),
      ),
    ).toEqual(['versionNumber:INVALID_VALUE']);
    expect(
      codes(
        await t.gql('mutation($id: ID!) { acknowledgeRegulation(regulationId: $id, versionNumber: 1) { id } }', { id: reg.id }, tok['ops']),
      ),
    ).toEqual(['FORBIDDEN']);
    const ack = await t.ok(
      `mutation($id: ID!) { acknowledgeRegulation(regulationId: $id, versionNumber: 1) { ${REG} } }`,
      { id: reg.id },
      tok['inspector'],
    );
    expect(ack.acknowledgeRegulation.acknowledgedByMeAt).not.toBeNull();
    expect(ack.acknowledgeRegulation.acknowledgementCounts).toBeNull(); // counts are for writers
    const rows = await t.countRows('regulation_acknowledgement');
    await t.ok(
      'mutation($id: ID!) { acknowledgeRegulation(regulationId: $id, versionNumber: 1) { id } }',
      { id: reg.id },
      tok['inspector'],
    );
    expect(await t.countRows('regulation_acknowledgement')).toBe(rows); // repeating is harmless
    await t.ok('mutation($id: ID!) { acknowledgeRegulation(regulationId: $id, versionNumber: 1) { id } }', { id: reg.id }, tok['quality']);
    expect(
      (await t.ok('{ myUnreadRegulations { id } }', {}, tok['inspector'])).myUnreadRegulations.map((r: { id: string }) => r.id),
    ).not.toContain(reg.id);

    const STATUS =
      'query($id: ID!) { regulationAcknowledgements(regulationId: $id) { versionNumber required acknowledged readers { user { email } role acknowledgedAt lastAcknowledgedNumber } } }';
    const s1 = (await t.ok(STATUS, { id: reg.id }, tok['admin'])).regulationAcknowledgements;
    // QUALITY_CENTER: quality, quality2; INSPECTOR: inspector.
    expect(s1).toMatchObject({ versionNumber: 1, required: 3, acknowledged: 2 });
    expect(s1.readers[0]).toMatchObject({ user: { email: 'quality2@demo.test' }, acknowledgedAt: null, lastAcknowledgedNumber: null });
    const counts = await t.ok(
      `query($id: ID!) { regulation(id: $id) { acknowledgementCounts { required acknowledged } } }`,
      { id: reg.id },
      tok['quality'],
    );
    expect(counts.regulation.acknowledgementCounts).toEqual({ required: 3, acknowledged: 2 });

    // Version 2: everyone must read again; the old acknowledgement still shows as the last one read.
    await saveAndPublish(reg.id, [{ title: '验证', body: '由非提交人验证，并记录实际效果。' }], 'v2');
    const s2 = (await t.ok(STATUS, { id: reg.id }, tok['quality'])).regulationAcknowledgements;
    expect(s2).toMatchObject({ versionNumber: 2, required: 3, acknowledged: 0 });
    expect(s2.readers.find((r: { user: { email: string } }) => r.user.email === 'inspector@demo.test')).toMatchObject({
      acknowledgedAt: null,
      lastAcknowledgedNumber: 1,
    });
    expect(
      (await t.ok('{ myUnreadRegulations { id } }', {}, tok['inspector'])).myUnreadRegulations.map((r: { id: string }) => r.id),
    ).toContain(reg.id);
    expect(
      fieldReasons(
        await t.gql(
          'mutation($id: ID!) { acknowledgeRegulation(regulationId: $id, versionNumber: 1) { id } }',
          { id: reg.id },
          tok['inspector'],
        ),
      ),
    ).toEqual(['versionNumber:INVALID_VALUE']);
    await t.ok(
      'mutation($id: ID!) { acknowledgeRegulation(regulationId: $id, versionNumber: 2) { id } }',
      { id: reg.id },
      tok['inspector'],
    );
    expect((await t.ok(STATUS, { id: reg.id }, tok['quality'])).regulationAcknowledgements).toMatchObject({
      versionNumber: 2,
      acknowledged: 1,
    });
  });

  it('updates the head with optimistic locking and audits every change', async () => {
    const reg = await create('成本制度');
    const input = {
      title: '成本控制制度',
      scope: 'TENANT',
      ownerUserId: user['quality2'],
      effectiveDate: '2027-01-01',
      appliesToRoles: ['REGIONAL_OPS'],
    };
    const audit = await t.countRows('audit_entry');
    const up = await t.ok(
      'mutation($id: ID!, $input: RegulationInput!, $v: Int!) { updateRegulation(id: $id, input: $input, expectedVersion: $v) { title owner { email } version } }',
      { id: reg.id, input, v: reg.version },
      tok['admin'],
    );
    expect(up.updateRegulation).toMatchObject({ title: '成本控制制度', owner: { email: 'quality2@demo.test' } });
    expect(await t.countRows('audit_entry')).toBe(audit + 1);
    expect(
      codes(
        await t.gql(
          'mutation($id: ID!, $input: RegulationInput!, $v: Int!) { updateRegulation(id: $id, input: $input, expectedVersion: $v) { id } }',
          { id: reg.id, input, v: reg.version },
          tok['admin'],
        ),
      ),
    ).toEqual(['CONFLICT']);
  });
});

describe('the demo data', () => {
  it('has a company-wide regulation with two versions, partly acknowledged, and one for sales centers', async () => {
    const r = await t.ok(
      '{ regulations(first: 100) { nodes { id title scope format latestNumber acknowledgementCounts { required acknowledged } } } }',
      {},
      tok['quality'],
    );
    const tenantWide = r.regulations.nodes.find((n: any) => n.title === '品质检查与整改管理制度');
    expect(tenantWide).toMatchObject({ scope: 'TENANT', latestNumber: 2, acknowledgementCounts: { required: 4, acknowledged: 2 } });
    expect(r.regulations.nodes.find((n: any) => n.title === '售楼处及样板房服务品质管理规定')).toMatchObject({
      scope: 'FORMAT',
      format: 'SALES_CENTER',
      latestNumber: 1,
    });
    const diff = await t.ok(
      'query($id: ID!) { regulationDiff(regulationId: $id, fromNumber: 1, toNumber: 2) { sections { added { label } changed { label } } } }',
      { id: tenantWide.id },
      tok['ops'],
    );
    expect(diff.regulationDiff.sections.added.map((e: any) => e.label)).toEqual(['效果验证']);
    expect((await t.ok('{ myUnreadRegulations { title } }', {}, tok['ops'])).myUnreadRegulations.map((x: any) => x.title)).toEqual(
      expect.arrayContaining(['品质检查与整改管理制度', '售楼处及样板房服务品质管理规定']),
    );
  });
});
