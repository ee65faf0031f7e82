import { randomUUID } from 'node:crypto';
import { Brackets, Project, Property, Region, UniqueViolationError, containsPattern, paginate, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  NotFoundError,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  sortOrder,
  toConnection,
  checkCompanyLimit,
  companySettings,
  type AuthInfo,
  type FieldError,
  type RequestContext,
} from '@pinzhi/api-core';
import { canChangeStage, type AuditField, type ProjectStage } from '@pinzhi/domain';
import type { CreateProjectInput, ProjectsArgs, PropertiesArgs, PropertyInput, RegionInput, UpdateProjectInput } from './inputs';
import { canSeeRegion, regionLimit } from './region-scope';
import { ProjectSortField, PropertySortField } from './types';

const PROJECT_FIELDS: (keyof Project & AuditField)[] = [
  'code',
  'name',
  'propertyId',
  'regionId',
  'stage',
  'contractStart',
  'contractEnd',
  'serviceScope',
  'managerUserId',
  'timeZone',
  'archivedAt',
];

function throwIfAny(errors: FieldError[]): void {
  if (errors.length) throw new BadUserInputError(errors);
}

/**
 * Called inside the stage change's transaction, after the project row was updated: a
 * listener may refuse the move (throw → everything rolls back) or do more in the same
 * transaction. Onboarding checks its stage gates and provisions go-live this way, and
 * training starts requirements at go-live, without portfolio importing either.
 */
export type ProjectStageListener = (
  ctx: RequestContext,
  db: TenantDb,
  change: { before: Project; after: Project; overrideReason: string | null },
) => Promise<void>;

/**
 * What the project rules look up: one project's mutation asks the database (databaseProjectRefs),
 * an import answers from the company's regions, properties and projects loaded once.
 */
export interface ProjectRefs {
  /** The id of the project that has this code, or null. */
  projectWithCode(code: string): Promise<string | null>;
  propertyExists(id: string): Promise<boolean>;
  regionExists(id: string): Promise<boolean>;
  activeMember(userId: string): Promise<boolean>;
}

export function databaseProjectRefs(db: TenantDb): ProjectRefs {
  return {
    projectWithCode: async (code) => (await db.repo(Project).findOne({ code }))?.id ?? null,
    propertyExists: async (id) => Boolean(await db.repo(Property).findById(id)),
    regionExists: async (id) => Boolean(await db.repo(Region).findById(id)),
    activeMember: async (userId) => {
      const [member] = await db.members([userId]);
      return Boolean(member?.membership.active);
    },
  };
}

/**
 * The rules a project must meet beyond its input's own checks (createProject, updateProject and
 * the import all apply these): a unique code, an existing property and region, a region the
 * caller may use, a contract that does not end before it starts, an active manager.
 */
export async function projectRuleErrors(
  user: AuthInfo,
  refs: ProjectRefs,
  before: Project | null,
  p: Pick<Project, 'code' | 'propertyId' | 'regionId' | 'contractStart' | 'contractEnd' | 'managerUserId'>,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const at = (f: string) => ['input', f];
  if (p.code !== before?.code) {
    const dup = await refs.projectWithCode(p.code);
    if (dup && dup !== before?.id) errors.push(fieldError(at('code'), 'TAKEN', `Project code ${p.code} is already used`));
  }
  if (p.propertyId !== before?.propertyId && !(await refs.propertyExists(p.propertyId))) {
    errors.push(fieldError(at('propertyId'), 'NOT_FOUND', 'This property does not exist'));
  }
  if (p.regionId !== before?.regionId) {
    if (!(await refs.regionExists(p.regionId))) errors.push(fieldError(at('regionId'), 'NOT_FOUND', 'This region does not exist'));
    else if (!canSeeRegion(user, p.regionId)) errors.push(fieldError(at('regionId'), 'INVALID_VALUE', 'You can only use your own regions'));
  }
  if (p.contractStart && p.contractEnd && p.contractEnd < p.contractStart) {
    errors.push(fieldError(at('contractEnd'), 'DATE_ORDER', 'The contract cannot end before it starts'));
  }
  if (p.managerUserId && p.managerUserId !== before?.managerUserId && !(await refs.activeMember(p.managerUserId))) {
    errors.push(fieldError(at('managerUserId'), 'NOT_FOUND', 'The manager must be an active member of your company'));
  }
  return errors;
}

/** Regions, properties and projects: the portfolio every other capability hangs off. */
export class PortfolioService {
  constructor(private readonly stageListeners: ProjectStageListener[] = []) {}

  // ── regions ──────────────────────────────────────────────────────────────
  async listRegions(ctx: RequestContext, args: { first?: number | null; after?: string | null }) {
    checkPageArgs(args);
    const page = await paginate(ctx.db.repo(Region).query('r'), {
      alias: 'r',
      sortProperty: 'name',
      direction: 'ASC',
      defaultSize: 100,
      ...args,
    }).catch(cursorError);
    return toConnection(page);
  }

  async getRegion(ctx: RequestContext, id: string): Promise<Region> {
    return ctx.db.repo(Region).getById(id);
  }

  async saveRegion(ctx: RequestContext, id: string | null, input: RegionInput, expectedVersion?: number | null): Promise<Region> {
    return ctx.db.transaction(async (db) => {
      const values = { name: input.name.trim(), code: input.code?.trim() || null };
      const before = id ? await db.repo(Region).getById(id) : null;
      const dup = await db.repo(Region).findOne({ name: values.name });
      if (dup && dup.id !== id) throw BadUserInputError.field(['input', 'name'], 'TAKEN', 'A region with this name already exists');
      const after = before
        ? await db.repo(Region).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(Region).insert(values);
      await db.audit({
        operation: id ? 'updateRegion' : 'createRegion',
        entity: 'Region',
        entityId: after.id,
        changes: changedFields(before, after, ['name', 'code']),
      });
      return after;
    });
  }

  // ── properties ───────────────────────────────────────────────────────────
  async listProperties(ctx: RequestContext, args: PropertiesArgs) {
    checkPageArgs(args);
    const qb = ctx.db.repo(Property).query('p');
    if (args.filter?.format) qb.andWhere('p.format = :format', { format: args.filter.format });
    if (args.filter?.search?.trim()) qb.andWhere("p.name LIKE :like ESCAPE '!'", { like: containsPattern(args.filter.search) });
    const sort = sortOrder(PropertySortField, args.sort, { field: 'name', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'p', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  getProperty(ctx: RequestContext, id: string): Promise<Property> {
    return ctx.db.repo(Property).getById(id);
  }

  async saveProperty(ctx: RequestContext, id: string | null, input: PropertyInput, expectedVersion?: number | null): Promise<Property> {
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(Property).getById(id) : null;
      const errors: FieldError[] = [];
      const name = input.name.trim();
      const dup = await db.repo(Property).findOne({ name });
      if (dup && dup.id !== id) errors.push(fieldError(['input', 'name'], 'TAKEN', 'A property with this name already exists'));
      const seen = new Set<string>();
      // Zone ids are the server's: a given id keeps an existing zone of this property (so
      // references survive a rename); new zones get new ids, never one the client chose.
      const existing = new Set((before?.zones ?? []).map((z) => z.id));
      const kept = new Set<string>();
      const zones = (input.zones ?? []).map((z, i) => {
        const zname = z.name.trim();
        if (seen.has(zname.toLowerCase()))
          errors.push(fieldError(['input', 'zones', String(i), 'name'], 'TAKEN', `Zone "${zname}" appears twice`));
        seen.add(zname.toLowerCase());
        if (z.id != null) {
          if (!existing.has(z.id))
            errors.push(fieldError(['input', 'zones', String(i), 'id'], 'NOT_FOUND', 'This zone is not part of this property'));
          else if (kept.has(z.id))
            errors.push(fieldError(['input', 'zones', String(i), 'id'], 'INVALID_VALUE', 'The same zone is given twice'));
          kept.add(z.id);
        }
        return { id: z.id ?? randomUUID(), name: zname };
      });
      throwIfAny(errors);
      const values = {
        name,
        format: input.format,
        address: input.address?.trim() ?? '',
        grossFloorArea: input.grossFloorArea ?? null,
        zones,
      };
      const after = before
        ? await db.repo(Property).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(Property).insert(values);
      await db.audit({
        operation: id ? 'updateProperty' : 'createProperty',
        entity: 'Property',
        entityId: after.id,
        changes: changedFields(before, after, ['name', 'format', 'address', 'grossFloorArea', 'zones']),
      });
      return after;
    });
  }

  // ── projects ─────────────────────────────────────────────────────────────
  async listProjects(ctx: RequestContext, args: ProjectsArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Project).query('p');
    const limit = regionLimit(ctx.user);
    if (limit) {
      if (limit.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('p.regionId IN (:...allowedRegions)', { allowedRegions: limit });
    }
    if (!f.includeArchived) qb.andWhere('p.archivedAt IS NULL');
    if (f.regionId) qb.andWhere('p.regionId = :regionId', { regionId: f.regionId });
    if (f.stage) qb.andWhere('p.stage = :stage', { stage: f.stage });
    if (f.format) {
      qb.innerJoin(Property, 'prop', 'prop.id = p.propertyId').andWhere('prop.format = :format', {
        format: f.format,
      });
    }
    if (f.search?.trim()) {
      const like = containsPattern(f.search);
      qb.andWhere(new Brackets((w) => w.where("p.name LIKE :like ESCAPE '!'", { like }).orWhere("p.code LIKE :like ESCAPE '!'", { like })));
    }
    const sort = sortOrder(ProjectSortField, args.sort, { field: 'code', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'p', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  /** A project the caller may see; a foreign id or another region's project is NOT_FOUND. */
  async getProject(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<Project> {
    const project = await db.repo(Project).getById(id);
    if (!canSeeRegion(ctx.user, project.regionId)) throw new NotFoundError('Project', id);
    return project;
  }

  async createProject(ctx: RequestContext, input: CreateProjectInput): Promise<Project> {
    return ctx.db.transaction(async (db) => {
      const values = {
        code: input.code.trim(),
        name: input.name.trim(),
        propertyId: input.propertyId,
        regionId: input.regionId,
        stage: input.stage ?? ('PROSPECT' as ProjectStage),
        contractStart: input.contractStart ?? null,
        contractEnd: input.contractEnd ?? null,
        serviceScope: input.serviceScope?.trim() || null,
        managerUserId: input.managerUserId ?? null,
        // Unless given: the company's default zone (公司设置).
        timeZone: input.timeZone ?? (await companySettings(db)).timeZone,
        archivedAt: null,
      };
      await this.checkProject(ctx, db, null, values);
      await checkCompanyLimit(db, 'projects', ['input']);
      const project = await this.translateUnique(() => db.repo(Project).insert(values));
      await db.audit({
        operation: 'createProject',
        entity: 'Project',
        entityId: project.id,
        changes: changedFields(null, project, PROJECT_FIELDS),
      });
      return project;
    });
  }

  async updateProject(ctx: RequestContext, id: string, input: UpdateProjectInput, expectedVersion?: number | null): Promise<Project> {
    return ctx.db.transaction(async (db) => {
      const before = await this.getProject(ctx, id, db);
      const patch: Partial<Project> = {};
      for (const key of [
        'code',
        'name',
        'propertyId',
        'regionId',
        'contractStart',
        'contractEnd',
        'serviceScope',
        'managerUserId',
        'timeZone',
      ] as const) {
        const v = input[key];
        if (v === undefined) continue;
        if (v === null && ['code', 'name', 'propertyId', 'regionId', 'timeZone'].includes(key)) {
          throw BadUserInputError.field(['input', key], 'REQUIRED', `${key} cannot be cleared`);
        }
        (patch as Record<string, unknown>)[key] = typeof v === 'string' ? v.trim() || (key === 'serviceScope' ? null : v.trim()) : v;
      }
      const merged = { ...before, ...patch };
      await this.checkProject(ctx, db, before, merged);
      const after = await this.translateUnique(() => db.repo(Project).update(id, patch, expectedVersion ?? undefined));
      const changes = changedFields(before, after, PROJECT_FIELDS);
      await db.audit({ operation: 'updateProject', entity: 'Project', entityId: id, changes });
      return after;
    });
  }

  /**
   * Moves a project along its life cycle. `overrideReason` is for passing an onboarding
   * stage gate (listeners decide whether it is needed and allowed).
   */
  async changeStage(
    ctx: RequestContext,
    id: string,
    stage: ProjectStage,
    expectedVersion?: number | null,
    overrideReason: string | null = null,
    outer?: TenantDb,
  ): Promise<Project> {
    return (outer ?? ctx.db).transaction(async (db) => {
      const before = await this.getProject(ctx, id, db);
      if (before.archivedAt) throw BadUserInputError.field('id', 'INVALID_VALUE', 'An archived project cannot change stage');
      if (!canChangeStage(before.stage, stage)) {
        throw BadUserInputError.field('stage', 'INVALID_TRANSITION', `A project in ${before.stage} cannot move to ${stage}`, {
          from: before.stage,
          to: stage,
        });
      }
      const after = await db.repo(Project).update(id, { stage }, expectedVersion ?? undefined);
      await db.audit({
        operation: 'changeProjectStage',
        entity: 'Project',
        entityId: id,
        changes: changedFields(before, after, ['stage']),
      });
      for (const listener of this.stageListeners) await listener(ctx, db, { before, after, overrideReason });
      return after;
    });
  }

  async archiveProject(ctx: RequestContext, id: string): Promise<Project> {
    return ctx.db.transaction(async (db) => {
      const before = await this.getProject(ctx, id, db);
      if (before.archivedAt) return before;
      const after = await db.repo(Project).update(id, { archivedAt: ctx.now() });
      await db.audit({
        operation: 'archiveProject',
        entity: 'Project',
        entityId: id,
        changes: changedFields(before, after, ['archivedAt']),
      });
      return after;
    });
  }

  /** Every rule that needs the database, reported together with the fields named. */
  private async checkProject(
    ctx: RequestContext,
    db: TenantDb,
    before: Project | null,
    p: Pick<Project, 'code' | 'propertyId' | 'regionId' | 'contractStart' | 'contractEnd' | 'managerUserId'>,
  ): Promise<void> {
    throwIfAny(await projectRuleErrors(ctx.user, databaseProjectRefs(db), before, p));
  }

  private async translateUnique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      if (e instanceof UniqueViolationError) throw BadUserInputError.field(['input', 'code'], 'TAKEN', 'This project code is already used');
      throw e;
    }
  }
}
