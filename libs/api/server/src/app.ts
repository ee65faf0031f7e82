import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import fastifyStatic from '@fastify/static';
import fastifyHelmet from '@fastify/helmet';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import pino, { type Logger } from 'pino';
import { JobStore, LiveSignalStore, PlatformDb, RateLimitStore, TenantLifecycleStore, type DataSource } from '@pinzhi/db/platform';
import { NotFoundError, RateLimits, RequestContext, UnauthenticatedError, requireFullSession } from '@pinzhi/api-core';
import type { Config } from './config';
import { resolveJwtSecret } from './config';
import { HTTP_STATUS, addVariableFieldErrors, errorCode, formatError, isServiceUnavailable, logErrors, serviceUnavailable } from './errors';
import { DATABASE_RETRY_AFTER_SECONDS, asDatabaseUnavailable } from '@pinzhi/db';
import { redactingLogger } from './log-redaction';
import { costLimitPlugin, limitRules, parseOptions } from './limits';
import { helmetOptions } from './security-headers';
import { IMPORT_PATH, importOnlyPlugin, markImportRequest, requestErrorHandler } from './graphql-routes';
import { createSchema, modules } from './schema';

/**
 * Files a browser may show in place: raster images only. Everything else an `inline` route
 * serves (PDF and Office documents, which can carry scripts and macros) is an attachment, so
 * it is saved, never rendered in the app's origin.
 */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** How long /readyz waits for the database's answer to `SELECT 1`. */
const READY_TIMEOUT_MS = 2000;

/**
 * TRUST_PROXY for Fastify. A hop count N trusts the N nearest hops whoever they are (Fastify
 * itself refuses numbers, as a direct client could then supply the hops): use it only when
 * the app cannot be reached except through those proxies; addresses are the safer choice.
 */
function fastifyTrustProxy(trust: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}

const rateLimitsByApp = new WeakMap<FastifyInstance, RateLimits>();
/** The rate limits an app enforces (the attack suite walks every per-address one). */
export function rateLimitsOf(app: FastifyInstance): RateLimits {
  const limits = rateLimitsByApp.get(app);
  if (!limits) throw new Error('Not an app built by createApp');
  return limits;
}

type Modules = ReturnType<typeof modules>;
const backgrounds = new WeakMap<FastifyInstance, Pick<Modules, 'jobs' | 'notifications' | 'lifecycle'>>();

/**
 * The app's job runner and notification parts: tests call `backgroundOf(app).jobs.runner.runDue()`
 * ("run due jobs now") after moving the clock, with the scheduler loop off.
 */
export function backgroundOf(app: FastifyInstance): Pick<Modules, 'jobs' | 'notifications' | 'lifecycle'> {
  const b = backgrounds.get(app);
  if (!b) throw new Error('Not an app made by createApp');
  return b;
}

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
    // Every request logs through the redacting logger (secrets in links, auth headers).
    loggerInstance: redactingLogger(logger ?? pino({ level: config.logLevel })),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // X-Forwarded-For counts only from the configured proxies (TRUST_PROXY; none by default),
    // so a client cannot choose the address its rate limits are counted against.
    trustProxy: fastifyTrustProxy(config.trustProxy),
    forceCloseConnections: 'idle',
    // Ordinary requests are small; Excel imports (base64 inside GraphQL) have a route of their
    // own with a larger limit (graphql-routes.ts), uploads their own scope.
    bodyLimit: config.bodyLimits.graphql,
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
  // CSP, frame-ancestors, nosniff, Referrer-Policy … on every response (security-headers.ts).
  await app.register(fastifyHelmet, helmetOptions);

  const platform = new PlatformDb(dataSource);
  // Every rate limit counts in the database, on the app's clock (shared by all instances).
  const rateLimits = new RateLimits(new RateLimitStore(dataSource), RateLimitStore.key, clock);
  const jwtSecret = resolveJwtSecret(config);
  const mods = modules(
    platform,
    {
      jwtSecret,
      tokenTtlSeconds: config.tokenTtlSeconds,
      maxFailedLogins: config.maxFailedLogins,
      lockoutSeconds: config.lockoutSeconds,
      hashConcurrency: config.hashConcurrency,
      passwordMinStrength: config.passwordMinStrength,
      temporaryPasswordTtlHours: config.temporaryPasswordTtlHours,
      invitationTtlHours: config.invitationTtlHours,
    },
    { rateLimits, surveyLimits: config.surveyLimits, now: clock },
    config.uploads,
    {
      jobStore: new JobStore(dataSource),
      liveSource: new LiveSignalStore(dataSource),
      lifecycleStore: new TenantLifecycleStore(dataSource),
      ...config.lifecycle,
      clock,
      log: app.log as unknown as Logger,
      ...config.jobs,
      ...config.notifications,
      secretKey: config.notifications.secretsKey ?? jwtSecret,
    },
  );
  rateLimitsByApp.set(app, rateLimits);
  backgrounds.set(app, { jobs: mods.jobs, notifications: mods.notifications, lifecycle: mods.lifecycle });
  const events = mods.notifications.notifier;
  const schema = await createSchema(mods.resolvers, mods.instances);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    // No "Did you mean …?" in validation errors (formatError strips the rest of them).
    hideSchemaDetailsFromClientErrors: config.production,
    formatError: formatError(config.production),
    parseOptions: parseOptions(config.limits),
    validationRules: limitRules(config.limits),
    // Compact JSON: Apollo's default pretty-prints every response (2-space indent).
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      // No HTTP cache hints are used: Apollo's default cache-control plugin wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema, config.limits.cost),
      importOnlyPlugin(schema),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors, operation }) {
              addVariableFieldErrors(errors, operation);
              logErrors(contextValue.log, errors);
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
    if (!token) return new RequestContext(req.id, req.ip, log, null, null, null, clock, events);
    const result = await mods.tenancy.auth.authenticate(token);
    if ('failure' in result) return new RequestContext(req.id, req.ip, log, null, result.failure, null, clock, events);
    // A platform operator: no tenant, no company data (RequestContext.user is FORBIDDEN to it).
    if ('operator' in result)
      return new RequestContext(
        req.id,
        req.ip,
        log.child({ operatorId: result.operator.operatorId }),
        null,
        null,
        null,
        clock,
        events,
        result.operator,
      );
    const { auth } = result;
    return new RequestContext(
      req.id,
      req.ip,
      log.child({ userId: auth.userId, tenantId: auth.tenantId }),
      auth,
      null,
      platform.tenant(auth.tenantId, auth.userId),
      clock,
      events,
    );
  };
  // One context per request (the import route authenticates before reading its body).
  const contexts = new WeakMap<FastifyRequest, Promise<RequestContext>>();
  const contextOf = (req: FastifyRequest): Promise<RequestContext> => {
    let ctx = contexts.get(req);
    if (!ctx) contexts.set(req, (ctx = context(req)));
    return ctx;
  };
  const graphqlHandler = fastifyApolloHandler(apollo, { context: contextOf });
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    bodyLimit: config.bodyLimits.graphql,
    errorHandler: requestErrorHandler(config.bodyLimits.graphql),
    handler: graphqlHandler,
  });
  app.route({
    method: 'POST',
    url: IMPORT_PATH,
    bodyLimit: config.bodyLimits.imports,
    errorHandler: requestErrorHandler(config.bodyLimits.imports),
    // Only a signed-in member may send a large body: refused before it is read.
    onRequest: async (req, reply) => {
      const ctx = await contextOf(req);
      if (!ctx.auth) {
        const failure = ctx.authFailure instanceof GraphQLError ? ctx.authFailure : new UnauthenticatedError('NO_TOKEN', 'Sign in first');
        return reply
          .code(401)
          .type('application/json; charset=utf-8')
          .send(JSON.stringify({ errors: [{ message: failure.message, extensions: failure.extensions }] }));
      }
      markImportRequest(ctx);
    },
    handler: graphqlHandler,
  });

  const feedContext = async (req: FastifyRequest): Promise<RequestContext> => {
    const token = String((req.params as Record<string, string>)['token'] ?? '').replace(/\.ics$/, '');
    const auth = await mods.tenancy.auth.authenticateCalendarFeed(token);
    const log = req.log as unknown as Logger;
    // A wrong or revoked feed token looks like a missing feed (404), not a sign-in problem.
    if (!auth) return new RequestContext(req.id, req.ip, log, null, new NotFoundError('CalendarFeed', 'token'), null, clock, events);
    return new RequestContext(
      req.id,
      req.ip,
      log.child({ userId: auth.userId, tenantId: auth.tenantId }),
      auth,
      null,
      platform.tenant(auth.tenantId, auth.userId),
      clock,
      events,
    );
  };

  // Errors of the plain HTTP routes: the same codes and masking as GraphQL, as JSON
  // `{error: {code, message, fields?}}` with the matching HTTP status; expected ones at info,
  // an unavailable database at warn (503 + Retry-After), faults at error (errors.ts).
  const errorReply = (e: unknown, req: FastifyRequest) => {
    const formatted = formatError(config.production)(e instanceof GraphQLError ? e.toJSON() : { message: 'error' }, e);
    const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
    const status = HTTP_STATUS[code] ?? 500;
    if (status === 503) req.log.warn({ err: asDatabaseUnavailable(e)?.cause ?? e }, 'database unavailable');
    else if (errorCode(e)) req.log.info({ code, message: formatted.message }, 'request refused');
    else req.log.error({ err: e }, 'request failed');
    const fields = formatted.extensions?.['fields'];
    const headers: Record<string, string> = status === 503 ? { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } : {};
    return { status, headers, body: { error: { code, message: formatted.message, ...(fields ? { fields } : {}) } } };
  };

  // File downloads (Excel exports) use the same authentication and tenant scoping.
  for (const route of mods.downloads) {
    app.get(route.path, async (req, reply) => {
      try {
        const ctx = route.auth === 'calendarFeed' ? await feedContext(req) : await context(req);
        // A platform route opens for an operator's session only (a member: FORBIDDEN); every other
        // route for a member's full session only (UNAUTHENTICATED without a valid session, FORBIDDEN
        // for an operator and until a temporary password is changed).
        if (route.auth === 'platformOperator') void ctx.platformOperator;
        else requireFullSession(ctx);
        const query = Object.fromEntries(
          Object.entries((req.query ?? {}) as Record<string, unknown>).map(([k, v]) => [
            k,
            Array.isArray(v) ? String(v[0]) : v == null ? undefined : String(v),
          ]),
        );
        const file = await route.handle(ctx, req.params as Record<string, string>, query);
        reply
          .header('content-type', file.contentType)
          .header(
            'content-disposition',
            `${route.auth === 'calendarFeed' || (route.inline && INLINE_TYPES.has(file.contentType)) ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          )
          .header('x-content-type-options', 'nosniff');
        // A large file (an export archive) is streamed from the storage, not held in memory.
        if (Buffer.isBuffer(file.body)) return reply.send(file.body);
        return reply.header('content-length', String(file.body.bytes)).send(file.body.stream);
      } catch (e) {
        const { status, body, headers } = errorReply(e, req);
        return reply.code(status).headers(headers).send(body);
      }
    });
  }

  // File uploads (photo evidence): the raw body, size- and type-limited, same authentication.
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
          requireFullSession(ctx); // UNAUTHENTICATED without a valid session; FORBIDDEN until a temporary password is changed
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

  // Live updates (the bell): Server-Sent Events with the bearer token (the browser reads it with
  // fetch, which can send the header; EventSource cannot). See libs/api/notifications/README.md.
  app.get('/events', async (req, reply) => {
    const ctx = await context(req);
    const token = (req.headers.authorization ?? '').slice(7).trim();
    try {
      void ctx.user; // throws UNAUTHENTICATED without a valid session
    } catch (e) {
      const { status, body } = errorReply(e, req);
      return reply.code(status).send(body);
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': req.id,
    });
    let open = true;
    const end = () => {
      if (!open) return;
      open = false;
      cleanup();
      raw.end();
    };
    const cleanup = mods.notifications.openLiveStream(
      ctx,
      (chunk) => open && raw.write(chunk),
      end,
      async () => !('failure' in (await mods.tenancy.auth.authenticate(token))),
    );
    req.raw.on('close', end);
  });

  // The scheduler loop and the live-update poll run while the server does.
  app.addHook('onReady', async () => {
    if (config.jobs.scheduler) mods.jobs.runner.start(config.jobs.intervalMs);
    mods.notifications.hub.start();
  });
  app.addHook('preClose', async () => {
    void mods.notifications.hub.stop(); // shutdown does not wait for a poll under way
    await mods.jobs.runner.stop();
  });

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
    // Client-side routes (/projects/…) get the app shell; unknown API-ish paths get 404. The public
    // survey page (/s/<token>, customers' phones) has an entry of its own without the admin shell.
    const surveyPage = existsSync(join(config.webDist, 'survey.html'));
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/graphql') && (req.headers.accept ?? '').includes('text/html')) {
        return reply.type('text/html').sendFile(surveyPage && req.url.startsWith('/s/') ? 'survey.html' : 'index.html');
      }
      return reply.code(404).send({ error: 'Not found' });
    });
    app.get('/', (_req, reply) => reply.type('text/html').sendFile('index.html'));
  } else {
    // Not Fastify's default 404, whose log line repeats the URL (and a link's secret) unredacted.
    app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'Not found' }));
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
