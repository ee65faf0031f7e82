/** Kept for callers that import them from here: the data scope is one mechanism in @pinzhi/api-core (scope.ts). */
export { regionLimit, canSeeRegion, canSeeProject, limitToScope, scopeCondition, dataScope } from '@pinzhi/api-core';
