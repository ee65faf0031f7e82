import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import { CalendarFeed, InspectionOccurrence, InspectionTemplate, PatrolRoute, Project } from '@pinzhi/db';
import { BadUserInputError, ForbiddenError, NotFoundError, type RequestContext } from '@pinzhi/api-core';
import { PortfolioService } from '@pinzhi/api-portfolio';
import { localTime, occurrenceState, type OccurrenceState } from '@pinzhi/domain';
import { limitOccurrences, mineOnly } from './access';
import { OccurrenceMaterialiser } from './materialiser';

const portfolio = new PortfolioService();
const DAY = 86_400_000;
/** What a subscribed calendar shows: the past 30 days and the next 90. */
const PAST_DAYS = 30;
const AHEAD_DAYS = 90;
const MAX_FEEDS_PER_USER = 20;

const STATE_ZH: Record<OccurrenceState, string> = {
  SCHEDULED: '待检',
  DUE: '进行中',
  OVERDUE: '逾期',
  COMPLETED: '已完成',
  LATE: '逾期完成',
  MISSED: '漏检',
};

/**
 * iCalendar feeds that calendar apps subscribe to: one user's assignments or one project's
 * plan. The URL carries `<feed id>.<secret>`; only the secret's hash is stored, so a lost
 * URL is revoked and replaced, never recovered.
 */
export class CalendarFeedsService {
  constructor(private readonly materialiser: OccurrenceMaterialiser) {}

  mine(ctx: RequestContext): Promise<CalendarFeed[]> {
    return ctx.db.repo(CalendarFeed).find({ where: { userId: ctx.user.userId }, order: { createdAt: 'DESC' }, take: 100 });
  }

  async create(ctx: RequestContext, projectId: string | null) {
    return ctx.db.transaction(async (db) => {
      if (projectId) await portfolio.getProject(ctx, projectId, db);
      const active = (await db.repo(CalendarFeed).find({ where: { userId: ctx.user.userId } })).filter((f) => !f.revokedAt);
      if (active.length >= MAX_FEEDS_PER_USER)
        throw BadUserInputError.field('projectId', 'INVALID_VALUE', `At most ${MAX_FEEDS_PER_USER} active feeds; revoke one first`, {
          max: MAX_FEEDS_PER_USER,
        });
      const secret = randomBytes(24).toString('base64url');
      const feed = await db.repo(CalendarFeed).insert({
        kind: projectId ? 'PROJECT' : 'USER',
        userId: ctx.user.userId,
        projectId,
        secretHash: createHash('sha256').update(secret).digest('hex'),
        lastUsedAt: null,
        revokedAt: null,
      });
      await db.audit({
        operation: 'createCalendarFeed',
        entity: 'CalendarFeed',
        entityId: feed.id,
        changes: { kind: { from: null, to: feed.kind }, projectId: { from: null, to: projectId } },
      });
      return { feed, path: `/calendar/${feed.id}.${secret}.ics` };
    });
  }

  async revoke(ctx: RequestContext, id: string): Promise<CalendarFeed> {
    return ctx.db.transaction(async (db) => {
      const feed = await db.repo(CalendarFeed).getById(id);
      if (feed.userId !== ctx.user.userId && ctx.user.role !== 'TENANT_ADMIN') throw new NotFoundError('CalendarFeed', id);
      if (feed.revokedAt) return feed;
      const after = await db.repo(CalendarFeed).update(id, { revokedAt: ctx.now() });
      await db.audit({
        operation: 'revokeCalendarFeed',
        entity: 'CalendarFeed',
        entityId: id,
        changes: { revokedAt: { from: null, to: after.revokedAt?.toISOString() ?? null } },
      });
      return after;
    });
  }

  /** The .ics body of the feed the request was authenticated with (see the route in index.ts). */
  async render(ctx: RequestContext): Promise<{ filename: string; body: Buffer }> {
    const feedId = ctx.user.sessionId.replace(/^calendar-feed:/, '');
    if (feedId === ctx.user.sessionId) throw new ForbiddenError('Not a calendar feed');
    const feed = await ctx.db.repo(CalendarFeed).getById(feedId);
    const now = ctx.now();
    const from = new Date(now.getTime() - PAST_DAYS * DAY);
    const to = new Date(now.getTime() + AHEAD_DAYS * DAY);
    let project: Project | null = null;
    if (feed.projectId) project = await portfolio.getProject(ctx, feed.projectId); // the owner may have lost the region
    await this.materialiser.ensure(ctx.db, now, to, { projectId: feed.projectId });
    const qb = ctx.db
      .repo(InspectionOccurrence)
      .query('o')
      .andWhere('o.dueAt >= :from AND o.dueAt < :to', { from, to })
      .orderBy('o.dueAt', 'ASC')
      .take(5000);
    if (project) qb.andWhere('o.projectId = :pid', { pid: project.id });
    else mineOnly(qb, 'o', ctx.user);
    limitOccurrences(qb, 'o', ctx.user);
    const occurrences = await qb.getMany();
    const projects = new Map((await ctx.db.repo(Project).findByIds(occurrences.map((o) => o.projectId))).map((p) => [p.id, p]));
    const templates = new Map(
      (await ctx.db.repo(InspectionTemplate).findByIds(occurrences.flatMap((o) => (o.templateId ? [o.templateId] : [])))).map((t) => [
        t.id,
        t,
      ]),
    );
    // Patrol runs (巡逻) are planned the same way; they are named by their route.
    const routes = new Map(
      (await ctx.db.repo(PatrolRoute).findByIds(occurrences.flatMap((o) => (o.patrolRouteId ? [o.patrolRouteId] : [])))).map((r) => [
        r.id,
        r,
      ]),
    );
    const cal = ical({
      name: project ? `品质检查 · ${project.name}` : '我的品质检查',
      prodId: { company: 'Pinzhi', product: 'inspection-plan', language: 'ZH' },
      ttl: 60 * 60,
    });
    for (const o of occurrences) {
      const p = projects.get(o.projectId);
      const t = o.templateId ? templates.get(o.templateId) : undefined;
      const route = o.patrolRouteId ? routes.get(o.patrolRouteId) : undefined;
      const what = route ? `巡逻 · ${route.name}` : (t?.name ?? '检查');
      const state = occurrenceState(o, now);
      const tz = p?.timeZone ?? 'Asia/Shanghai';
      cal.createEvent({
        id: `${o.id}@pinzhi`,
        start: o.dueAt,
        end: o.windowEndsAt,
        stamp: o.updatedAt,
        summary: `${STATE_ZH[state] === '待检' ? '' : `[${STATE_ZH[state]}] `}${what} · ${p?.name ?? ''}`,
        description: `${p?.code ?? ''} ${p?.name ?? ''}\n${what}\n应检: ${localTime(o.dueAt, tz)} (${tz})\n截止: ${localTime(o.windowEndsAt, tz)}\n状态: ${state}`,
        status: ICalEventStatus.CONFIRMED,
      });
    }
    return { filename: project ? `${project.code}.ics` : 'my-inspections.ics', body: Buffer.from(cal.toString(), 'utf8') };
  }
}
