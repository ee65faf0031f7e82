import {
  InspectionOccurrence,
  PatrolPoint,
  PatrolRun,
  PatrolRunPoint,
  Project,
  paginate,
  type SelectQueryBuilder,
  type TenantDb,
} from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  checkEvidenceRefs,
  checkPageArgs,
  cursorError,
  fieldError,
  limitToScope,
  sortOrder,
  submitOnce,
  toConnection,
  type FieldError,
  type RequestContext,
} from '@pinzhi/api-core';
import type { OccurrencesService } from '@pinzhi/api-inspection-planning';
import { PATROL_RULES, completionError, localDate, patrolCounts, patrolOutcomes } from '@pinzhi/domain';
import { mayRunPatrol } from './access';
import { PatrolRunSortField, type PatrolRunInput, type PatrolRunsArgs } from './inputs';
import type { PatrolSetupService } from './setup.service';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A rectification the patrol asks the rectification service to open (a failed quick check). */
export interface PatrolRectificationRequest {
  projectId: string;
  regionId: string;
  standardId: string;
  patrolRunPointId: string;
  description: string;
  projectManagerUserId: string | null;
}

/**
 * Opens rectifications inside the caller's transaction — the existing rectification service,
 * passed in by the composition root (a plain feature does not import another).
 */
export type OpenPatrolRectifications = (
  ctx: RequestContext,
  db: TenantDb,
  now: Date,
  items: PatrolRectificationRequest[],
) => Promise<unknown>;

/**
 * 巡逻记录: a run is submitted whole from the device (often from its offline queue): every scan
 * with its device time, quick-check answers and photos. The server checks the points and the
 * tags, works out done / late / missed / out-of-order with the shared domain rule, completes the
 * planned occurrence, and opens rectifications for the failed quick checks asked to — all in one
 * transaction. Idempotent by `clientKey`, like inspections.
 */
export class PatrolRunsService {
  constructor(
    private readonly occurrences: OccurrencesService,
    private readonly setup: PatrolSetupService,
    private readonly openRectifications: OpenPatrolRectifications,
  ) {}

  /** Runs in the caller's data scope (regions or projects); inspectors see their own runs. */
  private limit(qb: SelectQueryBuilder<PatrolRun>, ctx: RequestContext): void {
    limitToScope(qb, ctx.user, { project: 'run.projectId', region: 'run.regionId' });
    if (ctx.user.role === 'INSPECTOR') qb.andWhere('run.guardUserId = :me', { me: ctx.user.userId });
  }

  async get(ctx: RequestContext, id: string): Promise<PatrolRun> {
    const qb = ctx.db.repo(PatrolRun).query('run').andWhere('run.id = :id', { id });
    this.limit(qb, ctx);
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('PatrolRun', id);
    return row;
  }

  async list(ctx: RequestContext, args: PatrolRunsArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(PatrolRun).query('run');
    this.limit(qb, ctx);
    if (f.projectId) qb.andWhere('run.projectId = :projectId', { projectId: f.projectId });
    if (f.routeId) qb.andWhere('run.routeId = :routeId', { routeId: f.routeId });
    if (f.from) qb.andWhere('run.localDate >= :from', { from: f.from });
    if (f.to) qb.andWhere('run.localDate <= :to', { to: f.to });
    if (f.mine) qb.andWhere('run.guardUserId = :mine', { mine: ctx.user.userId });
    const sort = sortOrder(PatrolRunSortField, args.sort, { field: 'submittedAt', direction: 'DESC' });
    const page = await paginate(qb, { ...args, alias: 'run', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  /** A run's points in route order (one query per page of runs). */
  points(ctx: RequestContext, runId: string): Promise<PatrolRunPoint[]> {
    return ctx.loaders
      .custom<string, PatrolRunPoint[]>('patrolRunPoints', async (db, ids) => {
        const rows = await db
          .repo(PatrolRunPoint)
          .query('rp')
          .andWhere('rp.runId IN (:...ids)', { ids })
          .orderBy('rp.position', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.runId === id));
      })
      .load(runId);
  }

  // --- Submission

  async submit(ctx: RequestContext, input: PatrolRunInput): Promise<PatrolRun> {
    // Two deliveries of one queued run: the unique key decides, the loser returns the winner.
    return submitOnce(
      () => this.alreadySubmitted(ctx, ctx.db, input.clientKey),
      () => ctx.db.transaction((db) => this.submitIn(ctx, db, input)),
    );
  }

  private async alreadySubmitted(ctx: RequestContext, db: TenantDb, clientKey: string): Promise<PatrolRun | null> {
    const row = await db.repo(PatrolRun).findOne({ clientKey });
    if (!row) return null;
    if (row.guardUserId !== ctx.user.userId)
      throw BadUserInputError.field(['input', 'clientKey'], 'TAKEN', 'Another patrol run uses this client key');
    return row;
  }

  private async submitIn(ctx: RequestContext, db: TenantDb, input: PatrolRunInput): Promise<PatrolRun> {
    const now = ctx.now();
    const done = await this.alreadySubmitted(ctx, db, input.clientKey);
    if (done) return done;
    const route = await this.setup.route(ctx, input.routeId, db);
    const occurrence = input.occurrenceId ? await this.occurrences.get(ctx, input.occurrenceId, db) : null;
    if (occurrence && occurrence.patrolRouteId !== route.id)
      throw BadUserInputError.field(['input', 'occurrenceId'], 'INVALID_VALUE', 'This planned run is of another route');
    if (!mayRunPatrol(ctx.user, occurrence))
      throw new ForbiddenError(occurrence ? 'This patrol is assigned to someone else' : 'Your role does not walk patrol routes');
    if (!occurrence && route.archivedAt) throw BadUserInputError.field(['input', 'routeId'], 'INVALID_VALUE', 'This route is archived');
    const project = await db.repo(Project).getById(route.projectId);

    // Validate everything first: the mutation fails whole, with every problem's path.
    const errors: FieldError[] = [];
    const onRoute = new Set(route.pointIds);
    const points = new Map((await db.repo(PatrolPoint).findByIds(route.pointIds)).map((p) => [p.id, p]));
    const seen = new Set<string>();
    const skew = PATROL_RULES.clockSkewMinutes.max * MINUTE;
    const oldest = now.getTime() - PATROL_RULES.scannedDaysAgo.max * DAY;
    if (input.scans.length === 0) errors.push(fieldError(['input', 'scans'], 'REQUIRED', 'Scan at least one point'));
    input.scans.forEach((s, i) => {
      const path = (field: string) => ['input', 'scans', String(i), field];
      if (!onRoute.has(s.pointId)) errors.push(fieldError(path('pointId'), 'INVALID_VALUE', 'This point is not on the route'));
      else if (seen.has(s.pointId)) errors.push(fieldError(path('pointId'), 'INVALID_VALUE', 'This point is listed twice'));
      seen.add(s.pointId);
      const t = s.scannedAt.getTime();
      if (Number.isNaN(t)) errors.push(fieldError(path('scannedAt'), 'INVALID_FORMAT', 'Not a valid time'));
      else if (t > now.getTime() + skew) errors.push(fieldError(path('scannedAt'), 'OUT_OF_RANGE', 'This time is in the future'));
      else if (t < oldest)
        errors.push(
          fieldError(path('scannedAt'), 'OUT_OF_RANGE', `At most ${PATROL_RULES.scannedDaysAgo.max} days ago`, {
            max: PATROL_RULES.scannedDaysAgo.max,
          }),
        );
      const asked = new Set(points.get(s.pointId)?.quickCheckStandardIds ?? []);
      const answered = new Set<string>();
      s.quickChecks.forEach((q, k) => {
        if (!asked.has(q.standardId) || answered.has(q.standardId))
          errors.push(
            fieldError(
              ['input', 'scans', String(i), 'quickChecks', String(k), 'standardId'],
              'INVALID_VALUE',
              'Not a quick check of this point',
            ),
          );
        answered.add(q.standardId);
      });
      if (s.rectify && !s.quickChecks.some((q) => q.result === 'FAIL'))
        errors.push(fieldError(path('rectify'), 'INVALID_VALUE', 'Only a failed quick check gets a rectification'));
    });
    errors.push(
      ...(await checkEvidenceRefs(
        db,
        input.scans.map((s, i) => ({ path: ['input', 'scans', String(i), 'photoIds'], ids: s.photoIds })),
        ctx.user.userId,
      )),
    );
    const times = input.scans.map((s) => s.scannedAt).filter((d) => !Number.isNaN(d.getTime()));
    const startedAt = times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : null;
    const finishedAt = times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
    if (occurrence && finishedAt) {
      // Judged at the device's time of the last scan: a run walked in its window and sent later
      // (the phone was offline) still counts as done in the window.
      const problem = completionError(occurrence, finishedAt);
      const path = ['input', 'occurrenceId'];
      if (problem === 'ALREADY_COMPLETED') errors.push(fieldError(path, 'INVALID_TRANSITION', 'This patrol run is already recorded'));
      if (problem === 'NOT_YET_DUE')
        errors.push(
          fieldError(path, 'INVALID_TRANSITION', 'This patrol was walked before it was due', { dueAt: occurrence.dueAt.toISOString() }),
        );
      if (problem === 'WINDOW_CLOSED')
        errors.push(
          fieldError(path, 'INVALID_TRANSITION', 'The window closed and late runs are not allowed: this one is missed', {
            windowEndsAt: occurrence.windowEndsAt.toISOString(),
          }),
        );
    }
    if (errors.length) throw new BadUserInputError(errors);

    // Work out each planned point, then write the run, its points, the occurrence and rectifications.
    const results = patrolOutcomes(
      route.pointIds,
      input.scans.map((s) => ({ pointId: s.pointId, scannedAt: s.scannedAt })),
      occurrence?.windowEndsAt ?? null,
    );
    const counts = patrolCounts(results);
    const byPoint = new Map(input.scans.map((s) => [s.pointId, s]));
    const manual = (pointId: string) => {
      const tag = byPoint.get(pointId)?.tag;
      return !tag || tag !== points.get(pointId)?.tag;
    };
    const day = occurrence?.localDate ?? localDate(startedAt!, project.timeZone);
    const failures = input.scans.reduce((n, s) => n + s.quickChecks.filter((q) => q.result === 'FAIL').length, 0);
    const run = await db.repo(PatrolRun).insert({
      clientKey: input.clientKey,
      routeId: route.id,
      occurrenceId: occurrence?.id ?? null,
      projectId: project.id,
      regionId: project.regionId,
      guardUserId: ctx.user.userId,
      startedAt,
      finishedAt,
      submittedAt: now,
      localDate: day,
      windowEndsAt: occurrence?.windowEndsAt ?? null,
      pointsPlanned: counts.planned,
      pointsDone: counts.done,
      pointsLate: counts.late,
      pointsMissed: counts.missed,
      pointsOutOfOrder: counts.outOfOrder,
      pointsManual: input.scans.filter((s) => manual(s.pointId)).length,
      quickCheckFailures: failures,
      note: input.note?.trim() || null,
    });
    const rows = await db.repo(PatrolRunPoint).insertMany(
      results.map((r) => {
        const scan = byPoint.get(r.pointId);
        return {
          runId: run.id,
          routeId: route.id,
          pointId: r.pointId,
          projectId: project.id,
          regionId: project.regionId,
          localDate: day,
          position: r.position,
          outcome: r.outcome,
          scannedAt: r.scannedAt,
          scanOrder: r.scanOrder,
          outOfOrder: r.outOfOrder,
          manual: scan ? manual(r.pointId) : false,
          quickChecks: (scan?.quickChecks ?? []).map((q) => ({ standardId: q.standardId, result: q.result })),
          failed: !!scan?.quickChecks.some((q) => q.result === 'FAIL'),
          note: scan?.note?.trim() || null,
          photoFileIds: scan?.photoIds ?? [],
        };
      }),
    );
    if (occurrence) {
      // Claim the occurrence: a concurrent run (another client key) finds its version moved and fails whole.
      const claimed = await db.repo(InspectionOccurrence).updateWhere({ id: occurrence.id, version: occurrence.version }, {});
      if (claimed === 0)
        throw BadUserInputError.field(['input', 'occurrenceId'], 'INVALID_TRANSITION', 'This patrol run was just recorded by someone else');
      await this.occurrences.completeIn(db, occurrence, finishedAt!, null);
    }
    const wanted = rows.filter((r) => r.failed && byPoint.get(r.pointId)?.rectify);
    if (wanted.length) {
      await this.openRectifications(
        ctx,
        db,
        now,
        wanted.map((r) => {
          const p = points.get(r.pointId)!;
          const failed = r.quickChecks.find((q) => q.result === 'FAIL')!;
          return {
            projectId: project.id,
            regionId: project.regionId,
            standardId: failed.standardId,
            patrolRunPointId: r.id,
            description: (r.note ?? `巡检点「${p.name}」快速检查不合格`).slice(0, 1000),
            projectManagerUserId: project.managerUserId,
          };
        }),
      );
    }
    await db.audit({
      operation: 'submitPatrolRun',
      entity: 'PatrolRun',
      entityId: run.id,
      record: { entity: 'PatrolRoute', id: route.id },
      changes: {
        routeId: { from: null, to: route.id },
        pointsDone: { from: null, to: counts.done },
        pointsLate: { from: null, to: counts.late },
        pointsMissed: { from: null, to: counts.missed },
        pointsOutOfOrder: { from: null, to: counts.outOfOrder },
      },
    });
    return run;
  }
}
