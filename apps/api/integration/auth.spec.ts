import { SignJWT, decodeJwt } from 'jose';
import { AuthSession, Tenant, User } from '@pinzhi/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@pinzhi/seed';
import { TEST_JWT_SECRET, TestApp, codes, fieldReasons, pastTenantScope } from '@pinzhi/api-testing';

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({ env: { LOGIN_MAX_FAILURES: '3' } });
});
afterAll(() => t.stop());

const LOGIN = `mutation($e: String!, $p: String!, $t: String) {
  login(email: $e, password: $p, tenantSlug: $t) { token expiresAt me { user { email } tenant { slug name } role regionIds tenants { slug } } }
}`;
const ME = '{ me { user { email } tenant { slug } role regions { name } } }';

describe('sign-in', () => {
  it.each(DEMO_ACCOUNTS.filter((a) => a.email !== 'consultant@pinzhi.test').map((a) => [a.email, a.tenant, a.role]))(
    '%s signs in to %s as %s and `me` says so',
    async (email, tenant, role) => {
      const r = await t.ok(LOGIN, { e: email, p: DEMO_PASSWORD });
      expect(r.login.token.split('.')).toHaveLength(3);
      expect(new Date(r.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
      const me = await t.ok(ME, {}, r.login.token);
      expect(me.me).toMatchObject({ user: { email }, tenant: { slug: tenant }, role });
    },
  );

  it('limits REGIONAL_OPS to the regions on the membership', async () => {
    const me = await t.ok(ME, {}, await t.token('ops@demo.test'));
    expect(me.me.regions.map((r: { name: string }) => r.name)).toEqual(['华东区域']);
  });

  it('treats the email case-insensitively', async () => {
    await t.ok(LOGIN, { e: '  Quality@Demo.TEST ', p: DEMO_PASSWORD });
  });

  it('refuses a wrong password with UNAUTHENTICATED, the same way as an unknown email', async () => {
    const wrong = await t.gql(LOGIN, { e: 'hr@demo.test', p: 'nope-nope' });
    const unknown = await t.gql(LOGIN, { e: 'nobody@demo.test', p: 'nope-nope' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.errors![0].extensions!['reason']).toBe('BAD_CREDENTIALS');
  });

  it('blocks an account after repeated failures, with a clear error, even for the right password', async () => {
    for (let i = 0; i < 3; i++) await t.gql(LOGIN, { e: 'viewer@demo.test', p: 'wrong-password' });
    const r = await t.gql(LOGIN, { e: 'viewer@demo.test', p: DEMO_PASSWORD });
    expect(codes(r)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(r.errors![0].extensions!['retryAfterSeconds']).toBeGreaterThan(0);
    expect(r.errors![0].message).toMatch(/Too many failed sign-in attempts/);
  });

  it('asks a user of several tenants to choose, then signs in to the chosen one', async () => {
    const r = await t.gql(LOGIN, { e: 'consultant@pinzhi.test', p: DEMO_PASSWORD });
    expect(fieldReasons(r)).toEqual(['tenantSlug:TENANT_REQUIRED']);
    expect(r.errors![0].extensions!['tenants'].map((x: { slug: string }) => x.slug).sort()).toEqual(['demo', 'other']);
    const other = await t.ok(LOGIN, { e: 'consultant@pinzhi.test', p: DEMO_PASSWORD, t: 'other' });
    expect(other.login.me).toMatchObject({ tenant: { slug: 'other' }, role: 'QUALITY_CENTER', tenants: [{ slug: 'demo' }] });
    const wrongTenant = await t.gql(LOGIN, { e: 'hr@demo.test', p: DEMO_PASSWORD, t: 'other' });
    expect(fieldReasons(wrongTenant)).toEqual(['tenantSlug:INVALID_VALUE']);
  });
});

describe('sessions', () => {
  it('stops a token at once after logout', async () => {
    const { login } = await t.ok(LOGIN, { e: 'quality@demo.test', p: DEMO_PASSWORD });
    expect(await t.ok('mutation { logout }', {}, login.token)).toEqual({ logout: true });
    const r = await t.gql(ME, {}, login.token);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.errors![0].extensions!['reason']).toBe('SESSION_REVOKED');
    const audit = await t.ok(
      '{ auditEntries(filter: { entity: "AuthSession" }, first: 100) { nodes { operation user { email } } } }',
      {},
      await t.token('admin@demo.test'),
    );
    const mine = audit.auditEntries.nodes
      .filter((n: { user: { email: string } }) => n.user.email === 'quality@demo.test')
      .map((n: { operation: string }) => n.operation);
    expect(mine).toEqual(expect.arrayContaining(['login', 'logout']));
  });

  it('refuses an expired token with SESSION_EXPIRED', async () => {
    const key = new TextEncoder().encode(TEST_JWT_SECRET);
    const token = await new SignJWT({ sid: 'x', tid: 'y' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(key);
    const r = await t.gql(ME, {}, token);
    expect(r.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
  });

  it('refuses a token signed with another key', async () => {
    const token = await new SignJWT({ sid: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-1234567'));
    const r = await t.gql(ME, {}, token);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it("ends a deactivated member's sessions for good: reactivation lets them sign in again but never revives an old token", async () => {
    const admin = await t.token('admin@demo.test');
    const { login } = await t.ok(LOGIN, { e: 'inspector@demo.test', p: DEMO_PASSWORD });
    const members = await t.ok('{ members(first: 50) { nodes { id user { email } } } }', {}, admin);
    const inspector = members.members.nodes.find((m: { user: { email: string } }) => m.user.email === 'inspector@demo.test');
    await t.ok('mutation($id: ID!) { deactivateMember(id: $id) { active } }', { id: inspector.id }, admin);
    const r = await t.gql(ME, {}, login.token);
    expect(r.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DEACTIVATED' });
    expect(codes(await t.gql(LOGIN, { e: 'inspector@demo.test', p: DEMO_PASSWORD }))).toEqual(['UNAUTHENTICATED']);
    const sessions = await pastTenantScope(() => t.dataSource.getRepository(AuthSession).findBy({ membershipId: inspector.id }));
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);

    await t.ok('mutation($id: ID!) { reactivateMember(id: $id) { active } }', { id: inspector.id }, admin);
    const old = await t.gql(ME, {}, login.token);
    expect(old.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    const again = await t.ok(LOGIN, { e: 'inspector@demo.test', p: DEMO_PASSWORD });
    expect((await t.ok(ME, {}, again.login.token)).me.user.email).toBe('inspector@demo.test');
    const audit = await t.ok('{ auditEntries(filter: { entity: "Membership" }, first: 20) { nodes { operation changes } } }', {}, admin);
    const deactivation = audit.auditEntries.nodes.find((n: { operation: string }) => n.operation === 'deactivateMember');
    expect(deactivation.changes.sessionsEnded.to).toBeGreaterThan(0);
  });

  it('stops a token at once when its session passes expiresAt, or its user or tenant is deactivated', async () => {
    const { login } = await t.ok(LOGIN, { e: 'quality@demo.test', p: DEMO_PASSWORD });
    const sessions = t.dataSource.getRepository(AuthSession);
    const session = await pastTenantScope(() => sessions.findOneByOrFail({ id: String(decodeJwt(login.token)['sid']) }));
    const reason = async () => (await t.gql(ME, {}, login.token)).errors?.[0].extensions?.['reason'];

    await pastTenantScope(() => sessions.update({ id: session.id }, { expiresAt: new Date(Date.now() - 1000) }));
    expect(await reason()).toBe('SESSION_EXPIRED');
    await pastTenantScope(() => sessions.update({ id: session.id }, { expiresAt: session.expiresAt }));
    expect((await t.ok(ME, {}, login.token)).me).toMatchObject({ user: { email: 'quality@demo.test' }, role: 'QUALITY_CENTER' });

    for (const entity of [User, Tenant] as const) {
      const id = entity === User ? session.userId : session.tenantId;
      await t.dataSource.getRepository(entity).update({ id }, { active: false });
      // An inactive tenant is a suspended company (platform.spec.ts): the members are told so.
      expect(await reason()).toBe(entity === User ? 'ACCOUNT_DEACTIVATED' : 'TENANT_SUSPENDED');
      await t.dataSource.getRepository(entity).update({ id }, { active: true });
      await t.ok(ME, {}, login.token);
    }
  });
});
