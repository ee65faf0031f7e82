import {
  Brackets,
  HolidayList,
  InspectionFrequency,
  InspectionOccurrence,
  InspectionTemplate,
  Project,
  type NewRow,
  type TenantDb,
} from '@pinzhi/db';
import {
  firstDueAfterCompletion,
  localDate,
  nextDueAfterCompletion,
  occurrenceState,
  occurrencesBetween,
  type AfterCompletionRule,
  type ScheduleRule,
} from '@pinzhi/domain';

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** The schedule of a frequency in its project's zone, with the holiday list's days excluded. */
export function scheduleOf(
  f: Pick<InspectionFrequency, 'rrule' | 'startDate' | 'endDate' | 'excludedDates'>,
  timeZone: string,
  holidays: readonly string[],
): ScheduleRule {
  return { rrule: f.rrule ?? '', timeZone, startDate: f.startDate, endDate: f.endDate, excludedDates: [...f.excludedDates, ...holidays] };
}

export function afterCompletionOf(
  f: Pick<InspectionFrequency, 'startDate' | 'endDate' | 'excludedDates' | 'startTime' | 'periodUnit' | 'periodCount'>,
  timeZone: string,
  holidays: readonly string[],
): AfterCompletionRule {
  return {
    timeZone,
    startDate: f.startDate,
    startTime: f.startTime ?? '09:00',
    endDate: f.endDate,
    excludedDates: [...f.excludedDates, ...holidays],
    period: { unit: f.periodUnit ?? 'DAY', count: f.periodCount ?? 1 },
  };
}

/**
 * Occurrences are derived rows, created ahead of reading them and never rewritten.
 * CALENDAR frequencies are expanded from `materialisedUntil` up to the requested instant;
 * AFTER_COMPLETION ones get their next occurrence once the previous one is done or missed.
 * Set-based: a fixed number of queries and multi-row inserts whatever the number of
 * projects; the unique key (frequency, due time) with INSERT IGNORE makes it idempotent.
 *
 * Reads that write: called outside a transaction (on a read path), it first works out on
 * committed data whether anything is missing — usually nothing is, and it stays a read. If
 * something must be written, it does the whole read-and-write again inside one transaction,
 * so what it writes is derived from the latest committed rows (on SQLite: on the writer).
 */
export class OccurrenceMaterialiser {
  async ensure(
    db: TenantDb,
    now: Date,
    until: Date,
    scope: { projectId?: string | null; projectIds?: readonly string[]; regionId?: string | null; frequencyIds?: string[] } = {},
  ): Promise<void> {
    const qb = db
      .repo(InspectionFrequency)
      .query('f')
      .andWhere('f.archivedAt IS NULL')
      .andWhere(new Brackets((w) => w.where("f.anchor = 'AFTER_COMPLETION'").orWhere('f.materialisedUntil < :until', { until })));
    if (scope.projectId) qb.andWhere('f.projectId = :scopeProject', { scopeProject: scope.projectId });
    if (scope.projectIds) {
      if (scope.projectIds.length === 0) return;
      qb.andWhere('f.projectId IN (:...scopeProjects)', { scopeProjects: scope.projectIds });
    }
    if (scope.regionId)
      qb.innerJoin(Project, 'p', 'p.id = f.projectId').andWhere('p.regionId = :scopeRegion', {
        scopeRegion: scope.regionId,
      });
    if (scope.frequencyIds) {
      if (scope.frequencyIds.length === 0) return;
      qb.andWhere('f.id IN (:...scopeIds)', { scopeIds: scope.frequencyIds });
    }
    const plan = await this.plan(db, now, until, await qb.getMany());
    if (plan.rows.length === 0 && plan.advanced.length === 0) return;
    if (!db.inTransaction) return db.transaction((tx) => this.ensure(tx, now, until, scope));
    await this.write(db, until, plan);
  }

  /** Materialises these frequencies up to `until`; returns how many occurrences were offered. */
  async materialise(db: TenantDb, now: Date, until: Date, frequencies: InspectionFrequency[]): Promise<number> {
    const plan = await this.plan(db, now, until, frequencies);
    if (plan.rows.length === 0 && plan.advanced.length === 0) return 0;
    if (!db.inTransaction)
      return db.transaction(async (tx) =>
        this.materialise(tx, now, until, await tx.repo(InspectionFrequency).findByIds(frequencies.map((f) => f.id))),
      );
    await this.write(db, until, plan);
    return plan.rows.length;
  }

  private async write(db: TenantDb, until: Date, plan: { rows: NewRow<InspectionOccurrence>[]; advanced: string[] }): Promise<void> {
    await db.repo(InspectionOccurrence).insertIgnoringDuplicates(plan.rows);
    await db.repo(InspectionFrequency).updateByIds(plan.advanced, { materialisedUntil: until }, { bookkeeping: true });
  }

  /** The occurrences missing up to `until`, and the calendar frequencies whose watermark moves to it. */
  private async plan(
    db: TenantDb,
    now: Date,
    until: Date,
    frequencies: InspectionFrequency[],
  ): Promise<{ rows: NewRow<InspectionOccurrence>[]; advanced: string[] }> {
    if (frequencies.length === 0) return { rows: [], advanced: [] };
    const [projects, templates, holidayLists] = await Promise.all([
      db
        .repo(Project)
        .findByIds(frequencies.map((f) => f.projectId))
        .then(byId),
      db
        .repo(InspectionTemplate)
        .findByIds(frequencies.flatMap((f) => (f.templateId ? [f.templateId] : [])))
        .then(byId),
      db
        .repo(HolidayList)
        .findByIds(frequencies.flatMap((f) => (f.holidayListId ? [f.holidayListId] : [])))
        .then(byId),
    ]);
    const afterCompletion = frequencies.filter((f) => f.anchor === 'AFTER_COMPLETION');
    const last = await this.lastOccurrences(
      db,
      afterCompletion.map((f) => f.id),
    );
    const rows: NewRow<InspectionOccurrence>[] = [];
    const advanced: string[] = [];
    for (const f of frequencies) {
      const project = projects.get(f.projectId);
      if (!project || project.archivedAt) continue;
      const tz = project.timeZone;
      const holidays = f.holidayListId ? (holidayLists.get(f.holidayListId)?.dates ?? []) : [];
      const make = (dueAt: Date): NewRow<InspectionOccurrence> => ({
        frequencyId: f.id,
        projectId: f.projectId,
        regionId: project.regionId,
        templateId: f.templateId,
        patrolRouteId: f.patrolRouteId,
        // A patrol run has no checklist; an inspection keeps the version current now.
        templateVersionId: f.templateId ? (templates.get(f.templateId)?.latestVersionId ?? null) : null,
        level: f.level,
        dueAt,
        localDate: localDate(dueAt, tz),
        windowEndsAt: new Date(dueAt.getTime() + f.windowMinutes * 60_000),
        allowLate: f.allowLate,
        assigneeUserId: f.assigneeUserId ?? (f.assigneeRole === 'PROJECT_MANAGER' ? project.managerUserId : null),
        assigneeRole: f.assigneeRole,
        completedAt: null,
        completedByUserId: null,
        completionNote: null,
      });
      if (f.anchor === 'CALENDAR') {
        if (f.materialisedUntil >= until || !f.rrule) continue;
        for (const due of occurrencesBetween(scheduleOf(f, tz, holidays), f.materialisedUntil, until)) rows.push(make(due));
        advanced.push(f.id);
        continue;
      }
      const rule = afterCompletionOf(f, tz, holidays);
      const previous = last.get(f.id);
      let next: Date | null;
      if (!previous) next = firstDueAfterCompletion(rule);
      else if (previous.completedAt) next = nextDueAfterCompletion(rule, previous.completedAt);
      else if (occurrenceState(previous, now) === 'MISSED') next = nextDueAfterCompletion(rule, previous.dueAt);
      else next = null; // the current one is still open
      // Catch up over occurrences that were missed while nobody looked, then stop at the open one.
      for (let guard = 0; next && guard < 1000; guard++) {
        const row = make(next);
        rows.push(row);
        if (f.allowLate || row.windowEndsAt > now) break;
        next = nextDueAfterCompletion(rule, next);
      }
    }
    return { rows, advanced };
  }

  /** The latest occurrence of each frequency, in one query. */
  private async lastOccurrences(db: TenantDb, frequencyIds: string[]): Promise<Map<string, InspectionOccurrence>> {
    if (frequencyIds.length === 0) return new Map();
    const rows = await db
      .repo(InspectionOccurrence)
      .query('o')
      .innerJoin(
        (sub) =>
          sub
            .select('x.frequencyId', 'fid')
            .addSelect('MAX(x.dueAt)', 'maxdue')
            .from(InspectionOccurrence, 'x')
            .andWhere('x.frequencyId IN (:...acIds)', { acIds: frequencyIds })
            .groupBy('x.frequencyId'),
        'lastocc',
        'lastocc.fid = o.frequencyId AND lastocc.maxdue = o.dueAt',
      )
      .getMany();
    return new Map(rows.map((r) => [r.frequencyId, r]));
  }
}
