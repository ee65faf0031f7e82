import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isStaleVersion, toApiError, unauthenticatedReason } from './errors';
import { fieldNameOf } from './form-errors';

describe('toApiError', () => {
  it('reads BAD_USER_INPUT field problems', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: ['input', 'code'], field: 'code', reason: 'TAKEN', message: 'Code already used' }],
          },
        },
      ],
    });
    const problem = toApiError(error);
    expect(problem.code).toBe('BAD_USER_INPUT');
    expect(problem.fields).toEqual([
      { path: ['input', 'code'], field: 'code', reason: 'TAKEN', message: 'Code already used', params: undefined },
    ]);
  });

  it('reads GraphQL errors from a non-2xx response body', () => {
    const body = JSON.stringify({ errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } }] });
    const error = new ServerError('401', {
      response: { status: 401, headers: { get: () => null } } as unknown as Response,
      bodyText: body,
    });
    expect(toApiError(error).code).toBe('UNAUTHENTICATED');
    expect(unauthenticatedReason(error)).toBe('SESSION_EXPIRED');
  });

  it('treats fetch failures as NETWORK', () => {
    expect(toApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('tells a stale version from a unique clash', () => {
    const stale = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'changed', extensions: { code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 } }],
    });
    const unique = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'dup', extensions: { code: 'CONFLICT' } }] });
    expect(isStaleVersion(toApiError(stale))).toBe(true);
    expect(isStaleVersion(toApiError(unique))).toBe(false);
  });
});

describe('fieldNameOf', () => {
  it('maps server paths onto antd name paths', () => {
    expect(fieldNameOf({ path: ['input', 'zones', '2', 'name'], field: 'name', reason: 'TOO_LONG', message: '' })).toEqual([
      'zones',
      2,
      'name',
    ]);
    expect(fieldNameOf({ path: ['tenantSlug'], field: 'tenantSlug', reason: 'TENANT_REQUIRED', message: '' })).toEqual(['tenantSlug']);
  });
});
