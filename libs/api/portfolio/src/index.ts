import { PortfolioService, type ProjectStageListener } from './portfolio.service';
import {
  InvitationRegionsResolver,
  MeRegionsResolver,
  MemberRegionsResolver,
  ProjectResolver,
  PropertyResolver,
  RegionResolver,
} from './portfolio.resolver';
import { portfolioRecordKinds, portfolioSearch } from './records';
import type { DownloadRoute } from '@pinzhi/api-core';
import { projectTemplate } from './excel';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export * from './types';
export { PortfolioService, type ProjectStageListener, projectRuleErrors, databaseProjectRefs, type ProjectRefs } from './portfolio.service';
export { importProjects, projectTemplate, splitZones } from './excel';

/** Portfolio: regions, properties with zones, projects. */
export function portfolioModule(options: { onStageChange?: ProjectStageListener[] } = {}) {
  const service = new PortfolioService(options.onStageChange ?? []);
  const downloads: DownloadRoute[] = [
    {
      // The project import's template (the current projects with their properties, regions, formats).
      path: '/downloads/projects/template.xlsx',
      handle: async (ctx) => ({ contentType: XLSX, ...(await projectTemplate(ctx)) }),
    },
  ];
  return {
    service,
    downloads,
    records: portfolioRecordKinds(service),
    search: portfolioSearch(service),
    resolvers: [
      RegionResolver,
      PropertyResolver,
      ProjectResolver,
      MemberRegionsResolver,
      InvitationRegionsResolver,
      MeRegionsResolver,
    ] as const,
    instances: [
      new RegionResolver(service),
      new PropertyResolver(service),
      new ProjectResolver(service),
      new MemberRegionsResolver(),
      new InvitationRegionsResolver(),
      new MeRegionsResolver(),
    ],
  };
}
