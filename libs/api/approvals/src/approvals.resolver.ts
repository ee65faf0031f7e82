import { ApprovalAssignment, ApprovalFlow, ApprovalFlowVersion, ApprovalRequest } from '@pinzhi/db';
import type { RequestContext } from '@pinzhi/api-core';
import { UserType } from '@pinzhi/api-tenancy';
import { APPROVAL_FLOW_EDITORS, type ApprovalKind, type ApprovalStep } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApprovalsEngine } from './engine';
import { ApprovalFlowInput, ApprovalRequestsArgs } from './inputs';
import {
  ApprovalAssignmentType,
  ApprovalFlowType,
  ApprovalKindEnum,
  ApprovalRequestConnection,
  ApprovalRequestType,
  ApprovalStepType,
} from './types';

function stepView(s: ApprovalStep): ApprovalStepType {
  return {
    name: s.name,
    approverKind: s.approverKind,
    role: s.role ?? null,
    departmentId: s.departmentId ?? null,
    userIds: s.userIds ?? [],
    mode: s.mode,
    minAmount: s.condition?.minAmount ?? null,
  };
}

@Resolver(() => ApprovalFlowType)
export class ApprovalFlowResolver {
  constructor(private readonly engine: ApprovalsEngine) {}

  @Authorized()
  @Query(() => [ApprovalFlowType], { description: '审批流程 of my company (one per kind that has been set up)' })
  approvalFlows(@Ctx() ctx: RequestContext) {
    return this.engine.flows(ctx);
  }

  @Authorized(APPROVAL_FLOW_EDITORS)
  @Mutation(() => ApprovalFlowType, {
    description: 'Creates or changes the flow of a kind; changed steps become a new version (running requests keep theirs)',
  })
  saveApprovalFlow(
    @Arg('input') input: ApprovalFlowInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.engine.saveFlow(ctx, input, expectedVersion);
  }

  @Authorized(APPROVAL_FLOW_EDITORS)
  @Mutation(() => ApprovalFlowType, { description: 'Switches a flow on or off (off: the capability acts at once); its steps are kept' })
  setApprovalFlowActive(
    @Arg('kind', () => ApprovalKindEnum) kind: ApprovalKind,
    @Arg('active') active: boolean,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.engine.setFlowActive(ctx, kind, active, expectedVersion);
  }

  @FieldResolver(() => [ApprovalStepType], { description: 'The current version’s steps' })
  async steps(@Root() f: ApprovalFlow, @Ctx() ctx: RequestContext): Promise<ApprovalStepType[]> {
    if (!f.currentVersionId) return [];
    const v = await ctx.loaders.entity(ApprovalFlowVersion).load(f.currentVersionId);
    return (v?.steps ?? []).map(stepView);
  }
}

@Resolver(() => ApprovalRequestType)
export class ApprovalRequestResolver {
  constructor(private readonly engine: ApprovalsEngine) {}

  @Authorized()
  @Query(() => ApprovalRequestType, { description: 'One request I submitted, approve or may read' })
  approvalRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.engine.request(ctx, id);
  }

  @Authorized()
  @Query(() => ApprovalRequestConnection, {
    description: '我的审批: waiting for me (default), mine, decided by me, or all I may read; newest first',
  })
  approvalRequests(@Args() args: ApprovalRequestsArgs, @Ctx() ctx: RequestContext) {
    return this.engine.requests(ctx, args);
  }

  @Authorized()
  @Mutation(() => ApprovalRequestType, { description: 'Approves the current step (the last approval makes the request take effect)' })
  approveRequest(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.engine.approve(ctx, id, comment, expectedVersion);
  }

  @Authorized()
  @Mutation(() => ApprovalRequestType, { description: 'Rejects the request with a reason; it returns to the requester' })
  rejectRequest(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.engine.reject(ctx, id, reason, expectedVersion);
  }

  @Authorized()
  @Mutation(() => ApprovalRequestType, { description: 'The requester takes the request back' })
  withdrawRequest(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.engine.withdraw(ctx, id, expectedVersion);
  }

  @FieldResolver(() => [ApprovalStepType], { description: 'The steps as they were when it was submitted' })
  steps(@Root() r: ApprovalRequest): ApprovalStepType[] {
    return r.steps.map(stepView);
  }

  @FieldResolver(() => UserType)
  requester(@Root() r: ApprovalRequest, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(r.requesterUserId);
  }

  @FieldResolver(() => [ApprovalAssignmentType], { description: 'Approvers per step and their decisions, in order' })
  history(@Root() r: ApprovalRequest, @Ctx() ctx: RequestContext) {
    return this.engine.history(ctx.db, r.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether my decision is due on the current step' })
  canDecide(@Root() r: ApprovalRequest, @Ctx() ctx: RequestContext) {
    return this.engine.canDecide(ctx, r);
  }
}

@Resolver(() => ApprovalAssignmentType)
export class ApprovalAssignmentResolver {
  @FieldResolver(() => UserType)
  user(@Root() a: ApprovalAssignment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(a.userId);
  }
}
