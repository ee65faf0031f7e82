import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';
import { PlatformDb, openDataSource } from '@pinzhi/db/platform';
import { verify } from '@node-rs/argon2';
import { ensurePlatformOperator } from '@pinzhi/api-tenancy';
import { loadConfig } from '@pinzhi/api-server';
import pino from 'pino';
import { prepareDatabase } from '../src/startup';

/**
 * The platform operator (issue 27): its own sign-in and sessions with no tenant, the console's
 * companies with usage, a new company with its first admin by invitation, suspension that signs
 * the members out at once, reactivation, per-company limits, and the platform's audit trail.
 */
let t: TestApp;
let operator: string;
const PASSWORD = 'pinzhi-demo';
const OPERATOR_LOGIN = 'mutation($e: String!, $p: String!) { platformLogin(email: $e, password: $p) { token operator { email } } }';
const COMPANIES =
  '{ platformCompanies(limit: 100) { totalCount nodes { id code name active memberCount projectCount storageBytes lastActivityAt maxMembers maxProjects maxStorageMb } } }';

beforeAll(async () => {
  t = await TestApp.start();
  operator = (await t.ok(OPERATOR_LOGIN, { e: 'operator@platform.test', p: PASSWORD })).platformLogin.token;
});
afterAll(() => t.stop());

async function company(code: string) {
  const r = await t.ok(COMPANIES, {}, operator);
  return r.platformCompanies.nodes.find((c: { code: string }) => c.code === code);
}

describe('platform operator', () => {
  it('signs in with its own login; its session has no company and every company operation is FORBIDDEN', async () => {
    const me = await t.ok('{ platformMe { email displayName } }', {}, operator);
    expect(me.platformMe.email).toBe('operator@platform.test');
    // The normal member sign-in does not know it (an operator is not a user of any company).
    expect(codes(await t.gql('mutation { login(email: "operator@platform.test", password: "pinzhi-demo") { token } }'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    for (const doc of [
      '{ me { user { id } } }',
      '{ projects { totalCount } }',
      '{ members { totalCount } }',
      'mutation { createRegion(input: { name: "x" }) { id } }',
    ]) {
      const r = await t.gql(doc, {}, operator);
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.data).toBeNull();
    }
    // Files and live updates too.
    expect((await t.get('/events', operator)).status).toBe(403);
  });

  it('lists companies with their usage, page by page', async () => {
    // (signing in is activity: the member's sign-in is in the company's audit trail)
    const demoAdmin = await t.token('admin@demo.test');
    const demoProjects = await t.ok('{ projects(first: 1) { totalCount } }', {}, demoAdmin);
    const demoMembers = await t.ok('{ members(first: 1) { totalCount } }', {}, demoAdmin);
    const all = await t.ok(COMPANIES, {}, operator);
    expect(all.platformCompanies.totalCount).toBe(2);
    const demo = all.platformCompanies.nodes.find((c: { code: string }) => c.code === 'demo');
    expect(demo).toMatchObject({
      name: '示范物业',
      active: true,
      memberCount: demoMembers.members.totalCount,
      projectCount: demoProjects.projects.totalCount,
      maxMembers: null,
    });
    expect(demo.lastActivityAt).not.toBeNull();
    const page = await t.ok('{ platformCompanies(offset: 1, limit: 1) { totalCount nodes { code } } }', {}, operator);
    expect(page.platformCompanies).toEqual({ totalCount: 2, nodes: [{ code: 'other' }] });
    const found = await t.ok('{ platformCompanies(search: "其他") { nodes { code } } }', {}, operator);
    expect(found.platformCompanies.nodes).toEqual([{ code: 'other' }]);
  });

  it('creates a company whose first admin accepts the invitation and signs in', async () => {
    const r = await t.ok(
      'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { acceptPath company { id code name active memberCount } } }',
      { input: { code: 'huaxin', name: '华信物业', adminEmail: 'Boss@HuaXin.test', adminName: '华信管理员' } },
      operator,
    );
    expect(r.createCompany.company).toMatchObject({ code: 'huaxin', name: '华信物业', active: true, memberCount: 0 });
    const token = r.createCompany.acceptPath.replace('/invitations/', '');
    const preview = await t.ok('query($t: String!) { invitationPreview(token: $t) { companyName email role } }', { t: token });
    expect(preview.invitationPreview).toEqual({ companyName: '华信物业', email: 'boss@huaxin.test', role: 'TENANT_ADMIN' });
    const accepted = await t.ok(
      'mutation($t: String!) { acceptInvitation(input: { token: $t, createAccount: true, password: "Huaxin-Quality-2026!", displayName: "华信管理员" }) { token me { tenant { slug } role } } }',
      { t: token },
    );
    expect(accepted.acceptInvitation.me).toEqual({ tenant: { slug: 'huaxin' }, role: 'TENANT_ADMIN' });
    const login = await t.ok(
      'mutation { login(email: "boss@huaxin.test", password: "Huaxin-Quality-2026!") { token me { tenant { name } } } }',
    );
    expect(login.login.me.tenant.name).toBe('华信物业');
    // A new company sees nothing of the others.
    expect((await t.ok('{ projects { totalCount } }', {}, login.login.token)).projects.totalCount).toBe(0);
    // The same code twice is refused.
    const again = await t.gql(
      'mutation { createCompany(input: { code: "huaxin", name: "重复", adminEmail: "x@huaxin.test", adminName: "x" }) { acceptPath } }',
      {},
      operator,
    );
    expect(fieldReasons(again)).toEqual(['input.code:TAKEN']);
    expect((await company('huaxin')).memberCount).toBe(1);
  });

  it("suspends a company: its members' sessions end at once and sign-in is refused; reactivation lets them in again", async () => {
    const other = await company('other');
    const member = await t.token('admin@other.test');
    expect(codes(await t.gql('{ projects { totalCount } }', {}, member))).toEqual([]);
    const demoMember = await t.token('admin@demo.test');
    const s = await t.ok('mutation($id: ID!) { suspendCompany(companyId: $id) { active } }', { id: other.id }, operator);
    expect(s.suspendCompany.active).toBe(false);
    // The signed-in member's next request is refused with the reason.
    const refused = await t.gql('{ projects { totalCount } }', {}, member);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TENANT_SUSPENDED' });
    const signIn = await t.gql('mutation { login(email: "admin@other.test", password: "pinzhi-demo") { token } }');
    expect(signIn.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TENANT_SUSPENDED' });
    // A person in both companies signs in to the other one only.
    const consultant = await t.gql(
      'mutation { login(email: "consultant@pinzhi.test", password: "pinzhi-demo", tenantSlug: "other") { token } }',
    );
    expect(consultant.errors?.[0].extensions).toMatchObject({ reason: 'TENANT_SUSPENDED' });
    const consultantDemo = await t.ok(
      'mutation { login(email: "consultant@pinzhi.test", password: "pinzhi-demo") { me { tenant { slug } } } }',
    );
    expect(consultantDemo.login.me.tenant.slug).toBe('demo');
    // Other companies are untouched.
    expect(codes(await t.gql('{ projects { totalCount } }', {}, demoMember))).toEqual([]);

    await t.ok('mutation($id: ID!) { reactivateCompany(companyId: $id) { active } }', { id: other.id }, operator);
    // The ended session stays ended; signing in works again.
    expect(codes(await t.gql('{ projects { totalCount } }', {}, member))).toEqual(['UNAUTHENTICATED']);
    const back = await t.ok('mutation { login(email: "admin@other.test", password: "pinzhi-demo") { token } }');
    expect(codes(await t.gql('{ projects { totalCount } }', {}, back.login.token))).toEqual([]);
    t.forgetTokens();
  });

  it('enforces per-company limits where members are invited, projects created and files uploaded', async () => {
    const other = await company('other');
    const admin = await t.token('admin@other.test');
    const limits =
      'mutation($id: ID!, $input: CompanyLimitsInput!) { setCompanyLimits(companyId: $id, input: $input) { maxMembers maxProjects maxStorageMb } }';
    const set = await t.ok(
      limits,
      { id: other.id, input: { maxMembers: other.memberCount, maxProjects: other.projectCount, maxStorageMb: 1 } },
      operator,
    );
    expect(set.setCompanyLimits).toEqual({ maxMembers: other.memberCount, maxProjects: other.projectCount, maxStorageMb: 1 });

    const invite = await t.gql(
      'mutation { inviteMember(input: { email: "new@other.test", displayName: "新人", role: VIEWER }) { acceptPath } }',
      {},
      admin,
    );
    expect(fieldReasons(invite)).toEqual(['input.email:LIMIT_REACHED']);
    expect(invite.errors?.[0].extensions?.['fields']).toMatchObject([{ params: { max: other.memberCount, limit: 'members' } }]);

    const own = await t.ok('{ regions { nodes { id } } properties { nodes { id } } }', {}, admin);
    const project = await t.gql(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { code: 'BJ-900', name: '超限项目', propertyId: own.properties.nodes[0].id, regionId: own.regions.nodes[0].id } },
      admin,
    );
    expect(fieldReasons(project)).toEqual(['input:LIMIT_REACHED']);

    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1024 * 1024 + 10, 1)]);
    const upload = await t.upload(big, 'image/png', admin);
    expect(upload.status).toBe(400);
    expect(JSON.stringify(upload.json)).toContain('LIMIT_REACHED');

    // Raised (null: no limit), the same requests succeed.
    await t.ok(limits, { id: other.id, input: { maxMembers: null, maxProjects: other.projectCount + 1, maxStorageMb: null } }, operator);
    expect(
      codes(
        await t.gql(
          'mutation { inviteMember(input: { email: "new@other.test", displayName: "新人", role: VIEWER }) { acceptPath } }',
          {},
          admin,
        ),
      ),
    ).toEqual([]);
    expect(
      codes(
        await t.gql(
          'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
          { input: { code: 'BJ-900', name: '限额内项目', propertyId: own.properties.nodes[0].id, regionId: own.regions.nodes[0].id } },
          admin,
        ),
      ),
    ).toEqual([]);
  });

  it('counts a reactivated member against the member limit', async () => {
    const other = await company('other');
    const admin = await t.token('admin@other.test');
    const members = '{ members(first: 100) { nodes { id active user { email } } } }';
    const active = (await t.ok(members, {}, admin)).members.nodes.filter((m: { active: boolean }) => m.active);
    const leaver = active.find((m: { user: { email: string } }) => m.user.email !== 'admin@other.test');
    await t.ok('mutation($id: ID!) { deactivateMember(id: $id) { active } }', { id: leaver.id }, admin);
    const limits = 'mutation($id: ID!, $input: CompanyLimitsInput!) { setCompanyLimits(companyId: $id, input: $input) { maxMembers } }';
    // A limit at or under the members still active: coming back would exceed it.
    await t.ok(limits, { id: other.id, input: { maxMembers: 1 } }, operator);
    const back = await t.gql('mutation($id: ID!) { reactivateMember(id: $id) { active } }', { id: leaver.id }, admin);
    expect(fieldReasons(back)).toEqual(['id:LIMIT_REACHED']);
    await t.ok(limits, { id: other.id, input: { maxMembers: null } }, operator);
    const again = await t.ok('mutation($id: ID!) { reactivateMember(id: $id) { active } }', { id: leaver.id }, admin);
    expect(again.reactivateMember.active).toBe(true);
  });

  it('refuses platform operations to company members and to nobody', async () => {
    const other = await company('other');
    const admin = await t.token('admin@demo.test');
    for (const doc of [
      COMPANIES,
      '{ platformMe { email } }',
      '{ platformAuditEntries { totalCount } }',
      `mutation { suspendCompany(companyId: "${other.id}") { active } }`,
      `mutation { setCompanyLimits(companyId: "${other.id}", input: { maxMembers: 1 }) { active } }`,
      'mutation { createCompany(input: { code: "evil", name: "x", adminEmail: "x@evil.test", adminName: "x" }) { acceptPath } }',
    ]) {
      expect(codes(await t.gql(doc, {}, admin))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(doc, {}, null))).toEqual(['UNAUTHENTICATED']);
    }
    expect((await company('other')).active).toBe(true);
  });

  it("audits everything the operator did in the platform's trail", async () => {
    const r = await t.ok(
      '{ platformAuditEntries(limit: 100) { totalCount nodes { operation entity operatorEmail companyName changes { field from to } } } }',
      {},
      operator,
    );
    const ops = r.platformAuditEntries.nodes.map((n: { operation: string }) => n.operation);
    for (const op of ['platformLogin', 'createCompany', 'inviteCompanyAdmin', 'suspendCompany', 'reactivateCompany', 'setCompanyLimits'])
      expect(ops).toContain(op);
    const suspended = r.platformAuditEntries.nodes.find((n: { operation: string }) => n.operation === 'suspendCompany');
    expect(suspended).toMatchObject({ entity: 'Company', operatorEmail: 'operator@platform.test', companyName: '其他物业' });
    expect(suspended.changes.map((c: { field: string }) => c.field)).toEqual(['active', 'suspendedAt', 'sessionsEnded']);
  });

  it('signs out', async () => {
    const own = (await t.ok(OPERATOR_LOGIN, { e: 'operator@platform.test', p: PASSWORD })).platformLogin.token;
    expect(await t.ok('mutation { platformLogout }', {}, own)).toEqual({ platformLogout: true });
    expect(codes(await t.gql('{ platformMe { email } }', {}, own))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('creating the platform operator on a fresh install', () => {
  it('ensurePlatformOperator (the command and PLATFORM_ADMIN_EMAIL) creates it once; the password signs in', async () => {
    const fresh = await TestApp.start({ seed: false });
    try {
      const platform = new PlatformDb(fresh.dataSource);
      expect(await ensurePlatformOperator(platform, { email: 'Root@Example.test', password: 'first-password-123' })).toMatchObject({
        created: true,
      });
      // Again without a reset: left alone (the environment does not overwrite a changed password).
      expect(await ensurePlatformOperator(platform, { email: 'root@example.test', password: 'other-password-456' })).toMatchObject({
        created: false,
        passwordSet: false,
      });
      const ok = await fresh.ok(OPERATOR_LOGIN, { e: 'root@example.test', p: 'first-password-123' });
      expect(ok.platformLogin.operator.email).toBe('root@example.test');
      expect(codes(await fresh.gql(OPERATOR_LOGIN, { e: 'root@example.test', p: 'other-password-456' }))).toEqual(['UNAUTHENTICATED']);
      // An empty install has no company; the operator creates the first.
      const list = await fresh.ok('{ platformCompanies { totalCount } }', {}, ok.platformLogin.token);
      expect(list.platformCompanies.totalCount).toBe(0);
    } finally {
      await fresh.stop();
    }
  });

  it('PLATFORM_ADMIN_EMAIL / PLATFORM_ADMIN_PASSWORD create the operator at start-up, once', async () => {
    const fresh = await TestApp.start({ seed: false });
    try {
      const env = {
        DATABASE_URL: 'sqlite::memory:',
        SEED_DEMO: 'false',
        PLATFORM_ADMIN_EMAIL: 'ops@container.test',
        PLATFORM_ADMIN_PASSWORD: 'container-first-9',
      };
      await prepareDatabase(fresh.dataSource, loadConfig(env), pino({ level: 'silent' }));
      await prepareDatabase(
        fresh.dataSource,
        loadConfig({ ...env, PLATFORM_ADMIN_PASSWORD: 'changed-later-77' }),
        pino({ level: 'silent' }),
      );
      expect(await fresh.countRows('platform_operator')).toBe(1);
      const ok = await fresh.ok(OPERATOR_LOGIN, { e: 'ops@container.test', p: 'container-first-9' });
      expect(ok.platformLogin.operator.email).toBe('ops@container.test');
      expect(() => loadConfig({ PLATFORM_ADMIN_EMAIL: 'ops@container.test', PLATFORM_ADMIN_PASSWORD: 'short' })).toThrow(
        /PLATFORM_ADMIN_PASSWORD/,
      );
    } finally {
      await fresh.stop();
    }
  });

  it('npm run platform:admin prints a generated password that signs in', async () => {
    if (process.env['DATABASE_URL']) return; // the command itself is dialect-blind; run once, on a SQLite file
    const dir = mkdtempSync(join(tmpdir(), 'pinzhi-platform-admin-'));
    try {
      const url = `sqlite:${join(dir, 'p.sqlite')}`;
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['-r', '@swc-node/register', 'tools/platform/admin.ts', '--email', 'first@example.test'],
        {
          cwd: join(__dirname, '../../..'),
          env: { ...process.env, DATABASE_URL: url, SWC_NODE_PROJECT: 'tsconfig.base.json', JWT_SECRET: 'x'.repeat(40) },
        },
      );
      expect(stdout).toContain('platform operator created: first@example.test');
      const password = /password \(shown once\): (\S+)/.exec(stdout)![1];
      expect(password).toMatch(/^[A-Za-z0-9]{24}$/);
      const ds = await openDataSource({ url });
      try {
        const made = await new PlatformDb(ds).findOperatorByEmail('first@example.test');
        expect(await verify(made!.passwordHash, password)).toBe(true);
      } finally {
        await ds.destroy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
