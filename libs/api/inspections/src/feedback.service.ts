import { Feedback, paginate, type InspectionItemResult, type SelectQueryBuilder, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type AuthInfo,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { canSeeProject, limitToScope } from '@pinzhi/api-core';
import { FEEDBACK_HANDLERS, FEEDBACK_READERS, FEEDBACK_RULES, feedbackStep } from '@pinzhi/domain';
import type { FeedbackArgs } from './inputs';
import { FeedbackSortField } from './inputs';

const F = FEEDBACK_RULES;

/** A customer-facing finding to route, from a stored item result. */
export interface NewFeedback {
  result: InspectionItemResult;
  description: string;
}

/**
 * 客户反馈: failed items an inspector marked customer-facing land in the Marketing & Customer
 * Service inbox as RECEIVED (created inside the submission's transaction) and are marked
 * HANDLED with a note. Readers: MARKETING_CS, admin, Quality Center, and regional operations
 * for their regions; handlers: MARKETING_CS and admin.
 */
export class FeedbackService {
  // --- Reading

  /** Whoever may not read the inbox gets FORBIDDEN; regional operations only see their regions. */
  private limit(qb: SelectQueryBuilder<Feedback>, user: AuthInfo): void {
    if (!FEEDBACK_READERS.includes(user.role))
      throw new ForbiddenError(
        'Only Marketing & Customer Service, the Quality Center, regional operations or an admin read customer feedback',
      );
    limitToScope(qb, user, { project: 'f.projectId', region: 'f.regionId' });
  }

  async get(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<Feedback> {
    const qb = db.repo(Feedback).query('f').andWhere('f.id = :id', { id });
    this.limit(qb, ctx.user);
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('Feedback', id);
    return row;
  }

  /** Newest first (by receivedAt, then id). */
  async inbox(ctx: RequestContext, args: FeedbackArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Feedback).query('f');
    this.limit(qb, ctx.user);
    if (f.states?.length) qb.andWhere('f.state IN (:...states)', { states: f.states });
    if (f.projectId) qb.andWhere('f.projectId = :projectId', { projectId: f.projectId });
    if (f.regionId) qb.andWhere('f.regionId = :regionId', { regionId: f.regionId });
    const sort = sortOrder(FeedbackSortField, args.sort, { field: 'receivedAt', direction: 'DESC' });
    const page = await paginate(qb, { ...args, alias: 'f', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  /**
   * The feedback of an item result, if any (batched per request). Only inbox readers see it
   * through an item; for others it is null (the item's `customerFacing` still shows the flag).
   */
  async forItemResult(ctx: RequestContext, itemResultId: string): Promise<Feedback | null> {
    const user = ctx.user;
    if (!FEEDBACK_READERS.includes(user.role)) return null;
    const row = await ctx.loaders
      .custom<string, Feedback | null>('feedbackByItemResult', async (db, ids) => {
        const rows = await db.repo(Feedback).query('f').andWhere('f.itemResultId IN (:...ids)', { ids }).getMany();
        return ids.map((id) => rows.find((r) => r.itemResultId === id) ?? null);
      })
      .load(itemResultId);
    return row && canSeeProject(user, { id: row.projectId, regionId: row.regionId }) ? row : null;
  }

  // --- Writing

  /** Inserts RECEIVED feedback inside the caller's (submission's) transaction, one per item result. */
  async createIn(db: TenantDb, now: Date, items: NewFeedback[]): Promise<Feedback[]> {
    if (!items.length) return [];
    const rows = await db.repo(Feedback).insertMany(
      items.map((n) => ({
        inspectionId: n.result.inspectionId,
        itemResultId: n.result.id,
        projectId: n.result.projectId,
        regionId: n.result.regionId,
        state: 'RECEIVED' as const,
        description: n.description.slice(0, F.description.max),
        receivedAt: now,
        handledAt: null,
        handledByUserId: null,
        handlingNote: null,
      })),
    );
    for (const r of rows)
      await db.audit({
        operation: 'createFeedback',
        entity: 'Feedback',
        entityId: r.id,
        changes: { state: { from: null, to: 'RECEIVED' } },
      });
    return rows;
  }

  /** RECEIVED → HANDLED with what was done. */
  async handle(ctx: RequestContext, id: string, note: string): Promise<Feedback> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const row = await this.get(ctx, id, db);
      if (!FEEDBACK_HANDLERS.includes(ctx.user.role))
        throw new ForbiddenError('Only Marketing & Customer Service or an admin mark customer feedback handled');
      const text = note?.trim() ?? '';
      const errors: FieldError[] = [];
      const next = feedbackStep(row.state, 'HANDLE');
      if (!next) errors.push(fieldError('id', 'INVALID_TRANSITION', 'This feedback is already handled'));
      if (text.length < F.handlingNote.min) errors.push(fieldError('note', 'REQUIRED', 'Say how it was handled'));
      else if (text.length > F.handlingNote.max)
        errors.push(fieldError('note', 'TOO_LONG', `At most ${F.handlingNote.max} characters`, { max: F.handlingNote.max }));
      if (errors.length) throw new BadUserInputError(errors);
      const after = await db
        .repo(Feedback)
        .update(row.id, { state: next!, handledAt: now, handledByUserId: ctx.user.userId, handlingNote: text }, row.version);
      await db.audit({
        operation: 'handleFeedback',
        entity: 'Feedback',
        entityId: row.id,
        changes: { state: { from: row.state, to: next! }, handlingNote: { from: null, to: text } },
      });
      return after;
    });
  }
}
