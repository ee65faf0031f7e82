import { SURVEY_RULES as R, type ProposalStatus, type SurveyChannel, type SurveyQuestionKind } from '@pinzhi/domain';
import { IsIsoDate, PageArgs, Range, TextLength, SortInput, type ListSort, LocalDate } from '@pinzhi/api-core';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ProposalStatusEnum, SurveyChannelEnum, SurveyQuestionKindEnum } from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const tooMany = (max: number) => ({ context: { reason: 'TOO_LONG', params: { max } } });
const KEY = /^[A-Za-z0-9_-]{1,40}$/;
const keyRule = { message: 'use letters, digits, "-" and "_"', context: { reason: 'INVALID_FORMAT' } };

@InputType()
export class SurveyOptionInput {
  @Field() @Matches(KEY, keyRule) key!: string;
  @Field() @TextLength(R.optionText.min, R.optionText.max) text!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, R.optionText.max) textEn?: string | null;
}

@InputType()
export class SurveyQuestionInput {
  @Field() @Matches(KEY, keyRule) key!: string;
  @Field(() => SurveyQuestionKindEnum) kind!: SurveyQuestionKind;
  @Field() @TextLength(R.questionText.min, R.questionText.max) text!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, R.questionText.max) textEn?: string | null;
  @Field({ defaultValue: true }) required!: boolean;
  @Field(() => [SurveyOptionInput], { defaultValue: [] })
  @ArrayMaxSize(R.options.max, tooMany(R.options.max))
  @ValidateNested({ each: true })
  options!: SurveyOptionInput[];
}

@InputType()
export class QuestionnaireInput {
  @Field() @TextLength(R.title.min, R.title.max) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, R.title.max) titleEn?: string | null;
  @Field(() => [SurveyQuestionInput])
  @ArrayMinSize(R.questions.min, { context: { reason: 'REQUIRED' } })
  @ArrayMaxSize(R.questions.max, tooMany(R.questions.max))
  @ValidateNested({ each: true })
  questions!: SurveyQuestionInput[];
}

@InputType()
export class SurveyRoundInput {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field(() => ID) @IsUUID('all', uuid) questionnaireId!: string;
  @Field() @TextLength(R.title.min, R.title.max) name!: string;
  @Field(() => [SurveyChannelEnum])
  @ArrayMinSize(1, { context: { reason: 'REQUIRED' } })
  @ArrayMaxSize(4, tooMany(4))
  channels!: SurveyChannel[];
  @Field(() => LocalDate) @IsIsoDate() opensOn!: string;
  @Field(() => LocalDate) @IsIsoDate() closesOn!: string;
  @Field({ defaultValue: false, description: 'A shared public link with one response per device' }) sharedLink!: boolean;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const SurveyRoundSortField = { OPENS_ON: 'opensOn', CLOSES_ON: 'closesOn', NAME: 'name' } as const;
export const SurveyRoundSort = SortInput('SurveyRound', SurveyRoundSortField);

@ArgsType()
export class SurveyRoundsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) projectId?: string | null;

  @Field(() => SurveyRoundSort, { nullable: true, description: 'Default: opens on descending' })
  sort?: ListSort;
}

@InputType()
export class SurveyAnswerInput {
  @Field() @TextLength(1, 40) questionKey!: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(R.options.max, tooMany(R.options.max)) choices?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Range(R.rating.min, R.rating.max) rating?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(0, R.answerText.max) text?: string | null;
}

@InputType()
export class SurveyResponseInput {
  @Field(() => SurveyChannelEnum) channel!: SurveyChannel;
  @Field(() => [SurveyAnswerInput])
  @ArrayMaxSize(R.questions.max, tooMany(R.questions.max))
  @ValidateNested({ each: true })
  answers!: SurveyAnswerInput[];
}

@InputType()
export class HandbookProposalInput {
  @Field(() => ID) @IsUUID('all', uuid) roundId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TextLength(1, 40) questionKey?: string | null;
  @Field() @TextLength(R.proposal.min, R.proposal.max) text!: string;
}

/** Sortable columns (entity properties, each with a `(tenantId, column, id)` index). */
export const HandbookProposalSortField = { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;
export const HandbookProposalSort = SortInput('HandbookProposal', HandbookProposalSortField);

@ArgsType()
export class HandbookProposalsArgs extends PageArgs {
  @Field(() => ProposalStatusEnum, { nullable: true }) status?: ProposalStatus | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) projectId?: string | null;

  @Field(() => HandbookProposalSort, { nullable: true, description: 'Default: created at descending' })
  sort?: ListSort;
}
