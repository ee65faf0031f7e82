import { Connection, PageArgs } from '@pinzhi/api-core';
import type { JobState } from '@pinzhi/db';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export const JOB_STATES = ['PENDING', 'RUNNING', 'DONE', 'DEAD'] as const;
export const JobStateEnum = Object.fromEntries(JOB_STATES.map((s) => [s, s])) as { [K in JobState]: K };
registerEnumType(JobStateEnum, {
  name: 'JobState',
  description: 'PENDING (waiting for its time or a retry), RUNNING (claimed by an instance), DONE, DEAD (failed every attempt)',
});

@ObjectType('BackgroundJob', { description: 'A durable job of the company (deliveries, reminder sweeps), for the admin' })
export class BackgroundJobType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The handler, e.g. notification.deliver, reminders.sweep' }) kind!: string;
  @Field(() => JobStateEnum) state!: JobState;
  @Field({ description: 'What it does' }) summary!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => Int) maxAttempts!: number;
  @Field({ description: 'When it runs next (PENDING), or when its claim runs out (RUNNING)' }) runAt!: Date;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class BackgroundJobConnection extends Connection(BackgroundJobType) {}

@InputType()
export class BackgroundJobFilter {
  @Field(() => [JobStateEnum], { nullable: true, description: 'Default: DEAD (the dead-letter list)' })
  @IsOptional()
  @ArrayMaxSize(4, { context: { reason: 'TOO_LONG', params: { max: 4 } } })
  states?: JobState[] | null;
}

@ArgsType()
export class BackgroundJobsArgs extends PageArgs {
  @Field(() => BackgroundJobFilter, { nullable: true }) @IsOptional() filter?: BackgroundJobFilter | null;
}

@ObjectType('JobQueueSummary', { description: 'How many jobs wait, and how many failed for good' })
export class JobQueueSummaryType {
  @Field(() => Int) pending!: number;
  @Field(() => Int) dead!: number;
}
