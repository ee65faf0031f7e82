import { randomUUID } from 'node:crypto';
import {
  Brackets,
  DepartmentMember,
  Employee,
  Handbook,
  Onboarding,
  OnboardingEvent,
  OnboardingTask,
  OnboardingTaskDepartment,
  OnboardingTemplate,
  Position,
  Project,
  Property,
  ServiceProposal,
  SiteSurvey,
  TrainingRequirement,
  paginate,
  type SelectQueryBuilder,
  type OnboardingEventKind,
  type TenantDb,
} from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  changedFields,
  checkEvidenceRefs,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { PortfolioService, type ProjectStageListener } from '@pinzhi/api-portfolio';
import { canSeeProject, limitToScope, seesWholeCompany } from '@pinzhi/api-core';
import type { HandbooksService } from '@pinzhi/api-handbooks';
import type { FrequenciesService } from '@pinzhi/api-inspection-planning';
import {
  GATE_OVERRIDERS,
  ONBOARDING_PHASES,
  ONBOARDING_RULES as R,
  STAGE_PHASES,
  addDays,
  allowedNextStages,
  gateBlockers,
  localDateIn,
  localTime,
  addMonths,
  taskCompletionBlockers,
  taskStatusProblem,
  type TaskCompletionBlocker,
  type OnboardingPhase,
  type ProjectStage,
  type ServiceProposalDoc,
  type SiteSurveyDoc,
} from '@pinzhi/domain';
import { isManager, myDepartmentIds, requireManager, today } from './access';
import type {
  OnboardingTaskInput,
  OnboardingTasksArgs,
  OnboardingsArgs,
  ServiceProposalInput,
  SiteSurveyInput,
  StartOnboardingInput,
} from './inputs';
import { OnboardingSortField, OnboardingTaskSortField } from './inputs';

/** What going live would start in training for a project's employees, without writing. */
export type TrainingPreview = (db: TenantDb, projectId: string) => Promise<{ employees: number; requirements: number }>;

const throwIfAny = (errors: FieldError[]) => {
  if (errors.length) throw new BadUserInputError(errors);
};

const OPEN = ['TODO', 'IN_PROGRESS'];
/** Most characters a proposal's text may hold in all (one JSON column, 64 KB on MySQL). */
const PROPOSAL_TEXT_MAX = 15000;

/** The stage after `stage` along the life cycle (not EXITED), or null. */
export function nextStage(stage: ProjectStage): ProjectStage | null {
  return allowedNextStages(stage).find((s) => s !== 'EXITED') ?? null;
}

/**
 * Writes a new onboarding of `project` from `template`: the onboarding row, its tasks (due
 * dates from the start, in phase order), which departments see each task, and the proposal
 * drafted from the template's sections. The start mutation and the demo seed both use it.
 */
export async function openOnboarding(
  db: TenantDb,
  a: { project: Project; template: OnboardingTemplate; startDate: string; userId: string },
): Promise<Onboarding> {
  const { project, template, startDate } = a;
  const onboarding = await db.repo(Onboarding).insert({
    projectId: project.id,
    regionId: project.regionId,
    templateId: template.id,
    startDate,
    status: 'ACTIVE',
    startedByUserId: a.userId,
    completedAt: null,
    handbookId: null,
    frequencyCount: null,
    requirementCount: null,
  });
  const order = (p: OnboardingPhase) => ONBOARDING_PHASES.indexOf(p);
  const sorted = template.tasks.map((t, i) => ({ t, i })).sort((x, y) => order(x.t.phase) - order(y.t.phase) || x.i - y.i);
  const tasks = sorted.map(({ t }, position) => ({
    id: randomUUID(),
    onboardingId: onboarding.id,
    projectId: project.id,
    phase: t.phase,
    position,
    title: t.title,
    ownerDepartmentId: t.ownerDepartmentId,
    collaboratorDepartmentIds: t.collaboratorDepartmentIds,
    dueDate: addDays(startDate, t.dueOffsetDays),
    required: t.required,
    checklist: t.checklist.map((text) => ({ text, done: false })),
    deliverable: t.deliverable ?? null,
    status: 'TODO' as const,
    skipReason: null,
    assigneeUserId: null,
    completedAt: null,
  }));
  await db.repo(OnboardingTask).insertMany(tasks);
  await db
    .repo(OnboardingTaskDepartment)
    .insertMany(
      tasks.flatMap((t) => [
        { taskId: t.id, departmentId: t.ownerDepartmentId, owner: true },
        ...t.collaboratorDepartmentIds.map((d) => ({ taskId: t.id, departmentId: d, owner: false })),
      ]),
    );
  const proposal: ServiceProposalDoc = {
    title: `${project.name} 物业服务方案`.slice(0, R.title.max),
    sections: template.proposalSections.map((s) => ({ key: randomUUID(), title: s.title, body: s.body })),
    staffing: [],
    otherCosts: [],
  };
  await db.repo(ServiceProposal).insert({ onboardingId: onboarding.id, content: proposal, updatedByUserId: a.userId });
  await db.repo(OnboardingEvent).insert({
    onboardingId: onboarding.id,
    taskId: null,
    kind: 'STARTED',
    userId: a.userId,
    text: null,
    fileIds: [],
    data: { templateId: template.id, startDate },
  });
  return onboarding;
}

/**
 * New-project onboarding (前期接管): start from a template, tasks with departments, survey,
 * proposal, stage gates (through portfolio's changeStage listener) and go-live provisioning.
 */
export class OnboardingService {
  private readonly portfolio: PortfolioService;

  constructor(
    portfolio: PortfolioService,
    private readonly handbooks: HandbooksService,
    private readonly frequencies: FrequenciesService,
    /** Training's count of the plan requirements go-live would start (schema.ts passes it: onboarding never imports training). */
    private readonly trainingPreview: TrainingPreview = async () => ({ employees: 0, requirements: 0 }),
  ) {
    this.portfolio = portfolio;
  }

  // ── reading ──────────────────────────────────────────────────────────────
  /** An onboarding the caller may see (its project's region); foreign ids are NOT_FOUND. */
  async get(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<Onboarding> {
    const o = await db.repo(Onboarding).getById(id);
    if (!canSeeProject(ctx.user, { id: o.projectId, regionId: o.regionId })) throw new NotFoundError('Onboarding', id);
    return o;
  }

  async forProject(ctx: RequestContext, projectId: string): Promise<Onboarding | null> {
    const o = await ctx.loaders
      .custom<string, Onboarding | null>('onboardingByProject', async (db, ids) => {
        const rows = await db
          .repo(Onboarding)
          .query('o')
          .andWhere('o.projectId IN (:...ids)', { ids: [...ids] })
          .getMany();
        return ids.map((id) => rows.find((r) => r.projectId === id) ?? null);
      })
      .load(projectId);
    return o && canSeeProject(ctx.user, { id: o.projectId, regionId: o.regionId }) ? o : null;
  }

  async list(ctx: RequestContext, args: OnboardingsArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Onboarding).query('o');
    limitToScope(qb, ctx.user, { project: 'o.projectId', region: 'o.regionId' });
    if (f.regionId) qb.andWhere('o.regionId = :regionId', { regionId: f.regionId });
    if (f.status) qb.andWhere('o.status = :status', { status: f.status });
    const sort = sortOrder(OnboardingSortField, args.sort, { field: 'createdAt', direction: 'DESC' });
    const page = await paginate(qb, { ...args, alias: 'o', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  async tasks(ctx: RequestContext, args: OnboardingTasksArgs) {
    checkPageArgs(args);
    const f = args.filter ?? { myDepartments: false, openOnly: false, lateOnly: false };
    const qb = ctx.db.repo(OnboardingTask).query('t');
    if (!seesWholeCompany(ctx.user)) {
      qb.innerJoin(Onboarding, 'o', 'o.id = t.onboardingId');
      limitToScope(qb, ctx.user, { project: 'o.projectId', region: 'o.regionId' });
    }
    const departments: string[] = [];
    if (f.departmentId) departments.push(f.departmentId);
    if (f.myDepartments) {
      const mine = await myDepartmentIds(ctx);
      departments.push(...(f.departmentId ? mine.filter((d) => d === f.departmentId) : mine));
    }
    if (f.departmentId || f.myDepartments) {
      if (departments.length === 0) qb.andWhere('1 = 0');
      else
        qb.andWhereExists(
          qb
            .subQuery()
            .from(OnboardingTaskDepartment, 'td')
            .andWhere('td.taskId = t.id AND td.departmentId IN (:...deps)', { deps: [...new Set(departments)] }),
        );
    }
    if (f.onboardingId) qb.andWhere('t.onboardingId = :onboardingId', { onboardingId: f.onboardingId });
    if (f.openOnly || f.lateOnly) qb.andWhere('t.status IN (:...open)', { open: OPEN });
    if (f.lateOnly) qb.andWhere('t.dueDate < :today', { today: today(ctx) });
    const sort = sortOrder(OnboardingTaskSortField, args.sort, { field: 'dueDate', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 't', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  /** Tasks of one onboarding in phase order (DataLoader: one query for any number of onboardings). */
  tasksOf(ctx: RequestContext, onboardingId: string): Promise<OnboardingTask[]> {
    return ctx.loaders
      .custom<string, OnboardingTask[]>('onboardingTasks', async (db, ids) => {
        const rows = await db
          .repo(OnboardingTask)
          .query('t')
          .andWhere('t.onboardingId IN (:...ids)', { ids: [...ids] })
          .orderBy('t.position', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.onboardingId === id));
      })
      .load(onboardingId);
  }

  events(ctx: RequestContext, onboardingId: string, taskId: string | null): Promise<OnboardingEvent[]> {
    const qb = ctx.db
      .repo(OnboardingEvent)
      .query('e')
      .andWhere('e.onboardingId = :oid', { oid: onboardingId })
      .orderBy('e.createdAt', 'ASC')
      .take(500);
    if (taskId) qb.andWhere('e.taskId = :tid', { tid: taskId });
    return qb.getMany();
  }

  async gate(ctx: RequestContext, o: Onboarding) {
    const project = await ctx.loaders.entity(Project).load(o.projectId);
    const stage = project?.stage ?? 'PROSPECT';
    const tasks = await this.tasksOf(ctx, o.id);
    const blockers = gateBlockers(stage, tasks);
    return {
      nextStage: o.status === 'ACTIVE' ? nextStage(stage) : null,
      phases: [...(STAGE_PHASES[stage] ?? [])],
      open: blockers.length === 0,
      blockers,
    };
  }

  /** The onboarding's site survey (batched per request for a page of tasks). */
  private surveyDoc(ctx: RequestContext, onboardingId: string, db?: TenantDb) {
    if (db && db !== ctx.db)
      return db
        .repo(SiteSurvey)
        .findOne({ onboardingId })
        .then((s) => s?.content ?? null);
    return ctx.loaders
      .custom<string, SiteSurveyDoc | null>('onboardingSurvey', async (d, ids) => {
        const rows = await d
          .repo(SiteSurvey)
          .query('s')
          .andWhere('s.onboardingId IN (:...ids)', { ids: [...ids] })
          .getMany();
        return ids.map((id) => rows.find((r) => r.onboardingId === id)?.content ?? null);
      })
      .load(onboardingId);
  }

  /** Why the caller cannot mark this task DONE now (`taskCompletionBlockers`); empty when they can. */
  async completionBlockers(ctx: RequestContext, db: TenantDb, task: OnboardingTask): Promise<TaskCompletionBlocker[]> {
    const departmentIds = await myDepartmentIds(ctx, db);
    const survey = task.deliverable === 'SITE_SURVEY' ? await this.surveyDoc(ctx, task.onboardingId, db) : null;
    return taskCompletionBlockers(task, { role: ctx.user.role, departmentIds }, survey);
  }

  /**
   * What going live would provision, computed without writing: the handbook (the project's, or
   * one from its format's template), the default inspection frequencies with their occurrences in
   * the first full month and the workload they add per assignee, and the training requirements
   * of the registered employees; warnings when it provisions nothing or doubles a workload.
   */
  async goLivePreview(ctx: RequestContext, onboardingId: string) {
    const o = await this.get(ctx, onboardingId);
    const db = ctx.db;
    const project = await db.repo(Project).getById(o.projectId);
    const property = await db.repo(Property).getById(project.propertyId);
    const existing = await db.repo(Handbook).findOne({ projectId: project.id });
    const template = existing
      ? null
      : ((await db.repo(Handbook).find({ where: { kind: 'TEMPLATE', format: property.format }, order: { name: 'ASC' } })).find(
          (t) => t.latestVersionId,
        ) ?? null);
    const month = addMonths(localTime(ctx.now(), project.timeZone, 'YYYY-MM'), 1);
    const planned = await this.frequencies.defaultsPreview(ctx, db, project, month);
    const training = await this.trainingPreview(db, project.id);
    const created = planned.frequencies.filter((f) => !f.skipped);
    const warnings: Array<{ code: string; params: Record<string, unknown> }> = [];
    if (!existing && !template) warnings.push({ code: 'NO_HANDBOOK_TEMPLATE', params: { format: property.format } });
    if (created.length === 0) warnings.push({ code: 'NO_FREQUENCIES', params: { format: property.format } });
    if (training.requirements === 0) warnings.push({ code: 'NO_TRAINING_REQUIREMENTS', params: { employees: training.employees } });
    for (const w of planned.workload)
      if (w.existing > 0 && w.added >= w.existing)
        warnings.push({
          code: 'WORKLOAD_DOUBLES',
          params: { userId: w.userId, role: w.role, month, existing: w.existing, added: w.added },
        });
    return {
      handbook: existing
        ? { action: 'KEEP', handbookId: existing.id, name: existing.name }
        : {
            action: 'CREATE',
            handbookId: null,
            name: `${project.name} 工作手册`,
            templateId: template?.id ?? null,
            templateName: template?.name ?? null,
          },
      month,
      frequencies: planned.frequencies,
      occurrencesInMonth: created.reduce((n, f) => n + f.perMonth, 0),
      workload: planned.workload,
      employees: training.employees,
      trainingRequirements: training.requirements,
      warnings,
    };
  }

  // ── starting ─────────────────────────────────────────────────────────────
  async start(ctx: RequestContext, input: StartOnboardingInput): Promise<Onboarding> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const project = await this.portfolio.getProject(ctx, input.projectId, db);
      if (await db.repo(Onboarding).exists({ projectId: project.id }))
        throw BadUserInputError.field(['input', 'projectId'], 'TAKEN', 'This project is already being onboarded');
      if (project.stage !== 'PROSPECT' || project.archivedAt) {
        throw BadUserInputError.field(['input', 'projectId'], 'INVALID_VALUE', 'Only a prospect (PROSPECT) can start onboarding', {
          stage: project.stage,
        });
      }
      const property = await db.repo(Property).getById(project.propertyId);
      let template: OnboardingTemplate | null;
      if (input.templateId) {
        template = await db.repo(OnboardingTemplate).findById(input.templateId);
        if (!template || template.archivedAt)
          throw BadUserInputError.field(['input', 'templateId'], 'NOT_FOUND', 'This template does not exist');
      } else {
        template =
          (await db.repo(OnboardingTemplate).find({ where: { format: property.format }, order: { name: 'ASC' } })).find(
            (t) => !t.archivedAt,
          ) ?? null;
        if (!template)
          throw BadUserInputError.field(['input', 'templateId'], 'REQUIRED', `There is no onboarding template for ${property.format} yet`, {
            format: property.format,
          });
      }
      const startDate = input.startDate ?? localDateIn(ctx.now(), project.timeZone);
      const onboarding = await openOnboarding(db, { project, template, startDate, userId: ctx.user.userId });
      await db.audit({
        operation: 'startOnboarding',
        entity: 'Onboarding',
        entityId: onboarding.id,
        changes: changedFields(null, onboarding, ['projectId', 'templateId', 'startDate', 'status']),
      });
      // A prospect being onboarded is in its survey stage (the same path as any stage change).
      await this.portfolio.changeStage(ctx, project.id, 'SURVEY', null, null, db);
      return onboarding;
    });
  }

  // ── tasks ────────────────────────────────────────────────────────────────
  private async mayActOn(ctx: RequestContext, db: TenantDb, task: OnboardingTask): Promise<{ manager: boolean; owner: boolean }> {
    const manager = isManager(ctx.user);
    const mine = await myDepartmentIds(ctx, db);
    const owner = mine.includes(task.ownerDepartmentId);
    if (!manager && !owner && !task.collaboratorDepartmentIds.some((d) => mine.includes(d))) {
      throw new ForbiddenError('Only members of the task’s departments, regional operations or a tenant admin may act on this task');
    }
    return { manager, owner };
  }

  private async taskFor(ctx: RequestContext, db: TenantDb, id: string): Promise<{ task: OnboardingTask; onboarding: Onboarding }> {
    const task = await db.repo(OnboardingTask).getById(id);
    const onboarding = await this.get(ctx, task.onboardingId, db).catch(() => {
      throw new NotFoundError('OnboardingTask', id);
    });
    return { task, onboarding };
  }

  async updateTask(ctx: RequestContext, id: string, input: OnboardingTaskInput, expectedVersion?: number | null): Promise<OnboardingTask> {
    return ctx.db.transaction(async (db) => {
      const { task, onboarding } = await this.taskFor(ctx, db, id);
      const { manager, owner } = await this.mayActOn(ctx, db, task);
      if (onboarding.status !== 'ACTIVE') throw BadUserInputError.field('id', 'INVALID_VALUE', 'This onboarding is finished');
      const errors: FieldError[] = [];
      const patch: Partial<OnboardingTask> = {};
      let onBehalfOf: string | null = null;
      if (input.status && input.status !== task.status && (input.status === 'DONE' || input.status === 'SKIPPED')) {
        // Closing a task is its owning department's call (an admin may, on its behalf); DONE also
        // needs the task's own checks: ticked checklist and the delivered survey filled in.
        const checklist =
          input.checklistDone?.length === task.checklist.length
            ? task.checklist.map((c, i) => ({ text: c.text, done: input.checklistDone![i]! }))
            : task.checklist;
        const blockers = await this.completionBlockers(ctx, db, Object.assign(new OnboardingTask(), task, { checklist }));
        const notOwner = blockers.find((b) => b.reason === 'NOT_OWNER_DEPARTMENT');
        if (notOwner) throw new ForbiddenError('Only members of the task’s owning department (or an admin) may close it');
        if (!(await myDepartmentIds(ctx, db)).includes(task.ownerDepartmentId)) onBehalfOf = task.ownerDepartmentId;
        if (input.status === 'DONE')
          for (const b of blockers) {
            if (b.reason === 'CHECKLIST_OPEN')
              errors.push(
                fieldError(['input', 'status'], 'CHECKLIST_OPEN', `${b.items.length} checklist item(s) are not ticked`, {
                  items: b.items,
                  count: b.items.length,
                }),
              );
            if (b.reason === 'SURVEY_INCOMPLETE')
              errors.push(
                fieldError(['input', 'status'], 'SURVEY_INCOMPLETE', `The site survey is missing: ${b.fields.join(', ')}`, {
                  fields: b.fields,
                }),
              );
          }
      }
      if (input.status && input.status !== task.status) {
        const problem = taskStatusProblem(task.required, input.status, input.skipReason);
        if (problem)
          errors.push(
            fieldError(
              ['input', input.status === 'SKIPPED' && !task.required ? 'skipReason' : 'status'],
              input.status === 'SKIPPED' && !task.required ? 'REQUIRED' : 'INVALID_VALUE',
              problem,
            ),
          );
        patch.status = input.status;
        patch.skipReason = input.status === 'SKIPPED' ? (input.skipReason?.trim() ?? null) : null;
        patch.completedAt = input.status === 'DONE' ? ctx.now() : null;
      }
      if (input.unassign || input.assigneeUserId) {
        if (!manager && !owner)
          errors.push(
            fieldError(
              ['input', 'assigneeUserId'],
              'INVALID_VALUE',
              'Only the owning department, regional operations or an admin may assign this task',
            ),
          );
        else if (input.unassign) patch.assigneeUserId = null;
        else if (input.assigneeUserId !== task.assigneeUserId) {
          const inDept = await db.repo(DepartmentMember).exists({ departmentId: task.ownerDepartmentId, userId: input.assigneeUserId! });
          const [member] = await db.members([input.assigneeUserId!]);
          if (!inDept || !member?.membership.active)
            errors.push(
              fieldError(['input', 'assigneeUserId'], 'INVALID_VALUE', 'The assignee must be an active member of the owning department'),
            );
          else patch.assigneeUserId = input.assigneeUserId!;
        }
      }
      if (input.dueDate && input.dueDate !== task.dueDate) {
        if (!manager)
          errors.push(fieldError(['input', 'dueDate'], 'INVALID_VALUE', 'Only regional operations or an admin may move a due date'));
        else if (input.dueDate < onboarding.startDate)
          errors.push(
            fieldError(['input', 'dueDate'], 'DATE_ORDER', 'A task cannot be due before the onboarding starts', {
              min: onboarding.startDate,
            }),
          );
        else patch.dueDate = input.dueDate;
      }
      if (input.checklistDone) {
        if (input.checklistDone.length !== task.checklist.length)
          errors.push(
            fieldError(['input', 'checklistDone'], 'INVALID_VALUE', `Give one tick per checklist item (${task.checklist.length})`, {
              count: task.checklist.length,
            }),
          );
        else patch.checklist = task.checklist.map((c, i) => ({ text: c.text, done: input.checklistDone![i]! }));
      }
      throwIfAny(errors);
      if (Object.keys(patch).length === 0) return task;
      const after = await db.repo(OnboardingTask).update(id, patch, expectedVersion ?? undefined);
      if (patch.status)
        await this.event(db, ctx, onboarding.id, id, 'STATUS', patch.skipReason ?? null, {
          from: task.status,
          to: patch.status,
          // An admin closing another department's task: recorded as done on its behalf.
          ...(onBehalfOf && (patch.status === 'DONE' || patch.status === 'SKIPPED') ? { onBehalfOfDepartmentId: onBehalfOf } : {}),
        });
      if ('assigneeUserId' in patch)
        await this.event(db, ctx, onboarding.id, id, 'ASSIGN', null, { from: task.assigneeUserId, to: patch.assigneeUserId });
      if (patch.assigneeUserId)
        await ctx.events.emit(db, ctx.now(), {
          kind: 'ONBOARDING_TASK_ASSIGNED',
          entity: { type: 'OnboardingTask', id },
          params: {
            task: after.title,
            project: (await db.repo(Project).findById(after.projectId))?.name ?? null,
            dueDate: after.dueDate,
            onboardingId: onboarding.id,
          },
          to: [{ users: [patch.assigneeUserId] }],
        });
      await db.audit({
        operation: 'updateOnboardingTask',
        entity: 'OnboardingTask',
        entityId: id,
        record: { entity: 'Onboarding', id: onboarding.id },
        changes: {
          ...changedFields(task, after, ['status', 'skipReason', 'assigneeUserId', 'dueDate', 'checklist']),
          ...(onBehalfOf && patch.status ? { onBehalfOfDepartmentId: { from: null, to: onBehalfOf } } : {}),
        },
      });
      return after;
    });
  }

  /** A comment on a task, optionally with files the caller uploaded (POST /uploads). */
  async comment(ctx: RequestContext, taskId: string, text: string, fileIds: string[]): Promise<OnboardingEvent> {
    return ctx.db.transaction(async (db) => {
      const { task, onboarding } = await this.taskFor(ctx, db, taskId);
      await this.mayActOn(ctx, db, task);
      // Photos and documents (survey reports, drawings as PDF …), the commenter's own uploads.
      throwIfAny(await checkEvidenceRefs(db, [{ path: ['fileIds'], ids: fileIds }], ctx.user.userId, { documents: true }));
      const e = await this.event(db, ctx, onboarding.id, task.id, 'COMMENT', text.trim(), null, fileIds);
      await db.audit({
        operation: 'commentOnboardingTask',
        entity: 'OnboardingTask',
        entityId: task.id,
        record: { entity: 'Onboarding', id: onboarding.id },
        changes: { comment: { from: null, to: e.id } },
      });
      return e;
    });
  }

  // ── survey and proposal ──────────────────────────────────────────────────
  /** Managers, or members of a department with a task in this phase. */
  private async requireWriter(ctx: RequestContext, db: TenantDb, o: Onboarding, phase: OnboardingPhase): Promise<void> {
    if (isManager(ctx.user)) return;
    const mine = await myDepartmentIds(ctx, db);
    const tasks = await db.repo(OnboardingTask).find({ where: { onboardingId: o.id, phase } });
    if (!tasks.some((t) => mine.includes(t.ownerDepartmentId) || t.collaboratorDepartmentIds.some((d) => mine.includes(d)))) {
      throw new ForbiddenError('Only departments with a task in this phase, regional operations or an admin may edit this');
    }
  }

  private async checkPositions(db: TenantDb, rows: Array<{ positionId: string }>, path: string[]): Promise<FieldError[]> {
    const found = new Set((await db.repo(Position).findByIds(rows.map((r) => r.positionId))).filter((p) => !p.archivedAt).map((p) => p.id));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (!found.has(r.positionId))
        errors.push(fieldError([...path, String(i), 'positionId'], 'NOT_FOUND', 'This position does not exist'));
      else if (seen.has(r.positionId)) errors.push(fieldError([...path, String(i), 'positionId'], 'TAKEN', 'This position appears twice'));
      seen.add(r.positionId);
    });
    return errors;
  }

  async survey(ctx: RequestContext, onboardingId: string): Promise<SiteSurvey | null> {
    return ctx.db.repo(SiteSurvey).findOne({ onboardingId });
  }

  async saveSurvey(
    ctx: RequestContext,
    onboardingId: string,
    input: SiteSurveyInput,
    expectedVersion?: number | null,
  ): Promise<SiteSurvey> {
    return ctx.db.transaction(async (db) => {
      const o = await this.get(ctx, onboardingId, db);
      await this.requireWriter(ctx, db, o, 'SITE_SURVEY');
      if (o.status !== 'ACTIVE') throw BadUserInputError.field('onboardingId', 'INVALID_VALUE', 'This onboarding is finished');
      const errors = await this.checkPositions(db, input.staffing, ['input', 'staffing']);
      if (input.surveyedOn && input.surveyedOn > today(ctx))
        errors.push(fieldError(['input', 'surveyedOn'], 'DATE_ORDER', 'The survey date cannot be in the future'));
      const names = new Set<string>();
      input.areas.forEach((a, i) => {
        if (names.has(a.name.trim())) errors.push(fieldError(['input', 'areas', String(i), 'name'], 'TAKEN', 'This area appears twice'));
        names.add(a.name.trim());
      });
      throwIfAny(errors);
      const content: SiteSurveyDoc = {
        surveyedOn: input.surveyedOn ?? null,
        areas: input.areas.map((a) => ({ name: a.name.trim(), squareMeters: a.squareMeters, note: a.note?.trim() || null })),
        facilities: input.facilities.map((f) => ({ name: f.name.trim(), quantity: f.quantity, condition: f.condition?.trim() || null })),
        staffing: input.staffing.map((s) => ({ positionId: s.positionId, headcount: s.headcount })),
        risks: input.risks.map((r) => ({ description: r.description.trim(), level: r.level, mitigation: r.mitigation?.trim() || null })),
        summary: input.summary?.trim() || null,
      };
      const before = await db.repo(SiteSurvey).findOne({ onboardingId });
      if (!before && expectedVersion != null) throw BadUserInputError.field('expectedVersion', 'INVALID_VALUE', 'There is no survey yet');
      const after = before
        ? await db.repo(SiteSurvey).update(before.id, { content, updatedByUserId: ctx.user.userId }, expectedVersion ?? undefined)
        : await db.repo(SiteSurvey).insert({ onboardingId, content, updatedByUserId: ctx.user.userId });
      await this.event(db, ctx, o.id, null, 'SURVEY', null, null);
      await db.audit({
        operation: 'saveSiteSurvey',
        entity: 'SiteSurvey',
        entityId: after.id,
        record: { entity: 'Onboarding', id: o.id },
        changes: changedFields(before, after, ['content']),
      });
      return after;
    });
  }

  proposal(ctx: RequestContext, onboardingId: string): Promise<ServiceProposal | null> {
    return ctx.db.repo(ServiceProposal).findOne({ onboardingId });
  }

  async saveProposal(
    ctx: RequestContext,
    onboardingId: string,
    input: ServiceProposalInput,
    expectedVersion?: number | null,
  ): Promise<ServiceProposal> {
    return ctx.db.transaction(async (db) => {
      const o = await this.get(ctx, onboardingId, db);
      await this.requireWriter(ctx, db, o, 'SERVICE_PROPOSAL');
      if (o.status !== 'ACTIVE') throw BadUserInputError.field('onboardingId', 'INVALID_VALUE', 'This onboarding is finished');
      const errors = await this.checkPositions(db, input.staffing, ['input', 'staffing']);
      const textLength = input.title.length + input.sections.reduce((n, s) => n + s.title.length + s.body.length, 0);
      if (textLength > PROPOSAL_TEXT_MAX)
        errors.push(
          fieldError(['input', 'sections'], 'TOO_LONG', `The proposal may hold at most ${PROPOSAL_TEXT_MAX} characters in all`, {
            max: PROPOSAL_TEXT_MAX,
          }),
        );
      throwIfAny(errors);
      const before = await db.repo(ServiceProposal).findOne({ onboardingId });
      const content: ServiceProposalDoc = {
        title: input.title.trim(),
        sections: input.sections.map((s) => ({ key: s.key || randomUUID(), title: s.title.trim(), body: s.body })),
        staffing: input.staffing.map((s) => ({
          positionId: s.positionId,
          headcount: s.headcount,
          monthlyCostPerHead: s.monthlyCostPerHead,
        })),
        otherCosts: input.otherCosts.map((c) => ({ item: c.item.trim(), monthlyAmount: c.monthlyAmount })),
      };
      const after = before
        ? await db.repo(ServiceProposal).update(before.id, { content, updatedByUserId: ctx.user.userId }, expectedVersion ?? undefined)
        : await db.repo(ServiceProposal).insert({ onboardingId, content, updatedByUserId: ctx.user.userId });
      await this.event(db, ctx, o.id, null, 'PROPOSAL', null, null);
      await db.audit({
        operation: 'saveServiceProposal',
        entity: 'ServiceProposal',
        entityId: after.id,
        record: { entity: 'Onboarding', id: o.id },
        changes: changedFields(before, after, ['content']),
      });
      return after;
    });
  }

  // ── stage gates and go-live ──────────────────────────────────────────────
  /** Moves the project to its next stage (portfolio's changeStage, so the gate is the same rule). */
  async advance(
    ctx: RequestContext,
    onboardingId: string,
    overrideReason: string | null,
    expectedProjectVersion?: number | null,
  ): Promise<Onboarding> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const o = await this.get(ctx, onboardingId, db);
      if (o.status !== 'ACTIVE') throw BadUserInputError.field('id', 'INVALID_VALUE', 'This onboarding is finished');
      const project = await db.repo(Project).getById(o.projectId);
      const next = nextStage(project.stage);
      if (!next) throw BadUserInputError.field('id', 'INVALID_TRANSITION', `A project in ${project.stage} has no next stage`);
      await this.portfolio.changeStage(ctx, project.id, next, expectedProjectVersion ?? null, overrideReason, db);
      return db.repo(Onboarding).getById(o.id);
    });
  }

  /**
   * Portfolio's stage listener: the one place the gate is enforced. For a project under an
   * ACTIVE onboarding, leaving a stage needs its phases' required tasks DONE, or a TENANT_ADMIN's
   * override with a reason (recorded). Going live provisions the handbook and the default
   * inspection frequencies in the same transaction; exiting cancels the onboarding.
   */
  readonly onStageChange: ProjectStageListener = async (ctx, db, { before, after, overrideReason }) => {
    const o = await db.repo(Onboarding).findOne({ projectId: after.id });
    if (!o || o.status !== 'ACTIVE' || before.stage === after.stage) return;
    if (after.stage === 'EXITED') {
      await db.repo(Onboarding).update(o.id, { status: 'CANCELLED', completedAt: ctx.now() });
      await this.event(db, ctx, o.id, null, 'CANCELLED', null, { from: before.stage, to: after.stage });
      return;
    }
    const tasks = await db.repo(OnboardingTask).find({ where: { onboardingId: o.id } });
    const blockers = gateBlockers(before.stage, tasks);
    const reason = overrideReason?.trim() || null;
    if (blockers.length > 0) {
      if (!reason) {
        throw BadUserInputError.field('stage', 'INVALID_TRANSITION', `${blockers.length} required task(s) of this stage are not done`, {
          gate: before.stage,
          blockers: blockers.map((b) => b.title),
          count: blockers.length,
        });
      }
      if (!GATE_OVERRIDERS.includes(ctx.user.role))
        throw new ForbiddenError('Only a tenant admin may pass a stage gate with open required tasks');
      if (reason.length < R.reason.min || reason.length > R.reason.max) {
        throw BadUserInputError.field(
          'overrideReason',
          reason.length < R.reason.min ? 'TOO_SHORT' : 'TOO_LONG',
          'Give the reason for the override',
          { min: R.reason.min, max: R.reason.max },
        );
      }
      await this.event(db, ctx, o.id, null, 'OVERRIDE', reason, {
        from: before.stage,
        to: after.stage,
        blockers: blockers.map((b) => b.id),
      });
      await db.audit({
        operation: 'overrideOnboardingGate',
        entity: 'Onboarding',
        entityId: o.id,
        changes: { stage: { from: before.stage, to: after.stage }, overrideReason: { from: null, to: reason } },
      });
    }
    await this.event(db, ctx, o.id, null, 'STAGE', null, { from: before.stage, to: after.stage });
    if (after.stage === 'OPERATING') await this.goLive(ctx, db, o);
  };

  private async goLive(ctx: RequestContext, db: TenantDb, o: Onboarding): Promise<void> {
    let handbook = await db.repo(Handbook).findOne({ projectId: o.projectId });
    handbook ??= await this.handbooks.createForProjectIn(ctx, db, o.projectId);
    let frequencyCount = 0;
    try {
      frequencyCount = (await this.frequencies.applyDefaultsIn(ctx, db, o.projectId, null)).created.length;
    } catch (e) {
      // No defaults for this format: nothing to schedule (the planners add frequencies later).
      if (!(e instanceof BadUserInputError)) throw e;
    }
    // Training's own stage listener (registered before this one in schema.ts) has synced the
    // plan requirements of the project's employees; count them for the summary.
    const requirementCount = await db
      .repo(TrainingRequirement)
      .query('r')
      .innerJoin(Employee, 'e', 'e.id = r.employeeId')
      .andWhere('e.projectId = :pid', { pid: o.projectId })
      .getCount();
    const after = await db
      .repo(Onboarding)
      .update(o.id, { status: 'COMPLETED', completedAt: ctx.now(), handbookId: handbook.id, frequencyCount, requirementCount });
    await this.event(db, ctx, o.id, null, 'GO_LIVE', null, { handbookId: handbook.id, frequencyCount, requirementCount });
    await db.audit({
      operation: 'goLiveOnboarding',
      entity: 'Onboarding',
      entityId: o.id,
      changes: changedFields(o, after, ['status', 'handbookId', 'frequencyCount', 'requirementCount']),
    });
  }

  // ── dashboard ────────────────────────────────────────────────────────────
  async dashboard(ctx: RequestContext, regionId: string | null) {
    const scope = <T extends object>(qb: SelectQueryBuilder<T>, alias: string) => {
      limitToScope(qb, ctx.user, { project: `${alias}.projectId`, region: `${alias}.regionId` });
      if (regionId) qb.andWhere(`${alias}.regionId = :regionId`, { regionId });
      return qb;
    };
    const now = today(ctx);
    const since = new Date(ctx.now().getTime() - 90 * 24 * 3600 * 1000);
    const pipelineRows = await scope(ctx.db.repo(Onboarding).query('o'), 'o')
      .innerJoin(Project, 'p', 'p.id = o.projectId')
      .select(['o.regionId AS regionId', 'p.stage AS stage', 'o.status AS status', 'COUNT(*) AS n'])
      .andWhere(
        new Brackets((w) => w.where("o.status = 'ACTIVE'").orWhere("o.status = 'COMPLETED' AND o.completedAt >= :since", { since })),
      )
      .groupBy('o.regionId')
      .addGroupBy('p.stage')
      .addGroupBy('o.status')
      .getRawMany<{ regionId: string; stage: ProjectStage; status: string; n: number | string }>();
    const pipeline = new Map<string, { regionId: string; survey: number; proposal: number; takeover: number; live: number }>();
    for (const r of pipelineRows) {
      const row = pipeline.get(r.regionId) ?? { regionId: r.regionId, survey: 0, proposal: 0, takeover: 0, live: 0 };
      const n = Number(r.n);
      if (r.status === 'COMPLETED') row.live += n;
      else if (r.stage === 'SURVEY') row.survey += n;
      else if (r.stage === 'PROPOSAL') row.proposal += n;
      else if (r.stage === 'TAKEOVER') row.takeover += n;
      pipeline.set(r.regionId, row);
    }
    const lateQb = scope(ctx.db.repo(OnboardingTask).query('t').innerJoin(Onboarding, 'o', 'o.id = t.onboardingId'), 'o')
      .andWhere("o.status = 'ACTIVE'")
      .andWhere('t.status IN (:...open)', { open: OPEN })
      .andWhere('t.dueDate < :now', { now });
    const [lateTasks, lateCount] = await lateQb.orderBy('t.dueDate', 'ASC').addOrderBy('t.id', 'ASC').take(20).getManyAndCount();
    const byDept = await scope(
      ctx.db
        .repo(OnboardingTaskDepartment)
        .query('td')
        .innerJoin(OnboardingTask, 't', 't.id = td.taskId')
        .innerJoin(Onboarding, 'o', 'o.id = t.onboardingId'),
      'o',
    )
      .select(['td.departmentId AS departmentId', 'COUNT(*) AS open', `SUM(CASE WHEN t.dueDate < :now THEN 1 ELSE 0 END) AS late`])
      .setParameter('now', now)
      .andWhere("o.status = 'ACTIVE'")
      .andWhere('t.status IN (:...open)', { open: OPEN })
      .groupBy('td.departmentId')
      .getRawMany<{ departmentId: string; open: number | string; late: number | string | null }>();
    return {
      pipeline: [...pipeline.values()],
      lateTasks,
      lateCount,
      openByDepartment: byDept.map((r) => ({ departmentId: r.departmentId, open: Number(r.open), late: Number(r.late ?? 0) })),
    };
  }

  // ── helpers ──────────────────────────────────────────────────────────────
  private event(
    db: TenantDb,
    ctx: RequestContext,
    onboardingId: string,
    taskId: string | null,
    kind: OnboardingEventKind,
    text: string | null,
    data: Record<string, unknown> | null,
    fileIds: string[] = [],
  ): Promise<OnboardingEvent> {
    return db.repo(OnboardingEvent).insert({ onboardingId, taskId, kind, userId: ctx.user.userId, text, fileIds, data });
  }
}
