import { Inspection, InspectionItemResult, Project, Region, type Feedback } from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType, RegionType } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import { FEEDBACK_HANDLERS, FEEDBACK_READERS } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FeedbackService } from './feedback.service';
import { FeedbackArgs } from './inputs';
import { FeedbackConnection, FeedbackType, InspectionItemResultType, InspectionType } from './types';

/** 客户反馈: the Marketing & Customer Service inbox. */
@Resolver(() => FeedbackType)
export class FeedbackResolver {
  constructor(private readonly service: FeedbackService) {}

  @Authorized([...FEEDBACK_READERS])
  @Query(() => FeedbackConnection, {
    complexity: pageComplexity,
    description:
      'Customer-facing findings, newest first: Marketing & Customer Service, the Quality Center, admins; regional operations their regions',
  })
  feedbackInbox(@Args() args: FeedbackArgs, @Ctx() ctx: RequestContext) {
    return this.service.inbox(ctx, args);
  }

  @Authorized([...FEEDBACK_READERS])
  @Query(() => FeedbackType)
  feedback(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized([...FEEDBACK_HANDLERS])
  @Mutation(() => FeedbackType, {
    description: 'RECEIVED → HANDLED, saying how it was handled (1–1000 characters); Marketing & Customer Service or an admin',
  })
  handleFeedback(@Arg('id', () => ID) id: string, @Arg('note') note: string, @Ctx() ctx: RequestContext) {
    return this.service.handle(ctx, id, note);
  }

  @FieldResolver(() => ProjectType)
  project(@Root() f: Feedback, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(f.projectId);
  }

  @FieldResolver(() => RegionType, { nullable: true })
  region(@Root() f: Feedback, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(f.regionId);
  }

  @FieldResolver(() => InspectionType)
  inspection(@Root() f: Feedback, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Inspection).load(f.inspectionId);
  }

  @FieldResolver(() => InspectionItemResultType, { description: 'The failed item' })
  itemResult(@Root() f: Feedback, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(InspectionItemResult).load(f.itemResultId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  handledBy(@Root() f: Feedback, @Ctx() ctx: RequestContext) {
    return f.handledByUserId ? ctx.loaders.users.load(f.handledByUserId) : null;
  }
}
