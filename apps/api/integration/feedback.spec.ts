import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { FIXED_NOW, TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * Customer feedback (客户反馈): a FAIL marked customer-facing becomes RECEIVED feedback in the
 * Marketing & Customer Service inbox at submission (once, also on an idempotent resubmission;
 * drafts keep the flag), visible per role (REGIONAL_OPS: their regions) and marked HANDLED with
 * a note by MARKETING_CS or an admin. Also the Excel exports of an inspection and of the
 * evaluation ranking. Through the real HTTP endpoint, on whichever database DATABASE_URL names.
 */
let t: TestApp;
const tok: Record<string, string> = {};
const ids: Record<string, string> = {};
let items: Array<{ key: string; critical: boolean; code: string; checkpoint: string | null; title: string }> = [];

const FEEDBACK_FIELDS =
  'id state description receivedAt handledAt handlingNote version handledBy { email } project { code } region { name } inspection { id } itemResult { id result customerFacing }';
const INBOX = `query($f: FeedbackFilter, $first: Int, $after: String) { feedbackInbox(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${FEEDBACK_FIELDS} } } }`;
const SUBMIT = `mutation($input: InspectionInput!) { submitInspection(input: $input) { id status items { id itemKey result note customerFacing feedback { id state description } } } }`;
const DRAFT = `mutation($input: InspectionInput!) { saveInspectionDraft(input: $input) { id status items { itemKey result customerFacing feedback { id } } } }`;
const HANDLE = `mutation($id: ID!, $note: String!) { handleFeedback(id: $id, note: $note) { ${FEEDBACK_FIELDS} } }`;

beforeAll(async () => {
  t = await TestApp.start({ seedNow: FIXED_NOW, now: FIXED_NOW });
  const emails = ['admin', 'quality', 'ops', 'inspector', 'viewer', 'hr', 'cs'];
  const tokens = await Promise.all(emails.map((e) => t.token(`${e}@demo.test`)));
  emails.forEach((e, i) => (tok[e] = tokens[i]));
  const d = await t.ok(
    `{ projects(first: 100) { nodes { id code region { id name } } }
       inspectionTemplates { nodes { id name latestVersion { sections { items { key critical checkpointZh standard { code titleZh } } } } } } }`,
    {},
    tok['quality'],
  );
  for (const p of d.projects.nodes) {
    ids[p.code] = p.id;
    ids[`region:${p.code}`] = p.region.name;
    ids[p.region.name] = p.region.id;
  }
  const residential = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表');
  ids['residential'] = residential.id;
  items = residential.latestVersion.sections
    .flatMap((s: any) => s.items)
    .map((i: any) => ({ key: i.key, critical: i.critical, code: i.standard.code, checkpoint: i.checkpointZh, title: i.standard.titleZh }));
  // A project in 华东区域 (ops@demo.test's region) and one outside it.
  ids['east'] = d.projects.nodes.find((p: any) => p.region.name === '华东区域' && p.code === 'SH-001').id;
  ids['elsewhere'] = d.projects.nodes.find((p: any) => p.region.name !== '华东区域').id;
});
afterAll(() => t.stop());

const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(randomUUID())]);

/** An ad-hoc residential inspection input: `marks` decides per item index its result, customerFacing and note. */
async function input(
  projectId: string,
  marks: Record<number, { result?: 'PASS' | 'FAIL' | 'NA'; customerFacing?: boolean; note?: string }>,
  clientKey = randomUUID(),
) {
  const sig = await t.upload(png(), 'image/png', tok['quality']);
  const nonCritical = items.map((i, n) => ({ i, n })).filter((x) => !x.i.critical);
  const pick = new Map(Object.entries(marks).map(([k, v]) => [nonCritical[Number(k)].n, v]));
  return {
    clientKey,
    projectId,
    templateId: ids['residential'],
    signatureFileId: sig.json.id,
    items: items.map((i, n) => ({
      itemKey: i.key,
      result: pick.get(n)?.result ?? 'PASS',
      ...(pick.has(n) && pick.get(n)!.customerFacing !== undefined ? { customerFacing: pick.get(n)!.customerFacing } : {}),
      ...(pick.get(n)?.note ? { note: pick.get(n)!.note } : {}),
    })),
  };
}
const nonCriticalKey = (k: number) => items.filter((i) => !i.critical)[k].key;

describe('feedback is created at submission', () => {
  it('only for FAIL items marked customer-facing, with the note (else the item text) as description, and once on resubmission', async () => {
    const before = await t.countRows('feedback');
    const audits = await t.countRows('audit_entry');
    const i = await input(ids['east'], {
      0: { result: 'FAIL', customerFacing: true, note: '大堂地面有积水，业主投诉' },
      1: { result: 'FAIL', customerFacing: true },
      2: { result: 'PASS', customerFacing: true },
      3: { result: 'FAIL', customerFacing: false },
      4: { result: 'FAIL' },
    });
    const r = (await t.ok(SUBMIT, { input: i }, tok['quality'])).submitInspection;
    const byKey = (k: number) => r.items.find((x: any) => x.itemKey === nonCriticalKey(k));
    expect([0, 1, 2, 3, 4].map((k) => byKey(k).customerFacing)).toEqual([true, true, false, false, false]);
    expect(byKey(0).feedback).toMatchObject({ state: 'RECEIVED', description: '大堂地面有积水，业主投诉' });
    const item1 = items.filter((x) => !x.critical)[1];
    expect(byKey(1).feedback.description).toBe(item1.checkpoint ?? item1.title);
    expect([2, 3, 4].map((k) => byKey(k).feedback)).toEqual([null, null, null]);
    expect(await t.countRows('feedback')).toBe(before + 2);
    expect(await t.countRows('audit_entry')).toBeGreaterThan(audits);

    // The same clientKey again: the stored inspection, nothing new.
    const again = (await t.ok(SUBMIT, { input: i }, tok['quality'])).submitInspection;
    expect(again.id).toBe(r.id);
    expect(await t.countRows('feedback')).toBe(before + 2);

    const f = (await t.ok(`query($id: ID!) { feedback(id: $id) { ${FEEDBACK_FIELDS} } }`, { id: byKey(0).feedback.id }, tok['cs']))
      .feedback;
    expect(f).toMatchObject({
      state: 'RECEIVED',
      handledAt: null,
      handledBy: null,
      handlingNote: null,
      version: 1,
      project: { code: 'SH-001' },
      region: { name: '华东区域' },
      inspection: { id: r.id },
    });
    expect(f.itemResult).toEqual({ id: byKey(0).id, result: 'FAIL', customerFacing: true });
  });

  it('drafts keep the flag; submitting the draft creates the feedback', async () => {
    const clientKey = randomUUID();
    const i = await input(ids['east'], { 0: { result: 'FAIL', customerFacing: true } }, clientKey);
    const d = (await t.ok(DRAFT, { input: i }, tok['quality'])).saveInspectionDraft;
    expect(d.status).toBe('DRAFT');
    expect(d.items.find((x: any) => x.itemKey === nonCriticalKey(0))).toMatchObject({
      result: 'FAIL',
      customerFacing: true,
      feedback: null,
    });
    expect(d.items.filter((x: any) => x.customerFacing)).toHaveLength(1);
    const before = await t.countRows('feedback');
    const s = (await t.ok(SUBMIT, { input: i }, tok['quality'])).submitInspection;
    expect(s.id).toBe(d.id);
    expect(s.items.find((x: any) => x.itemKey === nonCriticalKey(0)).feedback.state).toBe('RECEIVED');
    expect(await t.countRows('feedback')).toBe(before + 1);
  });

  it('a failed submission writes no feedback', async () => {
    const before = await t.countRows('feedback');
    const i = await input(ids['east'], { 0: { result: 'FAIL', customerFacing: true } });
    const r = await t.gql(SUBMIT, { input: { ...i, items: i.items.slice(1) } }, tok['quality']);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(await t.countRows('feedback')).toBe(before);
  });
});

describe('the inbox', () => {
  let east: string;
  let elsewhere: string;
  beforeAll(async () => {
    // Received after everything else in this file, one after the other (the clock is frozen).
    t.setNow(new Date(Date.parse(FIXED_NOW) + 3_600_000));
    const a = (
      await t.ok(
        SUBMIT,
        { input: await input(ids['east'], { 5: { result: 'FAIL', customerFacing: true, note: '华东：电梯厅灯不亮' } }) },
        tok['quality'],
      )
    ).submitInspection;
    t.setNow(new Date(Date.parse(FIXED_NOW) + 2 * 3_600_000));
    const b = (
      await t.ok(
        SUBMIT,
        { input: await input(ids['elsewhere'], { 5: { result: 'FAIL', customerFacing: true, note: '别处：垃圾未清运' } }) },
        tok['quality'],
      )
    ).submitInspection;
    east = a.items.find((x: any) => x.feedback).feedback.id;
    elsewhere = b.items.find((x: any) => x.feedback).feedback.id;
    t.setNow(null);
  });

  it('newest first, for Marketing & Customer Service, admins and the Quality Center', async () => {
    for (const who of ['cs', 'admin', 'quality']) {
      const r = (await t.ok(INBOX, { first: 2 }, tok[who])).feedbackInbox;
      expect(r.nodes.map((n: any) => n.id)).toEqual([elsewhere, east]);
      expect(r.pageInfo.hasNextPage).toBe(true);
    }
    const all = (await t.ok(INBOX, { first: 100 }, tok['cs'])).feedbackInbox;
    const received = all.nodes.map((n: any) => new Date(n.receivedAt).getTime());
    expect([...received].sort((x, y) => y - x)).toEqual(received);
    expect(all.totalCount).toBe(all.nodes.length);
  });

  it('pages with a cursor and refuses a page above 100', async () => {
    const p1 = (await t.ok(INBOX, { first: 1 }, tok['cs'])).feedbackInbox;
    const p2 = (await t.ok(INBOX, { first: 1, after: p1.pageInfo.endCursor }, tok['cs'])).feedbackInbox;
    expect(p1.nodes[0].id).toBe(elsewhere);
    expect(p2.nodes[0].id).toBe(east);
    expect(fieldReasons(await t.gql(INBOX, { first: 101 }, tok['cs']))).toEqual(['first:OUT_OF_RANGE']);
  });

  it('filters by state, project and region', async () => {
    const byProject = (await t.ok(INBOX, { f: { projectId: ids['elsewhere'] }, first: 100 }, tok['cs'])).feedbackInbox;
    expect(byProject.nodes.every((n: any) => n.project.code !== 'SH-001')).toBe(true);
    expect(byProject.nodes.map((n: any) => n.id)).toContain(elsewhere);
    const byRegion = (await t.ok(INBOX, { f: { regionId: ids['华东区域'] }, first: 100 }, tok['cs'])).feedbackInbox;
    expect(byRegion.nodes.every((n: any) => n.region.name === '华东区域')).toBe(true);
    const handled = (await t.ok(INBOX, { f: { states: ['HANDLED'] }, first: 100 }, tok['cs'])).feedbackInbox;
    expect(handled.nodes.every((n: any) => n.state === 'HANDLED')).toBe(true);
    expect(fieldReasons(await t.gql(INBOX, { f: { projectId: 'nope' } }, tok['cs']))).toEqual(['filter.projectId:INVALID_FORMAT']);
  });

  it('regional operations see their regions only', async () => {
    const r = (await t.ok(INBOX, { first: 100 }, tok['ops'])).feedbackInbox;
    expect(r.nodes.length).toBeGreaterThan(0);
    expect(r.nodes.every((n: any) => n.region.name === '华东区域')).toBe(true);
    expect(r.nodes.map((n: any) => n.id)).toContain(east);
    expect(codes(await t.gql('query($id: ID!) { feedback(id: $id) { id } }', { id: elsewhere }, tok['ops']))).toEqual(['NOT_FOUND']);
  });

  it('is forbidden to other roles, and an item’s feedback is null for them', async () => {
    for (const who of ['viewer', 'inspector', 'hr']) {
      expect(codes(await t.gql(INBOX, {}, tok[who]))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql('query($id: ID!) { feedback(id: $id) { id } }', { id: east }, tok[who]))).toEqual(['FORBIDDEN']);
    }
    const f = (await t.ok('query($id: ID!) { feedback(id: $id) { inspection { id } } }', { id: east }, tok['cs'])).feedback;
    const seen = await t.ok(
      'query($id: ID!) { inspection(id: $id) { items { customerFacing feedback { id } } } }',
      { id: f.inspection.id },
      tok['viewer'],
    );
    expect(seen.inspection.items.some((i: any) => i.customerFacing)).toBe(true);
    expect(seen.inspection.items.every((i: any) => i.feedback === null)).toBe(true);
  });

  it('is handled once by Marketing & Customer Service or an admin, with a note', async () => {
    const note = '已致电业主，物业已安排维修';
    expect(codes(await t.gql(HANDLE, { id: east, note }, tok['quality']))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(HANDLE, { id: east, note }, tok['ops']))).toEqual(['FORBIDDEN']);
    expect(fieldReasons(await t.gql(HANDLE, { id: east, note: '   ' }, tok['cs']))).toEqual(['note:REQUIRED']);
    expect(fieldReasons(await t.gql(HANDLE, { id: east, note: 'x'.repeat(1001) }, tok['cs']))).toEqual(['note:TOO_LONG']);
    const audits = await t.countRows('audit_entry');
    const h = (await t.ok(HANDLE, { id: east, note }, tok['cs'])).handleFeedback;
    expect(h).toMatchObject({ state: 'HANDLED', handlingNote: note, handledBy: { email: 'cs@demo.test' }, version: 2 });
    expect(h.handledAt).toBeTruthy();
    expect(await t.countRows('audit_entry')).toBe(audits + 1);
    const again = await t.gql(HANDLE, { id: east, note }, tok['admin']);
    expect(fieldReasons(again)).toEqual(['id:INVALID_TRANSITION']);
    expect((await t.ok(HANDLE, { id: elsewhere, note: '已回访' }, tok['admin'])).handleFeedback.handledBy.email).toBe('admin@demo.test');
    expect(codes(await t.gql(HANDLE, { id: randomUUID(), note }, tok['cs']))).toEqual(['NOT_FOUND']);
  });
});

describe('demo seed', () => {
  it('has received and handled customer feedback for the cs@demo.test account', async () => {
    const me = await t.ok('{ me { role user { displayName } } }', {}, tok['cs']);
    expect(me.me.role).toBe('MARKETING_CS');
    const handled = (await t.ok(INBOX, { f: { states: ['HANDLED'] }, first: 100 }, tok['cs'])).feedbackInbox;
    expect(handled.nodes.some((n: any) => n.handledBy?.email === 'cs@demo.test' && n.handlingNote)).toBe(true);
    const received = (await t.ok(INBOX, { f: { states: ['RECEIVED'] }, first: 100 }, tok['cs'])).feedbackInbox;
    expect(received.totalCount).toBeGreaterThanOrEqual(2);
    // Marketing & Customer Service reads evaluations and everything else read-only.
    expect(
      codes(await t.gql('{ projectEvaluation(period: { kind: MONTH, year: 2026, index: 11 }) { totalCount } }', {}, tok['cs'])),
    ).toEqual([]);
    expect(codes(await t.gql('mutation { createRegion(input: { name: "不应创建" }) { id } }', {}, tok['cs']))).toEqual(['FORBIDDEN']);
  });
});

async function workbook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}
const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

describe('Excel exports', () => {
  it('an inspection’s report, with Chinese headers and the time in the project’s zone', async () => {
    t.setNow('2026-11-20T01:30:00Z'); // 09:30 in Asia/Shanghai
    try {
      const i = await input(ids['east'], { 0: { result: 'FAIL', note: '门岗未登记' } });
      const r = (await t.ok(SUBMIT, { input: { ...i, performedAt: '2026-11-20T01:10:00Z', locationText: '1号楼大堂' } }, tok['quality']))
        .submitInspection;
      const res = await t.get(`/downloads/inspections/${r.id}.xlsx`, tok['viewer']);
      expect(res.status).toBe(200);
      expect(String(res.headers['content-type'])).toMatch(/spreadsheetml/);
      expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('品质检查-SH-001-2026-11-20.xlsx');
      const wb = await workbook(res.body);
      const ws = wb.worksheets[0];
      expect(ws.name).toBe('检查报告');
      const info = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => rowValues(ws, n)));
      expect(String(info['项目'])).toContain('SH-001');
      expect(String(info['检查表'])).toMatch(/住宅日常品质巡检表 V\d+/);
      expect(info['检查人']).toBe('李静（品质中心）');
      expect(String(info['检查时间'])).toContain('2026-11-20 09:10');
      expect(info['是否合格']).toBeDefined();
      expect(info['地点']).toBe('1号楼大堂');
      expect(rowValues(ws, 9)).toEqual(['章节', '编码', '检查项', '结果', '应得分', '实得分', '扣分项', '备注', '照片数', '整改状态']);
      const rows = Array.from({ length: items.length }, (_, k) => rowValues(ws, 10 + k));
      expect(rows).toHaveLength(items.length);
      const failed = rows.find((x) => x[3] === '不合格')!;
      expect(failed[7]).toBe('门岗未登记');
      expect(rows.filter((x) => x[3] === '合格')).toHaveLength(items.length - 1);
    } finally {
      t.setNow(null);
    }
  });

  it('404 for a foreign or unknown inspection, 401 without a token', async () => {
    const other = await t.token('admin@other.test');
    const mine = (await t.ok('{ inspections(first: 1) { nodes { id } } }', {}, tok['quality'])).inspections.nodes[0].id;
    expect((await t.get(`/downloads/inspections/${mine}.xlsx`, other)).status).toBe(404);
    expect((await t.get(`/downloads/inspections/${randomUUID()}.xlsx`, tok['quality'])).status).toBe(404);
    expect((await t.get(`/downloads/inspections/not-an-id.xlsx`, tok['quality'])).status).toBe(404);
    expect((await t.get(`/downloads/inspections/${mine}.xlsx`, null)).status).toBe(401);
  });

  it('the evaluation ranking as projectEvaluation returns it', async () => {
    const q = (
      await t.ok(
        '{ projectEvaluation(period: { kind: MONTH, year: 2026, index: 11 }, first: 100) { totalCount nodes { project { code name } region { name } score change tenantRank regionRank inspections failedInspections criticalFailures } } }',
        {},
        tok['quality'],
      )
    ).projectEvaluation;
    const res = await t.get('/downloads/evaluation.xlsx?kind=MONTH&year=2026&index=11', tok['quality']);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('品质评价-2026-11.xlsx');
    const ws = (await workbook(res.body)).worksheets[0];
    expect(ws.name).toBe('品质评价');
    expect(rowValues(ws, 2)).toEqual([
      '公司排名',
      '区域排名',
      '项目编码',
      '项目名称',
      '区域',
      '得分',
      '较上期',
      '检查次数',
      '不合格次数',
      '关键项不合格',
    ]);
    const rows = Array.from({ length: q.totalCount }, (_, k) => rowValues(ws, 3 + k));
    const blank = (v: unknown) => (v === null ? undefined : v);
    expect(rows).toEqual(
      q.nodes.map((n: any) => [
        blank(n.tenantRank),
        blank(n.regionRank),
        n.project.code,
        n.project.name,
        n.region.name,
        blank(n.score),
        blank(n.change),
        n.inspections,
        n.failedInspections,
        n.criticalFailures,
      ]),
    );
    expect(ws.getRow(3 + q.totalCount).values).toEqual([]);

    // A region, and a quarter; regional operations see only their regions.
    const east = await t.get(`/downloads/evaluation.xlsx?kind=QUARTER&year=2026&index=4&regionId=${ids['华东区域']}`, tok['ops']);
    expect(east.status).toBe(200);
    expect(decodeURIComponent(String(east.headers['content-disposition']))).toContain('品质评价-2026-Q4.xlsx');
    const eastRows = (await workbook(east.body)).worksheets[0];
    for (let n = 3; n <= eastRows.rowCount; n++) expect(rowValues(eastRows, n)[4]).toBe('华东区域');
  });

  it('400 with the field for a bad period, 404 for a foreign region, 403 for inspectors', async () => {
    const bad = async (qs: string) => {
      const r = await t.get(`/downloads/evaluation.xlsx?${qs}`, tok['quality']);
      return { status: r.status, json: JSON.parse(r.body.toString('utf8')) };
    };
    let r = await bad('kind=MONTH&year=2026&index=13');
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('BAD_USER_INPUT');
    expect(r.json.error.fields.map((f: any) => `${f.field}:${f.reason}`)).toEqual(['index:OUT_OF_RANGE']);
    r = await bad('kind=WEEK&year=x');
    expect(r.status).toBe(400);
    expect(r.json.error.fields.map((f: any) => f.field).sort()).toEqual(['index', 'kind', 'year']);
    r = await bad(`kind=MONTH&year=2026&index=11&regionId=${randomUUID()}`);
    expect(r.status).toBe(404);
    const other = await t.token('admin@other.test');
    expect((await t.get(`/downloads/evaluation.xlsx?kind=MONTH&year=2026&index=11&regionId=${ids['华东区域']}`, other)).status).toBe(404);
    expect((await t.get('/downloads/evaluation.xlsx?kind=MONTH&year=2026&index=11', tok['inspector'])).status).toBe(403);
    expect((await t.get('/downloads/evaluation.xlsx?kind=MONTH&year=2026&index=11', null)).status).toBe(401);
  });
});
