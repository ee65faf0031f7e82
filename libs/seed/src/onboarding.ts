import {
  Department,
  DepartmentMember,
  OnboardingEvent,
  OnboardingTask,
  OnboardingTemplate,
  Position,
  Project,
  SiteSurvey,
  type TenantDb,
} from '@pinzhi/db';
import { openOnboarding } from '@pinzhi/api-onboarding';
import { addDays, localDateIn } from '@pinzhi/domain';

/**
 * 部门与职责 and 前期接管: the departments of DOMAIN.md with the demo accounts in them, the
 * Quality Center's ten duties, one onboarding template per format the demo uses, and
 * 锦绣华庭 (SH-004) mid-onboarding: started 12 days before the seeding day, the site survey
 * done and filled in, planning under way with two late tasks. 市民服务中心 (GZ-003) stays a
 * PROSPECT to be taken through.
 */
export async function seedOnboarding(
  db: TenantDb,
  users: Record<'admin' | 'quality' | 'hr' | 'ops' | 'cs', string>,
  now: Date,
): Promise<void> {
  // The departments, duties and onboarding templates come from the standard starter pack.
  const depts = new Map((await db.repo(Department).find()).map((d) => [d.code, d]));
  const id = (code: string) => depts.get(code)!.id;
  await db.repo(DepartmentMember).insertMany([
    { departmentId: id('QC'), userId: users.quality },
    { departmentId: id('HR'), userId: users.hr },
    { departmentId: id('OPS'), userId: users.ops },
    { departmentId: id('SUPPORT'), userId: users.admin },
    { departmentId: id('GM'), userId: users.admin },
    { departmentId: id('MCS'), userId: users.cs },
  ]);
  const templates = new Map((await db.repo(OnboardingTemplate).find()).map((t) => [t.format, t]));

  // 锦绣华庭 (SH-004, residential, in its survey stage) mid-onboarding.
  const project = await db.repo(Project).findOne({ code: 'SH-004' });
  if (!project) return;
  const today = localDateIn(now, project.timeZone);
  const onboarding = await openOnboarding(db, {
    project,
    template: templates.get('RESIDENTIAL')!,
    startDate: addDays(today, -12),
    userId: users.ops,
  });
  const tasks = await db.repo(OnboardingTask).find({ where: { onboardingId: onboarding.id }, order: { position: 'ASC' } });
  const done = new Date(now.getTime() - 6 * 24 * 3600 * 1000);
  const [walk, surveyForm, needs, planning] = tasks;
  await db.repo(OnboardingTask).updateByIds([walk!.id], {
    status: 'DONE',
    completedAt: done,
    assigneeUserId: users.admin,
    checklist: walk!.checklist.map((c) => ({ ...c, done: true })),
  });
  await db.repo(OnboardingTask).updateByIds([surveyForm!.id], { status: 'DONE', completedAt: done, assigneeUserId: users.quality });
  await db.repo(OnboardingTask).updateByIds([needs!.id], { status: 'IN_PROGRESS', assigneeUserId: users.ops });
  await db.repo(OnboardingTask).updateByIds([planning!.id], {
    status: 'IN_PROGRESS',
    assigneeUserId: users.quality,
    checklist: planning!.checklist.map((c, i) => ({ ...c, done: i === 0 })),
  });
  const positions = new Map((await db.repo(Position).find()).map((p) => [p.name, p.id]));
  const staffing = (
    [
      ['保安', 18],
      ['保洁', 12],
      ['客服', 4],
      ['工程', 5],
      ['绿化', 3],
    ] as const
  )
    .filter(([name]) => positions.has(name))
    .map(([name, headcount]) => ({ positionId: positions.get(name)!, headcount }));
  await db.repo(SiteSurvey).insert({
    onboardingId: onboarding.id,
    updatedByUserId: users.quality,
    content: {
      surveyedOn: addDays(today, -9),
      areas: [
        { name: '住宅楼栋（12栋）', squareMeters: 98000, note: '高层，2梯4户' },
        { name: '地下车库', squareMeters: 21000, note: '车位 860 个' },
        { name: '会所及泳池', squareMeters: 2600, note: null },
        { name: '绿化及公共区域', squareMeters: 2400, note: null },
      ],
      facilities: [
        { name: '电梯', quantity: 24, condition: '新装，尚未验收' },
        { name: '消防水泵', quantity: 4, condition: '运行正常' },
        { name: '监控摄像头', quantity: 160, condition: '部分未安装' },
      ],
      staffing,
      risks: [
        { description: '开发商遗留工程问题较多（外墙渗水）', level: 'HIGH', mitigation: '承接查验时逐项记录，约定整改期限' },
        { description: '泳池开放季节人员不足', level: 'MEDIUM', mitigation: '夏季临时增派救生员' },
      ],
      summary: '整体交付质量中等，需重点关注遗留工程问题与车库安防。',
    },
  });
  await db.repo(OnboardingEvent).insertMany([
    {
      onboardingId: onboarding.id,
      taskId: walk!.id,
      kind: 'STATUS',
      userId: users.admin,
      text: null,
      fileIds: [],
      data: { from: 'TODO', to: 'DONE' },
    },
    {
      onboardingId: onboarding.id,
      taskId: surveyForm!.id,
      kind: 'COMMENT',
      userId: users.quality,
      text: '勘查表已填写，车库监控缺口较大，请运营支持关注。',
      fileIds: [],
      data: null,
    },
    { onboardingId: onboarding.id, taskId: null, kind: 'SURVEY', userId: users.quality, text: null, fileIds: [], data: null },
  ]);
}
