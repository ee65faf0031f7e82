import { randomUUID } from 'node:crypto';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * Major complaints (重大投诉/纠纷/技术问题): every state change with its history, the rule that
 * only a Quality Center member other than the resolver verifies, field errors, roles and
 * region scope, raising a case from an inspection finding or a feedback item, overdue
 * escalation at the app clock, and a list whose statement count does not grow with its size.
 */
let t: TestApp;
const tok: Record<string, string> = {};
const user: Record<string, string> = {};
const ids: Record<string, string> = {};
let items: Array<{ key: string; critical: boolean }> = [];

const CASE = `id state title severity source category dueAt overdue escalationLevel evidenceFileIds inspectionId itemResultId feedbackId version reopenCount resolutionNote verificationNote
  project { id code } region { name } createdBy { email } resolvedBy { email } verifiedBy { email }
  discussions { heldOn departments minutes decisions recordedBy { email } }
  actions { id description deadline done version owner { email } }
  history { action fromState toState note user { email } }
  stepPermissions { step allowed blocker }`;
const CREATE = `mutation($input: ComplaintInput!) { createComplaint(input: $input) { ${CASE} } }`;
const GET = `query($id: ID!) { complaint(id: $id) { ${CASE} } }`;
const step = (name: 'startComplaint' | 'resolveComplaint' | 'verifyComplaint' | 'reopenComplaint', arg: 'note' | 'reason' = 'note') =>
  `mutation($id: ID!, $text: String${name === 'startComplaint' ? '' : '!'}) { ${name}(id: $id, ${arg}: $text) { ${CASE} } }`;

const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(randomUUID())]);

beforeAll(async () => {
  t = await TestApp.start();
  for (const e of ['admin', 'quality', 'quality2', 'ops', 'inspector', 'viewer', 'hr', 'cs']) {
    tok[e] = await t.token(`${e}@demo.test`);
    user[e] = (await t.ok('{ me { user { id } } }', {}, tok[e])).me.user.id;
  }
  const d = await t.ok(
    '{ projects(first: 100) { nodes { id code region { id name } } } inspectionTemplates { nodes { id name latestVersion { sections { items { key critical } } } } } }',
    {},
    tok['quality'],
  );
  ids['east'] = d.projects.nodes.find((p: any) => p.region.name === '华东区域' && p.code === 'SH-001').id;
  ids['elsewhere'] = d.projects.nodes.find((p: any) => p.region.name !== '华东区域').id;
  const residential = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表');
  ids['residential'] = residential.id;
  items = residential.latestVersion.sections.flatMap((s: any) => s.items);
});
afterAll(() => {
  t.setNow(null);
  return t.stop();
});

const base = (extra: Record<string, unknown> = {}) => ({
  projectId: ids['east'],
  source: 'OWNER_RESIDENT',
  category: 'COMPLAINT',
  severity: 'MAJOR',
  title: '地下车库漏水',
  description: '业主反映车库顶板连续渗水，车辆受损。',
  ...extra,
});

describe('the case lifecycle', () => {
  it('goes OPEN → IN_PROGRESS → RESOLVED → REOPENED → IN_PROGRESS → RESOLVED → VERIFIED, with the full history', async () => {
    const photo = await t.upload(png(), 'image/png', tok['ops']);
    const audits = await t.countRows('audit_entry');
    const c = (await t.ok(CREATE, { input: base({ evidenceIds: [photo.json.id] }) }, tok['ops'])).createComplaint;
    expect(c).toMatchObject({
      state: 'OPEN',
      evidenceFileIds: [photo.json.id],
      createdBy: { email: 'ops@demo.test' },
      region: { name: '华东区域' },
      overdue: false,
      escalationLevel: 0,
    });
    expect(c.history).toEqual([{ action: 'OPENED', fromState: null, toState: 'OPEN', note: null, user: { email: 'ops@demo.test' } }]);
    expect(await t.countRows('audit_entry')).toBe(audits + 1);

    const started = (await t.ok(step('startComplaint'), { id: c.id, text: null }, tok['ops'])).startComplaint;
    expect(started.state).toBe('IN_PROGRESS');
    const disc = await t.ok(
      'mutation($id: ID!, $input: ComplaintDiscussionInput!) { recordComplaintDiscussion(complaintId: $id, input: $input) { heldOn departments } }',
      {
        id: c.id,
        input: {
          heldOn: new Date().toISOString().slice(0, 10),
          departments: ['QUALITY_CENTER', 'ENGINEERING', 'REGIONAL_OPERATIONS'],
          minutes: '工程部现场查看，确认防水层老化。',
          decisions: '更换防水层，赔付洗车费。',
        },
      },
      tok['quality'],
    );
    expect(disc.recordComplaintDiscussion.departments).toEqual(['QUALITY_CENTER', 'ENGINEERING', 'REGIONAL_OPERATIONS']);
    const action = (
      await t.ok(
        'mutation($id: ID!, $input: ComplaintActionInput!) { addComplaintAction(complaintId: $id, input: $input) { id version done owner { email } } }',
        { id: c.id, input: { description: '更换车库顶板防水层', ownerUserId: user['ops'], deadline: '2030-01-01' } },
        tok['quality'],
      )
    ).addComplaintAction;
    expect(action.owner.email).toBe('ops@demo.test');

    // Not while an action is open.
    expect(fieldReasons(await t.gql(step('resolveComplaint'), { id: c.id, text: '已处理' }, tok['ops']))).toEqual(['id:INVALID_VALUE']);
    const blocked = (await t.ok(GET, { id: c.id }, tok['ops'])).complaint.stepPermissions;
    expect(blocked.find((p: any) => p.step === 'RESOLVE')).toEqual({ step: 'RESOLVE', allowed: false, blocker: 'ACTIONS_OPEN' });
    // The owner marks it done; a stale version is a conflict.
    await t.ok(
      'mutation($id: ID!, $v: Int!) { setComplaintActionDone(id: $id, done: true, expectedVersion: $v) { done } }',
      { id: action.id, v: action.version },
      tok['ops'],
    );
    expect(
      codes(
        await t.gql(
          'mutation($id: ID!, $v: Int!) { setComplaintActionDone(id: $id, done: false, expectedVersion: $v) { done } }',
          { id: action.id, v: action.version },
          tok['ops'],
        ),
      ),
    ).toEqual(['CONFLICT']);
    expect(fieldReasons(await t.gql(step('resolveComplaint'), { id: c.id, text: '  ' }, tok['ops']))).toEqual(['note:REQUIRED']);
    const resolved = (await t.ok(step('resolveComplaint'), { id: c.id, text: '防水层已更换' }, tok['ops'])).resolveComplaint;
    expect(resolved).toMatchObject({ state: 'RESOLVED', resolvedBy: { email: 'ops@demo.test' }, resolutionNote: '防水层已更换' });

    // The Quality Center finds the effect missing and reopens it; then resolves it itself.
    expect(codes(await t.gql(step('reopenComplaint', 'reason'), { id: c.id, text: '仍有渗水' }, tok['ops']))).toEqual(['FORBIDDEN']);
    expect(fieldReasons(await t.gql(step('reopenComplaint', 'reason'), { id: c.id, text: '' }, tok['quality']))).toEqual([
      'reason:REQUIRED',
    ]);
    const reopened = (await t.ok(step('reopenComplaint', 'reason'), { id: c.id, text: '雨后复查仍有渗水' }, tok['quality']))
      .reopenComplaint;
    expect(reopened).toMatchObject({ state: 'REOPENED', reopenCount: 1, resolvedBy: null });
    expect(fieldReasons(await t.gql(step('verifyComplaint'), { id: c.id, text: 'x' }, tok['quality2']))).toEqual(['id:INVALID_TRANSITION']);
    await t.ok(step('startComplaint'), { id: c.id, text: '二次处理' }, tok['quality']);
    await t.ok(step('resolveComplaint'), { id: c.id, text: '加做排水沟' }, tok['quality']);

    // The resolver may not verify, whatever their role; other roles may not verify at all.
    const mine = (await t.ok(GET, { id: c.id }, tok['quality'])).complaint.stepPermissions;
    expect(mine.find((p: any) => p.step === 'VERIFY')).toEqual({ step: 'VERIFY', allowed: false, blocker: 'RESOLVED_BY_YOU' });
    expect(codes(await t.gql(step('verifyComplaint'), { id: c.id, text: '有效' }, tok['quality']))).toEqual(['FORBIDDEN']);
    for (const who of ['admin', 'ops', 'viewer'])
      expect(codes(await t.gql(step('verifyComplaint'), { id: c.id, text: '有效' }, tok[who]))).toEqual(['FORBIDDEN']);
    const theirs = (await t.ok(GET, { id: c.id }, tok['admin'])).complaint.stepPermissions;
    expect(theirs.find((p: any) => p.step === 'VERIFY')).toEqual({ step: 'VERIFY', allowed: false, blocker: 'ROLE' });
    expect(fieldReasons(await t.gql(step('verifyComplaint'), { id: c.id, text: '' }, tok['quality2']))).toEqual(['note:REQUIRED']);
    const other = (await t.ok(GET, { id: c.id }, tok['quality2'])).complaint.stepPermissions;
    expect(other.find((p: any) => p.step === 'VERIFY')).toEqual({ step: 'VERIFY', allowed: true, blocker: null });
    const verified = (await t.ok(step('verifyComplaint'), { id: c.id, text: '连续三次雨后复查无渗水，业主满意' }, tok['quality2']))
      .verifyComplaint;
    expect(verified).toMatchObject({
      state: 'VERIFIED',
      verifiedBy: { email: 'quality2@demo.test' },
      verificationNote: '连续三次雨后复查无渗水，业主满意',
    });
    expect(verified.history.map((h: any) => `${h.fromState ?? '-'}>${h.toState}:${h.user.email.split('@')[0]}`)).toEqual([
      '->OPEN:ops',
      'OPEN>IN_PROGRESS:ops',
      'IN_PROGRESS>RESOLVED:ops',
      'RESOLVED>REOPENED:quality',
      'REOPENED>IN_PROGRESS:quality',
      'IN_PROGRESS>RESOLVED:quality',
      'RESOLVED>VERIFIED:quality2',
    ]);
    expect(verified.discussions).toHaveLength(1);

    // Closed: nothing more changes.
    expect(
      fieldReasons(
        await t.gql(
          'mutation($id: ID!) { addComplaintAction(complaintId: $id, input: { description: "x", ownerUserId: "' +
            user['ops'] +
            '", deadline: "2030-01-01" }) { id } }',
          { id: c.id },
          tok['quality'],
        ),
      ),
    ).toEqual(['complaintId:INVALID_TRANSITION']);
    expect(fieldReasons(await t.gql(step('reopenComplaint', 'reason'), { id: c.id, text: 'x' }, tok['quality']))).toEqual([
      'id:INVALID_TRANSITION',
    ]);
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = await t.countRows('complaint');
    const foreign = await t.upload(png(), 'image/png', tok['quality']);
    const r = await t.gql(CREATE, { input: { ...base({ projectId: null, title: '', evidenceIds: [foreign.json.id] }) } }, tok['ops']);
    expect(fieldReasons(r).sort()).toEqual(['input.title:REQUIRED']);
    const r2 = await t.gql(CREATE, { input: { ...base({ projectId: null, evidenceIds: [foreign.json.id] }) } }, tok['ops']);
    expect(fieldReasons(r2).sort()).toEqual(['input.evidenceIds:INVALID_VALUE', 'input.projectId:REQUIRED']);
    expect(await t.countRows('complaint')).toBe(before);

    const c = (await t.ok(CREATE, { input: base() }, tok['quality'])).createComplaint;
    const d = await t.gql(
      'mutation($id: ID!, $input: ComplaintDiscussionInput!) { recordComplaintDiscussion(complaintId: $id, input: $input) { id } }',
      { id: c.id, input: { heldOn: '2000-01-01', departments: [], minutes: '' } },
      tok['quality'],
    );
    expect(fieldReasons(d).sort()).toEqual(['input.departments:REQUIRED', 'input.minutes:REQUIRED']);
    const d2 = await t.gql(
      'mutation($id: ID!, $input: ComplaintDiscussionInput!) { recordComplaintDiscussion(complaintId: $id, input: $input) { id } }',
      { id: c.id, input: { heldOn: '2000-01-01', departments: ['LEGAL', 'LEGAL'], minutes: 'x' } },
      tok['quality'],
    );
    expect(fieldReasons(d2).sort()).toEqual(['input.departments:INVALID_VALUE', 'input.heldOn:DATE_ORDER']);
    const a = await t.gql(
      'mutation($id: ID!, $input: ComplaintActionInput!) { addComplaintAction(complaintId: $id, input: $input) { id } }',
      { id: c.id, input: { description: 'x', ownerUserId: '00000000-0000-4000-8000-000000000000', deadline: '2030-02-31' } },
      tok['quality'],
    );
    expect(fieldReasons(a).sort()).toEqual(['input.deadline:INVALID_FORMAT']);
    const a2 = await t.gql(
      'mutation($id: ID!, $input: ComplaintActionInput!) { addComplaintAction(complaintId: $id, input: $input) { id } }',
      { id: c.id, input: { description: 'x', ownerUserId: '00000000-0000-4000-8000-000000000000', deadline: '2030-01-01' } },
      tok['quality'],
    );
    expect(fieldReasons(a2)).toEqual(['input.ownerUserId:NOT_FOUND']);
    expect(fieldReasons(await t.gql(step('resolveComplaint'), { id: c.id, text: 'x' }, tok['quality']))).toEqual(['id:INVALID_TRANSITION']);
    const up = await t.ok(
      'mutation($id: ID!, $v: Int!) { updateComplaint(id: $id, expectedVersion: $v, input: { source: CLIENT, category: DISPUTE, severity: CRITICAL, title: "合同纠纷", description: "甲方对保洁频次有异议" }) { severity dueAt category version } }',
      { id: c.id, v: c.version },
      tok['quality'],
    );
    expect(new Date(up.updateComplaint.dueAt).getTime()).toBeLessThan(new Date(c.dueAt).getTime());
    expect(
      codes(
        await t.gql(
          'mutation($id: ID!, $v: Int!) { updateComplaint(id: $id, expectedVersion: $v, input: { source: CLIENT, category: DISPUTE, severity: MAJOR, title: "x", description: "y" }) { id } }',
          { id: c.id, v: c.version },
          tok['quality'],
        ),
      ),
    ).toEqual(['CONFLICT']);
  });
});

describe('roles and regions', () => {
  it('lets regional operations run only their regions; others read or are refused', async () => {
    expect(fieldReasons(await t.gql(CREATE, { input: base({ projectId: ids['elsewhere'] }) }, tok['ops']))).toEqual([
      'input.projectId:NOT_FOUND',
    ]);
    const away = (await t.ok(CREATE, { input: base({ projectId: ids['elsewhere'], title: '外区投诉' }) }, tok['quality'])).createComplaint;
    expect(codes(await t.gql(GET, { id: away.id }, tok['ops']))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(step('startComplaint'), { id: away.id, text: null }, tok['ops']))).toEqual(['NOT_FOUND']);
    const opsList = await t.ok('{ complaints(first: 100) { nodes { region { name } } } }', {}, tok['ops']);
    expect(new Set(opsList.complaints.nodes.map((n: any) => n.region.name))).toEqual(new Set(['华东区域']));
    const all = await t.ok('{ complaints(first: 100) { nodes { id } } }', {}, tok['admin']);
    expect(all.complaints.nodes.map((n: any) => n.id)).toContain(away.id);
    // Viewers and customer service read; they do not run cases.
    // An OPEN case: only START applies, and a viewer may not take it.
    expect((await t.ok(GET, { id: away.id }, tok['viewer'])).complaint.stepPermissions).toEqual([
      { step: 'START', allowed: false, blocker: 'ROLE' },
      { step: 'RESOLVE', allowed: false, blocker: 'STATE' },
      { step: 'VERIFY', allowed: false, blocker: 'STATE' },
      { step: 'REOPEN', allowed: false, blocker: 'STATE' },
    ]);
    expect(codes(await t.gql(step('startComplaint'), { id: away.id, text: null }, tok['cs']))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(CREATE, { input: base() }, tok['viewer']))).toEqual(['FORBIDDEN']);
    for (const who of ['inspector', 'hr']) expect(codes(await t.gql('{ complaints { totalCount } }', {}, tok[who]))).toEqual(['FORBIDDEN']);
  });
});

describe('raising a case from a finding or a feedback item', () => {
  it('takes project and inspection from the finding, once per finding or feedback', async () => {
    const sig = await t.upload(png(), 'image/png', tok['quality']);
    const nonCritical = items.filter((i) => !i.critical);
    const submitted = await t.ok(
      'mutation($input: InspectionInput!) { submitInspection(input: $input) { id items { id itemKey result feedback { id } } } }',
      {
        input: {
          clientKey: randomUUID(),
          projectId: ids['east'],
          templateId: ids['residential'],
          signatureFileId: sig.json.id,
          items: items.map((i) => ({
            itemKey: i.key,
            result: i.key === nonCritical[0].key || i.key === nonCritical[1].key ? 'FAIL' : 'PASS',
            customerFacing: i.key === nonCritical[1].key,
          })),
        },
      },
      tok['quality'],
    );
    const fail = submitted.submitInspection.items.find((i: any) => i.itemKey === nonCritical[0].key);
    const pass = submitted.submitInspection.items.find((i: any) => i.result === 'PASS');
    const fb = submitted.submitInspection.items.find((i: any) => i.itemKey === nonCritical[1].key).feedback;
    const fromFinding = (await t.ok(CREATE, { input: base({ projectId: null, source: 'INSPECTION', itemResultId: fail.id }) }, tok['ops']))
      .createComplaint;
    expect(fromFinding).toMatchObject({
      itemResultId: fail.id,
      inspectionId: submitted.submitInspection.id,
      project: { id: ids['east'] },
      source: 'INSPECTION',
    });
    expect(fieldReasons(await t.gql(CREATE, { input: base({ itemResultId: fail.id }) }, tok['ops']))).toEqual(['input.itemResultId:TAKEN']);
    expect(fieldReasons(await t.gql(CREATE, { input: base({ itemResultId: pass.id }) }, tok['ops']))).toEqual([
      'input.itemResultId:INVALID_VALUE',
    ]);
    expect(fieldReasons(await t.gql(CREATE, { input: base({ projectId: ids['elsewhere'], feedbackId: fb.id }) }, tok['quality']))).toEqual([
      'input.projectId:INVALID_VALUE',
    ]);
    const fromFeedback = (await t.ok(CREATE, { input: base({ projectId: null, feedbackId: fb.id }) }, tok['quality'])).createComplaint;
    expect(fromFeedback).toMatchObject({ feedbackId: fb.id, inspectionId: submitted.submitInspection.id, project: { id: ids['east'] } });
    expect(fieldReasons(await t.gql(CREATE, { input: base({ feedbackId: fb.id }) }, tok['quality']))).toEqual(['input.feedbackId:TAKEN']);
    expect(codes(await t.gql(CREATE, { input: base({ feedbackId: randomUUID() }) }, tok['quality']))).toEqual(['NOT_FOUND']);
  });
});

describe('overdue cases', () => {
  it('are flagged at the app clock, escalate with time and are listed for the Quality Center and admins', async () => {
    const opened = new Date('2030-03-01T02:00:00Z');
    t.setNow(opened);
    const major = (await t.ok(CREATE, { input: base({ title: '电梯困人' }) }, tok['quality'])).createComplaint;
    const critical = (
      await t.ok(CREATE, { input: base({ title: '消防通道堵塞', severity: 'CRITICAL', category: 'TECHNICAL' }) }, tok['quality'])
    ).createComplaint;
    expect(new Date(major.dueAt).toISOString()).toBe('2030-03-08T02:00:00.000Z');
    expect(new Date(critical.dueAt).toISOString()).toBe('2030-03-03T02:00:00.000Z');
    const ESC = '{ escalatedComplaints(first: 100) { nodes { id overdue escalationLevel } } }';
    const levels = async () =>
      new Map((await t.ok(ESC, {}, tok['quality'])).escalatedComplaints.nodes.map((n: any) => [n.id, n.escalationLevel]));

    t.setNow('2030-03-04T02:00:00Z');
    let l = await levels();
    expect(l.get(critical.id)).toBe(1);
    expect(l.has(major.id)).toBe(false);
    t.setNow('2030-03-09T03:00:00Z'); // major 1 day late; critical 6 days late (step 2 days)
    l = await levels();
    expect([l.get(major.id), l.get(critical.id)]).toEqual([1, 3]);
    const overdue = await t.ok('{ complaints(first: 100, filter: { overdue: true }) { nodes { id overdue } } }', {}, tok['ops']);
    expect(overdue.complaints.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([major.id, critical.id]));
    expect(overdue.complaints.nodes.every((n: any) => n.overdue)).toBe(true);
    expect(codes(await t.gql(ESC, {}, tok['ops']))).toEqual(['FORBIDDEN']);
    expect((await t.ok(ESC, {}, tok['admin'])).escalatedComplaints.nodes.length).toBeGreaterThanOrEqual(2);

    // Resolving stops the clock.
    await t.ok(step('startComplaint'), { id: critical.id, text: null }, tok['quality']);
    await t.ok(step('resolveComplaint'), { id: critical.id, text: '已清理' }, tok['quality']);
    l = await levels();
    expect(l.has(critical.id)).toBe(false);
    expect((await t.ok(GET, { id: critical.id }, tok['quality'])).complaint).toMatchObject({ overdue: false, escalationLevel: 0 });
    t.setNow(null);
  });
});

describe('the list', () => {
  it('resolves every relation with the same number of statements for 2 or 12 cases', async () => {
    for (let i = 0; i < 12; i++) {
      const c = (await t.ok(CREATE, { input: base({ title: `批量投诉${i}` }) }, tok['quality'])).createComplaint;
      await t.ok(
        'mutation($id: ID!, $input: ComplaintActionInput!) { addComplaintAction(complaintId: $id, input: $input) { id } }',
        { id: c.id, input: { description: '跟进', ownerUserId: user['ops'], deadline: '2030-01-01' } },
        tok['quality'],
      );
      await t.ok(step('startComplaint'), { id: c.id, text: null }, tok['quality']);
    }
    const LIST = `query($first: Int) { complaints(first: $first, filter: { states: [IN_PROGRESS] }) { totalCount nodes { ${CASE} } } }`;
    t.resetSqlCount();
    const small = await t.ok(LIST, { first: 2 }, tok['quality']);
    const forTwo = t.sqlCount;
    t.resetSqlCount();
    const large = await t.ok(LIST, { first: 12 }, tok['quality']);
    const forTwelve = t.sqlCount;
    expect(small.complaints.nodes).toHaveLength(2);
    expect(large.complaints.nodes).toHaveLength(12);
    expect(large.complaints.nodes[0].actions[0].owner.email).toBe('ops@demo.test');
    expect(forTwelve).toBe(forTwo);
    expect(forTwelve).toBeLessThanOrEqual(14);
    expect(fieldReasons(await t.gql(LIST, { first: 101 }, tok['quality']))).toEqual(['first:OUT_OF_RANGE']);
  });
});

describe('the demo data', () => {
  it('shows a major complaint resolved by regional operations and verified by the Quality Center, and an overdue one', async () => {
    const r = await t.ok(`{ complaints(first: 100) { nodes { ${CASE} } } }`, {}, tok['admin']);
    const closed = r.complaints.nodes.find((n: any) => n.title === '地下车库顶板渗水，业主车辆受损');
    expect(closed).toMatchObject({
      state: 'VERIFIED',
      resolvedBy: { email: 'ops@demo.test' },
      verifiedBy: { email: 'quality@demo.test' },
      overdue: false,
    });
    expect(closed.discussions[0].departments).toContain('ENGINEERING');
    expect(closed.actions.every((a: any) => a.done)).toBe(true);
    expect(closed.history.map((h: any) => h.toState)).toEqual(['OPEN', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED']);
    const late = r.complaints.nodes.find((n: any) => n.title === '客梯频繁故障困人');
    expect(late).toMatchObject({ state: 'IN_PROGRESS', overdue: true, severity: 'CRITICAL' });
    expect(late.escalationLevel).toBeGreaterThanOrEqual(1);
    expect(
      (await t.ok('{ escalatedComplaints { nodes { title } } }', {}, tok['quality'])).escalatedComplaints.nodes.map((n: any) => n.title),
    ).toContain('客梯频繁故障困人');
  });
});
