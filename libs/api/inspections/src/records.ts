import { Feedback, Inspection, Project, Rectification } from '@pinzhi/db';
import { entityRecordKind, type RecordKind } from '@pinzhi/api-core';
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
