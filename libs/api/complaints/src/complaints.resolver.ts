import { Project, Region, type Complaint, type ComplaintAction, type ComplaintDiscussion, type ComplaintEvent } from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType, RegionType } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import {
  COMPLAINT_ESCALATION_READERS,
  COMPLAINT_READERS,
  COMPLAINT_REOPENERS,
  COMPLAINT_RUNNERS,
  COMPLAINT_VERIFIERS,
  complaintEscalationLevel,
  isComplaintOverdue,
} from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ComplaintsService } from './complaints.service';
import {
  ComplaintActionInput,
  ComplaintDiscussionInput,
  ComplaintInput,
  ComplaintsArgs,
  ComplaintUpdateInput,
  EscalatedComplaintsArgs,
} from './inputs';
import {
  ComplaintActionType,
  ComplaintConnection,
  ComplaintDiscussionType,
  ComplaintEventType,
  ComplaintStepPermissionType,
  ComplaintType,
} from './types';

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  constructor(private readonly service: ComplaintsService) {}

  @Authorized([...COMPLAINT_READERS])
  @Query(() => ComplaintConnection, {
    complexity: pageComplexity,
    description: 'Major complaints, disputes and technical problems, newest first (regional operations: their regions)',
  })
  complaints(@Args() args: ComplaintsArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized([...COMPLAINT_ESCALATION_READERS])
  @Query(() => ComplaintConnection, {
    complexity: pageComplexity,
    description: 'Unresolved cases past their due time, longest overdue first (Quality Center, admins)',
  })
  escalatedComplaints(@Args() args: EscalatedComplaintsArgs, @Ctx() ctx: RequestContext) {
    return this.service.escalated(ctx, args);
  }

  @Authorized([...COMPLAINT_READERS])
  @Query(() => ComplaintType)
  complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized([...COMPLAINT_RUNNERS])
  @Mutation(() => ComplaintType, { description: 'Opens a case (OPEN), optionally raised from an inspection finding or a feedback item' })
  createComplaint(@Arg('input') input: ComplaintInput, @Ctx() ctx: RequestContext) {
    return this.service.create(ctx, input);
  }

  @Authorized([...COMPLAINT_RUNNERS])
  @Mutation(() => ComplaintType)
  updateComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ComplaintUpdateInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.update(ctx, id, input, expectedVersion);
  }

  @Authorized([...COMPLAINT_RUNNERS])
  @Mutation(() => ComplaintType, { description: 'Attaches more photos the caller uploaded' })
  addComplaintEvidence(@Arg('id', () => ID) id: string, @Arg('evidenceIds', () => [ID]) evidenceIds: string[], @Ctx() ctx: RequestContext) {
    return this.service.addEvidence(ctx, id, evidenceIds);
  }

  @Authorized([...COMPLAINT_RUNNERS])
  @Mutation(() => ComplaintDiscussionType, { description: 'Records a convened discussion (会议): date, departments, minutes, decisions' })
  recordComplaintDiscussion(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('input') input: ComplaintDiscussionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.recordDiscussion(ctx, complaintId, input);
  }

  @Authorized([...COMPLAINT_RUNNERS])
  @Mutation(() => ComplaintActionType)
  addComplaintAction(
    @Arg('complaintId', () => ID) complaintId: string,
    @Arg('input') input: ComplaintActionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.addAction(ctx, complaintId, input);
  }

  @Authorized()
  @Mutation(() => ComplaintActionType, { description: 'Marks an action done or not done (its owner, or a case runner)' })
  setComplaintActionDone(
    @Arg('id', () => ID) id: string,
    @Arg('done') done: boolean,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.setActionDone(ctx, id, done, expectedVersion);
  }

  @Authorized([...COMPLAINT_RUNNERS])
  @Mutation(() => ComplaintType, { description: 'OPEN or REOPENED → IN_PROGRESS' })
  startComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.step(ctx, id, 'START', note);
  }

  @Authorized([...COMPLAINT_RUNNERS])
  @Mutation(() => ComplaintType, { description: 'IN_PROGRESS → RESOLVED, saying how (every action must be done)' })
  resolveComplaint(@Arg('id', () => ID) id: string, @Arg('note') note: string, @Ctx() ctx: RequestContext) {
    return this.service.step(ctx, id, 'RESOLVE', note);
  }

  @Authorized([...COMPLAINT_VERIFIERS])
  @Mutation(() => ComplaintType, {
    description: 'RESOLVED → VERIFIED with the actual effect; a Quality Center member other than the resolver',
  })
  verifyComplaint(@Arg('id', () => ID) id: string, @Arg('note') note: string, @Ctx() ctx: RequestContext) {
    return this.service.step(ctx, id, 'VERIFY', note);
  }

  @Authorized([...COMPLAINT_REOPENERS])
  @Mutation(() => ComplaintType, { description: 'RESOLVED → REOPENED: the effect is not there (Quality Center, admins)' })
  reopenComplaint(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: RequestContext) {
    return this.service.step(ctx, id, 'REOPEN', reason);
  }

  @FieldResolver(() => ProjectType)
  project(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(c.projectId);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(c.regionId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  createdBy(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(c.createdByUserId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  resolvedBy(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return c.resolvedByUserId ? ctx.loaders.users.load(c.resolvedByUserId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  verifiedBy(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return c.verifiedByUserId ? ctx.loaders.users.load(c.verifiedByUserId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Unresolved past its due time (at the app clock)' })
  overdue(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return isComplaintOverdue(c, ctx.now());
  }

  @FieldResolver(() => Int, { description: '0 = not overdue; 1–3 rising with the time past due' })
  escalationLevel(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return complaintEscalationLevel(c, ctx.now());
  }

  @FieldResolver(() => [ComplaintDiscussionType])
  discussions(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return this.service.discussions(ctx, c.id);
  }

  @FieldResolver(() => [ComplaintActionType])
  actions(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return this.service.actions(ctx, c.id);
  }

  @FieldResolver(() => [ComplaintEventType], { description: 'Every state change, oldest first' })
  history(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return this.service.history(ctx, c.id);
  }

  @FieldResolver(() => [ComplaintStepPermissionType], { description: 'For each step, whether the caller may take it now and if not why' })
  stepPermissions(@Root() c: Complaint, @Ctx() ctx: RequestContext) {
    return this.service.permissions(ctx, c);
  }
}

@Resolver(() => ComplaintDiscussionType)
export class ComplaintDiscussionResolver {
  @FieldResolver(() => UserType, { nullable: true })
  recordedBy(@Root() d: ComplaintDiscussion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(d.recordedByUserId);
  }
}

@Resolver(() => ComplaintActionType)
export class ComplaintActionResolver {
  @FieldResolver(() => UserType, { nullable: true })
  owner(@Root() a: ComplaintAction, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(a.ownerUserId);
  }
}

@Resolver(() => ComplaintEventType)
export class ComplaintEventResolver {
  @FieldResolver(() => UserType, { nullable: true })
  user(@Root() e: ComplaintEvent, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(e.userId);
  }
}
