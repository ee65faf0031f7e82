import ExcelJS from 'exceljs';
import { TestApp, codes } from '@pinzhi/api-testing';

/**
 * Bulk go-live: projects (and their properties) from one workbook. Every row is checked with the
 * createProject rules; any wrong row and nothing is written; a known 项目编码 updates that project;
 * the company's regions, properties and projects only.
 */
let t: TestApp;
let admin: string;
let ops: string;
let quality: string;
let viewer: string;
let other: string;

beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
  ops = await t.token('ops@demo.test');
  quality = await t.token('quality@demo.test');
  viewer = await t.token('viewer@demo.test');
  other = await t.token('admin@other.test');
});
afterAll(() => t.stop());

const IMPORT = `mutation($f: String!, $d: Boolean) { importProjects(fileBase64: $f, dryRun: $d) {
  written rows created updated propertiesCreated errors { row column field reason params } } }`;
const HEADER = ['项目编码', '项目名称', '物业名称', '业态', '区域', '地址', '建筑面积（㎡）', '分区', '合同开始', '合同结束', '服务范围'];

async function workbook(rows: unknown[][], header: string[] = HEADER): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** 500 projects on 50 new properties in 华东 (by name) and 华南 (by code). */
function portfolio(n = 500): unknown[][] {
  return Array.from({ length: n }, (_, i) => {
    const no = String(i + 1).padStart(4, '0');
    const site = `导入花园${String(Math.floor(i / 10) + 1).padStart(2, '0')}`;
    return [
      `IMP-${no}`,
      `${site}物业服务项目${no}`,
      site,
      i % 2 ? '写字楼' : '住宅',
      i % 20 < 10 ? '华东区域' : 'south',
      `上海市示例路 ${i + 1} 号`,
      10000 + i,
      '大堂、地下车库, 园林',
      '2027-01-01',
      '2029-12-31',
      '秩序维护、保洁',
    ];
  }).map((r, i, all) => {
    // Every property keeps the format of its first row.
    const first = all[Math.floor(i / 10) * 10];
    return [...r.slice(0, 3), first[3], ...r.slice(4)];
  });
}

const counts = () => Promise.all(['project', 'property', 'audit_entry'].map((x) => t.countRows(x)));
const projectsNamed = async (search: string, token = admin) =>
  (
    await t.ok(
      'query($s: String) { projects(first: 100, filter: { search: $s }) { totalCount nodes { code name region { name } property { name format zones { name } } } } }',
      { s: search },
      token,
    )
  ).projects;

describe('importProjects', () => {
  it('names exactly the wrong rows of 500 and writes nothing, neither on a dry run nor on a write', async () => {
    const rows = portfolio();
    rows[9][4] = '火星区域'; // row 11: unknown region
    rows[19][0] = 'IMP-0005'; // row 21: the code of row 6 again
    rows[29][3] = '别墅'; // row 31: not a format
    const file = await workbook(rows);
    const before = await counts();
    for (const d of [true, false]) {
      const r = (await t.ok(IMPORT, { f: file, d }, admin)).importProjects;
      expect(r.written).toBe(false);
      expect(r.errors.map((e: any) => `${e.row}:${e.column}:${e.reason}`)).toEqual([
        '11:区域:NOT_FOUND',
        '21:项目编码:TAKEN',
        '31:业态:INVALID_VALUE',
      ]);
      expect(r.errors[1].params).toEqual({ value: 'IMP-0005', row: 6 });
      expect(await counts()).toEqual(before);
    }
  });

  it('checks the fixed workbook without writing, then imports all 500 with their properties in one go', async () => {
    const file = await workbook(portfolio());
    const before = await counts();
    const dry = (await t.ok(IMPORT, { f: file, d: true }, admin)).importProjects;
    expect(dry).toEqual({ written: false, rows: 500, created: 500, updated: 0, propertiesCreated: 50, errors: [] });
    expect(await counts()).toEqual(before);

    const r = (await t.ok(IMPORT, { f: file }, admin)).importProjects;
    expect(r).toEqual({ written: true, rows: 500, created: 500, updated: 0, propertiesCreated: 50, errors: [] });
    const [projects, properties, audit] = await counts();
    expect([projects - before[0], properties - before[1], audit - before[2]]).toEqual([500, 50, 550]);

    const found = await projectsNamed('导入花园01物业服务项目0001');
    expect(found.nodes).toEqual([
      {
        code: 'IMP-0001',
        name: '导入花园01物业服务项目0001',
        region: { name: '华东区域' },
        property: { name: '导入花园01', format: 'RESIDENTIAL', zones: [{ name: '大堂' }, { name: '地下车库' }, { name: '园林' }] },
      },
    ]);
    expect((await projectsNamed('IMP-0011')).nodes[0].region.name).toBe('华南区域'); // by code, any case
    const p = await t.ok(
      'query($s: String) { projects(first: 1, filter: { search: $s }) { nodes { stage contractStart contractEnd serviceScope property { address grossFloorArea } } } }',
      { s: 'IMP-0002' },
      admin,
    );
    expect(p.projects.nodes[0]).toEqual({
      stage: 'PROSPECT',
      contractStart: '2027-01-01',
      contractEnd: '2029-12-31',
      serviceScope: '秩序维护、保洁',
      property: { address: '上海市示例路 1 号', grossFloorArea: 10000 },
    });
  });

  it('updates by code on a re-import: no duplicates, unchanged rows untouched', async () => {
    const rows = portfolio();
    rows[0][1] = '改名后的项目一';
    rows[1][9] = '2030-06-30';
    rows[2][4] = '华南区域';
    const file = await workbook(rows);
    const before = await counts();
    const dry = (await t.ok(IMPORT, { f: file, d: true }, admin)).importProjects;
    expect(dry).toMatchObject({ written: false, rows: 500, created: 0, updated: 3, propertiesCreated: 0, errors: [] });
    const r = (await t.ok(IMPORT, { f: file }, admin)).importProjects;
    expect(r).toMatchObject({ written: true, created: 0, updated: 3, propertiesCreated: 0 });
    const after = await counts();
    expect(after[0] - before[0]).toBe(0);
    expect(after[1] - before[1]).toBe(0);
    expect(after[2] - before[2]).toBe(3); // one audit entry per changed project
    expect((await projectsNamed('IMP-0001')).nodes[0].name).toBe('改名后的项目一');
    expect((await projectsNamed('IMP-0003')).nodes[0].region.name).toBe('华南区域');
    expect((await projectsNamed('IMP-')).totalCount).toBe(500);
  });

  it('holds every createProject rule for imported rows', async () => {
    const file = await workbook([
      ['bad code!', '项目', '新物业甲', '住宅', '华东区域'],
      ['IMP-9001', '', '新物业乙', '住宅', '华东区域'],
      ['IMP-9002', '合同颠倒', '新物业丙', '住宅', '华东区域', '', '', '', '2028-01-01', '2027-01-01'],
      ['IMP-9003', '日期', '新物业丁', '住宅', '华东区域', '', '', '', '2028/13/01'],
      ['IMP-9004', '面积', '新物业戊', '住宅', '华东区域', '', '-5'],
      ['IMP-9005', '已有物业业态不同', '导入花园01', '商业', '华东区域'],
      ['IMP-9006', '新物业无业态', '新物业己', '', 'EAST'],
      ['IMP-9007', '分区重复', '新物业庚', '住宅', 'EAST', '', '', '大堂、大堂'],
    ]);
    const r = (await t.ok(IMPORT, { f: file, d: true }, admin)).importProjects;
    expect(r.errors.map((e: any) => `${e.row}:${e.field}:${e.reason}`)).toEqual([
      '2:code:INVALID_FORMAT',
      '3:name:REQUIRED',
      '4:contractEnd:DATE_ORDER',
      '5:contractStart:INVALID_FORMAT',
      '6:area:OUT_OF_RANGE',
      '7:format:INVALID_VALUE',
      '8:format:REQUIRED',
      '9:zones:TAKEN',
    ]);
    const missing = (await t.ok(IMPORT, { f: await workbook([], ['项目编码', '项目名称']) }, admin)).importProjects;
    expect(missing.errors.map((e: any) => `${e.row}:${e.field}:${e.reason}`)).toEqual([
      '1:property:REQUIRED',
      '1:format:REQUIRED',
      '1:region:REQUIRED',
    ]);
  });

  it('lets regional operations import in their own region only', async () => {
    const file = await workbook([
      ['IMP-9101', '华东新项目', '导入花园01', '', '华东区域'],
      ['IMP-9102', '华南新项目', '导入花园01', '', '华南区域'],
      ['IMP-0011', '别区的项目', '导入花园02', '', '华东区域'], // a 华南 project
    ]);
    const r = (await t.ok(IMPORT, { f: file, d: true }, ops)).importProjects;
    expect(r.errors.map((e: any) => `${e.row}:${e.field}:${e.reason}`)).toEqual(['3:region:NOT_FOUND', '4:code:TAKEN']);
  });

  it('sees only the caller’s company: another tenant’s regions and codes are not there, and its projects are untouched', async () => {
    // 华北区域 / NORTH and BJ-001 are the other company's.
    const fromDemo = await workbook([
      ['BJ-001', '演示公司的 BJ-001', '演示北京物业', '住宅', '华东区域'],
      ['IMP-9201', '华北项目', '演示北京物业', '住宅', 'NORTH'],
    ]);
    const r = (await t.ok(IMPORT, { f: fromDemo, d: true }, admin)).importProjects;
    expect(r.errors.map((e: any) => `${e.row}:${e.field}:${e.reason}`)).toEqual(['3:region:NOT_FOUND']);
    expect(r.created).toBe(1); // BJ-001 is a new code in this company

    const fromOther = await workbook([['IMP-0001', '其他公司的 IMP-0001', '导入花园01', '住宅', '华北区域']]);
    const o = (await t.ok(IMPORT, { f: fromOther }, other)).importProjects;
    expect(o).toMatchObject({ written: true, created: 1, updated: 0, propertiesCreated: 1, errors: [] });
    expect((await projectsNamed('IMP-0001')).nodes[0].name).toBe('改名后的项目一');
    expect((await projectsNamed('IMP-0001', other)).nodes.map((n: any) => n.name)).toEqual(['其他公司的 IMP-0001']);
    expect((await projectsNamed('BJ-001', other)).nodes[0].name).toBe('北辰花园物业服务项目');
  });

  it('is for those who may create projects: others get FORBIDDEN and nothing is written', async () => {
    const file = await workbook([['IMP-9301', '项目', '新物业', '住宅', '华东区域']]);
    const before = await counts();
    for (const token of [quality, viewer]) {
      expect(codes(await t.gql(IMPORT, { f: file, d: true }, token))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(IMPORT, { f: file }, token))).toEqual(['FORBIDDEN']);
      expect((await t.get('/downloads/projects/template.xlsx', token)).status).toBe(403);
    }
    expect(codes(await t.gql(IMPORT, { f: file }, null))).toEqual(['UNAUTHENTICATED']);
    expect(await counts()).toEqual(before);
  });

  it('offers a template that re-imports without an error or a change', async () => {
    const res = await t.get('/downloads/projects/template.xlsx', admin);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['项目', '说明 Notes', '区域', '业态 Formats']);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, ...HEADER]);
    const before = await counts();
    const dry = (await t.ok(IMPORT, { f: res.body.toString('base64'), d: true }, admin)).importProjects;
    expect(dry).toMatchObject({ written: false, errors: [], created: 0, updated: 0, propertiesCreated: 0 });
    expect(dry.rows).toBe(wb.worksheets[0].rowCount - 1);
    const written = (await t.ok(IMPORT, { f: res.body.toString('base64') }, admin)).importProjects;
    expect(written).toMatchObject({ errors: [], created: 0, updated: 0 });
    expect(await counts()).toEqual(before);
  });

  it('gives a new company an example row that imports against its regions', async () => {
    await t.createCompany('import-new', '新上线物业', 'admin@import-new.test');
    const token = await t.token('admin@import-new.test', 'import-new');
    await t.ok('mutation { createRegion(input: { name: "西南区域", code: "SW" }) { id } }', {}, token);
    await t.ok('mutation { updateCompanySettings(input: { timeZone: "Asia/Urumqi" }) { timeZone } }', {}, token);
    const res = await t.get('/downloads/projects/template.xlsx', token);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets[0].rowCount).toBe(2);
    const r = (await t.ok(IMPORT, { f: res.body.toString('base64') }, token)).importProjects;
    expect(r).toMatchObject({ written: true, rows: 1, created: 1, propertiesCreated: 1, errors: [] });
    expect((await projectsNamed('XM-001', token)).nodes[0]).toMatchObject({
      region: { name: '西南区域' },
      property: { format: 'RESIDENTIAL' },
    });
    // New projects start in the company's time zone (公司设置), as createProject's do.
    const zone = await t.ok('{ projects(first: 1, filter: { search: "XM-001" }) { nodes { timeZone } } }', {}, token);
    expect(zone.projects.nodes[0].timeZone).toBe('Asia/Urumqi');
  });
});
