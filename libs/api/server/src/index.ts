export { createApp, backgroundOf } from './app';
export type { AppOptions } from './app';
export { loadConfig, ConfigError } from './config';
export type { Config } from './config';
export { createSchema, modules } from './schema';
export type { BackgroundOptions } from './schema';
