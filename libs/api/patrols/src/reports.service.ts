import { InspectionOccurrence, PatrolRoute, PatrolRun } from '@pinzhi/db';
import { BadUserInputError, type RequestContext } from '@pinzhi/api-core';
import { withState, type OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import { addMonths, localDayStart, patrolCoverage } from '@pinzhi/domain';
import { requireReportReader, visibleProject } from './access';
import type { PatrolSetupService } from './setup.service';
import type {
  PatrolCountsType,
  PatrolCoverageDayType,
  PatrolCoverageRouteType,
  PatrolCoverageType,
  PatrolGuardCountsType,
  PatrolRouteDayRunType,
  PatrolRouteDayType,
} from './types';

const DAY = 86_400_000;
const zero = (): PatrolCountsType => ({ planned: 0, done: 0, late: 0, missed: 0, outOfOrder: 0, coverage: null });
const num = (v: unknown) => (v == null ? 0 : Number(v));

function add(into: PatrolCountsType, c: Omit<PatrolCountsType, 'coverage'>): PatrolCountsType {
  into.planned += c.planned;
  into.done += c.done;
  into.late += c.late;
  into.missed += c.missed;
  into.outOfOrder += c.outOfOrder;
  into.coverage = patrolCoverage(into.planned, into.done + into.late);
  return into;
}

/** A planned run nobody walked once its window closed: every point of the route is missed. */
const CLOSED_UNDONE = (o: string) => `${o}.completedAt IS NULL AND ${o}.windowEndsAt <= :now`;

/**
 * Patrol reports: a route's day (each planned or unscheduled run with done / late / missed
 * points, by person) and a project's monthly coverage (per day and per route). Both read the
 * stored runs plus the planned runs nobody walked (occurrences past their window, counted with
 * the route's number of points); open runs (window not yet closed, not walked) are left out.
 */
export class PatrolReportsService {
  constructor(
    private readonly setup: PatrolSetupService,
    private readonly materialiser: OccurrenceMaterialiser,
  ) {}

  async routeDay(ctx: RequestContext, routeId: string, date: string): Promise<PatrolRouteDayType> {
    requireReportReader(ctx.user);
    const route = await this.setup.route(ctx, routeId);
    const project = await visibleProject(ctx, route.projectId);
    const now = ctx.now();
    // Planned runs of that day exist once materialised (a report of an unread past day too).
    const dayEnd = localDayStart(addDays(date, 1), project.timeZone);
    if (route.frequencyId)
      await this.materialiser.ensure(ctx.db, now, new Date(Math.min(dayEnd.getTime(), now.getTime() + 400 * DAY)), {
        frequencyIds: [route.frequencyId],
      });
    const occurrences = await ctx.db
      .repo(InspectionOccurrence)
      .query('o')
      .andWhere('o.patrolRouteId = :routeId AND o.localDate = :date', { routeId, date })
      .orderBy('o.dueAt', 'ASC')
      .getMany();
    const runs = await ctx.db
      .repo(PatrolRun)
      .query('run')
      .andWhere('run.routeId = :routeId AND run.localDate = :date', { routeId, date })
      .orderBy('run.startedAt', 'ASC')
      .getMany();
    const runByOccurrence = new Map(runs.filter((r) => r.occurrenceId).map((r) => [r.occurrenceId!, r]));
    const rows: PatrolRouteDayRunType[] = [];
    const fromRun = (r: PatrolRun) =>
      add(zero(), {
        planned: r.pointsPlanned,
        done: r.pointsDone,
        late: r.pointsLate,
        missed: r.pointsMissed,
        outOfOrder: r.pointsOutOfOrder,
      });
    for (const o of occurrences) {
      const state = withState(o, now).state;
      const run = runByOccurrence.get(o.id);
      const closedUndone = !run && (state === 'MISSED' || state === 'OVERDUE');
      rows.push({
        occurrenceId: o.id,
        runId: run?.id ?? null,
        guardUserId: run?.guardUserId ?? o.assigneeUserId,
        dueAt: o.dueAt,
        windowEndsAt: o.windowEndsAt,
        state,
        counts: run
          ? fromRun(run)
          : closedUndone
            ? add(zero(), { planned: route.pointCount, done: 0, late: 0, missed: route.pointCount, outOfOrder: 0 })
            : add(zero(), { planned: route.pointCount, done: 0, late: 0, missed: 0, outOfOrder: 0 }),
      });
    }
    for (const r of runs.filter((x) => !x.occurrenceId))
      rows.push({
        occurrenceId: null,
        runId: r.id,
        guardUserId: r.guardUserId,
        dueAt: null,
        windowEndsAt: null,
        state: null,
        counts: fromRun(r),
      });
    rows.sort(
      (a, b) =>
        (a.dueAt ?? runs.find((r) => r.id === a.runId)?.startedAt ?? now).getTime() -
        (b.dueAt ?? runs.find((r) => r.id === b.runId)?.startedAt ?? now).getTime(),
    );
    // Totals and people count what is settled: walked runs and planned runs whose window closed.
    const settled = rows.filter((r) => r.runId || r.state === 'MISSED' || r.state === 'OVERDUE');
    const total = zero();
    const guards = new Map<string, PatrolGuardCountsType>();
    for (const r of settled) {
      add(total, r.counts);
      const key = r.guardUserId ?? '';
      let g = guards.get(key);
      if (!g) guards.set(key, (g = { guardUserId: r.guardUserId, runs: 0, counts: zero() }));
      g.runs += r.runId ? 1 : 0;
      add(g.counts, r.counts);
    }
    return { routeId, date, runs: rows, byGuard: [...guards.values()], total };
  }

  /** A project's month (YYYY-MM): per day and per route, planned points against those scanned. */
  async coverage(ctx: RequestContext, projectId: string, month: string): Promise<PatrolCoverageType> {
    requireReportReader(ctx.user);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw BadUserInputError.field('month', 'INVALID_FORMAT', 'YYYY-MM');
    const project = await visibleProject(ctx, projectId);
    const now = ctx.now();
    const from = `${month}-01`;
    const to = addDays(`${addMonths(month, 1)}-01`, -1);
    const end = localDayStart(`${addMonths(month, 1)}-01`, project.timeZone);
    const routes = await ctx.db.repo(PatrolRoute).find({ where: { projectId } });
    const frequencyIds = routes.flatMap((r) => (r.frequencyId ? [r.frequencyId] : []));
    if (frequencyIds.length)
      await this.materialiser.ensure(ctx.db, now, new Date(Math.min(end.getTime(), now.getTime() + 400 * DAY)), { frequencyIds });

    const walked = await ctx.db
      .repo(PatrolRun)
      .query('run')
      .select('run.localDate', 'day')
      .addSelect('run.routeId', 'routeId')
      .addSelect('COUNT(*)', 'runs')
      .addSelect('SUM(CASE WHEN run.occurrenceId IS NULL THEN 0 ELSE 1 END)', 'plannedRuns')
      .addSelect('SUM(run.pointsPlanned)', 'planned')
      .addSelect('SUM(run.pointsDone)', 'done')
      .addSelect('SUM(run.pointsLate)', 'late')
      .addSelect('SUM(run.pointsMissed)', 'missed')
      .addSelect('SUM(run.pointsOutOfOrder)', 'outOfOrder')
      .andWhere('run.projectId = :projectId AND run.localDate >= :from AND run.localDate <= :to', { projectId, from, to })
      .groupBy('run.localDate')
      .addGroupBy('run.routeId')
      .getRawMany<Record<string, unknown>>();
    const missedRuns = await ctx.db
      .repo(InspectionOccurrence)
      .query('o')
      .innerJoin(PatrolRoute, 'rt', 'rt.id = o.patrolRouteId')
      .select('o.localDate', 'day')
      .addSelect('o.patrolRouteId', 'routeId')
      .addSelect('COUNT(*)', 'runs')
      .addSelect('SUM(rt.pointCount)', 'points')
      .andWhere('o.projectId = :projectId AND o.localDate >= :from AND o.localDate <= :to', { projectId, from, to })
      .andWhere(CLOSED_UNDONE('o'), { now })
      .groupBy('o.localDate')
      .addGroupBy('o.patrolRouteId')
      .getRawMany<Record<string, unknown>>();

    const days = new Map<string, PatrolCoverageDayType>();
    const byRoute = new Map<string, PatrolCoverageRouteType>();
    const day = (d: unknown) => {
      const key = normaliseDay(d);
      let row = days.get(key);
      if (!row) days.set(key, (row = { date: key, runsPlanned: 0, runsWalked: 0, counts: zero() }));
      return row;
    };
    const route = (id: unknown) => {
      const key = String(id);
      let row = byRoute.get(key);
      if (!row) byRoute.set(key, (row = { routeId: key, counts: zero() }));
      return row;
    };
    const total = zero();
    for (const r of walked) {
      const c = {
        planned: num(r['planned']),
        done: num(r['done']),
        late: num(r['late']),
        missed: num(r['missed']),
        outOfOrder: num(r['outOfOrder']),
      };
      const d = day(r['day']);
      d.runsWalked += num(r['runs']);
      d.runsPlanned += num(r['plannedRuns']);
      add(d.counts, c);
      add(route(r['routeId']).counts, c);
      add(total, c);
    }
    for (const r of missedRuns) {
      const points = num(r['points']);
      const c = { planned: points, done: 0, late: 0, missed: points, outOfOrder: 0 };
      const d = day(r['day']);
      d.runsPlanned += num(r['runs']);
      add(d.counts, c);
      add(route(r['routeId']).counts, c);
      add(total, c);
    }
    return {
      projectId,
      month,
      days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
      routes: [...byRoute.values()],
      total,
    };
  }
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** SQLite returns dates as strings, MySQL as strings or Date: always YYYY-MM-DD. */
function normaliseDay(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
