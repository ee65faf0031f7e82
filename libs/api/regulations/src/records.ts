import { Regulation, RegulationAcknowledgement, RegulationVersion } from '@pinzhi/db';
import { entityRecordKind, type RecordKind, type SearchProvider } from '@pinzhi/api-core';
import type { RegulationsService } from './regulations.service';

export function regulationRecordKinds(regulations: RegulationsService): RecordKind[] {
  const named = async (regulationId: string, ctx: Parameters<RecordKind['describe']>[0], suffix = '') => {
    const r = await ctx.loaders.entity(Regulation).load(regulationId);
    return r ? { name: `${r.title}${suffix}`, page: 'Regulation' as const, pageId: r.id } : null;
  };
  return [
    entityRecordKind(
      'Regulation',
      Regulation,
      (r) => ({ name: r.title, page: 'Regulation', pageId: r.id }),
      (ctx, id) => regulations.get(ctx, id),
    ),
    entityRecordKind('RegulationVersion', RegulationVersion, (v, ctx) => named(v.regulationId, ctx, v.number ? ` v${v.number}` : '')),
    entityRecordKind('RegulationAcknowledgement', RegulationAcknowledgement, (a, ctx) =>
      named(a.regulationId, ctx, ` v${a.versionNumber}`),
    ),
  ];
}

export function regulationSearch(regulations: RegulationsService): SearchProvider[] {
  return [
    {
      kind: 'REGULATION',
      async search(ctx, text, first) {
        const page = await regulations.list(ctx, { first, filter: { search: text } });
        return {
          total: page.totalCount,
          hits: page.nodes.map((r) => ({
            id: r.id,
            title: r.title,
            subtitle: r.latestNumber ? `v${r.latestNumber}` : null,
            page: 'Regulation',
            pageId: r.id,
          })),
        };
      },
    },
  ];
}
