import {
  Brackets,
  Course,
  Employee,
  Membership,
  Position,
  Project,
  TrainingEnrolment,
  TrainingSession,
  TrainingSessionCourse,
  paginate,
  type TenantDb,
} from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { canSeeProject, scopeCondition, seesWholeCompany } from '@pinzhi/api-core';
import { attendanceProblem, enrolmentProblem, localDateIn, passed, TRAINERS, TRAINING_RULES, type EnrolmentProblem } from '@pinzhi/domain';
import { TRAINING_TIME_ZONE, isManager, isReader, requireManager } from './access';
import type { AttendanceEntryInput, TrainingSessionInput, TrainingSessionsArgs } from './inputs';
import { recomputeCompletion, updateGrouped } from './requirements';
import { TrainingSessionSortField } from './inputs';

const ENROL_REASON: Record<
  EnrolmentProblem['rule'],
  { reason: 'INVALID_TRANSITION' | 'TAKEN' | 'INVALID_VALUE' | 'OUT_OF_RANGE' | 'DATE_ORDER'; message: string }
> = {
  SESSION_CANCELLED: { reason: 'INVALID_TRANSITION', message: 'This session is cancelled' },
  ALREADY_ENROLLED: { reason: 'TAKEN', message: 'Already enrolled in this session' },
  INACTIVE: { reason: 'INVALID_VALUE', message: 'This employee is not active' },
  PROJECT_MISMATCH: { reason: 'INVALID_VALUE', message: 'This session is for another project’s staff' },
  HIRED_AFTER_SESSION: { reason: 'DATE_ORDER', message: 'Hired after the session date' },
  FULL: { reason: 'OUT_OF_RANGE', message: 'The session is full' },
};

/** Training sessions: planning, enrolment and the attendance sheet. */
export class SessionsService {
  /**
   * Readers see every session (REGIONAL_OPS: the sessions of their regions' projects and the
   * company-wide ones); anyone else only the sessions they teach.
   */
  async list(ctx: RequestContext, args: TrainingSessionsArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(TrainingSession).query('s');
    if (!isReader(ctx.user)) qb.andWhere('s.trainerUserId = :me', { me: ctx.user.userId });
    const limit = scopeCondition(ctx.user, { project: 'p.id', region: 'p.regionId' });
    if (limit) {
      qb.leftJoin(Project, 'p', 'p.id = s.projectId').andWhere(
        new Brackets((w) => w.where('s.projectId IS NULL').orWhere(limit.sql, limit.params)),
      );
    }
    if (f.from) qb.andWhere('s.startsAt >= :from', { from: f.from });
    if (f.to) qb.andWhere('s.startsAt < :to', { to: f.to });
    if (f.trainerUserId) qb.andWhere('s.trainerUserId = :trainer', { trainer: f.trainerUserId });
    // one row per session at most: (session, course) is unique
    if (f.courseId)
      qb.innerJoin(TrainingSessionCourse, 'sc', 'sc.sessionId = s.id AND sc.courseId = :courseId', {
        courseId: f.courseId,
      });
    if (f.projectId) qb.andWhere('s.projectId = :projectId', { projectId: f.projectId });
    const sort = sortOrder(TrainingSessionSortField, args.sort, { field: 'startsAt', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 's', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  async get(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<TrainingSession> {
    const s = await db.repo(TrainingSession).getById(id);
    if (!isReader(ctx.user) && s.trainerUserId !== ctx.user.userId) throw new NotFoundError('TrainingSession', id);
    if (s.projectId && !seesWholeCompany(ctx.user) && s.trainerUserId !== ctx.user.userId) {
      const project = await db.repo(Project).getById(s.projectId);
      if (!canSeeProject(ctx.user, project)) throw new NotFoundError('TrainingSession', id);
    }
    return s;
  }

  /** Active members who may teach a session (TRAINERS), for the trainer picker. */
  async trainers(ctx: RequestContext): Promise<Membership[]> {
    const rows = await ctx.db.repo(Membership).find({ where: { active: true } });
    return rows.filter((m) => TRAINERS.includes(m.role));
  }

  private async check(ctx: RequestContext, db: TenantDb, input: TrainingSessionInput): Promise<{ courses: Course[]; localDate: string }> {
    const errors: FieldError[] = [];
    const found = new Map((await db.repo(Course).findByIds(input.courseIds)).map((c) => [c.id, c]));
    const seen = new Set<string>();
    input.courseIds.forEach((id, i) => {
      const c = found.get(id);
      if (!c || c.archivedAt) errors.push(fieldError(['input', 'courseIds', String(i)], 'NOT_FOUND', 'This course does not exist'));
      else if (seen.has(id)) errors.push(fieldError(['input', 'courseIds', String(i)], 'TAKEN', 'This course is listed twice'));
      seen.add(id);
    });
    const trainer = (await db.members([input.trainerUserId])).find((m) => m.membership.active);
    if (!trainer) errors.push(fieldError(['input', 'trainerUserId'], 'NOT_FOUND', 'The trainer must be an active member of your company'));
    else if (!TRAINERS.includes(trainer.membership.role))
      errors.push(
        fieldError(['input', 'trainerUserId'], 'INVALID_VALUE', 'The trainer must be from the Quality Center, HR or a company admin'),
      );
    if (input.endsAt.getTime() <= input.startsAt.getTime())
      errors.push(fieldError(['input', 'endsAt'], 'DATE_ORDER', 'The session ends before it starts'));
    let timeZone = TRAINING_TIME_ZONE;
    if (input.projectId) {
      const project = await db.repo(Project).findById(input.projectId);
      if (!project) errors.push(fieldError(['input', 'projectId'], 'NOT_FOUND', 'This project does not exist'));
      else timeZone = project.timeZone;
    }
    if (errors.length) throw new BadUserInputError(errors);
    void ctx;
    return { courses: [...seen].map((id) => found.get(id)!), localDate: localDateIn(input.startsAt, timeZone) };
  }

  /** The course ids of a session, in order. */
  async courseIdsOf(db: TenantDb, sessionId: string): Promise<string[]> {
    return (
      await db
        .repo(TrainingSessionCourse)
        .query('sc')
        .andWhere('sc.sessionId = :sessionId', { sessionId })
        .orderBy('sc.position', 'ASC')
        .getMany()
    ).map((r) => r.courseId);
  }

  async save(
    ctx: RequestContext,
    id: string | null,
    input: TrainingSessionInput,
    expectedVersion?: number | null,
  ): Promise<TrainingSession> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(TrainingSession).getById(id) : null;
      if (before?.status === 'CANCELLED') throw BadUserInputError.field('id', 'INVALID_TRANSITION', 'This session is cancelled');
      const { courses, localDate } = await this.check(ctx, db, input);
      const courseIds = courses.map((c) => c.id);
      const beforeCourses = before ? await this.courseIdsOf(db, before.id) : [];
      const coursesChanged = courseIds.join() !== beforeCourses.join();
      if (before) {
        const enrolled = await db.repo(TrainingEnrolment).count({ sessionId: before.id });
        if (input.capacity < enrolled)
          throw BadUserInputError.field(['input', 'capacity'], 'OUT_OF_RANGE', `${enrolled} are enrolled already`, { min: enrolled });
        const sameSet = courseIds.length === beforeCourses.length && courseIds.every((c) => beforeCourses.includes(c));
        if (
          !sameSet &&
          (await db
            .repo(TrainingEnrolment)
            .query('en')
            .andWhere('en.sessionId = :id', { id: before.id })
            .andWhere('en.attendance IS NOT NULL')
            .getCount())
        ) {
          throw BadUserInputError.field(['input', 'courseIds'], 'INVALID_VALUE', 'Attendance is recorded; the courses cannot change');
        }
      }
      const values = {
        trainerUserId: input.trainerUserId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        localDate,
        place: input.place.trim(),
        capacity: input.capacity,
        // several courses: the strictest default pass mark
        passMark: input.passMark ?? Math.max(...courses.map((c) => c.defaultPassMark)),
        projectId: input.projectId ?? null,
        note: input.note?.trim() || null,
      };
      const after = before
        ? await db.repo(TrainingSession).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(TrainingSession).insert({ ...values, status: 'PLANNED' });
      if (coursesChanged) {
        if (before) await db.repo(TrainingSessionCourse).deleteWhere({ sessionId: after.id });
        await db
          .repo(TrainingSessionCourse)
          .insertMany(courseIds.map((courseId, i) => ({ sessionId: after.id, courseId, position: i + 1 })));
      }
      await db.audit({
        operation: before ? 'updateTrainingSession' : 'createTrainingSession',
        entity: 'TrainingSession',
        entityId: after.id,
        changes: {
          ...changedFields(before, after, ['trainerUserId', 'startsAt', 'endsAt', 'place', 'capacity', 'passMark', 'projectId']),
          ...(coursesChanged ? { courseIds: { from: before ? beforeCourses : null, to: courseIds } } : {}),
        },
      });
      // The trainer hears about a session they now teach, or whose time or place moved.
      if (!before || before.trainerUserId !== after.trainerUserId || +before.startsAt !== +after.startsAt || before.place !== after.place)
        await ctx.events.emit(db, ctx.now(), {
          kind: 'TRAINING_SESSION_TEACHING',
          entity: { type: 'TrainingSession', id: after.id },
          params: { session: courses.map((c) => c.title).join('、'), startsAt: after.startsAt.toISOString(), location: after.place },
          to: [{ users: [after.trainerUserId] }],
        });
      return after;
    });
  }

  async cancel(ctx: RequestContext, id: string): Promise<TrainingSession> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(TrainingSession).getById(id);
      if (before.status === 'CANCELLED') return before;
      if (
        await db.repo(TrainingEnrolment).query('en').andWhere('en.sessionId = :id', { id }).andWhere('en.attendance IS NOT NULL').getCount()
      ) {
        throw BadUserInputError.field('id', 'INVALID_TRANSITION', 'Attendance is recorded for this session; it cannot be cancelled');
      }
      const after = await db.repo(TrainingSession).update(id, { status: 'CANCELLED' });
      await db.audit({
        operation: 'cancelTrainingSession',
        entity: 'TrainingSession',
        entityId: id,
        changes: changedFields(before, after, ['status']),
      });
      return after;
    });
  }

  /** Enrols the given employees; the batch is checked whole (every problem, by index) and fails whole. */
  async enrol(ctx: RequestContext, sessionId: string, employeeIds: string[]): Promise<TrainingSession> {
    requireManager(ctx.user);
    if (employeeIds.length > TRAINING_RULES.enrolBatch.max)
      throw BadUserInputError.field('employeeIds', 'TOO_LONG', `At most ${TRAINING_RULES.enrolBatch.max} at once`, {
        max: TRAINING_RULES.enrolBatch.max,
      });
    return ctx.db.transaction(async (db) => {
      const session = await db.repo(TrainingSession).getById(sessionId);
      const employees = new Map((await db.repo(Employee).findByIds(employeeIds)).map((e) => [e.id, e]));
      const enrolled = new Set((await db.repo(TrainingEnrolment).find({ where: { sessionId } })).map((e) => e.employeeId));
      let count = enrolled.size;
      const errors: FieldError[] = [];
      const batch = new Set<string>();
      employeeIds.forEach((id, i) => {
        const path = ['employeeIds', String(i)];
        const e = employees.get(id);
        if (!e) return void errors.push(fieldError(path, 'NOT_FOUND', 'This employee does not exist'));
        const problem = enrolmentProblem(
          e,
          { cancelled: session.status === 'CANCELLED', date: session.localDate, capacity: session.capacity, projectId: session.projectId },
          enrolled.has(id) || batch.has(id),
          count,
        );
        if (problem) {
          const { rule, ...params } = problem;
          return void errors.push(fieldError(path, ENROL_REASON[rule].reason, ENROL_REASON[rule].message, { rule, ...params }));
        }
        batch.add(id);
        count += 1;
      });
      if (errors.length) throw new BadUserInputError(errors);
      await this.insertEnrolments(db, session, [...batch]);
      return session;
    });
  }

  /**
   * Enrols every active employee of a position (and project; the session's project when it
   * has one) who is not enrolled yet and was hired by the session date. Refused whole when
   * they do not all fit.
   */
  async enrolByGroup(ctx: RequestContext, sessionId: string, positionId: string, projectId: string | null): Promise<TrainingSession> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const session = await db.repo(TrainingSession).getById(sessionId);
      if (session.status === 'CANCELLED') throw BadUserInputError.field('sessionId', 'INVALID_TRANSITION', 'This session is cancelled');
      if (!(await db.repo(Position).findById(positionId)))
        throw BadUserInputError.field('positionId', 'NOT_FOUND', 'This position does not exist');
      if (projectId && !(await db.repo(Project).findById(projectId)))
        throw BadUserInputError.field('projectId', 'NOT_FOUND', 'This project does not exist');
      if (projectId && session.projectId && projectId !== session.projectId)
        throw BadUserInputError.field('projectId', 'INVALID_VALUE', 'This session is for another project’s staff');
      const project = projectId ?? session.projectId;
      const qb = db
        .repo(Employee)
        .query('e')
        .andWhere('e.positionId = :positionId', { positionId })
        .andWhere('e.active = :active', { active: true })
        .andWhere('e.hireDate <= :d', { d: session.localDate });
      if (project) qb.andWhere('e.projectId = :project', { project });
      const candidates = await qb.getMany();
      const enrolled = new Set((await db.repo(TrainingEnrolment).find({ where: { sessionId } })).map((e) => e.employeeId));
      const add = candidates.filter((e) => !enrolled.has(e.id)).map((e) => e.id);
      if (enrolled.size + add.length > session.capacity) {
        throw BadUserInputError.field(
          'sessionId',
          'OUT_OF_RANGE',
          `${add.length} more do not fit: ${session.capacity - enrolled.size} places left`,
          { rule: 'FULL', capacity: session.capacity, wanted: add.length },
        );
      }
      await this.insertEnrolments(db, session, add);
      return session;
    });
  }

  private async insertEnrolments(db: TenantDb, session: TrainingSession, employeeIds: string[]) {
    if (employeeIds.length === 0) return;
    await db.repo(TrainingEnrolment).insertMany(
      employeeIds.map((employeeId) => ({
        sessionId: session.id,
        employeeId,
        attendance: null,
        score: null,
        passed: null,
        recordedAt: null,
        recordedByUserId: null,
      })),
    );
    await db.audit({
      operation: 'enrolEmployees',
      entity: 'TrainingSession',
      entityId: session.id,
      changes: { employeeIds: { from: null, to: employeeIds } },
    });
  }

  async unenrol(ctx: RequestContext, sessionId: string, employeeId: string): Promise<TrainingSession> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const session = await db.repo(TrainingSession).getById(sessionId);
      const row = await db.repo(TrainingEnrolment).findOne({ sessionId, employeeId });
      if (!row) throw BadUserInputError.field('employeeId', 'NOT_FOUND', 'This employee is not enrolled in this session');
      if (row.attendance) throw BadUserInputError.field('employeeId', 'INVALID_TRANSITION', 'Attendance is recorded for this employee');
      await db.repo(TrainingEnrolment).delete(row.id);
      await db.audit({
        operation: 'unenrol',
        entity: 'TrainingSession',
        entityId: sessionId,
        changes: { employeeId: { from: employeeId, to: null } },
      });
      return session;
    });
  }

  /**
   * The whole attendance sheet in one mutation, validated whole: by the session's trainer,
   * or HR / a tenant admin; only once the session has started; every employee enrolled.
   * Completion of the employees' requirements for the course follows in the same transaction.
   */
  async recordAttendance(ctx: RequestContext, sessionId: string, entries: AttendanceEntryInput[]): Promise<TrainingSession> {
    return ctx.db.transaction(async (db) => {
      const session = await this.get(ctx, sessionId, db);
      if (session.trainerUserId !== ctx.user.userId && !isManager(ctx.user))
        throw new ForbiddenError('Only the session’s trainer, HR or a tenant admin may record attendance');
      if (session.status === 'CANCELLED') throw BadUserInputError.field('sessionId', 'INVALID_TRANSITION', 'This session is cancelled');
      const enrolments = new Map((await db.repo(TrainingEnrolment).find({ where: { sessionId } })).map((e) => [e.employeeId, e]));
      const employees = new Map((await db.repo(Employee).findByIds(entries.map((e) => e.employeeId))).map((e) => [e.id, e]));
      if (session.startsAt.getTime() > ctx.now().getTime())
        throw BadUserInputError.field('sessionId', 'DATE_ORDER', 'The session has not started yet', { rule: 'NOT_STARTED' });
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        const path = ['entries', String(i)];
        const en = enrolments.get(entry.employeeId);
        const emp = employees.get(entry.employeeId);
        if (!en || !emp)
          return void errors.push(fieldError([...path, 'employeeId'], 'NOT_FOUND', 'This employee is not enrolled in this session'));
        if (seen.has(entry.employeeId))
          return void errors.push(fieldError([...path, 'employeeId'], 'TAKEN', 'This employee is listed twice'));
        seen.add(entry.employeeId);
        const problem = attendanceProblem(
          { attendance: entry.attendance, score: entry.score ?? null },
          emp.hireDate,
          session.localDate,
          true,
        );
        if (problem?.rule === 'SCORE_WITHOUT_ATTENDANCE')
          return void errors.push(
            fieldError([...path, 'score'], 'INVALID_VALUE', 'Only someone who attended has a score', { rule: problem.rule }),
          );
        if (problem?.rule === 'HIRED_AFTER_SESSION')
          return void errors.push(
            fieldError([...path, 'attendance'], 'DATE_ORDER', 'Hired after the session date: cannot have attended', { rule: problem.rule }),
          );
      });
      if (errors.length) throw new BadUserInputError(errors);
      const now = ctx.now();
      // one UPDATE per distinct (attendance, score), not per row
      await updateGrouped(
        db,
        TrainingEnrolment,
        entries.map((entry) => {
          const score = entry.score ?? null;
          return {
            id: enrolments.get(entry.employeeId)!.id,
            patch: {
              attendance: entry.attendance,
              score,
              passed: score == null ? null : passed(entry.attendance, score, session.passMark),
              recordedAt: now,
              recordedByUserId: ctx.user.userId,
            },
          };
        }),
      );
      await db.audit({
        operation: 'recordAttendance',
        entity: 'TrainingSession',
        entityId: sessionId,
        changes: {
          entries: { from: null, to: entries.map((e) => ({ employeeId: e.employeeId, attendance: e.attendance, score: e.score ?? null })) },
        },
      });
      // attending counts for every course of the session
      const courseIds = await this.courseIdsOf(db, sessionId);
      await recomputeCompletion(
        db,
        entries.flatMap((e) => courseIds.map((courseId) => ({ employeeId: e.employeeId, courseId }))),
      );
      return session;
    });
  }

  /** The courses of a session, in order (one query per request for every session asked). */
  courses(ctx: RequestContext, sessionId: string) {
    return ctx.loaders
      .custom<string, string[]>('trainingSessionCourses', async (db, ids) => {
        const rows = await db
          .repo(TrainingSessionCourse)
          .query('sc')
          .andWhere('sc.sessionId IN (:...ids)', { ids: [...ids] })
          .orderBy('sc.position', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.sessionId === id).map((r) => r.courseId));
      })
      .load(sessionId);
  }

  enrolments(ctx: RequestContext, sessionId: string) {
    return ctx.loaders
      .custom<string, TrainingEnrolment[]>('trainingEnrolmentsBySession', async (db, ids) => {
        const rows = await db
          .repo(TrainingEnrolment)
          .query('en')
          .andWhere('en.sessionId IN (:...ids)', { ids: [...ids] })
          .getMany();
        return ids.map((id) => rows.filter((r) => r.sessionId === id));
      })
      .load(sessionId);
  }
}
