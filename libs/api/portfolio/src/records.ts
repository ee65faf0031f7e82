import { Project, Property, Region } from '@pinzhi/db';
import { entityRecordKind, type RecordKind } from '@pinzhi/api-core';
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
