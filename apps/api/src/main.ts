import 'reflect-metadata';
import pino from 'pino';
import { createApp, loadConfig, ConfigError, type Config } from '@pinzhi/api-server';
import { openDataSource } from '@pinzhi/db/platform';
import { DEMO_ACCOUNTS, DEMO_OPERATOR, DEMO_PASSWORD } from '@pinzhi/seed';
import { prepareDatabase } from './startup';

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.logLevel, base: { service: 'pinzhi-api' } });
  const dataSource = await openDataSource({ url: config.databaseUrl, timeouts: config.databaseTimeouts });
  await prepareDatabase(dataSource, config, logger);

  const app = await createApp({ config, dataSource, logger });
  await app.listen({ port: config.port, host: config.host });
  logger.info(`Pinzhi is up: http://localhost:${config.port}/ (GraphQL at /graphql)`);
  if (config.seedDemo)
    logger.info(`demo accounts (password ${DEMO_PASSWORD}): ${[...new Set(DEMO_ACCOUNTS.map((a) => a.email))].join(', ')}`);
  if (config.seedDemo)
    logger.info(
      `demo platform operator (password ${DEMO_PASSWORD}): ${DEMO_OPERATOR.email} at http://localhost:${config.port}/platform/login`,
    );

  // Graceful shutdown: stop accepting, let in-flight requests finish, then close the pool.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    try {
      await app.close();
      await dataSource.destroy();
      logger.info('stopped');
      process.exit(0);
    } catch (e) {
      logger.error({ err: e }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e) => {
  console.error('Pinzhi failed to start:', e instanceof Error ? e.message : e);
  if (process.env.LOG_LEVEL === 'debug') console.error(e);
  process.exit(1);
});
