import { Job, paginate } from '@pinzhi/db';
import { BadUserInputError, checkPageArgs, cursorError, pageComplexity, toConnection, type RequestContext } from '@pinzhi/api-core';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { JobRunner } from './runner';
import { BackgroundJobConnection, BackgroundJobType, BackgroundJobsArgs, JobQueueSummaryType } from './types';

const ADMINS = ['TENANT_ADMIN'] as const;

/** The company admin's view of its jobs: the dead-letter list and retrying from it. */
@Resolver(() => BackgroundJobType)
export class JobsResolver {
  constructor(private readonly runner: JobRunner) {}

  @Authorized([...ADMINS])
  @Query(() => BackgroundJobConnection, {
    complexity: pageComplexity,
    description: 'The company’s jobs, latest change first (default: DEAD — the dead-letter list)',
  })
  async backgroundJobs(@Args() args: BackgroundJobsArgs, @Ctx() ctx: RequestContext) {
    checkPageArgs(args);
    const states = args.filter?.states?.length ? args.filter.states : ['DEAD'];
    const qb = ctx.db.repo(Job).query('j').andWhere('j.state IN (:...states)', { states });
    const page = await paginate(qb, { alias: 'j', sortProperty: 'updatedAt', direction: 'DESC', defaultSize: 20, ...args }).catch(
      cursorError,
    );
    return toConnection(page);
  }

  @Authorized([...ADMINS])
  @Query(() => JobQueueSummaryType)
  async jobQueueSummary(@Ctx() ctx: RequestContext) {
    const rows: Array<{ state: string; n: string | number }> = await ctx.db
      .repo(Job)
      .query('j')
      .select('j.state', 'state')
      .addSelect('COUNT(*)', 'n')
      .andWhere("j.state IN ('PENDING', 'DEAD')")
      .andWhere('j.everySeconds IS NULL')
      .groupBy('j.state')
      .getRawMany();
    const n = (s: string) => Number(rows.find((r) => r.state === s)?.n ?? 0);
    return { pending: n('PENDING'), dead: n('DEAD') };
  }

  @Authorized([...ADMINS])
  @Mutation(() => BackgroundJobType, { description: 'Runs a DEAD job again now, with a fresh set of attempts' })
  async retryBackgroundJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const job = await db.repo(Job).getById(id);
      if (job.state !== 'DEAD') throw BadUserInputError.field('id', 'INVALID_TRANSITION', 'Only a job that failed for good is retried');
      await this.runner.handler(job.kind)?.onRetry?.(db, job, now);
      const after = await db.repo(Job).update(job.id, { state: 'PENDING', runAt: now, attempts: 0, finishedAt: null }, job.version);
      await db.audit({
        operation: 'retryBackgroundJob',
        entity: 'Job',
        entityId: job.id,
        changes: { state: { from: 'DEAD', to: 'PENDING' } },
      });
      return after;
    });
  }
}
