import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  EntityNotFoundError,
  StaleVersionError,
  UniqueViolationError,
  asDatabaseUnavailable,
} from '@pinzhi/db';
import { PUBLIC_ERROR_CODES, ServiceUnavailableError } from '@pinzhi/api-core';

/**
 * Whether an error (as thrown, or as wrapped by GraphQL execution) means the database is
 * unavailable: a timeout, an unreachable server, a busy SQLite file.
 */
export function isServiceUnavailable(error: unknown): boolean {
  if (error instanceof GraphQLError && error.extensions?.['code'] === 'SERVICE_UNAVAILABLE') return true;
  return asDatabaseUnavailable(unwrapResolverError(error)) !== null;
}

/** The GraphQL error to throw for `error` where Apollo decides the HTTP status itself (the context function). */
export function serviceUnavailable(): ServiceUnavailableError {
  return new ServiceUnavailableError(DATABASE_RETRY_AFTER_SECONDS);
}

/**
 * What a client sees of an error: our own codes with their details; data-layer errors
 * translated; anything unexpected masked (no stack, no SQL) in production.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    // Before anything else: the driver's message names the database host and port, and a
    // stack trace adds nothing the client can act on — in every mode, not only production.
    if (isServiceUnavailable(error)) {
      return {
        ...base,
        message: 'The service is temporarily unavailable. Try again in a few seconds.',
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
      };
    }
    if (original instanceof EntityNotFoundError) {
      return {
        ...base,
        message: `${original.entity} ${original.id} was not found`,
        extensions: { code: 'NOT_FOUND', entity: original.entity, id: original.id },
      };
    }
    if (original instanceof StaleVersionError) {
      return {
        ...base,
        message: `This ${original.entity.toLowerCase()} was changed by someone else since you opened it. Reload to see their changes, then save again.`,
        extensions: { code: 'CONFLICT', expectedVersion: original.expected, currentVersion: original.actual },
      };
    }
    if (original instanceof UniqueViolationError) {
      return { ...base, message: 'A record with the same unique value already exists', extensions: { code: 'CONFLICT' } };
    }
    const code = formatted.extensions?.['code'] as string | undefined;
    if (code && PUBLIC_ERROR_CODES.has(code)) {
      const { stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: production ? extensions : { ...extensions, ...(stacktrace ? { stacktrace } : {}) } };
    }
    if (!production) return formatted;
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
