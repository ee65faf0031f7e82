import {
  InspectionFrequency,
  InspectionOccurrence,
  PatrolPoint,
  PatrolRoute,
  PatrolRun,
  PatrolRunPoint,
  Project,
  Property,
  Rectification,
  RectificationEvent,
  Standard,
  type TenantDb,
} from '@pinzhi/db';
import { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import { localTime, patrolCounts, patrolOutcomes, type QuickCheckResult } from '@pinzhi/domain';
import { randomInt, randomUUID } from 'node:crypto';

const DAY = 86_400_000;
/** The QR tag alphabet of the patrols capability (no look-alike characters). */
const TAG_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const newTag = () => Array.from({ length: 10 }, () => TAG_ALPHABET[randomInt(TAG_ALPHABET.length)]).join('');
const MINUTE = 60_000;

/** SH-001's patrol points: zone, name, where to find it, quick checks (standard codes). */
const POINTS: Array<{ key: string; zone: string; name: string; hint: string; checks: string[] }> = [
  { key: 'lobby', zone: '大堂', name: '1号楼大堂岗亭', hint: '1号楼大堂入口左侧岗亭', checks: ['OPS-CLN-01'] },
  { key: 'lift', zone: '电梯厅', name: '2号楼电梯厅', hint: '2号楼一层电梯厅，电梯机房钥匙箱旁', checks: [] },
  { key: 'garage', zone: '地下车库', name: 'B1 车库入口', hint: 'B1 车库出入口道闸处', checks: [] },
  { key: 'pump', zone: '地下车库', name: 'B1 消防泵房', hint: 'B1 东侧消防泵房门口', checks: ['OPS-SEC-02'] },
  { key: 'power', zone: '地下车库', name: 'B2 配电房', hint: 'B2 西北角配电房门口', checks: ['OPS-SEC-02'] },
  { key: 'garden', zone: '中心花园', name: '中心花园喷泉', hint: '中心花园喷泉北侧路灯杆', checks: [] },
  { key: 'play', zone: '儿童游乐区', name: '儿童游乐区', hint: '滑梯旁宣传栏', checks: [] },
  { key: 'refuse', zone: '垃圾房', name: '3号楼垃圾房', hint: '3号楼北侧垃圾房外墙', checks: ['OPS-CLN-03'] },
];

/**
 * 巡逻 demo for SH-001 (翠湖花园): eight points with QR codes, two routes scheduled by inspection
 * planning — 夜间安保巡逻 (22:00 and 02:00, an hour each, by the inspectors) and 设备房巡检 (09:30,
 * two hours, late runs allowed, by the demo inspector) — and about a week of runs before `now`:
 * mostly complete and in order, some with a point missed, one out of order, one late, a few
 * planned runs nobody walked, and a failed fire-exit quick check with its rectification.
 */
export async function seedPatrols(db: TenantDb, users: { inspector: string; quality: string }, now: Date): Promise<void> {
  const project = await db.repo(Project).findOne({ code: 'SH-001' });
  if (!project) return;
  const property = await db.repo(Property).getById(project.propertyId);
  const standards = new Map((await db.repo(Standard).find()).map((s) => [s.code, s]));
  const zone = (name: string) => property.zones.find((z) => z.name === name)?.id ?? property.zones[0]!.id;
  const points = new Map<string, PatrolPoint>();
  for (const p of POINTS) {
    points.set(
      p.key,
      await db.repo(PatrolPoint).insert({
        projectId: project.id,
        regionId: project.regionId,
        zoneId: zone(p.zone),
        name: p.name,
        locationHint: p.hint,
        quickCheckStandardIds: p.checks.flatMap((c) => (standards.get(c) ? [standards.get(c)!.id] : [])),
        tag: newTag(),
        archivedAt: null,
      }),
    );
  }
  const tz = project.timeZone;
  const started = new Date(now.getTime() - 8 * DAY);
  const startDate = localTime(started, tz, 'YYYY-MM-DD');
  const materialiser = new OccurrenceMaterialiser();
  const routes = [
    {
      name: '夜间安保巡逻',
      note: '夜班秩序维护员按顺序巡查，每点扫码；发现消防通道堵塞立即上报。',
      keys: ['lobby', 'garage', 'pump', 'garden', 'play', 'refuse'],
      rrule: 'FREQ=DAILY;BYHOUR=2,22;BYMINUTE=0',
      windowMinutes: 60,
      allowLate: false,
      assigneeUserId: null as string | null,
      assigneeRole: 'INSPECTOR' as const,
    },
    {
      name: '设备房巡检',
      note: '工程人员每日上午巡检设备房，记录异常并拍照。',
      keys: ['pump', 'power', 'lift'],
      rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=30',
      windowMinutes: 120,
      allowLate: true,
      assigneeUserId: users.inspector as string | null,
      assigneeRole: null,
    },
  ];
  let n = 0;
  for (const r of routes) {
    const pointIds = r.keys.map((k) => points.get(k)!.id);
    const route = await db.repo(PatrolRoute).insert({
      projectId: project.id,
      regionId: project.regionId,
      name: r.name,
      note: r.note,
      pointIds,
      pointCount: pointIds.length,
      frequencyId: null,
      archivedAt: null,
    });
    const f = await db.repo(InspectionFrequency).insert({
      projectId: project.id,
      templateId: null,
      patrolRouteId: route.id,
      level: 'COMPANY',
      anchor: 'CALENDAR',
      rrule: r.rrule,
      periodUnit: null,
      periodCount: null,
      startTime: null,
      windowMinutes: r.windowMinutes,
      allowLate: r.allowLate,
      holidayListId: null,
      assigneeRole: r.assigneeRole,
      assigneeUserId: r.assigneeUserId,
      startDate,
      endDate: null,
      excludedDates: [],
      note: null,
      materialisedUntil: new Date(Date.parse(`${startDate}T00:00:00Z`) - DAY),
      archivedAt: null,
    });
    await db.repo(PatrolRoute).update(route.id, { frequencyId: f.id });
    await materialiser.materialise(db, now, now, [f]);
    const past = await db
      .repo(InspectionOccurrence)
      .query('o')
      .andWhere('o.frequencyId = :fid AND o.windowEndsAt < :now', { fid: f.id, now })
      .orderBy('o.dueAt')
      .getMany();
    for (const o of past) {
      n++;
      if (n % 7 === 4) continue; // nobody walked it: MISSED (or OVERDUE where late is allowed)
      // The walk: a few minutes per point, in order; now and then a point skipped, one walked out of order, one late.
      const late = r.allowLate && n % 5 === 2;
      let at = late ? o.windowEndsAt.getTime() + 20 * MINUTE : o.dueAt.getTime() + 5 * MINUTE;
      const order = n % 11 === 6 ? swapSecondAndThird(pointIds) : pointIds;
      const skipped = n % 4 === 1 ? order[order.length - 2] : n % 9 === 3 ? order[1] : null;
      const scans = order.filter((id) => id !== skipped).map((pointId) => ({ pointId, scannedAt: new Date((at += 6 * MINUTE)) }));
      const results = patrolOutcomes(pointIds, scans, o.windowEndsAt);
      const counts = patrolCounts(results);
      const failedPump = n === 6; // the fire exit by the pump room was blocked
      const run = await db.repo(PatrolRun).insert({
        clientKey: `seed-${randomUUID()}`,
        routeId: route.id,
        occurrenceId: o.id,
        projectId: project.id,
        regionId: project.regionId,
        guardUserId: users.inspector,
        startedAt: scans[0]!.scannedAt,
        finishedAt: scans[scans.length - 1]!.scannedAt,
        submittedAt: new Date(scans[scans.length - 1]!.scannedAt.getTime() + 2 * MINUTE),
        localDate: o.localDate,
        windowEndsAt: o.windowEndsAt,
        pointsPlanned: counts.planned,
        pointsDone: counts.done,
        pointsLate: counts.late,
        pointsMissed: counts.missed,
        pointsOutOfOrder: counts.outOfOrder,
        pointsManual: n % 13 === 5 ? 1 : 0,
        quickCheckFailures: failedPump ? 1 : 0,
        note: skipped ? '部分点位因施工围挡未能到达' : null,
      });
      const rows = await db.repo(PatrolRunPoint).insertMany(
        results.map((res) => {
          const p = [...points.values()].find((x) => x.id === res.pointId)!;
          const fail = failedPump && p === points.get('pump');
          return {
            runId: run.id,
            routeId: route.id,
            pointId: res.pointId,
            projectId: project.id,
            regionId: project.regionId,
            localDate: o.localDate,
            position: res.position,
            outcome: res.outcome,
            scannedAt: res.scannedAt,
            scanOrder: res.scanOrder,
            outOfOrder: res.outOfOrder,
            manual: n % 13 === 5 && res.position === 1,
            quickChecks: res.scannedAt
              ? p.quickCheckStandardIds.map((standardId) => ({ standardId, result: (fail ? 'FAIL' : 'PASS') as QuickCheckResult }))
              : [],
            failed: fail,
            note: fail ? '消防泵房门口堆放装修垃圾，通道受阻' : null,
            photoFileIds: [],
          };
        }),
      );
      const last = scans[scans.length - 1]!.scannedAt;
      await db.repo(InspectionOccurrence).update(o.id, { completedAt: last, completedByUserId: users.inspector, completionNote: null });
      if (failedPump) {
        const row = rows.find((x) => x.failed)!;
        const rect = await db.repo(Rectification).insert({
          inspectionId: null,
          itemResultId: null,
          patrolRunPointId: row.id,
          projectId: project.id,
          regionId: project.regionId,
          standardId: row.quickChecks[0]!.standardId,
          state: 'OPEN',
          ownerUserId: project.managerUserId,
          ownerSource: project.managerUserId ? 'PROJECT_MANAGER' : 'COMPANY_FALLBACK',
          deadline: new Date(last.getTime() + 3 * DAY),
          description: '消防泵房门口堆放装修垃圾，通道受阻',
          evidenceRequired: true,
          automatic: false,
          createdByUserId: users.inspector,
          openedAt: last,
          submittedAt: null,
          submittedByUserId: null,
          verifiedAt: null,
          verifiedByUserId: null,
          rejections: 0,
        });
        await db.repo(RectificationEvent).insert({
          rectificationId: rect.id,
          action: 'CREATED',
          fromState: null,
          toState: 'OPEN',
          userId: users.inspector,
          note: null,
          evidenceFileIds: [],
          fromOwnerUserId: null,
          toOwnerUserId: project.managerUserId,
          at: last,
        });
      }
    }
  }
}

function swapSecondAndThird(ids: string[]): string[] {
  const out = [...ids];
  if (out.length > 2) [out[1], out[2]] = [out[2]!, out[1]!];
  return out;
}
