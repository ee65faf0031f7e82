/**
 * The 'standard' starter pack (标准初始内容): what a new company starts from and what the demo
 * company is seeded with — the standards library (every conduct rule of the source document, the
 * sales-office items and a few operational standards), a work-handbook template per property
 * format, inspection checklists, a holiday list, default inspection frequencies per format,
 * the departments, the Quality Center's ten duties with their collaborating departments, and
 * an onboarding template per format. Plain data: `applyStarterPack` copies it into a company
 * with new ids.
 */
import { randomUUID } from 'node:crypto';
import type { Standard } from '@pinzhi/db';
import type {
  AssigneeRole,
  HandbookDoc,
  HandbookSectionDoc,
  OnboardingDeliverable,
  OnboardingPhase,
  PropertyFormat,
} from '@pinzhi/domain';
import { CONDUCT_STANDARDS, SALES_OFFICE_STANDARDS, type StandardSeed } from './conduct-standards';

/** A few operational standards beyond the seed document, so templates have service content. */
export const OPERATIONS_STANDARDS: StandardSeed[] = [
  {
    code: 'OPS-CLN-01',
    category: 'CLEANING',
    titleZh: '大堂地面洁净',
    titleEn: 'Lobby floor clean',
    requirementZh: '大堂地面无污渍、无积水、无杂物，踢脚线无积尘。',
    requirementEn: 'Lobby floor free of stains, standing water and litter; skirting free of dust.',
    positions: ['CLEANER'],
    condition: null,
    checkMethod: 'OBSERVE',
    defaultScore: 3,
    critical: false,
    formats: [],
    source: '示范物业保洁作业标准',
  },
  {
    code: 'OPS-CLN-02',
    category: 'CLEANING',
    titleZh: '电梯轿厢清洁',
    titleEn: 'Lift cars clean',
    requirementZh: '轿厢四壁、按钮面板无指印污渍，地面无垃圾，无异味。',
    requirementEn: 'Lift walls and button panels free of prints; floor free of litter; no odour.',
    positions: ['CLEANER'],
    condition: null,
    checkMethod: 'OBSERVE',
    defaultScore: 2,
    critical: false,
    formats: [],
    source: '示范物业保洁作业标准',
  },
  {
    code: 'OPS-CLN-03',
    category: 'CLEANING',
    titleZh: '垃圾日产日清',
    titleEn: 'Waste removed daily',
    requirementZh: '生活垃圾日产日清，垃圾桶外表洁净、无满溢，垃圾房无异味。',
    requirementEn: 'Household waste removed every day; bins clean and not overflowing; bin room without odour.',
    positions: ['CLEANER'],
    condition: null,
    checkMethod: 'OBSERVE',
    defaultScore: 3,
    critical: false,
    formats: [],
    source: '示范物业保洁作业标准',
  },
  {
    code: 'OPS-SEC-01',
    category: 'SECURITY',
    titleZh: '巡逻按时签到',
    titleEn: 'Patrol check-ins on time',
    requirementZh: '按巡逻路线和时间巡查，巡更点按时签到，异常情况及时上报并记录。',
    requirementEn: 'Patrol the route on schedule, check in at every point on time, report and record anything abnormal.',
    positions: ['SECURITY'],
    condition: null,
    checkMethod: 'DOCUMENT',
    defaultScore: 3,
    critical: false,
    formats: [],
    source: '示范物业秩序维护标准',
  },
  {
    code: 'OPS-SEC-02',
    category: 'SECURITY',
    titleZh: '消防通道畅通',
    titleEn: 'Fire exits unobstructed',
    requirementZh: '消防通道、安全出口畅通无堵塞，应急照明和疏散指示完好。',
    requirementEn: 'Fire lanes and exits unobstructed; emergency lighting and exit signs working.',
    positions: ['SECURITY'],
    condition: null,
    checkMethod: 'OBSERVE',
    defaultScore: 5,
    critical: true,
    formats: [],
    source: '示范物业秩序维护标准',
  },
  {
    code: 'OPS-CS-01',
    category: 'CUSTOMER_SERVICE',
    titleZh: '报修及时响应',
    titleEn: 'Repair requests answered promptly',
    requirementZh: '客户报修15分钟内响应，按约定时间上门，完成后回访。',
    requirementEn: 'Answer repair requests within 15 minutes, arrive at the agreed time, follow up afterwards.',
    positions: ['CUSTOMER_SERVICE'],
    condition: null,
    checkMethod: 'DOCUMENT',
    defaultScore: 3,
    critical: false,
    formats: [],
    source: '示范物业客户服务标准',
  },
  {
    code: 'OPS-LND-01',
    category: 'LANDSCAPING',
    titleZh: '绿化修剪整齐',
    titleEn: 'Planting trimmed',
    requirementZh: '草坪平整无杂草，绿篱修剪整齐，无枯枝死株。',
    requirementEn: 'Lawns even and weed-free, hedges trimmed, no dead branches or plants.',
    positions: ['LANDSCAPING'],
    condition: null,
    checkMethod: 'OBSERVE',
    defaultScore: 2,
    critical: false,
    formats: [],
    source: '示范物业绿化养护标准',
  },
  {
    code: 'OPS-ENG-01',
    category: 'ENGINEERING',
    titleZh: '设备房巡检记录',
    titleEn: 'Plant-room inspection log',
    requirementZh: '水泵房、配电房每日巡检并记录运行参数，记录完整可追溯。',
    requirementEn: 'Pump and switch rooms inspected daily with readings logged; records complete and traceable.',
    positions: ['ENGINEERING'],
    condition: null,
    checkMethod: 'DOCUMENT',
    defaultScore: 3,
    critical: false,
    formats: [],
    source: '示范物业工程管理标准',
  },
];

export const STANDARD_SEEDS = [...CONDUCT_STANDARDS, ...SALES_OFFICE_STANDARDS, ...OPERATIONS_STANDARDS];

export type SectionPlan = {
  titleZh: string;
  titleEn: string;
  codes: (code: string) => boolean;
  frequencies?: Array<{ taskZh: string; locationZh: string; rrule: string; note?: string }>;
};

const CONDUCT_APPEARANCE = (c: string) => /^CON-(ATT|HAI|HYG|MKP|GRM)/.test(c);
const CONDUCT_BEHAVIOUR = (c: string) => /^CON-(SVC|WLK|SIT|BEH)/.test(c);

export const HANDBOOK_TEMPLATES: Array<{ name: string; format: PropertyFormat; sections: SectionPlan[] }> = [
  {
    name: '住宅项目工作手册模板',
    format: 'RESIDENTIAL',
    sections: [
      { titleZh: '一、仪容仪表', titleEn: 'Appearance', codes: CONDUCT_APPEARANCE },
      { titleZh: '二、行为举止', titleEn: 'Conduct', codes: CONDUCT_BEHAVIOUR },
      {
        titleZh: '三、保洁服务',
        titleEn: 'Cleaning',
        codes: (c) => /^OPS-CLN/.test(c),
        frequencies: [
          { taskZh: '大堂地面拖洗', locationZh: '大堂', rrule: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0', note: '每日3次' },
          { taskZh: '电梯轿厢清洁', locationZh: '电梯厅', rrule: 'FREQ=DAILY;BYHOUR=9,15;BYMINUTE=0' },
          { taskZh: '垃圾清运', locationZh: '垃圾房', rrule: 'FREQ=DAILY;BYHOUR=7;BYMINUTE=0' },
        ],
      },
      {
        titleZh: '四、秩序维护',
        titleEn: 'Security',
        codes: (c) => /^OPS-SEC/.test(c),
        frequencies: [{ taskZh: '园区巡逻', locationZh: '中心花园', rrule: 'FREQ=HOURLY;INTERVAL=2', note: '全天每2小时一次' }],
      },
      { titleZh: '五、客户服务与工程', titleEn: 'Customer service and engineering', codes: (c) => /^OPS-(CS|ENG)/.test(c) },
      {
        titleZh: '六、绿化养护',
        titleEn: 'Landscaping',
        codes: (c) => /^OPS-LND/.test(c),
        frequencies: [{ taskZh: '草坪修剪', locationZh: '中心花园', rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0' }],
      },
    ],
  },
  {
    name: '写字楼项目工作手册模板',
    format: 'OFFICE',
    sections: [
      { titleZh: '一、仪容仪表', titleEn: 'Appearance', codes: CONDUCT_APPEARANCE },
      { titleZh: '二、行为举止', titleEn: 'Conduct', codes: CONDUCT_BEHAVIOUR },
      {
        titleZh: '三、保洁服务',
        titleEn: 'Cleaning',
        codes: (c) => /^OPS-CLN-0[12]/.test(c),
        frequencies: [
          { taskZh: '大堂地面拖洗', locationZh: '一层大堂', rrule: 'FREQ=DAILY;BYHOUR=7,11,14,17;BYMINUTE=0' },
          { taskZh: '卫生间巡查保洁', locationZh: '卫生间', rrule: 'FREQ=HOURLY;BYHOUR=8,9,10,11,12,13,14,15,16,17,18' },
        ],
      },
      { titleZh: '四、安全与工程', titleEn: 'Security and engineering', codes: (c) => /^OPS-(SEC|ENG)/.test(c) },
    ],
  },
  {
    name: '商业项目工作手册模板',
    format: 'COMMERCIAL',
    sections: [
      { titleZh: '一、仪容仪表', titleEn: 'Appearance', codes: CONDUCT_APPEARANCE },
      { titleZh: '二、行为举止', titleEn: 'Conduct', codes: CONDUCT_BEHAVIOUR },
      {
        titleZh: '三、保洁与安全',
        titleEn: 'Cleaning and security',
        codes: (c) => /^OPS-(CLN|SEC)/.test(c),
        frequencies: [{ taskZh: '中庭地面保洁', locationZh: '中庭', rrule: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=10,12,14,16,18,20' }],
      },
    ],
  },
  {
    name: '产业园区项目工作手册模板',
    format: 'INDUSTRIAL_PARK',
    sections: [
      { titleZh: '一、仪容仪表', titleEn: 'Appearance', codes: CONDUCT_APPEARANCE },
      { titleZh: '二、行为举止', titleEn: 'Conduct', codes: CONDUCT_BEHAVIOUR },
      {
        titleZh: '三、园区保洁与绿化',
        titleEn: 'Cleaning and landscaping',
        codes: (c) => /^OPS-(CLN|LND)/.test(c),
        frequencies: [{ taskZh: '园区道路清扫', locationZh: '园区大门', rrule: 'FREQ=DAILY;BYHOUR=7,13;BYMINUTE=0' }],
      },
      {
        titleZh: '四、安全与工程',
        titleEn: 'Security and engineering',
        codes: (c) => /^OPS-(SEC|ENG)/.test(c),
        frequencies: [{ taskZh: '园区夜间巡逻', locationZh: '园区大门', rrule: 'FREQ=DAILY;BYHOUR=20,22,0,2,4;BYMINUTE=0' }],
      },
    ],
  },
  {
    name: '公共建筑项目工作手册模板',
    format: 'PUBLIC_BUILDING',
    sections: [
      { titleZh: '一、仪容仪表', titleEn: 'Appearance', codes: CONDUCT_APPEARANCE },
      { titleZh: '二、行为举止', titleEn: 'Conduct', codes: CONDUCT_BEHAVIOUR },
      {
        titleZh: '三、办事大厅服务',
        titleEn: 'Service hall',
        codes: (c) => /^OPS-(CLN|SEC-02|CS)/.test(c),
        frequencies: [
          { taskZh: '办事大厅巡查保洁', locationZh: '办事大厅', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,11,14,16;BYMINUTE=0' },
          { taskZh: '卫生间保洁', locationZh: '卫生间', rrule: 'FREQ=HOURLY;BYHOUR=8,9,10,11,12,13,14,15,16,17' },
        ],
      },
    ],
  },
  {
    name: '售楼中心案场服务手册模板',
    format: 'SALES_CENTER',
    sections: [
      { titleZh: '一、仪容仪表', titleEn: 'Appearance', codes: CONDUCT_APPEARANCE },
      { titleZh: '二、行为举止', titleEn: 'Conduct', codes: CONDUCT_BEHAVIOUR },
      {
        titleZh: '三、案场服务',
        titleEn: 'Sales-office service',
        codes: (c) => /^SAL-/.test(c),
        frequencies: [
          {
            taskZh: '售楼大厅巡视',
            locationZh: '售楼大厅',
            rrule: 'FREQ=MINUTELY;INTERVAL=15;BYHOUR=9,10,11,12,13,14,15,16,17',
            note: '09:00–18:00 每15分钟',
          },
          { taskZh: '样板房清洁', locationZh: '样板房', rrule: 'FREQ=DAILY;BYHOUR=8,13;BYMINUTE=30' },
          { taskZh: '洽谈区桌面整理', locationZh: '洽谈区', rrule: 'FREQ=HOURLY;BYHOUR=9,10,11,12,13,14,15,16,17' },
        ],
      },
    ],
  },
];

const PACK_ORDER = new Map(STANDARD_SEEDS.map((st, i) => [st.code, i] as [string, number]));
/** A standard's place in the pack (one the pack does not have goes last). */
const packOrder = (code: string) => PACK_ORDER.get(code) ?? Number.MAX_SAFE_INTEGER;

export function buildDoc(plan: SectionPlan[], byCode: Map<string, Standard>): HandbookDoc {
  return {
    sections: plan.map<HandbookSectionDoc>((s) => ({
      key: randomUUID(),
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      // In the pack's own order (the source document's): the standards come from a query without
      // an order (on MariaDB, by random UUID), and a handbook's items must not change places
      // from one install to the next.
      items: [...byCode.values()]
        .filter((st) => s.codes(st.code))
        .sort((x, y) => packOrder(x.code) - packOrder(y.code))
        .map((st) => ({ key: randomUUID(), standardId: st.id, requirementZh: null, requirementEn: null, score: null, note: null })),
      frequencies: (s.frequencies ?? []).map((f) => ({
        key: randomUUID(),
        taskZh: f.taskZh,
        taskEn: null,
        zoneId: null,
        locationZh: f.locationZh,
        rrule: f.rrule,
        note: f.note ?? null,
      })),
    })),
  };
}

/** Chinese public holidays (法定节假日) as announced for 2026, and New Year 2027. */
export const HOLIDAYS = [
  '2026-01-01',
  '2026-01-02',
  '2026-01-03',
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
  '2026-02-23',
  '2026-04-04',
  '2026-04-05',
  '2026-04-06',
  '2026-05-01',
  '2026-05-02',
  '2026-05-03',
  '2026-05-04',
  '2026-05-05',
  '2026-06-19',
  '2026-06-20',
  '2026-06-21',
  '2026-09-25',
  '2026-09-26',
  '2026-09-27',
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
  '2027-01-01',
  '2027-01-02',
  '2027-01-03',
];

export type ItemPlan = {
  code: string;
  points?: number;
  critical?: boolean;
  naAllowed?: boolean;
  deductions?: Array<[string, number]>;
  checkpointZh?: string;
};
export type ChecklistPlan = {
  name: string;
  format: PropertyFormat | null;
  description: string;
  passScore: number;
  sections: Array<{ titleZh: string; titleEn: string; items: ItemPlan[] }>;
};

export const CHECKLISTS: ChecklistPlan[] = [
  {
    name: '住宅日常品质巡检表',
    format: 'RESIDENTIAL',
    description: '住宅项目每日巡检：保洁、秩序维护与员工仪容',
    passScore: 85,
    sections: [
      {
        titleZh: '一、保洁',
        titleEn: 'Cleaning',
        items: [
          {
            code: 'OPS-CLN-01',
            points: 10,
            deductions: [
              ['地面有污渍', 3],
              ['有积水未处理', 5],
            ],
          },
          { code: 'OPS-CLN-02', points: 6, deductions: [['按钮面板有指印', 2]] },
          {
            code: 'OPS-CLN-03',
            points: 8,
            deductions: [
              ['垃圾桶满溢', 4],
              ['垃圾房有异味', 2],
            ],
          },
        ],
      },
      {
        titleZh: '二、秩序维护',
        titleEn: 'Security',
        items: [
          { code: 'OPS-SEC-01', points: 10, deductions: [['漏签巡更点', 5]] },
          {
            code: 'OPS-SEC-02',
            points: 15,
            critical: true,
            checkpointZh: '抽查两处消防通道与安全出口：无堵塞、无上锁，应急照明与疏散指示完好。',
          },
        ],
      },
      {
        titleZh: '三、员工仪容仪表',
        titleEn: 'Staff appearance',
        items: [
          { code: 'CON-ATT-01', points: 4 },
          { code: 'CON-ATT-02', points: 4 },
          { code: 'CON-HAI-03', points: 3, naAllowed: true },
        ],
      },
    ],
  },
  {
    name: '案场服务检查表',
    format: 'SALES_CENTER',
    description: '售楼处案场接待与环境检查',
    passScore: 90,
    sections: [
      {
        titleZh: '一、案场接待',
        titleEn: 'Reception',
        items: [
          { code: 'SAL-CNS-01', points: 10 },
          { code: 'SAL-CNS-02', points: 10 },
          { code: 'SAL-SUR-01', points: 8, naAllowed: true },
        ],
      },
      {
        titleZh: '二、环境与安全',
        titleEn: 'Environment and safety',
        items: [
          { code: 'OPS-CLN-01', points: 8 },
          { code: 'OPS-SEC-02', points: 10, critical: true },
        ],
      },
    ],
  },
  {
    name: '员工行为规范月度检查',
    format: null,
    description: '依据公司基本行为规范，每月抽查各岗位员工',
    passScore: 80,
    sections: [
      {
        titleZh: '一、服务态度与行走',
        titleEn: 'Attitude',
        items: [
          { code: 'CON-SVC-01', points: 5 },
          { code: 'CON-WLK-01', points: 3 },
          { code: 'CON-SIT-01', points: 3 },
        ],
      },
      {
        titleZh: '二、其他行为',
        titleEn: 'Other conduct',
        items: [
          { code: 'CON-BEH-01', points: 4 },
          { code: 'CON-BEH-02', points: 4 },
        ],
      },
    ],
  },
];

/** The departments of DOMAIN.md (key, Chinese, English). */
export const DEPARTMENTS: Array<[string, string, string]> = [
  ['QC', '品质控制管理中心', 'Quality Center'],
  ['HR', '人力资源管理中心', 'HR Center'],
  ['OPS', '区域运营管理中心', 'Regional Operations'],
  ['SUPPORT', '运营支持管理中心', 'Operations Support'],
  ['MCS', '市场营销和客户服务管理中心', 'Marketing & Customer Service'],
  ['GM', '总经理办公室', 'General Manager'],
];

/** The Quality Center's ten duties (seed section 二) with their 【需协同部门】. */
export const DUTIES: Array<[string, string, string[]]> = [
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

export type TaskSeed = [OnboardingPhase, string, string, string[], number, boolean, string[], OnboardingDeliverable?];
/** The playbook every format starts from: [phase, title, owner, collaborators, due offset, required, checklist, deliverable]. */
export const ONBOARDING_TASKS: TaskSeed[] = [
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

export const ONBOARDING_EXTRA_TASKS: Partial<Record<PropertyFormat, TaskSeed[]>> = {
  SALES_CENTER: [['SERVICE_PLANNING', '策划客户意见征询（2–3轮问卷、电话、面访）', 'MCS', ['QC'], 12, false, []]],
  COMMERCIAL: [['SERVICE_PLANNING', '商户服务及营业时间策划', 'OPS', ['MCS'], 12, false, []]],
};

export const ONBOARDING_TEMPLATE_NAMES: Array<[PropertyFormat, string]> = [
  ['RESIDENTIAL', '住宅项目前期接管模板'],
  ['OFFICE', '写字楼项目前期接管模板'],
  ['COMMERCIAL', '商业综合体前期接管模板'],
  ['INDUSTRIAL_PARK', '产业园区前期接管模板'],
  ['PUBLIC_BUILDING', '公共建筑前期接管模板'],
  ['SALES_CENTER', '售楼处案场前期接管模板'],
];

export const PROPOSAL_SECTIONS: Array<[string, string]> = [
  ['项目概况', '（物业位置、业态、建筑面积、交付时间等）'],
  ['服务范围与标准', '（秩序维护、保洁、绿化、设施设备、客户服务的范围与标准）'],
  ['组织架构与人员配置', '（项目组织架构、各岗位人数及排班）'],
  ['服务频次', '（主要服务项目的服务频次，如大堂地面每日清洁3次）'],
  ['费用测算说明', '（人工成本、物料、能耗及其他费用的测算依据）'],
  ['前期接管计划', '（承接查验、人员进场、培训、上线的时间安排）'],
];

/** 默认检查频次 per format: [format, checklist name, rule]; `holidays` skips the pack's holiday list. */
export interface FrequencyDefaultSeed {
  format: PropertyFormat;
  checklist: string;
  rrule: string;
  windowMinutes: number;
  allowLate: boolean;
  holidays: boolean;
  assigneeRole: AssigneeRole;
}

const WEEKDAYS_4X = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0';

export const FREQUENCY_DEFAULTS: FrequencyDefaultSeed[] = [
  {
    format: 'RESIDENTIAL',
    checklist: '住宅日常品质巡检表',
    rrule: WEEKDAYS_4X,
    windowMinutes: 60,
    allowLate: false,
    holidays: true,
    assigneeRole: 'INSPECTOR',
  },
  {
    format: 'RESIDENTIAL',
    checklist: '员工行为规范月度检查',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=10;BYMINUTE=0',
    windowMinutes: 24 * 60,
    allowLate: true,
    holidays: false,
    assigneeRole: 'PROJECT_MANAGER',
  },
  // Public buildings start with a weekly conduct check (市民服务中心 goes live with it in the onboarding demo).
  {
    format: 'PUBLIC_BUILDING',
    checklist: '员工行为规范月度检查',
    rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0',
    windowMinutes: 8 * 60,
    allowLate: true,
    holidays: false,
    assigneeRole: 'QUALITY_CENTER',
  },
  {
    format: 'SALES_CENTER',
    checklist: '案场服务检查表',
    rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
    windowMinutes: 120,
    allowLate: true,
    holidays: false,
    assigneeRole: 'INSPECTOR',
  },
];

/** The name of the pack's holiday list. */
export const HOLIDAY_LIST_NAME = '法定节假日';
