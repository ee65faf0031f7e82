import {
  EvidenceFile,
  Inspection,
  InspectionItemResult,
  InspectionOccurrence,
  InspectionTemplate,
  InspectionTemplateVersion,
  PatrolPoint,
  PatrolRoute,
  PatrolRunPoint,
  Project,
  Region,
  Standard,
  type Rectification,
  type RectificationEvent,
} from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType, RegionType } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import { StandardType } from '@pinzhi/api-handbooks';
import { InspectionTemplateType, InspectionTemplateVersionType } from '@pinzhi/api-inspection-templates';
import { InspectionOccurrenceType, withState } from '@pinzhi/api-inspection-planning';
import { isRectificationOverdue } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { InspectionInput, InspectionsArgs, RectificationOptionsInput, RectificationsArgs } from './inputs';
import { InspectionsService } from './inspections.service';
import { RectificationsService } from './rectifications.service';
import { FeedbackService } from './feedback.service';
import {
  EvidenceFileType,
  FeedbackType,
  InspectionConnection,
  InspectionItemResultType,
  InspectionType,
  RectificationConnection,
  RectificationEventType,
  RectificationPatrolSourceType,
  RectificationType,
} from './types';

const files = (ctx: RequestContext, ids: readonly string[]) =>
  Promise.all(ids.map((id) => ctx.loaders.entity(EvidenceFile).load(id))).then((rows) => rows.filter((r): r is EvidenceFile => r !== null));

@Resolver(() => InspectionType)
export class InspectionResolver {
  constructor(
    private readonly service: InspectionsService,
    private readonly rects: RectificationsService,
  ) {}

  @Authorized()
  @Query(() => InspectionConnection, {
    complexity: pageComplexity,
    description: 'Newest first. Drafts are the caller’s own; inspectors see their own; regional operations their regions',
  })
  inspections(@Args() args: InspectionsArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => InspectionType)
  inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => InspectionType, { description: 'Creates or replaces the caller’s draft with this clientKey; results may be incomplete' })
  saveInspectionDraft(@Arg('input') input: InspectionInput, @Ctx() ctx: RequestContext) {
    return this.service.saveDraft(ctx, input);
  }

  @Authorized()
  @Mutation(() => InspectionType, {
    description:
      'Scores and stores an inspection (and completes its planned occurrence). Idempotent: the same clientKey returns the inspection already stored. Failed critical items open rectifications',
  })
  submitInspection(@Arg('input') input: InspectionInput, @Ctx() ctx: RequestContext) {
    return this.service.submit(ctx, input);
  }

  @FieldResolver(() => ProjectType)
  project(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(i.projectId);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(i.regionId);
  }

  @FieldResolver(() => InspectionOccurrenceType, { nullable: true, description: 'The planned inspection it completes; null when ad hoc' })
  async occurrence(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    if (!i.occurrenceId) return null;
    const o = await ctx.loaders.entity(InspectionOccurrence).load(i.occurrenceId);
    return o ? withState(o, ctx.now()) : null;
  }

  @FieldResolver(() => InspectionTemplateType, { nullable: true })
  template(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(InspectionTemplate).load(i.templateId);
  }

  @FieldResolver(() => InspectionTemplateVersionType, { nullable: true, description: 'The frozen checklist version it was done against' })
  templateVersion(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(InspectionTemplateVersion).load(i.templateVersionId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  inspector(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(i.inspectorUserId);
  }

  @FieldResolver(() => EvidenceFileType, { nullable: true })
  signature(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return i.signatureFileId ? ctx.loaders.entity(EvidenceFile).load(i.signatureFileId) : null;
  }

  @FieldResolver(() => [InspectionItemResultType], { description: 'In checklist order (a draft: as saved)' })
  items(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return this.service.items(ctx, i);
  }

  @FieldResolver(() => [RectificationType])
  rectifications(@Root() i: Inspection, @Ctx() ctx: RequestContext) {
    return this.rects.forInspection(ctx, i.id);
  }
}

@Resolver(() => InspectionItemResultType)
export class InspectionItemResultResolver {
  constructor(
    private readonly rectifications: RectificationsService,
    private readonly feedbacks: FeedbackService,
  ) {}

  @FieldResolver(() => StandardType, { nullable: true })
  standard(@Root() r: InspectionItemResultType, @Ctx() ctx: RequestContext) {
    return r.standardId ? ctx.loaders.entity(Standard).load(r.standardId) : null;
  }

  @FieldResolver(() => [EvidenceFileType])
  evidence(@Root() r: InspectionItemResultType, @Ctx() ctx: RequestContext) {
    return files(ctx, r.evidenceFileIds);
  }

  @FieldResolver(() => RectificationType, { nullable: true })
  rectification(@Root() r: InspectionItemResultType, @Ctx() ctx: RequestContext) {
    return r.id ? this.rectifications.forItemResult(ctx, r.id) : null;
  }

  @FieldResolver(() => FeedbackType, { nullable: true, description: 'The customer feedback it created (visible to feedback readers)' })
  feedback(@Root() r: InspectionItemResultType, @Ctx() ctx: RequestContext) {
    return r.id ? this.feedbacks.forItemResult(ctx, r.id) : null;
  }
}

@Resolver(() => EvidenceFileType)
export class EvidenceFileResolver {
  @FieldResolver(() => String, { description: 'GET with the same bearer token' })
  url(@Root() f: EvidenceFile) {
    return `/files/${f.id}`;
  }

  @FieldResolver(() => UserType, { nullable: true })
  uploadedBy(@Root() f: EvidenceFile, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(f.uploadedByUserId);
  }
}

@Resolver(() => RectificationType)
export class RectificationResolver {
  constructor(private readonly service: RectificationsService) {}

  @Authorized()
  @Query(() => RectificationConnection, { complexity: pageComplexity, description: 'By deadline, earliest first' })
  rectifications(@Args() args: RectificationsArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => RectificationType)
  rectification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => RectificationType, { description: 'Opens a rectification for a failed item of a submitted inspection' })
  createRectification(
    @Arg('itemResultId', () => ID) itemResultId: string,
    @Arg('input', () => RectificationOptionsInput, { nullable: true }) input: RectificationOptionsInput | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.create(ctx, itemResultId, input);
  }

  @Authorized()
  @Mutation(() => RectificationType, { description: 'OPEN → SUBMITTED, with photos (POST /uploads) when evidence is required' })
  submitRectification(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('evidenceIds', () => [ID], { defaultValue: [] }) evidenceIds: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.submit(ctx, id, note, evidenceIds);
  }

  @Authorized()
  @Mutation(() => RectificationType, { description: 'SUBMITTED → VERIFIED, by a verifier who did not submit it' })
  verifyRectification(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.verify(ctx, id, note);
  }

  @Authorized()
  @Mutation(() => RectificationType, { description: 'SUBMITTED → OPEN again, with the reason' })
  rejectRectification(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext) {
    return this.service.reject(ctx, id, reason);
  }

  @Authorized()
  @Mutation(() => RectificationType, {
    description: 'Assigns or reassigns the owner (Quality Center, admin), with the reason; recorded in the history',
  })
  assignRectification(
    @Arg('id', () => ID) id: string,
    @Arg('ownerUserId', () => ID) ownerUserId: string,
    @Arg('reason') reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.assign(ctx, id, ownerUserId, reason, expectedVersion);
  }

  @FieldResolver(() => Boolean, {
    description: 'Without an owner, or its owner is no longer an active member: in nobody’s list until someone is assigned',
  })
  async needsOwner(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    if (!r.ownerUserId) return true;
    return !(await activeMembers(ctx).load(r.ownerUserId));
  }

  @FieldResolver(() => Boolean, { description: 'Not verified and past its deadline (at the server’s clock)' })
  overdue(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return isRectificationOverdue(r, ctx.now());
  }

  @FieldResolver(() => ProjectType)
  project(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(r.projectId);
  }

  @FieldResolver(() => InspectionType, { nullable: true })
  inspection(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return r.inspectionId ? ctx.loaders.entity(Inspection).load(r.inspectionId) : null;
  }

  @FieldResolver(() => InspectionItemResultType, { nullable: true, description: 'The failed item' })
  itemResult(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return r.itemResultId ? ctx.loaders.entity(InspectionItemResult).load(r.itemResultId) : null;
  }

  @FieldResolver(() => RectificationPatrolSourceType, {
    nullable: true,
    description: 'The patrol point whose quick check failed, when it was opened from a patrol run (巡逻)',
  })
  async patrolSource(@Root() r: Rectification, @Ctx() ctx: RequestContext): Promise<RectificationPatrolSourceType | null> {
    if (!r.patrolRunPointId) return null;
    const at = await ctx.loaders.entity(PatrolRunPoint).load(r.patrolRunPointId);
    if (!at) return null;
    const [point, route] = await Promise.all([
      ctx.loaders.entity(PatrolPoint).load(at.pointId),
      ctx.loaders.entity(PatrolRoute).load(at.routeId),
    ]);
    return { runId: at.runId, pointName: point?.name ?? '', routeName: route?.name ?? '', scannedAt: at.scannedAt };
  }

  @FieldResolver(() => StandardType, { nullable: true })
  standard(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Standard).load(r.standardId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  owner(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return r.ownerUserId ? ctx.loaders.users.load(r.ownerUserId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  createdBy(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(r.createdByUserId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who submitted the current submission' })
  submittedBy(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return r.submittedByUserId ? ctx.loaders.users.load(r.submittedByUserId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  verifiedBy(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return r.verifiedByUserId ? ctx.loaders.users.load(r.verifiedByUserId) : null;
  }

  @FieldResolver(() => [RectificationEventType], { description: 'Every step, oldest first' })
  history(@Root() r: Rectification, @Ctx() ctx: RequestContext) {
    return this.service.history(ctx, r.id);
  }
}

@Resolver(() => RectificationEventType)
export class RectificationEventResolver {
  @FieldResolver(() => UserType, { nullable: true })
  user(@Root() e: RectificationEvent, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(e.userId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'CREATED / ASSIGNED: the owner before' })
  fromOwner(@Root() e: RectificationEvent, @Ctx() ctx: RequestContext) {
    return e.fromOwnerUserId ? ctx.loaders.users.load(e.fromOwnerUserId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'CREATED / ASSIGNED: the owner after' })
  toOwner(@Root() e: RectificationEvent, @Ctx() ctx: RequestContext) {
    return e.toOwnerUserId ? ctx.loaders.users.load(e.toOwnerUserId) : null;
  }

  @FieldResolver(() => [EvidenceFileType])
  evidence(@Root() e: RectificationEvent, @Ctx() ctx: RequestContext) {
    return files(ctx, e.evidenceFileIds);
  }
}

/** Rectification figures on the portfolio's Project (portfolio does not depend on inspections). */
@Resolver(() => ProjectType)
export class ProjectRectificationsResolver {
  constructor(private readonly rectifications: RectificationsService) {}

  @FieldResolver(() => Int, {
    description: 'Rectifications not yet verified (OPEN or SUBMITTED) that the caller may see; batched per page',
  })
  openRectificationCount(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return this.rectifications.openCount(ctx, p.id);
  }
}

/** Whether each user is an active member of the caller's company (one statement per request, batched). */
function activeMembers(ctx: RequestContext) {
  return ctx.loaders.custom<string, boolean>('activeMember', async (db, ids) => {
    const active = new Set((await db.members(ids)).filter((m) => m.membership.active).map((m) => m.user.id));
    return ids.map((id) => active.has(id));
  });
}
