import { RegulationResolver, RegulationVersionResolver } from './regulations.resolver';
import { RegulationsService } from './regulations.service';
import { regulationRecordKinds, regulationSearch } from './records';

export * from './types';
export { RegulationsService, regulationVersioning } from './regulations.service';
export { loadRegulationDoc, loadRegulationDocs, writeRegulationDoc } from './content';

/** QC regulations (品质控制管理制度): versioned documents with acknowledgements. */
export function regulationsModule() {
  const regulations = new RegulationsService();
  return {
    records: regulationRecordKinds(regulations),
    search: regulationSearch(regulations),
    regulations,
    resolvers: [RegulationResolver, RegulationVersionResolver] as const,
    instances: [new RegulationResolver(regulations), new RegulationVersionResolver()],
  };
}
