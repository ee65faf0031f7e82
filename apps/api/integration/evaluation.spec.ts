import { randomUUID } from 'node:crypto';
import { FIXED_NOW, TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * Daily summaries, periodic evaluations (ranks within region and tenant, ties, unranked
 * projects, change vs the previous period) and score trends through the real HTTP endpoint,
 * with inspections submitted at controlled times in a quarter after the demo seed's history
 * (seeded at a fixed instant, FIXED_NOW, so that this holds on any day the suite runs);
 * visibility per role; and the demo seed's must-show (ranking, trend, open rectifications) so
 * it cannot silently break.
 */
let t: TestApp;
let quality: string;
let ops: string;
let inspector: string;
let viewer: string;
let hr: string;
const ids: Record<string, string> = {};
const items: Array<{ key: string; points: number; code: string }> = [];
let possible = 0;

const EVAL = `query($p: EvaluationPeriodInput!, $r: ID, $first: Int, $after: String) { projectEvaluation(period: $p, regionId: $r, first: $first, after: $after) {
  period { key from to } previous { key } totalCount rankedCount tenantRankedCount pageInfo { hasNextPage endCursor }
  nodes { project { code } region { name } score earnedPoints possiblePoints inspections failedInspections criticalFailures tenantRank regionRank previousScore change } } }`;
const SUMMARY = `query($d: LocalDate!, $r: ID, $p: ID) { inspectionDailySummary(date: $d, regionId: $r, projectId: $p) { date asOf projectCount
  projects { project { code } region { name } counts { due completed late missed open inspections averageScore failedInspections openRectifications overdueRectifications } }
  regions { region { name } counts { inspections averageScore openRectifications } }
  total { due completed late missed open inspections averageScore failedInspections openRectifications overdueRectifications } } }`;
const TREND = `query($k: EvaluationPeriodKind!, $n: Int, $u: EvaluationPeriodInput, $p: ID, $r: ID) { projectScoreTrend(kind: $k, periods: $n, until: $u, projectId: $p, regionId: $r) {
  kind passMark project { code } region { name } points { period { key from to } score inspections projects earnedPoints possiblePoints } } }`;

beforeAll(async () => {
  t = await TestApp.start({ seedNow: FIXED_NOW, now: FIXED_NOW });
  [quality, ops, inspector, viewer, hr] = await Promise.all(
    ['quality@demo.test', 'ops@demo.test', 'inspector@demo.test', 'viewer@demo.test', 'hr@demo.test'].map((e) => t.token(e)),
  );
  const d = await t.ok(
    `{ projects(first: 100) { nodes { id code region { id name } } }
       inspectionTemplates { nodes { id name latestVersion { sections { items { key points standard { code } } } } } } }`,
    {},
    quality,
  );
  for (const p of d.projects.nodes) {
    ids[p.code] = p.id;
    ids[p.region.name] = p.region.id;
  }
  const residential = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表');
  ids['residential'] = residential.id;
  for (const s of residential.latestVersion.sections)
    for (const i of s.items) items.push({ key: i.key, points: i.points, code: i.standard.code });
  possible = items.reduce((sum, i) => sum + i.points, 0);
});
afterAll(() => t.stop());
afterEach(() => t.setNow(null));

const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(randomUUID())]);

/** Submits an ad-hoc residential inspection at `at` with these standards failed (no deductions: 0 points). */
async function inspect(code: string, at: string, failed: string[] = []) {
  t.setNow(at);
  const sig = await t.upload(png(), 'image/png', quality);
  const r = await t.ok(
    'mutation($input: InspectionInput!) { submitInspection(input: $input) { id scorePercent passed localDate } }',
    {
      input: {
        clientKey: randomUUID(),
        projectId: ids[code],
        templateId: ids['residential'],
        signatureFileId: sig.json.id,
        items: items.map((i) => ({ itemKey: i.key, result: failed.includes(i.code) ? 'FAIL' : 'PASS' })),
      },
    },
    quality,
  );
  return r.submitInspection;
}

const byCode = (nodes: any[]) => Object.fromEntries(nodes.map((n) => [n.project.code, n]));
const criticalPoints = () => items.find((i) => i.code === 'OPS-SEC-02')!.points;

describe('daily summary, evaluation and trend over known data', () => {
  let before: any;

  beforeAll(async () => {
    // The summary of 2027-03-10 before anything was inspected that day (seeded open rectifications count too).
    t.setNow('2027-03-10T01:00:00Z');
    before = (await t.ok(SUMMARY, { d: '2027-03-10' }, quality)).inspectionDailySummary;
    await inspect('GZ-001', '2027-02-15T02:00:00Z');
    await inspect('SH-001', '2027-03-10T02:00:00Z');
    await inspect('SH-001', '2027-03-10T03:00:00Z', ['OPS-CLN-01']);
    await inspect('SH-002', '2027-03-10T02:30:00Z', ['OPS-CLN-01']);
    await inspect('SH-002', '2027-03-11T02:30:00Z');
    await inspect('GZ-001', '2027-03-10T04:00:00Z', ['OPS-SEC-02']); // critical: fails, opens a rectification due 03-13
    await inspect('SH-001', '2027-04-02T02:00:00Z');
  });

  it('summarises one day per project, per region and for the tenant', async () => {
    t.setNow('2027-03-10T08:00:00Z');
    const s = (await t.ok(SUMMARY, { d: '2027-03-10' }, quality)).inspectionDailySummary;
    const p = byCode(s.projects);
    const clean = 100;
    const floor = Math.round(((possible - items.find((i) => i.code === 'OPS-CLN-01')!.points) / possible) * 10000) / 100;
    const critical = Math.round(((possible - criticalPoints()) / possible) * 10000) / 100;
    expect(p['SH-001'].counts).toMatchObject({
      inspections: 2,
      averageScore: Math.round(((clean + floor) / 2) * 100) / 100,
      failedInspections: floor < 85 ? 1 : 0,
    });
    expect(p['SH-002'].counts).toMatchObject({ inspections: 1, averageScore: floor });
    expect(p['GZ-001'].counts).toMatchObject({ inspections: 1, averageScore: critical, failedInspections: 1 });
    const was = byCode(before.projects);
    expect(p['GZ-001'].counts.openRectifications).toBe((was['GZ-001']?.counts.openRectifications ?? 0) + 1);
    expect(s.total.inspections).toBe(4);
    expect(s.total.openRectifications).toBe(before.total.openRectifications + 1);
    const east = s.regions.find((r: any) => r.region.name === '华东区域');
    expect(east.counts.inspections).toBe(3);
    expect(s.asOf).toBe('2027-03-10T08:00:00.000Z');
    // Three days later the critical rectification is overdue (deadline 3 days after it was found).
    t.setNow('2027-03-14T08:00:00Z');
    const later = (await t.ok(SUMMARY, { d: '2027-03-13', p: ids['GZ-001'] }, quality)).inspectionDailySummary;
    expect(later.projects.map((x: any) => x.project.code)).toEqual(['GZ-001']);
    expect(later.asOf).toBe('2027-03-13T16:00:00.000Z'); // end of the day in Asia/Shanghai
    expect(later.projects[0].counts.overdueRectifications).toBe((was['GZ-001']?.counts.overdueRectifications ?? 0) + 1);
  });

  it('agrees with the planning calendar on inspections due that day (patrol runs are counted apart)', async () => {
    const yesterday = new Date(Date.parse(FIXED_NOW) - 86_400_000).toISOString().slice(0, 10);
    const s = (await t.ok(SUMMARY, { d: yesterday }, quality)).inspectionDailySummary;
    const cal = await t.ok(
      'query($s: OccurrenceScope!) { inspectionCalendar(scope: $s, itemsPerDay: 0) { totals { completed late missed } days { date counts { completed late missed } } } }',
      { s: { from: yesterday, to: yesterday, kind: 'INSPECTION' } },
      quality,
    );
    const day = cal.inspectionCalendar.totals;
    expect({ completed: s.total.completed, late: s.total.late, missed: s.total.missed }).toEqual({
      completed: day.completed,
      late: day.late,
      missed: day.missed,
    });
    expect(s.total.due).toBe(s.total.completed + s.total.late + s.total.missed + s.total.open);
  });

  it('ranks projects by month within tenant and region, with ties, unranked projects and the change', async () => {
    const march = (await t.ok(EVAL, { p: { kind: 'MONTH', year: 2027, index: 3 } }, viewer)).projectEvaluation;
    expect(march.period).toEqual({ key: '2027-03', from: '2027-03-01', to: '2027-03-31' });
    expect(march.previous.key).toBe('2027-02');
    const m = byCode(march.nodes);
    const floorPts = items.find((i) => i.code === 'OPS-CLN-01')!.points;
    const sh1 = Math.round(((2 * possible - floorPts) / (2 * possible)) * 10000) / 100;
    const sh2 = Math.round(((2 * possible - floorPts) / (2 * possible)) * 10000) / 100;
    const gz = Math.round(((possible - criticalPoints()) / possible) * 10000) / 100;
    // SH-001 and SH-002 tie (one clean and one floor-stain inspection each): both rank 1.
    expect(m['SH-001']).toMatchObject({ score: sh1, inspections: 2, tenantRank: 1, regionRank: 1, region: { name: '华东区域' } });
    expect(m['SH-002']).toMatchObject({ score: sh2, inspections: 2, tenantRank: 1, regionRank: 1 });
    expect(m['GZ-001']).toMatchObject({
      score: gz,
      inspections: 1,
      failedInspections: 1,
      criticalFailures: 1,
      tenantRank: 3,
      regionRank: 1,
      previousScore: 100,
      change: Math.round((gz - 100) * 100) / 100,
    });
    expect(march.rankedCount).toBe(3);
    expect(march.nodes.slice(0, 3).map((n: any) => n.tenantRank)).toEqual([1, 1, 3]);

    const april = (await t.ok(EVAL, { p: { kind: 'MONTH', year: 2027, index: 4 } }, quality)).projectEvaluation;
    const a = byCode(april.nodes);
    expect(a['SH-001']).toMatchObject({ score: 100, tenantRank: 1, previousScore: sh1 });
    // Operating projects with nothing inspected are listed, unranked, after the ranked ones.
    expect(a['SH-002']).toMatchObject({
      score: null,
      tenantRank: null,
      regionRank: null,
      inspections: 0,
      previousScore: sh2,
      change: null,
    });
    expect(a['GZ-001']).toMatchObject({ score: null, tenantRank: null });
    expect(april.nodes[0].project.code).toBe('SH-001');
    expect(april.rankedCount).toBe(1);

    // Paging: one per page, the cursor continues.
    const first = (await t.ok(EVAL, { p: { kind: 'MONTH', year: 2027, index: 3 }, first: 1 }, quality)).projectEvaluation;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await t.ok(EVAL, { p: { kind: 'MONTH', year: 2027, index: 3 }, first: 1, after: first.pageInfo.endCursor }, quality))
      .projectEvaluation;
    expect(second.nodes[0].project.code).not.toBe(first.nodes[0].project.code);
  });

  it('ranks by quarter over every item result of the quarter', async () => {
    const q = (await t.ok(EVAL, { p: { kind: 'QUARTER', year: 2027, index: 1 } }, quality)).projectEvaluation;
    expect(q.period).toEqual({ key: '2027-Q1', from: '2027-01-01', to: '2027-03-31' });
    expect(q.previous.key).toBe('2026-Q4');
    const n = byCode(q.nodes);
    const gz = Math.round(((2 * possible - criticalPoints()) / (2 * possible)) * 10000) / 100;
    expect(n['GZ-001']).toMatchObject({
      score: gz,
      inspections: 2,
      earnedPoints: 2 * possible - criticalPoints(),
      possiblePoints: 2 * possible,
      regionRank: 1,
    });
    expect(n['GZ-001'].tenantRank).toBe(gz > n['SH-001'].score ? 1 : 3);
  });

  it('gives a trend per period in one series, empty periods included', async () => {
    const g = (await t.ok(TREND, { k: 'MONTH', n: 3, u: { kind: 'MONTH', year: 2027, index: 3 }, p: ids['GZ-001'] }, quality))
      .projectScoreTrend;
    expect(g.project.code).toBe('GZ-001');
    // The pass line is the checklist's pass score its inspections were judged against (住宅日常品质巡检表: 85), not a constant.
    expect(g.passMark).toBe(85);
    const empty = (await t.ok(TREND, { k: 'MONTH', n: 1, u: { kind: 'MONTH', year: 2027, index: 1 }, p: ids['GZ-001'] }, quality))
      .projectScoreTrend;
    expect(empty.passMark).toBeNull();
    expect(g.points.map((p: any) => [p.period.key, p.score, p.inspections])).toEqual([
      ['2027-01', null, 0],
      ['2027-02', 100, 1],
      ['2027-03', Math.round(((possible - criticalPoints()) / possible) * 10000) / 100, 1],
    ]);
    const q = (await t.ok(TREND, { k: 'QUARTER', n: 2, u: { kind: 'QUARTER', year: 2027, index: 1 }, r: ids['华东区域'] }, quality))
      .projectScoreTrend;
    expect(q.points.map((p: any) => p.period.key)).toEqual(['2026-Q4', '2027-Q1']);
    expect(q.points[1]).toMatchObject({ inspections: 4, projects: 2 });
  });
});

describe('who sees what', () => {
  it('refuses inspectors (their own work is in `inspections`)', async () => {
    expect(codes(await t.gql(EVAL, { p: { kind: 'MONTH', year: 2027, index: 3 } }, inspector))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(SUMMARY, { d: '2027-03-10' }, inspector))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(TREND, { k: 'MONTH' }, inspector))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(TREND, { k: 'MONTH' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows regional operations their regions only; tenant ranks stay company-wide', async () => {
    const e = (await t.ok(EVAL, { p: { kind: 'MONTH', year: 2027, index: 3 } }, ops)).projectEvaluation;
    expect(new Set(e.nodes.map((n: any) => n.region.name))).toEqual(new Set(['华东区域']));
    expect(e.tenantRankedCount).toBe(3);
    expect(codes(await t.gql(EVAL, { p: { kind: 'MONTH', year: 2027, index: 3 }, r: ids['华南区域'] }, ops))).toEqual(['NOT_FOUND']);
    const s = (await t.ok(SUMMARY, { d: '2027-03-10' }, ops)).inspectionDailySummary;
    expect(s.projects.map((p: any) => p.region.name).every((n: string) => n === '华东区域')).toBe(true);
    expect(s.total.inspections).toBe(3);
    expect(codes(await t.gql(SUMMARY, { d: '2027-03-10', p: ids['GZ-001'] }, ops))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(TREND, { k: 'MONTH', p: ids['GZ-001'] }, ops))).toEqual(['NOT_FOUND']);
  });

  it('lets HR and viewers read', async () => {
    expect((await t.ok(SUMMARY, { d: '2027-03-10' }, hr)).inspectionDailySummary.total.inspections).toBe(4);
    expect((await t.ok(TREND, { k: 'QUARTER', n: 4 }, viewer)).projectScoreTrend.points).toHaveLength(4);
  });
});

describe('bad input', () => {
  it('names the field and the reason', async () => {
    expect(fieldReasons(await t.gql(EVAL, { p: { kind: 'MONTH', year: 2027, index: 13 } }, quality))).toEqual([
      'period.index:OUT_OF_RANGE',
    ]);
    expect(fieldReasons(await t.gql(EVAL, { p: { kind: 'QUARTER', year: 1900, index: 5 } }, quality))).toEqual([
      'period.year:OUT_OF_RANGE',
      'period.index:OUT_OF_RANGE',
    ]);
    expect(fieldReasons(await t.gql(EVAL, { p: { kind: 'MONTH', year: 2027, index: 3 }, first: 1000 }, quality))).toEqual([
      'first:OUT_OF_RANGE',
    ]);
    expect(fieldReasons(await t.gql(EVAL, { p: { kind: 'MONTH', year: 2027, index: 3 }, after: 'nope' }, quality))).toEqual([
      'after:INVALID_VALUE',
    ]);
    expect(fieldReasons(await t.gql(TREND, { k: 'MONTH', n: 0 }, quality))).toEqual(['periods:OUT_OF_RANGE']);
    expect(fieldReasons(await t.gql(TREND, { k: 'MONTH', u: { kind: 'QUARTER', year: 2027, index: 1 } }, quality))).toEqual([
      'until.kind:INVALID_VALUE',
    ]);
    expect(fieldReasons(await t.gql(SUMMARY, { d: '2027-13-45' }, quality))).toEqual(['date:INVALID_FORMAT']);
  });
});

describe('the demo seed', () => {
  it('shows a month of history: a ranking for last month and this month, a trend, open rectifications in every state', async () => {
    const today = t.seededAt; // the app's clock is there too
    const thisMonth = { kind: 'MONTH', year: today.getUTCFullYear(), index: today.getUTCMonth() + 1 };
    const lastMonth =
      thisMonth.index === 1 ? { kind: 'MONTH', year: thisMonth.year - 1, index: 12 } : { ...thisMonth, index: thisMonth.index - 1 };
    const last = (await t.ok(EVAL, { p: lastMonth }, quality)).projectEvaluation;
    expect(last.rankedCount).toBeGreaterThanOrEqual(3);
    for (const n of last.nodes.filter((x: any) => x.score !== null)) expect(n.score).toBeGreaterThan(60);
    const current = (await t.ok(EVAL, { p: thisMonth }, quality)).projectEvaluation;
    expect(current.rankedCount).toBeGreaterThanOrEqual(2); // a week into the month

    const trend = (await t.ok(TREND, { k: 'MONTH', n: 3 }, quality)).projectScoreTrend;
    expect(trend.points.filter((p: any) => p.score !== null).length).toBeGreaterThanOrEqual(2);

    const r = await t.ok(
      '{ rectifications(first: 100) { nodes { state overdue rejections project { code } history { action } } } }',
      {},
      quality,
    );
    const rects = r.rectifications.nodes;
    expect(rects.filter((x: any) => x.state === 'OPEN').length).toBeGreaterThanOrEqual(2);
    expect(rects.some((x: any) => x.state === 'OPEN' && x.overdue)).toBe(true);
    expect(rects.some((x: any) => x.state === 'SUBMITTED')).toBe(true);
    expect(rects.some((x: any) => x.state === 'VERIFIED')).toBe(true);
    const rejected = rects.find((x: any) => x.rejections > 0);
    expect(rejected).toMatchObject({ state: 'OPEN', history: [{ action: 'CREATED' }, { action: 'SUBMITTED' }, { action: 'REJECTED' }] });

    const yesterday = new Date(today.getTime() - 86_400_000).toISOString().slice(0, 10);
    const s = (await t.ok(SUMMARY, { d: yesterday }, quality)).inspectionDailySummary;
    expect(s.total.inspections).toBeGreaterThan(0);
    expect(s.total.openRectifications).toBeGreaterThan(0);
  });
});
