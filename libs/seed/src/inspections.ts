import { HolidayList, InspectionFrequency, InspectionOccurrence, InspectionTemplate, Project, type TenantDb } from '@pinzhi/db';
import { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import { standardPack } from '@pinzhi/api-starter';
import { localTime } from '@pinzhi/domain';

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
  // The checklists, holiday list and per-format defaults come from the standard starter pack.
  const templates = new Map((await db.repo(InspectionTemplate).find()).map((t) => [t.name, t]));
  const holidays = (await db.repo(HolidayList).findOne({ name: standardPack.HOLIDAY_LIST_NAME }))!;
  const residential = templates.get('住宅日常品质巡检表')!;
  const sales = templates.get('案场服务检查表')!;
  const conduct = templates.get('员工行为规范月度检查')!;
  const WEEKDAYS_4X = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0';

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
      level: 'COMPANY',
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
