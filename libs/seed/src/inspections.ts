import { randomUUID } from 'node:crypto';
import {
  HolidayList,
  InspectionFrequency,
  InspectionFrequencyDefault,
  InspectionOccurrence,
  InspectionTemplate,
  InspectionTemplateVersion,
  Project,
  Standard,
  type TenantDb,
} from '@pinzhi/db';
import { writeChecklist } from '@pinzhi/api-inspection-templates';
import { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import { localTime, type ChecklistDoc, type PropertyFormat } from '@pinzhi/domain';

/** Chinese public holidays (法定节假日) as announced for 2026, and New Year 2027. */
const HOLIDAYS_2026 = [
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

type ItemPlan = {
  code: string;
  points?: number;
  critical?: boolean;
  naAllowed?: boolean;
  deductions?: Array<[string, number]>;
  checkpointZh?: string;
};
type ChecklistPlan = {
  name: string;
  format: PropertyFormat | null;
  description: string;
  passScore: number;
  sections: Array<{ titleZh: string; titleEn: string; items: ItemPlan[] }>;
};

const CHECKLISTS: ChecklistPlan[] = [
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

const DAY = 86_400_000;

/**
 * The demo tenant's inspection plan: three published checklists, a holiday list, per-format
 * defaults, and frequencies at three projects that started three weeks ago — most past
 * occurrences done, some late, a few missed — so the calendar shows every state.
 */
export async function seedInspectionPlanning(
  db: TenantDb,
  qualityUserId: string,
  inspectorUserId: string,
  now = new Date(),
): Promise<void> {
  const standards = new Map((await db.repo(Standard).find()).map((s) => [s.code, s]));
  const templates = new Map<string, InspectionTemplate>();
  for (const plan of CHECKLISTS) {
    const doc: ChecklistDoc = {
      passScore: plan.passScore,
      sections: plan.sections.map((s) => ({
        key: randomUUID(),
        titleZh: s.titleZh,
        titleEn: s.titleEn,
        items: s.items
          .filter((i) => standards.has(i.code))
          .map((i) => ({
            key: randomUUID(),
            standardId: standards.get(i.code)!.id,
            checkpointZh: i.checkpointZh ?? null,
            checkpointEn: null,
            points: i.points ?? standards.get(i.code)!.defaultScore,
            deductions: (i.deductions ?? []).map(([labelZh, points]) => ({ key: randomUUID(), labelZh, labelEn: null, points })),
            naAllowed: i.naAllowed ?? false,
            critical: i.critical ?? standards.get(i.code)!.critical,
          })),
      })),
    };
    const t = await db.repo(InspectionTemplate).insert({
      name: plan.name,
      format: plan.format,
      description: plan.description,
      draftVersionId: null,
      latestVersionId: null,
      latestNumber: 0,
      archivedAt: null,
    });
    const v = await db.repo(InspectionTemplateVersion).insert({
      templateId: t.id,
      number: 1,
      status: 'PUBLISHED',
      basedOnVersionId: null,
      changeSummary: '首版',
      publishedAt: new Date(now.getTime() - 30 * DAY),
      publishedByUserId: qualityUserId,
      createdByUserId: qualityUserId,
      passScore: plan.passScore,
    });
    await writeChecklist(db, v.id, doc);
    templates.set(plan.name, await db.repo(InspectionTemplate).update(t.id, { latestVersionId: v.id, latestNumber: 1 }));
  }
  const holidays = await db.repo(HolidayList).insert({ name: '法定节假日', dates: HOLIDAYS_2026 });

  const residential = templates.get('住宅日常品质巡检表')!;
  const sales = templates.get('案场服务检查表')!;
  const conduct = templates.get('员工行为规范月度检查')!;
  const WEEKDAYS_4X = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0';
  await db.repo(InspectionFrequencyDefault).insertMany([
    {
      format: 'RESIDENTIAL',
      position: 1,
      templateId: residential.id,
      anchor: 'CALENDAR',
      rrule: WEEKDAYS_4X,
      periodUnit: null,
      periodCount: null,
      startTime: null,
      windowMinutes: 60,
      allowLate: false,
      holidayListId: holidays.id,
      assigneeRole: 'INSPECTOR',
    },
    {
      format: 'RESIDENTIAL',
      position: 2,
      templateId: conduct.id,
      anchor: 'CALENDAR',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=10;BYMINUTE=0',
      periodUnit: null,
      periodCount: null,
      startTime: null,
      windowMinutes: 24 * 60,
      allowLate: true,
      holidayListId: null,
      assigneeRole: 'PROJECT_MANAGER',
    },
    // Public buildings start with a weekly conduct check (市民服务中心 goes live with it in the onboarding demo).
    {
      format: 'PUBLIC_BUILDING',
      position: 1,
      templateId: conduct.id,
      anchor: 'CALENDAR',
      rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0',
      periodUnit: null,
      periodCount: null,
      startTime: null,
      windowMinutes: 8 * 60,
      allowLate: true,
      holidayListId: null,
      assigneeRole: 'QUALITY_CENTER',
    },
    {
      format: 'SALES_CENTER',
      position: 1,
      templateId: sales.id,
      anchor: 'CALENDAR',
      rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
      periodUnit: null,
      periodCount: null,
      startTime: null,
      windowMinutes: 120,
      allowLate: true,
      holidayListId: null,
      assigneeRole: 'INSPECTOR',
    },
  ]);

  const projects = new Map((await db.repo(Project).find()).map((p) => [p.code, p]));
  const started = new Date(now.getTime() - 21 * DAY);
  const plans: Array<{ code: string; template: InspectionTemplate; values: Partial<InspectionFrequency> }> = [
    {
      code: 'SH-001',
      template: residential,
      values: {
        rrule: WEEKDAYS_4X,
        windowMinutes: 60,
        allowLate: false,
        holidayListId: holidays.id,
        assigneeUserId: inspectorUserId,
        assigneeRole: null,
      },
    },
    {
      code: 'SH-001',
      template: conduct,
      values: {
        rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=10;BYMINUTE=0',
        windowMinutes: 24 * 60,
        allowLate: true,
        assigneeRole: 'PROJECT_MANAGER',
      },
    },
    {
      code: 'SH-003',
      template: sales,
      values: { rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0', windowMinutes: 120, allowLate: true, assigneeRole: 'INSPECTOR' },
    },
    {
      code: 'GZ-001',
      template: conduct,
      values: {
        anchor: 'AFTER_COMPLETION',
        rrule: null,
        periodUnit: 'WEEK',
        periodCount: 1,
        startTime: '09:30',
        windowMinutes: 8 * 60,
        allowLate: false,
        assigneeRole: 'QUALITY_CENTER',
      },
    },
  ];
  const materialiser = new OccurrenceMaterialiser();
  for (const plan of plans) {
    const project = projects.get(plan.code);
    if (!project) continue;
    const f = await db.repo(InspectionFrequency).insert({
      projectId: project.id,
      templateId: plan.template.id,
      patrolRouteId: null,
      anchor: 'CALENDAR',
      rrule: null,
      periodUnit: null,
      periodCount: null,
      startTime: null,
      windowMinutes: 60,
      allowLate: false,
      holidayListId: null,
      assigneeRole: null,
      assigneeUserId: null,
      startDate: localTime(started, project.timeZone, 'YYYY-MM-DD'),
      endDate: null,
      excludedDates: [],
      note: null,
      materialisedUntil: new Date(Date.parse(`${localTime(started, project.timeZone, 'YYYY-MM-DD')}T00:00:00Z`) - DAY),
      archivedAt: null,
      ...plan.values,
    });
    // What was due got done — on time mostly, a few late, a few never (missed, or overdue where late is allowed).
    const complete = (o: InspectionOccurrence, n: number, before: Date) => {
      const late = n % 7 === 3 && o.allowLate;
      const doneAt = late ? new Date(o.windowEndsAt.getTime() + 90 * 60_000) : new Date(o.dueAt.getTime() + 25 * 60_000);
      if (doneAt >= before) return null;
      return db.repo(InspectionOccurrence).update(o.id, {
        completedAt: doneAt,
        completedByUserId: o.assigneeUserId ?? qualityUserId,
        completionNote: late ? '现场人员调配，延后完成' : null,
      });
    };
    if (f.anchor === 'CALENDAR') {
      await materialiser.materialise(db, now, now, [f]);
      const past = await db
        .repo(InspectionOccurrence)
        .query('o')
        .andWhere('o.frequencyId = :fid AND o.dueAt < :now', { fid: f.id, now })
        .orderBy('o.dueAt')
        .getMany();
      for (const [i, o] of past.entries()) if ((i + 1) % 11 !== 5) await complete(o, i + 1, now);
      continue;
    }
    // After completion: each next one exists only once the previous is done (or missed), so replay time.
    let at = started;
    for (let n = 1; n < 20 && at < now; n++) {
      await materialiser.materialise(db, at, at, [f]);
      const open = await db
        .repo(InspectionOccurrence)
        .query('o')
        .andWhere('o.frequencyId = :fid AND o.completedAt IS NULL', { fid: f.id })
        .orderBy('o.dueAt', 'DESC')
        .getOne();
      if (!open || open.dueAt >= now) break;
      const done = n % 4 === 3 ? null : await complete(open, n, now);
      at = done?.completedAt ? new Date(done.completedAt.getTime() + 60_000) : new Date(open.windowEndsAt.getTime() + 60_000);
    }
  }
}
