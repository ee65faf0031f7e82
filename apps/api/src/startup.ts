import type { Logger } from 'pino';
import { PlatformDb, applyPendingMigrations, dialectOf, pendingMigrations, withMigrationLock, type DataSource } from '@pinzhi/db/platform';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@pinzhi/seed';
import type { Config } from '@pinzhi/api-server';
import { ensurePlatformOperator } from '@pinzhi/api-tenancy';

/** The database is behind the code and this instance may not migrate it (MIGRATE_ON_START=false). */
export class PendingMigrationsError extends Error {
  constructor(readonly pending: string[]) {
    super(
      `${pending.length} migration(s) not applied to the database (${pending.join(', ')}); ` +
        'run `npm run migrate` as the release step, or start with MIGRATE_ON_START=true',
    );
    this.name = 'PendingMigrationsError';
  }
}

/**
 * Brings the database up to the code before the server listens: pending migrations (unless
 * MIGRATE_ON_START=false, when they must already be applied) and, on an empty database, the
 * demo data. Both under the migration lock, so that instances starting together migrate and
 * seed once: the others wait for the lock, then find nothing to do.
 */
export async function prepareDatabase(dataSource: DataSource, config: Config, logger: Logger): Promise<void> {
  const dialect = dialectOf(config.databaseUrl);
  await withMigrationLock(
    dataSource,
    async (queryRunner) => {
      if (config.migrateOnStart) {
        const applied = await applyPendingMigrations(dataSource, queryRunner);
        logger.info({ dialect, applied }, applied.length ? 'migrations applied' : 'schema up to date');
      } else {
        const pending = await pendingMigrations(dataSource);
        if (pending.length > 0) throw new PendingMigrationsError(pending);
        logger.info({ dialect }, 'schema up to date (MIGRATE_ON_START=false: migrations are a release step)');
      }
      if (config.seedDemo && (await seedDemo(new PlatformDb(dataSource)))) {
        logger.info(
          { accounts: DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role} @ ${a.tenant})`), password: DEMO_PASSWORD },
          `demo data created; sign in with any of these accounts, password "${DEMO_PASSWORD}"`,
        );
      }
      // A platform operator from the environment (container deployments): created once, never overwritten.
      if (config.platformAdmin) {
        const r = await ensurePlatformOperator(new PlatformDb(dataSource), config.platformAdmin);
        if (r.created) logger.info({ email: config.platformAdmin.email }, 'platform operator created from PLATFORM_ADMIN_EMAIL');
      }
    },
    { onWait: () => logger.info('another instance holds the migration lock; waiting for it') },
  );
}
