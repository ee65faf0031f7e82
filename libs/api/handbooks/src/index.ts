import type { DownloadRoute } from '@pinzhi/api-core';
import type { ApprovalsEngine } from '@pinzhi/api-approvals';
import { exportHandbookVersion, exportStandards } from './excel';
import {
  HandbookApprovalResolver,
  HandbookItemResolver,
  HandbookResolver,
  HandbookVersionResolver,
  ProjectHandbookResolver,
  StandardResolver,
} from './handbooks.resolver';
import { HandbooksService, type HandbookPublishedListener } from './handbooks.service';
import { StandardsService } from './standards.service';
import { handbookRecordKinds, handbookSearch } from './records';

export * from './types';
export { HandbooksService } from './handbooks.service';
export type { HandbookPublishedListener } from './handbooks.service';
export { StandardsService } from './standards.service';
export { loadDoc, loadDocs, mapZonesByName, writeDoc } from './handbook-content';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Standards library and versioned handbooks (工作手册). */
export function handbooksModule(options: { onPublished?: HandbookPublishedListener[]; approvals?: ApprovalsEngine } = {}) {
  const handbooks = new HandbooksService(options.onPublished ?? [], options.approvals ?? null);
  const standards = new StandardsService();
  const downloads: DownloadRoute[] = [
    {
      path: '/downloads/standards.xlsx',
      handle: async (ctx) => ({ filename: '标准库.xlsx', contentType: XLSX, body: await exportStandards(ctx) }),
    },
    {
      path: '/downloads/handbook-versions/:id',
      handle: async (ctx, params) => ({ contentType: XLSX, ...(await exportHandbookVersion(ctx, params['id'])) }),
    },
  ];
  return {
    handbooks,
    records: handbookRecordKinds(handbooks),
    search: handbookSearch(handbooks),
    standards,
    downloads,
    resolvers: [
      StandardResolver,
      HandbookResolver,
      HandbookVersionResolver,
      HandbookItemResolver,
      ProjectHandbookResolver,
      HandbookApprovalResolver,
    ] as const,
    instances: [
      new StandardResolver(standards),
      new HandbookResolver(handbooks),
      new HandbookVersionResolver(),
      new HandbookItemResolver(),
      new ProjectHandbookResolver(),
      new HandbookApprovalResolver(handbooks),
    ],
  };
}
