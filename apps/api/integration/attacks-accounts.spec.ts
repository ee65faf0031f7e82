import { DEMO_PASSWORD } from '@pinzhi/seed';
import { rateLimitsOf } from '@pinzhi/api-server';
import { User } from '@pinzhi/db';
import { TestApp, codes, fieldReasons, type GqlResult } from '@pinzhi/api-testing';

/**
 * The standing attack suite, accounts part (issue 16): the parallel sign-in race, spoofed
 * forwarding headers against every per-address limit, and a tenant admin trying to change or
 * discover another company's user. Runs on SQLite and on MariaDB like every integration test.
 */
// The real argon2 module: the app calls it through this very exports object, so the spy counts
// every password verification the server performs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const argon2 = require('@node-rs/argon2') as { verify: (...args: unknown[]) => Promise<boolean> };

const LOGIN = 'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenantSlug: $t) { token } }';
const LOCKOUT_SECONDS = 900;

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({
    env: {
      LOGIN_MAX_FAILURES: '5',
      LOGIN_LOCKOUT_SECONDS: String(LOCKOUT_SECONDS),
      SURVEY_PUBLIC_REQUESTS_PER_MINUTE: '6',
      SURVEY_LINK_MAX_RESPONSES_PER_ADDRESS: '3',
    },
  });
});
afterAll(() => t.stop());
afterEach(() => {
  t.setNow(null);
  jest.restoreAllMocks();
});

const reason = (r: GqlResult) => r.errors?.[0]?.extensions?.['reason'];

describe('the parallel sign-in race', () => {
  it('verifies at most the limit of 100 parallel wrong passwords, then refuses even the right one until the pause ends', async () => {
    const verify = jest.spyOn(argon2, 'verify');
    const from = { remoteAddress: '198.51.100.7' };
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => t.gql(LOGIN, { e: 'viewer@demo.test', p: `wrong-password-${i}` }, null, from)),
    );
    const verified = verify.mock.calls.length;
    expect(verified).toBeGreaterThan(0); // the spy sees the server's verifications
    expect(verified).toBeLessThanOrEqual(5);
    const outcome = results.map((r) => `${codes(r)[0]}:${reason(r)}`);
    expect(outcome.filter((o) => o === 'UNAUTHENTICATED:BAD_CREDENTIALS').length).toBe(verified);
    expect(outcome.filter((o) => o === 'TOO_MANY_ATTEMPTS:SIGN_IN').length).toBe(100 - verified);

    // The right password now: refused without a verification, from this address and from any other.
    verify.mockClear();
    for (const address of ['198.51.100.7', '198.51.100.8']) {
      const right = await t.gql(LOGIN, { e: 'viewer@demo.test', p: DEMO_PASSWORD }, null, { remoteAddress: address });
      expect(codes(right)).toEqual(['TOO_MANY_ATTEMPTS']);
      expect(right.errors![0].extensions!['retryAfterSeconds']).toBeGreaterThan(LOCKOUT_SECONDS - 120);
    }
    expect(verify).not.toHaveBeenCalled();

    // Still refused just before the pause ends; accepted after it (the app's clock, no sleeping).
    t.setNow(new Date(Date.now() + (LOCKOUT_SECONDS - 60) * 1000));
    expect(codes(await t.gql(LOGIN, { e: 'viewer@demo.test', p: DEMO_PASSWORD }, null, { remoteAddress: '198.51.100.9' }))).toEqual([
      'TOO_MANY_ATTEMPTS',
    ]);
    t.setNow(new Date(Date.now() + (LOCKOUT_SECONDS + 5) * 1000));
    await t.ok('mutation { login(email: "viewer@demo.test", password: "pinzhi-demo") { token } }');
  });

  it('counts attempts on an unknown e-mail the same way: at most the limit are verified (against a dummy hash)', async () => {
    const verify = jest.spyOn(argon2, 'verify');
    const from = { remoteAddress: '198.51.100.20' };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.gql(LOGIN, { e: 'no-such-person@demo.test', p: `guess-${i}` }, null, from)),
    );
    // Unknown accounts are verified against a dummy hash, under the same limit.
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(verify.mock.calls.length).toBeGreaterThan(0);
    expect(new Set(results.map((r) => codes(r)[0]))).toEqual(new Set(['UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS']));
  });
});

describe('spoofed forwarding headers', () => {
  /**
   * One probe per per-address limit: requests from one socket address, each with a different
   * X-Forwarded-For; the limit must still bite at its number. A new per-address limit without a
   * probe here fails the last test.
   */
  const probes: Record<string, (address: string, spoof: string) => Promise<GqlResult>> = {
    'sign-in:address': (address, spoof) =>
      t.gql(LOGIN, { e: `someone-${spoof}@elsewhere.test`, p: 'wrong-password' }, null, {
        remoteAddress: address,
        headers: { 'x-forwarded-for': spoof },
      }),
    'survey:address': (address, spoof) =>
      t.gql('query($t: String!) { publicSurvey(token: $t) { title } }', { t: `00000000-0000-4000-8000-000000000000.x${spoof}` }, null, {
        remoteAddress: address,
        headers: { 'x-forwarded-for': spoof, 'x-real-ip': spoof, forwarded: `for=${spoof}` },
      }),
    'invitation:address': (address, spoof) =>
      t.gql(
        'query($t: String!) { invitationPreview(token: $t) { email } }',
        { t: `00000000-0000-4000-8000-000000000000.${'a'.repeat(32)}` },
        null,
        {
          remoteAddress: address,
          headers: { 'x-forwarded-for': spoof },
        },
      ),
  };

  it.each(Object.keys(probes))('%s: a changing X-Forwarded-For does not reset the count', async (name) => {
    const policy = rateLimitsOf(t.app).policies.find((p) => p.name === name)!;
    const address = `203.0.113.${Object.keys(probes).indexOf(name) + 1}`;
    const seen: string[] = [];
    for (let i = 0; i <= policy.points; i++) {
      const r = await probes[name](address, `10.${i}.${i}.${i}`);
      seen.push(codes(r)[0]);
    }
    expect(seen.slice(0, policy.points)).not.toContain('TOO_MANY_ATTEMPTS');
    expect(seen[policy.points]).toBe('TOO_MANY_ATTEMPTS');
    // The limit is per address: another client is unaffected.
    expect(codes(await probes[name]('203.0.113.200', '10.0.0.1'))).not.toContain('TOO_MANY_ATTEMPTS');
  });

  it('survey-round:address: the shared link takes at most the cap per address, whatever the device id and X-Forwarded-For', async () => {
    const quality = await t.token('quality@demo.test');
    const rounds = await t.ok('{ surveyRounds(first: 50) { nodes { state linkToken } } }', {}, quality);
    const link = rounds.surveyRounds.nodes.find(
      (n: { state: string; linkToken: string | null }) => n.state === 'OPEN' && n.linkToken,
    ).linkToken;
    const form = await t.ok(
      'query($t: String!) { publicSurvey(token: $t) { questions { key kind required options { key } } } }',
      { t: link },
      null,
    );
    const answers = form.publicSurvey.questions
      .filter((q: { required: boolean }) => q.required)
      .map((q: { key: string; kind: string; options: Array<{ key: string }> }) =>
        q.kind === 'RATING'
          ? { questionKey: q.key, rating: 5 }
          : q.kind === 'TEXT'
            ? { questionKey: q.key, text: '好' }
            : { questionKey: q.key, choices: [q.options[0].key] },
      );
    const SUBMIT =
      'mutation($t: String!, $d: String, $a: [SurveyAnswerInput!]!) { submitPublicSurvey(token: $t, deviceId: $d, answers: $a) { ok } }';
    const submit = (address: string, i: number) =>
      t.gql(SUBMIT, { t: link, d: `stuffing-device-${address}-${i}`, a: answers }, null, {
        remoteAddress: address,
        headers: { 'x-forwarded-for': `10.1.1.${i}` },
      });
    const policy = rateLimitsOf(t.app).policies.find((p) => p.name === 'survey-round:address')!;
    const responses = await t.countRows('survey_response');
    for (let i = 0; i < policy.points; i++) expect(codes(await submit('203.0.113.50', i))).toEqual([]);
    const refused = await submit('203.0.113.50', policy.points);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'SURVEY_UNAVAILABLE', reason: 'ADDRESS_LIMIT' });
    expect(refused.errors![0].extensions!['messageZh']).toMatch(/问卷码/);
    expect(await t.countRows('survey_response')).toBe(responses + policy.points);
    // Another address still answers.
    expect(codes(await submit('203.0.113.51', 0))).toEqual([]);
  });

  it('has a probe for every per-address limit the app enforces', () => {
    const perAddress = rateLimitsOf(t.app)
      .policies.filter((p) => p.per !== 'account')
      .map((p) => p.name)
      .sort();
    expect(perAddress).toEqual([...Object.keys(probes), 'survey-round:address'].sort());
  });
});

describe('TRUST_PROXY', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    proxied = await TestApp.start({ seed: false, env: { TRUST_PROXY: '127.0.0.1, 10.0.0.0/8', LOGIN_MAX_FAILURES: '1' } });
  });
  afterAll(() => proxied.stop());

  it('counts the client the trusted proxy names, and ignores addresses a client prepends', async () => {
    const attempt = (remoteAddress: string, xff: string) =>
      proxied.gql(LOGIN, { e: `x${Math.random()}@elsewhere.test`, p: 'wrong-password' }, null, {
        remoteAddress,
        headers: { 'x-forwarded-for': xff },
      });
    // Per-address limit: 5 (1 × 5). The client 192.0.2.10 behind the proxy 10.0.0.5; the
    // left-most entries are whatever the client sent and must not matter.
    for (let i = 0; i < 5; i++) expect(codes(await attempt('10.0.0.5', `172.16.0.${i}, 192.0.2.10`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await attempt('10.0.0.5', '192.0.2.10'))).toEqual(['TOO_MANY_ATTEMPTS']);
    // Another client behind the same proxy is someone else.
    expect(codes(await attempt('10.0.0.5', '192.0.2.11'))).toEqual(['UNAUTHENTICATED']);
    // An untrusted sender's header is ignored: it is counted as itself.
    for (let i = 0; i < 5; i++) expect(codes(await attempt('192.0.2.99', `192.0.2.${i + 100}`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await attempt('192.0.2.99', '192.0.2.200'))).toEqual(['TOO_MANY_ATTEMPTS']);
  });
});

describe('a tenant admin and another company’s people', () => {
  const INVITE =
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { acceptPath invitation { id email displayName role status phone regionIds } } }';
  const MEMBERS =
    'query($q: String) { members(first: 100, filter: { search: $q }) { totalCount nodes { id displayName user { id email displayName } } } }';

  it('cannot discover whether a demo user exists: inviting them answers exactly as for an unknown e-mail', async () => {
    const other = await t.token('admin@other.test');
    expect((await t.ok(MEMBERS, { q: 'quality@demo' }, other)).members.totalCount).toBe(0);
    const known = await t.ok(INVITE, { input: { email: 'quality@demo.test', displayName: '张三', role: 'VIEWER' } }, other);
    const unknown = await t.ok(INVITE, { input: { email: 'never-seen@demo.test', displayName: '张三', role: 'VIEWER' } }, other);
    const normalise = (r: any) =>
      JSON.stringify(r)
        .replace(/[0-9a-f]{8}-[0-9a-f-]{27}(\.[A-Za-z0-9_-]+)?/g, 'ID')
        .replace(/(quality|never-seen)@demo\.test/g, 'EMAIL');
    expect(normalise(known)).toBe(normalise(unknown));
    // Nothing joined, nothing of the demo user leaked into other's lists.
    expect((await t.ok(MEMBERS, { q: 'quality@demo' }, other)).members.totalCount).toBe(0);
    const invitations = await t.ok('{ invitations { nodes { email displayName } } }', {}, other);
    expect(invitations.invitations.nodes).toContainEqual({ email: 'quality@demo.test', displayName: '张三' });
  });

  it('cannot change what the other company sees of a shared person, nor take over the account', async () => {
    const other = await t.token('admin@other.test');
    const demo = await t.token('admin@demo.test');
    const consultantInDemo = (await t.ok(MEMBERS, { q: 'consultant@' }, demo)).members.nodes[0];
    const consultantInOther = (await t.ok(MEMBERS, { q: 'consultant@' }, other)).members.nodes[0];
    const account = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'consultant@pinzhi.test' });

    const renamed = await t.ok(
      'mutation($id: ID!) { updateMember(id: $id, input: { displayName: "被改名的人", phone: "13900000000" }) { displayName user { displayName } } }',
      { id: consultantInOther.id },
      other,
    );
    expect(renamed.updateMember).toEqual({ displayName: '被改名的人', user: { displayName: '被改名的人' } });
    // Demo sees the same person exactly as before; the shared account is untouched.
    const after = (await t.ok(MEMBERS, { q: 'consultant@' }, demo)).members.nodes[0];
    expect(after).toEqual(consultantInDemo);
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: account.id })).displayName).toBe(account.displayName);
    const consultantDemoToken = await t.token('consultant@pinzhi.test', 'demo');
    expect((await t.ok('{ me { user { displayName } } }', {}, consultantDemoToken)).me.user.displayName).toBe(consultantInDemo.displayName);

    // No password reset of an account that opens another company; demo's membership ids are not found.
    const reset = await t.gql(
      'mutation($id: ID!) { resetMemberPassword(id: $id) { temporaryPassword } }',
      { id: consultantInOther.id },
      other,
    );
    expect(fieldReasons(reset)).toEqual(['id:INVALID_VALUE']);
    for (const op of [
      'mutation($id: ID!) { updateMember(id: $id, input: { displayName: "x" }) { id } }',
      'mutation($id: ID!) { deactivateMember(id: $id) { id } }',
      'mutation($id: ID!) { resetMemberPassword(id: $id) { temporaryPassword } }',
    ])
      expect(codes(await t.gql(op, { id: consultantInDemo.id }, other))).toEqual(['NOT_FOUND']);
    await t.ok(LOGIN, { e: 'consultant@pinzhi.test', p: DEMO_PASSWORD, t: 'demo' });

    // Deactivating the person in `other` ends only their `other` sessions.
    const otherSession = await t.token('consultant@pinzhi.test', 'other');
    await t.ok('mutation($id: ID!) { deactivateMember(id: $id) { active } }', { id: consultantInOther.id }, other);
    expect(reason(await t.gql('{ me { role } }', {}, otherSession))).toBe('ACCOUNT_DEACTIVATED');
    await t.ok('{ me { role } }', {}, consultantDemoToken);
  });
});
