import { GraphQLError, Kind, type GraphQLFormattedError, type OperationDefinitionNode, type SelectionNode, type ValueNode } from 'graphql';
import type { Logger } from 'pino';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  EntityNotFoundError,
  StaleVersionError,
  UniqueViolationError,
  asDatabaseUnavailable,
} from '@pinzhi/db';
import { PUBLIC_ERROR_CODES, ServiceUnavailableError, type FieldError, type FieldReason } from '@pinzhi/api-core';
import { QUERY_TOO_COMPLEX, tokenLimitError } from './limits';

/** graphql-js's "Did you mean …?" hints name fields, types and enum values a client did not ask for. */
const SUGGESTION = / ?Did you mean .+\?$/;

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
    let code = formatted.extensions?.['code'] as string | undefined;
    // Every query limit answers one code (HTTP 400 is set where it is raised): the parser's
    // token limit and the depth/alias validation rules name the limit in `extensions.limit`.
    const tooManyTokens = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitError(formatted.message) : null;
    if (tooManyTokens) {
      formatted = { ...base, message: tooManyTokens.message, extensions: tooManyTokens.extensions };
      code = QUERY_TOO_COMPLEX;
    } else if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.extensions?.['limit']) {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: QUERY_TOO_COMPLEX } };
      code = QUERY_TOO_COMPLEX;
    }
    if (production) formatted = withoutSuggestions(formatted);
    if (code === 'BAD_USER_INPUT' && !formatted.extensions?.['fields']) {
      const fields = variableFieldErrors(formatted.message, formatted.extensions?.['reason']);
      if (fields) formatted = { ...formatted, extensions: { ...formatted.extensions, fields } };
    }
    if (code && PUBLIC_ERROR_CODES.has(code)) {
      const { stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: production ? extensions : { ...extensions, ...(stacktrace ? { stacktrace } : {}) } };
    }
    if (!production) return formatted;
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

// graphql-js: `Variable "$input" got invalid value "NaN" at "input.items[0].date"; <why>`.
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s;

/**
 * A variable that does not coerce (a bad LocalDate, a string for an Int, a missing required
 * field) is reported by GraphQL with the path in its message only; this gives it the same
 * `fields: [{ path, field, reason, message }]` as our own BAD_USER_INPUT, so a form can show it at
 * its field. The path is where the variable is used (`createEmployee(input: $i)` → `input.…`),
 * from `usages`, else the variable's own name.
 */
export function variableFieldErrors(
  message: string,
  reason: unknown,
  usages: ReadonlyMap<string, string[]> = new Map(),
): FieldError[] | null {
  const m = VARIABLE_ERROR.exec(message);
  if (!m) return null;
  const inVariable = m[2] ? m[2].split(/\.|\[(\d+)\]/).filter((p) => p) : [m[1]];
  const path = [...(usages.get(m[1]) ?? [m[1]]), ...inVariable.slice(1)];
  const missing = /^Field "(\w+)" of required type .* was not provided\.$/.exec(m[3]);
  if (missing) path.push(missing[1]);
  return [
    {
      path,
      field: path[path.length - 1],
      reason: missing ? 'REQUIRED' : typeof reason === 'string' ? (reason as FieldReason) : 'INVALID_VALUE',
      message: m[3],
    },
  ];
}

/** Where each variable is first used as an argument value: `$i` in `f(input: { hireDate: $i })` → ["input", "hireDate"]. */
export function variableUsages(operation: OperationDefinitionNode): Map<string, string[]> {
  const usages = new Map<string, string[]>();
  const visitValue = (value: ValueNode, path: string[]) => {
    if (value.kind === Kind.VARIABLE) {
      if (!usages.has(value.name.value)) usages.set(value.name.value, path);
    } else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => visitValue(f.value, [...path, f.name.value]));
    else if (value.kind === Kind.LIST) value.values.forEach((v, i) => visitValue(v, [...path, String(i)]));
  };
  const visitSelections = (selections: readonly SelectionNode[]) => {
    for (const s of selections) {
      if (s.kind === Kind.FIELD) s.arguments?.forEach((a) => visitValue(a.value, [a.name.value]));
      if ('selectionSet' in s && s.selectionSet) visitSelections(s.selectionSet.selections);
    }
  };
  visitSelections(operation.selectionSet.selections);
  return usages;
}

/** Gives variable coercion errors their `fields`, with paths where the variables are used. */
export function addVariableFieldErrors(errors: readonly GraphQLError[], operation: OperationDefinitionNode | null | undefined): void {
  const usages = operation ? variableUsages(operation) : new Map<string, string[]>();
  for (const e of errors) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT' || e.extensions['fields']) continue;
    const fields = variableFieldErrors(e.message, e.extensions['reason'], usages);
    if (fields) (e.extensions as Record<string, unknown>)['fields'] = fields;
  }
}

/** The message and any field messages without graphql-js's "Did you mean …?" hints. */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const fields = formatted.extensions?.['fields'];
  return {
    ...formatted,
    message: formatted.message.replace(SUGGESTION, ''),
    ...(Array.isArray(fields)
      ? {
          extensions: {
            ...formatted.extensions,
            fields: fields.map((f: FieldError) => ({ ...f, message: f.message.replace(SUGGESTION, '') })),
          },
        }
      : {}),
  };
}

/** The code a client gets for an error (before masking): our own, a data-layer translation, or none. */
export function errorCode(error: unknown): string | null {
  const original = unwrapResolverError(error);
  if (original instanceof EntityNotFoundError) return 'NOT_FOUND';
  if (original instanceof StaleVersionError || original instanceof UniqueViolationError) return 'CONFLICT';
  const code = error instanceof GraphQLError ? error.extensions?.['code'] : undefined;
  return typeof code === 'string' && PUBLIC_ERROR_CODES.has(code) ? code : null;
}

/**
 * Errors a client can cause at will (a foreign id, a stale version, bad input, a missing
 * role or session, a limit) are logged at info without a stack: at error level they would let
 * anyone flood the error log and bury real faults. Everything else is a fault: error, with stack.
 */
export function logErrors(log: Logger, errors: readonly GraphQLError[]): void {
  for (const e of errors) {
    const unavailable = asDatabaseUnavailable(e.originalError);
    if (unavailable) {
      log.warn({ reason: unavailable.reason, err: unavailable.cause ?? unavailable, path: e.path }, 'database unavailable');
      continue;
    }
    const code = errorCode(e);
    if (code) log.info({ code, path: e.path, message: e.message }, 'request refused');
    else log.error({ err: e.originalError ?? e, path: e.path }, 'resolver failed');
  }
}

/** HTTP status for an error code on the plain HTTP routes (downloads, uploads, feeds). */
export const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SURVEY_UNAVAILABLE: 409,
  TOO_MANY_ATTEMPTS: 429,
  SERVICE_UNAVAILABLE: 503,
};
