import ExcelJS from 'exceljs';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * 运营成本: month entry, variance and the tenant threshold, review decisions with history,
 * the overview with flags, the all-or-nothing import and region scoping. The tests use a
 * year far from the seeded history so their totals are their own.
 */
let t: TestApp;
let admin: string;
let quality: string;
let ops: string;
let viewer: string;
const Y = 2035;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
  quality = await t.token('quality@demo.test');
  ops = await t.token('ops@demo.test');
  viewer = await t.token('viewer@demo.test');
  const r = await t.ok('{ projects(first: 100) { nodes { id code } } }', {}, admin);
  for (const p of r.projects.nodes) ids[p.code] = p.id;
});
afterAll(() => t.stop());

const SAVE = 'mutation($input: CostMonthInput!) { saveCostMonth(input: $input) { id category budgetFen actualFen version } }';
const PROJECT = `query($id: ID!, $y: Int!) { projectCosts(projectId: $id, year: $y) { thresholdBp total { budgetFen actualFen flagged }
  months { month total { budgetFen actualFen varianceFen variancePercent flagged } categories { category budgetFen actualFen varianceFen flagged } lastReview { decision note reviewer { email } } } } }`;
const lines = (budgetYuan: number, actualYuan: number) => [
  { category: 'STAFF', budgetFen: budgetYuan * 60, actualFen: actualYuan * 60 },
  { category: 'CLEANING', budgetFen: budgetYuan * 40, actualFen: actualYuan * 40 },
];
const month = async (code: string, m: string, token = admin) => {
  const r = await t.ok(PROJECT, { id: ids[code], y: Number(m.slice(0, 4)) }, token);
  return r.projectCosts.months.find((x: any) => x.month === m);
};

describe('entering a month', () => {
  it('lets regional operations enter their region’s projects, with variance per category and in total', async () => {
    const r = await t.ok(SAVE, { input: { projectId: ids['SH-001'], month: `${Y}-01`, lines: lines(1000, 1100) } }, ops);
    expect(r.saveCostMonth.map((e: any) => e.category).sort()).toEqual(['CLEANING', 'STAFF']);
    const m = await month('SH-001', `${Y}-01`, ops);
    // 100000 fen budget, 110000 actual: +10% over a 5% threshold.
    expect(m.total).toEqual({ budgetFen: 100000, actualFen: 110000, varianceFen: 10000, variancePercent: 10, flagged: true });
    expect(m.categories.find((c: any) => c.category === 'STAFF')).toEqual({
      category: 'STAFF',
      budgetFen: 60000,
      actualFen: 66000,
      varianceFen: 6000,
      flagged: true,
    });
    expect(m.categories.find((c: any) => c.category === 'ENERGY')).toEqual({
      category: 'ENERGY',
      budgetFen: 0,
      actualFen: 0,
      varianceFen: 0,
      flagged: false,
    });
  });

  it('refuses other regions (NOT_FOUND), other roles (FORBIDDEN) and bad input at the field', async () => {
    expect(codes(await t.gql(SAVE, { input: { projectId: ids['GZ-001'], month: `${Y}-01`, lines: lines(1, 1) } }, ops))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await t.gql(PROJECT, { id: ids['GZ-001'], y: Y }, ops))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(SAVE, { input: { projectId: ids['SH-001'], month: `${Y}-01`, lines: lines(1, 1) } }, quality))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await t.gql(PROJECT, { id: ids['SH-001'], y: Y }, viewer))).toEqual(['FORBIDDEN']);
    const bad = await t.gql(
      SAVE,
      {
        input: {
          projectId: ids['SH-001'],
          month: `${Y}-13`,
          lines: [
            { category: 'STAFF', budgetFen: -1, actualFen: 0 },
            { category: 'STAFF', budgetFen: 0, actualFen: 0 },
          ],
        },
      },
      admin,
    );
    expect(fieldReasons(bad)).toEqual(expect.arrayContaining(['input.month:INVALID_FORMAT', 'input.lines.0.budgetFen:OUT_OF_RANGE']));
    const dup = await t.gql(
      SAVE,
      {
        input: {
          projectId: ids['SH-001'],
          month: `${Y}-02`,
          lines: [
            { category: 'STAFF', budgetFen: 0, actualFen: 0 },
            { category: 'STAFF', budgetFen: 1, actualFen: 0 },
          ],
        },
      },
      admin,
    );
    expect(fieldReasons(dup)).toEqual(['input.lines.1.category:TAKEN']);
  });

  it('refuses a stale edit (CONFLICT) and keeps the newer value', async () => {
    const r = await t.ok(
      SAVE,
      { input: { projectId: ids['SH-002'], month: `${Y}-03`, lines: [{ category: 'ENERGY', budgetFen: 500, actualFen: 400 }] } },
      admin,
    );
    const v = r.saveCostMonth[0].version;
    await t.ok(
      SAVE,
      {
        input: {
          projectId: ids['SH-002'],
          month: `${Y}-03`,
          lines: [{ category: 'ENERGY', budgetFen: 500, actualFen: 450, expectedVersion: v }],
        },
      },
      admin,
    );
    const stale = await t.gql(
      SAVE,
      {
        input: {
          projectId: ids['SH-002'],
          month: `${Y}-03`,
          lines: [{ category: 'ENERGY', budgetFen: 500, actualFen: 999, expectedVersion: v }],
        },
      },
      admin,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect((await month('SH-002', `${Y}-03`)).total.actualFen).toBe(450);
  });
});

describe('threshold and review', () => {
  it('lets only the tenant admin change the threshold, with optimistic locking', async () => {
    const UPDATE = 'mutation($bp: Int!, $v: Int) { updateCostSettings(thresholdBp: $bp, expectedVersion: $v) { thresholdBp version } }';
    expect(codes(await t.gql(UPDATE, { bp: 1500 }, quality))).toEqual(['FORBIDDEN']);
    expect(fieldReasons(await t.gql(UPDATE, { bp: 20000 }, admin))).toEqual(['thresholdBp:OUT_OF_RANGE']);
    const s = await t.ok(UPDATE, { bp: 1500, v: 0 }, admin);
    expect(s.updateCostSettings.thresholdBp).toBe(1500);
    expect((await month('SH-001', `${Y}-01`)).total.flagged).toBe(false);
    expect(codes(await t.gql(UPDATE, { bp: 500, v: 0 }, admin))).toEqual(['CONFLICT']);
    await t.ok(UPDATE, { bp: 500, v: s.updateCostSettings.version }, admin);
    expect((await month('SH-001', `${Y}-01`)).total.flagged).toBe(true);
  });

  it('records review decisions on a flagged month (Quality Center), keeping the history', async () => {
    const REVIEW =
      'mutation($input: CostReviewInput!) { reviewCosts(input: $input) { decision note budgetFen actualFen thresholdBp reviewer { email } } }';
    const input = { projectId: ids['SH-001'], month: `${Y}-01` };
    expect(codes(await t.gql(REVIEW, { input: { ...input, decision: 'ACCEPTED' } }, ops))).toEqual(['FORBIDDEN']);
    expect(fieldReasons(await t.gql(REVIEW, { input: { ...input, decision: 'BUDGET_ADJUSTED' } }, quality))).toEqual([
      'input.note:REQUIRED',
    ]);
    expect(
      fieldReasons(await t.gql(REVIEW, { input: { projectId: ids['SH-002'], month: `${Y}-03`, decision: 'ACCEPTED' } }, quality)),
    ).toEqual(['input.month:INVALID_VALUE']);
    const first = await t.ok(REVIEW, { input: { ...input, decision: 'ACTION_REQUIRED', note: '人工成本超支，请区域说明' } }, quality);
    expect(first.reviewCosts).toMatchObject({
      decision: 'ACTION_REQUIRED',
      budgetFen: 100000,
      actualFen: 110000,
      thresholdBp: 500,
      reviewer: { email: 'quality@demo.test' },
    });
    await t.ok(REVIEW, { input: { ...input, decision: 'BUDGET_ADJUSTED', note: '春节加班，预算调增' } }, quality);
    const history = await t.ok('query($id: ID!) { costReviews(projectId: $id) { decision month } }', { id: ids['SH-001'] }, ops);
    expect(history.costReviews.map((r: any) => r.decision)).toEqual(['BUDGET_ADJUSTED', 'ACTION_REQUIRED']);
    expect((await month('SH-001', `${Y}-01`)).lastReview).toMatchObject({ decision: 'BUDGET_ADJUSTED', note: '春节加班，预算调增' });
    const audit = await t.ok('{ auditEntries(first: 20) { nodes { operation } } }', {}, admin);
    expect(audit.auditEntries.nodes.map((n: any) => n.operation)).toContain('reviewCosts');
  });
});

describe('overview', () => {
  const OVERVIEW =
    'query($p: String!, $first: Int) { costOverview(period: $p, first: $first) { totalCount nodes { budgetFen actualFen varianceFen variancePercent flagged project { code region { name } } lastReview { decision } } } }';

  it('lists projects with their totals and the flag for a month or a year; REGIONAL_OPS see their regions', async () => {
    const r = await t.ok(OVERVIEW, { p: `${Y}-01`, first: 100 }, quality);
    const sh1 = r.costOverview.nodes.find((n: any) => n.project.code === 'SH-001');
    expect(sh1).toMatchObject({ budgetFen: 100000, actualFen: 110000, flagged: true, lastReview: { decision: 'BUDGET_ADJUSTED' } });
    expect(r.costOverview.nodes.find((n: any) => n.project.code === 'SH-002')).toMatchObject({
      budgetFen: 0,
      actualFen: 0,
      flagged: false,
    });
    const year = await t.ok(OVERVIEW, { p: String(Y), first: 100 }, quality);
    expect(year.costOverview.nodes.find((n: any) => n.project.code === 'SH-002')).toMatchObject({
      budgetFen: 500,
      actualFen: 450,
      flagged: false,
      lastReview: null,
    });
    const mine = await t.ok(OVERVIEW, { p: `${Y}-01`, first: 100 }, ops);
    expect(new Set(mine.costOverview.nodes.map((n: any) => n.project.region.name))).toEqual(new Set(['华东区域']));
    expect(fieldReasons(await t.gql(OVERVIEW, { p: '2035-1' }, quality))).toEqual(['period:INVALID_FORMAT']);
  });

  it('takes the same number of SQL statements for a page of 2 and of 6 projects', async () => {
    await t.ok(OVERVIEW, { p: `${Y}-01`, first: 1 }, quality); // warm the session cache
    t.resetSqlCount();
    await t.ok(OVERVIEW, { p: `${Y}-01`, first: 2 }, quality);
    const small = t.sqlCount;
    t.resetSqlCount();
    await t.ok(OVERVIEW, { p: `${Y}-01`, first: 6 }, quality);
    expect(t.sqlCount).toBe(small);
  });
});

describe('import', () => {
  const IMPORT =
    'mutation($f: String!, $d: Boolean) { importCosts(fileBase64: $f, dryRun: $d) { written rows created updated errors { row column field reason } } }';
  async function workbook(rows: unknown[][], header = ['项目编码', '月份', '成本类别', '预算（元）', '实际（元）']): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('运营成本');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }

  it('reports every wrong row and writes nothing', async () => {
    const before = await t.countRows('cost_entry');
    const file = await workbook([
      ['SH-001', `${Y}-05`, '人工成本', '1,000.50', '900'],
      ['XX-999', `${Y}-05`, 'STAFF', '1', '1'],
      ['SH-001', '2035/5', 'STAFF', '1', '1'],
      ['SH-001', `${Y}-05`, '咖啡', '1', '1'],
      ['SH-001', `${Y}-05`, 'ENERGY', '1.234', 'abc'],
      ['SH-001', `${Y}-05`, 'Staff', '2', '2'],
      ['GZ-001', `${Y}-05`, 'STAFF', '1', '1'],
    ]);
    const r = await t.ok(IMPORT, { f: file }, ops);
    expect(r.importCosts.written).toBe(false);
    expect(r.importCosts.errors.map((e: any) => `${e.row}:${e.field}:${e.reason}`)).toEqual([
      '3:project:NOT_FOUND',
      '4:month:INVALID_FORMAT',
      '5:category:INVALID_VALUE',
      '6:budget:INVALID_FORMAT',
      '6:actual:INVALID_FORMAT',
      '7:category:TAKEN',
      '8:project:NOT_FOUND', // another region for REGIONAL_OPS
    ]);
    expect(await t.countRows('cost_entry')).toBe(before);
    const missing = await t.ok(IMPORT, { f: await workbook([], ['项目编码', '月份']) }, ops);
    expect(missing.importCosts.errors.map((e: any) => e.field)).toEqual(['category', 'budget', 'actual']);
  });

  it('checks with dryRun, then writes every row in yuan as fen', async () => {
    const before = await t.countRows('cost_entry');
    const file = await workbook([
      ['SH-001', `${Y}-06`, '人工成本', '1,000.50', '900'],
      ['SH-001', `${Y}-06`, 'ENERGY', '¥200', '260.1'],
      ['SH-002', `${Y}-06`, 'Cleaning', 300, 300],
    ]);
    const dry = await t.ok(IMPORT, { f: file, d: true }, ops);
    expect(dry.importCosts).toMatchObject({ written: false, rows: 3, errors: [] });
    expect(await t.countRows('cost_entry')).toBe(before);
    const r = await t.ok(IMPORT, { f: file }, ops);
    expect(r.importCosts).toMatchObject({ written: true, rows: 3, created: 3, updated: 0 });
    const m = await month('SH-001', `${Y}-06`);
    expect(m.categories.find((c: any) => c.category === 'STAFF')).toMatchObject({ budgetFen: 100050, actualFen: 90000 });
    expect(m.categories.find((c: any) => c.category === 'ENERGY')).toMatchObject({ budgetFen: 20000, actualFen: 26010, flagged: true });
    expect(codes(await t.gql(IMPORT, { f: file }, quality))).toEqual(['FORBIDDEN']);
  });

  it('offers a template to download (editors only)', async () => {
    const res = await t.get('/downloads/costs/template.xlsx', ops);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, '项目编码', '月份', '成本类别', '预算（元）', '实际（元）']);
    expect((await t.get('/downloads/costs/template.xlsx')).status).toBe(401);
    expect((await t.get('/downloads/costs/template.xlsx', quality)).status).toBe(403);
  });

  it('round-trips its template: the last twelve months of the caller’s projects, re-imported without an error or a change', async () => {
    const res = await t.get('/downloads/costs/template.xlsx', ops);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['运营成本', '说明 Notes', '项目', '类别 Categories']);
    const data = wb.worksheets[0];
    const codesInFile = new Set<string>();
    data.eachRow((row, n) => {
      if (n > 1) codesInFile.add(String(row.getCell(1).value));
    });
    expect(codesInFile.size).toBeGreaterThan(0);
    expect([...codesInFile].every((c) => c.startsWith('SH-'))).toBe(true); // 赵磊 runs 华东 only
    const before = await t.countRows('cost_entry');
    const dry = await t.ok(IMPORT, { f: res.body.toString('base64'), d: true }, ops);
    expect(dry.importCosts).toMatchObject({ written: false, errors: [], created: 0 });
    expect(dry.importCosts.rows).toBe(data.rowCount - 1);
    expect(await t.countRows('cost_entry')).toBe(before);
  });

  it('names what was wrong in params, so clients word it in the user’s language', async () => {
    const IMPORT_PARAMS =
      'mutation($f: String!) { importCosts(fileBase64: $f, dryRun: true) { errors { row field reason message params } } }';
    const r = await t.ok(IMPORT_PARAMS, { f: await workbook([['SH-999', '2035/5', '咖啡', '1', '1']]) }, ops);
    expect(r.importCosts.errors.map((e: any) => [e.field, e.reason, e.params])).toEqual([
      ['project', 'NOT_FOUND', { value: 'SH-999' }],
      ['month', 'INVALID_FORMAT', { value: '2035/5', expected: 'MONTH' }],
      ['category', 'INVALID_VALUE', { value: '咖啡' }],
    ]);
    const missing = await t.ok(IMPORT_PARAMS, { f: await workbook([], ['项目编码', '月份']) }, ops);
    expect(missing.importCosts.errors[0]).toMatchObject({
      row: 1,
      reason: 'REQUIRED',
      params: { column: '成本类别', columnEn: 'Category' },
    });
  });
});

describe('tenant isolation', () => {
  it('shows another tenant nothing of these costs', async () => {
    const other = await t.token('admin@other.test');
    const r = await t.ok(
      'query($p: String!) { costOverview(period: $p, first: 100) { nodes { actualFen project { code } } } }',
      { p: `${Y}-01` },
      other,
    );
    expect(r.costOverview.nodes.every((n: any) => n.actualFen === 0)).toBe(true);
    expect(codes(await t.gql(PROJECT, { id: ids['SH-001'], y: Y }, other))).toEqual(['NOT_FOUND']);
  });
});

describe('demo data', () => {
  it('has a year of monthly costs with 金融中心大厦 over its threshold, flagged and partly reviewed', async () => {
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(t.seededAt);
    const [y, m] = local.split('-').map(Number);
    const back = (n: number) => {
      const idx = y * 12 + (m - 1) - n;
      return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
    };
    const r = await t.ok(
      'query($p: String!) { costOverview(period: $p, first: 100) { nodes { flagged project { code } } } }',
      { p: back(1) },
      quality,
    );
    const flagged = r.costOverview.nodes.filter((n: any) => n.flagged).map((n: any) => n.project.code);
    expect(flagged).toEqual(['SH-002']);
    const months = await Promise.all([1, 12, 13].map(async (n) => (await month('SH-002', back(n))) ?? null));
    expect(months[0].total.flagged).toBe(true);
    expect(months[1].total.budgetFen).toBeGreaterThan(0);
    if (months[2]) expect(months[2].total.budgetFen).toBe(0); // nothing before the twelve months
    expect((await month('SH-002', back(2))).lastReview).toMatchObject({
      decision: 'ACTION_REQUIRED',
      reviewer: { email: 'quality@demo.test' },
    });
    expect((await month('SH-001', back(1))).total.flagged).toBe(false);
  });
});
