export { TestApp, TEST_JWT_SECRET, FIXED_NOW, codes, fieldReasons } from './test-app';
export type { GqlResult } from './test-app';
export { pastTenantScope } from './statement-guard';
