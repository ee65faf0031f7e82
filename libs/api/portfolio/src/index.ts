import { PortfolioService } from './portfolio.service';
import { MeRegionsResolver, MemberRegionsResolver, ProjectResolver, PropertyResolver, RegionResolver } from './portfolio.resolver';

export * from './types';
export { PortfolioService } from './portfolio.service';
export { regionLimit, canSeeRegion } from './region-scope';

/** Portfolio: regions, properties with zones, projects. */
export function portfolioModule() {
  const service = new PortfolioService();
  return {
    service,
    resolvers: [RegionResolver, PropertyResolver, ProjectResolver, MemberRegionsResolver, MeRegionsResolver] as const,
    instances: [new RegionResolver(service), new PropertyResolver(service), new ProjectResolver(service), new MemberRegionsResolver(), new MeRegionsResolver()],
  };
}
