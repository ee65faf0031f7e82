import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * 岗位培训: the seeded plans and sessions, statuses as time moves, retraining after a
 * handbook change, enrolment rules, attendance, import, coverage and the attendance sheet.
 * The demo is seeded relative to the moment the app starts, so "today" is that moment and
 * every other date here is derived from it or read from the seeded data.
 */
let t: TestApp;
let hr: string;
let quality: string;
let viewer: string;
let inspector: string;
/** The seeding moment: the app's clock stands still here unless a test moves it. */
let TODAY: Date;

/** The calendar date of an instant in China (training dates are Asia/Shanghai dates). */
const localDate = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
const plusDays = (date: string, n: number) => dayjs(date).add(n, 'day').format('YYYY-MM-DD');
const plusMonths = (date: string, n: number) => dayjs(date).add(n, 'month').format('YYYY-MM-DD');
/** `n` days from the seeding day. */
const day = (n: number) => plusDays(localDate(TODAY), n);
/** Noon in China on a date, as an instant for the clock. */
const noon = (date: string) => `${date}T04:00:00Z`;

beforeAll(async () => {
  t = await TestApp.start();
  TODAY = t.seededAt;
  t.setNow(TODAY);
  hr = await t.token('hr@demo.test');
  quality = await t.token('quality@demo.test');
  // These tests publish handbooks directly: the demo's HANDBOOK_PUBLISH approval flow is switched off (approvals.spec covers it).
  await t.ok('mutation { setApprovalFlowActive(kind: HANDBOOK_PUBLISH, active: false) { active } }', {}, await t.token('admin@demo.test'));
  viewer = await t.token('viewer@demo.test');
  inspector = await t.token('inspector@demo.test');
});
afterAll(() => t.stop());
afterEach(() => t.setNow(TODAY));

async function employeeId(name: string): Promise<string> {
  const r = await t.ok('query($q: String) { employees(filter: { q: $q }) { nodes { id name } } }', { q: name }, hr);
  return r.employees.nodes.find((n: any) => n.name === name).id;
}
async function courseId(title: string): Promise<string> {
  const r = await t.ok('{ courses { id title } }', {}, hr);
  return r.courses.find((c: any) => c.title === title).id;
}
async function positionId(name: string): Promise<string> {
  const r = await t.ok('{ positions { id name } }', {}, hr);
  return r.positions.find((p: any) => p.name === name).id;
}
async function projectId(code: string): Promise<string> {
  const r = await t.ok('{ projects(first: 100) { nodes { id code } } }', {}, hr);
  return r.projects.nodes.find((p: any) => p.code === code).id;
}
async function requirement(employee: string, course: string, reason = 'PLAN') {
  const r = await t.ok(
    'query($e: ID, $c: ID) { trainingRequirements(filter: { employeeId: $e, courseId: $c }) { nodes { reason status requiredBy completedOn expiresOn } } }',
    { e: await employeeId(employee), c: await courseId(course) },
    hr,
  );
  return r.trainingRequirements.nodes.find((n: any) => n.reason === reason);
}
async function qualityUserId(): Promise<string> {
  const r = await t.ok('{ members(first: 100) { nodes { role user { id } } } }', {}, await t.token('admin@demo.test'));
  return r.members.nodes.find((m: any) => m.role === 'QUALITY_CENTER').user.id;
}
const SESSION = 'mutation($input: TrainingSessionInput!) { createTrainingSession(input: $input) { id localDate passMark status } }';

async function sessions(): Promise<
  Array<{
    localDate: string;
    courses: Array<{ title: string }>;
    enrolledCount: number;
    enrolments: Array<{ employee: { name: string }; attendance: string | null; score: number | null }>;
  }>
> {
  const r = await t.ok(
    '{ trainingSessions(first: 20) { totalCount nodes { localDate courses { title } trainer { email } enrolledCount enrolments { employee { name } attendance score } } } }',
    {},
    hr,
  );
  return [...r.trainingSessions.nodes].sort((a: any, b: any) => a.localDate.localeCompare(b.localDate));
}

describe('demo data', () => {
  it('has a security-guard plan from the conduct standards, past sessions and a non-empty coverage dashboard', async () => {
    const today = localDate(TODAY);
    const plans = await t.ok(
      '{ trainingPlans { name scope periodStart periodEnd position { name } items { requiredBy passMark validityMonths course { title outdated handbookVersion { number } sectionKeys } } } }',
      {},
      hr,
    );
    const guards = plans.trainingPlans.find((p: any) => p.position.name === '保安');
    expect(guards.scope).toBe('TENANT');
    expect(guards.items[0].course.title).toBe('保安员行为规范');
    expect(guards.items[0].course.sectionKeys.length).toBe(2);
    // a plan for this year; the conduct deadline months back, the patrol one weeks back, both inside the period
    expect(guards.name).toBe(`${today.slice(0, 4)} 年度保安岗位培训计划`);
    const [conductDue, patrolDue] = guards.items.map((i: any) => i.requiredBy);
    expect(conductDue < day(-90) && patrolDue < today && patrolDue > day(-90)).toBe(true);
    expect(
      guards.periodStart <= conductDue && patrolDue <= guards.periodEnd && guards.periodStart <= today && today <= guards.periodEnd,
    ).toBe(true);
    const cov = await t.ok(
      '{ trainingCoverage(groupBy: POSITION) { position { name } required completed pending overdue expiringSoon expired coverage } }',
      {},
      hr,
    );
    const g = cov.trainingCoverage.find((r: any) => r.position.name === '保安');
    // 12 active guards × 2 courses; conduct passed by 5, patrol by 3 (expiring within 30 days); and
    // one guard charged twice with the hair standard must retake the conduct course (扣分到人, due in 30 days)
    expect(g).toEqual({
      position: { name: '保安' },
      required: 25,
      completed: 8,
      pending: 1,
      overdue: 16,
      expiringSoon: 3,
      expired: 0,
      coverage: 32,
    });
    const byProject = await t.ok('{ trainingCoverage(groupBy: PROJECT) { project { code } required completed } }', {}, hr);
    expect(byProject.trainingCoverage.map((r: any) => r.project.code).sort()).toEqual(['GZ-001', 'SH-001', 'SH-002']);
    // four sessions months back with their sheets recorded, one in 2–3 weeks with enrolments only
    const all = await sessions();
    expect(all.length).toBe(5);
    const past = all.filter((s) => s.localDate < today);
    expect(past.length).toBe(4);
    expect(past.every((s) => s.localDate < day(-90) && s.enrolments.every((e) => e.attendance !== null))).toBe(true);
    expect(new Set(past.flatMap((s) => s.enrolments.map((e) => e.attendance)))).toEqual(new Set(['PRESENT', 'LATE', 'ABSENT', 'EXCUSED']));
    const upcoming = all[4]!;
    expect(upcoming.localDate >= day(14) && upcoming.localDate <= day(21)).toBe(true);
    // the upcoming one teaches both guard courses
    expect(upcoming).toMatchObject({ courses: [{ title: '保安员行为规范' }, { title: '秩序维护巡逻与消防通道' }], enrolledCount: 4 });
    expect(upcoming.enrolments.every((e) => e.attendance === null && e.score === null)).toBe(true);
    // 刘洪涛 was hired after every past session: he has both guard requirements, overdue, and is enrolled in the next one
    const hires = await t.ok('query($q: String) { employees(filter: { q: $q }) { nodes { name hireDate } } }', { q: '刘洪涛' }, hr);
    expect(hires.employees.nodes[0].hireDate > past[past.length - 1]!.localDate && hires.employees.nodes[0].hireDate < today).toBe(true);
    expect(await requirement('刘洪涛', '保安员行为规范')).toMatchObject({ status: 'OVERDUE', completedOn: null });
    expect(upcoming.enrolments.map((e) => e.employee.name)).toContain('刘洪涛');
  });
});

describe('validity and recertification', () => {
  it('moves from completed to expiring soon to expired, and recertifies on a new pass', async () => {
    // 张伟 passed the first conduct session (valid 12 months)
    const first = (await sessions()).find((s) => s.courses[0]!.title === '保安员行为规范')!;
    expect(first.enrolments.find((e) => e.employee.name === '张伟')).toMatchObject({ attendance: 'PRESENT' });
    const passedOn = first.localDate;
    const expiresOn = plusMonths(passedOn, 12);
    expect(await requirement('张伟', '保安员行为规范')).toMatchObject({ status: 'COMPLETED', completedOn: passedOn, expiresOn });
    // 赵勇 missed it: required until the plan's due date (inclusive), overdue after
    const zhao = await requirement('赵勇', '保安员行为规范');
    expect(zhao).toMatchObject({ status: 'OVERDUE', completedOn: null });
    expect(zhao.requiredBy > passedOn && zhao.requiredBy < localDate(TODAY)).toBe(true);
    t.setNow(noon(plusDays(zhao.requiredBy, -60)));
    expect((await requirement('赵勇', '保安员行为规范')).status).toBe('REQUIRED');
    t.setNow(noon(zhao.requiredBy));
    expect((await requirement('赵勇', '保安员行为规范')).status).toBe('REQUIRED');
    t.setNow(noon(plusDays(zhao.requiredBy, 1)));
    expect((await requirement('赵勇', '保安员行为规范')).status).toBe('OVERDUE');
    t.setNow(noon(plusDays(expiresOn, -31)));
    expect((await requirement('张伟', '保安员行为规范')).status).toBe('COMPLETED');
    t.setNow(noon(plusDays(expiresOn, -30)));
    expect((await requirement('张伟', '保安员行为规范')).status).toBe('EXPIRING_SOON');
    t.setNow(noon(expiresOn));
    expect((await requirement('张伟', '保安员行为规范')).status).toBe('EXPIRED');
    const retrainOn = plusDays(expiresOn, 8);
    const s = await t.ok(
      SESSION,
      {
        input: {
          courseIds: [await courseId('保安员行为规范')],
          trainerUserId: await qualityUserId(),
          startsAt: `${retrainOn}T01:00:00Z`,
          endsAt: `${retrainOn}T03:00:00Z`,
          place: '复训',
          capacity: 5,
        },
      },
      hr,
    );
    await t.ok(
      'mutation($s: ID!, $e: [ID!]!) { enrolEmployees(sessionId: $s, employeeIds: $e) { id } }',
      { s: s.createTrainingSession.id, e: [await employeeId('张伟')] },
      hr,
    );
    t.setNow(noon(plusDays(retrainOn, 1)));
    await t.ok(
      'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { id } }',
      { s: s.createTrainingSession.id, e: [{ employeeId: await employeeId('张伟'), attendance: 'PRESENT', score: 90 }] },
      quality,
    );
    expect(await requirement('张伟', '保安员行为规范')).toMatchObject({
      status: 'COMPLETED',
      completedOn: retrainOn,
      expiresOn: plusMonths(retrainOn, 12),
    });
    t.setNow(TODAY);
  });
});

describe('enrolment and attendance', () => {
  it('enforces capacity, duplicates, inactive employees and late hires, whole batch or nothing', async () => {
    const conduct = await courseId('保安员行为规范');
    const on = day(23);
    const s = await t.ok(
      SESSION,
      {
        input: {
          courseIds: [conduct],
          trainerUserId: await qualityUserId(),
          startsAt: `${on}T01:00:00Z`,
          endsAt: `${on}T03:00:00Z`,
          place: '培训室',
          capacity: 2,
        },
      },
      hr,
    );
    const id = s.createTrainingSession.id;
    expect(s.createTrainingSession).toMatchObject({ localDate: on, passMark: 80, status: 'PLANNED' });
    const ENROL =
      'mutation($s: ID!, $e: [ID!]!) { enrolEmployees(sessionId: $s, employeeIds: $e) { id enrolments { employee { name } } } }';
    const before = await t.countRows('training_enrolment');
    const bad = await t.gql(ENROL, { s: id, e: [await employeeId('赵勇'), await employeeId('陈国栋'), await employeeId('赵勇')] }, hr);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors![0].extensions!['fields'] as any[]).map((f) => `${f.path.join('.')}:${f.reason}`)).toEqual([
      'employeeIds.1:INVALID_VALUE',
      'employeeIds.2:TAKEN',
    ]);
    expect(await t.countRows('training_enrolment')).toBe(before);
    // hired after the session was planned, before its date: fine
    const late = await t.ok(
      'mutation($i: EmployeeInput!) { createEmployee(input: $i) { id } }',
      { i: { name: '新员工甲', positionId: await positionId('保安'), projectId: await projectId('SH-001'), hireDate: plusDays(on, -19) } },
      hr,
    );
    const after = await t.ok(
      'mutation($i: EmployeeInput!) { createEmployee(input: $i) { id } }',
      { i: { name: '新员工乙', positionId: await positionId('保安'), projectId: await projectId('SH-001'), hireDate: plusDays(on, 1) } },
      hr,
    );
    const r = await t.gql(ENROL, { s: id, e: [after.createEmployee.id] }, hr);
    expect(fieldReasons(r)).toEqual(['employeeIds.0:DATE_ORDER']);
    await t.ok(ENROL, { s: id, e: [await employeeId('赵勇'), late.createEmployee.id] }, hr);
    const full = await t.gql(ENROL, { s: id, e: [await employeeId('马超')] }, hr);
    expect(fieldReasons(full)).toEqual(['employeeIds.0:OUT_OF_RANGE']);
    // a new guard gets the plan's requirements at once
    const reqs = await t.ok(
      'query($e: ID) { trainingRequirements(filter: { employeeId: $e }) { totalCount } }',
      { e: late.createEmployee.id },
      hr,
    );
    expect(reqs.trainingRequirements.totalCount).toBe(2);
    // by group: the SH-001 guards who fit, refused whole when they do not
    const group = await t.gql(
      'mutation($s: ID!, $p: ID!, $j: ID) { enrolByGroup(sessionId: $s, positionId: $p, projectId: $j) { id } }',
      { s: id, p: await positionId('保安'), j: await projectId('SH-001') },
      hr,
    );
    expect(fieldReasons(group)).toEqual(['sessionId:OUT_OF_RANGE']);
  });

  it('lets the trainer, HR or an admin record the sheet once the session has started; others are refused', async () => {
    const conduct = await courseId('保安员行为规范');
    const on = day(25);
    const s = await t.ok(
      SESSION,
      {
        input: {
          courseIds: [conduct],
          trainerUserId: await qualityUserId(),
          startsAt: `${on}T01:00:00Z`,
          endsAt: `${on}T03:00:00Z`,
          place: '培训室',
          capacity: 10,
        },
      },
      hr,
    );
    const id = s.createTrainingSession.id;
    await t.ok(
      'mutation($s: ID!, $e: [ID!]!) { enrolEmployees(sessionId: $s, employeeIds: $e) { id } }',
      { s: id, e: [await employeeId('李军'), await employeeId('马超')] },
      hr,
    );
    const REC =
      'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { enrolments { employee { name } attendance score passed } } }';
    const entries = [
      { employeeId: await employeeId('李军'), attendance: 'PRESENT', score: 85 },
      { employeeId: await employeeId('马超'), attendance: 'ABSENT', score: null },
    ];
    expect(fieldReasons(await t.gql(REC, { s: id, e: entries }, quality))).toEqual(['sessionId:DATE_ORDER']);
    t.setNow(`${on}T05:00:00Z`);
    expect(codes(await t.gql(REC, { s: id, e: entries }, viewer))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(REC, { s: id, e: entries }, inspector))).toEqual(['NOT_FOUND']);
    expect(fieldReasons(await t.gql(REC, { s: id, e: [{ ...entries[1], score: 50 }] }, quality))).toEqual([
      'entries.0.score:INVALID_VALUE',
    ]);
    const ok = await t.ok(REC, { s: id, e: entries }, quality);
    expect(ok.recordAttendance.enrolments.find((e: any) => e.employee.name === '李军')).toMatchObject({
      attendance: 'PRESENT',
      score: 85,
      passed: true,
    });
    expect(await requirement('李军', '保安员行为规范')).toMatchObject({
      status: 'COMPLETED',
      completedOn: on,
      expiresOn: plusMonths(on, 12),
    });
    t.setNow(TODAY);
  });
});

describe('retraining when the handbook changes', () => {
  const SECTIONS =
    'sections { key titleZh titleEn items { key score requirementZh requirementEn note standard { id } } frequencies { key taskZh taskEn zoneId locationZh rrule note } }';
  async function publishChange(change: (sections: any[]) => void): Promise<string> {
    const p = await t.ok('{ projects(first: 100) { nodes { code handbook { id } } } }', {}, quality);
    const id = p.projects.nodes.find((n: any) => n.code === 'SH-001').handbook.id;
    const draft = await t.ok('mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id version } }', { id }, quality);
    const v = await t.ok(`query($id: ID!) { handbookVersion(id: $id) { ${SECTIONS} } }`, { id: draft.startHandbookDraft.id }, quality);
    const sections = v.handbookVersion.sections.map((s: any) => ({
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
    }));
    change(sections);
    const saved = await t.ok(
      'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
      { id, input: { sections }, v: draft.startHandbookDraft.version },
      quality,
    );
    const pub = await t.ok(
      'mutation($id: ID!, $v: Int!) { publishHandbook(handbookId: $id, changeSummary: "修订", expectedVersion: $v) { id number } }',
      { id, v: saved.saveHandbookDraft.version },
      quality,
    );
    return pub.publishHandbook.id;
  }
  const RETRAINING =
    'query($c: ID) { trainingRequirements(first: 100, filter: { courseId: $c, reason: RETRAINING }) { totalCount nodes { employee { name } requiredBy status sourceVersion { number } } } }';

  it('does not flag anything for a change to a section no course teaches', async () => {
    const before = await t.countRows('training_requirement');
    await publishChange((sections) => sections.push({ titleZh: '五、客户服务', titleEn: null, items: [], frequencies: [] }));
    const r = await t.ok('{ courses(outdated: true) { title } }', {}, quality);
    expect(r.courses).toEqual([]);
    expect(await t.countRows('training_requirement')).toBe(before);
  });

  it('flags the course teaching a changed section and requires retraining of those who passed it', async () => {
    const versionId = await publishChange((sections) => {
      const conduct = sections.find((s) => s.titleZh.includes('行为'));
      conduct.items[0].requirementZh = '与业主交谈时应面带微笑，使用普通话和文明用语（修订）';
    });
    const r = await t.ok('{ courses(outdated: true) { id title outdated outdatedSince outdatedBy { id } } }', {}, quality);
    expect(r.courses.map((c: any) => c.title)).toEqual(['保安员行为规范']);
    expect(r.courses[0].outdatedBy.id).toBe(versionId);
    const req = await t.ok(RETRAINING, { c: r.courses[0].id }, hr);
    // passed it: 张伟, 王强, 杨帆, 徐海, 孙浩 (+ 李军 in an earlier test); 陈国栋 is inactive
    const names = req.trainingRequirements.nodes.map((n: any) => n.employee.name).sort();
    expect(names).toEqual(expect.arrayContaining(['张伟', '王强', '杨帆', '徐海', '孙浩']));
    expect(names).not.toContain('陈国栋');
    expect(names).not.toContain('赵勇');
    // due 30 days after the publish date (today)
    expect(req.trainingRequirements.nodes[0]).toMatchObject({ requiredBy: day(30), status: 'REQUIRED' });
    // a course on another section is untouched; moving the course to the new version clears the flag
    const refreshed = await t.ok(
      'mutation($id: ID!, $v: ID!) { refreshCourseToVersion(id: $id, handbookVersionId: $v) { outdated handbookVersion { id } } }',
      { id: r.courses[0].id, v: versionId },
      quality,
    );
    expect(refreshed.refreshCourseToVersion).toEqual({ outdated: false, handbookVersion: { id: versionId } });
  });
});

describe('employees import and attendance export', () => {
  async function workbook(rows: unknown[][], header = ['姓名', '工号', '岗位', '项目编码', '入职日期', '在职']): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('员工');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }
  const IMPORT =
    'mutation($f: String!, $d: Boolean) { importEmployees(fileBase64: $f, dryRun: $d) { written rows created updated errors { row column field reason } } }';

  it('reports every bad row and writes nothing; a clean file is written', async () => {
    const before = await t.countRows('employee');
    const bad = await t.ok(
      IMPORT,
      {
        f: await workbook([
          ['钱多多', 'IM-1', '保安', 'SH-001', '2026-01-05', '是'],
          ['', 'IM-2', '厨师', 'XX-999', '2026-13-01', '是'],
          ['孙小二', 'IM-1', '保洁', 'GZ-001', '2026-02-01', ''],
        ]),
      },
      hr,
    );
    expect(bad.importEmployees.written).toBe(false);
    expect(bad.importEmployees.errors.map((e: any) => `${e.row}:${e.column}:${e.reason}`).sort()).toEqual(
      ['3:入职日期:INVALID_FORMAT', '3:姓名:REQUIRED', '3:岗位:NOT_FOUND', '3:项目编码:NOT_FOUND', '4:工号:TAKEN'].sort(),
    );
    expect(await t.countRows('employee')).toBe(before);
    const good = await t.ok(
      IMPORT,
      {
        f: await workbook([
          ['钱多多', 'IM-1', '保安', 'SH-001', '2026-01-05', '是'],
          ['孙小二', 'IM-2', '保洁', 'GZ-001', '2026-02-01', ''],
        ]),
      },
      hr,
    );
    expect(good.importEmployees).toMatchObject({ written: true, rows: 2, created: 2, errors: [] });
    expect(await t.countRows('employee')).toBe(before + 2);
    expect(codes(await t.gql(IMPORT, { f: await workbook([]) }, quality))).toEqual(['FORBIDDEN']);
  });

  it('offers a template of the current employees that re-imports cleanly, and words unknown codes with params', async () => {
    const res = await t.get('/downloads/employees/template.xlsx', hr);
    expect(res.status).toBe(200);
    expect((await t.get('/downloads/employees/template.xlsx', quality)).status).toBe(403);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['员工', '说明 Notes', '岗位', '项目']);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, '姓名', '工号', '岗位', '项目编码', '入职日期', '在职', '性别']);
    const rows = wb.worksheets[0].rowCount - 1;
    expect(rows).toBeGreaterThan(0);
    const before = await t.countRows('employee');
    const dry = await t.ok(IMPORT.replace('reason }', 'reason params }'), { f: res.body.toString('base64'), d: true }, hr);
    expect(dry.importEmployees).toMatchObject({ written: false, rows, created: 0, updated: rows, errors: [] });
    expect(await t.countRows('employee')).toBe(before);
    const bad = await t.ok(
      IMPORT.replace('reason }', 'reason params }'),
      { f: await workbook([['测试员工', 'T-9001', '保安', 'SH-999', '2026-01-05', '是']]), d: true },
      hr,
    );
    expect(bad.importEmployees.errors).toEqual([
      { row: 2, column: '项目编码', field: 'project', reason: 'NOT_FOUND', params: { value: 'SH-999' } },
    ]);
  });

  it('reads 性别 (男/女/M/F): a bad value names its row, a blank keeps what is recorded', async () => {
    const header = ['姓名', '工号', '岗位', '项目编码', '入职日期', '在职', '性别'];
    const GENDER = 'query($q: String!) { employees(first: 5, filter: { q: $q }) { nodes { employeeNo gender } } }';
    const genderOf = async (no: string) =>
      (await t.ok(GENDER, { q: no }, hr)).employees.nodes.find((e: any) => e.employeeNo === no)?.gender;
    const bad = await t.ok(
      IMPORT.replace('reason }', 'reason params }'),
      { f: await workbook([['周女士', 'G-1', '保洁', 'SH-001', '2026-01-05', '是', '未知']], header) },
      hr,
    );
    expect(bad.importEmployees).toMatchObject({ written: false });
    expect(bad.importEmployees.errors).toEqual([
      { row: 2, column: '性别', field: 'gender', reason: 'INVALID_VALUE', params: { value: '未知' } },
    ]);
    const rows = [
      ['周女士', 'G-1', '保洁', 'SH-001', '2026-01-05', '是', '女'],
      ['郑先生', 'G-2', '保安', 'SH-001', '2026-01-05', '是', 'm'],
    ];
    expect((await t.ok(IMPORT, { f: await workbook(rows, header) }, hr)).importEmployees).toMatchObject({ written: true, created: 2 });
    expect([await genderOf('G-1'), await genderOf('G-2')]).toEqual(['FEMALE', 'MALE']);
    // Re-imported with the column blank (or without it): the recorded gender stays.
    const blank = rows.map((r) => [...r.slice(0, 6), '']);
    expect((await t.ok(IMPORT, { f: await workbook(blank, header) }, hr)).importEmployees).toMatchObject({ written: true, updated: 2 });
    expect((await t.ok(IMPORT, { f: await workbook(rows.map((r) => r.slice(0, 6))) }, hr)).importEmployees.written).toBe(true);
    expect([await genderOf('G-1'), await genderOf('G-2')]).toEqual(['FEMALE', 'MALE']);
  });

  it('exports the attendance sheet with Chinese headers', async () => {
    const s = await t.ok('{ trainingSessions(first: 1) { nodes { id courses { title } enrolledCount } } }', {}, hr);
    const node = s.trainingSessions.nodes[0];
    const res = await t.get(`/downloads/training-sessions/${node.id}/attendance.xlsx`, hr);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('签到表')!;
    expect(ws.getRow(1).getCell(2).value).toBe(node.courses.map((c: any) => c.title).join('、'));
    expect(ws.getRow(7).values).toEqual([undefined, '序号', '姓名', '工号', '岗位', '项目', '出勤', '成绩', '是否合格', '签名']);
    expect(ws.rowCount).toBe(7 + node.enrolledCount);
    expect((await t.get(`/downloads/training-sessions/${node.id}/attendance.xlsx`, await t.token('admin@other.test'))).status).toBe(404);
  });
});

describe('positions', () => {
  const CREATE = 'mutation($i: PositionInput!) { createPosition(input: $i) { id name code version archivedAt } }';
  const UPDATE =
    'mutation($id: ID!, $i: PositionInput!, $v: Int) { updatePosition(id: $id, input: $i, expectedVersion: $v) { id name version } }';
  const ARCHIVE = 'mutation($id: ID!) { archivePosition(id: $id) { id archivedAt } }';

  it('are created, renamed and archived by HR with field errors, version checks and audit entries', async () => {
    const p = (await t.ok(CREATE, { i: { name: '  电梯管理员 ', code: 'LIFT' } }, hr)).createPosition;
    expect(p).toMatchObject({ name: '电梯管理员', code: 'LIFT', archivedAt: null });
    expect(fieldReasons(await t.gql(CREATE, { i: { name: '保安' } }, hr))).toEqual(['input.name:TAKEN']);
    expect(fieldReasons(await t.gql(CREATE, { i: { name: '' } }, hr))).toEqual(['input.name:REQUIRED']);
    const renamed = (await t.ok(UPDATE, { id: p.id, i: { name: '电梯安全管理员', code: 'LIFT' }, v: p.version }, hr)).updatePosition;
    expect(renamed.name).toBe('电梯安全管理员');
    expect(codes(await t.gql(UPDATE, { id: p.id, i: { name: '又改名' }, v: p.version }, hr))).toEqual(['CONFLICT']);
    expect(fieldReasons(await t.gql(UPDATE, { id: p.id, i: { name: '保洁' } }, hr))).toEqual(['input.name:TAKEN']);
    const archived = (await t.ok(ARCHIVE, { id: p.id }, hr)).archivePosition;
    expect(archived.archivedAt).toBeTruthy();
    const listed = await t.ok('{ active: positions { name } all: positions(includeArchived: true) { name } }', {}, hr);
    expect(listed.active.map((x: any) => x.name)).not.toContain('电梯安全管理员');
    expect(listed.all.map((x: any) => x.name)).toContain('电梯安全管理员');
    const audit = await t.ok(
      '{ auditEntries(filter: { entity: "Position" }, first: 100) { nodes { operation entityId } } }',
      {},
      await t.token('admin@demo.test'),
    );
    expect(
      audit.auditEntries.nodes
        .filter((n: any) => n.entityId === p.id)
        .map((n: any) => n.operation)
        .sort(),
    ).toEqual(['archivePosition', 'createPosition', 'updatePosition']);
    // an archived position takes no new employees
    const emp = await t.gql(
      'mutation($i: EmployeeInput!) { createEmployee(input: $i) { id } }',
      { i: { name: '某人', positionId: p.id, projectId: await projectId('SH-001'), hireDate: day(-10) } },
      hr,
    );
    expect(fieldReasons(emp)).toEqual(['input.positionId:NOT_FOUND']);
  });

  it('cannot be archived while active employees hold them, and only HR or an admin changes them', async () => {
    expect(fieldReasons(await t.gql(ARCHIVE, { id: await positionId('保安') }, hr))).toEqual(['id:INVALID_VALUE']);
    expect(codes(await t.gql(CREATE, { i: { name: '质检员' } }, quality))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(ARCHIVE, { id: await positionId('保安') }, viewer))).toEqual(['FORBIDDEN']);
  });
});

describe('editing employees and sessions', () => {
  const UPDATE_EMPLOYEE =
    'mutation($id: ID!, $i: EmployeeInput!, $v: Int) { updateEmployee(id: $id, input: $i, expectedVersion: $v) { id name active version position { name } project { code } } }';
  const UPDATE_SESSION =
    'mutation($id: ID!, $i: TrainingSessionInput!, $v: Int) { updateTrainingSession(id: $id, input: $i, expectedVersion: $v) { id place capacity localDate startsAt status version trainer { email } } }';

  it('moves an employee to another position; their plan requirements follow; errors name the field', async () => {
    const created = await t.ok(
      'mutation($i: EmployeeInput!) { createEmployee(input: $i) { id version } }',
      { i: { name: '调岗员工', positionId: await positionId('保安'), projectId: await projectId('SH-001'), hireDate: day(-30) } },
      hr,
    );
    const id = created.createEmployee.id;
    const before = await t.ok(
      'query($e: ID) { trainingRequirements(filter: { employeeId: $e }) { nodes { course { title } } } }',
      { e: id },
      hr,
    );
    expect(before.trainingRequirements.nodes.length).toBeGreaterThan(0);
    const input = {
      name: '调岗员工',
      positionId: await positionId('保洁'),
      projectId: await projectId('SH-002'),
      hireDate: day(-30),
      active: true,
    };
    const moved = (await t.ok(UPDATE_EMPLOYEE, { id, i: input, v: created.createEmployee.version }, hr)).updateEmployee;
    expect(moved).toMatchObject({ position: { name: '保洁' }, project: { code: 'SH-002' } });
    const after = await t.ok(
      'query($e: ID) { trainingRequirements(filter: { employeeId: $e }) { nodes { course { title } } } }',
      { e: id },
      hr,
    );
    expect(after.trainingRequirements.nodes.map((n: any) => n.course.title)).not.toEqual(
      before.trainingRequirements.nodes.map((n: any) => n.course.title),
    );
    expect(codes(await t.gql(UPDATE_EMPLOYEE, { id, i: input, v: created.createEmployee.version }, hr))).toEqual(['CONFLICT']);
    expect(fieldReasons(await t.gql(UPDATE_EMPLOYEE, { id, i: { ...input, hireDate: '2026-02-30' } }, hr))).toEqual([
      'input.hireDate:INVALID_FORMAT',
    ]);
    expect(codes(await t.gql(UPDATE_EMPLOYEE, { id, i: input }, quality))).toEqual(['FORBIDDEN']);
    const left = (await t.ok(UPDATE_EMPLOYEE, { id, i: { ...input, active: false } }, hr)).updateEmployee;
    expect(left.active).toBe(false);
  });

  it('edits the time, place, trainer and capacity of a session and cancels it; refuses what no longer fits', async () => {
    const on = day(40);
    const input = {
      courseIds: [await courseId('保安员行为规范')],
      trainerUserId: await qualityUserId(),
      startsAt: `${on}T01:00:00Z`,
      endsAt: `${on}T03:00:00Z`,
      place: '培训室',
      capacity: 5,
    };
    const s = (await t.ok(SESSION.replace('status }', 'status version }'), { input }, hr)).createTrainingSession;
    await t.ok(
      'mutation($s: ID!, $e: [ID!]!) { enrolEmployees(sessionId: $s, employeeIds: $e) { id } }',
      { s: s.id, e: [await employeeId('李军'), await employeeId('马超')] },
      hr,
    );
    const later = day(41);
    const hrUser = (await t.ok('{ me { user { id } } }', {}, hr)).me.user.id;
    const edited = (
      await t.ok(
        UPDATE_SESSION,
        {
          id: s.id,
          i: {
            ...input,
            trainerUserId: hrUser,
            startsAt: `${later}T06:00:00Z`,
            endsAt: `${later}T08:00:00Z`,
            place: '二楼会议室',
            capacity: 3,
          },
          v: s.version,
        },
        hr,
      )
    ).updateTrainingSession;
    expect(edited).toMatchObject({ place: '二楼会议室', capacity: 3, localDate: later, trainer: { email: 'hr@demo.test' } });
    expect(codes(await t.gql(UPDATE_SESSION, { id: s.id, i: input, v: s.version }, hr))).toEqual(['CONFLICT']);
    expect(fieldReasons(await t.gql(UPDATE_SESSION, { id: s.id, i: { ...input, capacity: 1 } }, hr))).toEqual([
      'input.capacity:OUT_OF_RANGE',
    ]);
    expect(fieldReasons(await t.gql(UPDATE_SESSION, { id: s.id, i: { ...input, endsAt: input.startsAt } }, hr))).toEqual([
      'input.endsAt:DATE_ORDER',
    ]);
    const inspectorUser = (await t.ok('{ me { user { id } } }', {}, inspector)).me.user.id;
    expect(fieldReasons(await t.gql(UPDATE_SESSION, { id: s.id, i: { ...input, trainerUserId: inspectorUser } }, hr))).toEqual([
      'input.trainerUserId:INVALID_VALUE',
    ]);
    expect(codes(await t.gql(UPDATE_SESSION, { id: s.id, i: input }, quality))).toEqual(['FORBIDDEN']);
    const cancelled = await t.ok('mutation($id: ID!) { cancelTrainingSession(id: $id) { status } }', { id: s.id }, hr);
    expect(cancelled.cancelTrainingSession.status).toBe('CANCELLED');
    expect(fieldReasons(await t.gql(UPDATE_SESSION, { id: s.id, i: input }, hr))).toEqual(['id:INVALID_TRANSITION']);
  });

  it('offers the active admins, Quality Center and HR members as trainers, to HR and admins', async () => {
    const r = await t.ok('{ trainingTrainers { role user { email } } }', {}, hr);
    expect(r.trainingTrainers.map((x: any) => x.user.email).sort()).toEqual([
      'admin@demo.test',
      'hr@demo.test',
      'quality2@demo.test',
      'quality@demo.test',
    ]);
    expect(codes(await t.gql('{ trainingTrainers { role } }', {}, viewer))).toEqual(['FORBIDDEN']);
  });
});

describe('regional operations', () => {
  it('see the sessions of their regions’ projects and the company-wide ones only', async () => {
    const ops = await t.token('ops@demo.test');
    const on = day(50);
    const base = {
      courseIds: [await courseId('保安员行为规范')],
      trainerUserId: await qualityUserId(),
      startsAt: `${on}T01:00:00Z`,
      endsAt: `${on}T03:00:00Z`,
      capacity: 5,
    };
    const south = (await t.ok(SESSION, { input: { ...base, place: '华南培训', projectId: await projectId('GZ-001') } }, hr))
      .createTrainingSession.id;
    const east = (await t.ok(SESSION, { input: { ...base, place: '华东培训', projectId: await projectId('SH-001') } }, hr))
      .createTrainingSession.id;
    const wide = (await t.ok(SESSION, { input: { ...base, place: '公司培训' } }, hr)).createTrainingSession.id;
    const LIST = 'query($f: TrainingSessionFilter) { trainingSessions(filter: $f, first: 100) { totalCount nodes { id } } }';
    const f = { from: `${on}T00:00:00Z`, to: `${plusDays(on, 1)}T00:00:00Z` };
    const seen = (await t.ok(LIST, { f }, ops)).trainingSessions;
    expect(seen.nodes.map((n: any) => n.id).sort()).toEqual([east, wide].sort());
    expect(seen.totalCount).toBe(2);
    expect((await t.ok(LIST, { f }, hr)).trainingSessions.totalCount).toBe(3);
    expect(codes(await t.gql('query($id: ID!) { trainingSession(id: $id) { id } }', { id: south }, ops))).toEqual(['NOT_FOUND']);
    await t.ok('query($id: ID!) { trainingSession(id: $id) { id } }', { id: east }, ops);
  });
});

describe('list statements', () => {
  it('reads sessions, employees and requirements with the same number of statements for 10 or 50 rows', async () => {
    const position = (await t.ok('mutation($i: PositionInput!) { createPosition(input: $i) { id } }', { i: { name: '批量岗位' } }, hr))
      .createPosition.id;
    const projects = [await projectId('SH-001'), await projectId('SH-002'), await projectId('GZ-001')];
    const course = await courseId('保安员行为规范');
    for (let i = 0; i < 50; i++) {
      await t.ok(
        'mutation($i: EmployeeInput!) { createEmployee(input: $i) { id } }',
        { i: { name: `批量员工${String(i).padStart(2, '0')}`, positionId: position, projectId: projects[i % 3], hireDate: day(-100) } },
        hr,
      );
    }
    await t.ok(
      'mutation($i: TrainingPlanInput!) { createTrainingPlan(input: $i) { id } }',
      {
        i: {
          name: '批量计划',
          positionId: position,
          scope: 'TENANT',
          periodStart: day(0),
          periodEnd: day(300),
          items: [{ courseId: course, requiredBy: day(60), passMark: 60 }],
        },
      },
      hr,
    );
    const trainers = [await qualityUserId(), (await t.ok('{ me { user { id } } }', {}, hr)).me.user.id];
    const base = day(200);
    for (let i = 0; i < 50; i++) {
      const d = plusDays(base, i % 7);
      await t.ok(
        SESSION,
        {
          input: {
            courseIds: [course],
            trainerUserId: trainers[i % 2],
            startsAt: `${d}T0${i % 8}:00:00Z`,
            endsAt: `${d}T09:00:00Z`,
            place: `批量${i}`,
            capacity: 5,
            projectId: i % 3 ? projects[i % 3] : null,
          },
        },
        hr,
      );
    }
    const lists = {
      sessions: [
        'query($n: Int, $f: TrainingSessionFilter) { trainingSessions(first: $n, filter: $f) { nodes { id courses { title outdated } trainer { displayName } project { code timeZone } enrolledCount } } }',
        { f: { from: `${base}T00:00:00Z` } },
        'trainingSessions',
      ],
      employees: [
        'query($n: Int, $f: EmployeeFilter) { employees(first: $n, filter: $f) { nodes { id position { name } project { code } } } }',
        { f: { positionId: position } },
        'employees',
      ],
      requirements: [
        'query($n: Int, $f: TrainingRequirementFilter) { trainingRequirements(first: $n, filter: $f) { nodes { id status employee { name position { name } project { code } } course { title } completedSession { id } } } }',
        { f: { positionId: position } },
        'trainingRequirements',
      ],
    } as const;
    for (const [name, [doc, vars, field]] of Object.entries(lists)) {
      t.resetSqlCount();
      const ten = await t.ok(doc, { ...vars, n: 10 }, hr);
      const forTen = t.sqlCount;
      t.resetSqlCount();
      const fifty = await t.ok(doc, { ...vars, n: 50 }, hr);
      const forFifty = t.sqlCount;
      expect([name, ten[field].nodes.length, fifty[field].nodes.length]).toEqual([name, 10, 50]);
      expect([name, forFifty]).toEqual([name, forTen]);
    }
    // recording a sheet: the same statements for 10 or 40 attendees (updates grouped by values)
    const staff = (
      await t.ok('query($f: EmployeeFilter) { employees(first: 50, filter: $f) { nodes { id } } }', { f: { positionId: position } }, hr)
    ).employees.nodes.map((n: any) => n.id);
    const when = day(250);
    const counts: number[] = [];
    for (const group of [staff.slice(0, 10), staff.slice(10, 50)]) {
      const s = (
        await t.ok(
          SESSION,
          {
            input: {
              courseIds: [course],
              trainerUserId: trainers[0],
              startsAt: `${when}T01:00:00Z`,
              endsAt: `${when}T03:00:00Z`,
              place: '批量签到',
              capacity: 60,
            },
          },
          hr,
        )
      ).createTrainingSession.id;
      await t.ok('mutation($s: ID!, $e: [ID!]!) { enrolEmployees(sessionId: $s, employeeIds: $e) { id } }', { s, e: group }, hr);
      t.setNow(noon(when));
      t.resetSqlCount();
      await t.ok(
        'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { id } }',
        { s, e: group.map((employeeId: string) => ({ employeeId, attendance: 'PRESENT', score: 90 })) },
        hr,
      );
      counts.push(t.sqlCount);
      t.setNow(TODAY);
    }
    expect(counts[1]).toBe(counts[0]);
    const done = await t.ok(
      'query($f: TrainingRequirementFilter) { trainingRequirements(first: 100, filter: $f) { nodes { completedOn } } }',
      { f: { positionId: position } },
      hr,
    );
    expect(done.trainingRequirements.nodes.every((n: any) => n.completedOn === when)).toBe(true);
  });
});

describe('sessions with several courses', () => {
  const UPDATE = 'mutation($id: ID!, $i: TrainingSessionInput!) { updateTrainingSession(id: $id, input: $i) { id courses { title } } }';
  it('teach every course: attendance completes the requirement of each; the course list is checked', async () => {
    const conduct = await courseId('保安员行为规范');
    const patrol = await courseId('秩序维护巡逻与消防通道');
    const on = day(60);
    const base = {
      trainerUserId: await qualityUserId(),
      startsAt: `${on}T01:00:00Z`,
      endsAt: `${on}T05:00:00Z`,
      place: '综合培训',
      capacity: 5,
    };
    expect(fieldReasons(await t.gql(SESSION, { input: { ...base, courseIds: [] } }, hr))).toEqual(['input.courseIds:REQUIRED']);
    expect(fieldReasons(await t.gql(SESSION, { input: { ...base, courseIds: [conduct, conduct] } }, hr))).toEqual([
      'input.courseIds.1:TAKEN',
    ]);
    const archived = (
      await t.ok(
        'mutation($i: CourseInput!) { createCourse(input: $i) { id } }',
        { i: await courseInputLike(conduct, '将归档课程') },
        quality,
      )
    ).createCourse.id;
    await t.ok('mutation($id: ID!) { archiveCourse(id: $id) { id } }', { id: archived }, quality);
    expect(fieldReasons(await t.gql(SESSION, { input: { ...base, courseIds: [conduct, archived] } }, hr))).toEqual([
      'input.courseIds.1:NOT_FOUND',
    ]);
    const s = (
      await t.ok(SESSION.replace('status }', 'status courses { title } }'), { input: { ...base, courseIds: [conduct, patrol] } }, hr)
    ).createTrainingSession;
    expect(s.courses.map((c: any) => c.title)).toEqual(['保安员行为规范', '秩序维护巡逻与消防通道']);
    // the strictest default pass mark of the two (80 and 70)
    expect(s.passMark).toBe(80);
    const filtered = await t.ok(
      'query($c: ID) { trainingSessions(filter: { courseId: $c }, first: 100) { nodes { id } } }',
      { c: patrol },
      hr,
    );
    expect(filtered.trainingSessions.nodes.map((n: any) => n.id)).toContain(s.id);
    await t.ok(
      'mutation($s: ID!, $e: [ID!]!) { enrolEmployees(sessionId: $s, employeeIds: $e) { id } }',
      { s: s.id, e: [await employeeId('赵勇')] },
      hr,
    );
    t.setNow(noon(on));
    await t.ok(
      'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { id } }',
      { s: s.id, e: [{ employeeId: await employeeId('赵勇'), attendance: 'PRESENT', score: 90 }] },
      quality,
    );
    expect(await requirement('赵勇', '保安员行为规范')).toMatchObject({ status: 'COMPLETED', completedOn: on });
    expect(await requirement('赵勇', '秩序维护巡逻与消防通道')).toMatchObject({
      status: 'COMPLETED',
      completedOn: on,
      expiresOn: plusMonths(on, 6),
    });
    // with attendance recorded the courses stay; the order may change
    expect(fieldReasons(await t.gql(UPDATE, { id: s.id, i: { ...base, courseIds: [conduct] } }, hr))).toEqual([
      'input.courseIds:INVALID_VALUE',
    ]);
    expect(
      (await t.ok(UPDATE, { id: s.id, i: { ...base, courseIds: [patrol, conduct] } }, hr)).updateTrainingSession.courses.map(
        (c: any) => c.title,
      ),
    ).toEqual(['秩序维护巡逻与消防通道', '保安员行为规范']);
    t.setNow(TODAY);
  });
});

/** A CourseInput teaching what an existing course teaches, under another title. */
async function courseInputLike(id: string, title: string) {
  const c = (await t.ok('query($id: ID!) { course(id: $id) { handbookVersionId sectionKeys standardIds } }', { id }, hr)).course;
  return { title, handbookVersionId: c.handbookVersionId, sectionKeys: c.sectionKeys, standardIds: c.standardIds };
}

describe('courseware attachments and archived courses', () => {
  const CREATE =
    'mutation($i: CourseInput!) { createCourse(input: $i) { id attachments { name url fileId file { contentType bytes url } } } }';
  it('attaches uploaded PDF / Office files or links; refuses missing and unknown files', async () => {
    const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 1)]);
    const up = await t.upload(pdfBytes, 'application/pdf', quality);
    expect(up.status).toBe(201);
    expect(up.json.contentType).toBe('application/pdf');
    const fake = await t.upload(Buffer.from('not a document'), 'application/pdf', quality);
    expect(fake.status).toBe(415);
    const docx = await t.upload(
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml word/document.xml')]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      quality,
    );
    expect(docx.status).toBe(201);
    const base = await courseInputLike(await courseId('保安员行为规范'), '带课件的课程');
    const made = (
      await t.ok(
        CREATE,
        {
          i: {
            ...base,
            attachments: [
              { name: '讲义.pdf', fileId: up.json.id },
              { name: '在线视频', url: 'https://example.com/v' },
            ],
          },
        },
        quality,
      )
    ).createCourse;
    expect(made.attachments).toEqual([
      {
        name: '讲义.pdf',
        url: null,
        fileId: up.json.id,
        file: { contentType: 'application/pdf', bytes: pdfBytes.length, url: `/files/${up.json.id}` },
      },
      { name: '在线视频', url: 'https://example.com/v', fileId: null, file: null },
    ]);
    const got = await t.get(`/files/${up.json.id}`, hr);
    expect(got.status).toBe(200);
    expect(got.body.equals(pdfBytes)).toBe(true);
    const bad = await t.gql(
      CREATE,
      {
        i: {
          ...base,
          title: '坏课件',
          attachments: [
            { name: '空' },
            { name: '不存在', fileId: '00000000-0000-4000-8000-000000000000' },
            { name: '链接', url: 'ftp://x' },
          ],
        },
      },
      quality,
    );
    expect(fieldReasons(bad)).toEqual(['input.attachments.2.url:INVALID_FORMAT']);
    const bad2 = await t.gql(
      CREATE,
      {
        i: { ...base, title: '坏课件', attachments: [{ name: '空' }, { name: '不存在', fileId: '00000000-0000-4000-8000-000000000000' }] },
      },
      quality,
    );
    expect(fieldReasons(bad2)).toEqual(['input.attachments.0.fileId:REQUIRED', 'input.attachments.1.fileId:NOT_FOUND']);
    // another company's file is not found
    const foreign = await t.upload(pdfBytes, 'application/pdf', await t.token('admin@other.test'));
    expect(
      fieldReasons(
        await t.gql(CREATE, { i: { ...base, title: '别家课件', attachments: [{ name: 'x', fileId: foreign.json.id }] } }, quality),
      ),
    ).toEqual(['input.attachments.0.fileId:NOT_FOUND']);
  });

  it('archives a course no active plan uses; it leaves the lists and new plans but keeps its history', async () => {
    const ARCHIVE = 'mutation($id: ID!) { archiveCourse(id: $id) { id archivedAt } }';
    expect(fieldReasons(await t.gql(ARCHIVE, { id: await courseId('保安员行为规范') }, quality))).toEqual(['id:INVALID_VALUE']);
    expect(codes(await t.gql(ARCHIVE, { id: await courseId('保安员行为规范') }, viewer))).toEqual(['FORBIDDEN']);
    const id = (await t.ok(CREATE, { i: await courseInputLike(await courseId('保安员行为规范'), '待归档课程') }, quality)).createCourse.id;
    expect((await t.ok(ARCHIVE, { id }, quality)).archiveCourse.archivedAt).toBeTruthy();
    const lists = await t.ok('{ current: courses { id } all: courses(includeArchived: true) { id } }', {}, hr);
    expect(lists.current.map((c: any) => c.id)).not.toContain(id);
    expect(lists.all.map((c: any) => c.id)).toContain(id);
    const plan = await t.gql(
      'mutation($i: TrainingPlanInput!) { createTrainingPlan(input: $i) { id } }',
      {
        i: {
          name: '用归档课程',
          positionId: await positionId('保安'),
          scope: 'TENANT',
          periodStart: day(0),
          periodEnd: day(100),
          items: [{ courseId: id, requiredBy: day(50), passMark: 60 }],
        },
      },
      hr,
    );
    expect(fieldReasons(plan)).toEqual(['input.items.0.courseId:NOT_FOUND']);
    expect((await t.ok('query($id: ID!) { course(id: $id) { archivedAt } }', { id }, hr)).course.archivedAt).toBeTruthy();
  });
});

describe('plans and courses: who and when (issue 23 item 5)', () => {
  const PLAN = 'mutation($i: TrainingPlanInput!) { createTrainingPlan(input: $i) { id items { requiredBy } } }';
  const UPDATE_PLAN = 'mutation($id: ID!, $i: TrainingPlanInput!) { updateTrainingPlan(id: $id, input: $i) { id } }';

  it('refuses a course due before the plan starts, at the item, with the start as the bound', async () => {
    const input = {
      name: '新项目保安培训',
      positionId: await positionId('保安'),
      scope: 'TENANT',
      periodStart: day(30),
      periodEnd: day(200),
      items: [
        { courseId: await courseId('保安员行为规范'), requiredBy: day(60), passMark: 80 },
        { courseId: await courseId('秩序维护巡逻与消防通道'), requiredBy: day(29), passMark: 70 },
      ],
    };
    const refused = await t.gql(PLAN, { i: input }, hr);
    expect(fieldReasons(refused)).toEqual(['input.items.1.requiredBy:DATE_ORDER']);
    expect((refused.errors?.[0].extensions as any).fields[0].params).toEqual({ min: day(30) });
    // nothing was written
    expect((await t.ok('{ trainingPlans { name } }', {}, hr)).trainingPlans.map((p: any) => p.name)).not.toContain('新项目保安培训');
    // on the start day itself it is fine; and an update is checked the same way
    input.items[1].requiredBy = day(30);
    const plan = (await t.ok(PLAN, { i: input }, hr)).createTrainingPlan;
    expect(plan.items.map((i: any) => i.requiredBy).sort()).toEqual([day(30), day(60)]);
    expect(fieldReasons(await t.gql(UPDATE_PLAN, { id: plan.id, i: { ...input, periodStart: day(45) } }, hr))).toEqual([
      'input.items.1.requiredBy:DATE_ORDER',
    ]);
  });

  it('lets HR create and edit courses (the Quality Center supplies content); inspectors and viewers cannot', async () => {
    const CREATE = 'mutation($i: CourseInput!) { createCourse(input: $i) { id title } }';
    const UPDATE = 'mutation($id: ID!, $i: CourseInput!) { updateCourse(id: $id, input: $i) { id title description } }';
    const like = await courseInputLike(await courseId('保安员行为规范'), 'HR 新建课程');
    const created = (await t.ok(CREATE, { i: like }, hr)).createCourse;
    expect(created.title).toBe('HR 新建课程');
    const edited = (await t.ok(UPDATE, { id: created.id, i: { ...like, description: '品质中心补充课件内容' } }, quality)).updateCourse;
    expect(edited.description).toBe('品质中心补充课件内容');
    expect(codes(await t.gql(CREATE, { i: { ...like, title: '检查员课程' } }, inspector))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(CREATE, { i: { ...like, title: '只读课程' } }, viewer))).toEqual(['FORBIDDEN']);
  });
});
