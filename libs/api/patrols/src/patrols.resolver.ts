import {
  InspectionOccurrence,
  PatrolPoint,
  PatrolRoute,
  Project,
  Property,
  Standard,
  type PatrolRun,
  type PatrolRunPoint,
} from '@pinzhi/db';
import { LocalDate, pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import { StandardType } from '@pinzhi/api-handbooks';
import { InspectionFrequencyType, InspectionOccurrenceType, withState } from '@pinzhi/api-inspection-planning';
import { PATROL_MANAGERS, patrolPointPath } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isPatrolManager } from './access';
import { PatrolPointInput, PatrolRouteInput, PatrolRunInput, PatrolRunsArgs } from './inputs';
import type { PatrolReportsService } from './reports.service';
import type { PatrolRunsService } from './runs.service';
import type { PatrolSetupService } from './setup.service';
import {
  PatrolCoverageRouteType,
  PatrolCoverageType,
  PatrolGuardCountsType,
  PatrolPointType,
  PatrolRouteDayRunType,
  PatrolRouteDayType,
  PatrolRouteType,
  PatrolRunConnection,
  PatrolRunPointType,
  PatrolRunType,
  QuickCheckAnswerType,
} from './types';

const MANAGERS = [...PATROL_MANAGERS];

@Resolver(() => PatrolPointType)
export class PatrolPointResolver {
  constructor(private readonly setup: PatrolSetupService) {}

  @Authorized()
  @Query(() => [PatrolPointType], { description: 'Patrol points of these projects (at most 50), by name' })
  patrolPoints(
    @Arg('projectIds', () => [ID]) projectIds: string[],
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.setup.points(ctx, projectIds, includeArchived);
  }

  @Authorized()
  @Query(() => PatrolPointType)
  patrolPoint(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.setup.point(ctx, id);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PatrolPointType, { description: 'A new point in a zone of the project’s property, with a fresh QR code' })
  createPatrolPoint(@Arg('projectId', () => ID) projectId: string, @Arg('input') input: PatrolPointInput, @Ctx() ctx: RequestContext) {
    return this.setup.createPoint(ctx, projectId, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PatrolPointType)
  updatePatrolPoint(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: PatrolPointInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.setup.updatePoint(ctx, id, input, expectedVersion);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PatrolPointType, { description: 'A new QR code: codes printed before stop proving presence' })
  renewPatrolPointCode(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.setup.renewPointCode(ctx, id);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PatrolPointType, { description: 'Stops a point (refused while an active route walks it)' })
  archivePatrolPoint(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.setup.archivePoint(ctx, id);
  }

  @FieldResolver(() => ProjectType)
  project(@Root() p: PatrolPoint, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(p.projectId);
  }

  @FieldResolver(() => String, { description: 'The zone’s name (from the property)' })
  async zoneName(@Root() p: PatrolPoint, @Ctx() ctx: RequestContext) {
    const project = await ctx.loaders.entity(Project).load(p.projectId);
    const property = project ? await ctx.loaders.entity(Property).load(project.propertyId) : null;
    return property?.zones.find((z) => z.id === p.zoneId)?.name ?? '';
  }

  @FieldResolver(() => [StandardType], { description: 'Quick checks asked at the point, in order' })
  async quickChecks(@Root() p: PatrolPoint, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.entity(Standard).loadMany(p.quickCheckStandardIds);
    return rows.filter((s) => s && !(s instanceof Error));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The path its QR code holds (/field/p/<id>?k=<tag>); only patrol managers see it (the tag proves a scan)',
  })
  qrPath(@Root() p: PatrolPoint, @Ctx() ctx: RequestContext) {
    return isPatrolManager(ctx.user) ? patrolPointPath(p.id, p.tag) : null;
  }
}

@Resolver(() => PatrolRouteType)
export class PatrolRouteResolver {
  constructor(
    private readonly setup: PatrolSetupService,
    private readonly reports: PatrolReportsService,
  ) {}

  @Authorized()
  @Query(() => [PatrolRouteType], { description: 'Patrol routes of these projects (at most 50), by name' })
  patrolRoutes(
    @Arg('projectIds', () => [ID]) projectIds: string[],
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.setup.routes(ctx, projectIds, includeArchived);
  }

  @Authorized()
  @Query(() => PatrolRouteType)
  patrolRoute(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.setup.route(ctx, id);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PatrolRouteType, { description: 'A route of the project’s points, with a schedule from inspection planning' })
  createPatrolRoute(@Arg('projectId', () => ID) projectId: string, @Arg('input') input: PatrolRouteInput, @Ctx() ctx: RequestContext) {
    return this.setup.createRoute(ctx, projectId, input);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PatrolRouteType, {
    description: 'Changes the points and the schedule; a changed schedule applies from now on (planned runs already due stay)',
  })
  updatePatrolRoute(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: PatrolRouteInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.setup.updateRoute(ctx, id, input, expectedVersion);
  }

  @Authorized(MANAGERS)
  @Mutation(() => PatrolRouteType, { description: 'Stops the route and its schedule; its runs stay' })
  archivePatrolRoute(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.setup.archiveRoute(ctx, id);
  }

  @Authorized()
  @Query(() => PatrolRouteDayType, { description: 'A route’s day: each run and points done / late / missed by person' })
  patrolRouteDay(@Arg('routeId', () => ID) routeId: string, @Arg('date', () => LocalDate) date: string, @Ctx() ctx: RequestContext) {
    return this.reports.routeDay(ctx, routeId, date);
  }

  @Authorized()
  @Query(() => PatrolCoverageType, { description: 'A project’s patrol coverage over a month (YYYY-MM), per day and per route' })
  patrolCoverage(@Arg('projectId', () => ID) projectId: string, @Arg('month') month: string, @Ctx() ctx: RequestContext) {
    return this.reports.coverage(ctx, projectId, month);
  }

  @FieldResolver(() => ProjectType)
  project(@Root() r: PatrolRoute, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(r.projectId);
  }

  @FieldResolver(() => [PatrolPointType], { description: 'Its points in walking order' })
  points(@Root() r: PatrolRoute, @Ctx() ctx: RequestContext) {
    return this.setup.routePoints(ctx, r);
  }

  @FieldResolver(() => InspectionFrequencyType, {
    nullable: true,
    description: 'Its schedule (an inspection-planning frequency); null when walked only on demand',
  })
  async schedule(@Root() r: PatrolRoute, @Ctx() ctx: RequestContext) {
    const f = await this.setup.schedule(ctx, r);
    return f && !f.archivedAt ? f : null;
  }
}

@Resolver(() => PatrolRunType)
export class PatrolRunResolver {
  constructor(private readonly runs: PatrolRunsService) {}

  @Authorized()
  @Query(() => PatrolRunType)
  patrolRun(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.runs.get(ctx, id);
  }

  @Authorized()
  @Query(() => PatrolRunConnection, { complexity: pageComplexity, description: 'Runs, newest first (inspectors: their own)' })
  patrolRuns(@Args() args: PatrolRunsArgs, @Ctx() ctx: RequestContext) {
    return this.runs.list(ctx, args);
  }

  @Authorized()
  @Mutation(() => PatrolRunType, {
    description:
      'Stores a walk of a route (and completes its planned run). Idempotent: the same clientKey returns the run already stored. Failed quick checks marked rectify open rectifications',
  })
  submitPatrolRun(@Arg('input') input: PatrolRunInput, @Ctx() ctx: RequestContext) {
    return this.runs.submit(ctx, input);
  }

  @FieldResolver(() => PatrolRouteType)
  route(@Root() r: PatrolRun, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(PatrolRoute).load(r.routeId);
  }

  @FieldResolver(() => ProjectType)
  project(@Root() r: PatrolRun, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(r.projectId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  guard(@Root() r: PatrolRun, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(r.guardUserId);
  }

  @FieldResolver(() => InspectionOccurrenceType, { nullable: true, description: 'The planned run it completed' })
  async occurrence(@Root() r: PatrolRun, @Ctx() ctx: RequestContext) {
    const o = r.occurrenceId ? await ctx.loaders.entity(InspectionOccurrence).load(r.occurrenceId) : null;
    return o ? withState(o, ctx.now()) : null;
  }

  @FieldResolver(() => [PatrolRunPointType], { description: 'Every planned point in route order' })
  points(@Root() r: PatrolRun, @Ctx() ctx: RequestContext) {
    return this.runs.points(ctx, r.id);
  }
}

@Resolver(() => PatrolRunPointType)
export class PatrolRunPointResolver {
  @FieldResolver(() => PatrolPointType, { nullable: true })
  point(@Root() r: PatrolRunPoint, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(PatrolPoint).load(r.pointId);
  }
}

@Resolver(() => QuickCheckAnswerType)
export class QuickCheckAnswerResolver {
  @FieldResolver(() => StandardType, { nullable: true })
  standard(@Root() q: QuickCheckAnswerType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Standard).load(q.standardId);
  }
}

@Resolver(() => PatrolRouteDayType)
export class PatrolRouteDayResolver {
  @FieldResolver(() => PatrolRouteType)
  route(@Root() d: PatrolRouteDayType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(PatrolRoute).load(d.routeId);
  }
}

@Resolver(() => PatrolRouteDayRunType)
export class PatrolRouteDayRunResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'Who walked it (or, not walked, its assignee by name)' })
  guard(@Root() r: PatrolRouteDayRunType, @Ctx() ctx: RequestContext) {
    return r.guardUserId ? ctx.loaders.users.load(r.guardUserId) : null;
  }
}

@Resolver(() => PatrolGuardCountsType)
export class PatrolGuardCountsResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'null: planned runs assigned to a role nobody walked' })
  guard(@Root() g: PatrolGuardCountsType, @Ctx() ctx: RequestContext) {
    return g.guardUserId ? ctx.loaders.users.load(g.guardUserId) : null;
  }
}

@Resolver(() => PatrolCoverageRouteType)
export class PatrolCoverageRouteResolver {
  @FieldResolver(() => PatrolRouteType, { nullable: true })
  route(@Root() r: PatrolCoverageRouteType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(PatrolRoute).load(r.routeId);
  }
}

@Resolver(() => PatrolCoverageType)
export class PatrolCoverageResolver {
  @FieldResolver(() => ProjectType)
  project(@Root() c: PatrolCoverageType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(c.projectId);
  }
}

/** Adds `patrolRoute` to the planning capability's occurrences (a patrol run's route). */
@Resolver(() => InspectionOccurrenceType)
export class OccurrencePatrolRouteResolver {
  @FieldResolver(() => PatrolRouteType, { nullable: true, description: 'For a patrol run: the route to walk' })
  patrolRoute(@Root() o: InspectionOccurrence, @Ctx() ctx: RequestContext) {
    return o.patrolRouteId ? ctx.loaders.entity(PatrolRoute).load(o.patrolRouteId) : null;
  }
}
