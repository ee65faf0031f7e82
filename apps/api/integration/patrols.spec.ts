import { randomBytes, randomUUID } from 'node:crypto';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';
import { localDayStart, localTime, parsePatrolLink } from '@pinzhi/domain';

/**
 * Patrol points and routes (巡检点与巡逻路线) through the real HTTP endpoint: set-up and its
 * validation, schedules from inspection planning, idempotent runs with missed / late /
 * out-of-order points worked out at the app's (movable) clock, rectifications from failed quick
 * checks, reports, the daily summary and evaluation figures, roles and another tenant.
 */
let t: TestApp;
let quality: string;
let inspector: string;
let viewer: string;
let hr: string;
let otherAdmin: string;
const ids: Record<string, string> = {};
const TZ = 'Asia/Shanghai';
const MIN = 60_000;
const DAY = 86_400_000;
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

const POINT = 'id name zoneId zoneName locationHint quickChecks { id code } qrPath version archivedAt';
const ROUTE = `id name pointIds pointCount version points { id name } schedule { id rrule windowMinutes allowLate assigneeRole }`;
const RUN = `id clientKey localDate pointsPlanned pointsDone pointsLate pointsMissed pointsOutOfOrder pointsManual quickCheckFailures
  guard { email } occurrence { id state } points { position outcome scannedAt scanOrder outOfOrder manual failed point { id name } quickChecks { result standard { code } } }`;
const SUBMIT = `mutation($input: PatrolRunInput!) { submitPatrolRun(input: $input) { ${RUN} } }`;

/** Tomorrow in the project's zone, relative to the real time the demo was seeded at. */
const day = (offset: number) => localTime(new Date(t.seededAt.getTime() + offset * DAY), TZ, 'YYYY-MM-DD');

beforeAll(async () => {
  t = await TestApp.start();
  [quality, inspector, viewer, hr] = await Promise.all(
    ['quality@demo.test', 'inspector@demo.test', 'viewer@demo.test', 'hr@demo.test'].map((e) => t.token(e)),
  );
  otherAdmin = await t.token('admin@other.test');
  const d = await t.ok(
    '{ projects(first: 100) { nodes { id code property { zones { id name } } } } standards(first: 100) { nodes { id code } } }',
    {},
    quality,
  );
  for (const p of d.projects.nodes) {
    ids[p.code] = p.id;
    for (const z of p.property.zones) ids[`${p.code}/${z.name}`] = z.id;
  }
  for (const s of d.standards.nodes) ids[s.code] = s.id;
});
afterAll(() => t.stop());

const point = (name: string, zone: string, checks: string[] = []) =>
  t.gql(
    `mutation($p: ID!, $i: PatrolPointInput!) { createPatrolPoint(projectId: $p, input: $i) { ${POINT} } }`,
    {
      p: ids['SH-002'],
      i: { zoneId: ids[`SH-002/${zone}`], name, locationHint: `${name} 门口`, quickCheckStandardIds: checks.map((c) => ids[c]) },
    },
    quality,
  );

describe('setting patrols up', () => {
  it('creates points per zone with QR links that only patrol managers see, and checks every field', async () => {
    const created = await t.ok(
      `mutation($p: ID!, $i: PatrolPointInput!) { createPatrolPoint(projectId: $p, input: $i) { ${POINT} } }`,
      { p: ids['SH-002'], i: { zoneId: ids['SH-002/一层大堂'], name: '大堂前台', quickCheckStandardIds: [ids['OPS-CLN-01']] } },
      quality,
    );
    const p = created.createPatrolPoint;
    expect(p).toMatchObject({ name: '大堂前台', zoneName: '一层大堂', quickChecks: [{ code: 'OPS-CLN-01' }] });
    const link = parsePatrolLink(p.qrPath);
    expect(link?.pointId).toBe(p.id);
    expect(link?.tag).toMatch(/^[2-9A-Z]{10}$/);
    ids['p1'] = p.id;
    ids['tag1'] = link!.tag!;
    // Everyone who sees the project reads points; the tag (proof of a scan) only managers.
    const seen = await t.ok(`query($id: ID!) { patrolPoint(id: $id) { ${POINT} } }`, { id: p.id }, inspector);
    expect(seen.patrolPoint.qrPath).toBeNull();

    const bad = await t.gql(
      `mutation($p: ID!, $i: PatrolPointInput!) { createPatrolPoint(projectId: $p, input: $i) { id } }`,
      {
        p: ids['SH-002'],
        i: { zoneId: ids['SH-001/大堂'], name: '大堂前台', quickCheckStandardIds: [ids['OPS-CLN-01'], randomUUID(), ids['OPS-CLN-01']] },
      },
      quality,
    );
    expect(fieldReasons(bad).sort()).toEqual(
      [
        'input.zoneId:NOT_FOUND',
        'input.name:TAKEN',
        'input.quickCheckStandardIds:INVALID_VALUE',
        'input.quickCheckStandardIds.1:NOT_FOUND',
      ].sort(),
    );
    const tooLong = await t.gql(
      `mutation($p: ID!, $i: PatrolPointInput!) { createPatrolPoint(projectId: $p, input: $i) { id } }`,
      { p: ids['SH-002'], i: { zoneId: ids['SH-002/一层大堂'], name: 'x'.repeat(61) } },
      quality,
    );
    expect(fieldReasons(tooLong)).toEqual(['input.name:TOO_LONG']);
    const byInspector = await t.gql(
      `mutation($p: ID!, $i: PatrolPointInput!) { createPatrolPoint(projectId: $p, input: $i) { id } }`,
      { p: ids['SH-002'], i: { zoneId: ids['SH-002/一层大堂'], name: '随便' } },
      inspector,
    );
    expect(codes(byInspector)).toEqual(['FORBIDDEN']);
  });

  it('creates a route with a schedule from inspection planning; its runs are planned occurrences', async () => {
    for (const [key, name, zone, checks] of [
      ['p2', '电梯厅', '电梯厅', []],
      ['p3', 'B1 停车场', '地下停车场', []],
      ['p4', '屋顶水箱', '屋顶设备层', ['OPS-SEC-02']],
    ] as const) {
      const r = (await point(name, zone, [...checks]).then((x) => x)) as { data: any; errors?: unknown };
      expect(r.errors).toBeUndefined();
      ids[key] = r.data.createPatrolPoint.id;
      ids[`tag${key.slice(1)}`] = parsePatrolLink(r.data.createPatrolPoint.qrPath)!.tag!;
    }
    const schedule = {
      rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
      windowMinutes: 60,
      allowLate: false,
      startDate: day(1),
      assigneeRole: 'INSPECTOR',
    };
    const bad = await t.gql(
      `mutation($p: ID!, $i: PatrolRouteInput!) { createPatrolRoute(projectId: $p, input: $i) { id } }`,
      {
        p: ids['SH-002'],
        i: {
          name: '白班巡逻',
          pointIds: [ids['p1'], ids['p1'], randomUUID()],
          schedule: { ...schedule, rrule: 'FREQ=NEVER', startDate: day(-3), assigneeUserId: null },
        },
      },
      quality,
    );
    expect(fieldReasons(bad).sort()).toEqual(
      [
        'input.pointIds:INVALID_VALUE',
        'input.pointIds.2:NOT_FOUND',
        'input.schedule.rrule:INVALID_FORMAT',
        'input.schedule.startDate:OUT_OF_RANGE',
      ].sort(),
    );
    expect(await t.countRows('patrol_route')).toBe(2); // the two seeded routes only: nothing was written
    const r = await t.ok(
      `mutation($p: ID!, $i: PatrolRouteInput!) { createPatrolRoute(projectId: $p, input: $i) { ${ROUTE} } }`,
      { p: ids['SH-002'], i: { name: '白班巡逻', pointIds: [ids['p1'], ids['p2'], ids['p3'], ids['p4']], schedule } },
      quality,
    );
    expect(r.createPatrolRoute).toMatchObject({
      pointCount: 4,
      points: [{ name: '大堂前台' }, { name: '电梯厅' }, { name: 'B1 停车场' }, { name: '屋顶水箱' }],
    });
    expect(r.createPatrolRoute.schedule).toMatchObject({
      rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
      windowMinutes: 60,
      assigneeRole: 'INSPECTOR',
    });
    ids['route'] = r.createPatrolRoute.id;
    // The schedule is not one of the checklist frequencies …
    const freqs = await t.ok(
      'query($p: ID!) { inspectionFrequencies(filter: { projectId: $p }) { nodes { id } } }',
      { p: ids['SH-002'] },
      quality,
    );
    expect(freqs.inspectionFrequencies.nodes.map((n: any) => n.id)).not.toContain(r.createPatrolRoute.schedule.id);
    // … but its runs are the inspector's planned work, one a day.
    const occ = await t.ok(
      'query($s: OccurrenceScope!) { inspectionOccurrences(scope: $s) { nodes { id kind dueAt windowEndsAt state localDate template { id } patrolRoute { id name } } } }',
      { s: { from: day(1), to: day(4), mine: true, kind: 'PATROL', projectId: ids['SH-002'] } },
      inspector,
    );
    const runs = occ.inspectionOccurrences.nodes.filter((o: any) => o.patrolRoute?.id === ids['route']);
    expect(runs).toHaveLength(4);
    expect(runs[0]).toMatchObject({ kind: 'PATROL', state: 'SCHEDULED', template: null, localDate: day(1) });
    runs.forEach((o: any, i: number) => (ids[`occ${i + 1}`] = o.id));
    ids['due1'] = runs[0].dueAt;
    ids['due2'] = runs[1].dueAt;
    ids['due3'] = runs[2].dueAt;
    // Saving the route unchanged keeps the planned runs (a phone may hold them offline).
    await t.ok(
      `mutation($id: ID!, $i: PatrolRouteInput!) { updatePatrolRoute(id: $id, input: $i) { id } }`,
      { id: ids['route'], i: { name: '白班巡逻', pointIds: [ids['p1'], ids['p2'], ids['p3'], ids['p4']], schedule } },
      quality,
    );
    const again = await t.ok('query($id: ID!) { inspectionOccurrence(id: $id) { id } }', { id: ids['occ1'] }, inspector);
    expect(again.inspectionOccurrence.id).toBe(ids['occ1']);
    // A point on an active route cannot be archived.
    expect(fieldReasons(await t.gql('mutation($id: ID!) { archivePatrolPoint(id: $id) { id } }', { id: ids['p2'] }, quality))).toEqual([
      'id:INVALID_VALUE',
    ]);
  });
});

describe('patrol runs', () => {
  const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MIN).toISOString();
  const scan = (key: string, when: string, extra: Record<string, unknown> = {}) => ({
    pointId: ids[key],
    scannedAt: when,
    tag: ids[`tag${key.slice(1)}`],
    ...extra,
  });

  it('records a run in its window: a skipped point is missed, a point scanned after a later one is out of order; retries store it once', async () => {
    t.setNow(at(ids['due1'], 30));
    const input = {
      clientKey: `run-${randomUUID()}`,
      routeId: ids['route'],
      occurrenceId: ids['occ1'],
      scans: [scan('p1', at(ids['due1'], 2)), scan('p3', at(ids['due1'], 6)), scan('p2', at(ids['due1'], 9), { tag: null })],
    };
    const runsBefore = await t.countRows('patrol_run');
    const [a, b] = await Promise.all([t.gql(SUBMIT, { input }, inspector), t.gql(SUBMIT, { input }, inspector)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.submitPatrolRun.id).toBe(b.data!.submitPatrolRun.id);
    const again = await t.ok(SUBMIT, { input }, inspector);
    expect(again.submitPatrolRun.id).toBe(a.data!.submitPatrolRun.id);
    expect(await t.countRows('patrol_run')).toBe(runsBefore + 1);
    const run = again.submitPatrolRun;
    expect(run).toMatchObject({
      localDate: day(1),
      pointsPlanned: 4,
      pointsDone: 3,
      pointsLate: 0,
      pointsMissed: 1,
      pointsOutOfOrder: 1,
      pointsManual: 1,
      guard: { email: 'inspector@demo.test' },
      occurrence: { id: ids['occ1'], state: 'COMPLETED' },
    });
    expect(run.points.map((p: any) => [p.position, p.outcome, p.scanOrder, p.outOfOrder, p.manual])).toEqual([
      [1, 'DONE', 1, false, false],
      [2, 'DONE', 3, true, true],
      [3, 'DONE', 2, false, false],
      [4, 'MISSED', null, false, false],
    ]);
    // The same occurrence under another key: already recorded.
    const twice = await t.gql(SUBMIT, { input: { ...input, clientKey: `run-${randomUUID()}` } }, inspector);
    expect(fieldReasons(twice)).toEqual(['input.occurrenceId:INVALID_TRANSITION']);
  });

  it('judges a planned run by when it was walked: sent after the window (offline) it counts, walked after it is refused', async () => {
    // Walked inside the window, sent two hours later from the phone's queue.
    t.setNow(at(ids['due2'], 180));
    const ok = await t.ok(
      SUBMIT,
      {
        input: {
          clientKey: `run-${randomUUID()}`,
          routeId: ids['route'],
          occurrenceId: ids['occ2'],
          scans: ['p1', 'p2', 'p3', 'p4'].map((k, i) => scan(k, at(ids['due2'], 5 + i * 5))),
        },
      },
      inspector,
    );
    expect(ok.submitPatrolRun).toMatchObject({ pointsDone: 4, pointsMissed: 0, occurrence: { state: 'COMPLETED' } });
    // Walked after the window closed (late runs are not allowed): refused whole.
    t.setNow(at(ids['due3'], 180));
    const late = await t.gql(
      SUBMIT,
      {
        input: {
          clientKey: `run-${randomUUID()}`,
          routeId: ids['route'],
          occurrenceId: ids['occ3'],
          scans: [scan('p1', at(ids['due3'], 100))],
        },
      },
      inspector,
    );
    expect(fieldReasons(late)).toEqual(['input.occurrenceId:INVALID_TRANSITION']);
    // Walked before it was due: refused too.
    const early = await t.gql(
      SUBMIT,
      {
        input: {
          clientKey: `run-${randomUUID()}`,
          routeId: ids['route'],
          occurrenceId: ids['occ4'],
          scans: [scan('p1', at(ids['due3'], 120))],
        },
      },
      inspector,
    );
    expect(fieldReasons(early)).toEqual(['input.occurrenceId:INVALID_TRANSITION']);
    // The same walk as an unscheduled run is stored (the phone offers this when a planned run is refused).
    const free = await t.ok(
      SUBMIT,
      { input: { clientKey: `run-${randomUUID()}`, routeId: ids['route'], occurrenceId: null, scans: [scan('p1', at(ids['due3'], 100))] } },
      inspector,
    );
    expect(free.submitPatrolRun).toMatchObject({ localDate: day(3), pointsDone: 1, pointsMissed: 3, occurrence: null });
  });

  it('checks every scan, quick check and photo, and who may walk', async () => {
    t.setNow(at(ids['due3'], 200));
    const other = await t.upload(png(), 'image/png', quality);
    const bad = await t.gql(
      SUBMIT,
      {
        input: {
          clientKey: `run-${randomUUID()}`,
          routeId: ids['route'],
          scans: [
            scan('p1', at(ids['due3'], 190), { quickChecks: [{ standardId: ids['OPS-SEC-02'], result: 'FAIL' }], rectify: true }),
            { pointId: randomUUID(), scannedAt: at(ids['due3'], 191) },
            scan('p2', at(ids['due3'], 260)),
            scan('p3', at(ids['due3'], 192), { photoIds: [other.json.id] }),
            scan('p4', at(ids['due3'], 193), { rectify: true, quickChecks: [{ standardId: ids['OPS-SEC-02'], result: 'PASS' }] }),
          ],
        },
      },
      inspector,
    );
    expect(fieldReasons(bad).sort()).toEqual(
      [
        'input.scans.0.quickChecks.0.standardId:INVALID_VALUE',
        'input.scans.1.pointId:INVALID_VALUE',
        'input.scans.2.scannedAt:OUT_OF_RANGE',
        'input.scans.3.photoIds:INVALID_VALUE',
        'input.scans.4.rectify:INVALID_VALUE',
      ].sort(),
    );
    expect(fieldReasons(await t.gql(SUBMIT, { input: { clientKey: 'short', routeId: ids['route'], scans: [] } }, inspector))).toEqual([
      'input.clientKey:TOO_SHORT',
    ]);
    // A viewer walks nothing; HR is not the assignee of a planned run.
    const walk = (token: string, occurrenceId: string | null) =>
      t.gql(
        SUBMIT,
        { input: { clientKey: `run-${randomUUID()}`, routeId: ids['route'], occurrenceId, scans: [scan('p1', at(ids['due3'], 195))] } },
        token,
      );
    expect(codes(await walk(viewer, null))).toEqual(['FORBIDDEN']);
    expect(codes(await walk(hr, ids['occ4']))).toEqual(['FORBIDDEN']);
    // Another tenant: the route does not exist.
    expect(codes(await walk(otherAdmin, null))).toEqual(['NOT_FOUND']);
  });

  it('opens a rectification for a failed quick check through the rectification service', async () => {
    t.setNow(at(ids['due3'], 240));
    const photo = await t.upload(png(), 'image/png', inspector);
    const r = await t.ok(
      SUBMIT,
      {
        input: {
          clientKey: `run-${randomUUID()}`,
          routeId: ids['route'],
          scans: [
            scan('p4', at(ids['due3'], 230), {
              quickChecks: [{ standardId: ids['OPS-SEC-02'], result: 'FAIL' }],
              note: '屋顶水箱检修口堆放杂物',
              photoIds: [photo.json.id],
              rectify: true,
            }),
          ],
        },
      },
      inspector,
    );
    expect(r.submitPatrolRun).toMatchObject({ quickCheckFailures: 1 });
    expect(r.submitPatrolRun.points[3]).toMatchObject({
      failed: true,
      quickChecks: [{ result: 'FAIL', standard: { code: 'OPS-SEC-02' } }],
    });
    const rects = await t.ok(
      'query($p: ID!) { rectifications(filter: { projectId: $p }, first: 50) { nodes { id state description inspection { id } standard { code } patrolSource { pointName routeName runId } } } }',
      { p: ids['SH-002'] },
      quality,
    );
    const fromPatrol = rects.rectifications.nodes.filter((n: any) => n.patrolSource?.runId === r.submitPatrolRun.id);
    expect(fromPatrol).toEqual([
      expect.objectContaining({
        state: 'OPEN',
        description: '屋顶水箱检修口堆放杂物',
        inspection: null,
        standard: { code: 'OPS-SEC-02' },
        patrolSource: expect.objectContaining({ pointName: '屋顶水箱', routeName: '白班巡逻' }),
      }),
    ]);
  });
});

describe('patrol reports', () => {
  it('shows a route’s day by person, counting a planned run nobody walked as all points missed', async () => {
    t.setNow(new Date(Date.parse(ids['due3']) + 300 * MIN));
    const q = `query($r: ID!, $d: LocalDate!) { patrolRouteDay(routeId: $r, date: $d) {
      date total { planned done late missed outOfOrder coverage }
      runs { occurrenceId runId state dueAt guard { email } counts { planned done missed outOfOrder } }
      byGuard { guard { email } runs counts { planned done missed } } } }`;
    const d1 = (await t.ok(q, { r: ids['route'], d: day(1) }, quality)).patrolRouteDay;
    expect(d1.total).toEqual({ planned: 4, done: 3, late: 0, missed: 1, outOfOrder: 1, coverage: 75 });
    const d3 = (await t.ok(q, { r: ids['route'], d: day(3) }, quality)).patrolRouteDay;
    const planned = d3.runs.find((r: any) => r.occurrenceId === ids['occ3']);
    expect(planned).toMatchObject({ runId: null, state: 'MISSED', counts: { planned: 4, done: 0, missed: 4 } });
    expect(d3.runs.filter((r: any) => r.occurrenceId === null)).toHaveLength(2); // two unscheduled walks
    expect(d3.byGuard.find((g: any) => g.guard?.email === 'inspector@demo.test')).toMatchObject({ runs: 2 });
    expect(d3.total.planned).toBe(d3.total.done + d3.total.late + d3.total.missed);
    expect(codes(await t.gql(q, { r: ids['route'], d: day(1) }, inspector))).toEqual(['FORBIDDEN']);
  });

  it('gives a project’s month per day and route, and feeds the daily summary and the evaluation', async () => {
    const month = day(1).slice(0, 7);
    const c = (
      await t.ok(
        'query($p: ID!, $m: String!) { patrolCoverage(projectId: $p, month: $m) { month total { planned done late missed coverage } days { date runsPlanned runsWalked counts { planned done missed } } routes { route { name } counts { planned } } } }',
        { p: ids['SH-002'], m: month },
        quality,
      )
    ).patrolCoverage;
    const inMonth = [1, 2, 3].filter((i) => day(i).startsWith(month));
    for (const i of inMonth) expect(c.days.map((x: any) => x.date)).toContain(day(i));
    expect(c.total.planned).toBe(c.total.done + c.total.late + c.total.missed);
    expect(c.routes.map((r: any) => r.route.name)).toContain('白班巡逻');
    expect(
      fieldReasons(
        await t.gql('query($p: ID!) { patrolCoverage(projectId: $p, month: "2026-13") { month } }', { p: ids['SH-002'] }, quality),
      ),
    ).toEqual(['month:INVALID_FORMAT']);

    const s = await t.ok(
      'query($d: LocalDate!, $p: ID) { inspectionDailySummary(date: $d, projectId: $p) { total { patrolRuns patrolPointsPlanned patrolPointsScanned patrolPointsMissed patrolQuickCheckFailures } } }',
      { d: day(3), p: ids['SH-002'] },
      quality,
    );
    // Day 3: two unscheduled walks (1 + 1 point scanned of 4 each) and the planned run nobody walked (4 missed).
    expect(s.inspectionDailySummary.total).toEqual({
      patrolRuns: 2,
      patrolPointsPlanned: 12,
      patrolPointsScanned: 2,
      patrolPointsMissed: 10,
      patrolQuickCheckFailures: 1,
    });
    const [y, m] = month.split('-').map(Number);
    const ev = await t.ok(
      'query($p: EvaluationPeriodInput!) { projectEvaluation(period: $p) { nodes { project { code } patrolPointsPlanned patrolPointsScanned patrolCoverage } } }',
      { p: { kind: 'MONTH', year: y, index: m } },
      quality,
    );
    const sh2 = ev.projectEvaluation.nodes.find((n: any) => n.project.code === 'SH-002');
    expect(sh2.patrolPointsPlanned).toBeGreaterThanOrEqual(inMonth.length * 4);
    expect(sh2.patrolCoverage).toBeCloseTo((sh2.patrolPointsScanned / sh2.patrolPointsPlanned) * 100, 0);
  });

  it('has a week of SH-001 patrols in the demo, some points missed', async () => {
    t.setNow(null);
    const routes = await t.ok(
      'query($p: [ID!]!) { patrolRoutes(projectIds: $p) { id name pointCount schedule { rrule } } }',
      { p: [ids['SH-001']] },
      quality,
    );
    expect(routes.patrolRoutes.map((r: any) => r.name).sort()).toEqual(['夜间安保巡逻', '设备房巡检'].sort());
    const week = await t.ok(
      'query($f: PatrolRunFilter) { patrolRuns(filter: $f, first: 100) { totalCount nodes { pointsMissed pointsOutOfOrder } } }',
      { f: { projectId: ids['SH-001'], from: day(-7), to: day(0) } },
      quality,
    );
    expect(week.patrolRuns.totalCount).toBeGreaterThan(10);
    expect(week.patrolRuns.nodes.some((n: any) => n.pointsMissed > 0)).toBe(true);
    expect(week.patrolRuns.nodes.some((n: any) => n.pointsOutOfOrder > 0)).toBe(true);
    // Inspectors list their own runs only.
    const mine = await t.ok('{ patrolRuns(first: 5) { nodes { guard { email } } } }', {}, inspector);
    expect(mine.patrolRuns.nodes.every((n: any) => n.guard.email === 'inspector@demo.test')).toBe(true);
    // The start of a day in the project zone is what the reports group by.
    expect(localDayStart(day(0), TZ).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('puts an open patrol round in the inspector’s to-dos by its route’s name, walked in the field app', async () => {
    t.setNow(null);
    const todos = await t.ok('{ myTodos { items { kind entityId title link } } }', {}, inspector);
    const rounds = todos.myTodos.items.filter((i: any) => i.link.startsWith('/field/patrol/'));
    // The demo leaves some of the week's 设备房巡检 (late allowed) unwalked.
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(['夜间安保巡逻', '设备房巡检']).toContain(r.title);
      expect(r.link).toMatch(new RegExp(`^/field/patrol/[^/?]+\\?occurrence=${r.entityId}$`));
    }
    // No inspection to-do without a name (a patrol round used to show an empty title and open the inspection form).
    expect(todos.myTodos.items.filter((i: any) => i.kind === 'INSPECTION' && !i.title)).toEqual([]);
  });
});
