// What feature libraries may use: entities (as types and for repo()), the tenant-scoped
// data access, and the data-layer errors. The DataSource lives in `@pinzhi/db/platform`.
export * from './entities';
export { TenantDb, TenantRepository, Brackets } from './tenant-db';
export type { ScopedWhere, NewRow, RowPatch, TenantRow, EntityClass } from './tenant-db';
export * from './errors';
export { DatabaseUnavailableError, asDatabaseUnavailable, DATABASE_RETRY_AFTER_SECONDS } from './availability';
export type { UnavailableReason } from './availability';
export { paginate, InvalidCursorError, containsPattern } from './pagination';
export type { Page, PageRequest, PaginateOptions, SortOrder } from './pagination';
export type { SelectQueryBuilder } from 'typeorm';
export { rawInstant } from './raw';
