import { Feedback, Inspection, Project, Rectification } from '@pinzhi/db';
import { entityRecordKind, type RecordKind, type SearchProvider } from '@pinzhi/api-core';
import type { InspectionsService } from './inspections.service';
import type { RectificationsService } from './rectifications.service';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function inspectionRecordKinds(rectifications: RectificationsService): RecordKind[] {
  return [
    entityRecordKind('Inspection', Inspection, async (i, ctx) => {
      const p = await ctx.loaders.entity(Project).load(i.projectId);
      return { name: [p?.name, i.localDate].filter(Boolean).join(' · '), page: 'Inspection', pageId: i.id };
    }),
    entityRecordKind(
      'Rectification',
      Rectification,
      (r) => ({ name: short(r.description), page: 'Rectification', pageId: r.id }),
      (ctx, id) => rectifications.get(ctx, id),
    ),
    entityRecordKind('Feedback', Feedback, (f) => ({ name: short(f.description), page: 'Feedback', pageId: f.id })),
  ];
}

/** Inspections and rectifications by their project's code or name (rectifications also by description). */
export function inspectionSearch(inspections: InspectionsService, rectifications: RectificationsService): SearchProvider[] {
  return [
    {
      kind: 'INSPECTION',
      async search(ctx, text, first) {
        const page = await inspections.list(ctx, { first, filter: { search: text } });
        const projects = await ctx.loaders.entity(Project).loadMany(page.nodes.map((i) => i.projectId));
        return {
          total: page.totalCount,
          hits: page.nodes.map((i, n) => {
            const p = projects[n];
            const score = i.scorePercent == null ? null : `${Number(i.scorePercent)}%`;
            return {
              id: i.id,
              title: p && !(p instanceof Error) ? p.name : '',
              subtitle: [i.localDate, score].filter(Boolean).join(' · ') || null,
              page: 'Inspection' as const,
              pageId: i.id,
            };
          }),
        };
      },
    },
    {
      kind: 'RECTIFICATION',
      async search(ctx, text, first) {
        const page = await rectifications.list(ctx, { first, filter: { search: text } });
        const projects = await ctx.loaders.entity(Project).loadMany(page.nodes.map((r) => r.projectId));
        return {
          total: page.totalCount,
          hits: page.nodes.map((r, n) => {
            const p = projects[n];
            return {
              id: r.id,
              title: short(r.description),
              subtitle: p && !(p instanceof Error) ? p.name : null,
              page: 'Rectification' as const,
              pageId: r.id,
            };
          }),
        };
      },
    },
  ];
}
