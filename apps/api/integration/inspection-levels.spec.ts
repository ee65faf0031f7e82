import { randomUUID } from 'node:crypto';
import { FIXED_NOW, TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * 三级检查 (issue 20): templates, frequencies, occurrences and inspections carry a level; each
 * level is performed by its roles (one check, LEVEL_PERFORMERS); the company's level weights
 * (validated) combine the levels in the evaluation, renormalised over the levels a project has;
 * the comparison report (paginated, data scope, tenant) flags inflated self-checks; and the demo
 * seed's must-show: a month of self-checks and company checks flags exactly one project.
 * Seeded at FIXED_NOW; inspections of the evaluation test fall in a quarter after the seed.
 */
let t: TestApp;
let quality: string;
let inspector: string;
let ops: string;
let pm: string;
let admin: string;
let other: string;
let hr: string;
const ids: Record<string, string> = {};
const items: Array<{ key: string; points: number; code: string }> = [];

const SUBMIT = 'mutation($input: InspectionInput!) { submitInspection(input: $input) { id level scorePercent project { code } } }';
const DRAFT = 'mutation($input: InspectionInput!) { saveInspectionDraft(input: $input) { id level } }';
const SETTINGS =
  'mutation($input: CompanySettingsInput!) { updateCompanySettings(input: $input) { levelWeights { selfCheck regional company } inflationThreshold } }';
const REPORT = `query($from: LocalDate!, $to: LocalDate!, $first: Int, $after: String, $r: ID) {
  levelComparison(from: $from, to: $to, first: $first, after: $after, regionId: $r) {
    from to threshold totalCount flaggedCount pageInfo { hasNextPage endCursor }
    nodes { project { code } selfCheck { average count } regional { average count } company { average count } independent { average count } gap inflated } } }`;
const EVAL = `query($p: EvaluationPeriodInput!) { projectEvaluation(period: $p) { nodes { project { code } score inspections } } }`;

/** The demo was seeded on 7 December 2026 (Shanghai): its level checks are in November. */
const PREV = { from: '2026-11-01', to: '2026-11-30' };

beforeAll(async () => {
  t = await TestApp.start({ seedNow: FIXED_NOW, now: FIXED_NOW });
  [quality, inspector, ops, pm, admin, hr] = await Promise.all(
    ['quality@demo.test', 'inspector@demo.test', 'ops@demo.test', 'pm@demo.test', 'admin@demo.test', 'hr@demo.test'].map((e) => t.token(e)),
  );
  other = await t.token('admin@other.test');
  const d = await t.ok(
    `{ projects(first: 100) { nodes { id code } }
       inspectionTemplates { nodes { id name level latestVersion { sections { items { key points standard { code } } } } } } }`,
    {},
    quality,
  );
  for (const p of d.projects.nodes) ids[p.code] = p.id;
  const residential = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表');
  ids['residential'] = residential.id;
  ids['residentialLevel'] = residential.level;
  for (const s of residential.latestVersion.sections)
    for (const i of s.items) items.push({ key: i.key, points: i.points, code: i.standard.code });
});
afterAll(() => t.stop());
afterEach(() => t.setNow(null));

const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(randomUUID())]);
const results = (failed: string[] = []) => items.map((i) => ({ itemKey: i.key, result: failed.includes(i.code) ? 'FAIL' : 'PASS' }));
async function adHoc(token: string, code: string, extra: Record<string, unknown> = {}, failed: string[] = []) {
  const sig = await t.upload(png(), 'image/png', token);
  return {
    clientKey: randomUUID(),
    projectId: ids[code],
    templateId: ids['residential'],
    signatureFileId: sig.json.id,
    items: results(failed),
    ...extra,
  };
}

describe('levels and who performs them', () => {
  it('migrates existing templates to company checks and lets a planner set a level', async () => {
    expect(ids['residentialLevel']).toBe('COMPANY');
    const created = await t.ok(
      'mutation($input: InspectionTemplateInput!) { createInspectionTemplate(input: $input) { id level } }',
      { input: { name: '项目自查表（测试）', level: 'SELF_CHECK' } },
      quality,
    );
    expect(created.createInspectionTemplate.level).toBe('SELF_CHECK');
    const kept = await t.ok(
      'mutation($id: ID!, $input: InspectionTemplateInput!) { updateInspectionTemplate(id: $id, input: $input) { level } }',
      { id: created.createInspectionTemplate.id, input: { name: '项目自查表（测试）' } },
      quality,
    );
    expect(kept.updateInspectionTemplate.level).toBe('SELF_CHECK');
  });

  it('refuses an ad-hoc inspection of a level the role does not perform, naming the field', async () => {
    const refused = await t.gql(SUBMIT, { input: await adHoc(pm, 'SH-001', { level: 'COMPANY' }) }, pm);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0].extensions).toMatchObject({ field: 'level', level: 'COMPANY', roles: expect.arrayContaining(['INSPECTOR']) });
    expect(codes(await t.gql(SUBMIT, { input: await adHoc(inspector, 'SH-001', { level: 'SELF_CHECK' }) }, inspector))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(
        await t.gql(
          DRAFT,
          { input: { clientKey: randomUUID(), projectId: ids['SH-001'], templateId: ids['residential'], level: 'REGIONAL' } },
          quality,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('gives an ad-hoc inspection the checklist’s level, or the role’s only level', async () => {
    expect((await t.ok(SUBMIT, { input: await adHoc(inspector, 'SH-001') }, inspector)).submitInspection.level).toBe('COMPANY');
    // A project manager's ad-hoc check with the company checklist is his project's self-check.
    expect((await t.ok(SUBMIT, { input: await adHoc(pm, 'SH-001') }, pm)).submitInspection.level).toBe('SELF_CHECK');
    expect((await t.ok(SUBMIT, { input: await adHoc(ops, 'SH-002', { level: 'REGIONAL' }) }, ops)).submitInspection.level).toBe('REGIONAL');
    // The admin stands in for any level.
    expect((await t.ok(SUBMIT, { input: await adHoc(admin, 'SH-002', { level: 'SELF_CHECK' }) }, admin)).submitInspection.level).toBe(
      'SELF_CHECK',
    );
  });

  it('carries a frequency’s level to its occurrences and refuses the wrong role on them', async () => {
    const f = await t.ok(
      'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id level } }',
      {
        p: ids['SH-001'],
        input: {
          templateId: ids['residential'],
          rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
          windowMinutes: 120,
          allowLate: false,
          startDate: '2026-12-08',
          assigneeRole: 'PROJECT_MANAGER',
          level: 'SELF_CHECK',
        },
      },
      quality,
    );
    expect(f.createInspectionFrequency.level).toBe('SELF_CHECK');
    const occ = await t.ok(
      'query($s: OccurrenceScope!) { inspectionOccurrences(scope: $s, first: 100) { nodes { id level frequency { id } } } }',
      { s: { from: '2026-12-08', to: '2026-12-10', projectId: ids['SH-001'] } },
      quality,
    );
    const mine = occ.inspectionOccurrences.nodes.filter((o: any) => o.frequency.id === f.createInspectionFrequency.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((o: any) => o.level === 'SELF_CHECK')).toBe(true);
    // The Quality Center may complete any occurrence, but not a self-check.
    const refused = await t.gql(DRAFT, { input: { clientKey: randomUUID(), occurrenceId: mine[0].id } }, quality);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0].extensions).toMatchObject({ field: 'occurrenceId', level: 'SELF_CHECK' });
    // A level besides an occurrence is refused (the occurrence decides).
    expect(
      fieldReasons(await t.gql(DRAFT, { input: { clientKey: randomUUID(), occurrenceId: mine[0].id, level: 'SELF_CHECK' } }, pm)),
    ).toEqual(['input.occurrenceId:INVALID_VALUE']);
  });
});

describe('company settings: level weights and inflation threshold', () => {
  it('defaults to 20 / 30 / 50 and 10 points', async () => {
    const s = await t.ok('{ companySettings { levelWeights { selfCheck regional company } inflationThreshold } }', {}, quality);
    expect(s.companySettings).toEqual({ levelWeights: { selfCheck: 20, regional: 30, company: 50 }, inflationThreshold: 10 });
  });

  it('refuses weights that do not sum to 100 or are out of range, with the field', async () => {
    expect(fieldReasons(await t.gql(SETTINGS, { input: { levelWeights: { selfCheck: 50, regional: 30, company: 30 } } }, quality))).toEqual(
      ['input.levelWeights:INVALID_VALUE'],
    );
    expect(
      fieldReasons(await t.gql(SETTINGS, { input: { levelWeights: { selfCheck: -10, regional: 60, company: 50 } } }, quality)),
    ).toEqual(['input.levelWeights.selfCheck:OUT_OF_RANGE']);
    expect(fieldReasons(await t.gql(SETTINGS, { input: { inflationThreshold: 101 } }, quality))).toEqual([
      'input.inflationThreshold:OUT_OF_RANGE',
    ]);
    expect(codes(await t.gql(SETTINGS, { input: { inflationThreshold: 5 } }, hr))).toEqual(['FORBIDDEN']);
  });
});

describe('evaluation: levels combined with the company’s weights', () => {
  it('weighs each level’s score and renormalises over the levels a project has', async () => {
    // Q2 2027 is empty in the demo. SH-002: one company check failing one standard, one self-check all passed.
    const failed = items.find((i) => i.code === 'OPS-CLN-01')!;
    const possible = items.reduce((s, i) => s + i.points, 0);
    t.setNow('2027-04-12T02:00:00Z');
    await t.ok(SUBMIT, { input: await adHoc(inspector, 'SH-002', {}, ['OPS-CLN-01']) }, inspector);
    await t.ok(SUBMIT, { input: await adHoc(admin, 'SH-002', { level: 'SELF_CHECK' }) }, admin);
    // SH-001: company checks only — its score is its plain points ratio.
    await t.ok(SUBMIT, { input: await adHoc(inspector, 'SH-001', {}, ['OPS-CLN-01']) }, inspector);
    t.setNow(null);
    const companyScore = ((possible - failed.points) / possible) * 100;
    const byCode = async () =>
      Object.fromEntries(
        (await t.ok(EVAL, { p: { kind: 'QUARTER', year: 2027, index: 2 } }, quality)).projectEvaluation.nodes.map((n: any) => [
          n.project.code,
          n,
        ]),
      );
    let rows = await byCode();
    // No regional check: 20 and 50 renormalised to 2/7 and 5/7.
    expect(rows['SH-002'].score).toBeCloseTo((20 * 100 + 50 * companyScore) / 70, 1);
    expect(rows['SH-001'].score).toBeCloseTo(companyScore, 1);
    await t.ok(SETTINGS, { input: { levelWeights: { selfCheck: 0, regional: 50, company: 50 } } }, quality);
    rows = await byCode();
    expect(rows['SH-002'].score).toBeCloseTo(companyScore, 1);
    await t.ok(SETTINGS, { input: { levelWeights: { selfCheck: 20, regional: 30, company: 50 } } }, quality);
  });
});

describe('comparison report (三级检查对比)', () => {
  it('flags exactly the demo project whose self-checks are inflated', async () => {
    const r = (await t.ok(REPORT, PREV, quality)).levelComparison;
    expect(r.threshold).toBe(10);
    expect(r.flaggedCount).toBe(1);
    const rows = Object.fromEntries(r.nodes.map((n: any) => [n.project.code, n]));
    expect(r.nodes[0].project.code).toBe('GZ-001');
    expect(rows['GZ-001']).toMatchObject({ inflated: true, selfCheck: { average: 100 } });
    expect(rows['GZ-001'].gap).toBeGreaterThan(10);
    for (const code of ['SH-001', 'SH-002', 'GZ-001']) {
      expect(rows[code].selfCheck.count).toBeGreaterThanOrEqual(4);
      expect(rows[code].company.count).toBeGreaterThanOrEqual(4);
    }
    for (const code of ['SH-001', 'SH-002']) expect(rows[code].inflated).toBe(false);
    expect(rows['GZ-001'].gap).toBeCloseTo(rows['GZ-001'].selfCheck.average - rows['GZ-001'].independent.average, 1);
  });

  it('pages, and the threshold comes from the company settings', async () => {
    const first = (await t.ok(REPORT, { ...PREV, first: 1 }, quality)).levelComparison;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await t.ok(REPORT, { ...PREV, first: 100, after: first.pageInfo.endCursor }, quality)).levelComparison;
    expect(next.nodes.length).toBe(first.totalCount - 1);
    await t.ok(SETTINGS, { input: { inflationThreshold: 100 } }, quality);
    expect((await t.ok(REPORT, PREV, quality)).levelComparison.flaggedCount).toBe(0);
    await t.ok(SETTINGS, { input: { inflationThreshold: 10 } }, quality);
  });

  it('obeys the data scope and the tenant', async () => {
    const mine = (await t.ok(REPORT, PREV, pm)).levelComparison;
    expect(mine.nodes.map((n: any) => n.project.code)).toEqual(['SH-001']);
    const region = (await t.ok(REPORT, PREV, ops)).levelComparison;
    expect(region.nodes.every((n: any) => n.project.code.startsWith('SH-'))).toBe(true);
    const foreign = (await t.ok(REPORT, PREV, other)).levelComparison;
    expect(foreign.nodes.map((n: any) => n.project.code)).not.toContain('GZ-001');
    expect(foreign.flaggedCount).toBe(0);
    const regions = await t.ok('{ regions { nodes { id name } } }', {}, quality);
    const south = regions.regions.nodes.find((n: any) => n.name === '华南区域');
    expect(codes(await t.gql(REPORT, { ...PREV, r: south.id }, other))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(REPORT, { ...PREV, r: south.id }, ops))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(REPORT, PREV, inspector))).toEqual(['FORBIDDEN']);
  });

  it('checks the period', async () => {
    expect(fieldReasons(await t.gql(REPORT, { from: '2026-11-30', to: '2026-11-01' }, quality))).toEqual(['to:DATE_ORDER']);
    expect(fieldReasons(await t.gql(REPORT, { from: '2025-01-01', to: '2026-11-01' }, quality))).toEqual(['to:OUT_OF_RANGE']);
  });
});
