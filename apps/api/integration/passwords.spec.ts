import { DEMO_PASSWORD } from '@pinzhi/seed';
import { TestApp, codes, fieldReasons, type GqlResult } from '@pinzhi/api-testing';

/**
 * Passwords (issue 16): the strength check, changing one's own password (ends the other
 * sessions), an admin's reset to a temporary password that must be changed at the next
 * sign-in and expires.
 */
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
});
afterAll(() => t.stop());
afterEach(() => t.setNow(null));

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token me { passwordChangeRequired } } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }';
const RESET = 'mutation($id: ID!) { resetMemberPassword(id: $id) { temporaryPassword expiresAt } }';
const ME = '{ me { user { email } passwordChangeRequired } }';
const reason = (r: GqlResult) => r.errors?.[0]?.extensions?.['reason'];

async function memberId(email: string): Promise<string> {
  const r = await t.ok('query($q: String) { members(filter: { search: $q }) { nodes { id } } }', { q: email }, admin);
  return r.members.nodes[0].id;
}

describe('the strength check', () => {
  it.each([
    ['12345678', 'topTen'],
    ['password', 'topTen'],
    ['        ', undefined],
    ['woaini1314', undefined],
    ['qwertyuiop', undefined],
    ['hr@demo.test1', undefined],
  ])('refuses %j with WEAK_PASSWORD at the field, saying why', async (weak, warning) => {
    const token = (await t.ok(LOGIN, { e: 'hr@demo.test', p: DEMO_PASSWORD })).login.token;
    const r = await t.gql(CHANGE, { c: DEMO_PASSWORD, n: weak }, token);
    expect(fieldReasons(r)).toEqual(['input.newPassword:WEAK_PASSWORD']);
    const field = r.errors![0].extensions!['fields'][0];
    expect(typeof field.params.warning).toBe('string');
    if (warning) expect(field.params.warning).toBe(warning);
    expect(field.message).toMatch(/\w/);
  });

  it('refuses a password that is too short or too long with the length reason', async () => {
    const token = await t.token('hr@demo.test');
    expect(fieldReasons(await t.gql(CHANGE, { c: DEMO_PASSWORD, n: 'x7#Qa' }, token))).toEqual(['input.newPassword:TOO_SHORT']);
    expect(fieldReasons(await t.gql(CHANGE, { c: DEMO_PASSWORD, n: 'correct horse '.repeat(10) }, token))).toEqual([
      'input.newPassword:TOO_LONG',
    ]);
  });
});

describe('changing one’s password', () => {
  it('needs the current password, keeps this session and ends every other one', async () => {
    const here = (await t.ok(LOGIN, { e: 'quality2@demo.test', p: DEMO_PASSWORD })).login.token;
    const elsewhere = (await t.ok(LOGIN, { e: 'quality2@demo.test', p: DEMO_PASSWORD })).login.token;

    const wrong = await t.gql(CHANGE, { c: 'not-my-password', n: 'marble-kite-orchard-7' }, here);
    expect(fieldReasons(wrong)).toEqual(['input.currentPassword:WRONG_PASSWORD']);
    await t.ok(ME, {}, elsewhere); // nothing changed

    expect(await t.ok(CHANGE, { c: DEMO_PASSWORD, n: 'marble-kite-orchard-7' }, here)).toEqual({ changePassword: true });
    await t.ok(ME, {}, here);
    expect(reason(await t.gql(ME, {}, elsewhere))).toBe('SESSION_REVOKED');
    expect(codes(await t.gql(LOGIN, { e: 'quality2@demo.test', p: DEMO_PASSWORD }))).toEqual(['UNAUTHENTICATED']);
    await t.ok(LOGIN, { e: 'quality2@demo.test', p: 'marble-kite-orchard-7' });
    const same = await t.gql(CHANGE, { c: 'marble-kite-orchard-7', n: 'marble-kite-orchard-7' }, here);
    expect(fieldReasons(same)).toEqual(['input.newPassword:INVALID_VALUE']);
    expect(codes(await t.gql(CHANGE, { c: 'x', n: 'marble-kite-orchard-8' }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('an admin’s reset', () => {
  it('issues a temporary password that only lets the person choose a new one, and ends their sessions', async () => {
    const old = await t.token('inspector@demo.test');
    const id = await memberId('inspector@demo.test');
    const reset = await t.ok(RESET, { id }, admin);
    const temp: string = reset.resetMemberPassword.temporaryPassword;
    expect(temp).toMatch(/^\w{14}$/);
    expect(new Date(reset.resetMemberPassword.expiresAt).getTime() - Date.now()).toBeGreaterThan(71 * 3600_000);
    expect(reason(await t.gql(ME, {}, old))).toBe('SESSION_REVOKED');
    expect(codes(await t.gql(LOGIN, { e: 'inspector@demo.test', p: DEMO_PASSWORD }))).toEqual(['UNAUTHENTICATED']);

    const signedIn = await t.ok(LOGIN, { e: 'inspector@demo.test', p: temp });
    expect(signedIn.login.me.passwordChangeRequired).toBe(true);
    const limited = signedIn.login.token;
    expect((await t.ok(ME, {}, limited)).me.passwordChangeRequired).toBe(true);
    const blocked = await t.gql('{ projects(first: 1) { totalCount } }', {}, limited);
    expect(blocked.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    const file = await t.get('/downloads/standards.xlsx', limited);
    expect(file.status).toBe(403);

    expect(fieldReasons(await t.gql(CHANGE, { c: temp, n: 'password1' }, limited))).toEqual(['input.newPassword:WEAK_PASSWORD']);
    await t.ok(CHANGE, { c: temp, n: 'sesame-lighthouse-42' }, limited);
    expect((await t.ok(ME, {}, limited)).me.passwordChangeRequired).toBe(false);
    await t.ok('{ projects(first: 1) { totalCount } }', {}, limited);
    expect(codes(await t.gql(LOGIN, { e: 'inspector@demo.test', p: temp }))).toEqual(['UNAUTHENTICATED']);
    const audit = await t.ok('{ auditEntries(filter: { entity: "Membership" }, first: 50) { nodes { operation entityId } } }', {}, admin);
    expect(audit.auditEntries.nodes).toContainEqual({ operation: 'resetMemberPassword', entityId: id });
  });

  it('lets a temporary password expire (the app’s clock, 72 h by default)', async () => {
    const temp = (await t.ok(RESET, { id: await memberId('cs@demo.test') }, admin)).resetMemberPassword.temporaryPassword;
    const limited = (await t.ok(LOGIN, { e: 'cs@demo.test', p: temp })).login.token;
    t.setNow(new Date(Date.now() + 73 * 3600_000));
    expect(reason(await t.gql(LOGIN, { e: 'cs@demo.test', p: temp }))).toBe('PASSWORD_EXPIRED');
    expect(reason(await t.gql(ME, {}, limited))).toBe('PASSWORD_EXPIRED');
  });

  it('is for tenant admins, not for one’s own account or an account that also opens another company', async () => {
    expect(codes(await t.gql(RESET, { id: await memberId('viewer@demo.test') }, await t.token('quality@demo.test')))).toEqual([
      'FORBIDDEN',
    ]);
    expect(fieldReasons(await t.gql(RESET, { id: await memberId('admin@demo.test') }, admin))).toEqual(['id:INVALID_VALUE']);
    expect(fieldReasons(await t.gql(RESET, { id: await memberId('consultant@pinzhi.test') }, admin))).toEqual(['id:INVALID_VALUE']);
    await t.ok('mutation($e: String!, $p: String!) { login(email: $e, password: $p, tenantSlug: "demo") { token } }', {
      e: 'consultant@pinzhi.test',
      p: DEMO_PASSWORD,
    });
  });
});
