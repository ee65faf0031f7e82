import { Inspection, InspectionOccurrence, PatrolRoute, PatrolRun, Project, Rectification, Region } from '@pinzhi/db';
import type { RequestContext } from '@pinzhi/api-core';
import { STATE_SQL } from '@pinzhi/api-inspection-planning';
import { localDayStart, nextLocalDay } from '@pinzhi/domain';
import { applyScope, num, pageOf, resolveScope } from './evaluation.service';
import type {
  DailySummaryArgs,
  DaySummaryCountsType,
  InspectionDailySummaryType,
  ProjectDaySummaryType,
  RegionDaySummaryType,
} from './evaluation.types';

const zero = (): DaySummaryCountsType => ({
  due: 0,
  completed: 0,
  late: 0,
  missed: 0,
  open: 0,
  inspections: 0,
  averageScore: null,
  failedInspections: 0,
  openRectifications: 0,
  overdueRectifications: 0,
  patrolRuns: 0,
  patrolPointsPlanned: 0,
  patrolPointsScanned: 0,
  patrolPointsMissed: 0,
  patrolQuickCheckFailures: 0,
  scoreSum: 0,
});

function add(into: DaySummaryCountsType, c: DaySummaryCountsType): void {
  for (const k of [
    'due',
    'completed',
    'late',
    'missed',
    'open',
    'inspections',
    'failedInspections',
    'openRectifications',
    'overdueRectifications',
    'patrolRuns',
    'patrolPointsPlanned',
    'patrolPointsScanned',
    'patrolPointsMissed',
    'patrolQuickCheckFailures',
    'scoreSum',
  ] as const)
    into[k] += c[k];
}

function finish(c: DaySummaryCountsType): DaySummaryCountsType {
  c.averageScore = c.inspections ? Math.round((c.scoreSum / c.inspections) * 100) / 100 : null;
  return c;
}

/**
 * 每日品质汇总: for one local day, per project — planned inspections due that day by state,
 * inspections submitted and their mean score, rectifications not verified at the end of that
 * day (or now, for today) and how many were overdue then — with totals per region and for
 * the tenant. Three GROUP BY queries (the rectification one once per project time zone),
 * whatever the number of projects; totals are summed in memory from those rows.
 */
export class SummaryService {
  async dailySummary(ctx: RequestContext, args: DailySummaryArgs): Promise<InspectionDailySummaryType> {
    const scope = await resolveScope(ctx, args.projectId, args.regionId);
    const now = ctx.now();
    const date = args.date;
    const rows = new Map<string, ProjectDaySummaryType>();
    const row = (projectId: string, regionId: string) => {
      let r = rows.get(projectId);
      if (!r) rows.set(projectId, (r = { projectId, regionId, counts: zero() }));
      return r.counts;
    };

    const sql = STATE_SQL('o');
    const sum = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
    const occurrences = applyScope(ctx.db.repo(InspectionOccurrence).query('o'), 'o', scope)
      .select('o.projectId', 'projectId')
      .addSelect('o.regionId', 'regionId')
      .addSelect('COUNT(*)', 'due')
      .addSelect(sum(sql.COMPLETED), 'completed')
      .addSelect(sum(sql.LATE), 'late')
      .addSelect(sum(sql.MISSED), 'missed')
      .addSelect(sum(`(${sql.SCHEDULED}) OR (${sql.DUE}) OR (${sql.OVERDUE})`), 'open')
      .andWhere('o.localDate = :date AND o.patrolRouteId IS NULL', { date })
      .setParameters({ now, yes: true, no: false })
      .groupBy('o.projectId')
      .addGroupBy('o.regionId');
    for (const r of await occurrences.getRawMany<Record<string, unknown>>()) {
      const c = row(String(r['projectId']), String(r['regionId']));
      c.due = num(r['due']);
      c.completed = num(r['completed']);
      c.late = num(r['late']);
      c.missed = num(r['missed']);
      c.open = num(r['open']);
    }

    const inspections = applyScope(ctx.db.repo(Inspection).query('i'), 'i', scope)
      .select('i.projectId', 'projectId')
      .addSelect('i.regionId', 'regionId')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(i.scorePercent)', 'scoreSum')
      .addSelect('SUM(CASE WHEN i.passed = :no THEN 1 ELSE 0 END)', 'failed')
      .andWhere("i.status = 'SUBMITTED' AND i.localDate = :date", { date, no: false })
      .groupBy('i.projectId')
      .addGroupBy('i.regionId');
    for (const r of await inspections.getRawMany<Record<string, unknown>>()) {
      const c = row(String(r['projectId']), String(r['regionId']));
      c.inspections = num(r['n']);
      c.scoreSum = num(r['scoreSum']);
      c.failedInspections = num(r['failed']);
    }

    // Patrols (巡逻): runs walked that day, and planned runs of that day nobody walked in their window.
    const runs = applyScope(ctx.db.repo(PatrolRun).query('run'), 'run', scope)
      .select('run.projectId', 'projectId')
      .addSelect('run.regionId', 'regionId')
      .addSelect('COUNT(*)', 'runs')
      .addSelect('SUM(run.pointsPlanned)', 'planned')
      .addSelect('SUM(run.pointsDone + run.pointsLate)', 'scanned')
      .addSelect('SUM(run.pointsMissed)', 'missed')
      .addSelect('SUM(run.quickCheckFailures)', 'failures')
      .andWhere('run.localDate = :date', { date })
      .groupBy('run.projectId')
      .addGroupBy('run.regionId');
    for (const r of await runs.getRawMany<Record<string, unknown>>()) {
      const c = row(String(r['projectId']), String(r['regionId']));
      c.patrolRuns = num(r['runs']);
      c.patrolPointsPlanned += num(r['planned']);
      c.patrolPointsScanned += num(r['scanned']);
      c.patrolPointsMissed += num(r['missed']);
      c.patrolQuickCheckFailures = num(r['failures']);
    }
    const unwalked = applyScope(ctx.db.repo(InspectionOccurrence).query('o'), 'o', scope)
      .innerJoin(PatrolRoute, 'rt', 'rt.id = o.patrolRouteId')
      .select('o.projectId', 'projectId')
      .addSelect('o.regionId', 'regionId')
      .addSelect('SUM(rt.pointCount)', 'points')
      .andWhere('o.localDate = :date AND o.completedAt IS NULL AND o.windowEndsAt <= :now', { date, now })
      .groupBy('o.projectId')
      .addGroupBy('o.regionId');
    for (const r of await unwalked.getRawMany<Record<string, unknown>>()) {
      const c = row(String(r['projectId']), String(r['regionId']));
      c.patrolPointsPlanned += num(r['points']);
      c.patrolPointsMissed += num(r['points']);
    }

    // Rectifications as they stood at the end of the day in each project's time zone (or now).
    const zones: Array<{ tz: string }> = await ctx.db.repo(Project).query('p').select('DISTINCT p.timeZone', 'tz').getRawMany();
    let asOf = new Date(Math.min(now.getTime(), localDayStart(nextLocalDay(date), scope.timeZone).getTime()));
    for (const { tz } of zones) {
      const cutoff = new Date(Math.min(now.getTime(), localDayStart(nextLocalDay(date), tz).getTime()));
      if (tz === scope.timeZone) asOf = cutoff;
      const rects = applyScope(ctx.db.repo(Rectification).query('r'), 'r', scope)
        .innerJoin(Project, 'p', 'p.id = r.projectId AND p.timeZone = :tz', { tz })
        .select('r.projectId', 'projectId')
        .addSelect('r.regionId', 'regionId')
        .addSelect('COUNT(*)', 'open')
        .addSelect('SUM(CASE WHEN r.deadline < :cutoff THEN 1 ELSE 0 END)', 'overdue')
        .andWhere('r.openedAt < :cutoff AND (r.verifiedAt IS NULL OR r.verifiedAt >= :cutoff)', { cutoff })
        .groupBy('r.projectId')
        .addGroupBy('r.regionId');
      for (const r of await rects.getRawMany<Record<string, unknown>>()) {
        const c = row(String(r['projectId']), String(r['regionId']));
        c.openRectifications = num(r['open']);
        c.overdueRectifications = num(r['overdue']);
      }
    }

    // Order by region name, then project code (one query for the names/codes of these rows).
    const projects = new Map((await ctx.db.repo(Project).findByIds([...rows.keys()])).map((p) => [p.id, p]));
    const regions = new Map((await ctx.db.repo(Region).find()).map((r) => [r.id, r]));
    const list = [...rows.values()].sort(
      (a, b) =>
        (regions.get(a.regionId)?.name ?? '').localeCompare(regions.get(b.regionId)?.name ?? '') ||
        (projects.get(a.projectId)?.code ?? '').localeCompare(projects.get(b.projectId)?.code ?? ''),
    );
    const total = zero();
    const byRegion = new Map<string, RegionDaySummaryType>();
    for (const r of list) {
      finish(r.counts);
      add(total, r.counts);
      let g = byRegion.get(r.regionId);
      if (!g) byRegion.set(r.regionId, (g = { regionId: r.regionId, counts: zero() }));
      add(g.counts, r.counts);
    }
    for (const g of byRegion.values()) finish(g.counts);
    const page = pageOf(list, args.first, args.after);
    return {
      date,
      asOf,
      projects: page.nodes,
      pageInfo: page.pageInfo,
      projectCount: list.length,
      regions: [...byRegion.values()],
      total: finish(total),
    };
  }
}
