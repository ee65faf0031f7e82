import {
  Department,
  DepartmentMember,
  Duty,
  OnboardingEvent,
  OnboardingTask,
  OnboardingTemplate,
  Position,
  Project,
  SiteSurvey,
  type OnboardingTemplateTask,
  type TenantDb,
} from '@pinzhi/db';
import { openOnboarding } from '@pinzhi/api-onboarding';
import { addDays, localDateIn, type OnboardingDeliverable, type OnboardingPhase, type PropertyFormat } from '@pinzhi/domain';
import { randomUUID } from 'node:crypto';

/** The departments of DOMAIN.md (key, Chinese, English). */
const DEPARTMENTS: Array<[string, string, string]> = [
  ['QC', '品质控制管理中心', 'Quality Center'],
  ['HR', '人力资源管理中心', 'HR Center'],
  ['OPS', '区域运营管理中心', 'Regional Operations'],
  ['SUPPORT', '运营支持管理中心', 'Operations Support'],
  ['MCS', '市场营销和客户服务管理中心', 'Marketing & Customer Service'],
  ['GM', '总经理办公室', 'General Manager'],
];

/** The Quality Center's ten duties (seed section 二) with their 【需协同部门】. */
const DUTIES: Array<[string, string, string[]]> = [
  [
    '根据不同业态及项目建立品质控制体系，制定品质控制管理制度',
    'Build a quality-control system per property format and project; write QC regulations',
    [],
  ],
  [
    '根据各项目服务合同及运营情况编制项目工作手册，并随时修订',
    "Write each project's work handbook from its service contract and operations; revise it at any time",
    [],
  ],
  [
    '根据工作手册协助人力资源管理中心制定各岗位培训计划及课件，并参与授课',
    'Help HR make per-position training plans and courseware from the handbooks; teach sessions',
    ['HR'],
  ],
  [
    '按工作手册检查服务品质：制定检查频次、组织日常检查并汇总，制定服务频次，定期评价项目品质',
    'Inspect service quality per the handbook: inspection and service frequencies, daily inspections, periodic evaluation',
    [],
  ],
  ['协助区域运营管理中心完成新项目的前期接管工作', 'Help Regional Operations take over new projects', ['SUPPORT']],
  [
    '负责新项目的现场勘查、服务策划及服务方案的起草',
    'Site survey, service planning and drafting the service proposal of new projects',
    ['SUPPORT'],
  ],
  [
    '收集检查中发现的客户反馈信息并转交市场营销和客户服务管理中心',
    'Collect feedback found during inspections and pass it to Marketing & Customer Service',
    [],
  ],
  [
    '定期监控、控制并调整各项目的运营成本',
    "Periodically monitor, control and adjust projects' operating costs",
    ['HR', 'OPS', 'SUPPORT', 'MCS'],
  ],
  [
    '牵头处理重大服务品质投诉、纠纷及技术问题，协调跟进直至解决',
    'Convene on major service-quality complaints, disputes and technical problems; see them through',
    [],
  ],
  ['其他品质控制相关工作', 'Other quality-control work', []],
];

type TaskSeed = [OnboardingPhase, string, string, string[], number, boolean, string[], OnboardingDeliverable?];
/** The playbook every format starts from: [phase, title, owner, collaborators, due offset, required, checklist, deliverable]. */
const TASKS: TaskSeed[] = [
  ['SITE_SURVEY', '现场踏勘：查看物业区域与设施设备', 'SUPPORT', ['QC', 'OPS'], 3, true, ['总平面图', '设施设备清单', '现场照片']],
  ['SITE_SURVEY', '填写现场勘查表（面积、设施、人员测算、风险）', 'QC', ['SUPPORT'], 5, true, [], 'SITE_SURVEY'],
  ['SITE_SURVEY', '收集开发商及业主需求', 'OPS', ['MCS'], 5, false, []],
  ['SERVICE_PLANNING', '服务策划：确定服务标准与服务频次', 'QC', ['SUPPORT'], 10, true, ['服务标准清单', '服务频次表']],
  ['SERVICE_PLANNING', '人员配置测算', 'HR', ['OPS'], 10, true, []],
  [
    'SERVICE_PROPOSAL',
    '起草服务方案（章节、人员配置、月度费用测算）',
    'SUPPORT',
    ['QC'],
    15,
    true,
    ['服务方案文本', '人员配置表', '费用测算表'],
  ],
  ['SERVICE_PROPOSAL', '服务方案内部评审', 'OPS', ['QC', 'SUPPORT'], 18, true, []],
  ['TAKEOVER_PREPARATION', '人员招聘与入职登记', 'HR', ['OPS'], 25, true, []],
  ['TAKEOVER_PREPARATION', '岗前培训安排', 'HR', ['QC'], 28, false, []],
  ['TAKEOVER_PREPARATION', '承接查验与设施设备交接', 'OPS', ['SUPPORT', 'QC'], 28, true, ['交接清单', '遗留问题清单']],
  ['GO_LIVE', '确认工作手册与检查频次', 'QC', [], 30, true, []],
  ['GO_LIVE', '项目上线启动会', 'OPS', ['QC', 'SUPPORT', 'HR'], 30, true, []],
];

const EXTRA_TASKS: Partial<Record<PropertyFormat, TaskSeed[]>> = {
  SALES_CENTER: [['SERVICE_PLANNING', '策划客户意见征询（2–3轮问卷、电话、面访）', 'MCS', ['QC'], 12, false, []]],
  COMMERCIAL: [['SERVICE_PLANNING', '商户服务及营业时间策划', 'OPS', ['MCS'], 12, false, []]],
};

const FORMAT_NAMES: Array<[PropertyFormat, string]> = [
  ['RESIDENTIAL', '住宅项目前期接管模板'],
  ['OFFICE', '写字楼项目前期接管模板'],
  ['COMMERCIAL', '商业综合体前期接管模板'],
  ['INDUSTRIAL_PARK', '产业园区前期接管模板'],
  ['PUBLIC_BUILDING', '公共建筑前期接管模板'],
  ['SALES_CENTER', '售楼处案场前期接管模板'],
];

const PROPOSAL_SECTIONS: Array<[string, string]> = [
  ['项目概况', '（物业位置、业态、建筑面积、交付时间等）'],
  ['服务范围与标准', '（秩序维护、保洁、绿化、设施设备、客户服务的范围与标准）'],
  ['组织架构与人员配置', '（项目组织架构、各岗位人数及排班）'],
  ['服务频次', '（主要服务项目的服务频次，如大堂地面每日清洁3次）'],
  ['费用测算说明', '（人工成本、物料、能耗及其他费用的测算依据）'],
  ['前期接管计划', '（承接查验、人员进场、培训、上线的时间安排）'],
];

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
  const depts = new Map<string, Department>();
  for (const [i, [code, name, nameEn]] of DEPARTMENTS.entries())
    depts.set(code, await db.repo(Department).insert({ name, nameEn, code, position: i + 1, archivedAt: null }));
  const id = (code: string) => depts.get(code)!.id;
  await db.repo(DepartmentMember).insertMany([
    { departmentId: id('QC'), userId: users.quality },
    { departmentId: id('HR'), userId: users.hr },
    { departmentId: id('OPS'), userId: users.ops },
    { departmentId: id('SUPPORT'), userId: users.admin },
    { departmentId: id('GM'), userId: users.admin },
    { departmentId: id('MCS'), userId: users.cs },
  ]);
  await db.repo(Duty).insertMany(
    DUTIES.map(([titleZh, titleEn, collaborators], i) => ({
      position: i + 1,
      titleZh,
      titleEn,
      ownerDepartmentId: id('QC'),
      collaboratorDepartmentIds: collaborators.map(id),
      archivedAt: null,
    })),
  );
  const templates = new Map<PropertyFormat, OnboardingTemplate>();
  for (const [format, name] of FORMAT_NAMES) {
    const tasks: OnboardingTemplateTask[] = [...TASKS, ...(EXTRA_TASKS[format] ?? [])].map(
      ([phase, title, owner, collaborators, dueOffsetDays, required, checklist, deliverable]) => ({
        key: randomUUID(),
        phase,
        title,
        ownerDepartmentId: id(owner),
        collaboratorDepartmentIds: collaborators.map(id),
        dueOffsetDays,
        required,
        checklist,
        deliverable: deliverable ?? null,
      }),
    );
    const proposalSections = PROPOSAL_SECTIONS.map(([title, body]) => ({ key: randomUUID(), title, body }));
    templates.set(format, await db.repo(OnboardingTemplate).insert({ name, format, tasks, proposalSections, archivedAt: null }));
  }

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
