import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { bool, cleanEnv, makeValidator, num, port, str } from 'envalid';
import { DEFAULT_DB_TIMEOUTS } from '@pinzhi/db/platform';

const databaseUrl = makeValidator<string>((v) => {
  if (/^sqlite:.+/.test(v)) return v;
  if (/^(mysql|mariadb):\/\/[^/]+\/[A-Za-z0-9_$-]+/.test(v)) return v;
  throw new Error('must look like sqlite:./data/pinzhi.sqlite or mysql://user:pass@host:3306/database');
});

const secret = makeValidator<string>((v) => {
  if (v.length < 32) throw new Error('must be at least 32 characters');
  return v;
});

/** What Fastify's `trustProxy` gets: false (no proxy), a hop count, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: unset or "false" → the socket's address is the client's (X-Forwarded-For is
 * ignored); a number N → trust N proxy hops in front of the app; otherwise a comma list of
 * proxy addresses or CIDR ranges (or loopback / linklocal / uniquelocal). "true" (trust any
 * sender) is refused: it lets every client choose its own address.
 */
export const trustProxy = makeValidator<TrustProxy>((raw) => {
  const v = raw.trim();
  if (v === '' || v === 'false' || v === 'off' || v === '0') return false;
  if (v === 'true')
    throw new Error('"true" would let any client choose its own address: give a hop count (e.g. 1) or the proxies\' addresses');
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 10) throw new Error('a hop count must be between 1 and 10');
    return hops;
  }
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (PROXY_NAMES.has(entry)) continue;
    const [address, prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    if (!family || extra !== undefined || (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits)))
      throw new Error(`"${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or loopback / linklocal / uniquelocal`);
  }
  if (entries.length === 0) throw new Error('give a hop count or a comma list of proxy addresses');
  return entries;
});

/**
 * All configuration comes from environment variables and is checked here at start-up;
 * a bad value stops the start with a message naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const e = cleanEnv(
    env,
    {
      NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'development' }),
      HOST: str({ default: '0.0.0.0', desc: 'Interface to listen on' }),
      PORT: port({ default: 4000 }),
      DATABASE_URL: databaseUrl({ default: 'sqlite:./data/pinzhi.sqlite' }),
      JWT_SECRET: secret({ default: undefined, desc: 'HS256 key for sign-in tokens (≥ 32 chars); generated into ./data when unset' }),
      TOKEN_TTL_SECONDS: num({ default: 12 * 3600 }),
      LOGIN_MAX_FAILURES: num({ default: 5 }),
      LOGIN_LOCKOUT_SECONDS: num({ default: 15 * 60 }),
      LOGIN_HASH_CONCURRENCY: num({ default: 2, desc: 'Password hashes computed at once; the rest wait in line' }),
      PASSWORD_MIN_STRENGTH: num({ default: 2, desc: 'zxcvbn score (1–4) a new password must reach' }),
      TEMP_PASSWORD_TTL_HOURS: num({ default: 72, desc: 'How long an admin-issued temporary password works' }),
      INVITATION_TTL_HOURS: num({ default: 7 * 24, desc: 'How long an invitation link works' }),
      TRUST_PROXY: trustProxy({ default: false, desc: 'Proxies in front of the app: unset (none), a hop count, or their addresses/CIDRs' }),
      SURVEY_PUBLIC_REQUESTS_PER_MINUTE: num({ default: 30, desc: 'Public survey requests per client address per minute' }),
      SURVEY_LINK_MAX_RESPONSES_PER_ADDRESS: num({
        default: 20,
        desc: 'Responses through a round’s shared link from one client address, for the whole round',
      }),
      LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
      SEED_DEMO: bool({ default: true }),
      PLATFORM_ADMIN_EMAIL: str({
        default: '',
        desc: 'Creates this platform operator at start-up when it does not exist (container deployments)',
      }),
      PLATFORM_ADMIN_PASSWORD: str({
        default: '',
        desc: "That operator's first password (≥ 12 characters); not changed when the operator exists",
      }),
      MIGRATE_ON_START: bool({ default: true, desc: 'Apply pending migrations at start-up (false: a release step runs npm run migrate)' }),
      DB_CONNECT_TIMEOUT_MS: num({ default: DEFAULT_DB_TIMEOUTS.connectMs }),
      DB_ACQUIRE_TIMEOUT_MS: num({ default: DEFAULT_DB_TIMEOUTS.acquireMs }),
      DB_STATEMENT_TIMEOUT_MS: num({ default: DEFAULT_DB_TIMEOUTS.statementMs }),
      WEB_DIST: str({ default: 'dist/apps/web' }),
      GRAPHQL_MAX_DEPTH: num({ default: 10 }),
      GRAPHQL_MAX_ALIASES: num({ default: 15 }),
      GRAPHQL_MAX_COST: num({ default: 20000 }),
      GRAPHQL_MAX_TOKENS: num({ default: 1000, desc: "Lexical tokens in one GraphQL document (the web client's largest has ~250)" }),
      GRAPHQL_MAX_BODY_BYTES: num({ default: 1024 * 1024, desc: 'Largest body of an ordinary POST /graphql' }),
      GRAPHQL_IMPORT_MAX_BODY_BYTES: num({
        default: 8 * 1024 * 1024,
        desc: 'Largest body of POST /graphql/import (Excel files as base64)',
      }),
      SHUTDOWN_TIMEOUT_MS: num({ default: 10000 }),
      UPLOAD_DIR: str({ default: './data/uploads', desc: 'Directory for inspection photos and signatures' }),
      UPLOAD_MAX_BYTES: num({ default: 10 * 1024 * 1024, desc: 'Largest accepted photo upload, in bytes' }),
      SCHEDULER: bool({ default: true, desc: 'Run due jobs (deliveries, reminder sweeps) in this process' }),
      SCHEDULER_INTERVAL_MS: num({ default: 2000, desc: 'How often the scheduler looks for due jobs' }),
      JOB_LEASE_SECONDS: num({ default: 60, desc: 'How long a claimed job is reserved before another instance may take it' }),
      JOB_RETRY_BASE_SECONDS: num({ default: 60, desc: 'Back-off after the first failure; doubles per attempt' }),
      JOB_RETRY_MAX_SECONDS: num({ default: 3600, desc: 'Longest back-off' }),
      DELIVERY_MAX_ATTEMPTS: num({ default: 6, desc: 'Attempts per notification delivery before it is dead-lettered' }),
      REMINDER_SWEEP_SECONDS: num({ default: 300, desc: 'How often each company’s reminder sweep runs' }),
      DELETION_GRACE_DAYS: num({
        default: 30,
        desc: 'Days between a company’s deletion request and the deletion (cancellable until then)',
      }),
      EXPORT_RETENTION_DAYS: num({ default: 7, desc: 'Days a company export archive is kept before it is removed' }),
      LIVE_POLL_MS: num({ default: 1000, desc: 'How often live updates (the bell) are polled from the database' }),
      PUBLIC_URL: str({ default: '', desc: 'The web app’s address, for links in e-mails and robot messages' }),
      SECRETS_KEY: secret({
        default: undefined,
        desc: 'Encrypts notification channel secrets (≥ 32 chars); derived from JWT_SECRET when unset',
      }),
    },
    {
      reporter: ({ errors }) => {
        const names = Object.keys(errors);
        if (names.length === 0) return;
        const lines = names.map((k) => `  ${k}: ${(errors as Record<string, Error>)[k]?.message ?? 'invalid'}`);
        throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
      },
    },
  );
  for (const [key, min] of [
    ['TOKEN_TTL_SECONDS', 60],
    ['LOGIN_MAX_FAILURES', 1],
    ['LOGIN_LOCKOUT_SECONDS', 1],
    ['LOGIN_HASH_CONCURRENCY', 1],
    ['PASSWORD_MIN_STRENGTH', 1],
    ['TEMP_PASSWORD_TTL_HOURS', 1],
    ['INVITATION_TTL_HOURS', 1],
    ['SURVEY_PUBLIC_REQUESTS_PER_MINUTE', 1],
    ['SURVEY_LINK_MAX_RESPONSES_PER_ADDRESS', 1],
    ['GRAPHQL_MAX_DEPTH', 2],
    ['GRAPHQL_MAX_ALIASES', 1],
    ['GRAPHQL_MAX_COST', 10],
    ['GRAPHQL_MAX_TOKENS', 100],
    ['GRAPHQL_MAX_BODY_BYTES', 4096],
    ['GRAPHQL_IMPORT_MAX_BODY_BYTES', 4096],
    ['UPLOAD_MAX_BYTES', 1024],
    ['SCHEDULER_INTERVAL_MS', 50],
    ['JOB_LEASE_SECONDS', 1],
    ['JOB_RETRY_BASE_SECONDS', 0],
    ['JOB_RETRY_MAX_SECONDS', 0],
    ['DELIVERY_MAX_ATTEMPTS', 1],
    ['REMINDER_SWEEP_SECONDS', 1],
    ['LIVE_POLL_MS', 50],
    ['DELETION_GRACE_DAYS', 1],
    ['EXPORT_RETENTION_DAYS', 1],
  ] as const) {
    if (!Number.isInteger(e[key]) || e[key] < min)
      throw new ConfigError(`Invalid configuration:\n  ${key}: must be a whole number ≥ ${min}`);
  }
  if (e.PASSWORD_MIN_STRENGTH > 4) throw new ConfigError('Invalid configuration:\n  PASSWORD_MIN_STRENGTH: must be between 1 and 4');
  for (const key of ['DB_CONNECT_TIMEOUT_MS', 'DB_ACQUIRE_TIMEOUT_MS', 'DB_STATEMENT_TIMEOUT_MS'] as const) {
    if (!Number.isInteger(e[key]) || (e[key] !== 0 && e[key] < 100))
      throw new ConfigError(`Invalid configuration:\n  ${key}: must be a whole number of milliseconds ≥ 100, or 0 for no limit`);
  }
  if (e.PLATFORM_ADMIN_EMAIL && !/^[^@\s]+@[^@\s]+$/.test(e.PLATFORM_ADMIN_EMAIL))
    throw new ConfigError('Invalid configuration:\n  PLATFORM_ADMIN_EMAIL: must be an e-mail address');
  if (e.PLATFORM_ADMIN_EMAIL && e.PLATFORM_ADMIN_PASSWORD.length < 12)
    throw new ConfigError('Invalid configuration:\n  PLATFORM_ADMIN_PASSWORD: required with PLATFORM_ADMIN_EMAIL, at least 12 characters');
  return {
    production: e.NODE_ENV === 'production',
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    jwtSecret: e.JWT_SECRET ?? null,
    tokenTtlSeconds: e.TOKEN_TTL_SECONDS,
    maxFailedLogins: e.LOGIN_MAX_FAILURES,
    lockoutSeconds: e.LOGIN_LOCKOUT_SECONDS,
    hashConcurrency: e.LOGIN_HASH_CONCURRENCY,
    passwordMinStrength: e.PASSWORD_MIN_STRENGTH,
    temporaryPasswordTtlHours: e.TEMP_PASSWORD_TTL_HOURS,
    invitationTtlHours: e.INVITATION_TTL_HOURS,
    trustProxy: e.TRUST_PROXY,
    surveyLimits: {
      requestsPerMinute: e.SURVEY_PUBLIC_REQUESTS_PER_MINUTE,
      responsesPerAddressPerRound: e.SURVEY_LINK_MAX_RESPONSES_PER_ADDRESS,
    },
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    platformAdmin: e.PLATFORM_ADMIN_EMAIL ? { email: e.PLATFORM_ADMIN_EMAIL, password: e.PLATFORM_ADMIN_PASSWORD } : null,
    migrateOnStart: e.MIGRATE_ON_START,
    databaseTimeouts: { connectMs: e.DB_CONNECT_TIMEOUT_MS, acquireMs: e.DB_ACQUIRE_TIMEOUT_MS, statementMs: e.DB_STATEMENT_TIMEOUT_MS },
    webDist: resolve(e.WEB_DIST),
    limits: { tokens: e.GRAPHQL_MAX_TOKENS, depth: e.GRAPHQL_MAX_DEPTH, aliases: e.GRAPHQL_MAX_ALIASES, cost: e.GRAPHQL_MAX_COST },
    bodyLimits: { graphql: e.GRAPHQL_MAX_BODY_BYTES, imports: e.GRAPHQL_IMPORT_MAX_BODY_BYTES },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    uploads: { dir: resolve(e.UPLOAD_DIR), maxBytes: e.UPLOAD_MAX_BYTES },
    jobs: {
      scheduler: e.SCHEDULER,
      intervalMs: e.SCHEDULER_INTERVAL_MS,
      leaseMs: e.JOB_LEASE_SECONDS * 1000,
      retryBaseMs: e.JOB_RETRY_BASE_SECONDS * 1000,
      retryMaxMs: e.JOB_RETRY_MAX_SECONDS * 1000,
    },
    lifecycle: { graceDays: e.DELETION_GRACE_DAYS, exportRetentionDays: e.EXPORT_RETENTION_DAYS },
    notifications: {
      deliveryMaxAttempts: e.DELIVERY_MAX_ATTEMPTS,
      reminderSweepSeconds: e.REMINDER_SWEEP_SECONDS,
      livePollMs: e.LIVE_POLL_MS,
      publicUrl: publicUrl(e.PUBLIC_URL, e.PORT),
      secretsKey: e.SECRETS_KEY ?? null,
    },
  };
}

function publicUrl(given: string, port: number): string {
  if (!given) return `http://localhost:${port}`;
  try {
    const u = new URL(given);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
    return u.toString().replace(/\/$/, '');
  } catch {
    throw new ConfigError('Invalid configuration:\n  PUBLIC_URL: must be an http(s):// address such as https://pinzhi.example.com');
  }
}

export type Config = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}

/**
 * A single-node install needs no setup: without JWT_SECRET a random key is created once
 * next to the SQLite file and reused, so sign-ins survive restarts. Multi-node deployments
 * must set JWT_SECRET.
 */
export function resolveJwtSecret(config: Config): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = resolve('data', 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(48).toString('base64url');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}
