import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * Data scope (ARCHITECTURE invariant 9) as a 项目经理 sees it: pm@demo.test is PROJECT_MANAGER
 * of SH-001 only. Every list, the calendar, the exports and the figures show SH-001 and
 * nothing else; the per-operation walk is in isolation.spec.ts ('data scope').
 */
let t: TestApp;
let admin: string;
let pm: string;
let sh001: { id: string; name: string; regionId: string };
let others: Array<{ id: string; code: string; name: string }>;
const day = (offset: number) => new Date(t.seededAt.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
  pm = await t.token('pm@demo.test');
  const all = await t.ok('{ projects(first: 100) { nodes { id code name region { id } } } }', {}, admin);
  const p = all.projects.nodes.find((n: { code: string }) => n.code === 'SH-001');
  sh001 = { id: p.id, name: p.name, regionId: p.region.id };
  others = all.projects.nodes.filter((n: { code: string }) => n.code !== 'SH-001');
  // (names too: the to-do list shows a project by name)
  expect(others.length).toBeGreaterThan(3);
}, 120_000);
afterAll(() => t.stop());

const codesOf = (nodes: Array<{ project: { code: string } | null }>) => [...new Set(nodes.map((n) => n.project?.code ?? '(none)'))];

describe('a 项目经理 of SH-001', () => {
  it('signs in limited to SH-001', async () => {
    const me = await t.ok('{ me { role regionIds projectIds } }', {}, pm);
    expect(me.me).toEqual({ role: 'PROJECT_MANAGER', regionIds: [], projectIds: [sh001.id] });
  });

  it('lists SH-001 only: projects, inspections, rectifications, employees, onboardings, surveys, complaints', async () => {
    const r = await t.ok(
      `{ projects(first: 100, filter: { includeArchived: true }) { totalCount nodes { code } }
         inspections(first: 100) { totalCount nodes { project { code } } }
         rectifications(first: 100) { totalCount nodes { project { code } } }
         employees(first: 100) { totalCount nodes { project { code } } }
         onboardings(first: 100) { nodes { project { code } } }
         surveyRounds(first: 100) { nodes { project { code } } }
         complaints(first: 100) { nodes { project { code } } } }`,
      {},
      pm,
    );
    expect(r.projects.nodes.map((p: { code: string }) => p.code)).toEqual(['SH-001']);
    expect(r.projects.totalCount).toBe(1);
    expect(r.inspections.totalCount).toBeGreaterThan(0);
    for (const list of ['inspections', 'rectifications', 'employees', 'onboardings', 'surveyRounds', 'complaints']) {
      expect({ list, codes: codesOf(r[list].nodes).filter((c) => c !== 'SH-001') }).toEqual({ list, codes: [] });
    }
    // The admin sees more, of course: the scope is what limits.
    const a = await t.ok('{ inspections(first: 1) { totalCount } }', {}, admin);
    expect(a.inspections.totalCount).toBeGreaterThan(r.inspections.totalCount);
  });

  it('sees SH-001 alone in the calendar and the occurrence list', async () => {
    const scope = { from: day(-30), to: day(0) };
    const cal = await t.ok(
      'query($s: OccurrenceScope!) { inspectionCalendar(scope: $s, itemsPerDay: 50) { totals { total } days { items { project { code } } } } inspectionOccurrences(first: 100, scope: $s) { totalCount nodes { project { code } } } }',
      { s: scope },
      pm,
    );
    const items = cal.inspectionCalendar.days.flatMap((d: { items: Array<{ project: { code: string } }> }) => d.items);
    expect(items.length).toBeGreaterThan(0);
    expect(codesOf(items)).toEqual(['SH-001']);
    expect(codesOf(cal.inspectionOccurrences.nodes)).toEqual(['SH-001']);
    // The same numbers as the admin's calendar of SH-001.
    const own = await t.ok(
      'query($s: OccurrenceScope!) { inspectionCalendar(scope: $s) { totals { total } } }',
      { s: { ...scope, projectId: sh001.id } },
      admin,
    );
    expect(cal.inspectionCalendar.totals.total).toBe(own.inspectionCalendar.totals.total);
    // Another project's calendar is as unknown as a missing one.
    const foreign = await t.gql(
      'query($s: OccurrenceScope!) { inspectionCalendar(scope: $s) { totals { total } } }',
      {
        s: { ...scope, projectId: others[0].id },
      },
      pm,
    );
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
  });

  it('gets figures of SH-001 only: daily summary, evaluation, trend, cost overview', async () => {
    const summary = async (token: string, projectId?: string) =>
      (
        await t.ok(
          'query($d: LocalDate!, $p: ID) { inspectionDailySummary(date: $d, projectId: $p) { total { due completed failedInspections } projects { project { code } } } }',
          { d: day(-2), p: projectId ?? null },
          token,
        )
      ).inspectionDailySummary;
    const mine = await summary(pm);
    const adminOfSh001 = await summary(admin, sh001.id);
    expect(mine.total).toEqual(adminOfSh001.total);
    expect(codesOf(mine.projects).filter((c) => c !== 'SH-001')).toEqual([]);
    expect((await summary(admin)).total.due).toBeGreaterThan(mine.total.due);

    const P = { kind: 'MONTH', year: Number(day(-35).slice(0, 4)), index: Number(day(-35).slice(5, 7)) };
    const ev = await t.ok(
      'query($p: EvaluationPeriodInput!) { projectEvaluation(period: $p) { nodes { project { code } } } }',
      { p: P },
      pm,
    );
    expect(codesOf(ev.projectEvaluation.nodes)).toEqual(['SH-001']);
    const trend = await t.gql('query($id: ID) { projectScoreTrend(kind: MONTH, projectId: $id) { kind } }', { id: others[0].id }, pm);
    expect(codes(trend)).toEqual(['NOT_FOUND']);
    const costs = await t.ok(
      'query($p: String!) { costOverview(first: 100, period: $p) { totalCount nodes { project { code } } } }',
      { p: day(-35).slice(0, 4) },
      pm,
    );
    expect(codesOf(costs.costOverview.nodes)).toEqual(['SH-001']);
  });

  it('downloads exports of SH-001 only (survey results): another project’s is 404', async () => {
    const rounds = await t.ok('{ surveyRounds(first: 100) { nodes { id project { code } } } }', {}, admin);
    const foreign = rounds.surveyRounds.nodes.find((n: { project: { code: string } }) => n.project.code !== 'SH-001');
    expect(foreign).toBeTruthy();
    expect((await t.get(`/downloads/survey-rounds/${foreign.id}/results.xlsx`, admin)).status).toBe(200);
    expect((await t.get(`/downloads/survey-rounds/${foreign.id}/results.xlsx`, pm)).status).toBe(404);
    const own = rounds.surveyRounds.nodes.find((n: { project: { code: string } }) => n.project.code === 'SH-001');
    if (own) expect((await t.get(`/downloads/survey-rounds/${own.id}/results.xlsx`, pm)).status).toBe(200);
  });

  it('has to-dos of SH-001 only', async () => {
    const todos = await t.ok('{ myTodos { items { kind subtitle } } }', {}, pm);
    const names = new Set(others.map((o) => o.name));
    expect(todos.myTodos.items.filter((i: { subtitle: string | null }) => i.subtitle && names.has(i.subtitle))).toEqual([]);
  });

  it('may inspect SH-001 ad hoc, not another project', async () => {
    const tpl = await t.ok('{ inspectionTemplates(first: 100) { nodes { id name } } }', {}, pm);
    const residential = tpl.inspectionTemplates.nodes.find((n: { name: string }) => n.name === '住宅日常品质巡检表');
    const draft = (projectId: string, key: string) =>
      t.gql(
        'mutation($input: InspectionInput!) { saveInspectionDraft(input: $input) { id project { code } } }',
        { input: { clientKey: key, projectId, templateId: residential.id } },
        pm,
      );
    const ok = await draft(sh001.id, 'scope-pm-1');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!['saveInspectionDraft'].project.code).toBe('SH-001');
    expect(codes(await draft(others[0].id, 'scope-pm-2'))).toEqual(['NOT_FOUND']);
  });
});

describe('project roles and scopes', () => {
  const INVITE =
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { acceptPath invitation { role regionIds projectIds } } }';
  const accept = async (path: string) =>
    (
      await t.ok('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }', {
        input: { token: path.replace(/^\/invitations\//, ''), createAccount: true, password: 'lantern-orchid-93-quay' },
      })
    ).acceptInvitation.token as string;

  it('a project role needs a project; a member is limited to regions or projects, not both; a company role keeps neither', async () => {
    expect(
      fieldReasons(await t.gql(INVITE, { input: { email: 'pm2@demo.test', displayName: '项目经理二', role: 'PROJECT_MANAGER' } }, admin)),
    ).toEqual(['input.projectIds:REQUIRED']);
    expect(
      fieldReasons(
        await t.gql(
          INVITE,
          {
            input: {
              email: 'i2@demo.test',
              displayName: '检查员二',
              role: 'INSPECTOR',
              regionIds: [sh001.regionId],
              projectIds: [sh001.id],
            },
          },
          admin,
        ),
      ),
    ).toEqual(['input.projectIds:INVALID_VALUE']);
    const qc = await t.ok(
      INVITE,
      { input: { email: 'qc2@demo.test', displayName: '品质二', role: 'QUALITY_CENTER', projectIds: [sh001.id] } },
      admin,
    );
    expect(qc.inviteMember.invitation).toEqual({ role: 'QUALITY_CENTER', regionIds: [], projectIds: [] });
  });

  it('PROJECT_STAFF reads within the project and may not edit handbooks, projects or plans', async () => {
    const inv = await t.ok(
      INVITE,
      { input: { email: 'staff@demo.test', displayName: '项目员工', role: 'PROJECT_STAFF', projectIds: [sh001.id] } },
      admin,
    );
    const staff = await accept(inv.inviteMember.acceptPath);
    const r = await t.ok(
      '{ projects(first: 100) { nodes { code } } handbooks(first: 100, filter: { kind: PROJECT }) { nodes { project { code } } } }',
      {},
      staff,
    );
    expect(r.projects.nodes.map((p: { code: string }) => p.code)).toEqual(['SH-001']);
    expect(codesOf(r.handbooks.nodes)).toEqual(['SH-001']);
    const handbooks = await t.ok('{ handbooks(first: 100, filter: { kind: PROJECT }) { nodes { id project { code } } } }', {}, admin);
    const hb = handbooks.handbooks.nodes.find((h: { project: { code: string } | null }) => h.project?.code === 'SH-001').id;
    expect(codes(await t.gql('mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id } }', { id: hb }, staff))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(await t.gql('mutation($id: ID!) { updateProject(id: $id, input: { name: "改名" }) { id } }', { id: sh001.id }, staff)),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await t.gql(
          'mutation($id: ID!) { applyInspectionFrequencyDefaults(projectId: $id) { skipped { reason } } }',
          { id: sh001.id },
          staff,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    // Costs are the project manager's, not the staff's.
    expect(codes(await t.gql('query($id: ID!) { projectCosts(projectId: $id, year: 2026) { year } }', { id: sh001.id }, staff))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await t.gql('query($id: ID!) { projectCosts(projectId: $id, year: 2026) { year } }', { id: sh001.id }, pm))).toEqual([]);
  });

  it('an admin moves a member from a region scope to a project scope', async () => {
    const ops = (await t.ok('{ members(first: 100) { nodes { id role user { email } } } }', {}, admin)).members.nodes.find(
      (m: { user: { email: string } }) => m.user.email === 'viewer@demo.test',
    );
    const u = await t.ok(
      'mutation($id: ID!, $p: [ID!]) { updateMember(id: $id, input: { projectIds: $p }) { role regionIds projectIds } }',
      { id: ops.id, p: [sh001.id] },
      admin,
    );
    expect(u.updateMember).toEqual({ role: 'VIEWER', regionIds: [], projectIds: [sh001.id] });
    const viewer = await t.token('viewer@demo.test');
    expect(
      (await t.ok('{ projects(first: 100) { nodes { code } } }', {}, viewer)).projects.nodes.map((p: { code: string }) => p.code),
    ).toEqual(['SH-001']);
  });
});
