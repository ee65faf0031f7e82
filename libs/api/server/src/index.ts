export { createApp, backgroundOf, rateLimitsOf } from './app';
export type { AppOptions } from './app';
export { loadConfig, ConfigError } from './config';
export type { Config } from './config';
export { createSchema, modules } from './schema';
export type { SecurityOptions } from './schema';
export { redactUrl } from './log-redaction';
export type { BackgroundOptions } from './schema';
