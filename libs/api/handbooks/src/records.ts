import { Handbook, HandbookVersion, Standard } from '@pinzhi/db';
import { entityRecordKind, type RecordKind, type SearchProvider } from '@pinzhi/api-core';
import type { HandbooksService } from './handbooks.service';

export function handbookRecordKinds(handbooks: HandbooksService): RecordKind[] {
  return [
    entityRecordKind('Standard', Standard, (s) => ({ name: `${s.code} ${s.titleZh}`, page: 'Standards', pageId: s.code })),
    entityRecordKind(
      'Handbook',
      Handbook,
      (h) => ({ name: h.name, page: 'Handbook', pageId: h.id }),
      (ctx, id) => handbooks.get(ctx, id),
    ),
    entityRecordKind('HandbookVersion', HandbookVersion, async (v, ctx) => {
      const h = await ctx.loaders.entity(Handbook).load(v.handbookId);
      return h ? { name: v.number ? `${h.name} v${v.number}` : h.name, page: 'Handbook', pageId: h.id } : null;
    }),
  ];
}

export function handbookSearch(handbooks: HandbooksService): SearchProvider[] {
  return [
    {
      kind: 'HANDBOOK',
      async search(ctx, text, first) {
        const page = await handbooks.list(ctx, { first, filter: { search: text } });
        return {
          total: page.totalCount,
          hits: page.nodes.map((h) => ({
            id: h.id,
            title: h.name,
            subtitle: h.latestNumber ? `v${h.latestNumber}` : null,
            page: 'Handbook',
            pageId: h.id,
          })),
        };
      },
    },
  ];
}
