import {
  Complaint,
  Department,
  InspectionOccurrence,
  InspectionTemplate,
  OnboardingTask,
  Onboarding,
  Project,
  Rectification,
  SurveyResponse,
  SurveyRound,
  rawInstant,
  type TenantDb,
} from '@pinzhi/db';
import {
  COMPLAINT_ESCALATION_READERS,
  COMPLAINT_OPEN_STATES,
  NOTIFICATION_RULES,
  localDate,
  type AssigneeRole,
  type Role,
} from '@pinzhi/domain';
import type { NotificationEvent, Recipients } from '@pinzhi/api-core';
import type { JobHandler } from '@pinzhi/api-jobs';
import type { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import type { Notifier } from './notifier';

export const SWEEP_JOB = 'reminders.sweep';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** After a long outage, reminders look back at most this far (older ones would only be noise). */
const MAX_LOOKBACK_MS = 7 * DAY;
/** The zone local dates (task due dates, survey days) are counted in, as on the 工作台. */
const LOCAL_ZONE = 'Asia/Shanghai';

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const iso = (v: Date | string) => rawInstant(v).toISOString();

/** An occurrence as the sweep reads it (raw columns: dates are Date on MySQL, text on SQLite). */
interface RawOccurrence {
  id: string;
  dueAt: Date | string;
  windowEndsAt: Date | string;
  allowLate: number | boolean;
  assigneeUserId: string | null;
  assigneeRole: AssigneeRole | null;
  regionId: string;
  projectId: string;
  templateId: string;
}

/** Who an occurrence is for: its named assignee, else the holders of its role (region-scoped roles in its region). */
function occurrenceRecipients(o: {
  assigneeUserId: string | null;
  assigneeRole: AssigneeRole | null;
  regionId: string;
  projectId: string;
}): Recipients[] {
  if (o.assigneeUserId) return [{ users: [o.assigneeUserId] }];
  if (o.assigneeRole) return [{ roles: [o.assigneeRole as Role], regionId: o.regionId, projectId: o.projectId }];
  return [];
}

/**
 * The reminder sweep of one company over the interval (watermark, now]: every reminder whose
 * moment falls in it, as notifications. Set-based: occurrences are materialised ahead first
 * (a few statements), then one SELECT per rule (with the names the texts need), then one
 * `Notifier.emit` for all events (a fixed number of statements). Each reminder has a dedupe key
 * (kind + entity), so an interval swept twice — a crash before the watermark moved, two
 * instances — notifies nobody twice.
 */
export class ReminderSweep {
  constructor(
    private readonly notifier: Notifier,
    private readonly materialiser: OccurrenceMaterialiser,
  ) {}

  async sweep(db: TenantDb, from: Date, now: Date): Promise<number> {
    if (now <= from) return 0;
    const lead = NOTIFICATION_RULES.occurrenceLeadMinutes * MINUTE;
    await this.materialiser.ensure(db, now, new Date(now.getTime() + lead));
    const events = [
      ...(await this.occurrenceReminders(db, from, now, lead)),
      ...(await this.rectifications(db, from, now)),
      ...(await this.lateTasks(db, from, now)),
      ...(await this.escalatedComplaints(db, from, now)),
      ...(await this.closingRounds(db, from, now)),
    ];
    await db.transaction((tx) => this.notifier.emit(tx, now, events));
    return events.length;
  }

  /**
   * Occurrences due within the lead time (not done, window still open), and those whose window
   * closed in the interval undone (OVERDUE when late is allowed, else MISSED).
   */
  private async occurrenceReminders(db: TenantDb, from: Date, now: Date, lead: number): Promise<NotificationEvent[]> {
    const dueSoon: RawOccurrence[] = await this.occurrenceQuery(db)
      .andWhere('o.dueAt > :dsFrom AND o.dueAt <= :dsTo', { dsFrom: new Date(from.getTime() + lead), dsTo: new Date(now.getTime() + lead) })
      .andWhere('o.windowEndsAt > :now', { now })
      .getRawMany();
    // An index range on (tenantId, windowEndsAt): only the windows that closed in the interval.
    const closed: RawOccurrence[] = await this.occurrenceQuery(db)
      .andWhere('o.windowEndsAt > :from AND o.windowEndsAt <= :now', { from, now })
      .getRawMany();
    const params = await this.names(db, [...dueSoon, ...closed]);
    const event = (o: RawOccurrence, kind: NotificationEvent['kind']): NotificationEvent => ({
      kind,
      entity: { type: 'InspectionOccurrence', id: o.id },
      params: params(o),
      to: occurrenceRecipients(o),
      dedupeKey: `${kind}:${o.id}`,
    });
    return [
      ...dueSoon.map((o) => event(o, 'OCCURRENCE_DUE_SOON')),
      ...closed.map((o) => event(o, Number(o.allowLate) ? 'OCCURRENCE_OVERDUE' : 'OCCURRENCE_MISSED')),
    ];
  }

  /** Open occurrences with an assignee; only the occurrence table, on one index range. */
  private occurrenceQuery(db: TenantDb) {
    return db
      .repo(InspectionOccurrence)
      .query('o')
      .select(['o.id AS id', 'o.dueAt AS dueAt', 'o.windowEndsAt AS windowEndsAt', 'o.allowLate AS allowLate'])
      .addSelect(['o.assigneeUserId AS assigneeUserId', 'o.assigneeRole AS assigneeRole', 'o.regionId AS regionId'])
      .addSelect(['o.projectId AS projectId', 'o.templateId AS templateId'])
      .andWhere('o.completedAt IS NULL')
      .andWhere('(o.assigneeUserId IS NOT NULL OR o.assigneeRole IS NOT NULL)');
  }

  /**
   * The project and checklist names for the texts, in two statements by id. Not a join: with a
   * few hundred thousand occurrences MariaDB chose to drive the join from the checklists and
   * scanned the whole table (30 s for one sweep of 2,000 projects).
   */
  private async names(db: TenantDb, rows: RawOccurrence[]) {
    const [projects, templates] = await Promise.all([
      db.repo(Project).findByIds(rows.map((r) => r.projectId)),
      db.repo(InspectionTemplate).findByIds(rows.map((r) => r.templateId)),
    ]);
    const project = new Map(projects.map((p) => [p.id, p.name]));
    const template = new Map(templates.map((t) => [t.id, t.name]));
    return (o: RawOccurrence) => ({
      project: project.get(o.projectId) ?? null,
      template: template.get(o.templateId) ?? null,
      dueAt: iso(o.dueAt),
      windowEndsAt: iso(o.windowEndsAt),
      projectId: o.projectId,
    });
  }

  /** Open rectifications whose deadline comes within the lead time, or passed, in the interval (to their owner). */
  private async rectifications(db: TenantDb, from: Date, now: Date): Promise<NotificationEvent[]> {
    const lead = NOTIFICATION_RULES.rectificationLeadHours * HOUR;
    const rows = await db
      .repo(Rectification)
      .query('r')
      .innerJoin(Project, 'p', 'p.id = r.projectId')
      .select(['r.id AS id', 'r.deadline AS deadline', 'r.ownerUserId AS ownerUserId', 'r.description AS description', 'p.name AS project'])
      .andWhere("r.state = 'OPEN'")
      .andWhere('r.ownerUserId IS NOT NULL')
      .andWhere('r.deadline > :rFrom AND r.deadline <= :rTo', { rFrom: from, rTo: new Date(now.getTime() + lead) })
      .getRawMany();
    const events: NotificationEvent[] = [];
    for (const r of rows) {
      const deadline = rawInstant(r.deadline);
      const params = { project: r.project, description: r.description, deadlineAt: iso(deadline) };
      const base = { entity: { type: 'Rectification', id: r.id }, params, to: [{ users: [r.ownerUserId] }] };
      if (deadline.getTime() <= now.getTime())
        events.push({ ...base, kind: 'RECTIFICATION_OVERDUE', dedupeKey: `RECTIFICATION_OVERDUE:${r.id}` });
      else if (deadline.getTime() - lead > from.getTime())
        events.push({ ...base, kind: 'RECTIFICATION_DUE_SOON', dedupeKey: `RECTIFICATION_DUE_SOON:${r.id}` });
    }
    return events;
  }

  /** Onboarding tasks not done whose due day ended in the interval (Asia/Shanghai days), to their departments. */
  private async lateTasks(db: TenantDb, from: Date, now: Date): Promise<NotificationEvent[]> {
    const rows = await db
      .repo(OnboardingTask)
      .query('t')
      .innerJoin(Onboarding, 'ob', "ob.id = t.onboardingId AND ob.status = 'ACTIVE'")
      .innerJoin(Project, 'p', 'p.id = t.projectId')
      .leftJoin(Department, 'd', 'd.id = t.ownerDepartmentId')
      .select(['t.id AS id', 't.title AS title', 't.dueDate AS dueDate', 't.onboardingId AS onboardingId'])
      .addSelect([
        't.ownerDepartmentId AS ownerDepartmentId',
        't.collaboratorDepartmentIds AS collaborators',
        't.assigneeUserId AS assigneeUserId',
      ])
      .addSelect(['p.name AS project', 'd.name AS department'])
      .andWhere("t.status IN ('TODO', 'IN_PROGRESS')")
      .andWhere('t.dueDate >= :lateFrom AND t.dueDate < :lateTo', {
        lateFrom: localDate(from, LOCAL_ZONE),
        lateTo: localDate(now, LOCAL_ZONE),
      })
      .getRawMany();
    return rows.map((t) => {
      const collaborators: string[] = typeof t.collaborators === 'string' ? JSON.parse(t.collaborators) : (t.collaborators ?? []);
      return {
        kind: 'ONBOARDING_TASK_LATE' as const,
        entity: { type: 'OnboardingTask', id: t.id },
        params: {
          task: t.title,
          project: t.project,
          department: t.department,
          dueDate: String(t.dueDate).slice(0, 10),
          onboardingId: t.onboardingId,
        },
        to: [{ departments: [t.ownerDepartmentId, ...collaborators] }, { users: [t.assigneeUserId] }],
        dedupeKey: `ONBOARDING_TASK_LATE:${t.id}`,
      };
    });
  }

  /** Open complaints whose due time passed in the interval: they join the escalation list. */
  private async escalatedComplaints(db: TenantDb, from: Date, now: Date): Promise<NotificationEvent[]> {
    const rows = await db
      .repo(Complaint)
      .query('c')
      .innerJoin(Project, 'p', 'p.id = c.projectId')
      .select(['c.id AS id', 'c.title AS title', 'c.dueAt AS dueAt', 'p.name AS project'])
      .andWhere('c.state IN (:...openStates)', { openStates: [...COMPLAINT_OPEN_STATES] })
      .andWhere('c.dueAt > :from AND c.dueAt <= :now', { from, now })
      .getRawMany();
    return rows.map((c) => ({
      kind: 'COMPLAINT_ESCALATED' as const,
      entity: { type: 'Complaint', id: c.id },
      params: { complaint: c.title, project: c.project, dueAt: iso(c.dueAt) },
      to: [{ roles: COMPLAINT_ESCALATION_READERS }],
      dedupeKey: `COMPLAINT_ESCALATED:${c.id}`,
    }));
  }

  /** Survey rounds whose "closing soon" day began in the interval, with their responses so far. */
  private async closingRounds(db: TenantDb, from: Date, now: Date): Promise<NotificationEvent[]> {
    const days = NOTIFICATION_RULES.surveyClosingDays;
    const rows = await db
      .repo(SurveyRound)
      .query('sr')
      .innerJoin(Project, 'p', 'p.id = sr.projectId')
      .leftJoin(
        (sub) => sub.select('x.roundId', 'roundId').addSelect('COUNT(*)', 'n').from(SurveyResponse, 'x').groupBy('x.roundId'),
        'counts',
        'counts.roundId = sr.id',
      )
      .select([
        'sr.id AS id',
        'sr.name AS name',
        'sr.closesOn AS closesOn',
        'p.name AS project',
        'p.regionId AS regionId',
        'p.id AS projectId',
        'counts.n AS responses',
      ])
      .andWhere('sr.closedAt IS NULL')
      .andWhere('sr.closesOn > :closeFrom AND sr.closesOn <= :closeTo', {
        closeFrom: addDays(localDate(from, LOCAL_ZONE), days),
        closeTo: addDays(localDate(now, LOCAL_ZONE), days),
      })
      .getRawMany();
    return rows.map((r) => ({
      kind: 'SURVEY_ROUND_CLOSING' as const,
      entity: { type: 'SurveyRound', id: r.id },
      params: { round: r.name, project: r.project, closesDate: String(r.closesOn).slice(0, 10), responses: Number(r.responses ?? 0) },
      to: [
        { roles: ['QUALITY_CENTER'] as Role[] },
        { roles: ['REGIONAL_OPS', 'PROJECT_MANAGER'] as Role[], regionId: r.regionId, projectId: r.projectId },
      ],
      dedupeKey: `SURVEY_ROUND_CLOSING:${r.id}`,
    }));
  }
}

/** `reminders.sweep`: every company's sweep, every `everySeconds`, from the watermark its payload carries. */
export function sweepHandler(sweep: ReminderSweep, everySeconds: number): JobHandler {
  return {
    kind: SWEEP_JOB,
    recurring: {
      everySeconds,
      summary: 'Reminder sweep (due soon, overdue, late, escalated, closing)',
      payload: (now) => ({ watermark: now.toISOString() }),
    },
    async run(ctx) {
      const given = typeof ctx.job.payload['watermark'] === 'string' ? new Date(ctx.job.payload['watermark']) : ctx.now;
      const from = new Date(Math.max(given.getTime(), ctx.now.getTime() - MAX_LOOKBACK_MS));
      const count = await sweep.sweep(ctx.db, from, ctx.now);
      if (count) ctx.log.info({ reminders: count }, 'reminder sweep');
      return { payload: { watermark: ctx.now.toISOString() } };
    },
  };
}
