import { GraphQLError } from 'graphql';

/** Why a field was refused; the web client translates these into the user's language. */
export type FieldReason =
  | 'REQUIRED'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'INVALID_FORMAT'
  | 'OUT_OF_RANGE'
  | 'INVALID_VALUE'
  | 'NOT_FOUND'
  | 'TAKEN'
  | 'INVALID_TRANSITION'
  | 'DATE_ORDER'
  | 'TENANT_REQUIRED'
  /** A new password that is too easy to guess (params.warning names why, as a zxcvbn feedback key). */
  | 'WEAK_PASSWORD'
  /** The current password given to confirm a change is not the account's. */
  | 'WRONG_PASSWORD'
  /** An invitation accepted as a new account for an e-mail that already has one: sign in instead. */
  | 'ACCOUNT_EXISTS'
  /** A task cannot be done: checklist items are not ticked (params.items). */
  | 'CHECKLIST_OPEN'
  /** A task cannot be done: the form it delivers has empty required fields (params.fields). */
  | 'SURVEY_INCOMPLETE'
  /** A per-company limit set by the platform is reached (params.max; params.limit = members | projects | storage). */
  | 'LIMIT_REACHED';

export interface FieldError {
  /** Full path inside the operation's arguments, e.g. ["input", "code"]. */
  path: string[];
  /** The last path segment, for forms that key errors by field name. */
  field: string;
  reason: FieldReason;
  message: string;
  params?: Record<string, unknown>;
}

export function fieldError(path: string | string[], reason: FieldReason, message: string, params?: Record<string, unknown>): FieldError {
  const p = Array.isArray(path) ? path : path.split('.');
  return { path: p, field: p[p.length - 1], reason, message, ...(params ? { params } : {}) };
}

export class BadUserInputError extends GraphQLError {
  constructor(
    readonly fields: FieldError[],
    extra: Record<string, unknown> = {},
  ) {
    super(
      fields.length === 1 ? fields[0].message : `Invalid input: ${fields.map((f) => `${f.path.join('.')} (${f.message})`).join('; ')}`,
      {
        extensions: { code: 'BAD_USER_INPUT', fields, ...extra },
      },
    );
  }

  static field(path: string | string[], reason: FieldReason, message: string, params?: Record<string, unknown>): BadUserInputError {
    return new BadUserInputError([fieldError(path, reason, message, params)]);
  }
}

export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`, { extensions: { code: 'NOT_FOUND', entity, id } });
  }
}

export type UnauthenticatedReason =
  | 'BAD_CREDENTIALS'
  | 'NO_TOKEN'
  | 'SESSION_EXPIRED'
  | 'SESSION_REVOKED'
  | 'ACCOUNT_DEACTIVATED'
  /** The right temporary password, after its expiry: an admin must reset it again. */
  | 'PASSWORD_EXPIRED'
  /** The company was suspended (停用) by the platform: its members cannot sign in until it is reactivated. */
  | 'TENANT_SUSPENDED';

export class UnauthenticatedError extends GraphQLError {
  constructor(reason: UnauthenticatedReason, message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', reason } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(
    message = 'Your role does not allow this',
    reason?: 'PASSWORD_CHANGE_REQUIRED' | 'PLATFORM_OPERATOR' | 'NOT_PLATFORM_OPERATOR',
    /** Extra extensions, e.g. the input field refused and why (an inspection level). */
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code: 'FORBIDDEN', ...(reason ? { reason } : {}), ...extra } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'CONFLICT', ...extra } });
  }
}

/**
 * A rate limit refused the request. SIGN_IN: too many sign-in attempts for the account or
 * address; BUSY: too many password checks are waiting already (retry in a few seconds).
 */
export class TooManyAttemptsError extends GraphQLError {
  constructor(retryAfterSeconds: number, reason: 'SIGN_IN' | 'BUSY' = 'SIGN_IN') {
    super(
      reason === 'BUSY'
        ? `The server is busy checking passwords. Try again in ${retryAfterSeconds} seconds.`
        : `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      { extensions: { code: 'TOO_MANY_ATTEMPTS', reason, retryAfterSeconds } },
    );
  }
}

/**
 * The database did not answer in time or could not be reached: nothing is wrong with the
 * request, so the client should try again. HTTP 503 with Retry-After (Apollo reads
 * `extensions.http` and strips it from the response).
 */
export class ServiceUnavailableError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super('The service is temporarily unavailable. Try again in a few seconds.', {
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds,
        http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

/** Codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  'SURVEY_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
]);
