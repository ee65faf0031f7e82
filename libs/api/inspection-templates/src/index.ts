import { ChecklistItemResolver, InspectionTemplateResolver, InspectionTemplateVersionResolver } from './templates.resolver';
import { InspectionTemplatesService } from './templates.service';
import { checklistRecordKinds, checklistSearch } from './records';

export * from './types';
export { InspectionTemplatesService, canPlanInspections, requirePlanner, checklistVersioning } from './templates.service';
export { loadChecklist, loadChecklists, writeChecklist } from './checklist-content';

/** Inspection templates (检查表): versioned checklists of library standards. */
export function inspectionTemplatesModule() {
  const templates = new InspectionTemplatesService();
  return {
    templates,
    records: checklistRecordKinds(templates),
    search: checklistSearch(templates),
    resolvers: [InspectionTemplateResolver, InspectionTemplateVersionResolver, ChecklistItemResolver] as const,
    instances: [new InspectionTemplateResolver(templates), new InspectionTemplateVersionResolver(templates), new ChecklistItemResolver()],
  };
}
