import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * The audit trail for people: referenced ids come with names and pages (through the record
 * catalogue, tenant-scoped), a time range filter, and one record's history (its own changes and
 * its parts': a handbook's draft saves, a complaint's actions) for whoever may read the record,
 * by the owning capability's visibility rule.
 */
let t: TestApp;
const tok: Record<string, string> = {};
const user: Record<string, string> = {};
const ids: Record<string, string> = {};

const ENTRY = `id operation entity createdAt user { displayName }
  subject { kind id name page pageId }
  record { kind id name page pageId }
  changeList { field from to refKind fromRefs { id name } toRefs { id name page pageId } }`;
const HISTORY = `query($e: String!, $id: ID!, $first: Int) { recordHistory(entity: $e, id: $id, first: $first) { totalCount nodes { ${ENTRY} } } }`;

beforeAll(async () => {
  t = await TestApp.start();
  for (const e of ['admin', 'quality', 'ops', 'inspector']) {
    tok[e] = await t.token(`${e}@demo.test`);
    user[e] = (await t.ok('{ me { user { id } } }', {}, tok[e])).me.user.id;
  }
  tok['otherAdmin'] = await t.token('admin@other.test');
  const d = await t.ok(
    '{ projects(first: 100) { nodes { id code name version region { name } } } handbooks(first: 1, filter: { kind: PROJECT }) { nodes { id name } } }',
    {},
    tok['admin'],
  );
  const east = d.projects.nodes.find((p: any) => p.code === 'SH-001');
  ids['east'] = east.id;
  ids['eastName'] = `${east.code} ${east.name}`;
  ids['eastVersion'] = String(east.version);
  ids['south'] = d.projects.nodes.find((p: any) => p.region.name === '华南区域').id;
  ids['handbook'] = d.handbooks.nodes[0].id;
});
afterAll(() => t.stop());

describe('audit trail for people', () => {
  it('names the changed record and the people a change points at, with their pages', async () => {
    const r = await t.ok(
      'mutation($id: ID!, $m: ID!, $v: Int) { updateProject(id: $id, input: { managerUserId: $m }, expectedVersion: $v) { id } }',
      { id: ids['east'], m: user['quality'], v: Number(ids['eastVersion']) },
      tok['admin'],
    );
    expect(r.updateProject.id).toBe(ids['east']);
    const a = await t.ok(`{ auditEntries(first: 1, filter: { entity: "Project" }) { nodes { ${ENTRY} } } }`, {}, tok['admin']);
    const entry = a.auditEntries.nodes[0];
    expect(entry.operation).toBe('updateProject');
    expect(entry.subject).toEqual({ kind: 'Project', id: ids['east'], name: ids['eastName'], page: 'Project', pageId: ids['east'] });
    expect(entry.record).toEqual(entry.subject);
    const manager = entry.changeList.find((c: any) => c.field === 'managerUserId');
    expect(manager.refKind).toBe('User');
    expect(manager.toRefs).toEqual([expect.objectContaining({ id: user['quality'], name: expect.stringMatching(/\S/), page: 'Members' })]);
  });

  it('filters by a time range and refuses an end before the start', async () => {
    const now = Date.now();
    const all = await t.ok('{ auditEntries { totalCount } }', {}, tok['admin']);
    const past = await t.ok(
      'query($f: AuditFilter) { auditEntries(filter: $f) { totalCount } }',
      { f: { from: new Date(now - 3600_000).toISOString(), to: new Date(now + 60_000).toISOString() } },
      tok['admin'],
    );
    expect(past.auditEntries.totalCount).toBeGreaterThan(0);
    expect(past.auditEntries.totalCount).toBeLessThanOrEqual(all.auditEntries.totalCount);
    const future = await t.ok(
      'query($f: AuditFilter) { auditEntries(filter: $f) { totalCount } }',
      { f: { from: new Date(now + 3600_000).toISOString() } },
      tok['admin'],
    );
    expect(future.auditEntries.totalCount).toBe(0);
    const wrong = await t.gql(
      'query($f: AuditFilter) { auditEntries(filter: $f) { totalCount } }',
      { f: { from: new Date(now).toISOString(), to: new Date(now - 1000).toISOString() } },
      tok['admin'],
    );
    expect(fieldReasons(wrong)).toEqual(['filter.to:DATE_ORDER']);
  });

  it("keeps a handbook's draft saves in the handbook's history", async () => {
    const start = await t.ok(
      'mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id version } }',
      { id: ids['handbook'] },
      tok['quality'],
    );
    const hb = await t.ok(
      'query($id: ID!) { handbook(id: $id) { draft { sections { key titleZh titleEn items { key standard { id } } } } } }',
      { id: ids['handbook'] },
      tok['quality'],
    );
    const sections = hb.handbook.draft.sections.map((s: any) => ({
      key: s.key,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      items: s.items.map((i: any) => ({ key: i.key, standardId: i.standard.id })),
      frequencies: [],
    }));
    await t.ok(
      'mutation($id: ID!, $v: Int!, $input: HandbookDraftInput!) { saveHandbookDraft(handbookId: $id, expectedVersion: $v, input: $input) { id } }',
      { id: ids['handbook'], v: start.startHandbookDraft.version, input: { sections } },
      tok['quality'],
    );
    const h = await t.ok(HISTORY, { e: 'Handbook', id: ids['handbook'], first: 5 }, tok['inspector']);
    const ops = h.recordHistory.nodes.map((n: any) => n.operation);
    expect(ops[0]).toBe('saveHandbookDraft');
    const save = h.recordHistory.nodes[0];
    expect(save.entity).toBe('HandbookVersion');
    expect(save.record).toMatchObject({ kind: 'Handbook', id: ids['handbook'], page: 'Handbook', pageId: ids['handbook'] });
    expect(save.subject).toMatchObject({ page: 'Handbook', pageId: ids['handbook'] });
  });

  it("shows a project's history to those who can see the project, and to no one else", async () => {
    const own = await t.ok(HISTORY, { e: 'Project', id: ids['east'] }, tok['ops']);
    expect(own.recordHistory.nodes.map((n: any) => n.operation)).toContain('updateProject');
    // ops@demo.test manages 华东区域 only: a project of 华南区域 is not found, as with project(id).
    expect(codes(await t.gql(HISTORY, { e: 'Project', id: ids['south'] }, tok['ops']))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql('query($id: ID!) { project(id: $id) { id } }', { id: ids['south'] }, tok['ops']))).toEqual(['NOT_FOUND']);
    // Another company's admin: not found either.
    expect(codes(await t.gql(HISTORY, { e: 'Project', id: ids['east'] }, tok['otherAdmin']))).toEqual(['NOT_FOUND']);
    // A kind without a history, and a malformed id.
    expect(fieldReasons(await t.gql(HISTORY, { e: 'AuthSession', id: ids['east'] }, tok['admin']))).toEqual(['entity:INVALID_VALUE']);
    expect(fieldReasons(await t.gql(HISTORY, { e: 'Project', id: 'nope' }, tok['admin']))).toEqual(['id:INVALID_FORMAT']);
  });

  it("keeps a complaint's actions in the complaint's history; only complaint readers see it", async () => {
    const c = await t.ok(
      'mutation($input: ComplaintInput!) { createComplaint(input: $input) { id } }',
      {
        input: {
          projectId: ids['east'],
          source: 'OWNER_RESIDENT',
          category: 'COMPLAINT',
          severity: 'MAJOR',
          title: '电梯困人',
          description: '业主反映电梯困人二十分钟。',
        },
      },
      tok['quality'],
    );
    const id = c.createComplaint.id;
    await t.ok(
      'mutation($id: ID!, $input: ComplaintActionInput!) { addComplaintAction(complaintId: $id, input: $input) { id } }',
      { id, input: { description: '联系维保单位检修', ownerUserId: user['ops'], deadline: '2030-01-01' } },
      tok['quality'],
    );
    const h = await t.ok(HISTORY, { e: 'Complaint', id }, tok['ops']);
    expect(h.recordHistory.nodes.map((n: any) => n.operation)).toEqual(['addComplaintAction', 'createComplaint']);
    const action = h.recordHistory.nodes[0];
    expect(action.subject).toMatchObject({ kind: 'ComplaintAction', name: '联系维保单位检修', page: 'Complaint', pageId: id });
    expect(action.changeList.find((x: any) => x.field === 'ownerUserId').toRefs[0]).toMatchObject({ id: user['ops'] });
    const created = h.recordHistory.nodes[1];
    expect(created.changeList.find((x: any) => x.field === 'projectId').toRefs[0]).toMatchObject({
      name: ids['eastName'],
      page: 'Project',
    });
    // Inspectors do not read complaints (complaint(id) is FORBIDDEN for them): nor their history.
    expect(codes(await t.gql(HISTORY, { e: 'Complaint', id }, tok['inspector']))).toEqual(['FORBIDDEN']);
  });
});
