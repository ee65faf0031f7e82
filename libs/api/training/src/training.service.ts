import {
  Brackets,
  Course,
  Employee,
  EvidenceFile,
  HandbookVersion,
  Position,
  Project,
  Region,
  TrainingEnrolment,
  TrainingPlan,
  TrainingPlanItem,
  TrainingRequirement,
  TrainingSession,
  containsPattern,
  paginate,
  type TenantDb,
} from '@pinzhi/db';
import {
  BadUserInputError,
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
import { canSeeProject, limitToScope, scopeCondition, seesWholeCompany } from '@pinzhi/api-core';
import { loadDoc } from '@pinzhi/api-handbooks';
import { coverage, planItemDueProblem } from '@pinzhi/domain';
import { isReader, requireCourseEditor, requireManager, requireReader, today } from './access';
import type {
  CourseInput,
  EmployeeInput,
  EmployeesArgs,
  PositionInput,
  TrainingCoverageArgs,
  TrainingPlanFilter,
  TrainingPlanInput,
  TrainingRequirementsArgs,
} from './inputs';
import { STATUS_SQL, statusParams, syncPlanRequirements, whereStatus } from './requirements';
import { EmployeeSortField, TrainingRequirementSortField } from './inputs';

/** Positions, employees, courses, plans, requirements and coverage. */
export class TrainingService {
  // ── positions ────────────────────────────────────────────────────────────
  positions(ctx: RequestContext, includeArchived: boolean) {
    void ctx.user;
    const qb = ctx.db.repo(Position).query('p');
    if (!includeArchived) qb.andWhere('p.archivedAt IS NULL');
    return qb.orderBy('p.name', 'ASC').take(200).getMany();
  }

  async savePosition(ctx: RequestContext, id: string | null, input: PositionInput, expectedVersion?: number | null): Promise<Position> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(Position).getById(id) : null;
      const name = input.name.trim();
      const clash = await db.repo(Position).findOne({ name });
      if (clash && clash.id !== id) throw BadUserInputError.field(['input', 'name'], 'TAKEN', 'A position with this name already exists');
      const values = { name, code: input.code?.trim() || null };
      const after = before
        ? await db.repo(Position).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(Position).insert({ ...values, archivedAt: null });
      await db.audit({
        operation: before ? 'updatePosition' : 'createPosition',
        entity: 'Position',
        entityId: after.id,
        changes: changedFields(before, after, ['name', 'code']),
      });
      return after;
    });
  }

  async archivePosition(ctx: RequestContext, id: string): Promise<Position> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const p = await db.repo(Position).getById(id);
      if (p.archivedAt) return p;
      if (await db.repo(Employee).exists({ positionId: id, active: true }))
        throw BadUserInputError.field('id', 'INVALID_VALUE', 'Active employees hold this position; move them first');
      const after = await db.repo(Position).update(id, { archivedAt: ctx.now() });
      await db.audit({ operation: 'archivePosition', entity: 'Position', entityId: id, changes: changedFields(p, after, ['archivedAt']) });
      return after;
    });
  }

  // ── employees ────────────────────────────────────────────────────────────
  async employees(ctx: RequestContext, args: EmployeesArgs) {
    requireReader(ctx.user);
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Employee).query('e');
    if (f.positionId) qb.andWhere('e.positionId = :positionId', { positionId: f.positionId });
    if (f.projectId) qb.andWhere('e.projectId = :projectId', { projectId: f.projectId });
    if (f.active != null) qb.andWhere('e.active = :active', { active: f.active });
    if (f.q)
      qb.andWhere(
        new Brackets((w) => w.where("e.name LIKE :q ESCAPE '!'", { q: containsPattern(f.q!) }).orWhere("e.employeeNo LIKE :q ESCAPE '!'")),
      );
    if (f.regionId || !seesWholeCompany(ctx.user)) {
      qb.innerJoin(Project, 'p', 'p.id = e.projectId');
      if (f.regionId) qb.andWhere('p.regionId = :regionId', { regionId: f.regionId });
      limitToScope(qb, ctx.user, { project: 'p.id', region: 'p.regionId' });
    }
    const sort = sortOrder(EmployeeSortField, args.sort, { field: 'name', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'e', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  /** An employee the caller may read (REGIONAL_OPS: their regions' projects; others NOT_FOUND). */
  async employee(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<Employee> {
    const e = await db.repo(Employee).getById(id);
    if (!isReader(ctx.user) && !(await this.isTrainerOf(ctx, id))) throw new NotFoundError('Employee', id);
    const project = await db.repo(Project).getById(e.projectId);
    if (!canSeeProject(ctx.user, project)) throw new NotFoundError('Employee', id);
    return e;
  }

  private async isTrainerOf(ctx: RequestContext, employeeId: string): Promise<boolean> {
    const rows = await ctx.db.repo(TrainingEnrolment).find({ where: { employeeId } });
    if (rows.length === 0) return false;
    const sessions = await ctx.db.repo(TrainingSession).findByIds(rows.map((r) => r.sessionId));
    return sessions.some((s) => s.trainerUserId === ctx.user.userId);
  }

  async checkEmployee(
    db: TenantDb,
    input: Pick<EmployeeInput, 'positionId' | 'projectId' | 'employeeNo'>,
    id: string | null,
    path: string[],
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const position = await db.repo(Position).findById(input.positionId);
    if (!position || position.archivedAt) errors.push(fieldError([...path, 'positionId'], 'NOT_FOUND', 'This position does not exist'));
    if (!(await db.repo(Project).findById(input.projectId)))
      errors.push(fieldError([...path, 'projectId'], 'NOT_FOUND', 'This project does not exist'));
    if (input.employeeNo) {
      const clash = await db.repo(Employee).findOne({ employeeNo: input.employeeNo.trim() });
      if (clash && clash.id !== id) errors.push(fieldError([...path, 'employeeNo'], 'TAKEN', 'Another employee has this number'));
    }
    return errors;
  }

  async saveEmployee(ctx: RequestContext, id: string | null, input: EmployeeInput, expectedVersion?: number | null): Promise<Employee> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(Employee).getById(id) : null;
      const errors = await this.checkEmployee(db, input, id, ['input']);
      if (errors.length) throw new BadUserInputError(errors);
      const values = {
        name: input.name.trim(),
        employeeNo: input.employeeNo?.trim() || null,
        positionId: input.positionId,
        projectId: input.projectId,
        hireDate: input.hireDate,
        active: input.active,
        gender: input.gender === undefined ? (before?.gender ?? null) : input.gender,
      };
      const after = before
        ? await db.repo(Employee).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(Employee).insert(values);
      await db.audit({
        operation: before ? 'updateEmployee' : 'createEmployee',
        entity: 'Employee',
        entityId: after.id,
        changes: changedFields(before, after, ['name', 'employeeNo', 'positionId', 'projectId', 'hireDate', 'active', 'gender']),
      });
      // Hired, moved or (de)activated: their plan requirements follow.
      await syncPlanRequirements(db, [after.id]);
      return after;
    });
  }

  // ── courses ──────────────────────────────────────────────────────────────
  courses(ctx: RequestContext, includeArchived: boolean, outdated: boolean | null) {
    void ctx.user;
    const qb = ctx.db.repo(Course).query('c');
    if (!includeArchived) qb.andWhere('c.archivedAt IS NULL');
    if (outdated != null) qb.andWhere(outdated ? 'c.outdatedSince IS NOT NULL' : 'c.outdatedSince IS NULL');
    return qb.orderBy('c.title', 'ASC').take(200).getMany();
  }

  course(ctx: RequestContext, id: string) {
    void ctx.user;
    return ctx.db.repo(Course).getById(id);
  }

  /** Checks the courseware against the version's content: sections and standards must be in it. */
  private async checkCourseware(
    db: TenantDb,
    versionId: string,
    sectionKeys: string[],
    standardIds: string[],
    path: string[],
  ): Promise<HandbookVersion> {
    const version = await db.repo(HandbookVersion).findById(versionId);
    if (!version || version.status !== 'PUBLISHED')
      throw BadUserInputError.field([...path, 'handbookVersionId'], 'NOT_FOUND', 'Choose a published handbook version');
    const doc = await loadDoc(db, versionId);
    const sections = new Set(doc.sections.map((s) => s.key));
    const standards = new Set(doc.sections.flatMap((s) => s.items.map((i) => i.standardId)));
    const errors: FieldError[] = [];
    if (sectionKeys.length + standardIds.length === 0)
      errors.push(fieldError([...path, 'sectionKeys'], 'REQUIRED', 'Choose at least one section or standard to teach'));
    sectionKeys.forEach((k, i) => {
      if (!sections.has(k))
        errors.push(fieldError([...path, 'sectionKeys', String(i)], 'NOT_FOUND', 'This section is not in that handbook version'));
    });
    standardIds.forEach((s, i) => {
      if (!standards.has(s))
        errors.push(fieldError([...path, 'standardIds', String(i)], 'NOT_FOUND', 'This standard is not in that handbook version'));
    });
    if (errors.length) throw new BadUserInputError(errors);
    return version;
  }

  /** Each attachment is a link or a file uploaded to this company (POST /uploads: images, PDF, Office). */
  private async checkAttachments(db: TenantDb, attachments: CourseInput['attachments']): Promise<void> {
    const ids = attachments.flatMap((a) => (a.fileId ? [a.fileId] : []));
    const files = new Set((ids.length ? await db.repo(EvidenceFile).findByIds(ids) : []).map((f) => f.id));
    const errors: FieldError[] = [];
    attachments.forEach((a, i) => {
      const path = ['input', 'attachments', String(i)];
      if (!a.fileId && !a.url) errors.push(fieldError([...path, 'fileId'], 'REQUIRED', 'Upload a file or give a link'));
      else if (a.fileId && !files.has(a.fileId)) errors.push(fieldError([...path, 'fileId'], 'NOT_FOUND', 'No such uploaded file'));
    });
    if (errors.length) throw new BadUserInputError(errors);
  }

  async saveCourse(ctx: RequestContext, id: string | null, input: CourseInput, expectedVersion?: number | null): Promise<Course> {
    requireCourseEditor(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(Course).getById(id) : null;
      const title = input.title.trim();
      const clash = await db.repo(Course).findOne({ title });
      if (clash && clash.id !== id) throw BadUserInputError.field(['input', 'title'], 'TAKEN', 'A course with this title already exists');
      const sectionKeys = [...new Set(input.sectionKeys)];
      const standardIds = [...new Set(input.standardIds)];
      const version = await this.checkCourseware(db, input.handbookVersionId, sectionKeys, standardIds, ['input']);
      await this.checkAttachments(db, input.attachments);
      const values = {
        title,
        description: input.description?.trim() || null,
        handbookId: version.handbookId,
        handbookVersionId: version.id,
        sectionKeys,
        standardIds,
        attachments: input.attachments.map((a) => ({ name: a.name.trim(), url: a.url ?? null, fileId: a.fileId ?? null })),
        defaultPassMark: input.defaultPassMark,
        defaultValidityMonths: input.defaultValidityMonths ?? null,
      };
      // Moving the courseware to another version clears the outdated flag.
      const refreshed = before && before.handbookVersionId !== version.id ? { outdatedSince: null, outdatedByVersionId: null } : {};
      const after = before
        ? await db.repo(Course).update(before.id, { ...values, ...refreshed }, expectedVersion ?? undefined)
        : await db.repo(Course).insert({ ...values, outdatedSince: null, outdatedByVersionId: null, archivedAt: null });
      await db.audit({
        operation: before ? 'updateCourse' : 'createCourse',
        entity: 'Course',
        entityId: after.id,
        changes: changedFields(before, after, [
          'title',
          'handbookVersionId',
          'sectionKeys',
          'standardIds',
          'attachments',
          'defaultPassMark',
          'defaultValidityMonths',
          'outdatedSince',
        ]),
      });
      return after;
    });
  }

  /** Points the courseware at a newer published version of its handbook and clears the outdated flag. */
  async refreshCourse(ctx: RequestContext, id: string, handbookVersionId: string): Promise<Course> {
    requireCourseEditor(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(Course).getById(id);
      const version = await this.checkCourseware(db, handbookVersionId, before.sectionKeys, before.standardIds, []);
      if (version.handbookId !== before.handbookId)
        throw BadUserInputError.field('handbookVersionId', 'INVALID_VALUE', 'Choose a version of the same handbook');
      const after = await db.repo(Course).update(id, { handbookVersionId: version.id, outdatedSince: null, outdatedByVersionId: null });
      await db.audit({
        operation: 'refreshCourseToVersion',
        entity: 'Course',
        entityId: id,
        changes: changedFields(before, after, ['handbookVersionId', 'outdatedSince', 'outdatedByVersionId']),
      });
      return after;
    });
  }

  async archiveCourse(ctx: RequestContext, id: string): Promise<Course> {
    requireCourseEditor(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(Course).getById(id);
      if (before.archivedAt) return before;
      if (await db.repo(TrainingPlanItem).exists({ courseId: id })) {
        const items = await db.repo(TrainingPlanItem).find({ where: { courseId: id } });
        const live = await db
          .repo(TrainingPlan)
          .query('p')
          .andWhere('p.id IN (:...ids)', { ids: items.map((i) => i.planId) })
          .andWhere('p.archivedAt IS NULL')
          .getCount();
        if (live) throw BadUserInputError.field('id', 'INVALID_VALUE', 'A training plan uses this course; remove it from the plan first');
      }
      const after = await db.repo(Course).update(id, { archivedAt: ctx.now() });
      await db.audit({ operation: 'archiveCourse', entity: 'Course', entityId: id, changes: changedFields(before, after, ['archivedAt']) });
      return after;
    });
  }

  // ── plans ────────────────────────────────────────────────────────────────
  async plans(ctx: RequestContext, filter: TrainingPlanFilter | null) {
    void ctx.user;
    const qb = ctx.db.repo(TrainingPlan).query('p');
    if (!filter?.includeArchived) qb.andWhere('p.archivedAt IS NULL');
    if (filter?.positionId) qb.andWhere('p.positionId = :positionId', { positionId: filter.positionId });
    if (filter?.courseId)
      qb.innerJoin(TrainingPlanItem, 'i', 'i.planId = p.id AND i.courseId = :courseId', {
        courseId: filter.courseId,
      }).distinct(true);
    return qb.orderBy('p.periodStart', 'DESC').addOrderBy('p.name', 'ASC').take(200).getMany();
  }

  plan(ctx: RequestContext, id: string) {
    void ctx.user;
    return ctx.db.repo(TrainingPlan).getById(id);
  }

  async savePlan(ctx: RequestContext, id: string | null, input: TrainingPlanInput, expectedVersion?: number | null): Promise<TrainingPlan> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(TrainingPlan).getById(id) : null;
      if (before?.archivedAt) throw BadUserInputError.field('id', 'INVALID_VALUE', 'This plan is archived');
      const errors: FieldError[] = [];
      const position = await db.repo(Position).findById(input.positionId);
      if (!position || position.archivedAt) errors.push(fieldError(['input', 'positionId'], 'NOT_FOUND', 'This position does not exist'));
      if (input.periodEnd < input.periodStart)
        errors.push(fieldError(['input', 'periodEnd'], 'DATE_ORDER', 'The period ends before it starts'));
      let regionId: string | null = null;
      let projectId: string | null = null;
      if (input.scope === 'REGION') {
        if (!input.regionId) errors.push(fieldError(['input', 'regionId'], 'REQUIRED', 'Choose the region'));
        else if (!(await db.repo(Region).findById(input.regionId)))
          errors.push(fieldError(['input', 'regionId'], 'NOT_FOUND', 'This region does not exist'));
        else regionId = input.regionId;
      }
      if (input.scope === 'PROJECT') {
        if (!input.projectId) errors.push(fieldError(['input', 'projectId'], 'REQUIRED', 'Choose the project'));
        else if (!(await db.repo(Project).findById(input.projectId)))
          errors.push(fieldError(['input', 'projectId'], 'NOT_FOUND', 'This project does not exist'));
        else projectId = input.projectId;
      }
      const courses = new Map((await db.repo(Course).findByIds(input.items.map((i) => i.courseId))).map((c) => [c.id, c]));
      const seen = new Set<string>();
      input.items.forEach((it, i) => {
        const c = courses.get(it.courseId);
        if (!c || c.archivedAt)
          errors.push(fieldError(['input', 'items', String(i), 'courseId'], 'NOT_FOUND', 'This course does not exist'));
        else if (seen.has(it.courseId))
          errors.push(fieldError(['input', 'items', String(i), 'courseId'], 'TAKEN', 'This course is already in the plan'));
        seen.add(it.courseId);
        if (planItemDueProblem(input.periodStart, it.requiredBy))
          errors.push(
            fieldError(['input', 'items', String(i), 'requiredBy'], 'DATE_ORDER', 'A course cannot be due before the plan starts', {
              min: input.periodStart,
            }),
          );
      });
      if (errors.length) throw new BadUserInputError(errors);
      const values = {
        name: input.name.trim(),
        positionId: input.positionId,
        scope: input.scope,
        regionId,
        projectId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
      };
      const after = before
        ? await db.repo(TrainingPlan).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(TrainingPlan).insert({ ...values, archivedAt: null });
      // Items are replaced whole, keeping the ids of courses that stay (requirements point at them).
      const old = new Map((await db.repo(TrainingPlanItem).find({ where: { planId: after.id } })).map((i) => [i.courseId, i]));
      for (const [idx, it] of input.items.entries()) {
        const o = old.get(it.courseId);
        const v = {
          planId: after.id,
          courseId: it.courseId,
          position: idx + 1,
          requiredBy: it.requiredBy,
          passMark: it.passMark,
          validityMonths: it.validityMonths ?? null,
        };
        if (o) {
          await db.repo(TrainingPlanItem).updateByIds([o.id], v);
          old.delete(it.courseId);
        } else await db.repo(TrainingPlanItem).insert(v);
      }
      for (const o of old.values()) await db.repo(TrainingPlanItem).delete(o.id);
      await db.audit({
        operation: before ? 'updateTrainingPlan' : 'createTrainingPlan',
        entity: 'TrainingPlan',
        entityId: after.id,
        changes: {
          ...changedFields(before, after, ['name', 'positionId', 'scope', 'regionId', 'projectId', 'periodStart', 'periodEnd']),
          items: { from: null, to: input.items.length },
        },
      });
      await syncPlanRequirements(db, await this.affectedEmployees(db, [before, after]));
      return after;
    });
  }

  async archivePlan(ctx: RequestContext, id: string): Promise<TrainingPlan> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(TrainingPlan).getById(id);
      if (before.archivedAt) return before;
      const after = await db.repo(TrainingPlan).update(id, { archivedAt: ctx.now() });
      await db.audit({
        operation: 'archiveTrainingPlan',
        entity: 'TrainingPlan',
        entityId: id,
        changes: changedFields(before, after, ['archivedAt']),
      });
      await syncPlanRequirements(db, await this.affectedEmployees(db, [before]));
      return after;
    });
  }

  /** Employees holding the positions of these plans (one query). */
  private async affectedEmployees(db: TenantDb, plans: Array<TrainingPlan | null>): Promise<string[]> {
    const positions = [...new Set(plans.filter((p): p is TrainingPlan => !!p).map((p) => p.positionId))];
    if (!positions.length) return [];
    return (await db.repo(Employee).query('e').select(['e.id']).andWhere('e.positionId IN (:...positions)', { positions }).getMany()).map(
      (e) => e.id,
    );
  }

  planItems(ctx: RequestContext, planId: string) {
    return ctx.loaders
      .custom<string, TrainingPlanItem[]>('trainingPlanItems', async (db, ids) => {
        const rows = await db
          .repo(TrainingPlanItem)
          .query('i')
          .andWhere('i.planId IN (:...ids)', { ids: [...ids] })
          .orderBy('i.position', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.planId === id));
      })
      .load(planId);
  }

  // ── requirements and coverage ────────────────────────────────────────────
  async requirements(ctx: RequestContext, args: TrainingRequirementsArgs) {
    requireReader(ctx.user);
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(TrainingRequirement).query('r');
    // The employee's conditions go in an EXISTS, not a join: with a join the planner may read the
    // employees first and sort every requirement of the tenant; this way the page is read in the
    // order of the requirement's sort index (apps/api/integration/list-plans.spec.ts).
    const employee: string[] = [];
    const params: Record<string, unknown> = {};
    const onEmployee = (sql: string, values: Record<string, unknown> = {}) => {
      employee.push(sql);
      Object.assign(params, values);
    };
    if (f.employeeId) qb.andWhere('r.employeeId = :employeeId', { employeeId: f.employeeId });
    else onEmployee('e.active = :active', { active: true });
    if (f.courseId) qb.andWhere('r.courseId = :courseId', { courseId: f.courseId });
    if (f.reason) qb.andWhere('r.reason = :reason', { reason: f.reason });
    if (f.projectId) onEmployee('e.projectId = :projectId', { projectId: f.projectId });
    if (f.positionId) onEmployee('e.positionId = :positionId', { positionId: f.positionId });
    if (f.status) whereStatus(qb, f.status, today(ctx));
    const limit = scopeCondition(ctx.user, { project: 'p.id', region: 'p.regionId' });
    if (limit) {
      onEmployee(
        `EXISTS ${qb.subQuery().select('1').from(Project, 'p').where(`p.id = e.projectId AND ${limit.sql}`).getQuery()}`,
        limit.params,
      );
    }
    if (employee.length)
      qb.andWhere(
        `EXISTS ${qb
          .subQuery()
          .select('1')
          .from(Employee, 'e')
          .where(['e.id = r.employeeId', ...employee].join(' AND '))
          .getQuery()}`,
        params,
      );
    const sort = sortOrder(TrainingRequirementSortField, args.sort, { field: 'requiredBy', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'r', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  /** One GROUP BY over the requirements of active employees, per project or position. */
  async coverage(ctx: RequestContext, args: TrainingCoverageArgs) {
    requireReader(ctx.user);
    const asOf = args.asOf ?? today(ctx);
    const key = args.groupBy === 'PROJECT' ? 'e.projectId' : 'e.positionId';
    const count = (sql: string) => `SUM(CASE WHEN ${sql} THEN 1 ELSE 0 END)`;
    const qb = ctx.db
      .repo(TrainingRequirement)
      .query('r')
      .innerJoin(Employee, 'e', 'e.id = r.employeeId')
      .innerJoin(Project, 'p', 'p.id = e.projectId')
      .select(`${key}`, 'groupId')
      .addSelect('COUNT(*)', 'required')
      .addSelect(count(`(${STATUS_SQL.COMPLETED}) OR (${STATUS_SQL.EXPIRING_SOON})`), 'completed')
      .addSelect(count(STATUS_SQL.REQUIRED), 'pending')
      .addSelect(count(STATUS_SQL.OVERDUE), 'overdue')
      .addSelect(count(STATUS_SQL.EXPIRING_SOON), 'expiringSoon')
      .addSelect(count(STATUS_SQL.EXPIRED), 'expired')
      .setParameters(statusParams(asOf))
      .andWhere('e.active = :active', { active: true })
      .groupBy(key);
    if (args.regionId) qb.andWhere('p.regionId = :regionId', { regionId: args.regionId });
    if (args.projectId) qb.andWhere('e.projectId = :projectId', { projectId: args.projectId });
    if (args.positionId) qb.andWhere('e.positionId = :positionId', { positionId: args.positionId });
    limitToScope(qb, ctx.user, { project: 'p.id', region: 'p.regionId' });
    const rows = await qb.getRawMany<Record<string, string | number>>();
    return rows
      .map((r) => {
        const n = (k: string) => Number(r[k] ?? 0);
        return {
          projectId: args.groupBy === 'PROJECT' ? String(r['groupId']) : null,
          positionId: args.groupBy === 'POSITION' ? String(r['groupId']) : null,
          required: n('required'),
          completed: n('completed'),
          pending: n('pending'),
          overdue: n('overdue'),
          expiringSoon: n('expiringSoon'),
          expired: n('expired'),
          coverage: coverage(n('completed'), n('required')),
        };
      })
      .sort((a, b) => (a.coverage ?? 0) - (b.coverage ?? 0));
  }
}
