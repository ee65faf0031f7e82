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
const localDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
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

async function sessions(): Promise<Array<{ localDate: string; course: { title: string }; enrolledCount: number; enrolments: Array<{ employee: { name: string }; attendance: string | null; score: number | null }> }>> {
  const r = await t.ok('{ trainingSessions(first: 20) { totalCount nodes { localDate course { title } trainer { email } enrolledCount enrolments { employee { name } attendance score } } } }', {}, hr);
  return [...r.trainingSessions.nodes].sort((a: any, b: any) => a.localDate.localeCompare(b.localDate));
}

describe('demo data', () => {
  it('has a security-guard plan from the conduct standards, past sessions and a non-empty coverage dashboard', async () => {
    const today = localDate(TODAY);
    const plans = await t.ok('{ trainingPlans { name scope periodStart periodEnd position { name } items { requiredBy passMark validityMonths course { title outdated handbookVersion { number } sectionKeys } } } }', {}, hr);
    const guards = plans.trainingPlans.find((p: any) => p.position.name === '保安');
    expect(guards.scope).toBe('TENANT');
    expect(guards.items[0].course.title).toBe('保安员行为规范');
    expect(guards.items[0].course.sectionKeys.length).toBe(2);
    // a plan for this year; the conduct deadline months back, the patrol one weeks back, both inside the period
    expect(guards.name).toBe(`${today.slice(0, 4)} 年度保安岗位培训计划`);
    const [conductDue, patrolDue] = guards.items.map((i: any) => i.requiredBy);
    expect(conductDue < day(-90) && patrolDue < today && patrolDue > day(-90)).toBe(true);
    expect(guards.periodStart <= conductDue && patrolDue <= guards.periodEnd && guards.periodStart <= today && today <= guards.periodEnd).toBe(true);
    const cov = await t.ok('{ trainingCoverage(groupBy: POSITION) { position { name } required completed pending overdue expiringSoon expired coverage } }', {}, hr);
    const g = cov.trainingCoverage.find((r: any) => r.position.name === '保安');
    // 12 active guards × 2 courses; conduct passed by 5, patrol by 3 (expiring within 30 days)
    expect(g).toEqual({ position: { name: '保安' }, required: 24, completed: 8, pending: 0, overdue: 16, expiringSoon: 3, expired: 0, coverage: 33.3 });
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
    expect(upcoming).toMatchObject({ course: { title: '保安员行为规范' }, enrolledCount: 4 });
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
    const first = (await sessions()).find((s) => s.course.title === '保安员行为规范')!;
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
    const s = await t.ok(SESSION, { input: { courseId: await courseId('保安员行为规范'), trainerUserId: await qualityUserId(), startsAt: `${retrainOn}T01:00:00Z`, endsAt: `${retrainOn}T03:00:00Z`, place: '复训', capacity: 5 } }, hr);
    await t.ok('mutation($s: ID!, $e: [ID!]!) { enrolEmployees(sessionId: $s, employeeIds: $e) { id } }', { s: s.createTrainingSession.id, e: [await employeeId('张伟')] }, hr);
    t.setNow(noon(plusDays(retrainOn, 1)));
    await t.ok('mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { id } }', { s: s.createTrainingSession.id, e: [{ employeeId: await employeeId('张伟'), attendance: 'PRESENT', score: 90 }] }, quality);
    expect(await requirement('张伟', '保安员行为规范')).toMatchObject({ status: 'COMPLETED', completedOn: retrainOn, expiresOn: plusMonths(retrainOn, 12) });
    t.setNow(TODAY);
  });
});

describe('enrolment and attendance', () => {
  it('enforces capacity, duplicates, inactive employees and late hires, whole batch or nothing', async () => {
    const conduct = await courseId('保安员行为规范');
    const on = day(23);
    const s = await t.ok(SESSION, { input: { courseId: conduct, trainerUserId: await qualityUserId(), startsAt: `${on}T01:00:00Z`, endsAt: `${on}T03:00:00Z`, place: '培训室', capacity: 2 } }, hr);
    const id = s.createTrainingSession.id;
    expect(s.createTrainingSession).toMatchObject({ localDate: on, passMark: 80, status: 'PLANNED' });
    const ENROL = 'mutation($s: ID!, $e: [ID!]!) { enrolEmployees(sessionId: $s, employeeIds: $e) { id enrolments { employee { name } } } }';
    const before = await t.countRows('training_enrolment');
    const bad = await t.gql(ENROL, { s: id, e: [await employeeId('赵勇'), await employeeId('陈国栋'), await employeeId('赵勇')] }, hr);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors![0].extensions!['fields'] as any[]).map((f) => `${f.path.join('.')}:${f.reason}`)).toEqual(['employeeIds.1:INVALID_VALUE', 'employeeIds.2:TAKEN']);
    expect(await t.countRows('training_enrolment')).toBe(before);
    // hired after the session was planned, before its date: fine
    const late = await t.ok('mutation($i: EmployeeInput!) { createEmployee(input: $i) { id } }', { i: { name: '新员工甲', positionId: await positionId('保安'), projectId: await projectId('SH-001'), hireDate: plusDays(on, -19) } }, hr);
    const after = await t.ok('mutation($i: EmployeeInput!) { createEmployee(input: $i) { id } }', { i: { name: '新员工乙', positionId: await positionId('保安'), projectId: await projectId('SH-001'), hireDate: plusDays(on, 1) } }, hr);
    const r = await t.gql(ENROL, { s: id, e: [after.createEmployee.id] }, hr);
    expect(fieldReasons(r)).toEqual(['employeeIds.0:DATE_ORDER']);
    await t.ok(ENROL, { s: id, e: [await employeeId('赵勇'), late.createEmployee.id] }, hr);
    const full = await t.gql(ENROL, { s: id, e: [await employeeId('马超')] }, hr);
    expect(fieldReasons(full)).toEqual(['employeeIds.0:OUT_OF_RANGE']);
    // a new guard gets the plan's requirements at once
    const reqs = await t.ok('query($e: ID) { trainingRequirements(filter: { employeeId: $e }) { totalCount } }', { e: late.createEmployee.id }, hr);
    expect(reqs.trainingRequirements.totalCount).toBe(2);
    // by group: the SH-001 guards who fit, refused whole when they do not
    const group = await t.gql('mutation($s: ID!, $p: ID!, $j: ID) { enrolByGroup(sessionId: $s, positionId: $p, projectId: $j) { id } }', { s: id, p: await positionId('保安'), j: await projectId('SH-001') }, hr);
    expect(fieldReasons(group)).toEqual(['sessionId:OUT_OF_RANGE']);
  });

  it('lets the trainer, HR or an admin record the sheet once the session has started; others are refused', async () => {
    const conduct = await courseId('保安员行为规范');
    const on = day(25);
    const s = await t.ok(SESSION, { input: { courseId: conduct, trainerUserId: await qualityUserId(), startsAt: `${on}T01:00:00Z`, endsAt: `${on}T03:00:00Z`, place: '培训室', capacity: 10 } }, hr);
    const id = s.createTrainingSession.id;
    await t.ok('mutation($s: ID!, $e: [ID!]!) { enrolEmployees(sessionId: $s, employeeIds: $e) { id } }', { s: id, e: [await employeeId('李军'), await employeeId('马超')] }, hr);
    const REC = 'mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { enrolments { employee { name } attendance score passed } } }';
    const entries = [
      { employeeId: await employeeId('李军'), attendance: 'PRESENT', score: 85 },
      { employeeId: await employeeId('马超'), attendance: 'ABSENT', score: null },
    ];
    expect(fieldReasons(await t.gql(REC, { s: id, e: entries }, quality))).toEqual(['sessionId:DATE_ORDER']);
    t.setNow(`${on}T05:00:00Z`);
    expect(codes(await t.gql(REC, { s: id, e: entries }, viewer))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(REC, { s: id, e: entries }, inspector))).toEqual(['NOT_FOUND']);
    expect(fieldReasons(await t.gql(REC, { s: id, e: [{ ...entries[1], score: 50 }] }, quality))).toEqual(['entries.0.score:INVALID_VALUE']);
    const ok = await t.ok(REC, { s: id, e: entries }, quality);
    expect(ok.recordAttendance.enrolments.find((e: any) => e.employee.name === '李军')).toMatchObject({ attendance: 'PRESENT', score: 85, passed: true });
    expect(await requirement('李军', '保安员行为规范')).toMatchObject({ status: 'COMPLETED', completedOn: on, expiresOn: plusMonths(on, 12) });
    t.setNow(TODAY);
  });
});

describe('retraining when the handbook changes', () => {
  const SECTIONS = 'sections { key titleZh titleEn items { key score requirementZh requirementEn note standard { id } } frequencies { key taskZh taskEn zoneId locationZh rrule note } }';
  async function publishChange(change: (sections: any[]) => void): Promise<string> {
    const p = await t.ok('{ projects(first: 100) { nodes { code handbook { id } } } }', {}, quality);
    const id = p.projects.nodes.find((n: any) => n.code === 'SH-001').handbook.id;
    const draft = await t.ok('mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id version } }', { id }, quality);
    const v = await t.ok(`query($id: ID!) { handbookVersion(id: $id) { ${SECTIONS} } }`, { id: draft.startHandbookDraft.id }, quality);
    const sections = v.handbookVersion.sections.map((s: any) => ({
      key: s.key,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      items: s.items.map((i: any) => ({ key: i.key, standardId: i.standard.id, requirementZh: i.requirementZh, requirementEn: i.requirementEn, score: i.score, note: i.note })),
      frequencies: s.frequencies.map((f: any) => ({ key: f.key, taskZh: f.taskZh, taskEn: f.taskEn, zoneId: f.zoneId, locationZh: f.locationZh, rrule: f.rrule, note: f.note })),
    }));
    change(sections);
    const saved = await t.ok('mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }', { id, input: { sections }, v: draft.startHandbookDraft.version }, quality);
    const pub = await t.ok('mutation($id: ID!, $v: Int!) { publishHandbook(handbookId: $id, changeSummary: "修订", expectedVersion: $v) { id number } }', { id, v: saved.saveHandbookDraft.version }, quality);
    return pub.publishHandbook.id;
  }
  const RETRAINING = 'query($c: ID) { trainingRequirements(first: 100, filter: { courseId: $c, reason: RETRAINING }) { totalCount nodes { employee { name } requiredBy status sourceVersion { number } } } }';

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
    const refreshed = await t.ok('mutation($id: ID!, $v: ID!) { refreshCourseToVersion(id: $id, handbookVersionId: $v) { outdated handbookVersion { id } } }', { id: r.courses[0].id, v: versionId }, quality);
    expect(refreshed.refreshCourseToVersion).toEqual({ outdated: false, handbookVersion: { id: versionId } });
  });
});

describe('employees import and attendance export', () => {
  async function workbook(rows: unknown[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('员工');
    ws.addRow(['姓名', '工号', '岗位', '项目编码', '入职日期', '在职']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }
  const IMPORT = 'mutation($f: String!, $d: Boolean) { importEmployees(fileBase64: $f, dryRun: $d) { written rows created updated errors { row column field reason } } }';

  it('reports every bad row and writes nothing; a clean file is written', async () => {
    const before = await t.countRows('employee');
    const bad = await t.ok(IMPORT, { f: await workbook([['钱多多', 'IM-1', '保安', 'SH-001', '2026-01-05', '是'], ['', 'IM-2', '厨师', 'XX-999', '2026-13-01', '是'], ['孙小二', 'IM-1', '保洁', 'GZ-001', '2026-02-01', '']]) }, hr);
    expect(bad.importEmployees.written).toBe(false);
    expect(bad.importEmployees.errors.map((e: any) => `${e.row}:${e.column}:${e.reason}`).sort()).toEqual(['3:入职日期:INVALID_FORMAT', '3:姓名:REQUIRED', '3:岗位:NOT_FOUND', '3:项目编码:NOT_FOUND', '4:工号:TAKEN'].sort());
    expect(await t.countRows('employee')).toBe(before);
    const good = await t.ok(IMPORT, { f: await workbook([['钱多多', 'IM-1', '保安', 'SH-001', '2026-01-05', '是'], ['孙小二', 'IM-2', '保洁', 'GZ-001', '2026-02-01', '']]) }, hr);
    expect(good.importEmployees).toMatchObject({ written: true, rows: 2, created: 2, errors: [] });
    expect(await t.countRows('employee')).toBe(before + 2);
    expect(codes(await t.gql(IMPORT, { f: await workbook([]) }, quality))).toEqual(['FORBIDDEN']);
  });

  it('exports the attendance sheet with Chinese headers', async () => {
    const s = await t.ok('{ trainingSessions(first: 1) { nodes { id course { title } enrolledCount } } }', {}, hr);
    const node = s.trainingSessions.nodes[0];
    const res = await t.get(`/downloads/training-sessions/${node.id}/attendance.xlsx`, hr);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('签到表')!;
    expect(ws.getRow(1).getCell(2).value).toBe(node.course.title);
    expect(ws.getRow(7).values).toEqual([undefined, '序号', '姓名', '工号', '岗位', '项目', '出勤', '成绩', '是否合格', '签名']);
    expect(ws.rowCount).toBe(7 + node.enrolledCount);
    expect((await t.get(`/downloads/training-sessions/${node.id}/attendance.xlsx`, await t.token('admin@other.test'))).status).toBe(404);
  });
});
