import { randomBytes, randomUUID } from 'node:crypto';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * 公司设置 and what reads it (issue 23 items 2 and 9): every automatic rectification gets an owner
 * (the project's manager, then the company's fallback, then its finder); the Quality Center
 * assigns or reassigns with a reason kept in the history; planned inspections may start early
 * when the company allows it, and the API honours it.
 */
let t: TestApp;
let admin: string;
let quality: string;
let inspector: string;
let ops: string;
let hr: string;
let otherAdmin: string;
const ids: Record<string, string> = {};
const items: Record<string, { key: string; critical: boolean }> = {};

const SETTINGS = '{ companySettings { rectificationFallbackOwnerUserId rectificationFallbackOwner { email } earlyStartHours version } }';
const UPDATE =
  'mutation($i: CompanySettingsInput!, $v: Int) { updateCompanySettings(input: $i, expectedVersion: $v) { rectificationFallbackOwner { email } earlyStartHours version } }';
const SUBMIT =
  'mutation($input: InspectionInput!) { submitInspection(input: $input) { id rectifications { id owner { email } ownerSource history { action toOwner { email } } } } }';
const ASSIGN =
  'mutation($id: ID!, $o: ID!, $r: String!, $v: Int) { assignRectification(id: $id, ownerUserId: $o, reason: $r, expectedVersion: $v) { id version owner { email } ownerSource needsOwner history { action fromState toState note user { email } fromOwner { email } toOwner { email } } } }';
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

beforeAll(async () => {
  t = await TestApp.start();
  [admin, quality, inspector, ops, hr] = await Promise.all(
    ['admin@demo.test', 'quality@demo.test', 'inspector@demo.test', 'ops@demo.test', 'hr@demo.test'].map((e) => t.token(e)),
  );
  otherAdmin = await t.token('admin@other.test');
  const d = await t.ok(
    `{ projects(first: 100) { nodes { id code } } members(first: 100) { nodes { id user { id email } } }
       inspectionTemplates { nodes { id name latestVersion { sections { items { key critical standard { code } } } } } } }`,
    {},
    admin,
  );
  for (const p of d.projects.nodes) ids[p.code] = p.id;
  for (const m of d.members.nodes) {
    ids[m.user.email] = m.user.id;
    ids[`member:${m.user.email}`] = m.id;
  }
  const residential = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表');
  ids['residential'] = residential.id;
  for (const s of residential.latestVersion.sections) for (const i of s.items) items[i.standard.code] = i;
  const other = await t.ok('{ members(first: 10) { nodes { user { id } } } }', {}, otherAdmin);
  ids['other-user'] = other.members.nodes[0].user.id;
});
afterAll(() => t.stop());
afterEach(() => t.setNow(null));

/** An ad-hoc inspection of `project` with its critical items failed (each opens a rectification). */
async function failCritical(project: string, token = inspector) {
  const signature = (await t.upload(png(), 'image/png', token)).json.id;
  const input = {
    clientKey: randomUUID(),
    projectId: ids[project],
    templateId: ids['residential'],
    signatureFileId: signature,
    items: Object.values(items).map((i) => ({ itemKey: i.key, result: i.critical ? 'FAIL' : 'PASS' })),
  };
  return (await t.ok(SUBMIT, { input }, token)).submitInspection.rectifications as Array<{
    id: string;
    owner: { email: string } | null;
    ownerSource: string;
    history: Array<{ action: string; toOwner: { email: string } | null }>;
  }>;
}

describe('company settings', () => {
  it('are read by every member and changed by admins and the Quality Center, with field errors and versions', async () => {
    // The demo company names 钱芳 of the Quality Center as its fallback owner.
    const seeded = (await t.ok(SETTINGS, {}, inspector)).companySettings;
    expect(seeded).toMatchObject({ rectificationFallbackOwner: { email: 'quality2@demo.test' }, earlyStartHours: 0 });
    expect(codes(await t.gql(UPDATE, { i: { earlyStartHours: 2 } }, ops))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(UPDATE, { i: { earlyStartHours: 2 } }, hr))).toEqual(['FORBIDDEN']);
    const audit = await t.countRows('audit_entry');
    const bad = await t.gql(UPDATE, { i: { earlyStartHours: 49, rectificationFallbackOwnerUserId: ids['other-user'] } }, quality);
    expect(fieldReasons(bad)).toEqual(['input.rectificationFallbackOwnerUserId:NOT_FOUND', 'input.earlyStartHours:OUT_OF_RANGE']);
    expect(fieldReasons(await t.gql(UPDATE, { i: { earlyStartHours: -1 } }, quality))).toEqual(['input.earlyStartHours:OUT_OF_RANGE']);
    expect(await t.countRows('audit_entry')).toBe(audit);
    const saved = (await t.ok(UPDATE, { i: { earlyStartHours: 3 }, v: seeded.version }, quality)).updateCompanySettings;
    expect(saved).toMatchObject({ earlyStartHours: 3, rectificationFallbackOwner: { email: 'quality2@demo.test' } });
    expect(codes(await t.gql(UPDATE, { i: { earlyStartHours: 1 }, v: seeded.version }, admin))).toEqual(['CONFLICT']);
    const back = (await t.ok(UPDATE, { i: { earlyStartHours: 0 }, v: saved.version }, admin)).updateCompanySettings;
    expect(back.earlyStartHours).toBe(0);
    expect(await t.countRows('audit_entry')).toBe(audit + 2);
  });

  it('belong to each company: another company has its own (defaults until saved)', async () => {
    expect((await t.ok(SETTINGS, {}, otherAdmin)).companySettings).toEqual({
      rectificationFallbackOwnerUserId: null,
      rectificationFallbackOwner: null,
      earlyStartHours: 0,
      version: 0,
    });
  });
});

describe('rectification owners (issue 23 item 2)', () => {
  it('always resolves an owner: the project manager, then the company fallback, then the finder', async () => {
    // SH-001 has a manager (赵磊).
    const managed = await failCritical('SH-001');
    expect(managed.every((r) => r.owner?.email === 'ops@demo.test' && r.ownerSource === 'PROJECT_MANAGER')).toBe(true);
    // SH-002 has none: the company's fallback, 钱芳; the CREATED step names the owner.
    const fallback = await failCritical('SH-002');
    expect(fallback.map((r) => [r.owner?.email, r.ownerSource])).toEqual(fallback.map(() => ['quality2@demo.test', 'COMPANY_FALLBACK']));
    expect(fallback[0].history).toEqual([{ action: 'CREATED', toOwner: { email: 'quality2@demo.test' } }]);
    // Without a fallback the finder owns it, never nobody.
    const s = (await t.ok(SETTINGS, {}, admin)).companySettings;
    await t.ok(UPDATE, { i: { rectificationFallbackOwnerUserId: null }, v: s.version }, admin);
    const finder = await failCritical('SH-002');
    expect(finder.map((r) => [r.owner?.email, r.ownerSource])).toEqual(finder.map(() => ['inspector@demo.test', 'FINDER']));
    // A fallback who is no longer an active member is passed over too.
    const s2 = (await t.ok(SETTINGS, {}, admin)).companySettings;
    await t.ok(UPDATE, { i: { rectificationFallbackOwnerUserId: ids['viewer@demo.test'] }, v: s2.version }, admin);
    await t.ok('mutation($id: ID!) { deactivateMember(id: $id) { id } }', { id: ids['member:viewer@demo.test'] }, admin);
    try {
      const passedOver = await failCritical('SH-002');
      expect(passedOver.map((r) => r.ownerSource)).toEqual(passedOver.map(() => 'FINDER'));
    } finally {
      await t.ok('mutation($id: ID!) { reactivateMember(id: $id) { id } }', { id: ids['member:viewer@demo.test'] }, admin);
      const s3 = (await t.ok(SETTINGS, {}, admin)).companySettings;
      await t.ok(UPDATE, { i: { rectificationFallbackOwnerUserId: ids['quality2@demo.test'] }, v: s3.version }, admin);
    }
  });

  it('lists the ownerless ones and lets the Quality Center assign an owner with a reason, kept in the history', async () => {
    const LIST =
      '{ rectifications(first: 100, filter: { unowned: true }) { totalCount nodes { id owner { email } needsOwner project { code } } } }';
    // The demo keeps one rectification opened before owners were always resolved.
    const before = (await t.ok(LIST, {}, quality)).rectifications;
    expect(before.totalCount).toBe(1);
    const legacy = before.nodes[0];
    expect(legacy).toMatchObject({ owner: null, needsOwner: true, project: { code: 'SH-002' } });
    const owned = await t.ok('{ rectifications(first: 100, filter: { unowned: false }) { nodes { needsOwner } } }', {}, quality);
    expect(owned.rectifications.nodes.every((n: any) => !n.needsOwner)).toBe(true);

    // Only the Quality Center and admins assign; the reason is required; the owner must be an active member here.
    expect(codes(await t.gql(ASSIGN, { id: legacy.id, o: ids['ops@demo.test'], r: '项目经理负责' }, ops))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(ASSIGN, { id: legacy.id, o: ids['ops@demo.test'], r: '项目经理负责' }, hr))).toEqual(['FORBIDDEN']);
    expect(fieldReasons(await t.gql(ASSIGN, { id: legacy.id, o: ids['ops@demo.test'], r: ' ' }, quality))).toEqual(['reason:REQUIRED']);
    expect(fieldReasons(await t.gql(ASSIGN, { id: legacy.id, o: ids['other-user'], r: '转交' }, quality))).toEqual([
      'ownerUserId:NOT_FOUND',
    ]);
    const assigned = (await t.ok(ASSIGN, { id: legacy.id, o: ids['ops@demo.test'], r: '金融中心暂无项目经理，由区域运营跟进' }, quality))
      .assignRectification;
    expect(assigned).toMatchObject({ owner: { email: 'ops@demo.test' }, ownerSource: 'ASSIGNED', needsOwner: false });
    expect(assigned.history.at(-1)).toEqual({
      action: 'ASSIGNED',
      fromState: 'OPEN',
      toState: 'OPEN',
      note: '金融中心暂无项目经理，由区域运营跟进',
      user: { email: 'quality@demo.test' },
      fromOwner: null,
      toOwner: { email: 'ops@demo.test' },
    });
    // It is now in the owner's list and out of the ownerless one.
    const mine = await t.ok('{ rectifications(first: 100, filter: { mine: true }) { nodes { id } } }', {}, ops);
    expect(mine.rectifications.nodes.map((n: any) => n.id)).toContain(legacy.id);
    expect((await t.ok(LIST, {}, quality)).rectifications.totalCount).toBe(0);

    // Reassigning: the same owner again is refused, a stale version is a conflict, another owner is recorded from → to.
    expect(fieldReasons(await t.gql(ASSIGN, { id: legacy.id, o: ids['ops@demo.test'], r: '再次' }, quality))).toEqual([
      'ownerUserId:INVALID_VALUE',
    ]);
    expect(codes(await t.gql(ASSIGN, { id: legacy.id, o: ids['quality2@demo.test'], r: '转交品质中心', v: 1 }, admin))).toEqual([
      'CONFLICT',
    ]);
    const reassigned = (await t.ok(ASSIGN, { id: legacy.id, o: ids['quality2@demo.test'], r: '转交品质中心', v: assigned.version }, admin))
      .assignRectification;
    expect(reassigned.history.at(-1)).toMatchObject({ fromOwner: { email: 'ops@demo.test' }, toOwner: { email: 'quality2@demo.test' } });
    const audit = await t.ok(
      'query($f: AuditFilter) { auditEntries(first: 5, filter: $f) { nodes { operation entityId } } }',
      { f: { entity: 'Rectification' } },
      admin,
    );
    expect(audit.auditEntries.nodes[0]).toEqual({ operation: 'assignRectification', entityId: legacy.id });
  });

  it("refuses another company's rectification and a verified one", async () => {
    const [r] = await failCritical('SH-001');
    expect(codes(await t.gql(ASSIGN, { id: r.id, o: ids['other-user'], r: '盗用' }, otherAdmin))).toEqual(['NOT_FOUND']);
    const verified = await t.ok('{ rectifications(first: 1, filter: { states: [VERIFIED] }) { nodes { id } } }', {}, quality);
    expect(
      fieldReasons(await t.gql(ASSIGN, { id: verified.rectifications.nodes[0].id, o: ids['ops@demo.test'], r: '已完成' }, quality)),
    ).toEqual(['id:INVALID_TRANSITION']);
  });
});

describe('early starts (issue 23 item 9)', () => {
  // Wednesday 6 March 2030, 09:00 in Asia/Shanghai = 01:00Z; a window of 2 hours.
  let occurrenceId: string;
  const OCC = 'query($id: ID!) { inspectionOccurrence(id: $id) { state startableFrom canStart } }';
  const COMPLETE = 'mutation($id: ID!) { completeInspectionOccurrence(id: $id) { state completedAt } }';

  beforeAll(async () => {
    t.setNow('2030-03-01T00:00:00Z');
    await t.ok(
      'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id } }',
      {
        p: ids['SH-001'],
        input: {
          templateId: ids['residential'],
          rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
          windowMinutes: 120,
          allowLate: false,
          startDate: '2030-03-04',
          assigneeUserId: ids['inspector@demo.test'],
        },
      },
      quality,
    );
    const occ = await t.ok(
      'query($s: OccurrenceScope!) { inspectionOccurrences(scope: $s, first: 100) { nodes { id dueAt assigneeUser { email } } } }',
      { s: { from: '2030-03-06', to: '2030-03-06', projectId: ids['SH-001'] } },
      quality,
    );
    occurrenceId = occ.inspectionOccurrences.nodes.find((o: any) => o.assigneeUser?.email === 'inspector@demo.test').id;
    t.setNow(null);
  });

  async function setEarly(hours: number) {
    const s = (await t.ok(SETTINGS, {}, admin)).companySettings;
    await t.ok(UPDATE, { i: { earlyStartHours: hours }, v: s.version }, admin);
  }

  it('refuses a start before the window opens unless the company allows it, then from N hours before', async () => {
    t.setNow('2030-03-06T00:00:00Z'); // 08:00, an hour before
    expect((await t.ok(OCC, { id: occurrenceId }, inspector)).inspectionOccurrence).toEqual({
      state: 'SCHEDULED',
      startableFrom: '2030-03-06T01:00:00.000Z',
      canStart: false,
    });
    expect(fieldReasons(await t.gql(COMPLETE, { id: occurrenceId }, inspector))).toEqual(['id:INVALID_TRANSITION']);

    await setEarly(2);
    try {
      t.setNow('2030-03-05T22:30:00Z'); // 06:30: still too early (from 07:00)
      expect((await t.ok(OCC, { id: occurrenceId }, inspector)).inspectionOccurrence).toEqual({
        state: 'SCHEDULED',
        startableFrom: '2030-03-05T23:00:00.000Z',
        canStart: false,
      });
      const refused = await t.gql(COMPLETE, { id: occurrenceId }, inspector);
      expect(fieldReasons(refused)).toEqual(['id:INVALID_TRANSITION']);
      expect((refused.errors?.[0].extensions as any).fields[0].params.startableFrom).toBe('2030-03-05T23:00:00.000Z');
      t.setNow('2030-03-06T00:00:00Z'); // 08:00: allowed now
      expect((await t.ok(OCC, { id: occurrenceId }, inspector)).inspectionOccurrence.canStart).toBe(true);
      // Only for whoever may do it.
      expect((await t.ok(OCC, { id: occurrenceId }, ops)).inspectionOccurrence.canStart).toBe(false);
      const done = (await t.ok(COMPLETE, { id: occurrenceId }, inspector)).completeInspectionOccurrence;
      expect(done).toEqual({ state: 'COMPLETED', completedAt: '2030-03-06T00:00:00.000Z' });
      expect((await t.ok(OCC, { id: occurrenceId }, inspector)).inspectionOccurrence.canStart).toBe(false);
    } finally {
      await setEarly(0);
    }
  });
});
