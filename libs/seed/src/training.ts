import {
  Course,
  Employee,
  Handbook,
  Position,
  Project,
  TrainingEnrolment,
  TrainingPlan,
  TrainingPlanItem,
  TrainingSession,
  TrainingSessionCourse,
  type TenantDb,
} from '@pinzhi/db';
import { loadDoc } from '@pinzhi/api-handbooks';
import { recomputeCompletion, syncPlanRequirements } from '@pinzhi/api-training';
import { addDays, localDateIn, passed, type Attendance } from '@pinzhi/domain';

const POSITIONS: Array<[string, string]> = [
  ['保安', 'SECURITY'],
  ['保洁', 'CLEANER'],
  ['客服', 'CUSTOMER_SERVICE'],
  ['工程', 'ENGINEERING'],
  ['绿化', 'LANDSCAPING'],
  ['案场', 'SALES_OFFICE'],
];

/** The zone of the demo's calendar dates (as the training API's "today"). */
const ZONE = 'Asia/Shanghai';

/**
 * [name, 工号, position, project, hire date (days before the seeding day), active].
 * Most were hired long ago; 马超 after the first conduct session, 林小燕, 刘洪涛 and 吴磊 in
 * the last three months (after every past session, so only the upcoming one is open to them).
 */
/** The demo's women (the rest are men): gender decides who may be charged with a women-only or men-only standard. */
const WOMEN = new Set(['朱丽', '胡秀英', '郭桂兰', '何玉梅', '林小燕', '高静', '罗婷']);

const EMPLOYEES: Array<[string, string, string, string, number, boolean]> = [
  ['张伟', 'SA-1001', '保安', 'SH-001', 1336, true],
  ['王强', 'SA-1002', '保安', 'SH-001', 1016, true],
  ['李军', 'SA-1003', '保安', 'SH-001', 514, true],
  ['赵勇', 'SA-1004', '保安', 'SH-001', 372, true],
  ['刘洪涛', 'SA-1005', '保安', 'SH-001', 46, true],
  ['陈国栋', 'SA-1006', '保安', 'SH-001', 935, false],
  ['杨帆', 'SA-2001', '保安', 'SH-002', 636, true],
  ['黄志明', 'SA-2002', '保安', 'SH-002', 636, true],
  ['周建华', 'SA-2003', '保安', 'SH-002', 438, true],
  ['吴磊', 'SA-2004', '保安', 'SH-002', 25, true],
  ['徐海', 'SA-3001', '保安', 'GZ-001', 1245, true],
  ['孙浩', 'SA-3002', '保安', 'GZ-001', 830, true],
  ['马超', 'SA-3003', '保安', 'GZ-001', 323, true],
  ['朱丽', 'BJ-1001', '保洁', 'SH-001', 1732, true],
  ['胡秀英', 'BJ-1002', '保洁', 'SH-001', 909, true],
  ['郭桂兰', 'BJ-2001', '保洁', 'SH-002', 636, true],
  ['何玉梅', 'BJ-3001', '保洁', 'GZ-001', 1245, true],
  ['林小燕', 'BJ-3002', '保洁', 'GZ-001', 87, true],
  ['高静', 'KF-1001', '客服', 'SH-001', 1054, true],
  ['罗婷', 'KF-2001', '客服', 'SH-002', 636, true],
];

/**
 * The timeline, in days from the seeding day (negative = before). With these offsets a
 * fresh demo always shows the same picture:
 * - conduct (valid 12 months) was taught 260 and 162 days ago and was due 150 days ago:
 *   passes are COMPLETED (expiring in ~3½ and ~6½ months), everyone else OVERDUE;
 * - patrol (valid 6 months = 181–184 days) was taught 175 days ago and was due 58 days ago:
 *   passes expire 6–9 days from now (EXPIRING_SOON), everyone else OVERDUE;
 * - cleaning was taught 232 days ago and is due in 34 days (the others still REQUIRED);
 * - the next conduct session is 18 days ahead, with four enrolled.
 */
const DAYS = {
  conductSession1: -260,
  cleaningSession: -232,
  patrolSession: -175,
  conductSession2: -162,
  conductDue: -150,
  patrolDue: -58,
  upcomingSession: 18,
  cleaningDue: 34,
} as const;

const endOfMonth = (date: string) => {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};

/**
 * A plan "for the current year": the calendar year of the seeding day, widened to whole
 * months when a due date falls outside it (seeding in the first five months puts the
 * conduct deadline in the previous year; seeding in December the cleaning one in the next).
 */
function yearPeriod(today: string, due: string[]): { year: string; periodStart: string; periodEnd: string } {
  const year = today.slice(0, 4);
  const sorted = [...due].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return {
    year,
    periodStart: first < `${year}-01-01` ? `${first.slice(0, 7)}-01` : `${year}-01-01`,
    periodEnd: last > `${year}-12-31` ? endOfMonth(last) : `${year}-12-31`,
  };
}

/**
 * 岗位培训 demo: positions, ~20 employees in SH-001 / SH-002 / GZ-001, courses built from
 * SH-001's published handbook (conduct sections, security, cleaning), a tenant-wide
 * security-guard plan and a cleaners' plan for the current year, past sessions with
 * attendance and scores (some absent or failing) and one upcoming session. Every date is
 * relative to `now` (the seeding moment; calendar days in Asia/Shanghai, see `DAYS`), so
 * the coverage dashboard shows completed, overdue and expiring requirements whenever the
 * demo is created; the same `now` gives the same data.
 */
export async function seedTraining(db: TenantDb, trainerUserId: string, now = new Date()): Promise<void> {
  const today = localDateIn(now, ZONE);
  const day = (offset: number) => addDays(today, offset);
  const positions = new Map<string, Position>();
  for (const [name, code] of POSITIONS) positions.set(name, await db.repo(Position).insert({ name, code, archivedAt: null }));
  const projects = new Map((await db.repo(Project).find()).map((p) => [p.code, p]));
  const employees = await db.repo(Employee).insertMany(
    EMPLOYEES.filter((e) => projects.has(e[3])).map(([name, employeeNo, position, project, hiredDaysAgo, active]) => ({
      name,
      employeeNo,
      positionId: positions.get(position)!.id,
      projectId: projects.get(project)!.id,
      hireDate: day(-hiredDaysAgo),
      active,
      gender: WOMEN.has(name) ? ('FEMALE' as const) : ('MALE' as const),
    })),
  );
  const byName = new Map(employees.map((e) => [e.name, e]));

  const sh001 = projects.get('SH-001');
  const handbook = sh001 ? await db.repo(Handbook).findOne({ projectId: sh001.id }) : null;
  if (!handbook?.latestVersionId) return;
  const doc = await loadDoc(db, handbook.latestVersionId);
  const section = (part: string) => doc.sections.find((s) => s.titleZh.includes(part));
  const course = async (
    title: string,
    description: string,
    parts: string[],
    defaultPassMark: number,
    defaultValidityMonths: number | null,
  ) =>
    db.repo(Course).insert({
      title,
      description,
      handbookId: handbook.id,
      handbookVersionId: handbook.latestVersionId!,
      sectionKeys: parts
        .map(section)
        .filter((s) => !!s)
        .map((s) => s!.key),
      standardIds: [],
      // courseware attachments are optional: a link here (uploaded files come from POST /uploads)
      attachments: [{ name: `${title}（在线课件示例）`, url: 'https://example.com/courseware', fileId: null }],
      defaultPassMark,
      defaultValidityMonths,
      outdatedSince: null,
      outdatedByVersionId: null,
      archivedAt: null,
    });
  const conduct = await course(
    '保安员行为规范',
    '依据工作手册「仪容仪表」「行为举止」章节：着装、须发、服务态度、站姿行走与文明用语。',
    ['仪容', '行为'],
    80,
    12,
  );
  const patrol = await course(
    '秩序维护巡逻与消防通道',
    '依据工作手册「秩序维护」章节：巡逻签到、儿童游乐区检查、消防通道。',
    ['秩序'],
    70,
    6,
  );
  const cleaning = await course('保洁作业标准', '依据工作手册「保洁服务」章节：大堂地面、电梯轿厢、垃圾日产日清。', ['保洁'], 60, 12);

  const guards = yearPeriod(today, [day(DAYS.conductDue), day(DAYS.patrolDue)]);
  const guardPlan = await db.repo(TrainingPlan).insert({
    name: `${guards.year} 年度保安岗位培训计划`,
    positionId: positions.get('保安')!.id,
    scope: 'TENANT',
    regionId: null,
    projectId: null,
    periodStart: guards.periodStart,
    periodEnd: guards.periodEnd,
    archivedAt: null,
  });
  await db.repo(TrainingPlanItem).insertMany([
    { planId: guardPlan.id, courseId: conduct.id, position: 1, requiredBy: day(DAYS.conductDue), passMark: 80, validityMonths: 12 },
    { planId: guardPlan.id, courseId: patrol.id, position: 2, requiredBy: day(DAYS.patrolDue), passMark: 70, validityMonths: 6 },
  ]);
  const cleaners = yearPeriod(today, [day(DAYS.cleaningDue)]);
  const cleanerPlan = await db.repo(TrainingPlan).insert({
    name: `${cleaners.year} 年度保洁岗位培训计划`,
    positionId: positions.get('保洁')!.id,
    scope: 'TENANT',
    regionId: null,
    projectId: null,
    periodStart: cleaners.periodStart,
    periodEnd: cleaners.periodEnd,
    archivedAt: null,
  });
  await db
    .repo(TrainingPlanItem)
    .insertMany([
      { planId: cleanerPlan.id, courseId: cleaning.id, position: 1, requiredBy: day(DAYS.cleaningDue), passMark: 60, validityMonths: 12 },
    ]);

  // [courses, local date, start (UTC time of day, morning or afternoon in China), place, project, capacity, [employee, attendance, score]]
  const sessions: Array<[Course[], string, string, string, string | null, number, Array<[string, Attendance | null, number | null]>]> = [
    [
      [conduct],
      day(DAYS.conductSession1),
      '01:30',
      '翠湖花园 物业服务中心会议室',
      'SH-001',
      20,
      [
        ['张伟', 'PRESENT', 92],
        ['王强', 'PRESENT', 85],
        ['李军', 'LATE', 78],
        ['赵勇', 'ABSENT', null],
        ['陈国栋', 'PRESENT', 88],
      ],
    ],
    [
      [conduct],
      day(DAYS.conductSession2),
      '06:00',
      '金融中心大厦 B1 培训室',
      null,
      20,
      [
        ['杨帆', 'PRESENT', 90],
        ['黄志明', 'PRESENT', 66],
        ['周建华', 'EXCUSED', null],
        ['徐海', 'PRESENT', 95],
        ['孙浩', 'LATE', 82],
        ['马超', 'ABSENT', null],
      ],
    ],
    [
      [patrol],
      day(DAYS.patrolSession),
      '01:00',
      '翠湖花园 监控中心',
      null,
      15,
      [
        ['张伟', 'PRESENT', 88],
        ['王强', 'PRESENT', 74],
        ['杨帆', 'PRESENT', 91],
        ['徐海', 'PRESENT', 65],
      ],
    ],
    [
      [cleaning],
      day(DAYS.cleaningSession),
      '02:00',
      '滨江购物广场 员工活动室',
      null,
      10,
      [
        ['朱丽', 'PRESENT', 90],
        ['何玉梅', 'PRESENT', 72],
        ['郭桂兰', 'ABSENT', null],
      ],
    ],
    // the upcoming one teaches two courses: attending completes both
    [
      [conduct, patrol],
      day(DAYS.upcomingSession),
      '06:00',
      '翠湖花园 物业服务中心会议室',
      null,
      12,
      [
        ['赵勇', null, null],
        ['刘洪涛', null, null],
        ['马超', null, null],
        ['吴磊', null, null],
      ],
    ],
  ];
  for (const [cs, date, time, place, projectCode, capacity, rows] of sessions) {
    const startsAt = new Date(`${date}T${time}:00Z`);
    const passMark = Math.max(...cs.map((c) => c.defaultPassMark));
    const s = await db.repo(TrainingSession).insert({
      trainerUserId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      localDate: localDateIn(startsAt, ZONE),
      place,
      capacity,
      passMark,
      projectId: projectCode ? projects.get(projectCode)!.id : null,
      status: 'PLANNED',
      note: null,
    });
    await db.repo(TrainingSessionCourse).insertMany(cs.map((c, i) => ({ sessionId: s.id, courseId: c.id, position: i + 1 })));
    await db.repo(TrainingEnrolment).insertMany(
      rows
        .filter(([name]) => byName.has(name))
        .map(([name, attendance, score]) => ({
          sessionId: s.id,
          employeeId: byName.get(name)!.id,
          attendance,
          score,
          passed: score == null ? null : passed(attendance, score, passMark),
          recordedAt: attendance ? new Date(startsAt.getTime() + 3 * 3600_000) : null,
          recordedByUserId: attendance ? trainerUserId : null,
        })),
    );
  }
  await syncPlanRequirements(db, null);
  await recomputeCompletion(
    db,
    employees.flatMap((e) => [conduct, patrol, cleaning].map((c) => ({ employeeId: e.id, courseId: c.id }))),
  );
}
