import { ForbiddenError, type DownloadRoute } from '@pinzhi/api-core';
import { CompanyDeletionResolver, CompanyExportResolver } from './lifecycle.resolver';
import { LifecycleService, type LifecycleOptions } from './lifecycle.service';
import { PlatformLifecycle, PlatformLifecycleResolver, type PlatformConsoleLike } from './platform-lifecycle';

export { LifecycleService, EXPORT_JOB, EXPORT_EXPIRY_JOB, DELETION_JOB, ARCHIVE_FORMAT } from './lifecycle.service';
export type { LifecycleOptions, LifecycleStoreLike, FileStorageLike, PlatformActor } from './lifecycle.service';
export { exportDownloadPath } from './lifecycle.resolver';
export { platformExportDownloadPath } from './platform-lifecycle';
export type { PlatformConsoleLike } from './platform-lifecycle';
export { ZipWriter } from './archive';

/**
 * Leaving (issue 27): a company's full export and its deletion after a grace period. The
 * composition root gives it the platform store (TenantLifecycleStore), the file storage and a
 * way to open any tenant; the company admin reaches `service` with their own tenant id, the
 * platform operator's console (PlatformLifecycleResolver, its own download route) with any
 * company's id (`platform`: the companies and the platform trail).
 */
export function lifecycleModule(options: LifecycleOptions & { platform: PlatformConsoleLike }) {
  const service = new LifecycleService(options);
  const platformLifecycle = new PlatformLifecycle(service, options.platform);
  const downloads: DownloadRoute[] = [
    {
      path: '/downloads/company-exports/:id.zip',
      async handle(ctx, params) {
        if (ctx.user.role !== 'TENANT_ADMIN') throw new ForbiddenError();
        const file = await service.downloadExport(ctx.user.tenantId, ctx.user.userId, params['id'] ?? '', ctx.now());
        return { filename: file.filename, contentType: 'application/zip', body: { stream: file.stream, bytes: file.bytes } };
      },
    },
    {
      // The platform operator's session only: a company member (its admin too) is FORBIDDEN here.
      path: '/downloads/platform/companies/:companyId/exports/:id.zip',
      auth: 'platformOperator',
      async handle(ctx, params) {
        const file = await platformLifecycle.download(ctx, params['companyId'] ?? '', params['id'] ?? '');
        return { filename: file.filename, contentType: 'application/zip', body: { stream: file.stream, bytes: file.bytes } };
      },
    },
  ];
  return {
    service,
    handlers: service.handlers(),
    downloads,
    resolvers: [CompanyExportResolver, CompanyDeletionResolver, PlatformLifecycleResolver] as const,
    instances: [new CompanyExportResolver(service), new CompanyDeletionResolver(service), new PlatformLifecycleResolver(platformLifecycle)],
  };
}
