import {
  Course,
  Employee,
  EvidenceFile,
  HandbookVersion,
  Handbook,
  Position,
  Project,
  Region,
  Standard,
  TrainingEnrolment,
  TrainingRequirement,
  TrainingSession,
  type TrainingPlan,
  type TrainingPlanItem,
} from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType, RegionType } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import { HandbookType, HandbookVersionType, StandardType } from '@pinzhi/api-handbooks';
import { TRAINING_MANAGERS, COURSE_EDITORS, requirementStatus, type RequirementStatus } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isReader, today } from './access';
import { importEmployees } from './excel';
import {
  AttendanceEntryInput,
  CourseInput,
  EmployeeInput,
  EmployeesArgs,
  PositionInput,
  TrainingCoverageArgs,
  TrainingPlanFilter,
  TrainingPlanInput,
  TrainingRequirementsArgs,
  TrainingSessionInput,
  TrainingSessionsArgs,
} from './inputs';
import { SessionsService } from './sessions.service';
import { TrainingService } from './training.service';
import {
  CourseAttachmentFileType,
  CourseAttachmentType,
  CourseType,
  EmployeeConnection,
  EmployeeImportReportType,
  EmployeeType,
  PositionType,
  RequirementStatusEnum,
  TrainingCoverageRowType,
  TrainingEnrolmentType,
  TrainingPlanItemType,
  TrainingPlanType,
  TrainingRecordType,
  TrainingRequirementConnection,
  TrainingRequirementType,
  TrainingSessionConnection,
  TrainingSessionType,
  TrainingTrainerType,
} from './types';

const MANAGERS = [...TRAINING_MANAGERS];
const EDITORS = [...COURSE_EDITORS];

@Resolver(() => PositionType)
export class PositionResolver {
  constructor(private readonly service: TrainingService) {}

  @Authorized()
  @Query(() => [PositionType], { description: 'The company’s positions (岗位), by name (at most 200)' })
  positions(@Arg('includeArchived', { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: RequestContext) {
    return this.service.positions(ctx, includeArchived);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PositionType)
  createPosition(@Arg('input') input: PositionInput, @Ctx() ctx: RequestContext) {
    return this.service.savePosition(ctx, null, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PositionType)
  updatePosition(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: PositionInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.savePosition(ctx, id, input, expectedVersion);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PositionType, { description: 'Refused while active employees hold it' })
  archivePosition(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.archivePosition(ctx, id);
  }
}

@Resolver(() => EmployeeType)
export class EmployeeResolver {
  constructor(private readonly service: TrainingService) {}

  @Authorized()
  @Query(() => EmployeeConnection, { complexity: pageComplexity, description: 'Employees by name (readers; REGIONAL_OPS: their regions)' })
  employees(@Args() args: EmployeesArgs, @Ctx() ctx: RequestContext) {
    return this.service.employees(ctx, args);
  }

  @Authorized()
  @Query(() => EmployeeType)
  employee(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.employee(ctx, id);
  }

  @Authorized(MANAGERS)
  @Mutation(() => EmployeeType)
  createEmployee(@Arg('input') input: EmployeeInput, @Ctx() ctx: RequestContext) {
    return this.service.saveEmployee(ctx, null, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => EmployeeType, { description: 'A move to another position or project, or deactivation, updates their plan requirements' })
  updateEmployee(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: EmployeeInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveEmployee(ctx, id, input, expectedVersion);
  }

  @Authorized(MANAGERS)
  @Mutation(() => EmployeeImportReportType, {
    description: '.xlsx as base64: 姓名, 工号, 岗位, 项目编码, 入职日期, 在职; writes nothing when any row is wrong',
  })
  importEmployees(
    @Arg('fileBase64') fileBase64: string,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return importEmployees(ctx, fileBase64, dryRun);
  }

  @FieldResolver(() => PositionType, { nullable: true })
  position(@Root() e: Employee, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Position).load(e.positionId);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() e: Employee, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(e.projectId);
  }

  @FieldResolver(() => TrainingRecordType, { description: 'Requirements (every reason) and sessions enrolled in' })
  async trainingRecord(@Root() e: Employee, @Ctx() ctx: RequestContext) {
    const [requirements, sessions] = await Promise.all([
      ctx.loaders
        .custom<string, TrainingRequirement[]>('requirementsByEmployee', async (db, ids) => {
          const rows = await db
            .repo(TrainingRequirement)
            .query('r')
            .andWhere('r.employeeId IN (:...ids)', { ids: [...ids] })
            .orderBy('r.requiredBy', 'ASC')
            .getMany();
          return ids.map((id) => rows.filter((r) => r.employeeId === id));
        })
        .load(e.id),
      ctx.loaders
        .custom<string, TrainingEnrolment[]>('enrolmentsByEmployee', async (db, ids) => {
          const rows = await db
            .repo(TrainingEnrolment)
            .query('en')
            .andWhere('en.employeeId IN (:...ids)', { ids: [...ids] })
            .getMany();
          return ids.map((id) => rows.filter((r) => r.employeeId === id));
        })
        .load(e.id),
    ]);
    return { requirements, sessions };
  }
}

@Resolver(() => CourseType)
export class CourseResolver {
  constructor(private readonly service: TrainingService) {}

  @Authorized()
  @Query(() => [CourseType], { description: 'Courses by title (at most 200); outdated: only flagged (true) or only current (false)' })
  courses(
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Arg('outdated', () => Boolean, { nullable: true }) outdated: boolean | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.courses(ctx, includeArchived, outdated);
  }

  @Authorized()
  @Query(() => CourseType)
  course(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.course(ctx, id);
  }

  @Authorized(EDITORS)
  @Mutation(() => CourseType)
  createCourse(@Arg('input') input: CourseInput, @Ctx() ctx: RequestContext) {
    return this.service.saveCourse(ctx, null, input);
  }

  @Authorized(EDITORS)
  @Mutation(() => CourseType, { description: 'Pointing the courseware at another version clears the outdated flag' })
  updateCourse(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CourseInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveCourse(ctx, id, input, expectedVersion);
  }

  @Authorized(EDITORS)
  @Mutation(() => CourseType, {
    description: 'Moves the courseware to a (newer) published version of the same handbook and clears the outdated flag',
  })
  refreshCourseToVersion(
    @Arg('id', () => ID) id: string,
    @Arg('handbookVersionId', () => ID) handbookVersionId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.refreshCourse(ctx, id, handbookVersionId);
  }

  @Authorized(EDITORS)
  @Mutation(() => CourseType, { description: 'Refused while an active plan uses it' })
  archiveCourse(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.archiveCourse(ctx, id);
  }

  @FieldResolver(() => Int, { description: 'Courseware attachments (files and links)' })
  attachmentCount(@Root() c: Course) {
    return c.attachments.length;
  }

  @FieldResolver(() => Boolean)
  outdated(@Root() c: Course) {
    return c.outdatedSince != null;
  }

  @FieldResolver(() => HandbookVersionType, { nullable: true, description: 'The published version whose change made it outdated' })
  outdatedBy(@Root() c: Course, @Ctx() ctx: RequestContext) {
    return c.outdatedByVersionId ? ctx.loaders.entity(HandbookVersion).load(c.outdatedByVersionId) : null;
  }

  @FieldResolver(() => HandbookType, { nullable: true })
  handbook(@Root() c: Course, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Handbook).load(c.handbookId);
  }

  @FieldResolver(() => HandbookVersionType, { nullable: true })
  handbookVersion(@Root() c: Course, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(HandbookVersion).load(c.handbookVersionId);
  }

  @FieldResolver(() => [StandardType], { description: 'The standards taught (by id)' })
  async standards(@Root() c: Course, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.entity(Standard).loadMany(c.standardIds)).filter((s): s is Standard => !!s && !(s instanceof Error));
  }
}

@Resolver(() => CourseAttachmentType)
export class CourseAttachmentResolver {
  @FieldResolver(() => CourseAttachmentFileType, { nullable: true })
  async file(@Root() a: CourseAttachmentType, @Ctx() ctx: RequestContext): Promise<CourseAttachmentFileType | null> {
    const f = a.fileId ? await ctx.loaders.entity(EvidenceFile).load(a.fileId) : null;
    return f ? { id: f.id, contentType: f.contentType, bytes: f.bytes, url: `/files/${f.id}` } : null;
  }
}

@Resolver(() => TrainingPlanType)
export class TrainingPlanResolver {
  constructor(private readonly service: TrainingService) {}

  @Authorized()
  @Query(() => [TrainingPlanType], { description: 'Plans, newest period first (at most 200)' })
  trainingPlans(
    @Arg('filter', () => TrainingPlanFilter, { nullable: true }) filter: TrainingPlanFilter | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.plans(ctx, filter);
  }

  @Authorized()
  @Query(() => TrainingPlanType)
  trainingPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.plan(ctx, id);
  }

  @Authorized(MANAGERS)
  @Mutation(() => TrainingPlanType, { description: 'Creates the PLAN requirements of the position’s employees in scope' })
  createTrainingPlan(@Arg('input') input: TrainingPlanInput, @Ctx() ctx: RequestContext) {
    return this.service.savePlan(ctx, null, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => TrainingPlanType, { description: 'Items are replaced whole; requirements follow' })
  updateTrainingPlan(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: TrainingPlanInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.savePlan(ctx, id, input, expectedVersion);
  }

  @Authorized(MANAGERS)
  @Mutation(() => TrainingPlanType, { description: 'Its PLAN requirements are removed (attendance history stays)' })
  archiveTrainingPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.archivePlan(ctx, id);
  }

  @FieldResolver(() => [TrainingPlanItemType])
  items(@Root() p: TrainingPlan, @Ctx() ctx: RequestContext) {
    return this.service.planItems(ctx, p.id);
  }

  @FieldResolver(() => PositionType, { nullable: true })
  position(@Root() p: TrainingPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Position).load(p.positionId);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() p: TrainingPlan, @Ctx() ctx: RequestContext) {
    return p.regionId ? ctx.loaders.entity(Region).load(p.regionId) : null;
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() p: TrainingPlan, @Ctx() ctx: RequestContext) {
    return p.projectId ? ctx.loaders.entity(Project).load(p.projectId) : null;
  }
}

@Resolver(() => TrainingPlanItemType)
export class TrainingPlanItemResolver {
  @FieldResolver(() => CourseType, { nullable: true })
  course(@Root() i: TrainingPlanItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Course).load(i.courseId);
  }
}

@Resolver(() => TrainingSessionType)
export class TrainingSessionResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Authorized()
  @Query(() => TrainingSessionConnection, {
    complexity: pageComplexity,
    description: 'Sessions by start time (readers: all; anyone else: the sessions they teach)',
  })
  trainingSessions(@Args() args: TrainingSessionsArgs, @Ctx() ctx: RequestContext) {
    return this.sessions.list(ctx, args);
  }

  @Authorized()
  @Query(() => TrainingSessionType)
  trainingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.sessions.get(ctx, id);
  }

  @Authorized(MANAGERS)
  @Query(() => [TrainingTrainerType], {
    description: 'Active members who may teach a session (admins, Quality Center, HR), for the trainer picker',
  })
  trainingTrainers(@Ctx() ctx: RequestContext) {
    return this.sessions.trainers(ctx);
  }

  @Authorized(MANAGERS)
  @Mutation(() => TrainingSessionType)
  createTrainingSession(@Arg('input') input: TrainingSessionInput, @Ctx() ctx: RequestContext) {
    return this.sessions.save(ctx, null, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => TrainingSessionType)
  updateTrainingSession(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: TrainingSessionInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.sessions.save(ctx, id, input, expectedVersion);
  }

  @Authorized(MANAGERS)
  @Mutation(() => TrainingSessionType, { description: 'Refused once attendance is recorded' })
  cancelTrainingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.sessions.cancel(ctx, id);
  }

  @Authorized(MANAGERS)
  @Mutation(() => TrainingSessionType, {
    description: 'Checked whole (capacity, duplicates, inactive, project, hired after the session date); fails whole',
  })
  enrolEmployees(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('employeeIds', () => [ID]) employeeIds: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return this.sessions.enrol(ctx, sessionId, employeeIds);
  }

  @Authorized(MANAGERS)
  @Mutation(() => TrainingSessionType, {
    description: 'Every active employee of the position (and project) not enrolled yet and hired by the session date',
  })
  enrolByGroup(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('positionId', () => ID) positionId: string,
    @Arg('projectId', () => ID, { nullable: true }) projectId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.sessions.enrolByGroup(ctx, sessionId, positionId, projectId);
  }

  @Authorized(MANAGERS)
  @Mutation(() => TrainingSessionType, { description: 'Refused once the employee’s attendance is recorded' })
  unenrol(@Arg('sessionId', () => ID) sessionId: string, @Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: RequestContext) {
    return this.sessions.unenrol(ctx, sessionId, employeeId);
  }

  @Authorized()
  @Mutation(() => TrainingSessionType, { description: 'The whole sheet; by the session’s trainer, HR or a tenant admin; validated whole' })
  recordAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('entries', () => [AttendanceEntryInput]) entries: AttendanceEntryInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return this.sessions.recordAttendance(ctx, sessionId, entries);
  }

  @FieldResolver(() => [CourseType], { description: 'The courses taught, in order (at least one)' })
  async courses(@Root() s: TrainingSession, @Ctx() ctx: RequestContext) {
    const ids = await this.sessions.courses(ctx, s.id);
    return (await ctx.loaders.entity(Course).loadMany(ids)).filter((c): c is Course => !!c && !(c instanceof Error));
  }

  @FieldResolver(() => UserType, { nullable: true })
  trainer(@Root() s: TrainingSession, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(s.trainerUserId);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() s: TrainingSession, @Ctx() ctx: RequestContext) {
    return s.projectId ? ctx.loaders.entity(Project).load(s.projectId) : null;
  }

  @FieldResolver(() => [TrainingEnrolmentType], { description: 'The attendance sheet' })
  enrolments(@Root() s: TrainingSession, @Ctx() ctx: RequestContext) {
    return this.sessions.enrolments(ctx, s.id);
  }

  @FieldResolver(() => Int)
  async enrolledCount(@Root() s: TrainingSession, @Ctx() ctx: RequestContext) {
    return (await this.sessions.enrolments(ctx, s.id)).length;
  }
}

@Resolver(() => TrainingTrainerType)
export class TrainingTrainerResolver {
  @FieldResolver(() => UserType, { nullable: true })
  user(@Root() a: TrainingTrainerType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(a.userId);
  }
}

@Resolver(() => TrainingEnrolmentType)
export class TrainingEnrolmentResolver {
  @FieldResolver(() => EmployeeType, { nullable: true })
  employee(@Root() e: TrainingEnrolment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Employee).load(e.employeeId);
  }

  @FieldResolver(() => TrainingSessionType, { nullable: true })
  session(@Root() e: TrainingEnrolment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(TrainingSession).load(e.sessionId);
  }
}

@Resolver(() => TrainingRequirementType)
export class TrainingRequirementResolver {
  constructor(private readonly service: TrainingService) {}

  @Authorized()
  @Query(() => TrainingRequirementConnection, {
    complexity: pageComplexity,
    description: 'Requirements of active employees (or of one employee), by due date; status at today',
  })
  trainingRequirements(@Args() args: TrainingRequirementsArgs, @Ctx() ctx: RequestContext) {
    return this.service.requirements(ctx, args);
  }

  @Authorized()
  @Query(() => [TrainingCoverageRowType], { description: 'Coverage per project or position: one GROUP BY; lowest coverage first' })
  trainingCoverage(@Args() args: TrainingCoverageArgs, @Ctx() ctx: RequestContext) {
    return this.service.coverage(ctx, args);
  }

  @FieldResolver(() => RequirementStatusEnum, { description: 'At today (the app clock), in Asia/Shanghai' })
  status(@Root() r: TrainingRequirement, @Ctx() ctx: RequestContext): RequirementStatus {
    return requirementStatus(r, today(ctx));
  }

  @FieldResolver(() => EmployeeType, { nullable: true })
  employee(@Root() r: TrainingRequirement, @Ctx() ctx: RequestContext) {
    return isReader(ctx.user) ? ctx.loaders.entity(Employee).load(r.employeeId) : null;
  }

  @FieldResolver(() => CourseType, { nullable: true })
  course(@Root() r: TrainingRequirement, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Course).load(r.courseId);
  }

  @FieldResolver(() => TrainingSessionType, { nullable: true, description: 'The session that completed it' })
  completedSession(@Root() r: TrainingRequirement, @Ctx() ctx: RequestContext) {
    return r.completedSessionId ? ctx.loaders.entity(TrainingSession).load(r.completedSessionId) : null;
  }

  @FieldResolver(() => HandbookVersionType, { nullable: true, description: 'RETRAINING: the handbook version whose change caused it' })
  sourceVersion(@Root() r: TrainingRequirement, @Ctx() ctx: RequestContext) {
    return r.sourceVersionId ? ctx.loaders.entity(HandbookVersion).load(r.sourceVersionId) : null;
  }

  @FieldResolver(() => StandardType, { nullable: true, description: 'FINDINGS: the standard whose repeated findings caused it' })
  sourceStandard(@Root() r: TrainingRequirement, @Ctx() ctx: RequestContext) {
    return r.sourceStandardId ? ctx.loaders.entity(Standard).load(r.sourceStandardId) : null;
  }
}

@Resolver(() => TrainingCoverageRowType)
export class TrainingCoverageRowResolver {
  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() r: TrainingCoverageRowType, @Ctx() ctx: RequestContext) {
    return r.projectId ? ctx.loaders.entity(Project).load(r.projectId) : null;
  }

  @FieldResolver(() => PositionType, { nullable: true })
  position(@Root() r: TrainingCoverageRowType, @Ctx() ctx: RequestContext) {
    return r.positionId ? ctx.loaders.entity(Position).load(r.positionId) : null;
  }
}
