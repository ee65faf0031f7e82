import {
  ApprovalAssignment,
  ApprovalRequest,
  Brackets,
  Complaint,
  ComplaintAction,
  DepartmentMember,
  Feedback,
  InspectionOccurrence,
  InspectionTemplate,
  PatrolRoute,
  Onboarding,
  OnboardingTask,
  OnboardingTaskDepartment,
  Project,
  Rectification,
  Regulation,
  RegulationAcknowledgement,
  TrainingSession,
  rawInstant,
  type SelectQueryBuilder,
  type TenantDb,
} from '@pinzhi/db';
import { limitToScope, type AuthInfo, type RequestContext } from '@pinzhi/api-core';
import type { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import {
  APPROVAL_KIND_LABELS,
  type ApprovalKind,
  COMPLAINT_VERIFIERS,
  FEEDBACK_HANDLERS,
  RECTIFICATION_VERIFIERS,
  localDate,
  localDayStart,
  mustAcknowledge,
  type AssigneeRole,
} from '@pinzhi/domain';

export const TODO_KINDS = [
  'INSPECTION',
  'RECTIFICATION_SUBMIT',
  'RECTIFICATION_VERIFY',
  'ONBOARDING_TASK',
  'REGULATION_ACK',
  'COMPLAINT_ACTION',
  'COMPLAINT_VERIFY',
  'FEEDBACK',
  'TRAINING_SESSION',
  'APPROVAL',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export interface Todo {
  kind: TodoKind;
  entityId: string;
  /** What to do it on: the checklist, the finding, the task, the regulation … */
  title: string;
  /** Where: the project (or empty). */
  subtitle: string | null;
  /** When it is due (a local due day counts to the end of that day); null = no deadline. */
  dueAt: Date | null;
  overdue: boolean;
  link: string;
}

const ZONE = 'Asia/Shanghai';
const DAY = 86_400_000;
/** Per kind, at most this many items are listed (the count is exact). */
const PER_KIND = 20;

function endOfLocalDay(day: string): Date {
  return new Date(localDayStart(day, ZONE).getTime() + DAY);
}

function assigneeRoleOf(role: AuthInfo['role']): AssigneeRole | null {
  if (role === 'PROJECT_MANAGER') return 'PROJECT_MANAGER'; // within his projects (the scope below)
  return role === 'INSPECTOR' || role === 'QUALITY_CENTER' || role === 'REGIONAL_OPS' ? role : null;
}

/**
 * 我的待办: what waits on the signed-in person now, computed from the data (never from
 * notifications, so it is always right): inspections due today or still open, rectifications to
 * submit or to verify, onboarding tasks of my departments, regulations to acknowledge, complaint
 * actions and verifications, feedback to handle, sessions I teach this week. One statement per
 * kind (the list is capped per kind; counts are exact), sorted by due time.
 */
export class TodosService {
  constructor(private readonly materialiser: OccurrenceMaterialiser) {}

  async mine(ctx: RequestContext): Promise<{ items: Todo[]; total: number; counts: Array<{ kind: TodoKind; count: number }> }> {
    const now = ctx.now();
    const db = ctx.db;
    const user = ctx.user;
    const parts = await Promise.all([
      this.inspections(db, user, now),
      this.rectificationsToSubmit(db, user, now),
      this.rectificationsToVerify(db, user, now),
      this.onboardingTasks(db, user, now),
      this.regulations(db, user),
      this.complaintActions(db, user, now),
      this.complaintsToVerify(db, user, now),
      this.feedback(db, user),
      this.sessions(db, user, now),
      this.approvals(db, user),
    ]);
    const counts = parts.map((p, i) => ({ kind: TODO_KINDS[i], count: p.count }));
    const items = parts
      .flatMap((p) => p.items)
      .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title));
    return { items, total: counts.reduce((s, c) => s + c.count, 0), counts };
  }

  private async inspections(db: TenantDb, user: AuthInfo, now: Date) {
    const endOfToday = endOfLocalDay(localDate(now, ZONE));
    await this.materialiser.ensure(db, now, endOfToday);
    const role = assigneeRoleOf(user.role);
    // Only the occurrence table (names after, by id): a join to projects and checklists let
    // MariaDB scan every occurrence of a large company (see ReminderSweep.names).
    const qb = db
      .repo(InspectionOccurrence)
      .query('o')
      .select([
        'o.id AS id',
        'o.dueAt AS dueAt',
        'o.windowEndsAt AS windowEndsAt',
        'o.projectId AS projectId',
        'o.templateId AS templateId',
        'o.patrolRouteId AS patrolRouteId',
      ])
      .andWhere('o.completedAt IS NULL')
      .andWhere(
        new Brackets((w) => {
          w.where('o.assigneeUserId = :me', { me: user.userId });
          if (role) w.orWhere('(o.assigneeUserId IS NULL AND o.assigneeRole = :myRole)', { myRole: role });
        }),
      )
      // Due before the end of today and still open: its window, or late allowed (a week back at most).
      .andWhere('o.dueAt > :weekAgo AND o.dueAt < :endOfToday', { weekAgo: new Date(now.getTime() - 7 * DAY), endOfToday })
      .andWhere(new Brackets((w) => w.where('o.windowEndsAt > :now', { now }).orWhere('o.allowLate = :late', { late: true })));
    limitToScope(qb, user, { project: 'o.projectId', region: 'o.regionId' });
    const count = await qb.clone().getCount();
    const rows: Array<{
      id: string;
      dueAt: Date | string;
      windowEndsAt: Date | string;
      projectId: string;
      templateId: string | null;
      patrolRouteId: string | null;
    }> = await qb.orderBy('o.dueAt', 'ASC').limit(PER_KIND).getRawMany();
    const ids = (key: 'templateId' | 'patrolRouteId') => rows.flatMap((r) => (r[key] ? [r[key]] : []));
    const [projects, templates, routes] = await Promise.all([
      db.repo(Project).findByIds(rows.map((r) => r.projectId)),
      db.repo(InspectionTemplate).findByIds(ids('templateId')),
      db.repo(PatrolRoute).findByIds(ids('patrolRouteId')),
    ]);
    const project = new Map(projects.map((p) => [p.id, p.name]));
    const template = new Map(templates.map((t) => [t.id, t.name]));
    const route = new Map(routes.map((r) => [r.id, r.name]));
    return {
      count,
      // A patrol round (巡逻) is named by its route and walked in the field app, not the inspection form.
      items: rows.map<Todo>((o) => ({
        kind: 'INSPECTION',
        entityId: o.id,
        title: (o.patrolRouteId ? route.get(o.patrolRouteId) : o.templateId ? template.get(o.templateId) : undefined) ?? '',
        subtitle: project.get(o.projectId) ?? null,
        dueAt: rawInstant(o.dueAt),
        overdue: rawInstant(o.windowEndsAt) <= now,
        link: o.patrolRouteId ? `/field/patrol/${o.patrolRouteId}?occurrence=${o.id}` : `/inspections/perform?occurrence=${o.id}`,
      })),
    };
  }

  private async rectificationsToSubmit(db: TenantDb, user: AuthInfo, now: Date) {
    const qb = db
      .repo(Rectification)
      .query('r')
      .innerJoin(Project, 'p', 'p.id = r.projectId')
      .select(['r.id AS id', 'r.deadline AS deadline', 'r.description AS description', 'p.name AS project'])
      .andWhere("r.state = 'OPEN' AND r.ownerUserId = :me", { me: user.userId });
    return this.rectificationItems(qb, 'RECTIFICATION_SUBMIT', now);
  }

  private async rectificationsToVerify(db: TenantDb, user: AuthInfo, now: Date) {
    if (!RECTIFICATION_VERIFIERS.includes(user.role)) return { count: 0, items: [] };
    const qb = db
      .repo(Rectification)
      .query('r')
      .innerJoin(Project, 'p', 'p.id = r.projectId')
      .select(['r.id AS id', 'r.deadline AS deadline', 'r.description AS description', 'p.name AS project'])
      .andWhere("r.state = 'SUBMITTED'")
      // Never the one who submitted it.
      .andWhere('(r.submittedByUserId IS NULL OR r.submittedByUserId <> :me)', { me: user.userId });
    limitToScope(qb, user, { project: 'r.projectId', region: 'r.regionId' });
    return this.rectificationItems(qb, 'RECTIFICATION_VERIFY', now);
  }

  private async rectificationItems(qb: SelectQueryBuilder<Rectification>, kind: TodoKind, now: Date) {
    const count = await qb.clone().getCount();
    const rows = await qb.orderBy('r.deadline', 'ASC').limit(PER_KIND).getRawMany();
    return {
      count,
      items: rows.map<Todo>((r) => ({
        kind,
        entityId: r.id,
        title: r.description,
        subtitle: r.project,
        dueAt: rawInstant(r.deadline),
        overdue: rawInstant(r.deadline) < now,
        link: `/rectifications/${r.id}`,
      })),
    };
  }

  private async onboardingTasks(db: TenantDb, user: AuthInfo, now: Date) {
    const departments = (await db.repo(DepartmentMember).find({ where: { userId: user.userId } })).map((d) => d.departmentId);
    const qb = db
      .repo(OnboardingTask)
      .query('t')
      .innerJoin(Onboarding, 'ob', "ob.id = t.onboardingId AND ob.status = 'ACTIVE'")
      .innerJoin(Project, 'p', 'p.id = t.projectId')
      .select(['t.id AS id', 't.title AS title', 't.dueDate AS dueDate', 't.onboardingId AS onboardingId', 'p.name AS project'])
      .andWhere("t.status IN ('TODO', 'IN_PROGRESS')");
    limitToScope(qb, user, { project: 'p.id', region: 'p.regionId' });
    // Tasks of my departments: a subquery of the same tenant scope (it adds td's tenant predicate).
    const ofMyDepartments = departments.length
      ? qb
          .subQuery()
          .select('1')
          .from(OnboardingTaskDepartment, 'td')
          .andWhere('td.taskId = t.id AND td.departmentId IN (:...myDepartments)', { myDepartments: departments })
          .getQuery()
      : null;
    qb.andWhere(
      new Brackets((w) => {
        w.where('t.assigneeUserId = :me', { me: user.userId });
        if (ofMyDepartments) w.orWhere(`EXISTS ${ofMyDepartments}`);
      }),
    );
    const count = await qb.clone().getCount();
    const rows = await qb.orderBy('t.dueDate', 'ASC').limit(PER_KIND).getRawMany();
    const today = localDate(now, ZONE);
    return {
      count,
      items: rows.map<Todo>((t) => {
        const due = String(t.dueDate).slice(0, 10);
        return {
          kind: 'ONBOARDING_TASK',
          entityId: t.id,
          title: t.title,
          subtitle: t.project,
          dueAt: endOfLocalDay(due),
          overdue: due < today,
          link: `/onboarding/${t.onboardingId}`,
        };
      }),
    };
  }

  private async regulations(db: TenantDb, user: AuthInfo) {
    const published = await db.repo(Regulation).query('r').andWhere('r.latestNumber > 0').orderBy('r.title', 'ASC').getMany();
    const mine = published.filter((r) => mustAcknowledge(r.appliesToRoles, user.role));
    if (!mine.length) return { count: 0, items: [] };
    const acks = await db
      .repo(RegulationAcknowledgement)
      .query('a')
      .andWhere('a.userId = :me', { me: user.userId })
      .andWhere('a.versionId IN (:...versions)', { versions: mine.map((r) => r.latestVersionId!) })
      .getMany();
    const read = new Set(acks.map((a) => a.versionId));
    const unread = mine.filter((r) => !read.has(r.latestVersionId!));
    return {
      count: unread.length,
      items: unread.slice(0, PER_KIND).map<Todo>((r) => ({
        kind: 'REGULATION_ACK',
        entityId: r.id,
        title: r.title,
        subtitle: null,
        dueAt: null,
        overdue: false,
        link: `/regulations/${r.id}`,
      })),
    };
  }

  private async complaintActions(db: TenantDb, user: AuthInfo, now: Date) {
    const qb = db
      .repo(ComplaintAction)
      .query('a')
      .innerJoin(Complaint, 'c', 'c.id = a.complaintId')
      .select(['a.id AS id', 'a.description AS description', 'a.deadline AS deadline', 'c.id AS complaintId', 'c.title AS complaint'])
      .andWhere('a.ownerUserId = :me AND a.done = :notDone', { me: user.userId, notDone: false })
      .andWhere("c.state IN ('OPEN', 'IN_PROGRESS', 'REOPENED')");
    const count = await qb.clone().getCount();
    const rows = await qb.orderBy('a.deadline', 'ASC').limit(PER_KIND).getRawMany();
    const today = localDate(now, ZONE);
    return {
      count,
      items: rows.map<Todo>((a) => {
        const due = String(a.deadline).slice(0, 10);
        return {
          kind: 'COMPLAINT_ACTION',
          entityId: a.complaintId,
          title: a.description,
          subtitle: a.complaint,
          dueAt: endOfLocalDay(due),
          overdue: due < today,
          link: `/complaints/${a.complaintId}`,
        };
      }),
    };
  }

  private async complaintsToVerify(db: TenantDb, user: AuthInfo, now: Date) {
    if (!COMPLAINT_VERIFIERS.includes(user.role)) return { count: 0, items: [] };
    const qb = db
      .repo(Complaint)
      .query('c')
      .innerJoin(Project, 'p', 'p.id = c.projectId')
      .select(['c.id AS id', 'c.title AS title', 'c.dueAt AS dueAt', 'p.name AS project'])
      .andWhere("c.state = 'RESOLVED'")
      .andWhere('(c.resolvedByUserId IS NULL OR c.resolvedByUserId <> :me)', { me: user.userId });
    limitToScope(qb, user, { project: 'p.id', region: 'p.regionId' });
    const count = await qb.clone().getCount();
    const rows = await qb.orderBy('c.dueAt', 'ASC').limit(PER_KIND).getRawMany();
    return {
      count,
      items: rows.map<Todo>((c) => ({
        kind: 'COMPLAINT_VERIFY',
        entityId: c.id,
        title: c.title,
        subtitle: c.project,
        dueAt: rawInstant(c.dueAt),
        overdue: rawInstant(c.dueAt) < now,
        link: `/complaints/${c.id}`,
      })),
    };
  }

  private async feedback(db: TenantDb, user: AuthInfo) {
    if (!FEEDBACK_HANDLERS.includes(user.role)) return { count: 0, items: [] };
    const qb = db
      .repo(Feedback)
      .query('f')
      .innerJoin(Project, 'p', 'p.id = f.projectId')
      .select(['f.id AS id', 'f.description AS description', 'f.receivedAt AS receivedAt', 'p.name AS project'])
      .andWhere("f.state = 'RECEIVED'");
    limitToScope(qb, user, { project: 'p.id', region: 'p.regionId' });
    const count = await qb.clone().getCount();
    const rows = await qb.orderBy('f.receivedAt', 'ASC').limit(PER_KIND).getRawMany();
    return {
      count,
      items: rows.map<Todo>((f) => ({
        kind: 'FEEDBACK',
        entityId: f.id,
        title: f.description,
        subtitle: f.project,
        // Feedback has no deadline: the oldest first, after everything with one that is due.
        dueAt: null,
        overdue: false,
        link: `/feedback?open=${f.id}`,
      })),
    };
  }

  private async sessions(db: TenantDb, user: AuthInfo, now: Date) {
    const qb = db
      .repo(TrainingSession)
      .query('s')
      .andWhere("s.trainerUserId = :me AND s.status = 'PLANNED'", { me: user.userId })
      .andWhere('s.endsAt > :now AND s.startsAt < :weekAhead', { now, weekAhead: new Date(now.getTime() + 7 * DAY) });
    const count = await qb.clone().getCount();
    const rows = await qb.orderBy('s.startsAt', 'ASC').limit(PER_KIND).getMany();
    return {
      count,
      items: rows.map<Todo>((s) => ({
        kind: 'TRAINING_SESSION',
        entityId: s.id,
        title: s.place,
        subtitle: s.localDate,
        dueAt: s.startsAt,
        overdue: false,
        link: `/training/sessions/${s.id}`,
      })),
    };
  }

  /** 我的审批: requests whose current step waits for my decision. */
  private async approvals(db: TenantDb, user: AuthInfo) {
    const qb = db
      .repo(ApprovalRequest)
      .query('r')
      .innerJoin(ApprovalAssignment, 'a', 'a.requestId = r.id AND a.stepIndex = r.stepIndex')
      .select(['r.id AS id', 'r.title AS title', 'r.kind AS kind', 'r.createdAt AS createdAt'])
      .andWhere("r.status = 'PENDING_APPROVAL'")
      .andWhere('a.userId = :me AND a.decision IS NULL', { me: user.userId });
    const count = await qb.clone().getCount();
    const rows = await qb.orderBy('r.createdAt', 'ASC').limit(PER_KIND).getRawMany();
    return {
      count,
      items: rows.map<Todo>((r) => ({
        kind: 'APPROVAL',
        entityId: r.id,
        title: r.title,
        subtitle: APPROVAL_KIND_LABELS[r.kind as ApprovalKind].zh,
        dueAt: null,
        overdue: false,
        link: `/approvals/${r.id}`,
      })),
    };
  }
}
