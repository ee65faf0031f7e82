import {
  Brackets,
  Inspection,
  InspectionItemResult,
  Membership,
  Project,
  Rectification,
  RectificationEvent,
  Standard,
  paginate,
  type SelectQueryBuilder,
  type TenantDb,
  containsPattern,
} from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  checkPageArgs,
  companySettings,
  cursorError,
  fieldError,
  toConnection,
  type AuthInfo,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { canSeeProject, limitToScope } from '@pinzhi/api-core';
import {
  RECTIFICATION_ASSIGNERS,
  RECTIFICATION_MANAGERS,
  RECTIFICATION_RULES,
  RECTIFICATION_VERIFIERS,
  rectificationStep,
  resolveRectificationOwner,
  type RectificationOwnerSource,
  type RectificationState,
} from '@pinzhi/domain';
import { EvidenceService } from './evidence.service';
import type { RectificationOptionsInput, RectificationsArgs } from './inputs';
import { RectificationSortField } from './inputs';

const DAY = 86_400_000;
const RR = RECTIFICATION_RULES;

export interface NewRectification {
  /** What was found: an inspection's failed item, or a patrol point's failed quick check. */
  result: Pick<InspectionItemResult, 'projectId' | 'regionId' | 'standardId'> & {
    inspectionId: string | null;
    itemResultId: string | null;
    patrolRunPointId: string | null;
  };
  automatic: boolean;
  options: RectificationOptionsInput | null;
  /** The project's manager: the owner unless one is named in `options` (then the company's fallback, then the finder). */
  projectManagerUserId: string | null;
  defaultDescription: string;
}

/** SQL for "overdue at :now" (bind `now`). */
const OVERDUE_SQL = (a: string) => `(${a}.state <> 'VERIFIED' AND ${a}.deadline < :now)`;

/**
 * 整改: OPEN → SUBMITTED (with evidence) → VERIFIED, or rejected back to OPEN. Each step is
 * a row in `rectification_event` (who, when, from → to, note, evidence). A verifier needs the
 * role (Quality Center, tenant admin, regional operations in the region) and must not be the
 * person who submitted the rectification.
 */
export class RectificationsService {
  constructor(private readonly evidence: EvidenceService) {}

  // --- Reading

  /** Regional operations see their regions; inspectors what they found or own; others the tenant. */
  private limit(qb: SelectQueryBuilder<Rectification>, user: AuthInfo): void {
    limitToScope(qb, user, { project: 'r.projectId', region: 'r.regionId' });
    if (user.role === 'INSPECTOR') {
      qb.andWhere(
        new Brackets((w) => w.where('r.ownerUserId = :me', { me: user.userId }).orWhere('r.createdByUserId = :me', { me: user.userId })),
      );
    }
  }

  async get(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<Rectification> {
    const qb = db.repo(Rectification).query('r').andWhere('r.id = :id', { id });
    this.limit(qb, ctx.user);
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('Rectification', id);
    return row;
  }

  async list(ctx: RequestContext, args: RectificationsArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Rectification).query('r');
    this.limit(qb, ctx.user);
    if (f.projectId) qb.andWhere('r.projectId = :projectId', { projectId: f.projectId });
    if (f.regionId) qb.andWhere('r.regionId = :regionId', { regionId: f.regionId });
    if (f.inspectionId) qb.andWhere('r.inspectionId = :inspectionId', { inspectionId: f.inspectionId });
    if (f.states?.length) qb.andWhere('r.state IN (:...states)', { states: f.states });
    if (f.mine) qb.andWhere('r.ownerUserId = :owner', { owner: ctx.user.userId });
    if (f.unowned != null) {
      // "In nobody's list": no owner, or one who is no longer an active member of this company
      // (the membership subquery gets the tenant predicate from the scope).
      const activeOwner = qb
        .subQuery()
        .select('1')
        .from(Membership, 'om')
        .where('om.userId = r.ownerUserId AND om.active = :activeMember')
        .getQuery();
      const unowned = `(r.ownerUserId IS NULL OR NOT EXISTS ${activeOwner})`;
      qb.andWhere(f.unowned ? unowned : `NOT ${unowned}`, { activeMember: true });
    }
    if (f.overdue != null) qb.andWhere(f.overdue ? OVERDUE_SQL('r') : `NOT ${OVERDUE_SQL('r')}`, { now: ctx.now() });
    if (f.search?.trim()) {
      const like = containsPattern(f.search);
      qb.innerJoin(Project, 'p', 'p.id = r.projectId').andWhere(
        "(r.description LIKE :like ESCAPE '!' OR p.code LIKE :like ESCAPE '!' OR p.name LIKE :like ESCAPE '!')",
        { like },
      );
    }
    const sort = sortOrder(RectificationSortField, args.sort, { field: 'deadline', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'r', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  /**
   * How many of a project's rectifications are not yet verified (OPEN or SUBMITTED) among those
   * the caller may see — one GROUP BY for a whole page of projects (per-request DataLoader).
   */
  openCount(ctx: RequestContext, projectId: string): Promise<number> {
    return ctx.loaders
      .custom<string, number>('openRectificationCount', async (db, projectIds) => {
        const qb = db
          .repo(Rectification)
          .query('r')
          .select('r.projectId', 'projectId')
          .addSelect('COUNT(*)', 'n')
          .andWhere('r.projectId IN (:...openProjects)', { openProjects: projectIds })
          .andWhere("r.state <> 'VERIFIED'")
          .groupBy('r.projectId');
        this.limit(qb, ctx.user);
        const rows: Array<{ projectId: string; n: number | string }> = await qb.getRawMany();
        const byProject = new Map(rows.map((r) => [r.projectId, Number(r.n)]));
        return projectIds.map((id) => byProject.get(id) ?? 0);
      })
      .load(projectId);
  }

  history(ctx: RequestContext, rectificationId: string): Promise<RectificationEvent[]> {
    return ctx.loaders
      .custom<string, RectificationEvent[]>('rectificationHistory', async (db, ids) => {
        const rows = await db
          .repo(RectificationEvent)
          .query('e')
          .andWhere('e.rectificationId IN (:...ids)', { ids })
          .orderBy('e.at', 'ASC')
          .addOrderBy('e.createdAt', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((e) => e.rectificationId === id));
      })
      .load(rectificationId);
  }

  /** The rectification of an item result, if any (batched per request). */
  forItemResult(ctx: RequestContext, itemResultId: string): Promise<Rectification | null> {
    return ctx.loaders
      .custom<string, Rectification | null>('rectificationByItemResult', async (db, ids) => {
        const rows = await db.repo(Rectification).query('r').andWhere('r.itemResultId IN (:...ids)', { ids }).getMany();
        return ids.map((id) => rows.find((r) => r.itemResultId === id) ?? null);
      })
      .load(itemResultId);
  }

  forInspection(ctx: RequestContext, inspectionId: string): Promise<Rectification[]> {
    return ctx.loaders
      .custom<string, Rectification[]>('rectificationsByInspection', async (db, ids) => {
        const rows = await db
          .repo(Rectification)
          .query('r')
          .andWhere('r.inspectionId IN (:...ids)', { ids })
          .orderBy('r.openedAt', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.inspectionId === id));
      })
      .load(inspectionId);
  }

  // --- Creating

  /** Field errors for owners (active members), deadlines (after now, within a year) of new rectifications. */
  async checkOptions(
    db: TenantDb,
    now: Date,
    refs: Array<{ path: string[]; options: RectificationOptionsInput | null }>,
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const owners = refs.map((r) => r.options?.ownerUserId).filter((x): x is string => !!x);
    const active = new Set((await db.members(owners)).filter((m) => m.membership.active).map((m) => m.user.id));
    for (const { path, options } of refs) {
      if (!options) continue;
      if (options.ownerUserId && !active.has(options.ownerUserId))
        errors.push(fieldError([...path, 'ownerUserId'], 'NOT_FOUND', 'Not an active member of your company'));
      if (options.deadline) {
        const t = options.deadline.getTime();
        if (Number.isNaN(t) || t <= now.getTime())
          errors.push(fieldError([...path, 'deadline'], 'OUT_OF_RANGE', 'The deadline must be in the future'));
        else if (t > now.getTime() + RR.maxDeadlineDays * DAY)
          errors.push(
            fieldError([...path, 'deadline'], 'OUT_OF_RANGE', `At most ${RR.maxDeadlineDays} days ahead`, { max: RR.maxDeadlineDays }),
          );
      }
    }
    return errors;
  }

  /**
   * Who owns each new rectification: the one named in its options, else the project's manager,
   * the company's fallback (公司设置 → 默认整改负责人) or the finder — active members only, so
   * none is ever in nobody's list. Two statements for any number of rectifications.
   */
  private async owners(
    ctx: RequestContext,
    db: TenantDb,
    items: NewRectification[],
  ): Promise<Array<{ ownerUserId: string; source: RectificationOwnerSource }>> {
    const settings = await companySettings(db);
    const candidates = [...items.map((n) => n.projectManagerUserId), settings.rectificationFallbackOwnerUserId].filter(
      (x): x is string => !!x,
    );
    const active = new Set((await db.members(candidates)).filter((m) => m.membership.active).map((m) => m.user.id));
    return items.map((n) => {
      if (n.options?.ownerUserId) return { ownerUserId: n.options.ownerUserId, source: 'CHOSEN' as const };
      return resolveRectificationOwner(
        { projectManager: n.projectManagerUserId, companyFallback: settings.rectificationFallbackOwnerUserId, finder: ctx.user.userId },
        (id) => active.has(id),
      );
    });
  }

  /** Inserts rectifications (and their CREATED events) inside the caller's transaction. */
  async createIn(ctx: RequestContext, db: TenantDb, now: Date, items: NewRectification[]): Promise<Rectification[]> {
    const out: Rectification[] = [];
    const owners = items.length ? await this.owners(ctx, db, items) : [];
    for (const [i, n] of items.entries()) {
      const owner = owners[i];
      const r = await db.repo(Rectification).insert({
        inspectionId: n.result.inspectionId,
        itemResultId: n.result.itemResultId,
        patrolRunPointId: n.result.patrolRunPointId,
        projectId: n.result.projectId,
        regionId: n.result.regionId,
        standardId: n.result.standardId,
        state: 'OPEN',
        ownerUserId: owner.ownerUserId,
        ownerSource: owner.source,
        deadline: n.options?.deadline ?? new Date(now.getTime() + RR.defaultDeadlineDays * DAY),
        description: n.options?.description?.trim() || n.defaultDescription.slice(0, RR.description.max),
        evidenceRequired: n.options?.evidenceRequired ?? true,
        automatic: n.automatic,
        createdByUserId: ctx.user.userId,
        openedAt: now,
        submittedAt: null,
        submittedByUserId: null,
        verifiedAt: null,
        verifiedByUserId: null,
        rejections: 0,
      });
      // No note for an automatic opening: `automatic` and `ownerSource` say why, and clients word it in the user's language.
      await this.event(db, r, 'CREATED', null, 'OPEN', null, [], now, { from: null, to: r.ownerUserId });
      await db.audit({
        operation: 'createRectification',
        entity: 'Rectification',
        entityId: r.id,
        changes: { state: { from: null, to: 'OPEN' }, ownerUserId: { from: null, to: r.ownerUserId } },
      });
      out.push(r);
    }
    const projects = new Map((await db.repo(Project).findByIds(out.map((r) => r.projectId))).map((p) => [p.id, p.name]));
    await ctx.events.emit(
      db,
      now,
      out.map((r) => ({
        kind: 'RECTIFICATION_ASSIGNED' as const,
        entity: { type: 'Rectification', id: r.id },
        params: { project: projects.get(r.projectId) ?? null, description: r.description, deadlineAt: r.deadline.toISOString() },
        to: [{ users: [r.ownerUserId] }],
      })),
    );
    return out;
  }

  /** A rectification chosen for a failed item of a submitted inspection. */
  async create(ctx: RequestContext, itemResultId: string, options: RectificationOptionsInput | null): Promise<Rectification> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const result = await db.repo(InspectionItemResult).getById(itemResultId);
      const inspection = await db.repo(Inspection).getById(result.inspectionId);
      if (
        !canSeeProject(ctx.user, { id: result.projectId, regionId: result.regionId }) ||
        (ctx.user.role === 'INSPECTOR' && inspection.inspectorUserId !== ctx.user.userId)
      )
        throw new NotFoundError('InspectionItemResult', itemResultId);
      const mayOpen = inspection.inspectorUserId === ctx.user.userId || RECTIFICATION_MANAGERS.includes(ctx.user.role);
      if (!mayOpen) throw new ForbiddenError('Only the inspector, the Quality Center or regional operations open rectifications');
      const errors: FieldError[] = [];
      if (result.result !== 'FAIL') errors.push(fieldError('itemResultId', 'INVALID_VALUE', 'Only a failed item gets a rectification'));
      else if (await db.repo(Rectification).exists({ itemResultId }))
        errors.push(fieldError('itemResultId', 'TAKEN', 'This item already has a rectification'));
      errors.push(...(await this.checkOptions(db, now, [{ path: ['input'], options }])));
      if (errors.length) throw new BadUserInputError(errors);
      const project = await db.repo(Project).getById(result.projectId);
      const standard = await db.repo(Standard).findById(result.standardId);
      const [created] = await this.createIn(ctx, db, now, [
        {
          result: { ...result, itemResultId: result.id, patrolRunPointId: null },
          automatic: false,
          options,
          projectManagerUserId: project.managerUserId,
          defaultDescription: result.note ?? standard?.titleZh ?? '不合格项整改',
        },
      ]);
      return created;
    });
  }

  // --- Owners

  /**
   * The Quality Center (or an admin) assigns or reassigns the owner, with the reason: an ASSIGNED
   * step in the history (from → to owner, the reason as its note) and an audit entry. Not once
   * verified; the new owner must be an active member other than the current one.
   */
  async assign(
    ctx: RequestContext,
    id: string,
    ownerUserId: string,
    reason: string,
    expectedVersion: number | null,
  ): Promise<Rectification> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const r = await this.get(ctx, id, db);
      if (!RECTIFICATION_ASSIGNERS.includes(ctx.user.role))
        throw new ForbiddenError('Only the Quality Center or an admin assign the owner of a rectification');
      const errors: FieldError[] = [];
      if (r.state === 'VERIFIED') errors.push(fieldError('id', 'INVALID_TRANSITION', 'This rectification is already verified'));
      const [member] = await db.members([ownerUserId]);
      if (!member?.membership.active) errors.push(fieldError('ownerUserId', 'NOT_FOUND', 'Not an active member of your company'));
      else if (ownerUserId === r.ownerUserId) errors.push(fieldError('ownerUserId', 'INVALID_VALUE', 'This person already owns it'));
      const why = reason.trim();
      if (why.length < RR.assignReason.min || why.length > RR.assignReason.max)
        errors.push(
          fieldError('reason', why.length < RR.assignReason.min ? (why ? 'TOO_SHORT' : 'REQUIRED') : 'TOO_LONG', 'Say why', {
            min: RR.assignReason.min,
            max: RR.assignReason.max,
          }),
        );
      if (errors.length) throw new BadUserInputError(errors);
      const after = await db.repo(Rectification).update(r.id, { ownerUserId, ownerSource: 'ASSIGNED' }, expectedVersion ?? r.version);
      await this.event(db, r, 'ASSIGNED', r.state, r.state, why, [], now, { from: r.ownerUserId, to: ownerUserId });
      await db.audit({
        operation: 'assignRectification',
        entity: 'Rectification',
        entityId: r.id,
        changes: { ownerUserId: { from: r.ownerUserId, to: ownerUserId }, reason: { from: null, to: why } },
      });
      // The new owner hears of it like of a new rectification (bell, 我的待办, their channels).
      await ctx.events.emit(db, now, {
        kind: 'RECTIFICATION_ASSIGNED',
        entity: { type: 'Rectification', id: r.id },
        params: {
          project: (await db.repo(Project).findById(r.projectId))?.name ?? null,
          description: r.description,
          deadlineAt: r.deadline.toISOString(),
        },
        to: [{ users: [ownerUserId] }],
      });
      return after;
    });
  }

  // --- The loop

  /** The owner (or regional operations / Quality Center / admin) reports it done, with evidence. */
  async submit(ctx: RequestContext, id: string, note: string | null, evidenceIds: string[]): Promise<Rectification> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const r = await this.get(ctx, id, db);
      if (r.ownerUserId !== ctx.user.userId && !RECTIFICATION_MANAGERS.includes(ctx.user.role))
        throw new ForbiddenError('Only its owner, regional operations or the Quality Center submit a rectification');
      const step = rectificationStep(r.state, 'SUBMIT');
      const errors: FieldError[] = [];
      if (!step)
        errors.push(
          fieldError(
            'id',
            'INVALID_TRANSITION',
            r.state === 'VERIFIED'
              ? 'This rectification is already verified'
              : 'This rectification is already submitted and awaits verification',
          ),
        );
      if (r.evidenceRequired && evidenceIds.length === 0) errors.push(fieldError('evidenceIds', 'REQUIRED', 'Attach photos of the result'));
      errors.push(...this.checkNote('note', note, false));
      errors.push(...(await this.evidence.check(db, [{ path: ['evidenceIds'], ids: evidenceIds }], ctx.user.userId)));
      if (errors.length) throw new BadUserInputError(errors);
      const after = await db
        .repo(Rectification)
        .update(r.id, { state: step!.to, submittedAt: now, submittedByUserId: ctx.user.userId }, r.version);
      await this.event(db, r, step!.action, r.state, step!.to, note, evidenceIds, now);
      await db.audit({
        operation: 'submitRectification',
        entity: 'Rectification',
        entityId: r.id,
        changes: { state: { from: r.state, to: step!.to } },
      });
      await ctx.events.emit(db, now, {
        kind: 'RECTIFICATION_SUBMITTED',
        entity: { type: 'Rectification', id: r.id },
        params: { project: (await db.repo(Project).findById(r.projectId))?.name ?? null, description: r.description },
        to: [{ roles: RECTIFICATION_VERIFIERS, regionId: r.regionId, projectId: r.projectId }],
      });
      return after;
    });
  }

  async verify(ctx: RequestContext, id: string, note: string | null): Promise<Rectification> {
    return this.decide(ctx, id, 'VERIFY', note);
  }

  async reject(ctx: RequestContext, id: string, reason: string): Promise<Rectification> {
    return this.decide(ctx, id, 'REJECT', reason);
  }

  private async decide(ctx: RequestContext, id: string, kind: 'VERIFY' | 'REJECT', text: string | null): Promise<Rectification> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const r = await this.get(ctx, id, db);
      if (!RECTIFICATION_VERIFIERS.includes(ctx.user.role))
        throw new ForbiddenError('Only the Quality Center, regional operations or an admin verify rectifications');
      if (r.submittedByUserId === ctx.user.userId)
        throw new ForbiddenError('You submitted this rectification: someone else must verify it');
      const step = rectificationStep(r.state, kind);
      const errors: FieldError[] = [];
      if (!step)
        errors.push(
          fieldError(
            'id',
            'INVALID_TRANSITION',
            r.state === 'OPEN' ? 'Nothing was submitted yet' : 'This rectification is already verified',
          ),
        );
      errors.push(...this.checkNote(kind === 'REJECT' ? 'reason' : 'note', text, kind === 'REJECT'));
      if (errors.length) throw new BadUserInputError(errors);
      const patch =
        kind === 'VERIFY'
          ? { state: step!.to, verifiedAt: now, verifiedByUserId: ctx.user.userId }
          : { state: step!.to, submittedAt: null, submittedByUserId: null, rejections: r.rejections + 1 };
      const after = await db.repo(Rectification).update(r.id, patch, r.version);
      await this.event(db, r, step!.action, r.state, step!.to, text, [], now);
      await db.audit({
        operation: kind === 'VERIFY' ? 'verifyRectification' : 'rejectRectification',
        entity: 'Rectification',
        entityId: r.id,
        changes: { state: { from: r.state, to: step!.to } },
      });
      await ctx.events.emit(db, now, {
        kind: kind === 'VERIFY' ? 'RECTIFICATION_VERIFIED' : 'RECTIFICATION_REJECTED',
        entity: { type: 'Rectification', id: r.id },
        params: {
          project: (await db.repo(Project).findById(r.projectId))?.name ?? null,
          description: r.description,
          reason: text?.trim() || null,
        },
        to: [{ users: [r.ownerUserId] }],
      });
      return after;
    });
  }

  private checkNote(path: string, text: string | null, required: boolean): FieldError[] {
    const t = text?.trim() ?? '';
    if (required && !t) return [fieldError(path, 'REQUIRED', 'Say why')];
    if (t.length > RR.note.max) return [fieldError(path, 'TOO_LONG', `At most ${RR.note.max} characters`, { max: RR.note.max })];
    return [];
  }

  private async event(
    db: TenantDb,
    r: Rectification,
    action: RectificationEvent['action'],
    fromState: RectificationState | null,
    toState: RectificationState,
    note: string | null,
    evidenceFileIds: string[],
    at: Date,
    owner: { from: string | null; to: string | null } | null = null,
  ) {
    await db.repo(RectificationEvent).insert({
      rectificationId: r.id,
      action,
      fromState,
      toState,
      userId: db.actorUserId!,
      note: note?.trim() || null,
      fromOwnerUserId: owner?.from ?? null,
      toOwnerUserId: owner?.to ?? null,
      evidenceFileIds,
      at,
    });
  }
}
