import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('has working defaults: port 4000 on embedded SQLite under ./data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.databaseUrl).toBe('sqlite:./data/pinzhi.sqlite');
    expect(c.seedDemo).toBe(true);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'postgres://x/y'],
    ['JWT_SECRET', 'too-short'],
    ['SEED_DEMO', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['TOKEN_TTL_SECONDS', '5'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', 'proxy.example.com'],
    ['TRUST_PROXY', '99'],
    ['PASSWORD_MIN_STRENGTH', '5'],
    ['SURVEY_LINK_MAX_RESPONSES_PER_ADDRESS', '0'],
    ['MIGRATE_ON_START', 'sometimes'],
    ['DB_STATEMENT_TIMEOUT_MS', '50'],
    ['DB_CONNECT_TIMEOUT_MS', 'soon'],
    ['DB_ACQUIRE_TIMEOUT_MS', '1.5'],
  ])('stops on a bad %s, naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}:`));
  });

  it('migrates at start-up and bounds database waits by default; MIGRATE_ON_START=false and 0 (no limit) are accepted', () => {
    const c = loadConfig({});
    expect(c.migrateOnStart).toBe(true);
    expect(c.databaseTimeouts).toEqual({ connectMs: 3000, acquireMs: 3000, statementMs: 4000 });
    const d = loadConfig({ MIGRATE_ON_START: 'false', DB_STATEMENT_TIMEOUT_MS: '0' });
    expect(d.migrateOnStart).toBe(false);
    expect(d.databaseTimeouts.statementMs).toBe(0);
  });

  it('accepts a MySQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@127.0.0.1:3306/pinzhi' }).databaseUrl).toBe('mysql://u:p@127.0.0.1:3306/pinzhi');
  });

  it('trusts no proxy by default, and takes a hop count or a list of proxy addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.0/8, 127.0.0.1 ,::1, fd00::/8, loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });
});
