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

export * from './types';
export { PortfolioService, type ProjectStageListener } from './portfolio.service';
export { regionLimit, canSeeRegion } from './region-scope';

/** Portfolio: regions, properties with zones, projects. */
export function portfolioModule(options: { onStageChange?: ProjectStageListener[] } = {}) {
  const service = new PortfolioService(options.onStageChange ?? []);
  return {
    service,
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
