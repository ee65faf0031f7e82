import { SetupResolver, SetupService } from './setup.resolver';
import type { TenantOpener } from './starter-pack';

export { applyStarterPack, existingContent } from './starter-pack';
export type { StarterPackCounts, StarterPackOptions, TenantOpener } from './starter-pack';
export { SETUP_ITEMS, SetupService } from './setup.resolver';
export type { SetupItem } from './setup.resolver';
export * as standardPack from './data/standard-pack';
export { CONDUCT_STANDARDS, SALES_OFFICE_STANDARDS } from './data/conduct-standards';
export type { StandardSeed } from './data/conduct-standards';

/**
 * A new company's first day: starter packs (`applyStarterPack`, also called by the platform's
 * "create company" and the demo seed) and the first-day checklist on the 工作台.
 */
export function starterModule(platform: TenantOpener) {
  const service = new SetupService(platform);
  return { service, resolvers: [SetupResolver] as const, instances: [new SetupResolver(service)] };
}
