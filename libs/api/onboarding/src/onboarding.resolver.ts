import {
  Department,
  DepartmentMember,
  Duty,
  Onboarding,
  OnboardingEvent,
  OnboardingTask,
  OnboardingTemplate,
  Project,
  Region,
  ServiceProposal,
  SiteSurvey,
  type User,
} from '@pinzhi/db';
import { BadUserInputError, pageComplexity, type FieldReason, type RequestContext } from '@pinzhi/api-core';
import { ProjectType, PropertyFormatEnum, RegionType } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import {
  DEPARTMENT_MANAGERS,
  ONBOARDING_MANAGERS,
  ONBOARDING_RULES as R,
  proposalMonthlyCost,
  isTaskLate,
  type PropertyFormat,
} from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { myDepartmentIds, today } from './access';
import { DepartmentsService } from './departments.service';
import {
  DepartmentInput,
  DutyInput,
  OnboardingTaskInput,
  OnboardingTasksArgs,
  OnboardingTemplateInput,
  OnboardingsArgs,
  ServiceProposalInput,
  SiteSurveyInput,
  StartOnboardingInput,
} from './inputs';
import { OnboardingService } from './onboarding.service';
import {
  DepartmentTaskCountType,
  DepartmentType,
  DutyType,
  GateStatusType,
  GoLivePreviewType,
  OnboardingConnection,
  OnboardingDashboardType,
  OnboardingEventType,
  OnboardingTaskConnection,
  OnboardingTaskType,
  OnboardingTemplateType,
  OnboardingType,
  PipelineRowType,
  ServiceProposalType,
  SiteSurveyType,
  TaskCompletionBlockerType,
} from './types';

const ADMINS = [...DEPARTMENT_MANAGERS];
const MANAGERS = [...ONBOARDING_MANAGERS];

const departmentsByIds = (ctx: RequestContext, ids: string[]) =>
  ctx.loaders
    .entity(Department)
    .loadMany(ids)
    .then((rows) => rows.filter((r): r is Department => !!r && !(r instanceof Error)));

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  constructor(private readonly service: DepartmentsService) {}

  @Authorized()
  @Query(() => [DepartmentType], { description: 'The company’s departments (部门), in display order' })
  departments(@Arg('includeArchived', { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: RequestContext) {
    return this.service.departments(ctx, includeArchived);
  }

  @Authorized()
  @Query(() => [DepartmentType], { description: 'The departments the caller belongs to' })
  async myDepartments(@Ctx() ctx: RequestContext) {
    return departmentsByIds(ctx, await myDepartmentIds(ctx));
  }

  @Authorized(ADMINS)
  @Mutation(() => DepartmentType)
  createDepartment(@Arg('input') input: DepartmentInput, @Ctx() ctx: RequestContext) {
    return this.service.saveDepartment(ctx, null, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => DepartmentType)
  updateDepartment(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: DepartmentInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveDepartment(ctx, id, input, expectedVersion);
  }

  @Authorized(ADMINS)
  @Mutation(() => DepartmentType)
  archiveDepartment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.archiveDepartment(ctx, id);
  }

  @Authorized(ADMINS)
  @Mutation(() => DepartmentType, {
    description: 'Replaces the members (active members of the company; a person may be in several departments)',
  })
  setDepartmentMembers(@Arg('id', () => ID) id: string, @Arg('userIds', () => [ID]) userIds: string[], @Ctx() ctx: RequestContext) {
    return this.service.setMembers(ctx, id, userIds);
  }

  @FieldResolver(() => [UserType])
  async members(@Root() d: Department, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders
      .custom<string, DepartmentMember[]>('departmentMembers', async (db, ids) => {
        const all = await db
          .repo(DepartmentMember)
          .query('m')
          .andWhere('m.departmentId IN (:...ids)', { ids: [...ids] })
          .getMany();
        return ids.map((id) => all.filter((m) => m.departmentId === id));
      })
      .load(d.id);
    const users = await ctx.loaders.users.loadMany(rows.map((r) => r.userId));
    return users.filter((u): u is User => !!u && !(u instanceof Error)).sort((a, b) => a.displayName.localeCompare(b.displayName));
  }
}

@Resolver(() => DutyType)
export class DutyResolver {
  constructor(private readonly service: DepartmentsService) {}

  @Authorized()
  @Query(() => [DutyType], { description: 'The duty matrix: duties with their owning and collaborating departments' })
  duties(@Ctx() ctx: RequestContext) {
    return this.service.duties(ctx);
  }

  @Authorized(ADMINS)
  @Mutation(() => DutyType)
  createDuty(@Arg('input') input: DutyInput, @Ctx() ctx: RequestContext) {
    return this.service.saveDuty(ctx, null, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => DutyType)
  updateDuty(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: DutyInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveDuty(ctx, id, input, expectedVersion);
  }

  @Authorized(ADMINS)
  @Mutation(() => DutyType)
  archiveDuty(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.archiveDuty(ctx, id);
  }

  @FieldResolver(() => DepartmentType, { nullable: true })
  owner(@Root() d: Duty, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Department).load(d.ownerDepartmentId);
  }

  @FieldResolver(() => [DepartmentType])
  collaborators(@Root() d: Duty, @Ctx() ctx: RequestContext) {
    return departmentsByIds(ctx, d.collaboratorDepartmentIds);
  }
}

@Resolver(() => OnboardingTemplateType)
export class OnboardingTemplateResolver {
  constructor(private readonly service: DepartmentsService) {}

  @Authorized()
  @Query(() => [OnboardingTemplateType], { description: '接管模板, by format and name' })
  onboardingTemplates(
    @Arg('format', () => PropertyFormatEnum, { nullable: true }) format: PropertyFormat | null,
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.templates(ctx, format, includeArchived);
  }

  @Authorized()
  @Query(() => OnboardingTemplateType)
  onboardingTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.template(ctx, id);
  }

  @Authorized(MANAGERS)
  @Mutation(() => OnboardingTemplateType)
  createOnboardingTemplate(@Arg('input') input: OnboardingTemplateInput, @Ctx() ctx: RequestContext) {
    return this.service.saveTemplate(ctx, null, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => OnboardingTemplateType, { description: 'Saved whole; onboardings already started keep their tasks' })
  updateOnboardingTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: OnboardingTemplateInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveTemplate(ctx, id, input, expectedVersion);
  }

  @Authorized(MANAGERS)
  @Mutation(() => OnboardingTemplateType)
  archiveOnboardingTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.archiveTemplate(ctx, id);
  }
}

@Resolver(() => OnboardingType)
export class OnboardingResolver {
  constructor(private readonly service: OnboardingService) {}

  @Authorized()
  @Query(() => OnboardingConnection, { complexity: pageComplexity, description: 'Onboardings, newest first (REGIONAL_OPS: their regions)' })
  onboardings(@Args() args: OnboardingsArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => OnboardingType)
  onboarding(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Query(() => OnboardingDashboardType, { description: 'Pipeline per region, late tasks, open tasks per department' })
  onboardingDashboard(@Arg('regionId', () => ID, { nullable: true }) regionId: string | null, @Ctx() ctx: RequestContext) {
    return this.service.dashboard(ctx, regionId);
  }

  @Authorized(MANAGERS)
  @Mutation(() => OnboardingType, {
    description: 'Starts onboarding of a PROSPECT from its format’s template; the project moves to SURVEY',
  })
  startOnboarding(@Arg('input') input: StartOnboardingInput, @Ctx() ctx: RequestContext) {
    return this.service.start(ctx, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => OnboardingType, {
    description:
      'Moves the project to its next stage when the gate is open; a TENANT_ADMIN may pass a closed gate with overrideReason. TAKEOVER → OPERATING goes live.',
  })
  advanceOnboarding(
    @Arg('id', () => ID) id: string,
    @Arg('overrideReason', () => String, { nullable: true }) overrideReason: string | null,
    @Arg('expectedProjectVersion', () => Int, { nullable: true }) expectedProjectVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.advance(ctx, id, overrideReason, expectedProjectVersion);
  }

  @Authorized()
  @Mutation(() => SiteSurveyType)
  saveSiteSurvey(
    @Arg('onboardingId', () => ID) onboardingId: string,
    @Arg('input') input: SiteSurveyInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveSurvey(ctx, onboardingId, input, expectedVersion).then(surveyView);
  }

  @Authorized()
  @Mutation(() => ServiceProposalType)
  saveServiceProposal(
    @Arg('onboardingId', () => ID) onboardingId: string,
    @Arg('input') input: ServiceProposalInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveProposal(ctx, onboardingId, input, expectedVersion).then(proposalView);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(o.projectId);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(o.regionId);
  }

  @FieldResolver(() => OnboardingTemplateType, { nullable: true })
  template(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    return o.templateId ? ctx.loaders.entity(OnboardingTemplate).load(o.templateId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  startedBy(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(o.startedByUserId);
  }

  @FieldResolver(() => [OnboardingTaskType], { description: 'In phase order' })
  tasks(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    return this.service.tasksOf(ctx, o.id);
  }

  @FieldResolver(() => GateStatusType, { description: 'Whether the project may leave its current stage' })
  gate(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    return this.service.gate(ctx, o);
  }

  @FieldResolver(() => GoLivePreviewType, {
    nullable: true,
    description:
      'What going live would provision (handbook, inspection frequencies and their occurrences, workload, training requirements) with warnings; null once finished',
  })
  goLivePreview(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    return o.status === 'ACTIVE' ? this.service.goLivePreview(ctx, o.id) : null;
  }

  @FieldResolver(() => SiteSurveyType, { nullable: true })
  async survey(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    const s = await this.service.survey(ctx, o.id);
    return s ? surveyView(s) : null;
  }

  @FieldResolver(() => ServiceProposalType, { nullable: true })
  async proposal(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    const p = await this.service.proposal(ctx, o.id);
    return p ? proposalView(p) : null;
  }

  @FieldResolver(() => [OnboardingEventType], { description: 'The whole history, oldest first (at most 500)' })
  async events(@Root() o: Onboarding, @Ctx() ctx: RequestContext) {
    return (await this.service.events(ctx, o.id, null)).map(eventView);
  }
}

function surveyView(s: SiteSurvey) {
  return { id: s.id, ...s.content, updatedAt: s.updatedAt, version: s.version };
}
function proposalView(p: ServiceProposal) {
  return { id: p.id, ...p.content, monthlyCost: proposalMonthlyCost(p.content), updatedAt: p.updatedAt, version: p.version };
}
function eventView(e: OnboardingEvent) {
  return { ...e, dataJson: e.data ? JSON.stringify(e.data) : null };
}

@Resolver(() => OnboardingTaskType)
export class OnboardingTaskResolver {
  constructor(private readonly service: OnboardingService) {}

  @Authorized()
  @Query(() => OnboardingTaskConnection, {
    complexity: pageComplexity,
    description: 'Onboarding tasks by due date; filter.myDepartments = every task a department of the caller owns or collaborates on',
  })
  onboardingTasks(@Args() args: OnboardingTasksArgs, @Ctx() ctx: RequestContext) {
    return this.service.tasks(ctx, args);
  }

  @Authorized()
  @Mutation(() => OnboardingTaskType, {
    description: 'Status, assignee, due date, checklist ticks (departments of the task, regional operations, admin)',
  })
  updateOnboardingTask(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: OnboardingTaskInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.updateTask(ctx, id, input, expectedVersion);
  }

  @Authorized()
  @Mutation(() => OnboardingEventType, { description: 'A comment with optional attachments (your own uploads from POST /uploads)' })
  async commentOnboardingTask(
    @Arg('id', () => ID) id: string,
    @Arg('text') text: string,
    @Arg('fileIds', () => [ID], { defaultValue: [] }) fileIds: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return eventView(await this.service.comment(ctx, id, checkComment(text), checkFileIds(fileIds)));
  }

  @FieldResolver(() => OnboardingType, { nullable: true })
  onboarding(@Root() t: OnboardingTask, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Onboarding).load(t.onboardingId);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() t: OnboardingTask, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(t.projectId);
  }

  @FieldResolver(() => DepartmentType, { nullable: true })
  owner(@Root() t: OnboardingTask, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Department).load(t.ownerDepartmentId);
  }

  @FieldResolver(() => [DepartmentType])
  collaborators(@Root() t: OnboardingTask, @Ctx() ctx: RequestContext) {
    return departmentsByIds(ctx, t.collaboratorDepartmentIds);
  }

  @FieldResolver(() => UserType, { nullable: true })
  assignee(@Root() t: OnboardingTask, @Ctx() ctx: RequestContext) {
    return t.assigneeUserId ? ctx.loaders.users.load(t.assigneeUserId) : null;
  }

  @FieldResolver(() => [TaskCompletionBlockerType], {
    description:
      'Why the caller cannot mark it DONE now (not of the owning department, open checklist items, empty survey fields); empty: they can',
  })
  async completionBlockers(@Root() t: OnboardingTask, @Ctx() ctx: RequestContext) {
    const blockers = await this.service.completionBlockers(ctx, ctx.db, t);
    return blockers.map((b) => ({
      reason: b.reason,
      items: b.reason === 'CHECKLIST_OPEN' ? b.items : [],
      fields: b.reason === 'SURVEY_INCOMPLETE' ? b.fields : [],
      departmentId: b.reason === 'NOT_OWNER_DEPARTMENT' ? b.department : null,
    }));
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date (today in Asia/Shanghai)' })
  late(@Root() t: OnboardingTask, @Ctx() ctx: RequestContext) {
    return isTaskLate(t, today(ctx));
  }

  @FieldResolver(() => [OnboardingEventType], { description: 'Comments and changes of this task, oldest first' })
  async events(@Root() t: OnboardingTask, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders
      .custom<string, OnboardingEvent[]>('taskEvents', async (db, ids) => {
        const all = await db
          .repo(OnboardingEvent)
          .query('e')
          .andWhere('e.taskId IN (:...ids)', { ids: [...ids] })
          .orderBy('e.createdAt', 'ASC')
          .getMany();
        return ids.map((id) => all.filter((e) => e.taskId === id));
      })
      .load(t.id);
    return rows.map(eventView);
  }
}

/** Checks of commentOnboardingTask's scalar arguments, with field paths like an input type's. */
function checkComment(text: string): string {
  const t = text.trim();
  if (!t) throw BadInput('text', 'REQUIRED', 'Write a comment');
  if (t.length > R.comment.max) throw BadInput('text', 'TOO_LONG', `At most ${R.comment.max} characters`, { max: R.comment.max });
  return t;
}
function checkFileIds(ids: string[]): string[] {
  if (ids.length > 10) throw BadInput('fileIds', 'TOO_LONG', 'At most 10 files', { max: 10 });
  const bad = ids.findIndex((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
  if (bad >= 0) throw BadInput(`fileIds.${bad}`, 'INVALID_FORMAT', 'Not a file id');
  return ids;
}
const BadInput = (path: string, reason: FieldReason, message: string, params?: Record<string, unknown>) =>
  BadUserInputError.field(path, reason, message, params);

@Resolver(() => PipelineRowType)
export class PipelineRowResolver {
  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() r: PipelineRowType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(r.regionId);
  }
}

@Resolver(() => DepartmentTaskCountType)
export class DepartmentTaskCountResolver {
  @FieldResolver(() => DepartmentType, { nullable: true })
  department(@Root() r: DepartmentTaskCountType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Department).load(r.departmentId);
  }
}

/** A project's onboarding on the Project type. */
@Resolver(() => ProjectType)
export class ProjectOnboardingResolver {
  constructor(private readonly service: OnboardingService) {}

  @FieldResolver(() => OnboardingType, { nullable: true })
  onboarding(@Root() p: ProjectType, @Ctx() ctx: RequestContext) {
    return this.service.forProject(ctx, p.id);
  }
}
