import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
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
      LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
      SEED_DEMO: bool({ default: true }),
      MIGRATE_ON_START: bool({ default: true, desc: 'Apply pending migrations at start-up (false: a release step runs npm run migrate)' }),
      DB_CONNECT_TIMEOUT_MS: num({ default: DEFAULT_DB_TIMEOUTS.connectMs }),
      DB_ACQUIRE_TIMEOUT_MS: num({ default: DEFAULT_DB_TIMEOUTS.acquireMs }),
      DB_STATEMENT_TIMEOUT_MS: num({ default: DEFAULT_DB_TIMEOUTS.statementMs }),
      WEB_DIST: str({ default: 'dist/apps/web' }),
      GRAPHQL_MAX_DEPTH: num({ default: 10 }),
      GRAPHQL_MAX_ALIASES: num({ default: 15 }),
      GRAPHQL_MAX_COST: num({ default: 20000 }),
      SHUTDOWN_TIMEOUT_MS: num({ default: 10000 }),
      UPLOAD_DIR: str({ default: './data/uploads', desc: 'Directory for inspection photos and signatures' }),
      UPLOAD_MAX_BYTES: num({ default: 10 * 1024 * 1024, desc: 'Largest accepted photo upload, in bytes' }),
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
    ['GRAPHQL_MAX_DEPTH', 2],
    ['GRAPHQL_MAX_ALIASES', 1],
    ['GRAPHQL_MAX_COST', 10],
    ['UPLOAD_MAX_BYTES', 1024],
  ] as const) {
    if (!Number.isInteger(e[key]) || e[key] < min)
      throw new ConfigError(`Invalid configuration:\n  ${key}: must be a whole number ≥ ${min}`);
  }
  for (const key of ['DB_CONNECT_TIMEOUT_MS', 'DB_ACQUIRE_TIMEOUT_MS', 'DB_STATEMENT_TIMEOUT_MS'] as const) {
    if (!Number.isInteger(e[key]) || (e[key] !== 0 && e[key] < 100))
      throw new ConfigError(`Invalid configuration:\n  ${key}: must be a whole number of milliseconds ≥ 100, or 0 for no limit`);
  }
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
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    migrateOnStart: e.MIGRATE_ON_START,
    databaseTimeouts: { connectMs: e.DB_CONNECT_TIMEOUT_MS, acquireMs: e.DB_ACQUIRE_TIMEOUT_MS, statementMs: e.DB_STATEMENT_TIMEOUT_MS },
    webDist: resolve(e.WEB_DIST),
    limits: { depth: e.GRAPHQL_MAX_DEPTH, aliases: e.GRAPHQL_MAX_ALIASES, cost: e.GRAPHQL_MAX_COST },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    uploads: { dir: resolve(e.UPLOAD_DIR), maxBytes: e.UPLOAD_MAX_BYTES },
  };
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
