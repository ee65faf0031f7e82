import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, Kind, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '@pinzhi/api-core';

/**
 * Excel imports send the file as base64 inside GraphQL (`importCosts(fileBase64: …)`): a 5 MB
 * workbook is ~6.7 MB of body. Rather than let every request be that large, they go to a route
 * of their own with its own body limit, for signed-in members only (checked before the body is
 * read), and that route runs nothing but imports. Ordinary requests keep a small body limit.
 */
export const IMPORT_PATH = '/graphql/import';

/** The argument that makes a mutation an import (the web client routes by the same rule). */
export const IMPORT_ARGUMENT = 'fileBase64';

// Apollo copies the context object per operation (own properties, symbols included), so the
// mark is a property rather than a WeakSet entry.
const IMPORT_REQUEST = Symbol('importRequest');

export function markImportRequest(ctx: RequestContext): void {
  Object.defineProperty(ctx, IMPORT_REQUEST, { value: true, enumerable: true });
}

function isImportRequest(ctx: RequestContext): boolean {
  return (ctx as unknown as Record<symbol, unknown>)[IMPORT_REQUEST] === true;
}

/** On the import route, only mutations whose every root field is an import run. */
export function importOnlyPlugin(schema: GraphQLSchema): ApolloServerPlugin<RequestContext> {
  const imports = new Set(
    Object.values(schema.getMutationType()?.getFields() ?? {})
      .filter((f) => f.args.some((a) => a.name === IMPORT_ARGUMENT))
      .map((f) => f.name),
  );
  return {
    async requestDidStart({ contextValue }) {
      if (!isImportRequest(contextValue)) return;
      return {
        async didResolveOperation({ operation }) {
          const onlyImports =
            operation?.operation === 'mutation' &&
            operation.selectionSet.selections.every(
              (s) => s.kind === Kind.FIELD && (imports.has(s.name.value) || s.name.value === '__typename'),
            );
          if (!onlyImports) {
            throw new GraphQLError(
              `Only imports (${[...imports].sort().join(', ')}) are accepted at ${IMPORT_PATH}; send the rest to /graphql`,
              {
                extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}

/**
 * Errors Fastify raises before GraphQL runs (body too large, malformed JSON, wrong content
 * type), answered in GraphQL's error shape with a code, like every other refusal.
 */
export function requestErrorHandler(maxBytes: number) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const status = err.statusCode ?? 500;
    if (status === 413) {
      return reply.code(413).send({
        errors: [
          {
            message: `The request is larger than ${maxBytes} bytes`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes },
          },
        ],
      });
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ errors: [{ message: err.message, extensions: { code: 'BAD_REQUEST' } }] });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
}
