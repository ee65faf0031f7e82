import type { DownloadRoute } from '@pinzhi/api-core';
import { CalendarFeedsService } from './feeds.service';
import { FrequenciesService } from './frequencies.service';
import { OccurrenceMaterialiser } from './materialiser';
import { OccurrencesService } from './occurrences.service';
import {
  CalendarFeedResolver,
  InspectionAssigneeResolver,
  InspectionFrequencyDefaultResolver,
  InspectionFrequencyResolver,
  InspectionOccurrenceResolver,
  ProjectPlanningResolver,
  SkippedDefaultResolver,
} from './planning.resolver';
import { planningRecordKinds } from './records';

export * from './types';
export { FrequenciesService } from './frequencies.service';
export { OccurrencesService, mayCompleteOccurrence, withState } from './occurrences.service';
export { OccurrenceMaterialiser } from './materialiser';
export { CalendarFeedsService } from './feeds.service';
export { STATE_SQL, limitOccurrences, mineOnly } from './access';
export { PatrolScheduleInput } from './inputs';
export type { RouteScheduleValues } from './frequencies.service';

/** Inspection planning (检查频次): frequencies, occurrences, calendars and iCal feeds. */
export function inspectionPlanningModule() {
  const materialiser = new OccurrenceMaterialiser();
  const frequencies = new FrequenciesService(materialiser);
  const occurrences = new OccurrencesService(materialiser);
  const feeds = new CalendarFeedsService(materialiser);
  const downloads: DownloadRoute[] = [
    {
      // Calendar apps subscribe to this URL; the token in it is the credential.
      path: '/calendar/:token',
      auth: 'calendarFeed',
      handle: async (ctx) => ({ contentType: 'text/calendar; charset=utf-8', ...(await feeds.render(ctx)) }),
    },
  ];
  return {
    materialiser,
    records: planningRecordKinds,
    frequencies,
    occurrences,
    feeds,
    downloads,
    resolvers: [
      InspectionFrequencyResolver,
      InspectionAssigneeResolver,
      InspectionFrequencyDefaultResolver,
      SkippedDefaultResolver,
      InspectionOccurrenceResolver,
      CalendarFeedResolver,
      ProjectPlanningResolver,
    ] as const,
    instances: [
      new InspectionFrequencyResolver(frequencies),
      new InspectionAssigneeResolver(),
      new InspectionFrequencyDefaultResolver(),
      new SkippedDefaultResolver(),
      new InspectionOccurrenceResolver(occurrences),
      new CalendarFeedResolver(feeds),
      new ProjectPlanningResolver(occurrences),
    ],
  };
}
