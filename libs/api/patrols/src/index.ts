import type { FrequenciesService, OccurrenceMaterialiser, OccurrencesService } from '@pinzhi/api-inspection-planning';
import {
  OccurrencePatrolRouteResolver,
  PatrolCoverageResolver,
  PatrolCoverageRouteResolver,
  PatrolGuardCountsResolver,
  PatrolPointResolver,
  PatrolRouteDayResolver,
  PatrolRouteDayRunResolver,
  PatrolRouteResolver,
  PatrolRunPointResolver,
  PatrolRunResolver,
  QuickCheckAnswerResolver,
} from './patrols.resolver';
import { patrolRecordKinds } from './records';
import { PatrolReportsService } from './reports.service';
import { PatrolRunsService, type OpenPatrolRectifications } from './runs.service';
import { PatrolSetupService } from './setup.service';

export * from './types';
export { PatrolSetupService, newTag } from './setup.service';
export { PatrolRunsService } from './runs.service';
export type { OpenPatrolRectifications, PatrolRectificationRequest } from './runs.service';
export { PatrolReportsService } from './reports.service';

/**
 * Patrol points and routes (巡检点与巡逻路线): points with QR codes per property zone, routes
 * scheduled by inspection planning, runs submitted from the field app, reports. Failed quick
 * checks open rectifications through the rectification service given by the composition root.
 */
export function patrolsModule(deps: {
  frequencies: FrequenciesService;
  occurrences: OccurrencesService;
  materialiser: OccurrenceMaterialiser;
  openRectifications: OpenPatrolRectifications;
}) {
  const setup = new PatrolSetupService(deps.frequencies);
  const runs = new PatrolRunsService(deps.occurrences, setup, deps.openRectifications);
  const reports = new PatrolReportsService(setup, deps.materialiser);
  return {
    setup,
    runs,
    reports,
    records: patrolRecordKinds(setup, runs),
    resolvers: [
      PatrolPointResolver,
      PatrolRouteResolver,
      PatrolRunResolver,
      PatrolRunPointResolver,
      QuickCheckAnswerResolver,
      PatrolRouteDayResolver,
      PatrolRouteDayRunResolver,
      PatrolGuardCountsResolver,
      PatrolCoverageRouteResolver,
      PatrolCoverageResolver,
      OccurrencePatrolRouteResolver,
    ] as const,
    instances: [
      new PatrolPointResolver(setup),
      new PatrolRouteResolver(setup, reports),
      new PatrolRunResolver(runs),
      new PatrolRunPointResolver(),
      new QuickCheckAnswerResolver(),
      new PatrolRouteDayResolver(),
      new PatrolRouteDayRunResolver(),
      new PatrolGuardCountsResolver(),
      new PatrolCoverageRouteResolver(),
      new PatrolCoverageResolver(),
      new OccurrencePatrolRouteResolver(),
    ],
  };
}
