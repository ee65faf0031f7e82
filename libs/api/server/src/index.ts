export { createApp } from './app';
export type { AppOptions } from './app';
export { loadConfig, ConfigError } from './config';
export type { Config } from './config';
export { createSchema, modules } from './schema';
export { checkClientDocument } from './limits';
export type { QueryLimits } from './limits';
