import { TestApp, pastTenantScope } from '@pinzhi/api-testing';

/**
 * The TrainingSessionCourses migration on existing data, on the database under test: down
 * (back to one course per session, the first) and up again (that course becomes the session's
 * only session course) keep every session, enrolment, attendance and completion.
 */
let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start();
  t.setNow(t.seededAt);
});
afterAll(() => t.stop());

const NAME = 'TrainingSessionCourses1795799626015';

describe('migration TrainingSessionCourses', () => {
  it('moves each session’s course into training_session_course and back', async () => {
    const hr = await t.token('hr@demo.test');
    const LIST = '{ trainingSessions(first: 100) { nodes { id courses { title } enrolments { employee { name } attendance score } } } }';
    const before = (await t.ok(LIST, {}, hr)).trainingSessions.nodes as Array<{ id: string; courses: Array<{ title: string }> }>;
    expect(before.some((s) => s.courses.length > 1)).toBe(true);
    const completions = await t.ok('{ trainingRequirements(first: 100) { totalCount nodes { id completedOn } } }', {}, hr);
    const migration = t.dataSource.migrations.find((m) => m.name === NAME)!;
    const q = t.dataSource.createQueryRunner();
    // A migration's statements cross tenants by nature (the statement guard lets them through).
    await pastTenantScope(async () => {
      try {
        await migration.down(q);
        const quote = (c: string) => (t.dialect === 'mysql' ? `\`${c}\`` : `"${c}"`);
        const rows: Array<{ id: string; courseId: string }> = await q.query(
          `SELECT ${quote('id')}, ${quote('courseId')} FROM ${quote('training_session')}`,
        );
        const enrolled: Array<{ sessionId: string; courseId: string }> = await q.query(
          `SELECT ${quote('sessionId')}, ${quote('courseId')} FROM ${quote('training_enrolment')}`,
        );
        const courseIds = new Map((await t.ok('{ courses { id title } }', {}, hr)).courses.map((c: any) => [c.id, c.title]));
        // the first course of each session is its one course again, on the enrolments too
        expect(rows.map((r) => [r.id, courseIds.get(r.courseId)]).sort()).toEqual(before.map((s) => [s.id, s.courses[0]!.title]).sort());
        const bySession = new Map(rows.map((r) => [r.id, r.courseId]));
        expect(enrolled.length).toBeGreaterThan(0);
        expect(enrolled.every((e) => bySession.get(e.sessionId) === e.courseId)).toBe(true);
        await migration.up(q);
      } finally {
        await q.release();
      }
    });
    const after = (await t.ok(LIST, {}, hr)).trainingSessions.nodes as Array<{
      id: string;
      courses: Array<{ title: string }>;
      enrolments: unknown[];
    }>;
    // one course per session now (the first), the rest unchanged
    expect(after.map((s) => [s.id, s.courses.map((c) => c.title)]).sort()).toEqual(before.map((s) => [s.id, [s.courses[0]!.title]]).sort());
    const sheets = (list: any[]) =>
      list.map((s) => [s.id, [...s.enrolments].sort((a: any, b: any) => a.employee.name.localeCompare(b.employee.name))]).sort();
    expect(sheets(after)).toEqual(sheets(before));
    expect(await t.ok('{ trainingRequirements(first: 100) { totalCount nodes { id completedOn } } }', {}, hr)).toEqual(completions);
  });
});
