import { CostEntry, CostReview, Project } from '@pinzhi/db';
import { entityRecordKind, type RecordKind } from '@pinzhi/api-core';

const projectMonth = async (projectId: string, month: string, ctx: Parameters<RecordKind['describe']>[0]) => {
  const p = await ctx.loaders.entity(Project).load(projectId);
  return { name: `${p?.name ?? ''} ${month}`.trim(), page: 'ProjectCosts' as const, pageId: projectId };
};

export const costRecordKinds: RecordKind[] = [
  entityRecordKind('CostEntry', CostEntry, (e, ctx) => projectMonth(e.projectId, e.month, ctx)),
  entityRecordKind('CostReview', CostReview, (r, ctx) => projectMonth(r.projectId, r.month, ctx)),
];
