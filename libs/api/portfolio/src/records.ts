import { Project, Property, Region } from '@pinzhi/db';
import { entityRecordKind, type RecordKind, type SearchProvider } from '@pinzhi/api-core';
import type { PortfolioService } from './portfolio.service';

/** Names and pages of the portfolio's records (audit trail, histories); a project's history follows its visibility. */
export function portfolioRecordKinds(service: PortfolioService): RecordKind[] {
  return [
    entityRecordKind('Region', Region, (r) => ({ name: r.name, page: 'Regions', pageId: null })),
    entityRecordKind('Property', Property, (p) => ({ name: p.name, page: 'Property', pageId: p.id })),
    entityRecordKind(
      'Project',
      Project,
      (p) => ({ name: `${p.code} ${p.name}`, page: 'Project', pageId: p.id }),
      (ctx, id) => service.getProject(ctx, id),
    ),
  ];
}

/** Global search: projects whose code or name contains the text, as the projects list finds them. */
export function portfolioSearch(service: PortfolioService): SearchProvider[] {
  return [
    {
      kind: 'PROJECT',
      async search(ctx, text, first) {
        const page = await service.listProjects(ctx, { first, filter: { search: text } });
        return {
          total: page.totalCount,
          hits: page.nodes.map((p) => ({ id: p.id, title: p.name, subtitle: p.code, page: 'Project', pageId: p.id })),
        };
      },
    },
  ];
}
