import { PatrolPoint, PatrolRoute, PatrolRun } from '@pinzhi/db';
import { entityRecordKind, type RecordKind } from '@pinzhi/api-core';
import type { PatrolRunsService } from './runs.service';
import type { PatrolSetupService } from './setup.service';

/** Names and pages of patrol records for the audit trail and record histories. */
export function patrolRecordKinds(setup: PatrolSetupService, runs: PatrolRunsService): RecordKind[] {
  return [
    entityRecordKind(
      'PatrolPoint',
      PatrolPoint,
      (p) => ({ name: p.name, page: 'ProjectPatrols', pageId: p.projectId }),
      (ctx, id) => setup.point(ctx, id),
    ),
    entityRecordKind(
      'PatrolRoute',
      PatrolRoute,
      (r) => ({ name: r.name, page: 'PatrolRoute', pageId: r.id }),
      (ctx, id) => setup.route(ctx, id),
    ),
    entityRecordKind(
      'PatrolRun',
      PatrolRun,
      async (r, ctx) => {
        const route = await ctx.loaders.entity(PatrolRoute).load(r.routeId);
        return { name: `${route?.name ?? ''} · ${r.localDate}`, page: 'PatrolRoute', pageId: r.routeId };
      },
      (ctx, id) => runs.get(ctx, id),
    ),
  ];
}
