import { randomUUID } from 'node:crypto';
import {
  Complaint,
  ComplaintAction,
  ComplaintDiscussion,
  ComplaintEvent,
  Project,
  Regulation,
  RegulationAcknowledgement,
  RegulationVersion,
  type TenantDb,
} from '@pinzhi/db';
import { writeRegulationDoc } from '@pinzhi/api-regulations';
import {
  addDays,
  complaintDueAt,
  localDateIn,
  type ComplaintEventAction,
  type ComplaintState,
  type RegulationSectionDoc,
  type Role,
} from '@pinzhi/domain';

const DAY = 86_400_000;
const ZONE = 'Asia/Shanghai';

export interface QualityDutyUsers {
  quality: string;
  quality2: string;
  ops: string;
  inspector: string;
  admin: string;
}

interface RegulationSeed {
  title: string;
  scope: 'TENANT' | 'FORMAT';
  format: 'SALES_CENTER' | null;
  appliesToRoles: Role[];
  effectiveDaysAgo: number;
  /** Per published version: days ago, change summary, sections. */
  versions: Array<{ daysAgo: number; summary: string; sections: RegulationSectionDoc[] }>;
  /** Who acknowledged which version number. */
  acks: Array<[keyof QualityDutyUsers, number]>;
}

const K = {
  general: randomUUID(),
  frequency: randomUUID(),
  rectify: randomUUID(),
  verify: randomUUID(),
  reception: randomUUID(),
  model: randomUUID(),
  survey: randomUUID(),
};

const REGULATIONS: RegulationSeed[] = [
  {
    title: '品质检查与整改管理制度',
    scope: 'TENANT',
    format: null,
    appliesToRoles: ['QUALITY_CENTER', 'INSPECTOR', 'REGIONAL_OPS'],
    effectiveDaysAgo: 60,
    versions: [
      {
        daysAgo: 60,
        summary: '首次发布',
        sections: [
          {
            key: K.general,
            title: '总则',
            body: '为规范各项目服务品质的检查、整改与验证，依据公司品质控制体系制定本制度。适用于公司所有在管项目。',
          },
          {
            key: K.frequency,
            title: '检查频次',
            body: '品质中心按各项目工作手册设定检查频次：住宅项目每周不少于一次全面检查，写字楼项目每周两次，售楼处每日巡检。',
          },
          { key: K.rectify, title: '整改要求', body: '检查发现的不合格项须出具整改意见，责任人在 3 日内完成整改并上传整改照片。' },
        ],
      },
      {
        daysAgo: 10,
        summary: '整改时限按严重程度区分；增加整改效果验证要求',
        sections: [
          {
            key: K.general,
            title: '总则',
            body: '为规范各项目服务品质的检查、整改与验证，依据公司品质控制体系制定本制度。适用于公司所有在管项目及案场。',
          },
          {
            key: K.frequency,
            title: '检查频次',
            body: '品质中心按各项目工作手册设定检查频次：住宅项目每周不少于一次全面检查，写字楼项目每周两次，售楼处每日巡检。',
          },
          {
            key: K.rectify,
            title: '整改要求',
            body: '检查发现的不合格项须出具整改意见：一般问题 3 日内完成，关键项 24 小时内完成，并上传整改照片。',
          },
          { key: K.verify, title: '效果验证', body: '整改完成后由品质中心非提交人进行验证，记录实际效果；验证不通过的退回重新整改。' },
        ],
      },
    ],
    // Version 2 is partly read: 钱芳 and the inspector have; 李静 and 赵磊 still read version 1 only.
    acks: [
      ['quality', 1],
      ['inspector', 1],
      ['ops', 1],
      ['quality2', 2],
      ['inspector', 2],
    ],
  },
  {
    title: '售楼处及样板房服务品质管理规定',
    scope: 'FORMAT',
    format: 'SALES_CENTER',
    appliesToRoles: ['INSPECTOR', 'REGIONAL_OPS'],
    effectiveDaysAgo: 30,
    versions: [
      {
        daysAgo: 30,
        summary: '首次发布',
        sections: [
          {
            key: K.reception,
            title: '案场接待',
            body: '客户进入售楼处时，服务人员应主动问候、引导入座并提供饮品；雨天提供雨伞架和雨伞套。',
          },
          { key: K.model, title: '样板房管理', body: '样板房每日开放前完成保洁检查；客户参观时提供鞋套，秩序维护人员全程陪同。' },
          {
            key: K.survey,
            title: '客户意见征询',
            body: '销售期间组织 2～3 次客户意见征询（问卷、电话、面谈），统计结果作为后期物业管理方案的依据。',
          },
        ],
      },
    ],
    acks: [['inspector', 1]],
  },
];

/** Two QC regulations (one company-wide with two versions, partly acknowledged; one for sales centers). */
export async function seedRegulations(db: TenantDb, users: QualityDutyUsers, now: Date): Promise<void> {
  const today = localDateIn(now, ZONE);
  for (const s of REGULATIONS) {
    const reg = await db.repo(Regulation).insert({
      title: s.title,
      scope: s.scope,
      format: s.format,
      ownerUserId: users.quality,
      effectiveDate: addDays(today, -s.effectiveDaysAgo),
      appliesToRoles: s.appliesToRoles,
      draftVersionId: null,
      latestVersionId: null,
      latestNumber: 0,
    });
    let previous: string | null = null;
    const versionIds: string[] = [];
    for (const [i, v] of s.versions.entries()) {
      const at = new Date(now.getTime() - v.daysAgo * DAY);
      const row: RegulationVersion = await db.repo(RegulationVersion).insert({
        regulationId: reg.id,
        number: i + 1,
        status: 'PUBLISHED',
        basedOnVersionId: previous,
        changeSummary: v.summary,
        publishedAt: at,
        publishedByUserId: users.quality,
        createdByUserId: users.quality,
      });
      await writeRegulationDoc(db, row.id, { sections: v.sections });
      versionIds.push(row.id);
      previous = row.id;
    }
    await db.repo(Regulation).update(reg.id, { latestVersionId: previous, latestNumber: s.versions.length });
    for (const [who, number] of s.acks) {
      const published = s.versions[number - 1].daysAgo;
      await db.repo(RegulationAcknowledgement).insert({
        regulationId: reg.id,
        versionId: versionIds[number - 1],
        versionNumber: number,
        userId: users[who],
        acknowledgedAt: new Date(now.getTime() - Math.max(0, published - 2) * DAY),
      });
    }
  }
}

/**
 * Major complaints: one RESOLVED → VERIFIED with a discussion and done actions (resolved by
 * regional operations, verified by the Quality Center), one in progress and overdue, one just opened.
 */
export async function seedComplaints(db: TenantDb, users: QualityDutyUsers, now: Date): Promise<void> {
  const projects = new Map((await db.repo(Project).find()).map((p) => [p.code, p]));
  const at = (daysAgo: number, hour = 10) => new Date(now.getTime() - daysAgo * DAY + (hour - 10) * 3_600_000);
  const day = (daysAgo: number) => localDateIn(at(daysAgo), ZONE);
  const events = async (
    complaintId: string,
    steps: Array<[ComplaintEventAction, ComplaintState | null, ComplaintState, string, number, string | null]>,
  ) => {
    for (const [action, fromState, toState, userId, daysAgo, note] of steps)
      await db.repo(ComplaintEvent).insert({ complaintId, action, fromState, toState, userId, note, at: at(daysAgo) });
  };

  // 1. Resolved and verified: the closed loop.
  const sh1 = projects.get('SH-001')!;
  const opened1 = at(20);
  const verified = await db.repo(Complaint).insert({
    projectId: sh1.id,
    regionId: sh1.regionId,
    source: 'OWNER_RESIDENT',
    category: 'COMPLAINT',
    severity: 'MAJOR',
    title: '地下车库顶板渗水，业主车辆受损',
    description: '3 栋地下车库 B2 区顶板连续一周渗水，两辆业主车辆漆面受损，业主联名投诉至物业服务中心和开发商。',
    evidenceFileIds: [],
    inspectionId: null,
    itemResultId: null,
    feedbackId: null,
    state: 'VERIFIED',
    openedAt: opened1,
    dueAt: complaintDueAt(opened1, 'MAJOR'),
    createdByUserId: users.ops,
    resolvedAt: at(14),
    resolvedByUserId: users.ops,
    resolutionNote: '工程部更换 B2 区顶板防水层并加设排水沟；已赔付两位业主洗车及补漆费用。',
    verifiedAt: at(10),
    verifiedByUserId: users.quality,
    verificationNote: '三次雨后复查 B2 区无渗水；回访两位业主均表示满意。',
    reopenCount: 0,
  });
  await events(verified.id, [
    ['OPENED', null, 'OPEN', users.ops, 20, null],
    ['STARTED', 'OPEN', 'IN_PROGRESS', users.ops, 19, '已通知工程部现场查看'],
    ['RESOLVED', 'IN_PROGRESS', 'RESOLVED', users.ops, 14, '工程部更换 B2 区顶板防水层并加设排水沟；已赔付两位业主洗车及补漆费用。'],
    ['VERIFIED', 'RESOLVED', 'VERIFIED', users.quality, 10, '三次雨后复查 B2 区无渗水；回访两位业主均表示满意。'],
  ]);
  await db.repo(ComplaintDiscussion).insert({
    complaintId: verified.id,
    heldOn: day(18),
    departments: ['QUALITY_CENTER', 'REGIONAL_OPERATIONS', 'ENGINEERING', 'MARKETING_CS', 'PROJECT_TEAM'],
    minutes: '品质中心召集专题会。工程部汇报：顶板防水层老化开裂，雨水沿裂缝渗入；客服中心汇报两位业主诉求（维修并赔偿）。',
    decisions: '一、工程部 5 日内更换防水层并加设排水沟；二、项目部与业主协商赔付；三、品质中心在整改完成后雨后复查验证。',
    recordedByUserId: users.quality,
  });
  const actions: Array<[string, string, number]> = [
    ['更换 B2 区顶板防水层、加设排水沟', users.ops, 13],
    ['与两位业主协商并完成赔付', users.ops, 15],
  ];
  for (const [i, [description, ownerUserId, dueDaysAgo]] of actions.entries()) {
    await db.repo(ComplaintAction).insert({
      complaintId: verified.id,
      position: i + 1,
      description,
      ownerUserId,
      deadline: day(dueDaysAgo),
      done: true,
      doneAt: at(dueDaysAgo + 1),
      doneByUserId: ownerUserId,
    });
  }

  // 2. In progress and overdue (critical, due two days after opening).
  const sh2 = projects.get('SH-002')!;
  const opened2 = at(5);
  const overdue = await db.repo(Complaint).insert({
    projectId: sh2.id,
    regionId: sh2.regionId,
    source: 'CLIENT',
    category: 'TECHNICAL',
    severity: 'CRITICAL',
    title: '客梯频繁故障困人',
    description: '金融中心大厦 3 号客梯一周内两次困人，业主单位（甲方）发函要求限期查明原因并彻底整改。',
    evidenceFileIds: [],
    inspectionId: null,
    itemResultId: null,
    feedbackId: null,
    state: 'IN_PROGRESS',
    openedAt: opened2,
    dueAt: complaintDueAt(opened2, 'CRITICAL'),
    createdByUserId: users.quality,
    resolvedAt: null,
    resolvedByUserId: null,
    resolutionNote: null,
    verifiedAt: null,
    verifiedByUserId: null,
    verificationNote: null,
    reopenCount: 0,
  });
  await events(overdue.id, [
    ['OPENED', null, 'OPEN', users.quality, 5, null],
    ['STARTED', 'OPEN', 'IN_PROGRESS', users.ops, 4, '已联系电梯维保单位'],
  ]);
  await db.repo(ComplaintAction).insert({
    complaintId: overdue.id,
    position: 1,
    description: '维保单位出具故障分析报告并更换门机控制板',
    ownerUserId: users.ops,
    deadline: day(2),
    done: false,
    doneAt: null,
    doneByUserId: null,
  });

  // 3. Just opened, in another region.
  const gz1 = projects.get('GZ-001')!;
  const opened3 = at(1);
  const fresh = await db.repo(Complaint).insert({
    projectId: gz1.id,
    regionId: gz1.regionId,
    source: 'INTERNAL',
    category: 'DISPUTE',
    severity: 'MAJOR',
    title: '商户对保洁服务频次有异议',
    description: '广场二层三家商户认为公共区域保洁频次低于合同约定，拒绝缴纳本月物业费。',
    evidenceFileIds: [],
    inspectionId: null,
    itemResultId: null,
    feedbackId: null,
    state: 'OPEN',
    openedAt: opened3,
    dueAt: complaintDueAt(opened3, 'MAJOR'),
    createdByUserId: users.admin,
    resolvedAt: null,
    resolvedByUserId: null,
    resolutionNote: null,
    verifiedAt: null,
    verifiedByUserId: null,
    verificationNote: null,
    reopenCount: 0,
  });
  await events(fresh.id, [['OPENED', null, 'OPEN', users.admin, 1, null]]);
}
