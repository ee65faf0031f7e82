import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import fastifyStatic from '@fastify/static';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import type { Logger } from 'pino';
import { PlatformDb, type DataSource } from '@pinzhi/db/platform';
import { NotFoundError, RequestContext } from '@pinzhi/api-core';
import type { Config } from './config';
import { resolveJwtSecret } from './config';
import { formatError, isServiceUnavailable, serviceUnavailable } from './errors';
import { DATABASE_RETRY_AFTER_SECONDS, asDatabaseUnavailable } from '@pinzhi/db';
import { costLimitPlugin, limitRules } from './limits';
import { createSchema, modules } from './schema';

/** How long /readyz waits for the database's answer to `SELECT 1`. */
const READY_TIMEOUT_MS = 2000;

export interface AppOptions {
  config: Config;
  dataSource: DataSource;
  /** A pino logger; tests pass a silent one. */
  logger?: Logger;
  /** What time it is; tests pass a clock they can move. */
  clock?: () => Date;
}

/**
 * The HTTP server: Fastify + Apollo at /graphql, /healthz and /readyz, and the built web
 * client for every other GET. Every request gets an id (x-request-id, echoed back) that
 * appears on each of its log lines.
 */
export async function createApp({ config, dataSource, logger, clock = () => new Date() }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger,
    ...(logger ? {} : { logger: { level: config.logLevel } }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: true,
    forceCloseConnections: 'idle',
    // Excel imports arrive base64-encoded inside GraphQL (5 MB file ≈ 6.7 MB of base64).
    bodyLimit: 8 * 1024 * 1024,
  }) as unknown as FastifyInstance;
  // Graceful shutdown: close() stops accepting connections and waits for in-flight
  // requests; their responses (and any during closing) carry `connection: close` so that
  // keep-alive clients do not hold the server open, and idle sockets are closed at once.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (closing) reply.header('connection', 'close');
  });

  const platform = new PlatformDb(dataSource);
  const mods = modules(
    platform,
    {
      jwtSecret: resolveJwtSecret(config),
      tokenTtlSeconds: config.tokenTtlSeconds,
      maxFailedLogins: config.maxFailedLogins,
      lockoutSeconds: config.lockoutSeconds,
    },
    config.uploads,
  );
  const schema = await createSchema(mods.resolvers, mods.instances);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatError(config.production),
    validationRules: limitRules(config.limits),
    // Compact JSON: Apollo's default pretty-prints every response (2-space indent).
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      // No HTTP cache hints are used: Apollo's default cache-control plugin wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema, config.limits.cost),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors }) {
              for (const e of errors) {
                const unavailable = asDatabaseUnavailable(e.originalError);
                if (unavailable) {
                  contextValue.log.warn(
                    { reason: unavailable.reason, err: unavailable.cause ?? unavailable, path: e.path },
                    'database unavailable',
                  );
                  continue;
                }
                const code = e.extensions?.['code'];
                if (!code || code === 'INTERNAL_SERVER_ERROR')
                  contextValue.log.error({ err: e.originalError ?? e, path: e.path }, 'resolver failed');
              }
            },
            // A resolver's database timeout answers 503 + Retry-After (not 200 with an error,
            // nor 500): clients and proxies know to retry it.
            async willSendResponse({ errors, response }) {
              if (errors?.some(isServiceUnavailable)) {
                response.http.status = 503;
                response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // The session check reads the database before any resolver runs: a failure there must
  // answer 503 too (Apollo answers 500 for other errors thrown while building the context).
  const context = async (req: FastifyRequest): Promise<RequestContext> => {
    try {
      return await authenticatedContext(req);
    } catch (e) {
      if (isServiceUnavailable(e)) throw serviceUnavailable();
      throw e;
    }
  };
  const authenticatedContext = async (req: FastifyRequest): Promise<RequestContext> => {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const log = req.log as unknown as Logger;
    if (!token) return new RequestContext(req.id, req.ip, log, null, null, null, clock);
    const result = await mods.tenancy.auth.authenticate(token);
    if ('failure' in result) return new RequestContext(req.id, req.ip, log, null, result.failure, null, clock);
    const { auth } = result;
    return new RequestContext(
      req.id,
      req.ip,
      log.child({ userId: auth.userId, tenantId: auth.tenantId }),
      auth,
      null,
      platform.tenant(auth.tenantId, auth.userId),
      clock,
    );
  };
  await app.register(fastifyApollo(apollo), { path: '/graphql', context });

  const feedContext = async (req: FastifyRequest): Promise<RequestContext> => {
    const token = String((req.params as Record<string, string>)['token'] ?? '').replace(/\.ics$/, '');
    const auth = await mods.tenancy.auth.authenticateCalendarFeed(token);
    const log = req.log as unknown as Logger;
    // A wrong or revoked feed token looks like a missing feed (404), not a sign-in problem.
    if (!auth) return new RequestContext(req.id, req.ip, log, null, new NotFoundError('CalendarFeed', 'token'), null, clock);
    return new RequestContext(
      req.id,
      req.ip,
      log.child({ userId: auth.userId, tenantId: auth.tenantId }),
      auth,
      null,
      platform.tenant(auth.tenantId, auth.userId),
      clock,
    );
  };

  // The JSON error of the file routes (downloads, uploads): the GraphQL error's code and
  // message, with the matching HTTP status.
  const errorReply = (e: unknown, req: FastifyRequest) => {
    const formatted = formatError(config.production)(e instanceof GraphQLError ? e.toJSON() : { message: 'error' }, e);
    const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
    const status =
      ({ UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, SERVICE_UNAVAILABLE: 503 } as Record<string, number>)[
        code
      ] ?? 500;
    if (status === 500) req.log.error({ err: e }, 'request failed');
    if (status === 503) req.log.warn({ err: asDatabaseUnavailable(e)?.cause ?? e }, 'database unavailable');
    const fields = formatted.extensions?.['fields'];
    const headers: Record<string, string> = status === 503 ? { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } : {};
    return { status, headers, body: { error: { code, message: formatted.message, ...(fields ? { fields } : {}) } } };
  };

  // File downloads (Excel exports) use the same authentication and tenant scoping.
  for (const route of mods.downloads) {
    app.get(route.path, async (req, reply) => {
      try {
        const ctx = route.auth === 'calendarFeed' ? await feedContext(req) : await context(req);
        void ctx.user; // throws UNAUTHENTICATED without a valid session
        const query = Object.fromEntries(
          Object.entries((req.query ?? {}) as Record<string, unknown>).map(([k, v]) => [
            k,
            Array.isArray(v) ? String(v[0]) : v == null ? undefined : String(v),
          ]),
        );
        const file = await route.handle(ctx, req.params as Record<string, string>, query);
        return reply
          .header('content-type', file.contentType)
          .header(
            'content-disposition',
            `${route.auth === 'calendarFeed' || route.inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          )
          .header('x-content-type-options', 'nosniff')
          .send(file.body);
      } catch (e) {
        const { status, body, headers } = errorReply(e, req);
        return reply.code(status).headers(headers).send(body);
      }
    });
  }

  for (const route of mods.uploads) {
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser([...route.contentTypes], { parseAs: 'buffer', bodyLimit: route.maxBytes }, (_req, body, done) =>
        done(null, body),
      );
      scope.setErrorHandler((err: { statusCode?: number; code?: string }, req, reply) => {
        if (err.statusCode === 413) {
          return reply.code(413).send({
            error: { code: 'PAYLOAD_TOO_LARGE', message: `The file is larger than ${route.maxBytes} bytes`, maxBytes: route.maxBytes },
          });
        }
        if (err.statusCode === 415) {
          return reply.code(415).send({
            error: {
              code: 'UNSUPPORTED_MEDIA_TYPE',
              message: `Send the file as the body with Content-Type ${route.contentTypes.join(', ')}`,
              accepted: route.contentTypes,
            },
          });
        }
        const { status, body, headers } = errorReply(err, req);
        return reply.code(status).headers(headers).send(body);
      });
      scope.post(route.path, { bodyLimit: route.maxBytes }, async (req, reply) => {
        const ctx = await context(req);
        try {
          void ctx.user; // throws UNAUTHENTICATED without a valid session
          const body = req.body;
          if (!Buffer.isBuffer(body) || body.length === 0)
            return reply.code(400).send({ error: { code: 'BAD_USER_INPUT', message: 'The body is empty: send the image bytes' } });
          const contentType = String(req.headers['content-type'] ?? '')
            .split(';')[0]
            .trim()
            .toLowerCase();
          const result = await route.handle(ctx, body, contentType);
          return reply.code(result.status).send(result.body);
        } catch (e) {
          const { status, body, headers } = errorReply(e, req);
          return reply.code(status).headers(headers).send(body);
        }
      });
    });
  }

  app.get('/healthz', async () => ({ status: 'ok' }));
  // Readiness answers within READY_TIMEOUT_MS even when the database hangs (a load balancer
  // must take the instance out quickly), and says nothing about where the database is.
  app.get('/readyz', async (_req, reply) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        platform.ping(),
        new Promise((_, fail) => {
          timer = setTimeout(() => fail(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
        }),
      ]);
      return { status: 'ready' };
    } catch (e) {
      app.log.warn({ err: asDatabaseUnavailable(e)?.cause ?? e }, 'database not reachable');
      return reply.code(503).header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS)).send({ status: 'database unreachable' });
    } finally {
      clearTimeout(timer);
    }
  });

  const index = join(config.webDist, 'index.html');
  if (existsSync(index)) {
    await app.register(fastifyStatic, {
      root: config.webDist,
      wildcard: false,
      index: false,
      // The web build writes .br/.gz next to each asset; hashed assets never change.
      preCompressed: true,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes(`${join('/', 'assets', '/')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes (/projects/…) get the app shell; unknown API-ish paths get 404.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/graphql') && (req.headers.accept ?? '').includes('text/html')) {
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.code(404).send({ error: 'Not found' });
    });
    app.get('/', (_req, reply) => reply.type('text/html').sendFile('index.html'));
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/html')
        .send(
          '<!doctype html><meta charset="utf-8"><title>品质 Pinzhi</title><h1>品质 Pinzhi</h1><p>API is running at <a href="/graphql">/graphql</a>. Build the web client with <code>npm run build</code>.</p>',
        ),
    );
  }

  // app.close() stops accepting connections and waits for in-flight requests (graceful
  // shutdown); Apollo is stopped after them. (Apollo's drain plugin would call app.close()
  // itself and deadlock with this hook.)
  app.addHook('onClose', async () => {
    await apollo.stop();
  });
  return app;
}
