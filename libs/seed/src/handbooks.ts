import { randomUUID } from 'node:crypto';
import { Handbook, HandbookVersion, Project, Property, Standard, type TenantDb } from '@pinzhi/db';
import { mapZonesByName, writeDoc } from '@pinzhi/api-handbooks';
import type { HandbookDoc, HandbookSectionDoc, PropertyFormat } from '@pinzhi/domain';
import { CONDUCT_STANDARDS, SALES_OFFICE_STANDARDS, type StandardSeed } from './data/conduct-standards';

/** A few operational standards beyond the seed document, so templates have service content. */
const OPERATIONS_STANDARDS: StandardSeed[] = [
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

const ALL_SEEDS = [...CONDUCT_STANDARDS, ...SALES_OFFICE_STANDARDS, ...OPERATIONS_STANDARDS];

type SectionPlan = {
  titleZh: string;
  titleEn: string;
  codes: (code: string) => boolean;
  frequencies?: Array<{ taskZh: string; locationZh: string; rrule: string; note?: string }>;
};

const CONDUCT_APPEARANCE = (c: string) => /^CON-(ATT|HAI|HYG|MKP|GRM)/.test(c);
const CONDUCT_BEHAVIOUR = (c: string) => /^CON-(SVC|WLK|SIT|BEH)/.test(c);

const TEMPLATES: Array<{ name: string; format: PropertyFormat; sections: SectionPlan[] }> = [
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

function buildDoc(plan: SectionPlan[], byCode: Map<string, Standard>): HandbookDoc {
  return {
    sections: plan.map<HandbookSectionDoc>((s) => ({
      key: randomUUID(),
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      items: [...byCode.values()]
        .filter((st) => s.codes(st.code))
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

async function publishVersion(
  db: TenantDb,
  handbook: Handbook,
  doc: HandbookDoc,
  summary: string,
  publisherId: string,
  at: Date,
): Promise<Handbook> {
  const number = handbook.latestNumber + 1;
  const v = await db.repo(HandbookVersion).insert({
    handbookId: handbook.id,
    number,
    status: 'PUBLISHED',
    basedOnVersionId: handbook.latestVersionId,
    changeSummary: summary,
    publishedAt: at,
    publishedByUserId: publisherId,
    createdByUserId: publisherId,
  });
  await writeDoc(db, v.id, doc);
  return db.repo(Handbook).update(handbook.id, { latestVersionId: v.id, latestNumber: number });
}

/**
 * Templates cover every format with its own operations; OTHER starts from an empty draft.
 *
 * The demo tenant's standards library (every rule of the seed's conduct section, the
 * sales-office items, a few operational standards), a published template per main format,
 * and published project handbooks — one of them revised, so the diff has something to show.
 */
export async function seedHandbooks(db: TenantDb, qualityUserId: string): Promise<void> {
  const standards = await db.repo(Standard).insertMany(
    ALL_SEEDS.map((s) => ({
      code: s.code,
      category: s.category,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      requirementZh: s.requirementZh,
      requirementEn: s.requirementEn,
      positions: [...s.positions],
      condition: s.condition,
      checkMethod: s.checkMethod,
      defaultScore: s.defaultScore,
      critical: s.critical,
      formats: [...s.formats],
      source: s.source,
      archivedAt: null,
    })),
  );
  const byCode = new Map(standards.map((s) => [s.code, s]));
  const day = (iso: string) => new Date(`${iso}T02:00:00Z`);

  const templates = new Map<PropertyFormat, Handbook>();
  for (const t of TEMPLATES) {
    let h = await db.repo(Handbook).insert({
      kind: 'TEMPLATE',
      name: t.name,
      format: t.format,
      projectId: null,
      sourceTemplateId: null,
      draftVersionId: null,
      latestVersionId: null,
      latestNumber: 0,
    });
    h = await publishVersion(
      db,
      h,
      buildDoc(t.sections, byCode),
      '依据公司基本行为规范和服务技巧编制首版模板',
      qualityUserId,
      day('2026-01-05'),
    );
    templates.set(t.format, h);
  }

  const projects = await db.repo(Project).find();
  const properties = new Map((await db.repo(Property).find()).map((p) => [p.id, p]));
  for (const code of ['SH-001', 'SH-002', 'SH-003', 'GZ-001']) {
    const project = projects.find((p) => p.code === code);
    if (!project) continue;
    const property = properties.get(project.propertyId)!;
    const template = templates.get(property.format);
    if (!template) continue;
    const plan = TEMPLATES.find((t) => t.format === property.format)!;
    const doc = buildDoc(plan.sections, byCode);
    mapZonesByName(doc, property.zones);
    let h = await db.repo(Handbook).insert({
      kind: 'PROJECT',
      name: `${project.name} 工作手册`,
      format: property.format,
      projectId: project.id,
      sourceTemplateId: template.id,
      draftVersionId: null,
      latestVersionId: null,
      latestNumber: 0,
    });
    h = await publishVersion(db, h, doc, '依据服务合同由模板生成首版', qualityUserId, day('2026-02-01'));
    if (code === 'SH-001') {
      // A revision the diff can show: lobby mopped 4×/day in summer, a stricter patrol score,
      // and a project-specific rule for the children's play area.
      const v2: HandbookDoc = structuredClone(doc);
      const cleaning = v2.sections.find((s) => s.titleZh.includes('保洁'))!;
      cleaning.frequencies[0].rrule = 'FREQ=DAILY;BYHOUR=7,11,14,17;BYMINUTE=0';
      cleaning.frequencies[0].note = '夏季每日4次';
      const security = v2.sections.find((s) => s.titleZh.includes('秩序'))!;
      security.items[0].score = 5;
      security.items[0].requirementZh = '按巡逻路线每2小时巡查一次，儿童游乐区每次必查，巡更点按时签到，异常情况及时上报并记录。';
      security.frequencies.push({
        key: randomUUID(),
        taskZh: '儿童游乐区设施检查',
        taskEn: null,
        zoneId: null,
        locationZh: '儿童游乐区',
        rrule: 'FREQ=DAILY;BYHOUR=9,16;BYMINUTE=0',
        note: null,
      });
      mapZonesByName(v2, property.zones);
      h = await publishVersion(db, h, v2, '夏季保洁频次调整；巡逻标准增加儿童游乐区检查', qualityUserId, day('2026-06-01'));
    }
  }
}
