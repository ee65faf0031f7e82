import { JobsResolver } from './jobs.resolver';
import { JobRunner, type JobRunnerOptions } from './runner';

export { enqueueJobs, DEFAULT_MAX_ATTEMPTS } from './queue';
export type { NewJob } from './queue';
export { JobRunner, recurringKey } from './runner';
export type { JobContext, JobHandler, JobRunnerOptions, JobStoreLike, RunSummary } from './runner';
export * from './types';

/**
 * Durable jobs (the outbox and the scheduler): features enqueue with `enqueueJobs(tx, …)` in
 * their transactions and give the composition root their handlers; each API instance runs one
 * JobRunner. The admin sees the dead-letter list and retries from it.
 */
export function jobsModule(options: JobRunnerOptions) {
  const runner = new JobRunner(options);
  return { runner, resolvers: [JobsResolver] as const, instances: [new JobsResolver(runner)] };
}
