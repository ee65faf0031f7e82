import { InspectionFrequency, InspectionOccurrence, Region, paginate, type SelectQueryBuilder, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  checkPageArgs,
  companySettings,
  type CompanySettingsValues,
  cursorError,
  fieldError,
  toConnection,
  type AuthInfo,
  type FieldError,
  type RequestContext,
} from '@pinzhi/api-core';
import { PortfolioService } from '@pinzhi/api-portfolio';
import { canPlanInspections } from '@pinzhi/api-inspection-templates';
import { FREQUENCY_RULES, completionError, occurrenceState, startableFrom } from '@pinzhi/domain';
import { STATE_SQL, assigneeRoleOf, limitOccurrences, mineOnly } from './access';
import type { InspectionOccurrencesArgs, OccurrenceScope } from './inputs';
import { OccurrenceMaterialiser } from './materialiser';

const portfolio = new PortfolioService();
const DAY = 86_400_000;
/** How far ahead a projects list materialises plans to find each project's next due inspection. */
const NEXT_DUE_AHEAD_DAYS = 35;

export type Counts = Record<'total' | 'scheduled' | 'due' | 'overdue' | 'completed' | 'late' | 'missed', number>;
const zero = (): Counts => ({ total: 0, scheduled: 0, due: 0, overdue: 0, completed: 0, late: 0, missed: 0 });

/** Who may record an occurrence as done (or inspect it): its assignee, holders of its assignee role, and planners. */
export function mayCompleteOccurrence(user: AuthInfo, o: InspectionOccurrence): boolean {
  return (
    canPlanInspections(user) ||
    o.assigneeUserId === user.userId ||
    (o.assigneeUserId === null && o.assigneeRole !== null && assigneeRoleOf(user.role) === o.assigneeRole)
  );
}

/** An occurrence as the API shows it: its state is computed at the request's time. */
export function withState(o: InspectionOccurrence, now: Date) {
  return Object.assign(o, { state: occurrenceState(o, now) });
}

/**
 * Reading the plan: occurrences for a scope and a range of local days (materialised first,
 * so reading is enough to see what is due), calendars with per-day counts by state, and
 * recording that one was done.
 */
export class OccurrencesService {
  constructor(private readonly materialiser: OccurrenceMaterialiser) {}

  /** Checks the scope and range, and materialises occurrences up to the range's end. */
  private async prepare(ctx: RequestContext, scope: OccurrenceScope): Promise<{ now: Date; qb: SelectQueryBuilder<InspectionOccurrence> }> {
    const now = ctx.now();
    const errors: FieldError[] = [];
    if (scope.to < scope.from) errors.push(fieldError(['scope', 'to'], 'DATE_ORDER', 'The range ends before it starts'));
    const days = (Date.parse(scope.to) - Date.parse(scope.from)) / DAY + 1;
    if (days > FREQUENCY_RULES.calendarDays.max)
      errors.push(
        fieldError(['scope', 'to'], 'OUT_OF_RANGE', `At most ${FREQUENCY_RULES.calendarDays.max} days at a time`, {
          max: FREQUENCY_RULES.calendarDays.max,
        }),
      );
    const horizon = new Date(now.getTime() + FREQUENCY_RULES.horizonDays.max * DAY);
    // The latest instant any zone's `to` day can end at (UTC−12).
    const until = new Date(Date.parse(`${scope.to}T00:00:00Z`) + DAY + 12 * 3_600_000);
    if (until > horizon)
      errors.push(
        fieldError(['scope', 'to'], 'OUT_OF_RANGE', `Plans reach at most ${FREQUENCY_RULES.horizonDays.max} days ahead`, {
          max: FREQUENCY_RULES.horizonDays.max,
        }),
      );
    if (errors.length) throw new BadUserInputError(errors);
    if (scope.projectId) await portfolio.getProject(ctx, scope.projectId);
    if (scope.regionId) await ctx.db.repo(Region).getById(scope.regionId);
    if (scope.assigneeUserId && ctx.user.role === 'INSPECTOR' && scope.assigneeUserId !== ctx.user.userId) {
      throw new ForbiddenError('Inspectors see their own assignments only');
    }
    await this.materialiser.ensure(ctx.db, now, until, { projectId: scope.projectId, regionId: scope.regionId });
    const qb = ctx.db
      .repo(InspectionOccurrence)
      .query('o')
      .andWhere('o.localDate >= :from AND o.localDate <= :to', { from: scope.from, to: scope.to });
    if (scope.projectId) qb.andWhere('o.projectId = :projectId', { projectId: scope.projectId });
    if (scope.regionId) qb.andWhere('o.regionId = :regionId', { regionId: scope.regionId });
    if (scope.assigneeUserId) qb.andWhere('o.assigneeUserId = :assignee', { assignee: scope.assigneeUserId });
    if (scope.mine) mineOnly(qb, 'o', ctx.user);
    if (scope.kind === 'INSPECTION') qb.andWhere('o.patrolRouteId IS NULL');
    if (scope.kind === 'PATROL') qb.andWhere('o.patrolRouteId IS NOT NULL');
    limitOccurrences(qb, 'o', ctx.user);
    return { now, qb };
  }

  async list(ctx: RequestContext, args: InspectionOccurrencesArgs) {
    checkPageArgs(args);
    const { now, qb } = await this.prepare(ctx, args.scope);
    const states = args.states?.length ? args.states : null;
    if (states) {
      const sql = STATE_SQL('o');
      qb.andWhere(`(${states.map((s) => `(${sql[s]})`).join(' OR ')})`, { now, yes: true, no: false });
    }
    const page = await paginate(qb, { alias: 'o', sortProperty: 'dueAt', direction: 'ASC', defaultSize: 50, ...args }).catch(cursorError);
    return toConnection({ ...page, nodes: page.nodes.map((o) => withState(o, now)) });
  }

  /**
   * A project's next due inspection: its earliest occurrence the caller may see that is not
   * done and whose window is still open (DUE now or SCHEDULED), by due time — for a whole
   * page of projects in one statement (per-request DataLoader). Like every read of the plan it
   * first materialises the page's frequencies ahead (NEXT_DUE_AHEAD_DAYS, to the end of that UTC
   * day; one SELECT when they are already materialised, whatever the page size).
   */
  nextDue(ctx: RequestContext, projectId: string): Promise<InspectionOccurrence | null> {
    const now = ctx.now();
    return ctx.loaders
      .custom<string, InspectionOccurrence | null>('nextDueOccurrence', async (db, projectIds) => {
        // Up to the end of a UTC day: later requests that day find everything materialised (one SELECT, no writes).
        const until = new Date(Math.ceil((now.getTime() + NEXT_DUE_AHEAD_DAYS * DAY) / DAY) * DAY);
        await this.materialiser.ensure(db, now, until, { projectIds });
        const repo = db.repo(InspectionOccurrence);
        const qb = repo
          .query('o')
          .andWhere('o.projectId IN (:...nextDueProjects)', { nextDueProjects: projectIds })
          .andWhere('o.completedAt IS NULL AND o.windowEndsAt > :nextDueNow', { nextDueNow: now })
          // The next *inspection*: patrol runs (several a day) would hide it.
          .andWhere('o.patrolRouteId IS NULL')
          // Implied by the window's longest length, but lets the (tenant, project, day) index read a
          // few weeks per project instead of each project's whole history.
          .andWhere('o.localDate >= :nextDueFromDay', {
            nextDueFromDay: new Date(now.getTime() - (FREQUENCY_RULES.windowMinutes.max * 60_000 + 2 * DAY)).toISOString().slice(0, 10),
          });
        limitOccurrences(qb, 'o', ctx.user);
        const rows = await repo.firstPerGroup(qb, 'o', 'o.projectId', 'o.dueAt, o.id');
        const byProject = new Map(rows.map((o) => [o.projectId, withState(o, now)]));
        return projectIds.map((id) => byProject.get(id) ?? null);
      })
      .load(projectId);
  }

  /** One occurrence the caller may see (else NOT_FOUND); `db` = the caller's transaction, if any. */
  async get(ctx: RequestContext, id: string, db: TenantDb = ctx.db) {
    const qb = db.repo(InspectionOccurrence).query('o').andWhere('o.id = :id', { id });
    limitOccurrences(qb, 'o', ctx.user);
    const o = await qb.getOne();
    if (!o) throw new NotFoundError('InspectionOccurrence', id);
    return withState(o, ctx.now());
  }

  /**
   * Month or week views: counts by state per local day in SQL (GROUP BY, one query however
   * many projects), and the first `itemsPerDay` occurrences of each day (one more query).
   */
  async calendar(ctx: RequestContext, scope: OccurrenceScope, itemsPerDay: number) {
    if (itemsPerDay < 0 || itemsPerDay > 50)
      throw BadUserInputError.field('itemsPerDay', 'OUT_OF_RANGE', 'Between 0 and 50', { min: 0, max: 50 });
    const { now, qb } = await this.prepare(ctx, scope);
    const sql = STATE_SQL('o');
    const sum = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
    const counted = qb
      .clone()
      .select('o.localDate', 'day')
      .addSelect('COUNT(*)', 'total')
      .addSelect(sum(sql.SCHEDULED), 'scheduled')
      .addSelect(sum(sql.DUE), 'due')
      .addSelect(sum(sql.OVERDUE), 'overdue')
      .addSelect(sum(sql.COMPLETED), 'completed')
      .addSelect(sum(sql.LATE), 'late')
      .addSelect(sum(sql.MISSED), 'missed')
      .setParameters({ now, yes: true, no: false })
      .groupBy('o.localDate')
      .orderBy('o.localDate', 'ASC');
    const rows: Array<Record<string, string | number>> = await counted.getRawMany();
    const items = new Map<string, InspectionOccurrence[]>();
    if (itemsPerDay > 0 && rows.length) {
      const ids = await ctx.db.repo(InspectionOccurrence).idsTopPerGroup(qb, 'o.id', 'o.localDate', 'o.dueAt, o.id', itemsPerDay);
      const found = await ctx.db.repo(InspectionOccurrence).findByIds(ids);
      found.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id.localeCompare(b.id));
      for (const o of found) items.set(o.localDate, [...(items.get(o.localDate) ?? []), withState(o, now)]);
    }
    const totals = zero();
    const days = rows.map((r) => {
      const counts = zero();
      for (const k of Object.keys(counts) as Array<keyof Counts>) {
        counts[k] = Number(r[k] ?? 0);
        totals[k] += counts[k];
      }
      const date = normaliseDay(r['day']);
      return { date, counts, items: items.get(date) ?? [] };
    });
    return { from: scope.from, to: scope.to, days, totals };
  }

  /**
   * Records that an occurrence was done (issue 6's inspections call `completeIn`). Allowed for
   * its assignee, holders of its assignee role, and planners; refused before it is due and
   * after a closed window.
   */
  async complete(ctx: RequestContext, id: string, note: string | null) {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const o = await this.get(ctx, id, db);
      if (!mayCompleteOccurrence(ctx.user, o))
        throw new ForbiddenError('Only its assignee or the Quality Center may record this inspection');
      const after = await this.completeIn(db, o, now, note);
      return withState(after, now);
    });
  }

  /** The company settings, read once per request (occurrence fields on a whole page need them). */
  settingsOf(ctx: RequestContext): Promise<CompanySettingsValues> {
    return ctx.loaders
      .custom<'settings', CompanySettingsValues>('companySettings', async (db, keys) => {
        const s = await companySettings(db);
        return keys.map(() => s);
      })
      .load('settings');
  }

  async completeIn(db: TenantDb, o: InspectionOccurrence, now: Date, note: string | null): Promise<InspectionOccurrence> {
    // The company may allow starting a few hours before the window opens (公司设置 → 提前开始).
    const { earlyStartHours } = await companySettings(db);
    const problem = completionError(o, now, earlyStartHours);
    if (problem === 'ALREADY_COMPLETED') throw BadUserInputError.field('id', 'INVALID_TRANSITION', 'This inspection is already recorded');
    if (problem === 'NOT_YET_DUE')
      throw BadUserInputError.field('id', 'INVALID_TRANSITION', 'This inspection is not due yet', {
        dueAt: o.dueAt.toISOString(),
        startableFrom: startableFrom(o.dueAt, earlyStartHours).toISOString(),
      });
    if (problem === 'WINDOW_CLOSED')
      throw BadUserInputError.field(
        'id',
        'INVALID_TRANSITION',
        'The window closed and late submission is not allowed: this one is missed',
        { windowEndsAt: o.windowEndsAt.toISOString() },
      );
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > 500) throw BadUserInputError.field('note', 'TOO_LONG', 'At most 500 characters', { max: 500 });
    const after = await db
      .repo(InspectionOccurrence)
      .update(o.id, { completedAt: now, completedByUserId: db.actorUserId, completionNote: trimmed });
    const state = occurrenceState(after, now);
    await db.audit({
      operation: 'completeInspectionOccurrence',
      entity: 'InspectionOccurrence',
      entityId: o.id,
      changes: { state: { from: occurrenceState(o, now), to: state } },
    });
    // After-completion schedules get their next occurrence now.
    const f = await db.repo(InspectionFrequency).findById(o.frequencyId);
    if (f?.anchor === 'AFTER_COMPLETION' && !f.archivedAt) await this.materialiser.materialise(db, now, now, [f]);
    return after;
  }
}

/** SQLite returns dates as strings, MySQL as strings too (dateStrings) or Date: always YYYY-MM-DD. */
function normaliseDay(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
