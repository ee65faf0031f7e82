import {
  Handbook,
  HandbookRevisionProposal,
  Project,
  SurveyQuestionnaire,
  type SurveyResponse,
  type SurveyRound,
  type SurveyTicket,
} from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import { HandbookType } from '@pinzhi/api-handbooks';
import { SURVEY_OWNERS, SURVEY_READERS, type SurveyChannel } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  HandbookProposalInput,
  HandbookProposalsArgs,
  QuestionnaireInput,
  SurveyAnswerInput,
  SurveyResponseInput,
  SurveyRoundInput,
  SurveyRoundsArgs,
} from './inputs';
import { SurveysService } from './surveys.service';
import {
  HandbookProposalConnection,
  HandbookProposalType,
  ProposalStatusEnum,
  PublicSurveyReceiptType,
  PublicSurveyType,
  SurveyQuestionnaireType,
  SurveyResponseType,
  SurveyRoundConnection,
  SurveyRoundStateEnum,
  SurveyRoundType,
  SurveyTallyType,
  SurveyTicketType,
} from './types';

const OWNERS = [...SURVEY_OWNERS];
const READERS = [...SURVEY_READERS];

@Resolver(() => SurveyQuestionnaireType)
export class QuestionnaireResolver {
  constructor(private readonly service: SurveysService) {}

  @Authorized(READERS)
  @Query(() => [SurveyQuestionnaireType], { description: 'Questionnaires by title (at most 200)' })
  surveyQuestionnaires(@Arg('includeArchived', { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: RequestContext) {
    return this.service.questionnaires(ctx, includeArchived);
  }

  @Authorized(READERS)
  @Query(() => SurveyQuestionnaireType)
  surveyQuestionnaire(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.questionnaire(ctx, id);
  }

  @Authorized(OWNERS)
  @Mutation(() => SurveyQuestionnaireType)
  createSurveyQuestionnaire(@Arg('input') input: QuestionnaireInput, @Ctx() ctx: RequestContext) {
    return this.service.saveQuestionnaire(ctx, null, input);
  }

  @Authorized(OWNERS)
  @Mutation(() => SurveyQuestionnaireType, { description: 'Refused once the questionnaire has responses (frozen): copy it instead' })
  updateSurveyQuestionnaire(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: QuestionnaireInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveQuestionnaire(ctx, id, input, expectedVersion);
  }

  @Authorized(OWNERS)
  @Mutation(() => SurveyQuestionnaireType, { description: 'A new, editable copy' })
  copySurveyQuestionnaire(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.copyQuestionnaire(ctx, id);
  }

  @Authorized(OWNERS)
  @Mutation(() => SurveyQuestionnaireType)
  archiveSurveyQuestionnaire(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.archiveQuestionnaire(ctx, id);
  }
}

@Resolver(() => SurveyRoundType)
export class SurveyRoundResolver {
  constructor(private readonly service: SurveysService) {}

  @Authorized(READERS)
  @Query(() => SurveyRoundConnection, {
    complexity: pageComplexity,
    description: 'Survey rounds, latest first (REGIONAL_OPS: their regions)',
  })
  surveyRounds(@Args() args: SurveyRoundsArgs, @Ctx() ctx: RequestContext) {
    return this.service.rounds(ctx, args);
  }

  @Authorized(READERS)
  @Query(() => SurveyRoundType)
  surveyRound(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.round(ctx, id);
  }

  @Authorized(OWNERS)
  @Mutation(() => SurveyRoundType)
  createSurveyRound(@Arg('input') input: SurveyRoundInput, @Ctx() ctx: RequestContext) {
    return this.service.saveRound(ctx, null, input);
  }

  @Authorized(OWNERS)
  @Mutation(() => SurveyRoundType)
  updateSurveyRound(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: SurveyRoundInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveRound(ctx, id, input, expectedVersion);
  }

  @Authorized(OWNERS)
  @Mutation(() => SurveyRoundType, { description: 'Closes the round now (the public link stops)' })
  closeSurveyRound(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.closeRound(ctx, id);
  }

  @Authorized(OWNERS)
  @Mutation(() => [SurveyTicketType], { description: 'Issues one-time tokens (each usable for one response through the public link)' })
  issueSurveyTickets(@Arg('roundId', () => ID) roundId: string, @Arg('count', () => Int) count: number, @Ctx() ctx: RequestContext) {
    return this.service.issueTickets(ctx, roundId, count);
  }

  @Authorized(OWNERS)
  @Mutation(() => SurveyResponseType, { description: 'Staff enter a response with its channel' })
  enterSurveyResponse(@Arg('roundId', () => ID) roundId: string, @Arg('input') input: SurveyResponseInput, @Ctx() ctx: RequestContext) {
    return this.service.enterResponse(ctx, roundId, input.channel, input.answers);
  }

  @FieldResolver(() => SurveyRoundStateEnum)
  state(@Root() r: SurveyRound, @Ctx() ctx: RequestContext) {
    return this.service.state(ctx, r);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() r: SurveyRound, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(r.projectId);
  }

  @FieldResolver(() => SurveyQuestionnaireType, { nullable: true })
  questionnaire(@Root() r: SurveyRound, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(SurveyQuestionnaire).load(r.questionnaireId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The shared link’s token (/s/<token>); owners only' })
  linkToken(@Root() r: SurveyRound, @Ctx() ctx: RequestContext) {
    return r.linkSecret && SURVEY_OWNERS.includes(ctx.user.role) ? `${r.id}.${r.linkSecret}` : null;
  }

  @FieldResolver(() => [SurveyTicketType], { description: 'One-time tokens; owners only (others get an empty list)' })
  async tickets(@Root() r: SurveyRound, @Ctx() ctx: RequestContext) {
    if (!SURVEY_OWNERS.includes(ctx.user.role)) return [];
    const rows: SurveyTicket[] = await this.service.tickets(ctx.db, r.id);
    return rows.map((t) => ({ ...t, token: `${r.id}.${t.code}` }));
  }

  @FieldResolver(() => SurveyTallyType)
  tally(@Root() r: SurveyRound, @Ctx() ctx: RequestContext) {
    return this.service.tally(ctx.db, r);
  }

  @FieldResolver(() => [SurveyResponseType], { description: 'Every response, oldest first' })
  responses(@Root() r: SurveyRound, @Ctx() ctx: RequestContext): Promise<SurveyResponse[]> {
    return this.service.responses(ctx, r.id);
  }
}

@Resolver(() => SurveyResponseType)
export class SurveyResponseResolver {
  @FieldResolver(() => Boolean, { description: 'Filled through the public link' })
  public(@Root() r: SurveyResponse) {
    return !r.enteredByUserId;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Staff who entered it' })
  enteredBy(@Root() r: SurveyResponse, @Ctx() ctx: RequestContext) {
    return r.enteredByUserId ? ctx.loaders.users.load(r.enteredByUserId) : null;
  }
}

@Resolver(() => HandbookProposalType)
export class HandbookProposalResolver {
  constructor(private readonly service: SurveysService) {}

  @Authorized(READERS)
  @Query(() => HandbookProposalConnection, { complexity: pageComplexity, description: 'Handbook revision proposals, latest first' })
  handbookProposals(@Args() args: HandbookProposalsArgs, @Ctx() ctx: RequestContext) {
    return this.service.proposals(ctx, args);
  }

  @Authorized(OWNERS)
  @Mutation(() => HandbookProposalType, { description: 'Turns a survey finding into a revision proposal for the project’s handbook' })
  proposeHandbookRevision(@Arg('input') input: HandbookProposalInput, @Ctx() ctx: RequestContext) {
    return this.service.propose(ctx, input);
  }

  @Authorized(OWNERS)
  @Mutation(() => HandbookProposalType)
  decideHandbookProposal(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ProposalStatusEnum) status: 'OPEN' | 'ACCEPTED' | 'REJECTED',
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.decideProposal(ctx, id, status, note, expectedVersion);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() h: HandbookRevisionProposal, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(h.projectId);
  }

  @FieldResolver(() => HandbookType, { nullable: true })
  handbook(@Root() h: HandbookRevisionProposal, @Ctx() ctx: RequestContext) {
    return h.handbookId ? ctx.loaders.entity(Handbook).load(h.handbookId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  proposedBy(@Root() h: HandbookRevisionProposal, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(h.proposedByUserId);
  }
}

/** The public survey page's API: no account; the token names the round and nothing else. */
@Resolver()
export class PublicSurveyResolver {
  constructor(private readonly service: SurveysService) {}

  @Query(() => PublicSurveyType, {
    description: 'Public (no sign-in): the questionnaire of the round a survey token belongs to; rate-limited',
  })
  publicSurvey(@Arg('token') token: string, @Ctx() ctx: RequestContext) {
    return this.service.publicSurvey(ctx, token);
  }

  @Mutation(() => PublicSurveyReceiptType, {
    description: 'Public (no sign-in): submits a response; a one-time token once, a shared link once per device; rate-limited',
  })
  submitPublicSurvey(
    @Arg('token') token: string,
    @Arg('deviceId', () => String, { nullable: true }) deviceId: string | null,
    @Arg('answers', () => [SurveyAnswerInput]) answers: SurveyAnswerInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.submitPublic(ctx, token, deviceId, answers);
  }
}

export type { SurveyChannel };

/** How the public page learns who runs a survey (the composition root reads the platform and the company's settings). */
export interface PublicSurveyCompany {
  name(tenantId: string): Promise<string | null>;
  logo(tenantId: string): Promise<string | null>;
}

/** Who runs the survey, named (and shown by its logo) on the public page: the company, not the software. */
@Resolver(() => PublicSurveyType)
export class PublicSurveyCompanyResolver {
  constructor(private readonly company: PublicSurveyCompany) {}

  @FieldResolver(() => String, { nullable: true, description: 'The name of the company running the survey' })
  companyName(@Root() survey: PublicSurveyType) {
    return this.company.name(survey.tenantId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The company's logo as a data: URL (公司设置), or null" })
  companyLogo(@Root() survey: PublicSurveyType) {
    return this.company.logo(survey.tenantId);
  }
}
