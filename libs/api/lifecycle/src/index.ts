import { ForbiddenError, type DownloadRoute } from '@pinzhi/api-core';
import { CompanyDeletionResolver, CompanyExportResolver } from './lifecycle.resolver';
import { LifecycleService, type LifecycleOptions } from './lifecycle.service';

export { LifecycleService, EXPORT_JOB, EXPORT_EXPIRY_JOB, DELETION_JOB, ARCHIVE_FORMAT } from './lifecycle.service';
export type { LifecycleOptions, LifecycleStoreLike, FileStorageLike } from './lifecycle.service';
export { exportDownloadPath } from './lifecycle.resolver';
export { ZipWriter } from './archive';

/**
 * Leaving (issue 27): a company's full export and its deletion after a grace period. The
 * composition root gives it the platform store (TenantLifecycleStore), the file storage and a
 * way to open any tenant; `service` is what the platform operator's console calls with a tenant id.
 */
export function lifecycleModule(options: LifecycleOptions) {
  const service = new LifecycleService(options);
  const downloads: DownloadRoute[] = [
    {
      path: '/downloads/company-exports/:id.zip',
      async handle(ctx, params) {
        if (ctx.user.role !== 'TENANT_ADMIN') throw new ForbiddenError();
        const file = await service.downloadExport(ctx.user.tenantId, ctx.user.userId, params['id'] ?? '', ctx.now());
        return { filename: file.filename, contentType: 'application/zip', body: file.body };
      },
    },
  ];
  return {
    service,
    handlers: service.handlers(),
    downloads,
    resolvers: [CompanyExportResolver, CompanyDeletionResolver] as const,
    instances: [new CompanyExportResolver(service), new CompanyDeletionResolver(service)],
  };
}
