import { InspectionTemplate, InspectionTemplateVersion } from '@pinzhi/db';
import { entityRecordKind, type RecordKind, type SearchProvider } from '@pinzhi/api-core';
import type { InspectionTemplatesService } from './templates.service';

export function checklistRecordKinds(templates: InspectionTemplatesService): RecordKind[] {
  return [
    entityRecordKind(
      'InspectionTemplate',
      InspectionTemplate,
      (t) => ({ name: t.name, page: 'InspectionTemplate', pageId: t.id }),
      (ctx, id) => templates.get(ctx, id),
    ),
    entityRecordKind('InspectionTemplateVersion', InspectionTemplateVersion, async (v, ctx) => {
      const t = await ctx.loaders.entity(InspectionTemplate).load(v.templateId);
      return t ? { name: v.number ? `${t.name} v${v.number}` : t.name, page: 'InspectionTemplate', pageId: t.id } : null;
    }),
  ];
}

export function checklistSearch(templates: InspectionTemplatesService): SearchProvider[] {
  return [
    {
      kind: 'CHECKLIST',
      async search(ctx, text, first) {
        const page = await templates.list(ctx, { first, filter: { search: text } });
        return {
          total: page.totalCount,
          hits: page.nodes.map((t) => ({
            id: t.id,
            title: t.name,
            subtitle: t.latestNumber ? `v${t.latestNumber}` : null,
            page: 'InspectionTemplate',
            pageId: t.id,
          })),
        };
      },
    },
  ];
}
