import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * 前期接管: departments and the duty matrix, department task lists, starting onboarding,
 * stage gates and the admin's override, go-live provisioning (handbook, inspection
 * frequencies on the calendar, training requirements), region scoping, validation.
 */
let t: TestApp;
let admin: string;
let quality: string;
let ops: string;
let hr: string;
let cs: string;
let viewer: string;
const ids: Record<string, string> = {};

const localDate = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

const TASK_FIELDS =
  'id title phase required deliverable status dueDate late version checklist { text done } owner { name } collaborators { name } assignee { email }';
const ONBOARDING = `id status startDate version handbookId frequencyCount requirementCount project { id code stage version handbook { id } }
  gate { nextStage phases open blockers { title } } tasks { ${TASK_FIELDS} } events { kind text dataJson }`;

beforeAll(async () => {
  t = await TestApp.start();
  t.setNow(t.seededAt);
  admin = await t.token('admin@demo.test');
  quality = await t.token('quality@demo.test');
  ops = await t.token('ops@demo.test');
  hr = await t.token('hr@demo.test');
  cs = await t.token('cs@demo.test');
  viewer = await t.token('viewer@demo.test');
  const p = await t.ok(
    '{ projects(first: 100) { nodes { id code } } regions { nodes { id name } } positions { id name } members(first: 100) { nodes { role user { id email } } } }',
    {},
    admin,
  );
  for (const n of p.projects.nodes) ids[n.code] = n.id;
  for (const n of p.regions.nodes) ids[n.name] = n.id;
  for (const n of p.positions) ids[n.name] = n.id;
  for (const n of p.members.nodes) ids[n.user.email] = n.user.id;
});
afterAll(() => t.stop());

async function onboardingOf(code: string, token = admin): Promise<any> {
  const r = await t.ok(`query($id: ID!) { project(id: $id) { onboarding { ${ONBOARDING} } } }`, { id: ids[code] }, token);
  return r.project.onboarding;
}
async function setTask(id: string, input: Record<string, unknown>, token = admin) {
  return t.gql(
    `mutation($id: ID!, $input: OnboardingTaskInput!) { updateOnboardingTask(id: $id, input: $input) { ${TASK_FIELDS} } }`,
    { id, input },
    token,
  );
}
/** A survey with every required field filled in (勘查日期, 区域, 设施设备, 人员测算). */
async function fillSurvey(onboardingId: string, token = admin) {
  await t.ok(
    'mutation($id: ID!, $input: SiteSurveyInput!) { saveSiteSurvey(onboardingId: $id, input: $input) { version } }',
    {
      id: onboardingId,
      input: {
        surveyedOn: localDate(t.seededAt),
        areas: [{ name: '办事大厅', squareMeters: 3200 }],
        facilities: [{ name: '电梯', quantity: 6 }],
        staffing: [{ positionId: ids['保安'], headcount: 8 }],
      },
    },
    token,
  );
}
/** Does the required tasks of `phases` the way their owners would: checklist ticked, survey filled in, then DONE. */
async function finishPhases(o: any, phases: string[], token = admin) {
  for (const task of o.tasks.filter((x: any) => phases.includes(x.phase) && x.required && x.status !== 'DONE')) {
    if (task.deliverable === 'SITE_SURVEY') await fillSurvey(o.id, token);
    const r = await setTask(task.id, { status: 'DONE', checklistDone: task.checklist.map(() => true) }, token);
    expect(r.errors).toBeUndefined();
  }
}
const ADVANCE = `mutation($id: ID!, $reason: String) { advanceOnboarding(id: $id, overrideReason: $reason) { ${ONBOARDING} } }`;

describe('departments and the duty matrix', () => {
  it('seeds the departments of the domain brief and the Quality Center’s ten duties with their collaborators', async () => {
    const r = await t.ok(
      '{ departments { name nameEn members { email } } duties { position titleZh owner { name } collaborators { name } } }',
      {},
      viewer,
    );
    expect(r.departments.map((d: any) => d.name)).toEqual([
      '品质控制管理中心',
      '人力资源管理中心',
      '区域运营管理中心',
      '运营支持管理中心',
      '市场营销和客户服务管理中心',
      '总经理办公室',
    ]);
    expect(r.departments[0].members.map((m: any) => m.email)).toEqual(['quality@demo.test']);
    expect(r.duties).toHaveLength(10);
    expect(r.duties.every((d: any) => d.owner.name === '品质控制管理中心')).toBe(true);
    expect(r.duties[2].collaborators.map((c: any) => c.name)).toEqual(['人力资源管理中心']);
    expect(r.duties[4].collaborators.map((c: any) => c.name)).toEqual(['运营支持管理中心']);
    expect(r.duties[5].collaborators.map((c: any) => c.name)).toEqual(['运营支持管理中心']);
    expect(r.duties[7].collaborators).toHaveLength(4);
  });

  it('lets only a tenant admin manage departments, members and duties, with field errors', async () => {
    const created = await t.ok(
      'mutation { createDepartment(input: { name: "工程技术部", nameEn: "Engineering" }) { id version } }',
      {},
      admin,
    );
    const id = created.createDepartment.id;
    expect(codes(await t.gql('mutation { createDepartment(input: { name: "越权部" }) { id } }', {}, ops))).toEqual(['FORBIDDEN']);
    expect(fieldReasons(await t.gql('mutation { createDepartment(input: { name: "工程技术部" }) { id } }', {}, admin))).toEqual([
      'input.name:TAKEN',
    ]);
    expect(fieldReasons(await t.gql('mutation { createDepartment(input: { name: "" }) { id } }', {}, admin))).toEqual([
      'input.name:REQUIRED',
    ]);
    const bad = await t.gql(
      'mutation($id: ID!, $u: [ID!]!) { setDepartmentMembers(id: $id, userIds: $u) { id } }',
      { id, u: [ids['hr@demo.test'], '00000000-0000-4000-8000-000000000000'] },
      admin,
    );
    expect(fieldReasons(bad)).toEqual(['userIds.1:NOT_FOUND']);
    const ok = await t.ok(
      'mutation($id: ID!, $u: [ID!]!) { setDepartmentMembers(id: $id, userIds: $u) { members { email } } }',
      { id, u: [ids['hr@demo.test']] },
      admin,
    );
    expect(ok.setDepartmentMembers.members.map((m: any) => m.email)).toEqual(['hr@demo.test']);
    // hr is now in two departments
    const mine = await t.ok('{ myDepartments { name } }', {}, hr);
    expect(mine.myDepartments.map((d: any) => d.name).sort()).toEqual(['人力资源管理中心', '工程技术部'].sort());
    const duty = await t.gql(
      'mutation($o: ID!) { createDuty(input: { position: 11, titleZh: "新职责", ownerDepartmentId: $o, collaboratorDepartmentIds: [$o] }) { id } }',
      { o: id },
      admin,
    );
    expect(fieldReasons(duty)).toEqual(['input.collaboratorDepartmentIds:INVALID_VALUE']);
    const stale = await t.gql(
      'mutation($id: ID!) { updateDepartment(id: $id, input: { name: "工程部" }, expectedVersion: 99) { id } }',
      { id },
      admin,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    await t.ok('mutation($id: ID!) { archiveDepartment(id: $id) { archivedAt } }', { id }, admin);
  });
});

describe('the demo onboarding and department task lists', () => {
  it('shows 锦绣华庭 mid-onboarding: survey filled, first tasks done, late ones on the dashboard', async () => {
    const o = await onboardingOf('SH-004', ops);
    expect(o.status).toBe('ACTIVE');
    expect(o.project.stage).toBe('SURVEY');
    expect(o.tasks.filter((x: any) => x.status === 'DONE').length).toBeGreaterThanOrEqual(2);
    expect(o.gate).toMatchObject({ nextStage: 'PROPOSAL', phases: ['SITE_SURVEY', 'SERVICE_PLANNING'], open: false });
    const s = await t.ok(
      `query($id: ID!) { project(id: $id) { onboarding { survey { areas { name } staffing { positionId headcount } risks { level } } proposal { title sections { title } } } } }`,
      { id: ids['SH-004'] },
      ops,
    );
    expect(s.project.onboarding.survey.areas.length).toBeGreaterThan(0);
    expect(s.project.onboarding.survey.risks.map((r: any) => r.level)).toContain('HIGH');
    expect(s.project.onboarding.proposal.sections.length).toBeGreaterThan(0);
    const d = await t.ok(
      '{ onboardingDashboard { pipeline { region { name } survey proposal takeover live } lateCount lateTasks { title project { code } } openByDepartment { department { name } open late } } }',
      {},
      ops,
    );
    expect(d.onboardingDashboard.pipeline).toEqual([{ region: { name: '华东区域' }, survey: 1, proposal: 0, takeover: 0, live: 0 }]);
    expect(d.onboardingDashboard.lateCount).toBeGreaterThan(0);
    expect(d.onboardingDashboard.lateTasks.every((x: any) => x.project.code === 'SH-004')).toBe(true);
    expect(d.onboardingDashboard.openByDepartment.find((x: any) => x.department.name === '品质控制管理中心').open).toBeGreaterThan(0);
  });

  it('lists a task owned by Operations Support with the Quality Center collaborating in both departments’ lists', async () => {
    const LIST =
      '{ onboardingTasks(first: 100, filter: { myDepartments: true }) { totalCount nodes { id title owner { name } collaborators { name } } } }';
    const qc = (await t.ok(LIST, {}, quality)).onboardingTasks.nodes;
    const support = (await t.ok(LIST, {}, admin)).onboardingTasks.nodes; // admin@ is in 运营支持管理中心
    const shared = support.find(
      (x: any) => x.owner.name === '运营支持管理中心' && x.collaborators.some((c: any) => c.name === '品质控制管理中心'),
    );
    expect(shared).toBeDefined();
    expect(qc.map((x: any) => x.id)).toContain(shared.id);
    // HR's list has only tasks HR owns or collaborates on
    const hrs = (await t.ok(LIST, {}, hr)).onboardingTasks.nodes;
    expect(hrs.map((x: any) => x.id)).not.toContain(shared.id);
    expect(
      hrs.every((x: any) => x.owner.name === '人力资源管理中心' || x.collaborators.some((c: any) => c.name === '人力资源管理中心')),
    ).toBe(true);
    // a viewer in no department has an empty list
    expect((await t.ok(LIST, {}, viewer)).onboardingTasks.totalCount).toBe(0);
  });

  it('reads a task page with departments, assignee and project in the same number of statements for 5 or 20 tasks', async () => {
    const q =
      'query($n: Int!) { onboardingTasks(first: $n) { nodes { id owner { name } collaborators { name } assignee { email } project { code } onboarding { id } late } } }';
    await t.ok(q, { n: 1 }, admin);
    t.resetSqlCount();
    const five = await t.ok(q, { n: 5 }, admin);
    const forFive = t.sqlCount;
    t.resetSqlCount();
    const twenty = await t.ok(q, { n: 20 }, admin);
    const forTwenty = t.sqlCount;
    expect(five.onboardingTasks.nodes).toHaveLength(5);
    expect(twenty.onboardingTasks.nodes.length).toBeGreaterThan(5);
    expect(forTwenty).toBe(forFive);
  });

  it('lets members of a task’s departments act on it and nobody else, with field errors', async () => {
    const o = await onboardingOf('SH-004');
    const needs = o.tasks.find((x: any) => !x.required && x.status !== 'DONE');
    const required = o.tasks.find((x: any) => x.required && x.status === 'TODO' && x.owner.name === '人力资源管理中心');
    // cs (市场客服) collaborates on the needs task; not on HR's task
    expect(codes(await setTask(required.id, { status: 'IN_PROGRESS' }, cs))).toEqual(['FORBIDDEN']);
    expect(fieldReasons(await setTask(required.id, { status: 'SKIPPED', skipReason: '不需要' }, hr))).toEqual([
      'input.status:INVALID_VALUE',
    ]);
    // cs collaborates on the needs task but closing it (done or skipped) is the owning department's (Operations) call
    expect(codes(await setTask(needs.id, { status: 'SKIPPED', skipReason: '不需要' }, cs))).toEqual(['FORBIDDEN']);
    expect(fieldReasons(await setTask(needs.id, { status: 'SKIPPED' }, ops))).toEqual(['input.skipReason:REQUIRED']);
    expect(fieldReasons(await setTask(required.id, { assigneeUserId: ids['quality@demo.test'] }, hr))).toEqual([
      'input.assigneeUserId:INVALID_VALUE',
    ]);
    expect(fieldReasons(await setTask(required.id, { checklistDone: [true, true, true] }, hr))).toEqual([
      'input.checklistDone:INVALID_VALUE',
    ]);
    const assigned = await setTask(required.id, { assigneeUserId: ids['hr@demo.test'], status: 'IN_PROGRESS' }, hr);
    expect(assigned.data!.updateOnboardingTask).toMatchObject({ status: 'IN_PROGRESS', assignee: { email: 'hr@demo.test' } });
    const stale = await t.gql(
      'mutation($id: ID!) { updateOnboardingTask(id: $id, input: { status: TODO }, expectedVersion: 1) { id } }',
      { id: required.id },
      hr,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    // comments with attachments: only one's own uploads
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('onboarding-photo')]);
    const mine = await t.upload(png, 'image/png', hr);
    const theirs = await t.upload(Buffer.concat([png, Buffer.from('x')]), 'image/png', quality);
    const COMMENT =
      'mutation($id: ID!, $text: String!, $f: [ID!]) { commentOnboardingTask(id: $id, text: $text, fileIds: $f) { kind text fileIds } }';
    expect(fieldReasons(await t.gql(COMMENT, { id: required.id, text: '附件', f: [theirs.json.id] }, hr))).toEqual([
      'fileIds:INVALID_VALUE',
    ]);
    expect(fieldReasons(await t.gql(COMMENT, { id: required.id, text: '   ', f: [] }, hr))).toEqual(['text:REQUIRED']);
    const c = await t.ok(COMMENT, { id: required.id, text: '已发布招聘信息', f: [mine.json.id] }, hr);
    expect(c.commentOnboardingTask).toEqual({ kind: 'COMMENT', text: '已发布招聘信息', fileIds: [mine.json.id] });
    // documents too (a survey report as PDF), not only photos
    const pdf = await t.upload(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 2)]), 'application/pdf', hr);
    expect((await t.ok(COMMENT, { id: required.id, text: '勘查报告', f: [pdf.json.id] }, hr)).commentOnboardingTask.fileIds).toEqual([
      pdf.json.id,
    ]);
    const ev = await t.ok(
      `query($id: ID!) { project(id: $id) { onboarding { tasks { id events { kind text fileIds } } } } }`,
      { id: ids['SH-004'] },
      ops,
    );
    expect(ev.project.onboarding.tasks.find((x: any) => x.id === required.id).events.map((e: any) => e.kind)).toEqual([
      'STATUS',
      'ASSIGN',
      'COMMENT',
      'COMMENT',
    ]);
  });

  it('validates the survey with field paths', async () => {
    const o = await onboardingOf('SH-004');
    const SAVE =
      'mutation($id: ID!, $input: SiteSurveyInput!) { saveSiteSurvey(onboardingId: $id, input: $input) { areas { name } staffing { headcount } version } }';
    const bad = await t.gql(
      SAVE,
      {
        id: o.id,
        input: {
          areas: [{ name: '大堂', squareMeters: -5 }],
          staffing: [{ positionId: '00000000-0000-4000-8000-000000000000', headcount: 3 }],
          risks: [{ description: '', level: 'HIGH' }],
        },
      },
      quality,
    );
    expect(fieldReasons(bad).sort()).toEqual(['input.areas.0.squareMeters:OUT_OF_RANGE', 'input.risks.0.description:REQUIRED'].sort());
    const unknown = await t.gql(
      SAVE,
      { id: o.id, input: { staffing: [{ positionId: '00000000-0000-4000-8000-000000000000', headcount: 3 }] } },
      quality,
    );
    expect(fieldReasons(unknown)).toEqual(['input.staffing.0.positionId:NOT_FOUND']);
    expect(codes(await t.gql(SAVE, { id: o.id, input: { areas: [] } }, hr))).toEqual(['FORBIDDEN']); // HR has no site-survey task
    const ok = await t.ok(
      SAVE,
      { id: o.id, input: { areas: [{ name: '大堂', squareMeters: 300 }], staffing: [{ positionId: ids['保安'], headcount: 20 }] } },
      quality,
    );
    expect(ok.saveSiteSurvey.staffing).toEqual([{ headcount: 20 }]);
  });
});

describe('stage gates, override and go-live', () => {
  it('keeps regional operations to their regions', async () => {
    // GZ-003 is in 华南; ops@ runs 华东 only
    expect(codes(await t.gql('mutation($p: ID!) { startOnboarding(input: { projectId: $p }) { id } }', { p: ids['GZ-003'] }, ops))).toEqual(
      ['NOT_FOUND'],
    );
    expect(
      codes(await t.gql('mutation($p: ID!) { startOnboarding(input: { projectId: $p }) { id } }', { p: ids['GZ-003'] }, quality)),
    ).toEqual(['FORBIDDEN']);
    const sh = await onboardingOf('SH-004');
    const list = await t.ok('{ onboardings { nodes { project { code } } } }', {}, ops);
    expect(list.onboardings.nodes.map((n: any) => n.project.code)).toEqual(['SH-004']);
    expect((await t.ok('query($id: ID!) { onboarding(id: $id) { id } }', { id: sh.id }, ops)).onboarding.id).toBe(sh.id);
  });

  it('starts only a prospect, moves it to SURVEY, and gates every later stage (override only by an admin, with a reason)', async () => {
    expect(
      fieldReasons(await t.gql('mutation($p: ID!) { startOnboarding(input: { projectId: $p }) { id } }', { p: ids['SH-001'] }, admin)),
    ).toEqual(['input.projectId:INVALID_VALUE']);
    // ops creates a prospect in 华东 and starts it
    const created = await t.ok(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: {
          code: 'SH-901',
          name: '测试接管项目',
          propertyId: (await t.ok('{ properties(first: 100) { nodes { id name } } }', {}, ops)).properties.nodes.find(
            (p: any) => p.name === '翠湖花园',
          ).id,
          regionId: ids['华东区域'],
        },
      },
      ops,
    );
    ids['SH-901'] = created.createProject.id;
    const started = await t.ok(
      `mutation($p: ID!) { startOnboarding(input: { projectId: $p }) { ${ONBOARDING} } }`,
      { p: ids['SH-901'] },
      ops,
    );
    const o = started.startOnboarding;
    expect(o.project.stage).toBe('SURVEY');
    expect(o.tasks.length).toBeGreaterThanOrEqual(10);
    expect(o.tasks[0]).toMatchObject({
      phase: 'SITE_SURVEY',
      status: 'TODO',
      dueDate: dayjs(o.startDate).add(3, 'day').format('YYYY-MM-DD'),
    });
    expect(
      fieldReasons(await t.gql('mutation($p: ID!) { startOnboarding(input: { projectId: $p }) { id } }', { p: ids['SH-901'] }, ops)),
    ).toEqual(['input.projectId:TAKEN']);

    // the gate: advancing (or changing the stage directly) with open required tasks is refused
    const refused = await t.gql(ADVANCE, { id: o.id }, ops);
    expect(fieldReasons(refused)).toEqual(['stage:INVALID_TRANSITION']);
    expect(
      codes(await t.gql('mutation($id: ID!) { changeProjectStage(id: $id, stage: PROPOSAL) { stage } }', { id: ids['SH-901'] }, ops)),
    ).toEqual(['BAD_USER_INPUT']);
    // regional ops cannot override
    expect(codes(await t.gql(ADVANCE, { id: o.id, reason: '业主要求提前进场' }, ops))).toEqual(['FORBIDDEN']);
    // the admin can, with a reason of at least two characters
    expect(fieldReasons(await t.gql(ADVANCE, { id: o.id, reason: 'x' }, admin))).toEqual(['overrideReason:TOO_SHORT']);
    const audit = await t.countRows('audit_entry');
    const overridden = await t.ok(ADVANCE, { id: o.id, reason: '开发商要求提前出具服务方案' }, admin);
    expect(overridden.advanceOnboarding.project.stage).toBe('PROPOSAL');
    expect(overridden.advanceOnboarding.events.find((e: any) => e.kind === 'OVERRIDE')).toMatchObject({
      text: '开发商要求提前出具服务方案',
    });
    expect(await t.countRows('audit_entry')).toBeGreaterThan(audit);
    const entries = await t.ok(
      '{ auditEntries(first: 20, filter: { entity: "Onboarding" }) { nodes { operation entityId changes } } }',
      {},
      admin,
    );
    const entry = entries.auditEntries.nodes.find((n: any) => n.operation === 'overrideOnboardingGate' && n.entityId === o.id);
    expect(entry.changes).toMatchObject({
      overrideReason: { from: null, to: '开发商要求提前出具服务方案' },
      stage: { from: 'SURVEY', to: 'PROPOSAL' },
    });

    // with the phase's required tasks done (by their departments: Operations Support's by the admin), ops may advance without an override
    await finishPhases(overridden.advanceOnboarding, ['SERVICE_PROPOSAL']);
    const next = await t.ok(ADVANCE, { id: o.id }, ops);
    expect(next.advanceOnboarding.project.stage).toBe('TAKEOVER');
    expect(next.advanceOnboarding.events.filter((e: any) => e.kind === 'OVERRIDE')).toHaveLength(1);
    // exiting cancels the onboarding
    const exit = await t.ok(
      'mutation($id: ID!) { changeProjectStage(id: $id, stage: EXITED) { onboarding { status } } }',
      { id: ids['SH-901'] },
      ops,
    );
    expect(exit.changeProjectStage.onboarding.status).toBe('CANCELLED');
  });

  it('goes live with a handbook, inspection frequencies on the calendar and training requirements, all in one transaction', async () => {
    // HR registers the guards hired for 市民服务中心 before it goes live: no requirements yet.
    const hire = localDate(t.seededAt);
    for (const [name, no] of [
      ['接管保安甲', 'GZ3-01'],
      ['接管保安乙', 'GZ3-02'],
    ]) {
      await t.ok(
        'mutation($i: EmployeeInput!) { createEmployee(input: $i) { id } }',
        { i: { name, employeeNo: no, positionId: ids['保安'], projectId: ids['GZ-003'], hireDate: hire } },
        hr,
      );
    }
    const REQS = 'query($p: ID) { trainingRequirements(first: 100, filter: { projectId: $p }) { totalCount } }';
    expect((await t.ok(REQS, { p: ids['GZ-003'] }, hr)).trainingRequirements.totalCount).toBe(0);

    const started = await t.ok(
      `mutation($p: ID!) { startOnboarding(input: { projectId: $p }) { ${ONBOARDING} } }`,
      { p: ids['GZ-003'] },
      admin,
    );
    let o = started.startOnboarding;
    const stages = [['SITE_SURVEY', 'SERVICE_PLANNING'], ['SERVICE_PROPOSAL'], ['TAKEOVER_PREPARATION', 'GO_LIVE']];
    for (const phases of stages.slice(0, 2)) {
      await finishPhases(o, phases);
      o = (await t.ok(ADVANCE, { id: o.id }, admin)).advanceOnboarding;
    }
    expect(o.project.stage).toBe('TAKEOVER');
    expect(o.project.handbook).toBeNull();
    await finishPhases(o, stages[2]!);
    const gate = await onboardingOf('GZ-003');
    expect(gate.gate).toMatchObject({ nextStage: 'OPERATING', open: true, blockers: [] });
    o = (await t.ok(ADVANCE, { id: o.id }, admin)).advanceOnboarding;

    expect(o.status).toBe('COMPLETED');
    expect(o.project.stage).toBe('OPERATING');
    expect(o.project.handbook.id).toBe(o.handbookId);
    expect(o.frequencyCount).toBeGreaterThan(0);
    expect(o.requirementCount).toBeGreaterThan(0);
    expect(o.events.map((e: any) => e.kind)).toContain('GO_LIVE');
    expect(o.events.filter((e: any) => e.kind === 'OVERRIDE')).toHaveLength(0);
    // each result is there and editable
    const hb = await t.ok('query($id: ID!) { handbook(id: $id) { kind project { code } draft { id } } }', { id: o.handbookId }, quality);
    expect(hb.handbook).toMatchObject({ kind: 'PROJECT', project: { code: 'GZ-003' } });
    const freqs = await t.ok(
      'query($p: ID!) { inspectionFrequencies(first: 100, filter: { projectId: $p }) { nodes { id version } } }',
      { p: ids['GZ-003'] },
      quality,
    );
    expect(freqs.inspectionFrequencies.nodes).toHaveLength(o.frequencyCount);
    const from = localDate(t.seededAt);
    const to = dayjs(from).add(14, 'day').format('YYYY-MM-DD');
    const cal = await t.ok(
      'query($s: OccurrenceScope!) { inspectionCalendar(scope: $s) { totals { total } } }',
      { s: { from, to, projectId: ids['GZ-003'] } },
      quality,
    );
    expect(cal.inspectionCalendar.totals.total).toBeGreaterThan(0);
    expect((await t.ok(REQS, { p: ids['GZ-003'] }, hr)).trainingRequirements.totalCount).toBe(o.requirementCount);
    // finished onboardings take no more changes
    expect(fieldReasons(await setTask(o.tasks[0].id, { status: 'TODO' }))).toEqual(['id:INVALID_VALUE']);
  });

  it('keeps the proposal editable with a cost estimate and exports it to Excel', async () => {
    const o = await onboardingOf('SH-004');
    const p = await t.ok(
      'query($id: ID!) { onboarding(id: $id) { proposal { title version sections { key title body } } } }',
      { id: o.id },
      ops,
    );
    const SAVE =
      'mutation($id: ID!, $input: ServiceProposalInput!, $v: Int) { saveServiceProposal(onboardingId: $id, input: $input, expectedVersion: $v) { version monthlyCost { staff other total } } }';
    const input = {
      title: p.onboarding.proposal.title,
      sections: p.onboarding.proposal.sections.map((s: any) => ({ key: s.key, title: s.title, body: `${s.title}：详见附件` })),
      staffing: [{ positionId: ids['保安'], headcount: 18, monthlyCostPerHead: 5200 }],
      otherCosts: [{ item: '物料及能耗', monthlyAmount: 12000.5 }],
    };
    const saved = await t.ok(SAVE, { id: o.id, input, v: p.onboarding.proposal.version }, ops);
    expect(saved.saveServiceProposal.monthlyCost).toEqual({ staff: 93600, other: 12000.5, total: 105600.5 });
    expect(codes(await t.gql(SAVE, { id: o.id, input, v: p.onboarding.proposal.version }, ops))).toEqual(['CONFLICT']);
    expect(
      fieldReasons(
        await t.gql(
          SAVE,
          { id: o.id, input: { ...input, staffing: [{ positionId: ids['保安'], headcount: -1, monthlyCostPerHead: 1 }] } },
          ops,
        ),
      ),
    ).toEqual(['input.staffing.0.headcount:OUT_OF_RANGE']);
    const file = await t.get(`/downloads/onboardings/${o.id}/proposal.xlsx`, ops);
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['服务方案', '人员配置与费用']);
    const costs = wb.getWorksheet('人员配置与费用')!;
    const totalRow = costs.getRows(1, costs.rowCount)!.find((r) => r.getCell(1).value === '月度费用合计')!;
    expect(totalRow.getCell(4).value).toBe(105600.5);
    const gz = await onboardingOf('GZ-003');
    expect((await t.get(`/downloads/onboardings/${gz.id}/proposal.xlsx`, ops)).status).toBe(404);
  });
});

describe('task completion gates (issue 23 item 3)', () => {
  it('lets only the owning department (or an admin, recorded) close a task, and not with open checklist items or an empty survey', async () => {
    // A fresh onboarding of a new prospect in 华东, run by ops.
    const created = await t.ok(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: {
          code: 'SH-902',
          name: '门禁测试接管项目',
          propertyId: (await t.ok('{ properties(first: 100) { nodes { id name } } }', {}, ops)).properties.nodes.find(
            (p: any) => p.name === '翠湖花园',
          ).id,
          regionId: ids['华东区域'],
        },
      },
      ops,
    );
    ids['SH-902'] = created.createProject.id;
    const o = (
      await t.ok(`mutation($p: ID!) { startOnboarding(input: { projectId: $p }) { ${ONBOARDING} } }`, { p: created.createProject.id }, ops)
    ).startOnboarding;
    const BLOCKERS = `query($id: ID!) { onboarding(id: $id) { tasks { id title completionBlockers { reason items fields departmentId } } } }`;
    const byTitle = (title: string) => o.tasks.find((x: any) => x.title.startsWith(title));
    const walk = byTitle('现场踏勘'); // Operations Support's, checklist of 3
    const surveyTask = byTitle('填写现场勘查表'); // the Quality Center's, delivers the survey
    const planning = byTitle('人员配置测算'); // HR's, no checklist
    expect(surveyTask.deliverable).toBe('SITE_SURVEY');

    // Regional operations (a manager of the onboarding, but not of these departments) cannot close them.
    const audit = await t.countRows('audit_entry');
    expect(codes(await setTask(planning.id, { status: 'DONE' }, ops))).toEqual(['FORBIDDEN']);
    expect(codes(await setTask(surveyTask.id, { status: 'DONE' }, ops))).toEqual(['FORBIDDEN']);
    expect(await t.countRows('audit_entry')).toBe(audit);
    const seenByOps = (await t.ok(BLOCKERS, { id: o.id }, ops)).onboarding.tasks.find((x: any) => x.id === planning.id);
    expect(seenByOps.completionBlockers).toEqual([
      { reason: 'NOT_OWNER_DEPARTMENT', items: [], fields: [], departmentId: expect.any(String) },
    ]);
    // … but still work on them (status in progress, comments) as before.
    expect((await setTask(planning.id, { status: 'IN_PROGRESS' }, ops)).errors).toBeUndefined();

    // The owning department's member: not while the checklist is open, saying which items.
    const openList = await setTask(walk.id, { status: 'DONE', checklistDone: [true, false, false] }, admin);
    expect(fieldReasons(openList)).toEqual(['input.status:CHECKLIST_OPEN']);
    expect((openList.errors?.[0].extensions as any).fields[0].params).toEqual({ items: ['设施设备清单', '现场照片'], count: 2 });
    // nothing was written (neither the ticks nor the status)
    expect((await onboardingOf('SH-902')).tasks.find((x: any) => x.id === walk.id).checklist.every((c: any) => !c.done)).toBe(true);

    // The survey task: not while the survey's required fields are empty, naming them.
    const noSurvey = await setTask(surveyTask.id, { status: 'DONE' }, quality);
    expect(fieldReasons(noSurvey)).toEqual(['input.status:SURVEY_INCOMPLETE']);
    expect((noSurvey.errors?.[0].extensions as any).fields[0].params).toEqual({
      fields: ['surveyedOn', 'areas', 'facilities', 'staffing'],
    });
    await t.ok(
      'mutation($id: ID!, $input: SiteSurveyInput!) { saveSiteSurvey(onboardingId: $id, input: $input) { version } }',
      { id: o.id, input: { areas: [{ name: '大堂', squareMeters: 300 }] } },
      quality,
    );
    const blockers = (await t.ok(BLOCKERS, { id: o.id }, quality)).onboarding.tasks.find((x: any) => x.id === surveyTask.id);
    expect(blockers.completionBlockers).toEqual([
      { reason: 'SURVEY_INCOMPLETE', items: [], fields: ['surveyedOn', 'facilities', 'staffing'], departmentId: null },
    ]);
    await fillSurvey(o.id, quality);
    const done = await setTask(surveyTask.id, { status: 'DONE' }, quality);
    expect(done.data!.updateOnboardingTask.status).toBe('DONE');

    // Ticking the checklist in the same update closes it (the admin is a member of Operations Support).
    const walked = await setTask(walk.id, { status: 'DONE', checklistDone: [true, true, true] }, admin);
    expect(walked.data!.updateOnboardingTask.status).toBe('DONE');
    // An admin may close another department's task (HR's), recorded as done on its behalf.
    const byAdmin = await setTask(planning.id, { status: 'DONE' }, admin);
    expect(byAdmin.data!.updateOnboardingTask.status).toBe('DONE');
    const after = await onboardingOf('SH-902');
    const status = after.events.filter((e: any) => e.kind === 'STATUS').map((e: any) => JSON.parse(e.dataJson));
    expect(status).toContainEqual({ from: 'IN_PROGRESS', to: 'DONE', onBehalfOfDepartmentId: expect.any(String) });
    expect(status).toContainEqual({ from: 'TODO', to: 'DONE' }); // the walk: by a member, nothing on behalf
    const entries = await t.ok(
      '{ auditEntries(first: 10, filter: { entity: "OnboardingTask" }) { nodes { operation entityId changes } } }',
      {},
      admin,
    );
    const entry = entries.auditEntries.nodes.find((n: any) => n.entityId === planning.id);
    expect(entry.changes.onBehalfOfDepartmentId.to).toEqual(expect.any(String));
  });

  it('previews what go-live will provision and warns when it provisions nothing or doubles a workload', async () => {
    const PREVIEW = `query($id: ID!) { onboarding(id: $id) { goLivePreview {
      handbook { action name templateName } month occurrencesInMonth employees trainingRequirements
      frequencies { templateName perMonth skipped assigneeRole } workload { role month existing added } warnings { code params } } } }`;
    // 锦绣华庭 (residential): a handbook from the template, the residential defaults, no employees registered yet.
    const o = await onboardingOf('SH-004');
    const before = [await t.countRows('inspection_frequency'), await t.countRows('handbook'), await t.countRows('audit_entry')];
    const p = (await t.ok(PREVIEW, { id: o.id }, ops)).onboarding.goLivePreview;
    expect(p.handbook).toMatchObject({ action: 'CREATE', name: '锦绣华庭前期物业 工作手册' });
    expect(p.handbook.templateName).toBeTruthy();
    expect(p.frequencies.length).toBeGreaterThan(0);
    expect(p.frequencies.every((f: any) => f.skipped === null && f.perMonth > 0)).toBe(true);
    expect(p.occurrencesInMonth).toBe(p.frequencies.reduce((n: number, f: any) => n + f.perMonth, 0));
    expect(p.employees).toBe(0);
    expect(p.trainingRequirements).toBe(0);
    const codesOf = (w: any[]) => w.map((x) => x.code);
    expect(codesOf(p.warnings)).toContain('NO_TRAINING_REQUIREMENTS');
    expect(codesOf(p.warnings)).not.toContain('NO_FREQUENCIES');
    // The inspectors' pool: four rounds a weekday at one more residential project adds about as many as it had.
    const inspectors = p.workload.find((w: any) => w.role === 'INSPECTOR');
    expect(inspectors.added).toBeGreaterThan(0);
    const doubles = p.warnings.find((w: any) => w.code === 'WORKLOAD_DOUBLES' && w.params.role === 'INSPECTOR');
    expect(!!doubles).toBe(inspectors.existing > 0 && inspectors.added >= inspectors.existing);
    // nothing was written
    expect([await t.countRows('inspection_frequency'), await t.countRows('handbook'), await t.countRows('audit_entry')]).toEqual(before);

    // HR registers guards for it: the preview counts the plan requirements that will start.
    await t.ok(
      'mutation($i: EmployeeInput!) { createEmployee(input: $i) { id } }',
      {
        i: { name: '锦绣保安甲', employeeNo: 'JX-01', positionId: ids['保安'], projectId: ids['SH-004'], hireDate: localDate(t.seededAt) },
      },
      hr,
    );
    const withStaff = (await t.ok(PREVIEW, { id: o.id }, ops)).onboarding.goLivePreview;
    expect(withStaff.employees).toBe(1);
    expect(withStaff.trainingRequirements).toBeGreaterThan(0);
    expect(codesOf(withStaff.warnings)).not.toContain('NO_TRAINING_REQUIREMENTS');
  });
});
