// Reading the API's error contract (errors[].extensions) out of whatever Apollo Client hands us.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'SERVICE_UNAVAILABLE'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  | 'NETWORK'
  | 'UNKNOWN';

export interface FieldProblem {
  path: string[];
  field: string;
  reason: string;
  message: string;
  params?: Record<string, unknown>;
}

export interface ApiError {
  code: ErrorCode | string;
  message: string;
  /** BAD_USER_INPUT: one entry per offending field. */
  fields: FieldProblem[];
  /** UNAUTHENTICATED: BAD_CREDENTIALS | NO_TOKEN | SESSION_EXPIRED | SESSION_REVOKED | ACCOUNT_DEACTIVATED */
  reason?: string;
  retryAfterSeconds?: number;
  tenants?: { slug: string; name: string }[];
  /** The first error's raw extensions. */
  extensions: Record<string, unknown>;
}

export interface RawGraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** GraphQL errors from a response, also when the server answered with a non-2xx status. */
export function graphQLErrorsOf(error: unknown): RawGraphQLError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors as RawGraphQLError[];
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: RawGraphQLError[] };
      if (Array.isArray(body?.errors)) return body.errors;
    } catch {
      /* not JSON */
    }
  }
  const record = asRecord(error);
  if (record && Array.isArray(record.errors)) return record.errors as RawGraphQLError[];
  return [];
}

function toFieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): FieldProblem[] => {
    const rec = asRecord(item);
    if (!rec) return [];
    const path = Array.isArray(rec.path) ? rec.path.map(String) : [];
    const field = typeof rec.field === 'string' ? rec.field : (path[path.length - 1] ?? '');
    return [
      {
        path: path.length ? path : [field],
        field,
        reason: typeof rec.reason === 'string' ? rec.reason : 'INVALID_VALUE',
        message: typeof rec.message === 'string' ? rec.message : '',
        params: asRecord(rec.params),
      },
    ];
  });
}

export function isNetworkError(error: unknown): boolean {
  if (!error) return false;
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerParseError.is(error)) return true;
  if (ServerError.is(error)) return graphQLErrorsOf(error).length === 0;
  const name = (error as { name?: string }).name;
  return name === 'TypeError' || name === 'AbortError' || name === 'NetworkError';
}

/** One normalised view of an error: the first GraphQL error's code and details, or NETWORK. */
export function toApiError(error: unknown): ApiError {
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) {
    const message = (error as { message?: string } | undefined)?.message ?? String(error);
    if (isNetworkError(error)) return { code: 'NETWORK', message, fields: [], extensions: {} };
    return { code: 'UNKNOWN', message, fields: [], extensions: {} };
  }
  const first = errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT') ?? errors[0];
  const ext = first.extensions ?? {};
  const fields = errors.flatMap((e) => toFieldProblems(e.extensions?.fields));
  const tenants = Array.isArray(ext.tenants)
    ? (ext.tenants as unknown[]).flatMap((t) => {
        const rec = asRecord(t);
        return rec && typeof rec.slug === 'string' ? [{ slug: rec.slug, name: typeof rec.name === 'string' ? rec.name : rec.slug }] : [];
      })
    : undefined;
  return {
    code: typeof ext.code === 'string' ? ext.code : 'UNKNOWN',
    message: first.message,
    fields,
    reason: typeof ext.reason === 'string' ? ext.reason : undefined,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    tenants,
    extensions: ext,
  };
}

/** CONFLICT from a stale expectedVersion (as opposed to a unique-value clash). */
export function isStaleVersion(error: ApiError): boolean {
  return error.code === 'CONFLICT' && ('currentVersion' in error.extensions || 'expectedVersion' in error.extensions);
}

/** The SERVICE_UNAVAILABLE error (HTTP 503: the API's database did not answer in time) an answer or error carries, if any. */
export function serviceUnavailableOf(errors: readonly RawGraphQLError[] | undefined): RawGraphQLError | undefined {
  return errors?.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
}

/** Which UNAUTHENTICATED reason (if any) an operation's error carries. */
export function unauthenticatedReason(error: unknown): string | null {
  const hit = graphQLErrorsOf(error).find((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (!hit) return null;
  return typeof hit.extensions?.reason === 'string' ? hit.extensions.reason : 'NO_TOKEN';
}
