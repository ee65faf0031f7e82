import {
  Brackets,
  Inspection,
  InspectionItemResult,
  InspectionOccurrence,
  PatrolRoute,
  PatrolRun,
  Project,
  Region,
  type SelectQueryBuilder,
} from '@pinzhi/db';
import {
  BadUserInputError,
  NotFoundError,
  checkPageArgs,
  fieldError,
  sortOrder,
  sortRows,
  type PageInfo,
  type RequestContext,
} from '@pinzhi/api-core';
import { PortfolioService } from '@pinzhi/api-portfolio';
import { canSeeProject, canSeeRegion, companySettings, levelWeightsOf, limitToScope, type AuthInfo } from '@pinzhi/api-core';
import {
  DEFAULT_TIME_ZONE,
  EVALUATION_RULES,
  INSPECTION_LEVELS,
  RULES,
  combinedLevelScore,
  checkPeriod,
  competitionRanks,
  evaluationScore,
  localDate,
  periodKey,
  periodOf,
  periodRange,
  patrolCoverage,
  periodsEndingWith,
  previousPeriod,
  type EvaluationPeriod,
  type EvaluationPeriodKind,
} from '@pinzhi/domain';
import type {
  EvaluationPeriodInput,
  EvaluationPeriodType,
  ProjectEvaluationArgs,
  ProjectEvaluationConnection,
  ProjectEvaluationType,
  ScoreTrendArgs,
  ScoreTrendType,
} from './evaluation.types';
import { EvaluationSortField } from './evaluation.types';

const portfolio = new PortfolioService();

/** What a summary or evaluation covers: optional project/region (checked), and the caller (whose data scope limits it). */
export interface Scope {
  projectId: string | null;
  regionId: string | null;
  user: AuthInfo;
  timeZone: string;
}

/** A given project or region must exist in the tenant and be visible to the caller (else NOT_FOUND). */
export async function resolveScope(ctx: RequestContext, projectId?: string | null, regionId?: string | null): Promise<Scope> {
  let timeZone = DEFAULT_TIME_ZONE;
  if (projectId) timeZone = (await portfolio.getProject(ctx, projectId)).timeZone;
  if (regionId) {
    await ctx.db.repo(Region).getById(regionId);
    if (!canSeeRegion(ctx.user, regionId)) throw new NotFoundError('Region', regionId);
  }
  return { projectId: projectId ?? null, regionId: regionId ?? null, user: ctx.user, timeZone };
}

/** Adds the scope's conditions on `alias.projectId` / `alias.regionId`. */
export function applyScope<T extends object>(qb: SelectQueryBuilder<T>, alias: string, scope: Scope): SelectQueryBuilder<T> {
  if (scope.projectId) qb.andWhere(`${alias}.projectId = :scopeProject`, { scopeProject: scope.projectId });
  if (scope.regionId) qb.andWhere(`${alias}.regionId = :scopeRegion`, { scopeRegion: scope.regionId });
  return limitToScope(qb, scope.user, { project: `${alias}.projectId`, region: `${alias}.regionId` });
}

// --- Offset paging of computed lists (ranks are recomputed per request; the list is small)

const CURSOR_PREFIX = 'off:';
/** An offset page of rows built in memory; `order` names the row order so a cursor of another order is refused. */
export function pageOf<T>(
  rows: T[],
  first: number | null | undefined,
  after: string | null | undefined,
  defaultSize = 50,
  order = '',
): { nodes: T[]; pageInfo: PageInfo } {
  const prefix = `${CURSOR_PREFIX}${order}${order ? ':' : ''}`;
  checkPageArgs({ first, after });
  const max = RULES.pageSize.max;
  let start = 0;
  if (after) {
    const decoded = Buffer.from(after, 'base64url').toString('utf8');
    const n = decoded.startsWith(prefix) ? Number(decoded.slice(prefix.length)) : NaN;
    if (!Number.isInteger(n) || n < 0) throw BadUserInputError.field('after', 'INVALID_VALUE', 'Not a cursor of this list');
    start = n + 1;
  }
  const size = Math.min(first ?? defaultSize, max);
  const nodes = rows.slice(start, start + size);
  const cursor = (i: number) => Buffer.from(`${prefix}${i}`).toString('base64url');
  return {
    nodes,
    pageInfo: {
      hasNextPage: start + size < rows.length,
      hasPreviousPage: start > 0,
      startCursor: nodes.length ? cursor(start) : null,
      endCursor: nodes.length ? cursor(start + nodes.length - 1) : null,
    },
  };
}

export const num = (v: unknown): number => (v == null ? 0 : Number(v));

function periodType(p: EvaluationPeriod): EvaluationPeriodType {
  return { ...p, key: periodKey(p), ...periodRange(p) };
}

function checkedPeriod(p: EvaluationPeriodInput, path: string[]): EvaluationPeriod {
  const issues = checkPeriod(p);
  if (issues.length) throw new BadUserInputError(issues.map((i) => fieldError([...path, i.field], 'OUT_OF_RANGE', i.message, i.params)));
  return { kind: p.kind, year: p.year, index: p.index };
}

/**
 * 品质评价: monthly and quarterly scores per project, ranked within the tenant and region, and
 * score trends. Every figure comes from a GROUP BY over `inspection_item_result` (and
 * `inspection` for pass/fail) — a fixed number of statements whatever the number of projects;
 * ranks are assigned in one pass in memory over the aggregated rows (domain `competitionRanks`).
 */
export class EvaluationService {
  /** One statement: every project's current and previous period figures. */
  private aggregate(ctx: RequestContext, current: { from: string; to: string }, previous: { from: string; to: string }) {
    const inCurrent = 'r.localDate >= :curFrom';
    const items = ctx.db
      .repo(InspectionItemResult)
      .query('r')
      .select('r.projectId', 'projectId')
      .addSelect(`SUM(CASE WHEN ${inCurrent} THEN COALESCE(r.earnedPoints, 0) ELSE 0 END)`, 'earned')
      .addSelect(`SUM(CASE WHEN ${inCurrent} THEN r.possiblePoints ELSE 0 END)`, 'possible')
      .addSelect(`SUM(CASE WHEN ${inCurrent} THEN 0 ELSE COALESCE(r.earnedPoints, 0) END)`, 'prevEarned')
      .addSelect(`SUM(CASE WHEN ${inCurrent} THEN 0 ELSE r.possiblePoints END)`, 'prevPossible')
      .addSelect(`SUM(CASE WHEN ${inCurrent} AND r.result = 'FAIL' AND r.critical = :yes THEN 1 ELSE 0 END)`, 'criticalFailures')
      .addSelect(`SUM(CASE WHEN ${inCurrent} THEN 1 ELSE 0 END)`, 'results')
      .andWhere('r.localDate >= :prevFrom AND r.localDate <= :curTo')
      .groupBy('r.projectId');
    // Each level's points (检查层级), for the weighted combination (domain combinedLevelScore).
    for (const [n, level] of INSPECTION_LEVELS.entries()) {
      const is = `r.level = '${level}'`;
      items
        .addSelect(`SUM(CASE WHEN ${inCurrent} AND ${is} THEN COALESCE(r.earnedPoints, 0) ELSE 0 END)`, `e${n}`)
        .addSelect(`SUM(CASE WHEN ${inCurrent} AND ${is} THEN r.possiblePoints ELSE 0 END)`, `p${n}`)
        .addSelect(`SUM(CASE WHEN ${inCurrent} OR NOT ${is} THEN 0 ELSE COALESCE(r.earnedPoints, 0) END)`, `pe${n}`)
        .addSelect(`SUM(CASE WHEN ${inCurrent} OR NOT ${is} THEN 0 ELSE r.possiblePoints END)`, `pp${n}`);
    }
    const inspections = ctx.db
      .repo(Inspection)
      .query('i')
      .select('i.projectId', 'projectId')
      .addSelect('COUNT(*)', 'inspections')
      .addSelect('SUM(CASE WHEN i.passed = :no THEN 1 ELSE 0 END)', 'failed')
      .andWhere("i.status = 'SUBMITTED' AND i.localDate >= :curFrom AND i.localDate <= :curTo")
      .groupBy('i.projectId');
    const qb = ctx.db
      .repo(Project)
      .query('p')
      .select('p.id', 'projectId')
      .addSelect('p.regionId', 'regionId')
      .addSelect('p.code', 'code')
      .addSelect('a.earned', 'earned')
      .addSelect('a.possible', 'possible')
      .addSelect('a.prevEarned', 'prevEarned')
      .addSelect('a.prevPossible', 'prevPossible')
      .addSelect('a.criticalFailures', 'criticalFailures')
      .addSelect('a.results', 'results')
      .addSelect('n.inspections', 'inspections')
      .addSelect('n.failed', 'failed')
      .leftJoin(`(${items.getQuery()})`, 'a', 'a.projectId = p.id')
      .leftJoin(`(${inspections.getQuery()})`, 'n', 'n.projectId = p.id')
      .andWhere(new Brackets((w) => w.where("(p.stage = 'OPERATING' AND p.archivedAt IS NULL)").orWhere('a.results > 0')))
      .setParameters({
        ...items.getParameters(),
        ...inspections.getParameters(),
        curFrom: current.from,
        curTo: current.to,
        prevFrom: previous.from,
        yes: true,
        no: false,
      });
    for (const n of INSPECTION_LEVELS.keys()) {
      qb.addSelect(`a.e${n}`, `e${n}`).addSelect(`a.p${n}`, `p${n}`).addSelect(`a.pe${n}`, `pe${n}`).addSelect(`a.pp${n}`, `pp${n}`);
    }
    return qb.getRawMany<Record<string, unknown>>();
  }

  /**
   * Patrol points planned and scanned per project over a period: two GROUP BYs (runs walked;
   * planned runs nobody walked in their window × the route's points), whatever the number of projects.
   */
  private async patrolFigures(
    ctx: RequestContext,
    range: { from: string; to: string },
  ): Promise<Map<string, { planned: number; scanned: number }>> {
    const out = new Map<string, { planned: number; scanned: number }>();
    const at = (id: unknown) => {
      let v = out.get(String(id));
      if (!v) out.set(String(id), (v = { planned: 0, scanned: 0 }));
      return v;
    };
    const walked = await ctx.db
      .repo(PatrolRun)
      .query('run')
      .select('run.projectId', 'projectId')
      .addSelect('SUM(run.pointsPlanned)', 'planned')
      .addSelect('SUM(run.pointsDone + run.pointsLate)', 'scanned')
      .andWhere('run.localDate >= :from AND run.localDate <= :to', range)
      .groupBy('run.projectId')
      .getRawMany<Record<string, unknown>>();
    for (const r of walked) {
      const v = at(r['projectId']);
      v.planned += num(r['planned']);
      v.scanned += num(r['scanned']);
    }
    const unwalked = await ctx.db
      .repo(InspectionOccurrence)
      .query('o')
      .innerJoin(PatrolRoute, 'rt', 'rt.id = o.patrolRouteId')
      .select('o.projectId', 'projectId')
      .addSelect('SUM(rt.pointCount)', 'points')
      .andWhere('o.localDate >= :from AND o.localDate <= :to AND o.completedAt IS NULL AND o.windowEndsAt <= :now', {
        ...range,
        now: ctx.now(),
      })
      .groupBy('o.projectId')
      .getRawMany<Record<string, unknown>>();
    for (const r of unwalked) at(r['projectId']).planned += num(r['points']);
    return out;
  }

  /** Every listed project of the tenant with score and ranks (before visibility filtering). */
  async evaluateTenant(ctx: RequestContext, period: EvaluationPeriod): Promise<Array<ProjectEvaluationType & { code: string }>> {
    const current = periodRange(period);
    const previous = periodRange(previousPeriod(period));
    const raw = await this.aggregate(ctx, current, previous);
    const patrols = await this.patrolFigures(ctx, current);
    const weights = levelWeightsOf(await companySettings(ctx.db));
    const levelPoints = (r: Record<string, unknown>, prefix: '' | 'p') =>
      Object.fromEntries(INSPECTION_LEVELS.map((l, n) => [l, { earned: num(r[`${prefix}e${n}`]), possible: num(r[`${prefix}p${n}`]) }]));
    const rows = raw.map((r) => {
      const patrol = patrols.get(String(r['projectId'])) ?? { planned: 0, scanned: 0 };
      const earned = num(r['earned']);
      const possible = num(r['possible']);
      // 检查层级: the levels combined with the company's weights, renormalised over the levels the project has.
      const score = combinedLevelScore(levelPoints(r, ''), weights);
      const previousScore = combinedLevelScore(levelPoints(r, 'p'), weights);
      return {
        projectId: String(r['projectId']),
        regionId: String(r['regionId']),
        code: String(r['code']),
        score,
        earnedPoints: earned,
        possiblePoints: possible,
        inspections: num(r['inspections']),
        failedInspections: num(r['failed']),
        criticalFailures: num(r['criticalFailures']),
        tenantRank: null as number | null,
        regionRank: null as number | null,
        previousScore,
        change: score !== null && previousScore !== null ? Math.round((score - previousScore) * 100) / 100 : null,
        patrolPointsPlanned: patrol.planned,
        patrolPointsScanned: patrol.scanned,
        patrolCoverage: patrolCoverage(patrol.planned, patrol.scanned),
      };
    });
    const tenant = competitionRanks(rows, (r) => r.score);
    const region = competitionRanks(
      rows,
      (r) => r.score,
      (r) => r.regionId,
    );
    for (const r of rows) {
      r.tenantRank = tenant.get(r) ?? null;
      r.regionRank = region.get(r) ?? null;
    }
    rows.sort((a, b) => (a.tenantRank ?? Infinity) - (b.tenantRank ?? Infinity) || a.code.localeCompare(b.code));
    return rows;
  }

  /**
   * The ranking the caller sees for a period (optionally one region), whole and in rank
   * order, with the tenant-wide list it was ranked in. `path` prefixes period field errors.
   */
  async ranking(ctx: RequestContext, periodInput: EvaluationPeriodInput, regionId: string | null | undefined, path: string[] = ['period']) {
    const period = checkedPeriod(periodInput, path);
    const scope = await resolveScope(ctx, null, regionId);
    const all = await this.evaluateTenant(ctx, period);
    const visible = all.filter(
      (r) => (!scope.regionId || r.regionId === scope.regionId) && canSeeProject(ctx.user, { id: r.projectId, regionId: r.regionId }),
    );
    return { period, all, visible };
  }

  async projectEvaluation(ctx: RequestContext, args: ProjectEvaluationArgs): Promise<ProjectEvaluationConnection> {
    const { period, all, visible } = await this.ranking(ctx, args.period, args.regionId);
    // Default: the ranking order (tenant rank, unscored last, then code). A chosen column sorts
    // with the unscored rows last in either direction, then by project code.
    const order = args.sort ? sortOrder(EvaluationSortField, args.sort, { field: 'tenantRank', direction: 'ASC' }) : null;
    const rows = order
      ? sortRows(
          visible,
          order,
          (r, key) => r[key as keyof typeof r],
          (r) => r.code,
          'last',
        )
      : visible;
    const page = pageOf(rows, args.first, args.after, 50, order ? `${order.property}.${order.direction}` : '');
    return {
      period: periodType(period),
      previous: periodType(previousPeriod(period)),
      ...page,
      totalCount: visible.length,
      rankedCount: visible.filter((r) => r.score !== null).length,
      tenantRankedCount: all.filter((r) => r.score !== null).length,
    };
  }

  /** One GROUP BY over the whole range with a derived period key (portable substr/CASE). */
  async scoreTrend(ctx: RequestContext, args: ScoreTrendArgs): Promise<ScoreTrendType> {
    const T = EVALUATION_RULES.trendPeriods;
    if (!Number.isInteger(args.periods) || args.periods < T.min || args.periods > T.max) {
      throw BadUserInputError.field('periods', 'OUT_OF_RANGE', `Between ${T.min} and ${T.max} periods`, { min: T.min, max: T.max });
    }
    if (args.until && args.until.kind !== args.kind)
      throw BadUserInputError.field(['until', 'kind'], 'INVALID_VALUE', 'The same kind of period as the trend');
    const scope = await resolveScope(ctx, args.projectId, args.regionId);
    const last = args.until ? checkedPeriod(args.until, ['until']) : periodOf(localDate(ctx.now(), scope.timeZone), args.kind);
    const periods = periodsEndingWith(last, args.periods);
    const from = periodRange(periods[0]).from;
    const to = periodRange(last).to;
    const sub = subKey(args.kind, 'r.localDate');
    const year = 'substr(r.localDate, 1, 4)';
    const qb = ctx.db
      .repo(InspectionItemResult)
      .query('r')
      .select(year, 'y')
      .addSelect(sub, 'k')
      .addSelect('SUM(COALESCE(r.earnedPoints, 0))', 'earned')
      .addSelect('SUM(r.possiblePoints)', 'possible')
      .addSelect('COUNT(DISTINCT r.inspectionId)', 'inspections')
      .addSelect('COUNT(DISTINCT r.projectId)', 'projects')
      .andWhere('r.localDate >= :from AND r.localDate <= :to', { from, to })
      .groupBy(year)
      .addGroupBy(sub);
    applyScope(qb, 'r', scope);
    // The pass mark the series' inspections were judged against (their checklists' frozen pass
    // score): the one most of them used, so the chart's 合格线 is the data's, not a constant.
    const marks = ctx.db
      .repo(Inspection)
      .query('i')
      .select('i.passScore', 'mark')
      .addSelect('COUNT(*)', 'n')
      .andWhere("i.status = 'SUBMITTED' AND i.passScore IS NOT NULL")
      .andWhere('i.localDate >= :from AND i.localDate <= :to', { from, to })
      .groupBy('i.passScore')
      .orderBy('n', 'DESC')
      .addOrderBy('mark', 'DESC')
      .limit(1);
    applyScope(marks, 'i', scope);
    const [rows, mark] = await Promise.all([qb.getRawMany<Record<string, unknown>>(), marks.getRawOne<Record<string, unknown>>()]);
    const byKey = new Map(rows.map((r) => [`${Number(r['y'])}-${Number(r['k'])}`, r]));
    return {
      projectId: scope.projectId,
      regionId: scope.regionId,
      kind: args.kind,
      passMark: mark?.['mark'] == null ? null : Number(mark['mark']),
      points: periods.map((p) => {
        const r = byKey.get(`${p.year}-${p.index}`);
        const earned = num(r?.['earned']);
        const possible = num(r?.['possible']);
        return {
          period: periodType(p),
          score: evaluationScore(earned, possible),
          earnedPoints: earned,
          possiblePoints: possible,
          inspections: num(r?.['inspections']),
          projects: num(r?.['projects']),
        };
      }),
    };
  }
}

/** The period's index within its year from a local-day column: month 1–12, or quarter 1–4 by CASE. */
function subKey(kind: EvaluationPeriodKind, column: string): string {
  const month = `substr(${column}, 6, 2)`;
  if (kind === 'MONTH') return month;
  return `CASE WHEN ${month} <= '03' THEN 1 WHEN ${month} <= '06' THEN 2 WHEN ${month} <= '09' THEN 3 ELSE 4 END`;
}
