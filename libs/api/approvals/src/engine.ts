import {
  ApprovalAssignment,
  ApprovalFlow,
  ApprovalFlowVersion,
  ApprovalRequest,
  Brackets,
  Department,
  Membership,
  User,
  StaleVersionError,
  paginate,
  type TenantDb,
} from '@pinzhi/db';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  checkPageArgs,
  cursorError,
  dataScope,
  scopeCondition,
  toConnection,
  type AuthInfo,
  type FieldError,
  type RequestContext,
  fieldError,
} from '@pinzhi/api-core';
import {
  APPROVAL_FLOW_EDITORS,
  APPROVAL_KIND_LABELS,
  APPROVAL_LIMITS,
  APPROVAL_READERS,
  afterApproval,
  approvalActionError,
  nextStepIndex,
  scopeOf,
  stepProblems,
  type ApprovalKind,
  type ApprovalStatus,
  type ApprovalStep,
  type AuditEntity,
} from '@pinzhi/domain';

/** What a capability submits for approval. */
export interface ApprovalSubject {
  subjectId: string;
  /** Its version at submission (a handbook draft), when it has versions. */
  subjectVersionId?: string | null;
  title: string;
  /** What step conditions compare with (fen, days …). */
  amount?: number | null;
  /** What the capability needs when the request takes effect. */
  payload?: Record<string, string | number | null>;
  projectId?: string | null;
  regionId?: string | null;
}

/**
 * A capability's part in approvals: what happens when its request is approved (inside the
 * deciding transaction, with the last approver as the actor), rejected or withdrawn, and
 * which record's history shows the decisions.
 */
export interface ApprovalHandler {
  kind: ApprovalKind;
  record: AuditEntity;
  onApproved(db: TenantDb, request: ApprovalRequest, now: Date): Promise<void>;
  onRejected?(db: TenantDb, request: ApprovalRequest, now: Date): Promise<void>;
  onWithdrawn?(db: TenantDb, request: ApprovalRequest, now: Date): Promise<void>;
}

export interface FlowStepInput {
  name: string;
  approverKind: ApprovalStep['approverKind'];
  role?: ApprovalStep['role'];
  departmentId?: string | null;
  userIds?: string[] | null;
  mode: ApprovalStep['mode'];
  minAmount?: number | null;
}

export interface RequestsFilter {
  status?: ApprovalStatus | null;
  kind?: ApprovalKind | null;
  /** WAITING_FOR_ME: the current step waits for my decision; MINE: I submitted it; DECIDED_BY_ME. */
  view?: 'WAITING_FOR_ME' | 'MINE' | 'DECIDED_BY_ME' | 'ALL' | null;
}

const label = (kind: ApprovalKind) => APPROVAL_KIND_LABELS[kind].zh;

/**
 * The one approvals engine (审批): flows per company and kind, versioned; requests that
 * snapshot their flow version's steps; step resolution (a role, a department head, the GM,
 * named members; ONE or ALL; conditions that skip a step); decisions audited on the subject's
 * history; notifications to the next approvers. Capabilities register a handler and call
 * `submitIfRequired` inside their own transaction.
 */
export class ApprovalsEngine {
  private readonly handlers = new Map<ApprovalKind, ApprovalHandler>();

  register(handler: ApprovalHandler): void {
    this.handlers.set(handler.kind, handler);
  }

  hasHandler(kind: ApprovalKind): boolean {
    return this.handlers.has(kind);
  }

  // ── flows ────────────────────────────────────────────────────────────────
  flows(ctx: RequestContext): Promise<ApprovalFlow[]> {
    return ctx.db.repo(ApprovalFlow).query('f').orderBy('f.kind', 'ASC').getMany();
  }

  async flowVersion(db: TenantDb, id: string): Promise<ApprovalFlowVersion> {
    return db.repo(ApprovalFlowVersion).getById(id);
  }

  /** The active flow of a kind and its current steps, or null (the capability acts at once). */
  async activeFlow(db: TenantDb, kind: ApprovalKind): Promise<{ flow: ApprovalFlow; version: ApprovalFlowVersion } | null> {
    const flow = await db.repo(ApprovalFlow).findOne({ kind });
    if (!flow || !flow.active || !flow.currentVersionId) return null;
    const version = await db.repo(ApprovalFlowVersion).getById(flow.currentVersionId);
    return version.steps.length ? { flow, version } : null;
  }

  /**
   * Creates or changes a company's flow of a kind: new steps become a new numbered version
   * (running requests keep theirs); `active` switches approvals on or off.
   */
  async saveFlow(
    ctx: RequestContext,
    input: { kind: ApprovalKind; name: string; active: boolean; steps: FlowStepInput[] },
    expectedVersion?: number | null,
  ): Promise<ApprovalFlow> {
    if (!APPROVAL_FLOW_EDITORS.includes(ctx.user.role)) throw new ForbiddenError();
    return ctx.db.transaction(async (db) => {
      const steps = await this.checkSteps(db, input.steps);
      const name = input.name.trim();
      if (!name) throw BadUserInputError.field(['input', 'name'], 'REQUIRED', 'Name the flow');
      if (input.active && steps.length === 0)
        throw BadUserInputError.field(['input', 'steps'], 'REQUIRED', 'An active flow needs at least one step');
      const before = await db.repo(ApprovalFlow).findOne({ kind: input.kind });
      let flow = before
        ? await this.update(db, ApprovalFlow, before.id, { name, active: input.active }, expectedVersion)
        : await db.repo(ApprovalFlow).insert({ kind: input.kind, name, active: input.active, currentVersionId: null, latestNumber: 0 });
      const current = flow.currentVersionId ? await db.repo(ApprovalFlowVersion).getById(flow.currentVersionId) : null;
      const changedSteps = !current || JSON.stringify(current.steps) !== JSON.stringify(steps);
      if (changedSteps) {
        const number = flow.latestNumber + 1;
        const version = await db.repo(ApprovalFlowVersion).insert({ flowId: flow.id, number, steps, createdByUserId: ctx.user.userId });
        flow = await db.repo(ApprovalFlow).update(flow.id, { currentVersionId: version.id, latestNumber: number });
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (before?.name !== flow.name) changes['name'] = { from: before?.name ?? null, to: flow.name };
      if (before?.active !== flow.active) changes['active'] = { from: before?.active ?? null, to: flow.active };
      if (changedSteps) changes['steps'] = { from: current ? current.steps : null, to: steps };
      if (changedSteps) changes['latestNumber'] = { from: before?.latestNumber ?? 0, to: flow.latestNumber };
      if (Object.keys(changes).length)
        await db.audit({ operation: 'saveApprovalFlow', entity: 'ApprovalFlow', entityId: flow.id, changes: changes as never });
      return flow;
    });
  }

  /** Switches a kind's flow on or off (its steps are kept). */
  async setFlowActive(ctx: RequestContext, kind: ApprovalKind, active: boolean, expectedVersion?: number | null): Promise<ApprovalFlow> {
    if (!APPROVAL_FLOW_EDITORS.includes(ctx.user.role)) throw new ForbiddenError();
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(ApprovalFlow).findOne({ kind });
      if (!before) throw BadUserInputError.field('kind', 'NOT_FOUND', 'This kind has no approval flow yet; create one first');
      if (before.active === active) return before;
      if (active && !before.currentVersionId)
        throw BadUserInputError.field('active', 'INVALID_VALUE', 'An active flow needs at least one step');
      const after = await this.update(db, ApprovalFlow, before.id, { active }, expectedVersion);
      await db.audit({
        operation: 'saveApprovalFlow',
        entity: 'ApprovalFlow',
        entityId: after.id,
        changes: { active: { from: before.active, to: active } },
      });
      return after;
    });
  }

  private async checkSteps(db: TenantDb, input: FlowStepInput[]): Promise<ApprovalStep[]> {
    const errors: FieldError[] = [];
    if (input.length > APPROVAL_LIMITS.steps.max)
      throw BadUserInputError.field(['input', 'steps'], 'TOO_LONG', `At most ${APPROVAL_LIMITS.steps.max} steps`, {
        max: APPROVAL_LIMITS.steps.max,
      });
    const steps: ApprovalStep[] = input.map((s) => ({
      name: s.name.trim(),
      approverKind: s.approverKind,
      role: s.approverKind === 'ROLE' ? (s.role ?? null) : null,
      departmentId: s.approverKind === 'DEPARTMENT_HEAD' ? (s.departmentId ?? null) : null,
      userIds: s.approverKind === 'MEMBERS' ? [...new Set(s.userIds ?? [])] : null,
      mode: s.mode,
      condition: s.minAmount != null ? { minAmount: s.minAmount } : null,
    }));
    const deptIds = steps.flatMap((s) => (s.departmentId ? [s.departmentId] : []));
    const known = new Set((await db.repo(Department).findByIds(deptIds)).map((d) => d.id));
    const userIds = steps.flatMap((s) => s.userIds ?? []);
    const members = new Set(
      userIds.length
        ? (
            await db
              .repo(Membership)
              .query('m')
              .andWhere('m.userId IN (:...u)', { u: userIds })
              .andWhere('m.active = :a', { a: true })
              .getMany()
          ).map((m) => m.userId)
        : [],
    );
    steps.forEach((s, i) => {
      const path = ['input', 'steps', String(i)];
      for (const p of stepProblems(s))
        errors.push(fieldError([...path, p.field === 'condition' ? 'minAmount' : p.field], p.reason as never, p.message));
      if (s.name.length > APPROVAL_LIMITS.name.max)
        errors.push(fieldError([...path, 'name'], 'TOO_LONG', `At most ${APPROVAL_LIMITS.name.max} characters`));
      if (s.departmentId && !known.has(s.departmentId))
        errors.push(fieldError([...path, 'departmentId'], 'NOT_FOUND', 'This department is not in your company'));
      if ((s.userIds?.length ?? 0) > APPROVAL_LIMITS.members.max)
        errors.push(fieldError([...path, 'userIds'], 'TOO_LONG', `At most ${APPROVAL_LIMITS.members.max} approvers`));
      s.userIds?.forEach((u, j) => {
        if (!members.has(u))
          errors.push(fieldError([...path, 'userIds', String(j)], 'NOT_FOUND', 'This person is not an active member of your company'));
      });
    });
    if (errors.length) throw new BadUserInputError(errors);
    return steps;
  }

  // ── submitting ───────────────────────────────────────────────────────────
  /**
   * Inside the capability's transaction: with an active flow of the kind, creates a request
   * (snapshotting the flow version's steps) and returns it; without one returns null and the
   * capability acts at once.
   */
  async submitIfRequired(ctx: RequestContext, db: TenantDb, kind: ApprovalKind, subject: ApprovalSubject): Promise<ApprovalRequest | null> {
    const active = await this.activeFlow(db, kind);
    if (!active) return null;
    if (!this.handlers.has(kind)) throw new Error(`No approval handler for ${kind}`);
    if (await this.pendingFor(db, subject.subjectId))
      throw BadUserInputError.field('subjectId', 'INVALID_VALUE', 'This is already waiting for approval');
    const amount = subject.amount ?? null;
    const first = nextStepIndex(active.version.steps, amount, 0);
    const request = await db.repo(ApprovalRequest).insert({
      kind,
      status: 'PENDING_APPROVAL',
      flowId: active.flow.id,
      flowVersionId: active.version.id,
      flowNumber: active.version.number,
      steps: active.version.steps,
      stepIndex: first,
      subjectId: subject.subjectId,
      subjectVersionId: subject.subjectVersionId ?? null,
      title: subject.title.slice(0, 200),
      amount,
      payload: subject.payload ?? {},
      requesterUserId: ctx.user.userId,
      projectId: subject.projectId ?? null,
      regionId: subject.regionId ?? null,
      reason: null,
      decidedAt: null,
    });
    await this.audit(db, request, 'submitApproval', {
      status: { from: null, to: 'PENDING_APPROVAL' },
      flowNumber: { from: null, to: request.flowNumber },
    });
    if (first == null) return this.finishApproved(ctx, db, request);
    await this.openStep(ctx, db, request, first);
    return request;
  }

  /** The request of a subject still waiting, if any. */
  pendingFor(db: TenantDb, subjectId: string): Promise<ApprovalRequest | null> {
    return db.repo(ApprovalRequest).findOne({ subjectId, status: 'PENDING_APPROVAL' });
  }

  /** The subject's most recent request (pending or decided). */
  async latestFor(db: TenantDb, subjectId: string): Promise<ApprovalRequest | null> {
    return db
      .repo(ApprovalRequest)
      .query('r')
      .andWhere('r.subjectId = :s', { s: subjectId })
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getOne();
  }

  // ── deciding ─────────────────────────────────────────────────────────────
  async approve(
    ctx: RequestContext,
    id: string,
    comment: string | null | undefined,
    expectedVersion?: number | null,
  ): Promise<ApprovalRequest> {
    return ctx.db.transaction(async (db) => {
      const { request, mine } = await this.forDecision(ctx, db, id, 'APPROVE', expectedVersion);
      await db.repo(ApprovalAssignment).update(mine!.id, { decision: 'APPROVED', comment: comment?.trim() || null, decidedAt: ctx.now() });
      const assignments = await this.assignmentsOf(db, request.id, request.stepIndex!);
      const next = afterApproval(
        request.steps,
        request.amount,
        request.stepIndex!,
        assignments.map((a) => a.userId),
        assignments.filter((a) => a.decision === 'APPROVED').map((a) => a.userId),
      );
      await this.audit(db, request, 'approveApproval', {
        decision: { from: null, to: 'APPROVED' },
        stepIndex: { from: request.stepIndex, to: next.stepIndex },
        ...(comment?.trim() ? { comment: { from: null, to: comment.trim() } } : {}),
      });
      if (next.status === 'APPROVED') {
        // Leave the other approvers of a ONE step with nothing to do.
        await this.closeOpen(db, request.id);
        return this.finishApproved(ctx, db, await this.update(db, ApprovalRequest, request.id, {}));
      }
      if (!next.advanced) return this.update(db, ApprovalRequest, request.id, {});
      await this.closeOpen(db, request.id);
      const moved = await this.update(db, ApprovalRequest, request.id, { stepIndex: next.stepIndex });
      await this.openStep(ctx, db, moved, next.stepIndex);
      return moved;
    });
  }

  async reject(ctx: RequestContext, id: string, reason: string, expectedVersion?: number | null): Promise<ApprovalRequest> {
    const why = reason.trim();
    if (!why) throw BadUserInputError.field('reason', 'REQUIRED', 'Say why it is rejected');
    if (why.length > APPROVAL_LIMITS.reason.max)
      throw BadUserInputError.field('reason', 'TOO_LONG', `At most ${APPROVAL_LIMITS.reason.max} characters`, {
        max: APPROVAL_LIMITS.reason.max,
      });
    return ctx.db.transaction(async (db) => {
      const { request, mine } = await this.forDecision(ctx, db, id, 'REJECT', expectedVersion);
      await db.repo(ApprovalAssignment).update(mine!.id, { decision: 'REJECTED', comment: why, decidedAt: ctx.now() });
      await this.closeOpen(db, request.id);
      const after = await this.update(db, ApprovalRequest, request.id, {
        status: 'REJECTED',
        stepIndex: null,
        reason: why,
        decidedAt: ctx.now(),
      });
      await this.audit(db, after, 'rejectApproval', {
        decision: { from: null, to: 'REJECTED' },
        status: { from: 'PENDING_APPROVAL', to: 'REJECTED' },
        reason: { from: null, to: why },
      });
      await this.handlers.get(after.kind)?.onRejected?.(db, after, ctx.now());
      await ctx.events.emit(db, ctx.now(), {
        kind: 'APPROVAL_REJECTED',
        entity: { type: 'ApprovalRequest', id: after.id },
        params: { title: after.title, kind: label(after.kind), reason: why, actor: await this.nameOf(db, ctx.user.userId) },
        to: [{ users: [after.requesterUserId] }],
      });
      return after;
    });
  }

  async withdraw(ctx: RequestContext, id: string, expectedVersion?: number | null): Promise<ApprovalRequest> {
    return ctx.db.transaction(async (db) => {
      const request = await this.visible(ctx, db, id);
      const problem = approvalActionError(request, 'WITHDRAW', { userId: ctx.user.userId, isCurrentApprover: false, hasDecided: false });
      if (problem)
        throw BadUserInputError.field('id', problem.reason === 'NOT_PENDING' ? 'INVALID_TRANSITION' : 'INVALID_VALUE', problem.message);
      if (expectedVersion != null && expectedVersion !== request.version)
        throw new ConflictError('This request changed since you opened it; reload it', {
          expectedVersion,
          currentVersion: request.version,
        });
      await this.claim(db, request);
      await this.closeOpen(db, request.id);
      const after = await this.update(db, ApprovalRequest, request.id, { status: 'WITHDRAWN', stepIndex: null, decidedAt: ctx.now() });
      await this.audit(db, after, 'withdrawApproval', { status: { from: 'PENDING_APPROVAL', to: 'WITHDRAWN' } });
      await this.handlers.get(after.kind)?.onWithdrawn?.(db, after, ctx.now());
      return after;
    });
  }

  // ── reading ──────────────────────────────────────────────────────────────
  /** A request the caller may read: its requester, any of its approvers, or a reader role within the data scope. */
  async visible(ctx: RequestContext, db: TenantDb, id: string): Promise<ApprovalRequest> {
    const r = await db.repo(ApprovalRequest).getById(id);
    if (r.requesterUserId === ctx.user.userId) return r;
    if (await db.repo(ApprovalAssignment).exists({ requestId: id, userId: ctx.user.userId })) return r;
    if (APPROVAL_READERS.includes(ctx.user.role) && this.inScope(ctx.user, r)) return r;
    throw new NotFoundError('ApprovalRequest', id);
  }

  request(ctx: RequestContext, id: string): Promise<ApprovalRequest> {
    return this.visible(ctx, ctx.db, id);
  }

  async requests(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null; filter?: RequestsFilter | null },
  ) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const me = ctx.user.userId;
    const qb = ctx.db.repo(ApprovalRequest).query('r');
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
    const view = f.view ?? 'WAITING_FOR_ME';
    const assigned = (decided: boolean) => {
      const sub = qb
        .subQuery()
        .select('a.requestId')
        .from(ApprovalAssignment, 'a')
        .where('a.userId = :me')
        .andWhere(decided ? 'a.decision IS NOT NULL' : 'a.decision IS NULL');
      return sub.getQuery();
    };
    if (view === 'WAITING_FOR_ME') {
      qb.andWhere(`r.id IN ${assigned(false)}`, { me }).andWhere("r.status = 'PENDING_APPROVAL'");
    } else if (view === 'MINE') {
      qb.andWhere('r.requesterUserId = :me', { me });
    } else if (view === 'DECIDED_BY_ME') {
      qb.andWhere(`r.id IN ${assigned(true)}`, { me });
    } else {
      // ALL: reader roles within their scope; everyone else their own and those they approve.
      if (APPROVAL_READERS.includes(ctx.user.role)) {
        const limit = scopeCondition(ctx.user, { project: 'r.projectId', region: 'r.regionId' });
        if (limit) qb.andWhere(new Brackets((w) => w.where('r.projectId IS NULL AND r.regionId IS NULL').orWhere(limit.sql, limit.params)));
      } else {
        const sub = qb.subQuery().select('a2.requestId').from(ApprovalAssignment, 'a2').where('a2.userId = :me').getQuery();
        qb.andWhere(new Brackets((w) => w.where('r.requesterUserId = :me').orWhere(`r.id IN ${sub}`)), { me });
      }
    }
    const page = await paginate(qb, { ...args, alias: 'r', sortProperty: 'createdAt', direction: 'DESC', defaultSize: 20 }).catch(
      cursorError,
    );
    return toConnection(page);
  }

  /** Every assignment of a request (its approvers per step and their decisions), in order. */
  history(db: TenantDb, requestId: string): Promise<ApprovalAssignment[]> {
    return db
      .repo(ApprovalAssignment)
      .query('a')
      .andWhere('a.requestId = :id', { id: requestId })
      .orderBy('a.stepIndex', 'ASC')
      .addOrderBy('a.decidedAt', 'ASC')
      .addOrderBy('a.createdAt', 'ASC')
      .getMany();
  }

  async canDecide(ctx: RequestContext, r: ApprovalRequest): Promise<boolean> {
    if (r.status !== 'PENDING_APPROVAL' || r.stepIndex == null) return false;
    const mine = await ctx.db.repo(ApprovalAssignment).findOne({ requestId: r.id, stepIndex: r.stepIndex, userId: ctx.user.userId });
    return !!mine && mine.decision == null;
  }

  // ── helpers ──────────────────────────────────────────────────────────────
  private inScope(user: AuthInfo, r: ApprovalRequest): boolean {
    const s = dataScope(user);
    if (s.kind === 'COMPANY') return true;
    if (!r.projectId && !r.regionId) return true;
    if (s.kind === 'REGIONS') return !!r.regionId && s.regionIds.includes(r.regionId);
    return !!r.projectId && s.projectIds.includes(r.projectId);
  }

  private async forDecision(ctx: RequestContext, db: TenantDb, id: string, action: 'APPROVE' | 'REJECT', expectedVersion?: number | null) {
    const request = await this.visible(ctx, db, id);
    if (expectedVersion != null && expectedVersion !== request.version)
      throw new ConflictError('This request changed since you opened it; reload it', { expectedVersion, currentVersion: request.version });
    const mine =
      request.stepIndex == null
        ? null
        : await db.repo(ApprovalAssignment).findOne({ requestId: id, stepIndex: request.stepIndex, userId: ctx.user.userId });
    const problem = approvalActionError(request, action, {
      userId: ctx.user.userId,
      isCurrentApprover: !!mine,
      hasDecided: !!mine?.decision,
    });
    if (problem) {
      if (problem.reason === 'NOT_APPROVER') throw new ForbiddenError(problem.message);
      throw BadUserInputError.field('id', problem.reason === 'NOT_PENDING' ? 'INVALID_TRANSITION' : 'INVALID_VALUE', problem.message);
    }
    await this.claim(db, request);
    return { request, mine };
  }

  /**
   * Claims the request for one decision: its version moves on only if nobody's has since this
   * transaction read it. Parallel decisions on one request (a double click, two approvers of a
   * ONE step, an approval racing a withdrawal) then run one at a time on MariaDB, whose reads in
   * a transaction see a snapshot: the later one gets CONFLICT and, reloaded, sees the new state,
   * so a step is never advanced, nor a handbook published, twice. (SQLite runs one write
   * transaction at a time anyway.)
   */
  private claim(db: TenantDb, request: ApprovalRequest): Promise<ApprovalRequest> {
    return this.update(db, ApprovalRequest, request.id, {}, request.version);
  }

  private assignmentsOf(db: TenantDb, requestId: string, stepIndex: number): Promise<ApprovalAssignment[]> {
    return db.repo(ApprovalAssignment).find({ where: { requestId, stepIndex } });
  }

  /** Assignments still open (other approvers of a ONE step): removed, so nobody is left waiting on them. */
  private async closeOpen(db: TenantDb, requestId: string): Promise<void> {
    const open = (await db.repo(ApprovalAssignment).find({ where: { requestId } })).filter((a) => a.decision == null);
    for (const a of open) await db.repo(ApprovalAssignment).delete(a.id);
  }

  /** Resolves the step's approvers (never the requester), assigns them and tells them. */
  private async openStep(ctx: RequestContext, db: TenantDb, request: ApprovalRequest, index: number): Promise<void> {
    const step = request.steps[index];
    const approvers = (await this.approversOf(db, step, request)).filter((u) => u !== request.requesterUserId);
    if (approvers.length === 0)
      throw BadUserInputError.field(
        ['steps', String(index)],
        'INVALID_VALUE',
        `Nobody can approve the step “${step.name}”: check the approval flow`,
      );
    await db
      .repo(ApprovalAssignment)
      .insertMany(
        approvers.map((userId) => ({ requestId: request.id, stepIndex: index, userId, decision: null, comment: null, decidedAt: null })),
      );
    await ctx.events.emit(db, ctx.now(), {
      kind: 'APPROVAL_REQUESTED',
      entity: { type: 'ApprovalRequest', id: request.id },
      params: { title: request.title, kind: label(request.kind), step: step.name, actor: await this.nameOf(db, request.requesterUserId) },
      to: [{ users: approvers }],
      dedupeKey: `APPROVAL_REQUESTED:${request.id}:${index}`,
    });
  }

  /** Active members a step names, within the request's place for role holders. */
  async approversOf(db: TenantDb, step: ApprovalStep, place: { projectId: string | null; regionId: string | null }): Promise<string[]> {
    const members = db
      .repo(Membership)
      .query('m')
      .innerJoin(User, 'u', 'u.id = m.userId AND u.active = :userActive', { userActive: true })
      .andWhere('m.active = :active', { active: true });
    if (step.approverKind === 'ROLE' || step.approverKind === 'GENERAL_MANAGER') {
      const role = step.approverKind === 'GENERAL_MANAGER' ? 'GENERAL_MANAGER' : step.role!;
      const rows = await members.andWhere('m.role = :role', { role }).orderBy('m.createdAt', 'ASC').getMany();
      return rows
        .filter((m) => {
          if (!place.projectId && !place.regionId) return true;
          const s = scopeOf(m.role, m.regionIds ?? [], m.projectIds ?? []);
          if (s.kind === 'COMPANY') return true;
          if (s.kind === 'REGIONS') return !!place.regionId && s.regionIds.includes(place.regionId);
          return !!place.projectId && s.projectIds.includes(place.projectId);
        })
        .map((m) => m.userId);
    }
    const ids =
      step.approverKind === 'DEPARTMENT_HEAD'
        ? [(await db.repo(Department).findOne({ id: step.departmentId! }))?.headUserId].filter((x): x is string => !!x)
        : (step.userIds ?? []);
    if (!ids.length) return [];
    const rows = await members.andWhere('m.userId IN (:...ids)', { ids }).getMany();
    const ok = new Set(rows.map((m) => m.userId));
    return ids.filter((u) => ok.has(u));
  }

  private async finishApproved(ctx: RequestContext, db: TenantDb, request: ApprovalRequest): Promise<ApprovalRequest> {
    const after = await this.update(db, ApprovalRequest, request.id, { status: 'APPROVED', stepIndex: null, decidedAt: ctx.now() });
    await this.audit(db, after, 'approveApproval', { status: { from: 'PENDING_APPROVAL', to: 'APPROVED' } });
    const handler = this.handlers.get(after.kind);
    if (!handler) throw new Error(`No approval handler for ${after.kind}`);
    await handler.onApproved(db, after, ctx.now());
    await ctx.events.emit(db, ctx.now(), {
      kind: 'APPROVAL_APPROVED',
      entity: { type: 'ApprovalRequest', id: after.id },
      params: { title: after.title, kind: label(after.kind) },
      to: [{ users: [after.requesterUserId] }],
    });
    return after;
  }

  private async audit(
    db: TenantDb,
    r: ApprovalRequest,
    operation: 'submitApproval' | 'approveApproval' | 'rejectApproval' | 'withdrawApproval',
    changes: Record<string, { from: unknown; to: unknown }>,
  ) {
    const record = this.handlers.get(r.kind)?.record;
    await db.audit({
      operation,
      entity: 'ApprovalRequest',
      entityId: r.id,
      changes: changes as never,
      record: record ? { entity: record, id: r.subjectId } : undefined,
    });
  }

  private async nameOf(db: TenantDb, userId: string): Promise<string> {
    const m = await db.repo(Membership).findOne({ userId });
    return m?.displayName ?? '';
  }

  private async update<T extends ApprovalFlow | ApprovalRequest>(
    db: TenantDb,
    entity: new () => T,
    id: string,
    patch: Partial<T>,
    expectedVersion?: number | null,
  ): Promise<T> {
    try {
      return (await db.repo(entity as never).update(id, patch as never, expectedVersion ?? undefined)) as T;
    } catch (e) {
      if (e instanceof StaleVersionError)
        throw new ConflictError('Someone else changed this since you opened it; reload it', {
          expectedVersion: e.expected,
          currentVersion: e.actual,
        });
      throw e;
    }
  }
}
