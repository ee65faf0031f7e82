import {
  Complaint,
  ComplaintAction,
  ComplaintDiscussion,
  ComplaintEvent,
  Feedback,
  InspectionItemResult,
  Project,
  paginate,
  type SelectQueryBuilder,
  type TenantDb,
  containsPattern,
} from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  checkEvidenceRefs,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type AuthInfo,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { PortfolioService } from '@pinzhi/api-portfolio';
import { canSeeProject, limitToScope } from '@pinzhi/api-core';
import {
  COMPLAINT_ESCALATION_READERS,
  COMPLAINT_OPEN_STATES,
  COMPLAINT_READERS,
  COMPLAINT_RULES,
  COMPLAINT_RUNNERS,
  COMPLAINT_VERIFIERS,
  complaintDueAt,
  complaintStep,
  complaintStepBlocker,
  type AuditOperation,
  type ComplaintBlocker,
  type ComplaintEventAction,
  type ComplaintState,
  type ComplaintStep,
} from '@pinzhi/domain';
import type {
  ComplaintActionInput,
  ComplaintDiscussionInput,
  ComplaintInput,
  ComplaintsArgs,
  ComplaintUpdateInput,
  EscalatedComplaintsArgs,
} from './inputs';
import { ComplaintSortField } from './inputs';

const C = COMPLAINT_RULES;
const COMPLAINT_STEP_OPERATIONS: Record<ComplaintStep, AuditOperation> = {
  START: 'startComplaint',
  RESOLVE: 'resolveComplaint',
  VERIFY: 'verifyComplaint',
  REOPEN: 'reopenComplaint',
};
const portfolio = new PortfolioService();

/** SQL for "overdue at :now" (bind `now`): unresolved past its due time. */
const OVERDUE_SQL = (a: string) => `(${a}.state IN (${COMPLAINT_OPEN_STATES.map((s) => `'${s}'`).join(', ')}) AND ${a}.dueAt < :now)`;

const BLOCKER_MESSAGES: Record<ComplaintBlocker, string> = {
  STATE: 'This step is not possible in the case’s current state',
  ROLE: 'Your role may not take this step',
  REGION: 'This case is outside your regions',
  RESOLVED_BY_YOU: 'You resolved this case: another Quality Center member must verify it',
  ACTIONS_OPEN: 'Some actions are not done yet',
};

/**
 * 重大投诉/纠纷/技术问题: cases at a project with evidence, convened discussions, actions and
 * a verified outcome. Readers: admins, the Quality Center, Marketing & Customer Service,
 * viewers, regional operations (their regions). Runners (open, discuss, act, start,
 * resolve): admins, Quality Center, regional operations in their regions. Verification:
 * a Quality Center member who did not resolve it. Every state change is a `complaint_event`.
 */
export class ComplaintsService {
  // ── reading ──────────────────────────────────────────────────────────────
  private limit(qb: SelectQueryBuilder<Complaint>, user: AuthInfo): void {
    if (!COMPLAINT_READERS.includes(user.role)) throw new ForbiddenError('Your role cannot read major complaints');
    limitToScope(qb, user, { project: 'c.projectId', region: 'c.regionId' });
  }

  async get(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<Complaint> {
    const qb = db.repo(Complaint).query('c').andWhere('c.id = :id', { id });
    this.limit(qb, ctx.user);
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('Complaint', id);
    return row;
  }

  /** Newest first. */
  async list(ctx: RequestContext, args: ComplaintsArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Complaint).query('c');
    this.limit(qb, ctx.user);
    if (f.states?.length) qb.andWhere('c.state IN (:...states)', { states: f.states });
    if (f.projectId) qb.andWhere('c.projectId = :projectId', { projectId: f.projectId });
    if (f.regionId) qb.andWhere('c.regionId = :regionId', { regionId: f.regionId });
    if (f.category) qb.andWhere('c.category = :category', { category: f.category });
    if (f.severity) qb.andWhere('c.severity = :severity', { severity: f.severity });
    if (f.source) qb.andWhere('c.source = :source', { source: f.source });
    if (f.overdue != null) qb.andWhere(f.overdue ? OVERDUE_SQL('c') : `NOT ${OVERDUE_SQL('c')}`, { now: ctx.now() });
    if (f.search?.trim()) {
      const like = containsPattern(f.search);
      qb.innerJoin(Project, 'p', 'p.id = c.projectId').andWhere(
        "(c.title LIKE :like ESCAPE '!' OR p.code LIKE :like ESCAPE '!' OR p.name LIKE :like ESCAPE '!')",
        { like },
      );
    }
    const sort = sortOrder(ComplaintSortField, args.sort, { field: 'openedAt', direction: 'DESC' });
    const page = await paginate(qb, { ...args, alias: 'c', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  /** Overdue cases of the whole company, longest overdue first (admins and the Quality Center). */
  async escalated(ctx: RequestContext, args: EscalatedComplaintsArgs) {
    if (!COMPLAINT_ESCALATION_READERS.includes(ctx.user.role))
      throw new ForbiddenError('Only the Quality Center or a tenant admin see the escalation list');
    checkPageArgs(args);
    const qb = ctx.db.repo(Complaint).query('c').andWhere(OVERDUE_SQL('c'), { now: ctx.now() });
    const page = await paginate(qb, { alias: 'c', sortProperty: 'dueAt', direction: 'ASC', defaultSize: 20, ...args }).catch(cursorError);
    return toConnection(page);
  }

  private byComplaint<T extends { complaintId: string }>(
    ctx: RequestContext,
    name: string,
    entity: new () => T,
    order: [string, 'ASC' | 'DESC'][],
  ) {
    return ctx.loaders.custom<string, T[]>(name, async (db, ids) => {
      const qb = db
        .repo(entity as never as new () => T & { id: string; tenantId: string })
        .query('x')
        .andWhere('x.complaintId IN (:...ids)', { ids });
      order.forEach(([col, dir], i) => (i === 0 ? qb.orderBy(`x.${col}`, dir) : qb.addOrderBy(`x.${col}`, dir)));
      const rows = await qb.getMany();
      return ids.map((id) => rows.filter((r) => r.complaintId === id));
    });
  }

  history(ctx: RequestContext, complaintId: string): Promise<ComplaintEvent[]> {
    return this.byComplaint(ctx, 'complaintHistory', ComplaintEvent, [
      ['at', 'ASC'],
      ['createdAt', 'ASC'],
    ]).load(complaintId);
  }

  discussions(ctx: RequestContext, complaintId: string): Promise<ComplaintDiscussion[]> {
    return this.byComplaint(ctx, 'complaintDiscussions', ComplaintDiscussion, [
      ['heldOn', 'ASC'],
      ['createdAt', 'ASC'],
    ]).load(complaintId);
  }

  actions(ctx: RequestContext, complaintId: string): Promise<ComplaintAction[]> {
    return this.byComplaint(ctx, 'complaintActions', ComplaintAction, [['position', 'ASC']]).load(complaintId);
  }

  /** For each step: may the caller take it now, or why not. */
  async permissions(
    ctx: RequestContext,
    c: Complaint,
  ): Promise<Array<{ step: ComplaintStep; allowed: boolean; blocker: ComplaintBlocker | null }>> {
    const openActions = (await this.actions(ctx, c.id)).filter((a) => !a.done).length;
    const base = {
      role: ctx.user.role,
      userId: ctx.user.userId,
      inRegion: canSeeProject(ctx.user, { id: c.projectId, regionId: c.regionId }),
      state: c.state,
      resolvedByUserId: c.resolvedByUserId,
      openActions,
    };
    return (['START', 'RESOLVE', 'VERIFY', 'REOPEN'] as const).map((step) => {
      // Steps that do not apply in this state say so first (the client hides them); the rest give their reason.
      const blocker = complaintStep(c.state, step) ? complaintStepBlocker(step, base) : 'STATE';
      return { step, allowed: blocker === null, blocker };
    });
  }

  // ── writing ──────────────────────────────────────────────────────────────
  private requireRunner(ctx: RequestContext): void {
    if (!COMPLAINT_RUNNERS.includes(ctx.user.role))
      throw new ForbiddenError('Only the Quality Center, regional operations or an admin run major complaints');
  }

  /** A case the caller may run (read access, runner role, not closed). */
  private async runnable(ctx: RequestContext, db: TenantDb, id: string, path = 'id'): Promise<Complaint> {
    const c = await this.get(ctx, id, db);
    this.requireRunner(ctx);
    if (c.state === 'VERIFIED') throw BadUserInputError.field(path, 'INVALID_TRANSITION', 'This case is verified and closed');
    return c;
  }

  async create(ctx: RequestContext, input: ComplaintInput): Promise<Complaint> {
    this.requireRunner(ctx);
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const errors: FieldError[] = [];
      let projectId = input.projectId ?? null;
      let inspectionId: string | null = null;
      let itemResultId: string | null = null;
      let feedbackId: string | null = null;
      if (input.itemResultId && input.feedbackId)
        errors.push(fieldError(['input', 'feedbackId'], 'INVALID_VALUE', 'Raise it from a finding or from feedback, not both'));
      if (input.itemResultId) {
        const r = await db.repo(InspectionItemResult).findById(input.itemResultId);
        if (!r || !canSeeProject(ctx.user, { id: r.projectId, regionId: r.regionId }))
          throw new NotFoundError('InspectionItemResult', input.itemResultId);
        if (r.result !== 'FAIL') errors.push(fieldError(['input', 'itemResultId'], 'INVALID_VALUE', 'Only a failed item is a finding'));
        if (await db.repo(Complaint).exists({ itemResultId: r.id }))
          errors.push(fieldError(['input', 'itemResultId'], 'TAKEN', 'A case was already raised from this finding'));
        if (projectId && projectId !== r.projectId)
          errors.push(fieldError(['input', 'projectId'], 'INVALID_VALUE', 'The finding is from another project'));
        projectId = r.projectId;
        inspectionId = r.inspectionId;
        itemResultId = r.id;
      }
      if (input.feedbackId) {
        const f = await db.repo(Feedback).findById(input.feedbackId);
        if (!f || !canSeeProject(ctx.user, { id: f.projectId, regionId: f.regionId }))
          throw new NotFoundError('Feedback', input.feedbackId);
        if (await db.repo(Complaint).exists({ feedbackId: f.id }))
          errors.push(fieldError(['input', 'feedbackId'], 'TAKEN', 'A case was already raised from this feedback'));
        if (projectId && projectId !== f.projectId)
          errors.push(fieldError(['input', 'projectId'], 'INVALID_VALUE', 'The feedback is from another project'));
        projectId = f.projectId;
        inspectionId = f.inspectionId;
        itemResultId = itemResultId ?? f.itemResultId;
        feedbackId = f.id;
      }
      let project: Project | null = null;
      if (!projectId) errors.push(fieldError(['input', 'projectId'], 'REQUIRED', 'Choose the project'));
      else project = await portfolio.getProject(ctx, projectId, db).catch(() => null);
      if (projectId && !project) errors.push(fieldError(['input', 'projectId'], 'NOT_FOUND', 'No such project in your regions'));
      errors.push(...(await checkEvidenceRefs(db, [{ path: ['input', 'evidenceIds'], ids: input.evidenceIds ?? [] }], ctx.user.userId)));
      if (errors.length) throw new BadUserInputError(errors);
      const c = await db.repo(Complaint).insert({
        projectId: project!.id,
        regionId: project!.regionId,
        source: input.source,
        category: input.category,
        severity: input.severity,
        title: input.title.trim(),
        description: input.description.trim(),
        evidenceFileIds: input.evidenceIds ?? [],
        inspectionId,
        itemResultId,
        feedbackId,
        state: 'OPEN',
        openedAt: now,
        dueAt: complaintDueAt(now, input.severity),
        createdByUserId: ctx.user.userId,
        resolvedAt: null,
        resolvedByUserId: null,
        resolutionNote: null,
        verifiedAt: null,
        verifiedByUserId: null,
        verificationNote: null,
        reopenCount: 0,
      });
      await this.event(db, c.id, 'OPENED', null, 'OPEN', null, now);
      await db.audit({
        operation: 'createComplaint',
        entity: 'Complaint',
        entityId: c.id,
        changes: {
          state: { from: null, to: 'OPEN' },
          severity: { from: null, to: c.severity },
          projectId: { from: null, to: c.projectId },
        },
      });
      return c;
    });
  }

  async update(ctx: RequestContext, id: string, input: ComplaintUpdateInput, expectedVersion: number): Promise<Complaint> {
    return ctx.db.transaction(async (db) => {
      const c = await this.runnable(ctx, db, id);
      const dueAt = input.severity !== c.severity ? complaintDueAt(c.openedAt, input.severity) : c.dueAt;
      const after = await db.repo(Complaint).update(
        id,
        {
          source: input.source,
          category: input.category,
          severity: input.severity,
          title: input.title.trim(),
          description: input.description.trim(),
          dueAt,
        },
        expectedVersion,
      );
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const k of ['source', 'category', 'severity', 'title', 'description'] as const)
        if (c[k] !== after[k]) changes[k] = { from: c[k], to: after[k] };
      await db.audit({ operation: 'updateComplaint', entity: 'Complaint', entityId: id, changes });
      return after;
    });
  }

  async addEvidence(ctx: RequestContext, id: string, evidenceIds: string[]): Promise<Complaint> {
    return ctx.db.transaction(async (db) => {
      const c = await this.runnable(ctx, db, id);
      const all = [...c.evidenceFileIds, ...evidenceIds.filter((e) => !c.evidenceFileIds.includes(e))];
      const errors = await checkEvidenceRefs(db, [{ path: ['evidenceIds'], ids: evidenceIds }], ctx.user.userId);
      if (evidenceIds.length === 0) errors.push(fieldError('evidenceIds', 'REQUIRED', 'Attach at least one file'));
      if (all.length > C.evidence.max)
        errors.push(fieldError('evidenceIds', 'TOO_LONG', `At most ${C.evidence.max} files per case`, { max: C.evidence.max }));
      if (errors.length) throw new BadUserInputError(errors);
      const after = await db.repo(Complaint).update(id, { evidenceFileIds: all }, c.version);
      await db.audit({
        operation: 'addComplaintEvidence',
        entity: 'Complaint',
        entityId: id,
        changes: { evidenceFileIds: { from: c.evidenceFileIds, to: all } },
      });
      return after;
    });
  }

  async recordDiscussion(ctx: RequestContext, complaintId: string, input: ComplaintDiscussionInput): Promise<ComplaintDiscussion> {
    return ctx.db.transaction(async (db) => {
      const c = await this.runnable(ctx, db, complaintId, 'complaintId');
      const errors: FieldError[] = [];
      if (new Set(input.departments).size !== input.departments.length)
        errors.push(fieldError(['input', 'departments'], 'INVALID_VALUE', 'A department is listed twice'));
      if (input.heldOn < c.openedAt.toISOString().slice(0, 10))
        errors.push(fieldError(['input', 'heldOn'], 'DATE_ORDER', 'The discussion cannot be before the case was opened'));
      if (errors.length) throw new BadUserInputError(errors);
      const d = await db.repo(ComplaintDiscussion).insert({
        complaintId,
        heldOn: input.heldOn,
        departments: input.departments,
        minutes: input.minutes.trim(),
        decisions: input.decisions?.trim() || null,
        recordedByUserId: ctx.user.userId,
      });
      await db.audit({
        operation: 'recordComplaintDiscussion',
        entity: 'ComplaintDiscussion',
        entityId: d.id,
        record: { entity: 'Complaint', id: complaintId },
        changes: { complaintId: { from: null, to: complaintId }, heldOn: { from: null, to: d.heldOn } },
      });
      return d;
    });
  }

  async addAction(ctx: RequestContext, complaintId: string, input: ComplaintActionInput): Promise<ComplaintAction> {
    return ctx.db.transaction(async (db) => {
      const c = await this.runnable(ctx, db, complaintId, 'complaintId');
      const errors: FieldError[] = [];
      const owner = (await db.members([input.ownerUserId])).find((m) => m.membership.active);
      if (!owner) errors.push(fieldError(['input', 'ownerUserId'], 'NOT_FOUND', 'Not an active member of your company'));
      if (input.deadline < c.openedAt.toISOString().slice(0, 10))
        errors.push(fieldError(['input', 'deadline'], 'DATE_ORDER', 'The deadline cannot be before the case was opened'));
      const count = await db.repo(ComplaintAction).count({ complaintId });
      if (count >= C.actions.max)
        errors.push(fieldError('complaintId', 'TOO_LONG', `At most ${C.actions.max} actions per case`, { max: C.actions.max }));
      if (errors.length) throw new BadUserInputError(errors);
      const a = await db.repo(ComplaintAction).insert({
        complaintId,
        position: count + 1,
        description: input.description.trim(),
        ownerUserId: input.ownerUserId,
        deadline: input.deadline,
        done: false,
        doneAt: null,
        doneByUserId: null,
      });
      // Touch the case so concurrent readers see it changed.
      await db.repo(Complaint).update(c.id, {}, c.version);
      await db.audit({
        operation: 'addComplaintAction',
        entity: 'ComplaintAction',
        entityId: a.id,
        record: { entity: 'Complaint', id: a.complaintId },
        changes: {
          description: { from: null, to: a.description },
          ownerUserId: { from: null, to: a.ownerUserId },
          deadline: { from: null, to: a.deadline },
        },
      });
      await ctx.events.emit(db, ctx.now(), {
        kind: 'COMPLAINT_ACTION_ASSIGNED',
        entity: { type: 'Complaint', id: c.id },
        params: {
          complaint: c.title,
          project: (await db.repo(Project).findById(c.projectId))?.name ?? null,
          action: a.description,
          deadlineDate: a.deadline,
        },
        to: [{ users: [a.ownerUserId] }],
      });
      return a;
    });
  }

  /** The action's owner or a runner marks it done (or not done). */
  async setActionDone(ctx: RequestContext, actionId: string, done: boolean, expectedVersion: number): Promise<ComplaintAction> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const a = await db.repo(ComplaintAction).getById(actionId);
      const c = await this.get(ctx, a.complaintId, db).catch(() => {
        throw new NotFoundError('ComplaintAction', actionId);
      });
      if (a.ownerUserId !== ctx.user.userId) this.requireRunner(ctx);
      if (c.state === 'VERIFIED' || c.state === 'RESOLVED')
        throw BadUserInputError.field(
          'id',
          'INVALID_TRANSITION',
          c.state === 'VERIFIED' ? 'This case is verified and closed' : 'This case is resolved; reopen it to change its actions',
        );
      const after = await db
        .repo(ComplaintAction)
        .update(a.id, { done, doneAt: done ? now : null, doneByUserId: done ? ctx.user.userId : null }, expectedVersion);
      await db.audit({
        operation: 'setComplaintActionDone',
        entity: 'ComplaintAction',
        entityId: a.id,
        record: { entity: 'Complaint', id: a.complaintId },
        changes: { done: { from: a.done, to: done } },
      });
      return after;
    });
  }

  /**
   * START (note optional), RESOLVE (what was done; all actions done), VERIFY (the actual
   * effect; a Quality Center member who did not resolve it), REOPEN (why the effect is not there).
   */
  async step(ctx: RequestContext, id: string, step: ComplaintStep, text: string | null): Promise<Complaint> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const c = await this.get(ctx, id, db);
      const openActions = (await db.repo(ComplaintAction).find({ where: { complaintId: id, done: false } })).length;
      const blocker = complaintStepBlocker(step, {
        role: ctx.user.role,
        userId: ctx.user.userId,
        inRegion: canSeeProject(ctx.user, { id: c.projectId, regionId: c.regionId }),
        state: c.state,
        resolvedByUserId: c.resolvedByUserId,
        openActions,
      });
      if (blocker === 'ROLE' || blocker === 'REGION' || blocker === 'RESOLVED_BY_YOU') throw new ForbiddenError(BLOCKER_MESSAGES[blocker]);
      const errors: FieldError[] = [];
      if (blocker === 'STATE')
        errors.push(fieldError('id', 'INVALID_TRANSITION', `A case in state ${c.state} cannot take the step ${step}`, { state: c.state }));
      if (blocker === 'ACTIONS_OPEN')
        errors.push(fieldError('id', 'INVALID_VALUE', `${openActions} action(s) are not done yet`, { openActions }));
      const t = text?.trim() ?? '';
      const textPath = step === 'REOPEN' ? 'reason' : 'note';
      const rule =
        step === 'RESOLVE'
          ? C.resolutionNote
          : step === 'VERIFY'
            ? C.verificationNote
            : step === 'REOPEN'
              ? C.reopenReason
              : { min: 0, max: C.note.max };
      if (t.length < rule.min)
        errors.push(
          fieldError(
            textPath,
            'REQUIRED',
            step === 'VERIFY' ? 'Describe the actual effect you checked' : step === 'RESOLVE' ? 'Say how it was resolved' : 'Say why',
          ),
        );
      else if (t.length > rule.max) errors.push(fieldError(textPath, 'TOO_LONG', `At most ${rule.max} characters`, { max: rule.max }));
      if (errors.length) throw new BadUserInputError(errors);
      const next = complaintStep(c.state, step)!;
      const patch =
        step === 'RESOLVE'
          ? { state: next.to, resolvedAt: now, resolvedByUserId: ctx.user.userId, resolutionNote: t }
          : step === 'VERIFY'
            ? { state: next.to, verifiedAt: now, verifiedByUserId: ctx.user.userId, verificationNote: t }
            : step === 'REOPEN'
              ? { state: next.to, resolvedAt: null, resolvedByUserId: null, reopenCount: c.reopenCount + 1 }
              : { state: next.to };
      const after = await db.repo(Complaint).update(c.id, patch, c.version);
      await this.event(db, c.id, next.action, c.state, next.to, t || null, now);
      await db.audit({
        operation: COMPLAINT_STEP_OPERATIONS[step],
        entity: 'Complaint',
        entityId: c.id,
        changes: { state: { from: c.state, to: next.to } },
      });
      if (step === 'RESOLVE')
        await ctx.events.emit(db, now, {
          kind: 'COMPLAINT_AWAITING_VERIFICATION',
          entity: { type: 'Complaint', id: c.id },
          params: { complaint: c.title, project: (await db.repo(Project).findById(c.projectId))?.name ?? null },
          to: [{ roles: COMPLAINT_VERIFIERS }],
        });
      return after;
    });
  }

  private async event(
    db: TenantDb,
    complaintId: string,
    action: ComplaintEventAction,
    fromState: ComplaintState | null,
    toState: ComplaintState,
    note: string | null,
    at: Date,
  ) {
    await db.repo(ComplaintEvent).insert({ complaintId, action, fromState, toState, userId: db.actorUserId!, note, at });
  }
}
