import { TestApp, codes, fieldReasons, pastTenantScope, FIXED_NOW } from '@pinzhi/api-testing';

/**
 * Inspection templates and inspection planning on a real database: rules in the project's
 * time zone, states as time passes (the app's clock is moved), history kept on change,
 * after-completion chains, holidays, roles, iCal feeds and isolation of scopes. The demo is
 * seeded at FIXED_NOW and the clock starts there: the dates below hold on any day.
 */
let t: TestApp;
let quality: string;
let admin: string;
let inspector: string;
let ops: string;
const ids: Record<string, string> = {};

const FREQ = `id anchor rrule startDate endDate windowMinutes allowLate version assigneeRole assigneeUser { email } template { name } holidayList { name }`;
const OCC = 'id dueAt localDate windowEndsAt state completedAt assigneeRole project { code } template { name } templateVersion { number }';

/** The app's clock between tests (ms). */
const NOW = Date.parse(FIXED_NOW);
const DAY = 86_400_000;

beforeAll(async () => {
  t = await TestApp.start({ seedNow: FIXED_NOW, now: FIXED_NOW });
  [quality, admin, inspector, ops] = await Promise.all(
    ['quality@demo.test', 'admin@demo.test', 'inspector@demo.test', 'ops@demo.test'].map((e) => t.token(e)),
  );
  const d = await t.ok(
    '{ projects(first: 100) { nodes { id code } } inspectionTemplates { nodes { id name format latestVersion { id number } } } inspectionAssignees { user { id email } } standards(first: 100) { nodes { id code } } }',
    {},
    quality,
  );
  for (const p of d.projects.nodes) ids[p.code] = p.id;
  for (const tpl of d.inspectionTemplates.nodes) ids[tpl.name] = tpl.id;
  for (const m of d.inspectionAssignees) ids[m.user.email] = m.user.id;
  for (const s of d.standards.nodes) ids[s.code] = s.id;
});
afterAll(() => t.stop());
afterEach(() => t.setNow(null));

/** Tuesday 1 December 2026, 08:00 in Shanghai. */
const DEC_1_0800 = '2026-12-01T00:00:00Z';

function weekdays4x(extra: Record<string, unknown> = {}) {
  return {
    templateId: ids['员工行为规范月度检查'],
    rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0',
    windowMinutes: 60,
    allowLate: false,
    startDate: '2026-12-01',
    assigneeUserId: ids['inspector@demo.test'],
    ...extra,
  };
}

async function createFrequency(projectCode: string, input: Record<string, unknown>): Promise<any> {
  const r = await t.ok(
    `mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { ${FREQ} } }`,
    { p: ids[projectCode], input },
    quality,
  );
  return r.createInspectionFrequency;
}

async function calendar(scope: Record<string, unknown>, token = quality, itemsPerDay = 50): Promise<any> {
  const r = await t.ok(
    `query($s: OccurrenceScope!, $n: Int!) { inspectionCalendar(scope: $s, itemsPerDay: $n) { totals { total scheduled due overdue completed late missed } days { date counts { total missed completed } items { ${OCC} } } } }`,
    { s: scope, n: itemsPerDay },
    token,
  );
  return r.inspectionCalendar;
}

const localHm = (iso: string, tz = 'Asia/Shanghai') =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));

describe('inspection templates', () => {
  it('validates a whole checklist draft, publishes it, and keeps published versions frozen', async () => {
    const created = await t.ok(
      'mutation { createInspectionTemplate(input: { name: "写字楼大堂检查", format: OFFICE }) { id draft { id version } latestNumber } }',
      {},
      quality,
    );
    const id = created.createInspectionTemplate.id;
    const draft = created.createInspectionTemplate.draft;
    const bad = await t.gql(
      'mutation($id: ID!, $v: Int!, $input: ChecklistDraftInput!) { saveInspectionTemplateDraft(templateId: $id, expectedVersion: $v, input: $input) { id } }',
      {
        id,
        v: draft.version,
        input: {
          passScore: 80,
          sections: [
            {
              titleZh: '大堂',
              items: [
                { standardId: ids['OPS-CLN-01'], points: 5, deductions: [{ labelZh: '污渍', points: 8 }] },
                { standardId: '00000000-0000-4000-8000-000000000000', points: 5 },
              ],
            },
          ],
        },
      },
      quality,
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!['fields'].map((f: { path: string[]; reason: string }) => `${f.path.join('.')}:${f.reason}`)).toEqual([
      'input.sections.0.items.0.deductions.0.points:OUT_OF_RANGE',
      'input.sections.0.items.1.standardId:NOT_FOUND',
    ]);
    const input = {
      passScore: 85,
      sections: [
        {
          titleZh: '大堂',
          items: [
            { standardId: ids['OPS-CLN-01'], points: 5, deductions: [{ labelZh: '污渍', points: 2 }] },
            { standardId: ids['OPS-SEC-02'], points: 10, critical: true, naAllowed: false },
          ],
        },
      ],
    };
    const saved = await t.ok(
      'mutation($id: ID!, $v: Int!, $input: ChecklistDraftInput!) { saveInspectionTemplateDraft(templateId: $id, expectedVersion: $v, input: $input) { version passScore totals { items points critical } } }',
      { id, v: draft.version, input },
      quality,
    );
    expect(saved.saveInspectionTemplateDraft).toMatchObject({ passScore: 85, totals: { items: 2, points: 15, critical: 1 } });
    const stale = await t.gql(
      'mutation($id: ID!, $v: Int!, $input: ChecklistDraftInput!) { saveInspectionTemplateDraft(templateId: $id, expectedVersion: $v, input: $input) { id } }',
      { id, v: draft.version, input },
      quality,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    const v1 = await t.ok(
      'mutation($id: ID!, $v: Int!) { publishInspectionTemplate(templateId: $id, changeSummary: "首版", expectedVersion: $v) { id number status sections { items { points critical deductions { labelZh points } standard { code } } } } }',
      { id, v: saved.saveInspectionTemplateDraft.version },
      quality,
    );
    expect(v1.publishInspectionTemplate).toMatchObject({ number: 1, status: 'PUBLISHED' });
    expect(v1.publishInspectionTemplate.sections[0].items.map((i: any) => i.standard.code)).toEqual(['OPS-CLN-01', 'OPS-SEC-02']);

    // A second version changes points; version 1 still reads as it was.
    const d2 = await t.ok('mutation($id: ID!) { startInspectionTemplateDraft(templateId: $id) { id version } }', { id }, quality);
    input.sections[0].items[0].points = 7;
    const s2 = await t.ok(
      'mutation($id: ID!, $v: Int!, $input: ChecklistDraftInput!) { saveInspectionTemplateDraft(templateId: $id, expectedVersion: $v, input: $input) { version } }',
      { id, v: d2.startInspectionTemplateDraft.version, input },
      quality,
    );
    await t.ok(
      'mutation($id: ID!, $v: Int!) { publishInspectionTemplate(templateId: $id, changeSummary: "调整分值", expectedVersion: $v) { number } }',
      { id, v: s2.saveInspectionTemplateDraft.version },
      quality,
    );
    const again = await t.ok(
      'query($v: ID!, $t: ID!) { inspectionTemplateVersion(id: $v) { sections { items { points } } } inspectionTemplate(id: $t) { latestNumber versions { number changeSummary } } }',
      { v: v1.publishInspectionTemplate.id, t: id },
      inspector,
    );
    expect(again.inspectionTemplateVersion.sections[0].items[0].points).toBe(5);
    expect(again.inspectionTemplate.versions).toEqual([
      { number: 2, changeSummary: '调整分值' },
      { number: 1, changeSummary: '首版' },
    ]);
    // Inspectors read published checklists but cannot write them.
    expect(codes(await t.gql('mutation($id: ID!) { startInspectionTemplateDraft(templateId: $id) { id } }', { id }, inspector))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('starts a checklist from a handbook version’s standards', async () => {
    const hb = await t.ok('{ handbooks(filter: { kind: TEMPLATE, format: RESIDENTIAL }) { nodes { latest { id } } } }', {}, quality);
    const r = await t.ok(
      'mutation($v: ID) { createInspectionTemplate(input: { name: "由手册生成", format: RESIDENTIAL }, fromHandbookVersionId: $v) { draft { sections { titleZh items { points standard { code } } } totals { items } } } }',
      { v: hb.handbooks.nodes[0].latest.id },
      quality,
    );
    const draft = r.createInspectionTemplate.draft;
    expect(draft.totals.items).toBeGreaterThan(10);
    expect(draft.sections[0].titleZh).toBe('一、仪容仪表');
    expect(draft.sections[0].items.every((i: any) => i.points >= 1 && i.standard.code.startsWith('CON-'))).toBe(true);
  });
});

describe('inspection frequencies', () => {
  it('previews "every 3 hours 09:00–18:00 on weekdays, Asia/Shanghai, 1 h window" as 09, 12, 15, 18 local on weekdays only', async () => {
    t.setNow('2026-12-03T16:00:00Z'); // Friday 4 Dec 00:00 in Shanghai
    const r = await t.ok(
      'query($p: ID!, $input: InspectionFrequencyInput!) { previewInspectionFrequency(projectId: $p, input: $input, count: 10) { timeZone occurrences { localDue weekday dueAt windowEndsAt } assigneeLabel workload { month added existing total } } }',
      { p: ids['SH-002'], input: weekdays4x({ startDate: '2026-12-04' }) },
      quality,
    );
    const p = r.previewInspectionFrequency;
    expect(p.timeZone).toBe('Asia/Shanghai');
    expect(p.occurrences.map((o: any) => o.localDue)).toEqual([
      '2026-12-04 09:00',
      '2026-12-04 12:00',
      '2026-12-04 15:00',
      '2026-12-04 18:00',
      '2026-12-07 09:00',
      '2026-12-07 12:00',
      '2026-12-07 15:00',
      '2026-12-07 18:00',
      '2026-12-08 09:00',
      '2026-12-08 12:00',
    ]);
    expect(p.occurrences.every((o: any) => o.weekday >= 1 && o.weekday <= 5)).toBe(true);
    expect(Date.parse(p.occurrences[0].windowEndsAt) - Date.parse(p.occurrences[0].dueAt)).toBe(3_600_000);
    // Workload: the inspector already has the demo SH-001 plan (4 a weekday); December adds 4 × 20 weekdays from the 4th.
    expect(p.assigneeLabel).toBe('刘洋（品质检查员）');
    expect(p.workload[0].month).toBe('2026-12');
    expect(p.workload[0].added).toBe(4 * 20);
    expect(p.workload[0].existing).toBeGreaterThan(0);
    expect(p.workload[0].total).toBe(p.workload[0].added + p.workload[0].existing);
  });

  it('takes the last day of the month and the nth weekday', async () => {
    t.setNow(DEC_1_0800);
    const preview = async (rrule: string) =>
      (
        await t.ok(
          'query($p: ID!, $input: InspectionFrequencyInput!) { previewInspectionFrequency(projectId: $p, input: $input, count: 4) { occurrences { localDue } } }',
          { p: ids['SH-002'], input: weekdays4x({ rrule }) },
          quality,
        )
      ).previewInspectionFrequency.occurrences.map((o: any) => o.localDue);
    expect(await preview('FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=10;BYMINUTE=0')).toEqual([
      '2026-12-31 10:00',
      '2027-01-31 10:00',
      '2027-02-28 10:00',
      '2027-03-31 10:00',
    ]);
    expect(await preview('FREQ=MONTHLY;BYDAY=+2TU;BYHOUR=14;BYMINUTE=0')).toEqual([
      '2026-12-08 14:00',
      '2027-01-12 14:00',
      '2027-02-09 14:00',
      '2027-03-09 14:00',
    ]);
  });

  it('refuses bad frequencies field by field and writes nothing', async () => {
    t.setNow(DEC_1_0800);
    const before = await t.countRows('inspection_frequency');
    const r = await t.gql(
      'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id } }',
      {
        p: ids['SH-002'],
        input: weekdays4x({ rrule: 'FREQ=SOMETIMES', startDate: '2026-11-20', assigneeUserId: null, endDate: '2026-11-01' }),
      },
      quality,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(
      r.errors![0].extensions!['fields'].map((f: { path: string[]; reason: string }) => `${f.path.join('.')}:${f.reason}`).sort(),
    ).toEqual(
      ['input.assigneeUserId:REQUIRED', 'input.endDate:DATE_ORDER', 'input.rrule:INVALID_FORMAT', 'input.startDate:OUT_OF_RANGE'].sort(),
    );
    const tooOften = await t.gql(
      'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id } }',
      { p: ids['SH-002'], input: weekdays4x({ rrule: 'FREQ=MINUTELY;INTERVAL=5' }) },
      quality,
    );
    expect(fieldReasons(tooOften)).toEqual(['input.rrule:OUT_OF_RANGE']);
    const wrongFormat = await t.gql(
      'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id } }',
      { p: ids['SH-002'], input: weekdays4x({ templateId: ids['住宅日常品质巡检表'] }) },
      quality,
    );
    expect(fieldReasons(wrongFormat)).toEqual(['input.templateId:INVALID_VALUE']);
    expect(
      codes(
        await t.gql(
          'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id } }',
          { p: ids['SH-002'], input: weekdays4x() },
          inspector,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await t.countRows('inspection_frequency')).toBe(before);
  });

  it('moves occurrences from scheduled to due to missed or completed as time passes, without duplicates', async () => {
    t.setNow(DEC_1_0800);
    const f = await createFrequency('SH-002', weekdays4x());
    const week = await calendar({ from: '2026-12-01', to: '2026-12-07', projectId: ids['SH-002'] });
    expect(week.days.map((d: any) => `${d.date}:${d.counts.total}`)).toEqual([
      '2026-12-01:4',
      '2026-12-02:4',
      '2026-12-03:4',
      '2026-12-04:4',
      '2026-12-07:4',
    ]);
    expect(week.totals).toMatchObject({ total: 20, scheduled: 20 });
    const first = week.days[0].items[0];
    expect([localHm(first.dueAt), first.state, first.templateVersion.number]).toEqual(['09:00', 'SCHEDULED', 1]);
    expect(codes(await t.gql('mutation($id: ID!) { completeInspectionOccurrence(id: $id) { id } }', { id: first.id }, inspector))).toEqual([
      'BAD_USER_INPUT',
    ]); // not yet due

    t.setNow('2026-12-01T01:30:00Z'); // 09:30: the 09:00 one is due
    expect(
      (await t.ok(`query($id: ID!) { inspectionOccurrence(id: $id) { state } }`, { id: first.id }, inspector)).inspectionOccurrence.state,
    ).toBe('DUE');

    t.setNow('2026-12-01T04:10:00Z'); // 12:10: 09:00 missed (window closed, no late), 12:00 due
    const noon = week.days[0].items[1];
    const done = await t.ok(
      'mutation($id: ID!) { completeInspectionOccurrence(id: $id, note: "正常") { state completedAt } }',
      { id: noon.id },
      inspector,
    );
    expect(done.completeInspectionOccurrence.state).toBe('COMPLETED');
    const missed = await t.gql('mutation($id: ID!) { completeInspectionOccurrence(id: $id) { id } }', { id: first.id }, inspector);
    expect(fieldReasons(missed)).toEqual(['id:INVALID_TRANSITION']);

    const day1 = await calendar({ from: '2026-12-01', to: '2026-12-01', projectId: ids['SH-002'] });
    expect(day1.days[0].items.map((o: any) => o.state)).toEqual(['MISSED', 'COMPLETED', 'SCHEDULED', 'SCHEDULED']);
    expect(day1.totals).toMatchObject({ missed: 1, completed: 1, scheduled: 2 });
    const listed = await t.ok(
      'query($s: OccurrenceScope!) { inspectionOccurrences(scope: $s, states: [MISSED]) { totalCount nodes { id state } } }',
      { s: { from: '2026-12-01', to: '2026-12-07', projectId: ids['SH-002'] } },
      quality,
    );
    expect(listed.inspectionOccurrences).toEqual({ totalCount: 1, nodes: [{ id: first.id, state: 'MISSED' }] });
    // Reading again (and a wider range) never duplicates.
    await calendar({ from: '2026-11-25', to: '2026-12-20', projectId: ids['SH-002'] });
    await calendar({ from: '2026-11-25', to: '2026-12-20' });
    const rows = await pastTenantScope(() =>
      t.dataSource.query(`SELECT COUNT(*) AS n, COUNT(DISTINCT dueAt) AS d FROM inspection_occurrence WHERE frequencyId = ?`, [f.id]),
    );
    expect(Number(rows[0].n)).toBe(Number(rows[0].d));
  });

  it('applies a change from the next occurrence on and never rewrites history', async () => {
    t.setNow(DEC_1_0800);
    const f = await createFrequency(
      'SH-002',
      weekdays4x({ templateId: ids['员工行为规范月度检查'], assigneeUserId: null, assigneeRole: 'INSPECTOR' }),
    );
    t.setNow('2026-12-02T02:00:00Z'); // Wed 10:00
    await calendar({ from: '2026-12-01', to: '2026-12-31', projectId: ids['SH-002'] });
    const updated = await t.ok(
      `mutation($id: ID!, $v: Int, $input: InspectionFrequencyInput!) { updateInspectionFrequency(id: $id, expectedVersion: $v, input: $input) { version rrule } }`,
      {
        id: f.id,
        v: f.version,
        input: weekdays4x({ rrule: 'FREQ=DAILY;BYHOUR=16;BYMINUTE=30', assigneeUserId: null, assigneeRole: 'INSPECTOR' }),
      },
      quality,
    );
    expect(updated.updateInspectionFrequency.rrule).toBe('FREQ=DAILY;BYHOUR=16;BYMINUTE=30');
    const occ = await t.ok(
      'query($s: OccurrenceScope!) { inspectionOccurrences(first: 100, scope: $s) { nodes { dueAt frequency { id } } } }',
      { s: { from: '2026-12-01', to: '2026-12-06', projectId: ids['SH-002'] } },
      quality,
    );
    const mine = occ.inspectionOccurrences.nodes
      .filter((o: any) => o.frequency.id === f.id)
      .map((o: any) => `${o.dueAt.slice(5, 10)} ${localHm(o.dueAt)}`);
    // Dec 1 and the morning of Dec 2 keep the old times; from 10:00 on Dec 2 the new rule runs, weekends included.
    expect(mine).toEqual([
      '12-01 09:00',
      '12-01 12:00',
      '12-01 15:00',
      '12-01 18:00',
      '12-02 09:00',
      '12-02 16:30',
      '12-03 16:30',
      '12-04 16:30',
      '12-05 16:30',
      '12-06 16:30',
    ]);
    const stale = await t.gql(
      `mutation($id: ID!, $input: InspectionFrequencyInput!) { updateInspectionFrequency(id: $id, expectedVersion: 1, input: $input) { id } }`,
      { id: f.id, input: weekdays4x() },
      quality,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
  });

  it('keeps local times across a DST change in Europe/Berlin', async () => {
    await t.ok(
      'mutation($id: ID!) { updateProject(id: $id, input: { timeZone: "Europe/Berlin" }) { timeZone } }',
      { id: ids['GZ-002'] },
      admin,
    );
    t.setNow('2027-03-20T12:00:00Z');
    await createFrequency('GZ-002', {
      templateId: ids['员工行为规范月度检查'],
      rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
      windowMinutes: 120,
      startDate: '2027-03-26',
      endDate: '2027-03-30',
      assigneeRole: 'QUALITY_CENTER',
    });
    const cal = await calendar({ from: '2027-03-20', to: '2027-04-05', projectId: ids['GZ-002'] });
    const dues = cal.days.flatMap((d: any) => d.items.map((o: any) => `${o.localDate} ${o.dueAt}`));
    expect(dues).toEqual([
      '2027-03-26 2027-03-26T08:00:00.000Z',
      '2027-03-27 2027-03-27T08:00:00.000Z',
      '2027-03-28 2027-03-28T07:00:00.000Z',
      '2027-03-29 2027-03-29T07:00:00.000Z',
      '2027-03-30 2027-03-30T07:00:00.000Z',
    ]);
  });

  it('skips holiday-list days and excluded dates', async () => {
    t.setNow(DEC_1_0800);
    const list = await t.ok(
      'mutation { createHolidayList(input: { name: "圣诞", dates: ["2026-12-25", "2026-12-24"] }) { id dates } }',
      {},
      quality,
    );
    expect(list.createHolidayList.dates).toEqual(['2026-12-24', '2026-12-25']);
    await createFrequency('SH-004', {
      templateId: ids['员工行为规范月度检查'],
      rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0',
      windowMinutes: 60,
      startDate: '2026-12-20',
      endDate: '2026-12-28',
      holidayListId: list.createHolidayList.id,
      excludedDates: ['2026-12-26'],
      assigneeRole: 'INSPECTOR',
    });
    const cal = await calendar({ from: '2026-12-15', to: '2026-12-31', projectId: ids['SH-004'] });
    expect(cal.days.map((d: any) => d.date)).toEqual(['2026-12-20', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-27', '2026-12-28']);
    expect(
      fieldReasons(await t.gql('mutation($id: ID!) { deleteHolidayList(id: $id) }', { id: list.createHolidayList.id }, quality)),
    ).toEqual(['id:INVALID_VALUE']);
  });

  it('schedules the next one a period after the last completion, and catches up over missed ones', async () => {
    t.setNow('2026-12-10T00:00:00Z'); // Thu 08:00
    await createFrequency('SH-004', {
      templateId: ids['员工行为规范月度检查'],
      anchor: 'AFTER_COMPLETION',
      periodUnit: 'DAY',
      periodCount: 2,
      startTime: '09:00',
      windowMinutes: 120,
      startDate: '2026-12-10',
      assigneeRole: 'INSPECTOR',
    });
    const scope = { from: '2026-12-10', to: '2026-12-20', projectId: ids['SH-004'] };
    const afterOnly = (cal: any) =>
      cal.days
        .flatMap((d: any) => d.items)
        .filter((o: any) => o.template.name === '员工行为规范月度检查' && o.localDate >= '2026-12-10' && localHm(o.dueAt) !== '08:00');
    let occ = afterOnly(await calendar(scope));
    expect(occ.map((o: any) => `${o.localDate} ${localHm(o.dueAt)} ${o.state}`)).toEqual(['2026-12-10 09:00 SCHEDULED']);
    t.setNow('2026-12-10T01:45:00Z'); // done at 09:45
    await t.ok('mutation($id: ID!) { completeInspectionOccurrence(id: $id) { state } }', { id: occ[0].id }, inspector);
    occ = afterOnly(await calendar(scope));
    expect(occ.map((o: any) => `${o.localDate} ${localHm(o.dueAt)} ${o.state}`)).toEqual([
      '2026-12-10 09:00 COMPLETED',
      '2026-12-12 09:45 SCHEDULED',
    ]);
    t.setNow('2026-12-14T03:00:00Z'); // the 12th was never done: missed, and the chain continues from its due time
    occ = afterOnly(await calendar(scope));
    expect(occ.map((o: any) => `${o.localDate} ${localHm(o.dueAt)} ${o.state}`)).toEqual([
      '2026-12-10 09:00 COMPLETED',
      '2026-12-12 09:45 MISSED',
      '2026-12-14 09:45 DUE',
    ]);
  });
});

describe('who sees what', () => {
  it('shows inspectors their own assignments, regional operations their regions', async () => {
    const scope = {
      from: new Date(NOW - 10 * DAY).toISOString().slice(0, 10),
      to: new Date(NOW + 10 * DAY).toISOString().slice(0, 10),
    };
    const all = await t.ok(
      'query($s: OccurrenceScope!) { inspectionOccurrences(first: 100, scope: $s) { totalCount nodes { assigneeRole assigneeUser { email } project { code } } } }',
      { s: scope },
      quality,
    );
    const mine = await t.ok(
      'query($s: OccurrenceScope!) { inspectionOccurrences(first: 100, scope: $s) { totalCount nodes { assigneeRole assigneeUser { email } project { code } } } }',
      { s: scope },
      inspector,
    );
    expect(mine.inspectionOccurrences.totalCount).toBeGreaterThan(0);
    expect(mine.inspectionOccurrences.totalCount).toBeLessThan(all.inspectionOccurrences.totalCount);
    expect(
      mine.inspectionOccurrences.nodes.every(
        (o: any) => o.assigneeUser?.email === 'inspector@demo.test' || (!o.assigneeUser && o.assigneeRole === 'INSPECTOR'),
      ),
    ).toBe(true);
    const regional = await t.ok(
      'query($s: OccurrenceScope!) { inspectionOccurrences(first: 100, scope: $s) { nodes { project { code } } } }',
      { s: scope },
      ops,
    );
    expect(regional.inspectionOccurrences.nodes.length).toBeGreaterThan(0);
    expect(regional.inspectionOccurrences.nodes.every((o: any) => o.project.code.startsWith('SH-'))).toBe(true);
    expect(
      codes(
        await t.gql(
          'query($s: OccurrenceScope!) { inspectionCalendar(scope: $s) { totals { total } } }',
          { s: { ...scope, projectId: ids['GZ-001'] } },
          ops,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('shows the demo data with missed occurrences in the past', async () => {
    const today = new Date(NOW).toISOString().slice(0, 10);
    const from = new Date(NOW - 20 * DAY).toISOString().slice(0, 10);
    const cal = await calendar({ from, to: today, projectId: ids['SH-001'] }, quality, 0);
    expect(cal.totals.missed).toBeGreaterThan(0);
    expect(cal.totals.completed).toBeGreaterThan(cal.totals.missed);
  });

  it('reads a month of the whole tenant in a fixed number of statements', async () => {
    const month = { from: '2026-12-01', to: '2026-12-31' };
    await calendar(month); // materialise first
    t.resetSqlCount();
    await calendar(month, quality, 5);
    const statements = t.sqlCount;
    expect(statements).toBeLessThanOrEqual(12);
  });
});

describe('defaults per property format', () => {
  it('creates a project’s frequencies from its format’s defaults once', async () => {
    const r = await t.ok(
      'mutation($p: ID!) { applyInspectionFrequencyDefaults(projectId: $p, startDate: "2027-01-04") { created { template { name } assigneeRole rrule } skipped { reason } } }',
      { p: ids['SH-003'] },
      quality,
    );
    // SH-003 (sales office) already has the demo 案场 frequency, so its default is skipped.
    expect(r.applyInspectionFrequencyDefaults).toEqual({ created: [], skipped: [{ reason: 'ALREADY_SCHEDULED' }] });
    const saved = await t.ok(
      'mutation($items: [InspectionFrequencyDefaultInput!]!) { saveInspectionFrequencyDefaults(format: OFFICE, items: $items) { position template { name } } }',
      {
        items: [
          {
            templateId: ids['员工行为规范月度检查'],
            rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0',
            windowMinutes: 240,
            assigneeRole: 'PROJECT_MANAGER',
          },
        ],
      },
      quality,
    );
    expect(saved.saveInspectionFrequencyDefaults).toEqual([{ position: 1, template: { name: '员工行为规范月度检查' } }]);
    // SH-002 has frequencies of that checklist from the tests above: archive them, then apply.
    const existing = await t.ok(
      'query($p: ID!) { inspectionFrequencies(first: 100, filter: { projectId: $p }) { nodes { id } } }',
      { p: ids['SH-002'] },
      quality,
    );
    for (const f of existing.inspectionFrequencies.nodes)
      await t.ok('mutation($id: ID!) { archiveInspectionFrequency(id: $id) { archivedAt } }', { id: f.id }, quality);
    const office = await t.ok(
      'mutation($p: ID!) { applyInspectionFrequencyDefaults(projectId: $p, startDate: "2027-01-04") { created { startDate rrule assigneeRole } skipped { reason } } }',
      { p: ids['SH-002'] },
      quality,
    );
    expect(office.applyInspectionFrequencyDefaults.created).toEqual([
      { startDate: '2027-01-04', rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0', assigneeRole: 'PROJECT_MANAGER' },
    ]);
  });
});

describe('iCalendar feeds', () => {
  it('serves a project’s plan as valid iCalendar with the same occurrences, until revoked', async () => {
    const created = await t.ok(
      'mutation($p: ID) { createCalendarFeed(projectId: $p) { path feed { id kind } } }',
      { p: ids['SH-003'] },
      quality,
    );
    const { path, feed } = created.createCalendarFeed;
    expect(path).toMatch(/^\/calendar\/[0-9a-f-]{36}\.[\w-]+\.ics$/);
    const res = await t.app.inject({ method: 'GET', url: path });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const body = res.body;
    expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(body.trim().endsWith('END:VCALENDAR')).toBe(true);
    const events = body.split('BEGIN:VEVENT').slice(1);
    const uids = events.map((e) => /UID:([^\r\n]+)/.exec(e)![1]);
    // The same occurrences the API lists for the feed's window (30 days back, 90 ahead).
    const from = new Date(NOW - 30 * DAY);
    const listed = await pastTenantScope(() =>
      t.dataSource.query(
        'SELECT o.id AS id, o.dueAt AS dueAt FROM inspection_occurrence o JOIN project p ON p.id = o.projectId WHERE p.code = ?',
        ['SH-003'],
      ),
    ).then((rows: Array<{ id: string; dueAt: string | Date }>) =>
      rows.filter((r) => {
        const at = new Date(typeof r.dueAt === 'string' ? `${r.dueAt.replace(' ', 'T')}Z` : r.dueAt);
        return at >= from && at.getTime() < NOW + 90 * DAY;
      }),
    );
    expect(uids.length).toBe(listed.length);
    expect(new Set(uids)).toEqual(new Set(listed.map((r: { id: string }) => `${r.id}@pinzhi`)));
    expect(events[0]).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(events.some((e) => e.includes('漏检') || e.includes('已完成'))).toBe(true);

    await t.ok('mutation($id: ID!) { revokeCalendarFeed(id: $id) { revokedAt } }', { id: feed.id }, quality);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: path.replace(/\.[\w-]+\.ics$/, '.wrongsecretwrongsecret1234.ics') })).statusCode).toBe(
      404,
    );
  });

  it('serves an inspector’s own assignments', async () => {
    const created = await t.ok('mutation { createCalendarFeed { path feed { kind } } }', {}, inspector);
    expect(created.createCalendarFeed.feed.kind).toBe('USER');
    const res = await t.app.inject({ method: 'GET', url: created.createCalendarFeed.path });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('BEGIN:VEVENT');
    expect(res.body).not.toContain('滨江购物广场'); // GZ-001 is assigned to the Quality Center
  });
});
