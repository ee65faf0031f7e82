import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import fastifyStatic from '@fastify/static';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import pino, { type Logger } from 'pino';
import { JobStore, LiveSignalStore, PlatformDb, RateLimitStore, type DataSource } from '@pinzhi/db/platform';
import { NotFoundError, RateLimits, RequestContext, requireFullSession } from '@pinzhi/api-core';
import type { Config } from './config';
import { resolveJwtSecret } from './config';
import { formatError } from './errors';
import { redactingLogger } from './log-redaction';
import { costLimitPlugin, limitRules } from './limits';
import { createSchema, modules } from './schema';

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
const backgrounds = new WeakMap<FastifyInstance, Pick<Modules, 'jobs' | 'notifications'>>();

/**
 * The app's job runner and notification parts: tests call `backgroundOf(app).jobs.runner.runDue()`
 * ("run due jobs now") after moving the clock, with the scheduler loop off.
 */
export function backgroundOf(app: FastifyInstance): Pick<Modules, 'jobs' | 'notifications'> {
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
      clock,
      log: app.log as unknown as Logger,
      ...config.jobs,
      ...config.notifications,
      secretKey: config.notifications.secretsKey ?? jwtSecret,
    },
  );
  rateLimitsByApp.set(app, rateLimits);
  backgrounds.set(app, { jobs: mods.jobs, notifications: mods.notifications });
  const events = mods.notifications.notifier;
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
                const code = e.extensions?.['code'];
                if (!code || code === 'INTERNAL_SERVER_ERROR')
                  contextValue.log.error({ err: e.originalError ?? e, path: e.path }, 'resolver failed');
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const context = async (req: FastifyRequest): Promise<RequestContext> => {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const log = req.log as unknown as Logger;
    if (!token) return new RequestContext(req.id, req.ip, log, null, null, null, clock, events);
    const result = await mods.tenancy.auth.authenticate(token);
    if ('failure' in result) return new RequestContext(req.id, req.ip, log, null, result.failure, null, clock, events);
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
  await app.register(fastifyApollo(apollo), { path: '/graphql', context });

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

  // File downloads (Excel exports) use the same authentication and tenant scoping.
  for (const route of mods.downloads) {
    app.get(route.path, async (req, reply) => {
      const ctx = route.auth === 'calendarFeed' ? await feedContext(req) : await context(req);
      try {
        requireFullSession(ctx); // UNAUTHENTICATED without a valid session; FORBIDDEN until a temporary password is changed
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
        const formatted = formatError(config.production)(e instanceof GraphQLError ? e.toJSON() : { message: 'error' }, e);
        const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
        const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 }[code] ?? 500;
        if (status === 500) req.log.error({ err: e }, 'download failed');
        const fields = formatted.extensions?.['fields'];
        return reply.code(status).send({ error: { code, message: formatted.message, ...(fields ? { fields } : {}) } });
      }
    });
  }

  // File uploads (photo evidence): the raw body, size- and type-limited, same authentication.
  const errorReply = (e: unknown, req: FastifyRequest) => {
    const formatted = formatError(config.production)(e instanceof GraphQLError ? e.toJSON() : { message: 'error' }, e);
    const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
    const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 }[code] ?? 500;
    if (status === 500) req.log.error({ err: e }, 'request failed');
    return { status, body: { error: { code, message: formatted.message } } };
  };
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
        const { status, body } = errorReply(err, req);
        return reply.code(status).send(body);
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
          const { status, body } = errorReply(e, req);
          return reply.code(status).send(body);
        }
      });
    });
  }

  // Live updates (the bell): Server-Sent Events with the bearer token (the browser reads it with
  // fetch, which can send the header; EventSource cannot). See docs/architecture.md.
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
    mods.notifications.hub.stop();
    await mods.jobs.runner.stop();
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await platform.ping();
      return { status: 'ready' };
    } catch (e) {
      app.log.warn({ err: e }, 'database not reachable');
      return reply.code(503).send({ status: 'database unreachable' });
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
