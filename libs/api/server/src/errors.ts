import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { EntityNotFoundError, StaleVersionError, UniqueViolationError } from '@pinzhi/db';
import { PUBLIC_ERROR_CODES } from '@pinzhi/api-core';

/**
 * What a client sees of an error: our own codes with their details; data-layer errors
 * translated; anything unexpected masked (no stack, no SQL) in production.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
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
