import ExcelJS from 'exceljs';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';
import { CONDUCT_STANDARDS } from '@pinzhi/seed';

let t: TestApp;
let quality: string;
beforeAll(async () => {
  t = await TestApp.start();
  quality = await t.token('quality@demo.test');
  // These tests publish handbooks directly: the demo's HANDBOOK_PUBLISH approval flow is switched off (approvals.spec covers it).
  await t.ok('mutation { setApprovalFlowActive(kind: HANDBOOK_PUBLISH, active: false) { active } }', {}, await t.token('admin@demo.test'));
});
afterAll(() => t.stop());

const SECTIONS =
  'sections { key titleZh titleEn items { key score requirementZh requirementEn note standard { id code } } frequencies { key taskZh taskEn zoneId locationZh rrule note } }';
const HANDBOOK = `query($id: ID!) { handbook(id: $id) {
  id kind name format latestNumber sourceTemplate { name format } project { code }
  draft { id version number status }
  latest { id number changeSummary publishedBy { email } ${SECTIONS} }
  versions { number changeSummary }
} }`;

async function projectHandbookId(code: string, token = quality): Promise<string> {
  const r = await t.ok('query($s: String) { projects(filter: { search: $s }) { nodes { code handbook { id } } } }', { s: code }, token);
  return r.projects.nodes.find((p: { code: string }) => p.code === code).handbook.id;
}

/** The draft input a client sends back: every section, item and frequency with its key. */
function toDraftInput(version: any) {
  return {
    sections: version.sections.map((s: any) => ({
      key: s.key,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      items: s.items.map((i: any) => ({
        key: i.key,
        standardId: i.standard.id,
        requirementZh: i.requirementZh,
        requirementEn: i.requirementEn,
        score: i.score,
        note: i.note,
      })),
      frequencies: s.frequencies.map((f: any) => ({
        key: f.key,
        taskZh: f.taskZh,
        taskEn: f.taskEn,
        zoneId: f.zoneId,
        locationZh: f.locationZh,
        rrule: f.rrule,
        note: f.note,
      })),
    })),
  };
}

describe('standards library', () => {
  it("holds every rule of the seed's conduct section, in Chinese", async () => {
    const r = await t.ok(
      '{ standards(first: 100, filter: { search: "CON-" }) { totalCount nodes { code titleZh requirementZh } } }',
      {},
      quality,
    );
    expect(r.standards.totalCount).toBe(CONDUCT_STANDARDS.length);
    expect(r.standards.nodes.map((s: { code: string }) => s.code)).toEqual(CONDUCT_STANDARDS.map((s) => s.code).sort());
    const badge = await t.ok('{ standards(filter: { search: "左胸襟处" }) { nodes { category positions requirementZh } } }', {}, quality);
    expect(badge.standards.nodes).toEqual([
      { category: 'ATTIRE', positions: [], requirementZh: '上班统一佩戴工作牌,工作牌应端正地戴在左胸襟处' },
    ]);
  });

  it('applies the 5 cm hair rule to security guards only, and filters by position and format', async () => {
    const guards = await t.ok(
      '{ standards(first: 100, filter: { position: "SECURITY", category: HAIR }) { nodes { code positions condition checkMethod } } }',
      {},
      quality,
    );
    expect(guards.standards.nodes.find((s: { code: string }) => s.code === 'CON-HAI-03')).toEqual({
      code: 'CON-HAI-03',
      positions: ['SECURITY'],
      condition: 'MEN_ONLY',
      checkMethod: 'MEASURE',
    });
    const cleaners = await t.ok(
      '{ standards(first: 100, filter: { position: "CLEANER", category: HAIR }) { nodes { code } } }',
      {},
      quality,
    );
    expect(cleaners.standards.nodes.map((s: { code: string }) => s.code)).not.toContain('CON-HAI-03');
    const sales = await t.ok('{ standards(first: 100, filter: { format: OFFICE }) { nodes { code } } }', {}, quality);
    expect(sales.standards.nodes.some((s: { code: string }) => s.code.startsWith('SAL-'))).toBe(false);
  });

  it('creates and edits standards with field errors, for editors only', async () => {
    const input = {
      code: 'QC-001',
      category: 'CLEANING',
      titleZh: '电梯按钮消毒',
      requirementZh: '电梯按钮每日消毒两次。',
      checkMethod: 'OBSERVE',
      defaultScore: 2,
      positions: ['CLEANER'],
    };
    const created = await t.ok(
      'mutation($input: StandardInput!) { createStandard(input: $input) { id code version } }',
      { input },
      quality,
    );
    expect(created.createStandard.code).toBe('QC-001');
    const dup = await t.gql('mutation($input: StandardInput!) { createStandard(input: $input) { id } }', { input }, quality);
    expect(fieldReasons(dup)).toEqual(['input.code:TAKEN']);
    const bad = await t.gql(
      'mutation($input: StandardInput!) { createStandard(input: $input) { id } }',
      { input: { ...input, code: 'QC-002', titleZh: '', defaultScore: 101 } },
      quality,
    );
    expect(fieldReasons(bad).sort()).toEqual(['input.defaultScore:OUT_OF_RANGE', 'input.titleZh:REQUIRED']);
    const viewer = await t.gql(
      'mutation($input: StandardInput!) { createStandard(input: $input) { id } }',
      { input: { ...input, code: 'QC-003' } },
      await t.token('viewer@demo.test'),
    );
    expect(codes(viewer)).toEqual(['FORBIDDEN']);
  });
});

describe('project handbooks', () => {
  it('has a published handbook for a demo project, built from its format’s template', async () => {
    const r = await t.ok(HANDBOOK, { id: await projectHandbookId('SH-001') }, quality);
    expect(r.handbook).toMatchObject({
      kind: 'PROJECT',
      format: 'RESIDENTIAL',
      latestNumber: 2,
      sourceTemplate: { format: 'RESIDENTIAL' },
      project: { code: 'SH-001' },
    });
    expect(r.handbook.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(r.handbook.latest.sections.length).toBeGreaterThanOrEqual(4);
    expect(r.handbook.latest.publishedBy.email).toBe('quality@demo.test');
    const lobby = r.handbook.latest.sections.flatMap((s: any) => s.frequencies).find((f: any) => f.taskZh === '大堂地面拖洗');
    expect(lobby.zoneId).toBeTruthy();
  });

  it('shows what changed between the two demo versions, field by field', async () => {
    const r = await t.ok(
      'query($id: ID!) { handbookDiff(handbookId: $id, fromNumber: 1, toNumber: 2) { sections { added { key } changed { key } removed { key } } items { changed { label sectionTitle changes { field from to } } added { key } removed { key } } frequencies { added { label } changed { label changes { field from to } } } } }',
      { id: await projectHandbookId('SH-001') },
      quality,
    );
    const d = r.handbookDiff;
    expect(d.sections).toEqual({ added: [], changed: [], removed: [] });
    expect(d.items.added).toEqual([]);
    expect(d.items.removed).toEqual([]);
    expect(d.items.changed).toHaveLength(1);
    expect(d.items.changed[0].label).toBe('OPS-SEC-01 巡逻按时签到');
    expect(d.items.changed[0].changes.map((c: { field: string }) => c.field).sort()).toEqual(['requirementZh', 'score']);
    expect(d.frequencies.added.map((f: { label: string }) => f.label)).toEqual(['儿童游乐区设施检查']);
    expect(d.frequencies.changed).toEqual([
      {
        label: '大堂地面拖洗',
        changes: [
          { field: 'rrule', from: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0', to: 'FREQ=DAILY;BYHOUR=7,11,14,17;BYMINUTE=0' },
          { field: 'note', from: '每日3次', to: '夏季每日4次' },
        ],
      },
    ]);
  });

  it('edits a draft, publishes it with a summary, and the diff names exactly what changed', async () => {
    const id = await projectHandbookId('SH-002');
    const draft = await t.ok(
      `mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id version status ${SECTIONS} } }`,
      { id },
      quality,
    );
    const input = toDraftInput(draft.startHandbookDraft);
    input.sections[0].titleZh = '一、员工仪容仪表';
    input.sections[0].items[0].score = 4;
    input.sections.push({ titleZh: '五、会议服务', items: [], frequencies: [{ taskZh: '会议室整理', rrule: 'FREQ=DAILY;BYHOUR=18' }] });
    const saved = await t.ok(
      'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
      { id, input, v: draft.startHandbookDraft.version },
      quality,
    );
    expect(saved.saveHandbookDraft.version).toBe(draft.startHandbookDraft.version + 1);
    const empty = await t.gql(
      'mutation($id: ID!, $v: Int!) { publishHandbook(handbookId: $id, changeSummary: "  ", expectedVersion: $v) { number } }',
      { id, v: saved.saveHandbookDraft.version },
      quality,
    );
    expect(fieldReasons(empty)).toEqual(['changeSummary:REQUIRED']);
    const pub = await t.ok(
      'mutation($id: ID!, $v: Int!) { publishHandbook(handbookId: $id, changeSummary: "增加会议服务", expectedVersion: $v) { number status changeSummary publishedAt } }',
      { id, v: saved.saveHandbookDraft.version },
      quality,
    );
    expect(pub.publishHandbook).toMatchObject({ number: 2, status: 'PUBLISHED', changeSummary: '增加会议服务' });
    const diff = await t.ok(
      'query($id: ID!) { handbookDiff(handbookId: $id, fromNumber: 1, toNumber: 2) { sections { added { label } changed { label changes { field to } } removed { key } } items { changed { changes { field from to } } added { key } removed { key } } frequencies { added { label } } } }',
      { id },
      quality,
    );
    expect(diff.handbookDiff.sections.added.map((e: { label: string }) => e.label)).toEqual(['五、会议服务']);
    expect(diff.handbookDiff.sections.changed).toEqual([
      { label: '一、员工仪容仪表', changes: [{ field: 'titleZh', to: '一、员工仪容仪表' }] },
    ]);
    expect(diff.handbookDiff.items.changed).toEqual([{ changes: [{ field: 'score', from: null, to: 4 }] }]);
    expect(diff.handbookDiff.items.added).toEqual([]);
    expect(diff.handbookDiff.items.removed).toEqual([]);
    expect(diff.handbookDiff.frequencies.added).toEqual([{ label: '会议室整理' }]);
    // Version 1 is still there, unchanged.
    const h = await t.ok('query($id: ID!) { handbook(id: $id) { draft { id } versions { number } } }', { id }, quality);
    expect(h.handbook).toEqual({ draft: null, versions: [{ number: 2 }, { number: 1 }] });
  });

  it('refuses a stale concurrent save with CONFLICT and keeps the first save', async () => {
    const id = await projectHandbookId('GZ-001');
    const draft = await t.ok(`mutation($id: ID!) { startHandbookDraft(handbookId: $id) { version ${SECTIONS} } }`, { id }, quality);
    const v = draft.startHandbookDraft.version;
    const first = toDraftInput(draft.startHandbookDraft);
    first.sections[0].titleZh = '甲的标题';
    const second = toDraftInput(draft.startHandbookDraft);
    second.sections[0].titleZh = '乙的标题';
    await t.ok(
      'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
      { id, input: first, v },
      quality,
    );
    const r = await t.gql(
      'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
      { id, input: second, v },
      await t.token('admin@demo.test'),
    );
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0].message).toMatch(/Someone else saved this draft/);
    const now = await t.ok('query($id: ID!) { handbook(id: $id) { draft { version sections { titleZh } } } }', { id }, quality);
    expect(now.handbook.draft.sections[0].titleZh).toBe('甲的标题');
    expect(now.handbook.draft.version).toBe(v + 1);
  });

  it('names every bad field of a draft and saves nothing', async () => {
    const id = await projectHandbookId('GZ-001');
    const h = await t.ok(`query($id: ID!) { handbook(id: $id) { draft { version ${SECTIONS} } } }`, { id }, quality);
    const input = toDraftInput(h.handbook.draft);
    input.sections[0].items[0].score = -1;
    input.sections[0].items.push({ standardId: '00000000-0000-4000-8000-000000000000' });
    input.sections[0].frequencies.push({ taskZh: '坏频次', rrule: 'FREQ=SOMETIMES' });
    input.sections[0].frequencies.push({ taskZh: '别的物业的区域', rrule: 'FREQ=DAILY', zoneId: '00000000-0000-4000-8000-000000000001' });
    const r = await t.gql(
      'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
      { id, input, v: h.handbook.draft.version },
      quality,
    );
    expect(fieldReasons(r)).toEqual(['input.sections.0.items.0.score:OUT_OF_RANGE']);
    input.sections[0].items[0].score = 3;
    const n = input.sections[0].items.length - 1;
    const f = input.sections[0].frequencies.length;
    const r2 = await t.gql(
      'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
      { id, input, v: h.handbook.draft.version },
      quality,
    );
    expect(fieldReasons(r2)).toEqual([
      `input.sections.0.items.${n}.standardId:NOT_FOUND`,
      `input.sections.0.frequencies.${f - 2}.rrule:INVALID_FORMAT`,
      `input.sections.0.frequencies.${f - 1}.zoneId:NOT_FOUND`,
    ]);
    const after = await t.ok('query($id: ID!) { handbook(id: $id) { draft { version } } }', { id }, quality);
    expect(after.handbook.draft.version).toBe(h.handbook.draft.version);
  });

  it('creates a new project’s handbook from its format’s template, mapping zones by name', async () => {
    const p = await t.ok('{ projects(filter: { search: "SH-004" }) { nodes { id handbook { id } } } }', {}, quality);
    expect(p.projects.nodes[0].handbook).toBeNull();
    const h = await t.ok(
      'mutation($id: ID!) { createProjectHandbook(projectId: $id) { id latestNumber sourceTemplate { format } draft { version sections { frequencies { locationZh zoneId } } } } }',
      { id: p.projects.nodes[0].id },
      quality,
    );
    expect(h.createProjectHandbook.sourceTemplate.format).toBe('RESIDENTIAL');
    const freqs = h.createProjectHandbook.draft.sections.flatMap((s: any) => s.frequencies);
    expect(freqs.find((f: any) => f.locationZh === '大堂').zoneId).toBeTruthy();
    expect(freqs.find((f: any) => f.locationZh === '中心花园').zoneId).toBeNull(); // 锦绣华庭 has no such zone
    const again = await t.gql(
      'mutation($id: ID!) { createProjectHandbook(projectId: $id) { id } }',
      { id: p.projects.nodes[0].id },
      quality,
    );
    expect(fieldReasons(again)).toEqual(['projectId:TAKEN']);
  });
});

describe('who may read and write handbooks', () => {
  it('lets everyone read published versions but hides drafts and editing from non-editors', async () => {
    const viewer = await t.token('viewer@demo.test');
    const id = await projectHandbookId('GZ-001');
    const r = await t.ok(
      'query($id: ID!) { handbook(id: $id) { latestNumber draft { id } latest { sections { titleZh } } } }',
      { id },
      viewer,
    );
    expect(r.handbook.draft).toBeNull();
    expect(r.handbook.latest.sections.length).toBeGreaterThan(0);
    expect(codes(await t.gql('mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id } }', { id }, viewer))).toEqual(['FORBIDDEN']);
    expect(
      codes(await t.gql('mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id } }', { id }, await t.token('ops@demo.test'))),
    ).toEqual(['FORBIDDEN']);
  });

  it("limits regional operations to their regions' project handbooks", async () => {
    const ops = await t.token('ops@demo.test');
    const list = await t.ok('{ handbooks(first: 100) { nodes { kind project { code } } } }', {}, ops);
    const projectCodes = list.handbooks.nodes.filter((h: { kind: string }) => h.kind === 'PROJECT').map((h: any) => h.project.code);
    expect(projectCodes.length).toBeGreaterThan(0);
    expect(projectCodes.every((c: string) => c.startsWith('SH-'))).toBe(true);
    expect(list.handbooks.nodes.some((h: { kind: string }) => h.kind === 'TEMPLATE')).toBe(true);
    const gz = await projectHandbookId('GZ-001');
    expect(codes(await t.gql('query($id: ID!) { handbook(id: $id) { id } }', { id: gz }, ops))).toEqual(['NOT_FOUND']);
  });
});

describe('Excel', () => {
  async function workbook(rows: unknown[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('标准');
    ws.addRow(['编码', '分类', '标题', '要求', '适用岗位', '检查方式', '默认分值', '关键项', '适用业态']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }
  const IMPORT =
    'mutation($f: String!, $d: Boolean) { importStandards(fileBase64: $f, dryRun: $d) { written rows created updated errors { row column field reason message params } } }';

  it('reports every bad row and writes nothing when any row is wrong', async () => {
    const before = await t.countRows('standard');
    const file = await workbook([
      ['IMP-001', '保洁', '楼道无杂物', '楼道、消防通道无堆放杂物。', 'CLEANER', '观察', 2, '否', '住宅'],
      ['IMP-002', '不存在的分类', '', '要求', '', '观察', 'abc', '否', ''],
      ['IMP-001', '保洁', '重复', '重复编码。', '', 'OBSERVE', 1, '', '火星'],
    ]);
    const r = await t.ok(IMPORT, { f: file }, quality);
    expect(r.importStandards.written).toBe(false);
    expect(r.importStandards.errors.map((e: any) => `${e.row}:${e.column}:${e.reason}`).sort()).toEqual(
      ['3:分类:INVALID_VALUE', '3:标题:REQUIRED', '3:默认分值:INVALID_FORMAT', '4:编码:TAKEN', '4:适用业态:INVALID_VALUE'].sort(),
    );
    // Each names what the cell held (and the other row of a duplicate), for the client to word it.
    const params = Object.fromEntries(r.importStandards.errors.map((e: any) => [`${e.row}:${e.field}`, e.params]));
    expect(params['3:category']).toEqual({ value: '不存在的分类' });
    expect(params['3:defaultScore']).toMatchObject({ value: 'abc', expected: 'INTEGER' });
    expect(params['4:code']).toEqual({ value: 'IMP-001', row: 2 });
    expect(params['4:formats']).toEqual({ value: '火星' });
    expect(await t.countRows('standard')).toBe(before);
  });

  it('imports a clean sheet: new codes created, existing ones updated', async () => {
    const file = await workbook([
      ['IMP-010', '保洁', '楼道无杂物', '楼道、消防通道无堆放杂物。', 'CLEANER', '观察', 2, '否', '住宅,写字楼'],
      ['CON-ATT-03', 'ATTIRE', '工作牌佩戴', '上班统一佩戴工作牌,工作牌应端正地戴在左胸襟处', '', 'OBSERVE', 3, '是', ''],
    ]);
    const dry = await t.ok(IMPORT, { f: file, d: true }, quality);
    expect(dry.importStandards).toMatchObject({ written: false, rows: 2, created: 1, updated: 1, errors: [] });
    const r = await t.ok(IMPORT, { f: file }, quality);
    expect(r.importStandards).toMatchObject({ written: true, created: 1, updated: 1 });
    const s = await t.ok('{ standards(filter: { search: "IMP-010" }) { nodes { category formats positions } } }', {}, quality);
    expect(s.standards.nodes[0]).toEqual({ category: 'CLEANING', formats: ['RESIDENTIAL', 'OFFICE'], positions: ['CLEANER'] });
  });

  it('round-trips the library export (the import template): re-imported without an error, updating only', async () => {
    const res = await t.get('/downloads/standards.xlsx', quality);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets[0].name).toBe('标准库 Standards');
    expect(wb.worksheets.map((w) => w.name)).toContain('说明 Notes');
    const dry = await t.ok(IMPORT, { f: res.body.toString('base64'), d: true }, quality);
    expect(dry.importStandards).toMatchObject({ written: false, created: 0, errors: [] });
    expect(dry.importStandards.updated).toBe(wb.worksheets[0].rowCount - 1);
  });

  it('refuses something that is not a workbook, naming the field', async () => {
    const r = await t.gql(IMPORT, { f: Buffer.from('hello').toString('base64') }, quality);
    expect(fieldReasons(r)).toEqual(['fileBase64:INVALID_FORMAT']);
  });

  it('exports a handbook version as .xlsx, only to signed-in members of the tenant', async () => {
    const h = await t.ok(HANDBOOK, { id: await projectHandbookId('SH-001') }, quality);
    const url = `/downloads/handbook-versions/${h.handbook.latest.id}`;
    const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${quality}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['工作手册 Handbook', '服务频次 Service frequencies']);
    expect(wb.worksheets[0].rowCount).toBeGreaterThan(30);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${await t.token('admin@other.test')}` } })).statusCode,
    ).toBe(404);
  });
});
