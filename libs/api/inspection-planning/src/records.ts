import { HolidayList, InspectionFrequency, InspectionOccurrence, InspectionTemplate, PatrolRoute } from '@pinzhi/db';
import { entityRecordKind, type RecordKind } from '@pinzhi/api-core';

export const planningRecordKinds: RecordKind[] = [
  entityRecordKind('HolidayList', HolidayList, (h) => ({ name: h.name, page: 'Holidays', pageId: null })),
  // A patrol route's schedule and runs are named by the route.
  entityRecordKind('InspectionFrequency', InspectionFrequency, async (f, ctx) => {
    const name = f.templateId
      ? (await ctx.loaders.entity(InspectionTemplate).load(f.templateId))?.name
      : f.patrolRouteId
        ? (await ctx.loaders.entity(PatrolRoute).load(f.patrolRouteId))?.name
        : null;
    return { name: name ?? '', page: 'Project', pageId: f.projectId };
  }),
  entityRecordKind('InspectionOccurrence', InspectionOccurrence, async (o, ctx) => {
    const name = o.templateId
      ? (await ctx.loaders.entity(InspectionTemplate).load(o.templateId))?.name
      : o.patrolRouteId
        ? (await ctx.loaders.entity(PatrolRoute).load(o.patrolRouteId))?.name
        : null;
    return { name: name ? `${name} · ${o.localDate}` : o.localDate, page: 'Project', pageId: o.projectId };
  }),
];
