import {
  Brackets,
  HolidayList,
  InspectionFrequency,
  InspectionFrequencyDefault,
  InspectionOccurrence,
  InspectionTemplate,
  PatrolRoute,
  Project,
  Property,
  paginate,
  type TenantDb,
} from '@pinzhi/db';
import {
  BadUserInputError,
  NotFoundError,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type FieldError,
  type RequestContext,
} from '@pinzhi/api-core';
import { PortfolioService } from '@pinzhi/api-portfolio';
import { requirePlanner } from '@pinzhi/api-inspection-templates';
import {
  addMonths,
  DEFAULT_INSPECTION_LEVEL,
  firstDueAfterCompletion,
  localDayStart,
  localTime,
  nextDueAfterCompletion,
  nextOccurrences,
  normaliseRecurrence,
  occurrencesBetween,
  recurrenceError,
  type PropertyFormat,
} from '@pinzhi/domain';
import { limitFrequencies } from './access';
import { afterCompletionOf, OccurrenceMaterialiser, scheduleOf } from './materialiser';
import type {
  HolidayListInput,
  InspectionFrequenciesArgs,
  InspectionFrequencyDefaultInput,
  InspectionFrequencyInput,
  ScheduleInput,
} from './inputs';

const portfolio = new PortfolioService();
/** More than this many occurrences a day on average is a mistake, not a plan. */
const MAX_PER_DAY = 24;
const FREQUENCY_FIELDS = [
  'templateId',
  'anchor',
  'rrule',
  'periodUnit',
  'periodCount',
  'startTime',
  'startDate',
  'endDate',
  'windowMinutes',
  'allowLate',
  'holidayListId',
  'excludedDates',
  'assigneeUserId',
  'assigneeRole',
  'note',
  'level',
] as const;

type ScheduleValues = Pick<
  InspectionFrequency,
  | 'anchor'
  | 'rrule'
  | 'periodUnit'
  | 'periodCount'
  | 'startTime'
  | 'windowMinutes'
  | 'allowLate'
  | 'holidayListId'
  | 'assigneeRole'
  | 'templateId'
>;
/** A patrol route's schedule: a calendar frequency without a checklist. */
export type RouteScheduleValues = Pick<
  InspectionFrequencyInput,
  | 'rrule'
  | 'windowMinutes'
  | 'allowLate'
  | 'holidayListId'
  | 'assigneeRole'
  | 'startDate'
  | 'endDate'
  | 'excludedDates'
  | 'assigneeUserId'
  | 'note'
>;
type FrequencyValues = ScheduleValues &
  Pick<InspectionFrequency, 'startDate' | 'endDate' | 'excludedDates' | 'assigneeUserId' | 'note' | 'level'>;

/**
 * Inspection frequencies (检查频次) per project, the tenant's holiday lists and per-format
 * defaults. A change takes effect from now: occurrences up to now are materialised with the
 * old rule first, undone future ones are dropped, and the new rule applies from there.
 */
export class FrequenciesService {
  constructor(private readonly materialiser: OccurrenceMaterialiser) {}

  // ── holiday lists ────────────────────────────────────────────────────────
  holidayLists(ctx: RequestContext): Promise<HolidayList[]> {
    return ctx.db.repo(HolidayList).find({ order: { name: 'ASC' }, take: 100 });
  }

  async saveHolidayList(
    ctx: RequestContext,
    id: string | null,
    input: HolidayListInput,
    expectedVersion?: number | null,
  ): Promise<HolidayList> {
    requirePlanner(ctx.user);
    const name = input.name.trim();
    const dates = [...new Set(input.dates)].sort();
    return ctx.db.transaction(async (db) => {
      const clash = await db.repo(HolidayList).findOne({ name });
      if (clash && clash.id !== id)
        throw BadUserInputError.field(['input', 'name'], 'TAKEN', 'A holiday list with this name already exists');
      if (!id) {
        const created = await db.repo(HolidayList).insert({ name, dates });
        await db.audit({
          operation: 'createHolidayList',
          entity: 'HolidayList',
          entityId: created.id,
          changes: changedFields(null, created, ['name', 'dates']),
        });
        return created;
      }
      const before = await db.repo(HolidayList).getById(id);
      const after = await db.repo(HolidayList).update(id, { name, dates }, expectedVersion ?? undefined);
      await db.audit({
        operation: 'updateHolidayList',
        entity: 'HolidayList',
        entityId: id,
        changes: changedFields(before, after, ['name', 'dates']),
      });
      return after;
    });
  }

  async deleteHolidayList(ctx: RequestContext, id: string): Promise<boolean> {
    requirePlanner(ctx.user);
    return ctx.db.transaction(async (db) => {
      const list = await db.repo(HolidayList).getById(id);
      const used =
        (await db.repo(InspectionFrequency).count({ holidayListId: id })) +
        (await db.repo(InspectionFrequencyDefault).count({ holidayListId: id }));
      if (used)
        throw BadUserInputError.field('id', 'INVALID_VALUE', `${used} frequencies or defaults use this list; change them first`, {
          count: used,
        });
      await db.repo(HolidayList).delete(id);
      await db.audit({
        operation: 'deleteHolidayList',
        entity: 'HolidayList',
        entityId: id,
        changes: { name: { from: list.name, to: null } },
      });
      return true;
    });
  }

  // ── reading frequencies ──────────────────────────────────────────────────
  async list(ctx: RequestContext, args: InspectionFrequenciesArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    // A patrol route's schedule is read and changed through its route.
    const qb = ctx.db
      .repo(InspectionFrequency)
      .query('f')
      .innerJoin(Project, 'p', 'p.id = f.projectId')
      .andWhere('f.patrolRouteId IS NULL');
    if (!f.includeArchived) qb.andWhere('f.archivedAt IS NULL');
    if (f.projectId) qb.andWhere('f.projectId = :projectId', { projectId: f.projectId });
    if (f.templateId) qb.andWhere('f.templateId = :templateId', { templateId: f.templateId });
    limitFrequencies(qb, 'f', 'p', ctx.user);
    const page = await paginate(qb, { alias: 'f', sortProperty: 'createdAt', direction: 'ASC', defaultSize: 50, ...args }).catch(
      cursorError,
    );
    return toConnection(page);
  }

  async get(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<InspectionFrequency> {
    const qb = db
      .repo(InspectionFrequency)
      .query('f')
      .innerJoin(Project, 'p', 'p.id = f.projectId')
      .andWhere('f.id = :id AND f.patrolRouteId IS NULL', { id });
    limitFrequencies(qb, 'f', 'p', ctx.user);
    const f = await qb.getOne();
    if (!f) throw new NotFoundError('InspectionFrequency', id);
    return f;
  }

  // ── writing frequencies ──────────────────────────────────────────────────
  async create(ctx: RequestContext, projectId: string, input: InspectionFrequencyInput): Promise<InspectionFrequency> {
    requirePlanner(ctx.user);
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const project = await portfolio.getProject(ctx, projectId, db);
      const values = await this.check(db, project, input, now, null);
      const created = await db
        .repo(InspectionFrequency)
        .insert({ ...values, projectId, patrolRouteId: null, materialisedUntil: now, archivedAt: null });
      await db.audit({
        operation: 'createInspectionFrequency',
        entity: 'InspectionFrequency',
        entityId: created.id,
        record: { entity: 'Project', id: projectId },
        changes: changedFields(null, created, ['projectId', ...FREQUENCY_FIELDS]),
      });
      await this.notifyAssignee(ctx, db, now, null, created, project);
      return created;
    });
  }

  /** The problems of a route's schedule, without saving it (so a route reports every problem at once). */
  async routeScheduleProblems(
    ctx: RequestContext,
    db: TenantDb,
    project: Project,
    current: InspectionFrequency | null,
    input: RouteScheduleValues | null,
    prefix: string[] = ['schedule'],
  ): Promise<FieldError[]> {
    if (!input) return [];
    try {
      await this.check(db, project, this.routeInput(input), ctx.now(), current && !current.archivedAt ? current : null, prefix, true);
      return [];
    } catch (e) {
      if (e instanceof BadUserInputError) return e.fields;
      throw e;
    }
  }

  private routeInput(input: RouteScheduleValues): InspectionFrequencyInput {
    return { ...input, templateId: null as unknown as string, anchor: 'CALENDAR', periodUnit: null, periodCount: null, startTime: null };
  }

  /**
   * A patrol route's schedule (巡逻路线): a frequency without a checklist, with the same rules
   * (RRULE in the project's zone, window, late rule, holidays, assignee) and the same cut-over on
   * change — inside the caller's transaction `db`. `input` null stops the schedule from now on.
   * The caller checks who may do it (patrol managers).
   */
  async saveRouteScheduleIn(
    ctx: RequestContext,
    db: TenantDb,
    project: Project,
    routeId: string,
    current: InspectionFrequency | null,
    input: RouteScheduleValues | null,
    prefix: string[] = ['schedule'],
  ): Promise<InspectionFrequency | null> {
    const now = ctx.now();
    const active = current && !current.archivedAt ? current : null;
    if (!input) {
      if (!active) return null;
      await this.cutOver(db, active, now);
      const after = await db.repo(InspectionFrequency).update(active.id, { archivedAt: now, materialisedUntil: now });
      await db.audit({
        operation: 'archiveInspectionFrequency',
        entity: 'InspectionFrequency',
        entityId: active.id,
        record: { entity: 'Project', id: project.id },
        changes: changedFields(active, after, ['archivedAt']),
      });
      return null;
    }
    const values = await this.check(db, project, this.routeInput(input), now, active, prefix, true);
    // Unchanged: keep the occurrences already planned (a device may hold them offline).
    if (active && Object.keys(changedFields(active, values, [...FREQUENCY_FIELDS])).length === 0) return active;
    if (active) {
      await this.cutOver(db, active, now);
      const after = await db.repo(InspectionFrequency).update(active.id, { ...values, materialisedUntil: now });
      await db.audit({
        operation: 'updateInspectionFrequency',
        entity: 'InspectionFrequency',
        entityId: active.id,
        record: { entity: 'Project', id: project.id },
        changes: changedFields(active, after, [...FREQUENCY_FIELDS]),
      });
      return after;
    }
    const created = await db
      .repo(InspectionFrequency)
      .insert({ ...values, projectId: project.id, patrolRouteId: routeId, materialisedUntil: now, archivedAt: null });
    await db.audit({
      operation: 'createInspectionFrequency',
      entity: 'InspectionFrequency',
      entityId: created.id,
      record: { entity: 'Project', id: project.id },
      changes: changedFields(null, created, ['projectId', ...FREQUENCY_FIELDS]),
    });
    return created;
  }

  async update(
    ctx: RequestContext,
    id: string,
    input: InspectionFrequencyInput,
    expectedVersion: number | null,
  ): Promise<InspectionFrequency> {
    requirePlanner(ctx.user);
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const before = await this.get(ctx, id, db);
      if (before.archivedAt) throw BadUserInputError.field('id', 'INVALID_VALUE', 'This frequency is archived');
      if (expectedVersion != null && expectedVersion !== before.version) await db.repo(InspectionFrequency).update(id, {}, expectedVersion); // → CONFLICT
      const project = await db.repo(Project).getById(before.projectId);
      const values = await this.check(db, project, input, now, before);
      await this.cutOver(db, before, now);
      const after = await db.repo(InspectionFrequency).update(id, { ...values, materialisedUntil: now }, expectedVersion ?? undefined);
      await db.audit({
        operation: 'updateInspectionFrequency',
        entity: 'InspectionFrequency',
        entityId: id,
        record: { entity: 'Project', id: before.projectId },
        changes: changedFields(before, after, [...FREQUENCY_FIELDS]),
      });
      await this.notifyAssignee(ctx, db, now, before, after, project);
      return after;
    });
  }

  /** A new assignee (a person, or the holders of a role) hears about the inspection now theirs. */
  private async notifyAssignee(
    ctx: RequestContext,
    db: TenantDb,
    now: Date,
    before: InspectionFrequency | null,
    after: InspectionFrequency,
    project: Project,
  ): Promise<void> {
    if (before && before.assigneeUserId === after.assigneeUserId && before.assigneeRole === after.assigneeRole) return;
    const user = after.assigneeUserId ?? (after.assigneeRole === 'PROJECT_MANAGER' ? project.managerUserId : null);
    const role = !user && after.assigneeRole ? after.assigneeRole : null;
    if (!user && !role) return;
    // A patrol route's schedule has no template: the route's name stands in for it.
    const what = after.templateId
      ? await db.repo(InspectionTemplate).findById(after.templateId)
      : after.patrolRouteId
        ? await db.repo(PatrolRoute).findById(after.patrolRouteId)
        : null;
    await ctx.events.emit(db, now, {
      kind: 'OCCURRENCE_ASSIGNED',
      entity: { type: 'InspectionFrequency', id: after.id },
      params: { project: project.name, template: what?.name ?? null, projectId: project.id },
      to: user ? [{ users: [user] }] : [{ roles: [role!], regionId: project.regionId, projectId: project.id }],
    });
  }

  /** Stops it from now on; its past occurrences stay. */
  async archive(ctx: RequestContext, id: string): Promise<InspectionFrequency> {
    requirePlanner(ctx.user);
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const before = await this.get(ctx, id, db);
      if (before.archivedAt) return before;
      await this.cutOver(db, before, now);
      const after = await db.repo(InspectionFrequency).update(id, { archivedAt: now, materialisedUntil: now });
      await db.audit({
        operation: 'archiveInspectionFrequency',
        entity: 'InspectionFrequency',
        entityId: id,
        record: { entity: 'Project', id: before.projectId },
        changes: changedFields(before, after, ['archivedAt']),
      });
      return after;
    });
  }

  /** History is fixed up to `now` with the current rule; open future occurrences are dropped. */
  private async cutOver(db: TenantDb, f: InspectionFrequency, now: Date): Promise<void> {
    await this.materialiser.materialise(db, now, now, [f]);
    const future = await db
      .repo(InspectionOccurrence)
      .query('o')
      .select('o.id')
      .andWhere('o.frequencyId = :fid AND o.completedAt IS NULL AND o.dueAt >= :now', { fid: f.id, now })
      .getMany();
    for (const o of future) await db.repo(InspectionOccurrence).delete(o.id);
  }

  // ── preview ──────────────────────────────────────────────────────────────
  /**
   * What a frequency would do before it is saved: its next occurrences in the project's
   * time zone, and the assignee's monthly workload (this month and the next two) with and
   * without it. `frequencyId` = previewing a change to that frequency.
   */
  async preview(ctx: RequestContext, projectId: string, input: InspectionFrequencyInput, frequencyId: string | null, count: number) {
    requirePlanner(ctx.user);
    const db = ctx.db;
    const now = ctx.now();
    const project = await portfolio.getProject(ctx, projectId);
    const before = frequencyId ? await this.get(ctx, frequencyId) : null;
    const values = await this.check(db, project, input, now, before);
    const tz = project.timeZone;
    const holidays = values.holidayListId ? ((await db.repo(HolidayList).findById(values.holidayListId))?.dates ?? []) : [];
    const upcoming = this.upcoming(values, tz, holidays, now, Math.min(Math.max(count, 1), 50));
    const thisMonth = localTime(now, tz, 'YYYY-MM');
    const months = [0, 1, 2].map((i) => addMonths(thisMonth, i));
    // The assignee's other active frequencies: by name (and as manager), or the same role at this project.
    const manager = values.assigneeRole === 'PROJECT_MANAGER' ? project.managerUserId : null;
    const person = values.assigneeUserId ?? manager;
    const others = await this.othersOf(db, person ? { person } : { projectId, role: values.assigneeRole }, frequencyId);
    let assigneeLabel = values.assigneeRole ?? '';
    if (person) assigneeLabel = (await ctx.loaders.users.load(person))?.displayName ?? assigneeLabel;
    const workload = months.map((month) => {
      const added = countInMonth(values, tz, holidays, month);
      const existing = others.count(month);
      return { month, added, existing, total: added + existing };
    });
    return {
      timeZone: tz,
      assigneeLabel,
      workload,
      occurrences: upcoming.map((dueAt) => ({
        dueAt,
        windowEndsAt: new Date(dueAt.getTime() + values.windowMinutes * 60_000),
        localDue: localTime(dueAt, tz),
        weekday: Number(localTime(dueAt, tz, 'd')) || 7,
      })),
    };
  }

  /**
   * The active frequencies that load the same person or role (a workload): by name and as the
   * manager of their projects (`person`), or assigned to `role` — at one project, or company-wide
   * without `projectId` (the role's pool). `count(month)` = their occurrences in that month.
   */
  private async othersOf(
    db: TenantDb,
    who: { person: string } | { role: string | null; projectId?: string },
    excludeFrequencyId: string | null = null,
  ): Promise<{ rows: InspectionFrequency[]; count: (month: string) => number }> {
    const q = db.repo(InspectionFrequency).query('f').innerJoin(Project, 'p', 'p.id = f.projectId').andWhere('f.archivedAt IS NULL');
    if (excludeFrequencyId) q.andWhere('f.id <> :self', { self: excludeFrequencyId });
    if ('person' in who) {
      q.andWhere(
        new Brackets((w) =>
          w
            .where('f.assigneeUserId = :person', { person: who.person })
            .orWhere("(f.assigneeRole = 'PROJECT_MANAGER' AND p.managerUserId = :person)"),
        ),
      );
    } else {
      q.andWhere('f.assigneeRole = :role AND f.assigneeUserId IS NULL', { role: who.role });
      if (who.projectId) q.andWhere('f.projectId = :pid', { pid: who.projectId });
    }
    const rows = await q.getMany();
    const zones = new Map((await db.repo(Project).findByIds(rows.map((o) => o.projectId))).map((p) => [p.id, p.timeZone]));
    const holidays = new Map(
      (await db.repo(HolidayList).findByIds(rows.flatMap((o) => (o.holidayListId ? [o.holidayListId] : [])))).map((h) => [h.id, h.dates]),
    );
    return {
      rows,
      count: (month) =>
        rows.reduce(
          (sum, o) =>
            sum +
            countInMonth(o, zones.get(o.projectId) ?? 'Asia/Shanghai', o.holidayListId ? (holidays.get(o.holidayListId) ?? []) : [], month),
          0,
        ),
    };
  }

  /**
   * What applying the format's defaults to a project would create, without writing (go-live's
   * preview): each default with its occurrences in `month` or the reason it would be skipped,
   * and per assignee (the manager by name, else the role company-wide) the month's existing
   * occurrences and those added.
   */
  async defaultsPreview(ctx: RequestContext, db: TenantDb, project: Project, month: string) {
    const now = ctx.now();
    const property = await db.repo(Property).getById(project.propertyId);
    const defaults = await db.repo(InspectionFrequencyDefault).find({ where: { format: property.format }, order: { position: 'ASC' } });
    const existing = new Set(
      (await db.repo(InspectionFrequency).find({ where: { projectId: project.id } })).filter((f) => !f.archivedAt).map((f) => f.templateId),
    );
    const templates = new Map((await db.repo(InspectionTemplate).findByIds(defaults.map((d) => d.templateId))).map((t) => [t.id, t]));
    const holidays = new Map(
      (await db.repo(HolidayList).findByIds(defaults.flatMap((d) => (d.holidayListId ? [d.holidayListId] : [])))).map((h) => [
        h.id,
        h.dates,
      ]),
    );
    const start = localTime(now, project.timeZone, 'YYYY-MM-DD');
    const frequencies = [];
    const load = new Map<string, { userId: string | null; role: string | null; added: number }>();
    for (const d of defaults) {
      const t = templates.get(d.templateId);
      let skipped: string | null = null;
      if (existing.has(d.templateId)) skipped = 'ALREADY_SCHEDULED';
      else if (!t || t.archivedAt) skipped = 'TEMPLATE_ARCHIVED';
      else if (!t.latestVersionId) skipped = 'TEMPLATE_NOT_PUBLISHED';
      const values = {
        ...pick(d),
        startDate: start,
        endDate: null,
        excludedDates: [],
        assigneeUserId: null,
        note: null,
        level: t?.level ?? DEFAULT_INSPECTION_LEVEL,
      } as FrequencyValues;
      const perMonth = skipped
        ? 0
        : countInMonth(values, project.timeZone, d.holidayListId ? (holidays.get(d.holidayListId) ?? []) : [], month);
      const person = d.assigneeRole === 'PROJECT_MANAGER' ? project.managerUserId : null;
      if (!skipped) {
        const key = person ?? `role:${d.assigneeRole}`;
        const entry = load.get(key) ?? { userId: person, role: person ? null : d.assigneeRole, added: 0 };
        entry.added += perMonth;
        load.set(key, entry);
      }
      frequencies.push({
        templateId: d.templateId,
        templateName: t?.name ?? '',
        rrule: d.rrule,
        anchor: d.anchor,
        periodUnit: d.periodUnit,
        periodCount: d.periodCount,
        assigneeRole: d.assigneeRole,
        perMonth,
        skipped,
      });
    }
    const workload = [];
    for (const entry of load.values()) {
      const others = await this.othersOf(db, entry.userId ? { person: entry.userId } : { role: entry.role });
      workload.push({ ...entry, month, existing: others.count(month) });
    }
    return { frequencies, workload };
  }

  private upcoming(v: FrequencyValues, tz: string, holidays: readonly string[], now: Date, count: number): Date[] {
    if (v.anchor === 'CALENDAR') return nextOccurrences(scheduleOf(v, tz, holidays), now, count);
    const rule = afterCompletionOf(v, tz, holidays);
    const out: Date[] = [];
    let at = firstDueAfterCompletion(rule);
    while (at && out.length < count) {
      if (at >= now) out.push(at);
      at = nextDueAfterCompletion(rule, at);
    }
    return out;
  }

  // ── defaults per property format ─────────────────────────────────────────
  defaults(ctx: RequestContext, format: PropertyFormat): Promise<InspectionFrequencyDefault[]> {
    return ctx.db.repo(InspectionFrequencyDefault).find({ where: { format }, order: { position: 'ASC' } });
  }

  /** Replaces the format's default set. */
  async saveDefaults(
    ctx: RequestContext,
    format: PropertyFormat,
    items: InspectionFrequencyDefaultInput[],
  ): Promise<InspectionFrequencyDefault[]> {
    requirePlanner(ctx.user);
    return ctx.db.transaction(async (db) => {
      const errors: FieldError[] = [];
      const checked = await Promise.all(items.map((item, i) => this.checkSchedule(db, item, format, ['items', String(i)], errors)));
      if (errors.length) throw new BadUserInputError(errors);
      const before = await db.repo(InspectionFrequencyDefault).find({ where: { format } });
      await db.repo(InspectionFrequencyDefault).deleteWhere({ format });
      const saved = await db
        .repo(InspectionFrequencyDefault)
        .insertMany(checked.map((v, i) => ({ ...v, templateId: v.templateId!, format, position: i + 1 })));
      await db.audit({
        operation: 'saveInspectionFrequencyDefaults',
        entity: 'InspectionFrequencyDefault',
        entityId: format,
        changes: { count: { from: before.length, to: saved.length } },
      });
      return saved.sort((a, b) => a.position - b.position);
    });
  }

  /**
   * Creates the project's frequencies from its format's defaults (onboarding uses this).
   * A checklist the project already has an active frequency for is skipped, not doubled.
   */
  async applyDefaults(ctx: RequestContext, projectId: string, startDate: string | null) {
    requirePlanner(ctx.user);
    return this.applyDefaultsIn(ctx, ctx.db, projectId, startDate);
  }

  /**
   * applyDefaults without the role check, inside the caller's transaction `db` (go-live
   * provisioning of an onboarded project).
   */
  async applyDefaultsIn(ctx: RequestContext, outer: TenantDb, projectId: string, startDate: string | null) {
    const now = ctx.now();
    return outer.transaction(async (db) => {
      const project = await portfolio.getProject(ctx, projectId, db);
      const property = await db.repo(Property).getById(project.propertyId);
      const defaults = await db.repo(InspectionFrequencyDefault).find({ where: { format: property.format }, order: { position: 'ASC' } });
      if (defaults.length === 0)
        throw BadUserInputError.field('projectId', 'INVALID_VALUE', `There are no default frequencies for ${property.format} projects yet`);
      const start = startDate ?? localTime(now, project.timeZone, 'YYYY-MM-DD');
      const existing = new Set(
        (await db.repo(InspectionFrequency).find({ where: { projectId } })).filter((f) => !f.archivedAt).map((f) => f.templateId),
      );
      const templates = new Map((await db.repo(InspectionTemplate).findByIds(defaults.map((d) => d.templateId))).map((t) => [t.id, t]));
      const created: InspectionFrequency[] = [];
      const skipped: Array<{ templateId: string; reason: string }> = [];
      for (const d of defaults) {
        const t = templates.get(d.templateId);
        if (existing.has(d.templateId)) skipped.push({ templateId: d.templateId, reason: 'ALREADY_SCHEDULED' });
        else if (!t || t.archivedAt) skipped.push({ templateId: d.templateId, reason: 'TEMPLATE_ARCHIVED' });
        else if (!t.latestVersionId) skipped.push({ templateId: d.templateId, reason: 'TEMPLATE_NOT_PUBLISHED' });
        else {
          const input = {
            ...pick(d),
            startDate: start,
            endDate: null,
            excludedDates: [],
            assigneeUserId: null,
            note: null,
          } as InspectionFrequencyInput;
          const values = await this.check(db, project, input, now, null, ['startDate']);
          const f = await db
            .repo(InspectionFrequency)
            .insert({ ...values, projectId, patrolRouteId: null, materialisedUntil: now, archivedAt: null });
          await db.audit({
            operation: 'createInspectionFrequency',
            entity: 'InspectionFrequency',
            entityId: f.id,
            record: { entity: 'Project', id: projectId },
            changes: changedFields(null, f, ['projectId', ...FREQUENCY_FIELDS]),
          });
          existing.add(d.templateId);
          created.push(f);
        }
      }
      return { created, skipped };
    });
  }

  // ── validation ───────────────────────────────────────────────────────────
  /** The schedule part: template, rule, window, holiday list, role. Problems go to `errors`. */
  private async checkSchedule(
    db: TenantDb,
    input: ScheduleInput,
    format: PropertyFormat | null,
    path: string[],
    errors: FieldError[],
    patrol = false,
  ): Promise<ScheduleValues> {
    // A patrol route's schedule has no checklist: its occurrences are walks of the route.
    const template = patrol ? null : await db.repo(InspectionTemplate).findById(input.templateId);
    if (patrol) {
      /* no checklist to check */
    } else if (!template) errors.push(fieldError([...path, 'templateId'], 'NOT_FOUND', 'This checklist does not exist'));
    else if (template.archivedAt) errors.push(fieldError([...path, 'templateId'], 'INVALID_VALUE', 'This checklist is archived'));
    else if (!template.latestVersionId)
      errors.push(fieldError([...path, 'templateId'], 'INVALID_VALUE', 'Publish the checklist before scheduling it'));
    else if (format && template.format && template.format !== format) {
      errors.push(
        fieldError([...path, 'templateId'], 'INVALID_VALUE', `This checklist is for ${template.format} projects, not ${format}`, {
          format: template.format,
        }),
      );
    }
    const anchor = input.anchor ?? 'CALENDAR';
    let rrule: string | null = null;
    if (anchor === 'CALENDAR') {
      const problem = input.rrule ? recurrenceError(input.rrule) : 'a recurrence rule is required';
      if (problem) errors.push(fieldError([...path, 'rrule'], input.rrule ? 'INVALID_FORMAT' : 'REQUIRED', problem));
      else rrule = normaliseRecurrence(input.rrule!);
    } else {
      if (!input.periodUnit)
        errors.push(fieldError([...path, 'periodUnit'], 'REQUIRED', 'Say how long after completion the next one is due'));
      if (!input.periodCount) errors.push(fieldError([...path, 'periodCount'], 'REQUIRED', 'Say how many periods after completion'));
      if (!input.startTime) errors.push(fieldError([...path, 'startTime'], 'REQUIRED', 'Give the time of day of the first one'));
    }
    if (input.holidayListId && !(await db.repo(HolidayList).exists({ id: input.holidayListId }))) {
      errors.push(fieldError([...path, 'holidayListId'], 'NOT_FOUND', 'This holiday list does not exist'));
    }
    return {
      templateId: patrol ? null : input.templateId,
      anchor,
      rrule,
      periodUnit: anchor === 'AFTER_COMPLETION' ? (input.periodUnit ?? null) : null,
      periodCount: anchor === 'AFTER_COMPLETION' ? (input.periodCount ?? null) : null,
      startTime: anchor === 'AFTER_COMPLETION' ? (input.startTime ?? null) : null,
      windowMinutes: input.windowMinutes,
      allowLate: input.allowLate ?? false,
      holidayListId: input.holidayListId ?? null,
      assigneeRole: input.assigneeRole ?? null,
    };
  }

  /** A whole frequency for `project`; every problem at once, under `input.…`. */
  private async check(
    db: TenantDb,
    project: Project,
    input: InspectionFrequencyInput,
    now: Date,
    before: InspectionFrequency | null,
    prefix: string[] = ['input'],
    patrol = false,
  ): Promise<FrequencyValues> {
    const errors: FieldError[] = [];
    const property = await db.repo(Property).getById(project.propertyId);
    const schedule = await this.checkSchedule(db, input, property.format, prefix, errors, patrol);
    const p = (field: string) => [...prefix, field];
    const today = localTime(now, project.timeZone, 'YYYY-MM-DD');
    if (input.startDate < today && input.startDate !== before?.startDate) {
      errors.push(
        fieldError(p('startDate'), 'OUT_OF_RANGE', `Start today (${today}) or later: past days are not planned after the fact`, {
          min: today,
        }),
      );
    }
    if (input.endDate && input.endDate < input.startDate)
      errors.push(fieldError(p('endDate'), 'DATE_ORDER', 'The end date is before the start date'));
    const byName = input.assigneeUserId ?? null;
    if (!byName && !schedule.assigneeRole) errors.push(fieldError(p('assigneeUserId'), 'REQUIRED', 'Assign it to a person or to a role'));
    if (byName && schedule.assigneeRole)
      errors.push(fieldError(p('assigneeRole'), 'INVALID_VALUE', 'Assign it to a person or to a role, not both'));
    if (byName) {
      const [member] = await db.members([byName]);
      if (!member || !member.membership.active)
        errors.push(fieldError(p('assigneeUserId'), 'NOT_FOUND', 'This person is not an active member of your company'));
    }
    const values: FrequencyValues = {
      ...schedule,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      excludedDates: [...new Set(input.excludedDates ?? [])].sort(),
      assigneeUserId: byName,
      note: input.note?.trim() || null,
      // 检查层级: as given, else the checklist's (a patrol route's schedule: company).
      level:
        input.level ??
        (schedule.templateId ? (await db.repo(InspectionTemplate).findById(schedule.templateId))?.level : null) ??
        DEFAULT_INSPECTION_LEVEL,
    };
    if (errors.length === 0 && values.anchor === 'CALENDAR') {
      // A rule that never fires, or fires more often than anyone can inspect, is refused.
      const rule = scheduleOf(values, project.timeZone, []);
      const from = localDayStart(values.startDate, project.timeZone);
      const sample = occurrencesBetween(rule, from, new Date(from.getTime() + 14 * 86_400_000));
      if (sample.length > MAX_PER_DAY * 14) {
        errors.push(fieldError(p('rrule'), 'OUT_OF_RANGE', `At most ${MAX_PER_DAY} inspections a day on average`, { max: MAX_PER_DAY }));
      } else if (nextOccurrences(rule, from, 1).length === 0) {
        errors.push(fieldError(p('rrule'), 'INVALID_VALUE', 'This rule never falls between the start and end dates'));
      }
    }
    if (errors.length) throw new BadUserInputError(errors);
    return values;
  }
}

function pick(d: InspectionFrequencyDefault): ScheduleInput {
  return {
    templateId: d.templateId,
    anchor: d.anchor,
    rrule: d.rrule,
    periodUnit: d.periodUnit,
    periodCount: d.periodCount,
    startTime: d.startTime,
    windowMinutes: d.windowMinutes,
    allowLate: d.allowLate,
    holidayListId: d.holidayListId,
    assigneeRole: d.assigneeRole,
  } as ScheduleInput;
}

/** A schedule's occurrences in a calendar month of `tz` (after completion: assuming each is done on time). */
function countInMonth(v: FrequencyValues, tz: string, holidays: readonly string[], month: string): number {
  const from = localDayStart(`${month}-01`, tz);
  const to = localDayStart(`${addMonths(month, 1)}-01`, tz);
  if (v.anchor === 'CALENDAR') return occurrencesBetween(scheduleOf(v, tz, holidays), from, to).length;
  let n = 0;
  let at = firstDueAfterCompletion(afterCompletionOf(v, tz, holidays));
  while (at && at < to && n < 1000) {
    if (at >= from) n++;
    at = nextDueAfterCompletion(afterCompletionOf(v, tz, holidays), at);
  }
  return n;
}
