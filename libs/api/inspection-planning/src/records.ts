import { HolidayList, InspectionFrequency, InspectionOccurrence, InspectionTemplate } from '@pinzhi/db';
import { entityRecordKind, type RecordKind } from '@pinzhi/api-core';

export const planningRecordKinds: RecordKind[] = [
  entityRecordKind('HolidayList', HolidayList, (h) => ({ name: h.name, page: 'Holidays', pageId: null })),
  entityRecordKind('InspectionFrequency', InspectionFrequency, async (f, ctx) => {
    const t = await ctx.loaders.entity(InspectionTemplate).load(f.templateId);
    return { name: t?.name ?? '', page: 'Project', pageId: f.projectId };
  }),
  entityRecordKind('InspectionOccurrence', InspectionOccurrence, async (o, ctx) => {
    const t = await ctx.loaders.entity(InspectionTemplate).load(o.templateId);
    return { name: t ? `${t.name} · ${o.localDate}` : o.localDate, page: 'Project', pageId: o.projectId };
  }),
];
