import type { DownloadRoute } from '@pinzhi/api-core';
import { CostOverviewRowResolver, CostReviewResolver, CostsResolver } from './costs.resolver';
import { CostsService } from './costs.service';
import { costTemplate } from './excel';
import { costRecordKinds } from './records';

export * from './types';
export { CostsService, varianceOf } from './costs.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Operating costs (运营成本, duty 8): budgets and actuals, variance, thresholds, reviews, import. */
export function costsModule() {
  const costs = new CostsService();
  const downloads: DownloadRoute[] = [
    {
      path: '/downloads/costs/template.xlsx',
      handle: async (ctx) => ({ contentType: XLSX, ...(await costTemplate(ctx)) }),
    },
  ];
  return {
    costs,
    records: costRecordKinds,
    downloads,
    resolvers: [CostsResolver, CostOverviewRowResolver, CostReviewResolver] as const,
    instances: [new CostsResolver(costs), new CostOverviewRowResolver(), new CostReviewResolver()],
  };
}
