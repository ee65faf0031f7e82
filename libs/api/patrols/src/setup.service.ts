import { randomInt } from 'node:crypto';
import { InspectionFrequency, PatrolPoint, PatrolRoute, Property, Standard, type Project, type TenantDb } from '@pinzhi/db';
import { BadUserInputError, changedFields, fieldError, type FieldError, type RequestContext } from '@pinzhi/api-core';
import type { FrequenciesService } from '@pinzhi/api-inspection-planning';
import { PATROL_RULES } from '@pinzhi/domain';
import { assertVisible, requirePatrolManager, visibleProject } from './access';
import type { PatrolPointInput, PatrolRouteInput } from './inputs';

const POINT_FIELDS = ['zoneId', 'name', 'locationHint', 'quickCheckStandardIds'] as const;
const ROUTE_FIELDS = ['name', 'note', 'pointIds'] as const;
/** Crockford base32 without look-alikes: a tag is read by machines but may be typed by support staff. */
const TAG_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newTag(): string {
  return Array.from({ length: PATROL_RULES.tagLength }, () => TAG_ALPHABET[randomInt(TAG_ALPHABET.length)]).join('');
}

/**
 * Setting patrols up (巡检点与巡逻路线): points per property zone with their quick checks and QR
 * tags, routes (ordered points) and their schedules — the schedule is an inspection-planning
 * frequency, so occurrences, states and calendars come from the one scheduler.
 */
export class PatrolSetupService {
  constructor(private readonly frequencies: FrequenciesService) {}

  // ── points ───────────────────────────────────────────────────────────────
  async points(ctx: RequestContext, projectIds: readonly string[], includeArchived: boolean): Promise<PatrolPoint[]> {
    if (projectIds.length === 0) return [];
    if (projectIds.length > 50) throw BadUserInputError.field('projectIds', 'TOO_LONG', 'At most 50 projects at a time', { max: 50 });
    for (const id of new Set(projectIds)) await visibleProject(ctx, id);
    const qb = ctx.db
      .repo(PatrolPoint)
      .query('pt')
      .andWhere('pt.projectId IN (:...projectIds)', { projectIds: [...new Set(projectIds)] });
    if (!includeArchived) qb.andWhere('pt.archivedAt IS NULL');
    return qb.orderBy('pt.name', 'ASC').addOrderBy('pt.id', 'ASC').take(1000).getMany();
  }

  async point(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<PatrolPoint> {
    const p = await db.repo(PatrolPoint).getById(id);
    assertVisible(ctx, p, 'PatrolPoint', id);
    return p;
  }

  async createPoint(ctx: RequestContext, projectId: string, input: PatrolPointInput): Promise<PatrolPoint> {
    requirePatrolManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const project = await visibleProject(ctx, projectId, db);
      const values = await this.checkPoint(db, project.propertyId, project.id, input, null);
      const created = await db
        .repo(PatrolPoint)
        .insert({ ...values, projectId: project.id, regionId: project.regionId, tag: newTag(), archivedAt: null });
      await db.audit({
        operation: 'createPatrolPoint',
        entity: 'PatrolPoint',
        entityId: created.id,
        record: { entity: 'Project', id: project.id },
        changes: changedFields(null, created, [...POINT_FIELDS]),
      });
      return created;
    });
  }

  async updatePoint(ctx: RequestContext, id: string, input: PatrolPointInput, expectedVersion: number | null): Promise<PatrolPoint> {
    requirePatrolManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await this.point(ctx, id, db);
      const project = await visibleProject(ctx, before.projectId, db);
      const values = await this.checkPoint(db, project.propertyId, project.id, input, before.id);
      const after = await db.repo(PatrolPoint).update(id, values, expectedVersion ?? undefined);
      await db.audit({
        operation: 'updatePatrolPoint',
        entity: 'PatrolPoint',
        entityId: id,
        record: { entity: 'Project', id: before.projectId },
        changes: changedFields(before, after, [...POINT_FIELDS]),
      });
      return after;
    });
  }

  /** A new tag: codes printed before stop proving presence (a code that was photographed and shared). */
  async renewPointCode(ctx: RequestContext, id: string): Promise<PatrolPoint> {
    requirePatrolManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await this.point(ctx, id, db);
      const after = await db.repo(PatrolPoint).update(id, { tag: newTag() });
      await db.audit({
        operation: 'renewPatrolPointCode',
        entity: 'PatrolPoint',
        entityId: id,
        record: { entity: 'Project', id: before.projectId },
        changes: { codeRenewed: { from: null, to: true } },
      });
      return after;
    });
  }

  /** Stops a point; refused while an active route walks it (take it off the route first). */
  async archivePoint(ctx: RequestContext, id: string): Promise<PatrolPoint> {
    requirePatrolManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await this.point(ctx, id, db);
      if (before.archivedAt) return before;
      const routes = (await db.repo(PatrolRoute).find({ where: { projectId: before.projectId } })).filter(
        (r) => !r.archivedAt && r.pointIds.includes(id),
      );
      if (routes.length)
        throw BadUserInputError.field('id', 'INVALID_VALUE', `Routes walk this point: ${routes.map((r) => r.name).join('、')}`, {
          routes: routes.map((r) => r.name).join('、'),
        });
      const after = await db.repo(PatrolPoint).update(id, { archivedAt: ctx.now() });
      await db.audit({
        operation: 'archivePatrolPoint',
        entity: 'PatrolPoint',
        entityId: id,
        record: { entity: 'Project', id: before.projectId },
        changes: changedFields(before, after, ['archivedAt']),
      });
      return after;
    });
  }

  private async checkPoint(db: TenantDb, propertyId: string, projectId: string, input: PatrolPointInput, selfId: string | null) {
    const errors: FieldError[] = [];
    const name = input.name.trim();
    const property = await db.repo(Property).getById(propertyId);
    if (!property.zones.some((z) => z.id === input.zoneId))
      errors.push(fieldError(['input', 'zoneId'], 'NOT_FOUND', 'Not a zone of this project’s property'));
    const clash = await db.repo(PatrolPoint).findOne({ projectId, name });
    if (clash && clash.id !== selfId && !clash.archivedAt)
      errors.push(fieldError(['input', 'name'], 'TAKEN', 'This project already has a point with this name'));
    const ids = input.quickCheckStandardIds;
    if (new Set(ids).size !== ids.length)
      errors.push(fieldError(['input', 'quickCheckStandardIds'], 'INVALID_VALUE', 'A standard is listed twice'));
    const found = new Map((await db.repo(Standard).findByIds(ids)).map((s) => [s.id, s]));
    ids.forEach((id, i) => {
      const s = found.get(id);
      if (!s) errors.push(fieldError(['input', 'quickCheckStandardIds', String(i)], 'NOT_FOUND', 'No such standard'));
      else if (s.archivedAt)
        errors.push(fieldError(['input', 'quickCheckStandardIds', String(i)], 'INVALID_VALUE', 'This standard is archived'));
    });
    if (errors.length) throw new BadUserInputError(errors);
    return { zoneId: input.zoneId, name, locationHint: input.locationHint?.trim() || null, quickCheckStandardIds: ids };
  }

  // ── routes ───────────────────────────────────────────────────────────────
  async routes(ctx: RequestContext, projectIds: readonly string[], includeArchived: boolean): Promise<PatrolRoute[]> {
    if (projectIds.length === 0) return [];
    if (projectIds.length > 50) throw BadUserInputError.field('projectIds', 'TOO_LONG', 'At most 50 projects at a time', { max: 50 });
    for (const id of new Set(projectIds)) await visibleProject(ctx, id);
    const qb = ctx.db
      .repo(PatrolRoute)
      .query('rt')
      .andWhere('rt.projectId IN (:...projectIds)', { projectIds: [...new Set(projectIds)] });
    if (!includeArchived) qb.andWhere('rt.archivedAt IS NULL');
    return qb.orderBy('rt.name', 'ASC').addOrderBy('rt.id', 'ASC').take(500).getMany();
  }

  async route(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<PatrolRoute> {
    const r = await db.repo(PatrolRoute).getById(id);
    assertVisible(ctx, r, 'PatrolRoute', id);
    return r;
  }

  /** The route's schedule (an inspection-planning frequency), active or not. */
  schedule(ctx: RequestContext, route: PatrolRoute): Promise<InspectionFrequency | null> {
    return route.frequencyId
      ? ctx.loaders
          .entity(InspectionFrequency)
          .load(route.frequencyId)
          .then((f) => f ?? null)
      : Promise.resolve(null);
  }

  async createRoute(ctx: RequestContext, projectId: string, input: PatrolRouteInput): Promise<PatrolRoute> {
    requirePatrolManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const project = await visibleProject(ctx, projectId, db);
      const values = await this.checkRoute(ctx, db, project, input, null, null);
      const created = await db
        .repo(PatrolRoute)
        .insert({ ...values, projectId: project.id, regionId: project.regionId, frequencyId: null, archivedAt: null });
      const schedule = await this.frequencies.saveRouteScheduleIn(ctx, db, project, created.id, null, input.schedule ?? null, [
        'input',
        'schedule',
      ]);
      const route = schedule ? await db.repo(PatrolRoute).update(created.id, { frequencyId: schedule.id }) : created;
      await db.audit({
        operation: 'createPatrolRoute',
        entity: 'PatrolRoute',
        entityId: route.id,
        record: { entity: 'Project', id: project.id },
        changes: changedFields(null, route, [...ROUTE_FIELDS]),
      });
      return route;
    });
  }

  async updateRoute(ctx: RequestContext, id: string, input: PatrolRouteInput, expectedVersion: number | null): Promise<PatrolRoute> {
    requirePatrolManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await this.route(ctx, id, db);
      if (before.archivedAt) throw BadUserInputError.field('id', 'INVALID_VALUE', 'This route is archived');
      if (expectedVersion != null && expectedVersion !== before.version) await db.repo(PatrolRoute).update(id, {}, expectedVersion); // → CONFLICT
      const project = await visibleProject(ctx, before.projectId, db);
      const current = before.frequencyId ? await db.repo(InspectionFrequency).findById(before.frequencyId) : null;
      const values = await this.checkRoute(ctx, db, project, input, before, current);
      const schedule = await this.frequencies.saveRouteScheduleIn(ctx, db, project, id, current, input.schedule ?? null, [
        'input',
        'schedule',
      ]);
      const after = await db
        .repo(PatrolRoute)
        .update(id, { ...values, frequencyId: schedule?.id ?? before.frequencyId }, expectedVersion ?? undefined);
      await db.audit({
        operation: 'updatePatrolRoute',
        entity: 'PatrolRoute',
        entityId: id,
        record: { entity: 'Project', id: before.projectId },
        changes: changedFields(before, after, [...ROUTE_FIELDS]),
      });
      return after;
    });
  }

  /** Stops the route and its schedule from now on; its runs stay. */
  async archiveRoute(ctx: RequestContext, id: string): Promise<PatrolRoute> {
    requirePatrolManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await this.route(ctx, id, db);
      if (before.archivedAt) return before;
      const project = await visibleProject(ctx, before.projectId, db);
      const current = before.frequencyId ? await db.repo(InspectionFrequency).findById(before.frequencyId) : null;
      await this.frequencies.saveRouteScheduleIn(ctx, db, project, id, current, null);
      const after = await db.repo(PatrolRoute).update(id, { archivedAt: ctx.now() });
      await db.audit({
        operation: 'archivePatrolRoute',
        entity: 'PatrolRoute',
        entityId: id,
        record: { entity: 'Project', id: before.projectId },
        changes: changedFields(before, after, ['archivedAt']),
      });
      return after;
    });
  }

  /** The route's fields and its schedule, every problem at once. */
  private async checkRoute(
    ctx: RequestContext,
    db: TenantDb,
    project: Project,
    input: PatrolRouteInput,
    before: PatrolRoute | null,
    schedule: InspectionFrequency | null,
  ) {
    const projectId = project.id;
    const errors: FieldError[] = [];
    const name = input.name.trim();
    const clash = await db.repo(PatrolRoute).findOne({ projectId, name });
    if (clash && clash.id !== before?.id && !clash.archivedAt)
      errors.push(fieldError(['input', 'name'], 'TAKEN', 'This project already has a route with this name'));
    const ids = input.pointIds;
    if (new Set(ids).size !== ids.length) errors.push(fieldError(['input', 'pointIds'], 'INVALID_VALUE', 'A point is listed twice'));
    const points = new Map((await db.repo(PatrolPoint).findByIds(ids)).map((p) => [p.id, p]));
    ids.forEach((id, i) => {
      const p = points.get(id);
      if (!p || p.projectId !== projectId)
        errors.push(fieldError(['input', 'pointIds', String(i)], 'NOT_FOUND', 'Not a patrol point of this project'));
      else if (p.archivedAt && !before?.pointIds.includes(id))
        errors.push(fieldError(['input', 'pointIds', String(i)], 'INVALID_VALUE', 'This point is archived'));
    });
    errors.push(
      ...(await this.frequencies.routeScheduleProblems(ctx, db, project, schedule, input.schedule ?? null, ['input', 'schedule'])),
    );
    if (errors.length) throw new BadUserInputError(errors);
    return { name, note: input.note?.trim() || null, pointIds: ids, pointCount: ids.length };
  }

  /** Points of a route in walking order (archived ones included: an old route shows what it was). */
  async routePoints(ctx: RequestContext, route: PatrolRoute): Promise<PatrolPoint[]> {
    const rows = await ctx.loaders.entity(PatrolPoint).loadMany(route.pointIds);
    return rows.filter((p): p is PatrolPoint => !!p && !(p instanceof Error));
  }
}
