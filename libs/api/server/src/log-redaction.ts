import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

/**
 * Secrets never reach a log line. Links that carry a secret in the path — the public survey
 * (/s/<round>.<secret>), invitations (/invitations/<id>.<secret>) and calendar feeds
 * (/calendar/<feed>.<secret>.ics) — are logged with everything after the prefix replaced;
 * any other `<uuid>.<secret>` path segment keeps its id only; query parameters that usually
 * carry credentials are blanked; and authorization / cookie headers and password-like fields
 * are censored wherever a log call includes them. Applied once, to the app's logger, so every
 * request's log lines (Fastify's and ours) go through it.
 */
export const SECRET_PATH_PREFIXES = ['/s/', '/invitations/', '/calendar/'] as const;
const SECRET_QUERY = /^(token|secret|key|code|password|signature|access_token|auth)$/i;
const ID_DOT_SECRET = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[^/?#]+/gi;
export const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  let path = q >= 0 ? url.slice(0, q) : url;
  const query = q >= 0 ? url.slice(q + 1) : '';
  const prefix = SECRET_PATH_PREFIXES.find((p) => path.startsWith(p));
  if (prefix) path = prefix + REDACTED;
  else path = path.replace(ID_DOT_SECRET, `$1.${REDACTED}`);
  if (!query) return path;
  const params = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq >= 0 ? pair.slice(0, eq) : pair;
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      /* keep as is */
    }
    return eq >= 0 && SECRET_QUERY.test(decoded) ? `${name}=${REDACTED}` : pair;
  });
  return `${path}?${params.join('&')}`;
}

/** Fastify's request serializer, with the URL redacted (and no headers). */
export function serializeRequest(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket ? req.socket.remotePort : undefined,
  };
}

const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'password',
  'currentPassword',
  'newPassword',
  'temporaryPassword',
  'token',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.temporaryPassword',
  '*.token',
  '*.authorization',
];

/** The logger every request logs through: the base logger with the redacting serializer and censor. */
export function redactingLogger(base: Logger): Logger {
  return base.child({}, { serializers: { req: serializeRequest as never }, redact: { paths: REDACT_PATHS, censor: REDACTED } });
}
