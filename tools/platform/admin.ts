/**
 * Creates a platform operator (平台管理员) on the database in DATABASE_URL (default: the SQLite
 * file under ./data), applying pending migrations first, and prints a generated password:
 *
 *   npm run platform:admin -- --email ops@example.com [--name 张三] [--reset-password]
 *
 * The operator signs in at <PUBLIC_URL>/platform/login. An existing operator is left alone
 * unless --reset-password is given (then it gets a new generated password). The password is
 * printed once and stored only as a hash.
 */
import 'reflect-metadata';
import { loadConfig, ConfigError } from '@pinzhi/api-server';
import { PlatformDb, migrate, openDataSource } from '@pinzhi/db/platform';
import { ensurePlatformOperator, generatedPassword } from '@pinzhi/api-tenancy';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  const arg = args[at];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}

(async () => {
  const email = option('email');
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    console.error('usage: npm run platform:admin -- --email <e-mail> [--name <name>] [--reset-password]');
    process.exit(2);
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const ds = await openDataSource({ url: config.databaseUrl });
  try {
    await migrate(ds);
    const password = generatedPassword();
    const r = await ensurePlatformOperator(new PlatformDb(ds), {
      email,
      password,
      displayName: option('name'),
      resetPassword: process.argv.includes('--reset-password'),
    });
    const login = `${config.notifications.publicUrl.replace(/\/$/, '')}/platform/login`;
    if (!r.passwordSet) {
      console.log(`platform operator ${email.toLowerCase()} exists already; --reset-password gives it a new password`);
      return;
    }
    console.log(
      r.created ? `platform operator created: ${email.toLowerCase()}` : `new password for platform operator ${email.toLowerCase()}`,
    );
    console.log(`password (shown once): ${password}`);
    console.log(`sign in at: ${login}`);
  } finally {
    await ds.destroy();
  }
})().catch((e) => {
  console.error('platform:admin failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
