import {
  PROPOSAL_STATUSES,
  SURVEY_CHANNELS,
  SURVEY_QUESTION_KINDS,
  type ProposalStatus,
  type SurveyChannel,
  type SurveyQuestionKind,
  type SurveyRoundState,
} from '@pinzhi/domain';
import { Connection } from '@pinzhi/api-core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SurveyQuestionKindEnum = asEnum(SURVEY_QUESTION_KINDS);
registerEnumType(SurveyQuestionKindEnum, { name: 'SurveyQuestionKind' });
export const SurveyChannelEnum = asEnum(SURVEY_CHANNELS);
registerEnumType(SurveyChannelEnum, {
  name: 'SurveyChannel',
  description: 'PAPER 纸质问卷, PHONE 电话, FACE_TO_FACE 面谈, ONLINE 在线 (the public link)',
});
export const SurveyRoundStateEnum = asEnum(['SCHEDULED', 'OPEN', 'CLOSED'] as const satisfies readonly SurveyRoundState[]);
registerEnumType(SurveyRoundStateEnum, { name: 'SurveyRoundState' });
export const ProposalStatusEnum = asEnum(PROPOSAL_STATUSES);
registerEnumType(ProposalStatusEnum, { name: 'HandbookProposalStatus' });

@ObjectType('SurveyOption')
export class SurveyOptionType {
  @Field() key!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) textEn!: string | null;
}

@ObjectType('SurveyQuestion')
export class SurveyQuestionType {
  @Field() key!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) textEn!: string | null;
  @Field() required!: boolean;
  @Field(() => [SurveyOptionType]) options!: SurveyOptionType[];
}

@ObjectType('SurveyQuestionnaire', { description: '问卷; frozen once answered (copy it to change the questions)' })
export class SurveyQuestionnaireType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) titleEn!: string | null;
  @Field(() => [SurveyQuestionType]) questions!: SurveyQuestionType[];
  @Field(() => Date, { nullable: true }) frozenAt!: Date | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('SurveyTicket', { description: 'A one-time token (print it; the public link is /s/<roundId>.<code>)' })
export class SurveyTicketType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field({ description: 'The token for the public link' }) token!: string;
  @Field(() => Date, { nullable: true }) usedAt!: Date | null;
}

@ObjectType('SurveyRound', { description: '调查轮次 at a project' })
export class SurveyRoundType {
  @Field(() => ID) id!: string;
  projectId!: string;
  questionnaireId!: string;
  @Field() name!: string;
  @Field(() => [SurveyChannelEnum]) channels!: SurveyChannel[];
  @Field({ description: 'YYYY-MM-DD, inclusive' }) opensOn!: string;
  @Field({ description: 'YYYY-MM-DD, inclusive' }) closesOn!: string;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  linkSecret!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('SurveyRoundConnection')
export class SurveyRoundConnection extends Connection(SurveyRoundType) {}

@ObjectType('SurveyAnswer')
export class SurveyAnswerType {
  @Field() questionKey!: string;
  @Field(() => [String], { nullable: true }) choices?: string[] | null;
  @Field(() => Int, { nullable: true }) rating?: number | null;
  @Field(() => String, { nullable: true }) text?: string | null;
}

@ObjectType('SurveyResponse')
export class SurveyResponseType {
  @Field(() => ID) id!: string;
  @Field(() => SurveyChannelEnum) channel!: SurveyChannel;
  @Field(() => [SurveyAnswerType]) answers!: SurveyAnswerType[];
  enteredByUserId!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('SurveyCount')
export class SurveyCountType {
  @Field({ description: 'Option key, or the rating 1–5' }) key!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float) percent!: number;
}

@ObjectType('SurveyQuestionTally')
export class SurveyQuestionTallyType {
  @Field() questionKey!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
  @Field(() => Int) answered!: number;
  @Field(() => [SurveyCountType]) counts!: SurveyCountType[];
  @Field(() => Float, { nullable: true }) averageRating!: number | null;
  @Field(() => [String], { description: 'Latest free-text answers (at most 20)' }) texts!: string[];
}

@ObjectType('SurveyChannelCount')
export class SurveyChannelCountType {
  @Field(() => SurveyChannelEnum) channel!: SurveyChannel;
  @Field(() => Int) count!: number;
}

@ObjectType('SurveyTally')
export class SurveyTallyType {
  @Field(() => Int) responses!: number;
  @Field(() => [SurveyChannelCountType]) byChannel!: SurveyChannelCountType[];
  @Field(() => [SurveyQuestionTallyType]) questions!: SurveyQuestionTallyType[];
}

@ObjectType('HandbookRevisionProposal', { description: '手册修订建议 from a survey finding' })
export class HandbookProposalType {
  @Field(() => ID) id!: string;
  projectId!: string;
  handbookId!: string | null;
  roundId!: string | null;
  @Field(() => String, { nullable: true }) questionKey!: string | null;
  @Field() text!: string;
  @Field(() => ProposalStatusEnum) status!: ProposalStatus;
  proposedByUserId!: string;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('HandbookProposalConnection')
export class HandbookProposalConnection extends Connection(HandbookProposalType) {}

@ObjectType('PublicSurvey', { description: 'What the public survey page shows: nothing but the round’s questionnaire' })
export class PublicSurveyType {
  /** Whose survey it is (for companyName); not a field. */
  tenantId!: string;
  @Field() roundName!: string;
  @Field() projectName!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) titleEn!: string | null;
  @Field(() => [SurveyQuestionType]) questions!: SurveyQuestionType[];
  @Field({ description: 'true: one-time token; false: the shared link (one response per device)' }) oneTime!: boolean;
  @Field() closesOn!: string;
}

@ObjectType('PublicSurveyReceipt')
export class PublicSurveyReceiptType {
  @Field() ok!: boolean;
}
