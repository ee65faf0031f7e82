import { User } from '@pinzhi/db';
import { DEMO_PASSWORD } from '@pinzhi/seed';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
});
afterAll(() => t.stop());

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { acceptPath invitation { id email displayName phone role status regionIds regions { name } expiresAt invitedBy { email } } }
}`;
const PREVIEW = 'query($t: String!) { invitationPreview(token: $t) { companyName email displayName role expiresAt } }';
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { token me { user { email displayName } tenant { slug } role regionIds passwordChangeRequired } }
}`;
const tokenOf = (path: string) => path.replace(/^\/invitations\//, '');

async function regionId(name: string): Promise<string> {
  const r = await t.ok('{ regions { nodes { id name } } }', {}, admin);
  return r.regions.nodes.find((x: { name: string }) => x.name === name).id;
}

describe('invitations', () => {
  it('invites a new person, who sets a password of their own when accepting and lands in the company', async () => {
    const r = await t.ok(
      INVITE,
      { input: { email: 'New.Guard@demo.test', displayName: '新保安主管', phone: '+86 138 0000 0000', role: 'INSPECTOR' } },
      admin,
    );
    expect(r.inviteMember.invitation).toMatchObject({
      email: 'new.guard@demo.test',
      displayName: '新保安主管',
      phone: '+86 138 0000 0000',
      role: 'INSPECTOR',
      status: 'PENDING',
      invitedBy: { email: 'admin@demo.test' },
    });
    expect(r.inviteMember.acceptPath).toMatch(/^\/invitations\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{32}$/);
    const token = tokenOf(r.inviteMember.acceptPath);
    // Nobody exists yet: no account, no membership.
    expect(await t.dataSource.getRepository(User).countBy({ email: 'new.guard@demo.test' })).toBe(0);

    const preview = await t.ok(PREVIEW, { t: token });
    expect(preview.invitationPreview).toMatchObject({ companyName: '示范物业', email: 'new.guard@demo.test', role: 'INSPECTOR' });

    const weak = await t.gql(ACCEPT, { input: { token, createAccount: true, password: '12345678' } });
    expect(fieldReasons(weak)).toEqual(['input.password:WEAK_PASSWORD']);
    const accepted = await t.ok(ACCEPT, { input: { token, createAccount: true, password: 'lantern-orchid-93-quay', displayName: '王强' } });
    expect(accepted.acceptInvitation.me).toMatchObject({
      // The company knows him by the name on the invitation; the account carries his own.
      user: { email: 'new.guard@demo.test', displayName: '新保安主管' },
      tenant: { slug: 'demo' },
      role: 'INSPECTOR',
      passwordChangeRequired: false,
    });
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ email: 'new.guard@demo.test' })).displayName).toBe('王强');
    await t.ok('mutation { login(email: "new.guard@demo.test", password: "lantern-orchid-93-quay") { token } }');

    const used = await t.gql(ACCEPT, { input: { token, createAccount: true, password: 'lantern-orchid-93-quay' } });
    expect(used.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'USED' });
    const list = await t.ok('{ invitations(status: ACCEPTED) { nodes { email status } } }', {}, admin);
    expect(list.invitations.nodes).toEqual([{ email: 'new.guard@demo.test', status: 'ACCEPTED' }]);
  });

  it('answers the same whether or not the e-mail has an account elsewhere, and an existing account accepts by signing in', async () => {
    const known = await t.ok(INVITE, { input: { email: 'admin@other.test', displayName: '外部顾问', role: 'VIEWER' } }, admin);
    const unknown = await t.ok(INVITE, { input: { email: 'nobody.yet@other.test', displayName: '外部顾问', role: 'VIEWER' } }, admin);
    const shape = (x: any) => ({ ...x.inviteMember.invitation, id: 'id', email: 'email', expiresAt: 'time' });
    expect(shape(known)).toEqual(shape(unknown));
    expect(Object.keys(known.inviteMember)).toEqual(Object.keys(unknown.inviteMember));

    const token = tokenOf(known.inviteMember.acceptPath);
    const exists = await t.gql(ACCEPT, { input: { token, createAccount: true, password: 'lantern-orchid-93-quay' } });
    expect(fieldReasons(exists)).toEqual(['input.createAccount:ACCOUNT_EXISTS']);
    const wrong = await t.gql(ACCEPT, { input: { token, createAccount: false, password: 'not-the-password' } });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
    const accepted = await t.ok(ACCEPT, { input: { token, createAccount: false, password: DEMO_PASSWORD } });
    expect(accepted.acceptInvitation.me).toMatchObject({ user: { displayName: '外部顾问' }, tenant: { slug: 'demo' }, role: 'VIEWER' });
    // The account's own name (what `other` shows) is untouched.
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ email: 'admin@other.test' })).displayName).not.toBe('外部顾问');
  });

  it('lets a signed-in person accept with their session, only for their own e-mail', async () => {
    const otherAdmin = await t.token('admin@other.test', 'other');
    const r = await t.ok(INVITE, { input: { email: 'hr@demo.test', displayName: '兼职人事', role: 'HR' } }, otherAdmin);
    const token = tokenOf(r.inviteMember.acceptPath);
    const someoneElse = await t.gql(ACCEPT, { input: { token } }, await t.token('quality@demo.test'));
    expect(fieldReasons(someoneElse)).toEqual(['input.token:INVALID_VALUE']);
    const accepted = await t.ok(ACCEPT, { input: { token } }, await t.token('hr@demo.test'));
    expect(accepted.acceptInvitation.me).toMatchObject({ tenant: { slug: 'other' }, role: 'HR', user: { displayName: '兼职人事' } });
    // In demo, HR is still known by demo's name for her.
    const me = await t.ok('{ me { user { displayName } tenant { slug } tenants { slug } } }', {}, await t.token('hr@demo.test'));
    expect(me.me).toMatchObject({
      user: { displayName: expect.not.stringMatching('兼职人事') },
      tenant: { slug: 'demo' },
      tenants: [{ slug: 'other' }],
    });
  });

  it('resends (the old link stops), withdraws, and expires invitations', async () => {
    const r = await t.ok(INVITE, { input: { email: 'later@demo.test', displayName: '稍后', role: 'HR' } }, admin);
    const first = tokenOf(r.inviteMember.acceptPath);
    const again = await t.gql(INVITE, { input: { email: 'later@demo.test', displayName: '稍后', role: 'HR' } }, admin);
    expect(fieldReasons(again)).toEqual(['input.email:TAKEN']);
    const resent = await t.ok(
      'mutation($id: ID!) { resendInvitation(id: $id) { acceptPath invitation { status } } }',
      { id: r.inviteMember.invitation.id },
      admin,
    );
    const second = tokenOf(resent.resendInvitation.acceptPath);
    expect(second).not.toBe(first);
    expect((await t.gql(PREVIEW, { t: first })).errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVALID' });
    await t.ok(PREVIEW, { t: second });

    t.setNow(new Date(Date.now() + 8 * 24 * 3600_000));
    try {
      expect((await t.gql(PREVIEW, { t: second })).errors![0].extensions).toMatchObject({ reason: 'EXPIRED' });
      const open = await t.ok('{ invitations { nodes { email status } } }', {}, admin);
      expect(open.invitations.nodes).toContainEqual({ email: 'later@demo.test', status: 'EXPIRED' });
    } finally {
      t.setNow(null);
    }
    const revoked = await t.ok(
      'mutation($id: ID!) { revokeInvitation(id: $id) { status revokedAt } }',
      { id: r.inviteMember.invitation.id },
      admin,
    );
    expect(revoked.revokeInvitation.status).toBe('REVOKED');
    expect((await t.gql(PREVIEW, { t: second })).errors![0].extensions).toMatchObject({ reason: 'REVOKED' });
    expect(
      (await t.gql(ACCEPT, { input: { token: second, createAccount: true, password: 'lantern-orchid-93-quay' } })).errors![0].extensions,
    ).toMatchObject({
      reason: 'REVOKED',
    });
    const resendRevoked = await t.gql(
      'mutation($id: ID!) { resendInvitation(id: $id) { acceptPath } }',
      { id: r.inviteMember.invitation.id },
      admin,
    );
    expect(fieldReasons(resendRevoked)).toEqual(['id:INVALID_TRANSITION']);
  });

  it('refuses to invite a current member, names bad fields, and writes nothing on refusal', async () => {
    const before = await t.countRows('member_invitation');
    const member = await t.gql(INVITE, { input: { email: 'hr@demo.test', displayName: 'HR', role: 'HR' } }, admin);
    expect(fieldReasons(member)).toEqual(['input.email:TAKEN']);
    const none = await t.gql(INVITE, { input: { email: 'r1@demo.test', displayName: 'R1', role: 'REGIONAL_OPS' } }, admin);
    expect(fieldReasons(none)).toEqual(['input.regionIds:REQUIRED']);
    const foreign = await t.gql(
      INVITE,
      { input: { email: 'r1@demo.test', displayName: 'R1', role: 'REGIONAL_OPS', regionIds: ['00000000-0000-4000-8000-000000000000'] } },
      admin,
    );
    expect(fieldReasons(foreign)).toEqual(['input.regionIds:NOT_FOUND']);
    const bad = await t.gql(INVITE, { input: { email: 'not-an-email', displayName: '', role: 'HR', phone: 'call me' } }, admin);
    expect(fieldReasons(bad).sort()).toEqual(['input.displayName:REQUIRED', 'input.email:INVALID_FORMAT', 'input.phone:INVALID_FORMAT']);
    expect(await t.countRows('member_invitation')).toBe(before);
    const ok = await t.ok(
      INVITE,
      { input: { email: 'r1@demo.test', displayName: 'R1', role: 'REGIONAL_OPS', regionIds: [await regionId('华南区域')] } },
      admin,
    );
    expect(ok.inviteMember.invitation.regions).toEqual([{ name: '华南区域' }]);
  });
});

describe('members and roles', () => {
  it('keeps the name and phone a company edits on its membership, never on the shared account', async () => {
    const list = await t.ok(
      '{ members(first: 5, filter: { search: "quality@demo" }) { nodes { id version displayName user { displayName } } } }',
      {},
      admin,
    );
    const quality = list.members.nodes[0];
    const updated = await t.ok(
      'mutation($id: ID!, $v: Int) { updateMember(id: $id, input: { displayName: "李品质（组长）", phone: "021-5555 0101" }, expectedVersion: $v) { displayName phone user { displayName } } }',
      { id: quality.id, v: quality.version },
      admin,
    );
    expect(updated.updateMember).toEqual({
      displayName: '李品质（组长）',
      phone: '021-5555 0101',
      user: { displayName: '李品质（组长）' },
    });
    const account = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'quality@demo.test' });
    expect(account.displayName).toBe(quality.displayName);
    const found = await t.ok('{ members(filter: { search: "组长" }) { totalCount } }', {}, admin);
    expect(found.members.totalCount).toBe(1);
  });

  it('changes a role and regions, and refuses to let admins demote or deactivate themselves', async () => {
    const list = await t.ok(
      '{ members(first: 100, filter: { search: "hr@demo" }) { totalCount nodes { id version user { email } } } }',
      {},
      admin,
    );
    expect(list.members.totalCount).toBe(1);
    const hr = list.members.nodes[0];
    const updated = await t.ok(
      'mutation($id: ID!, $r: [ID!]) { updateMember(id: $id, input: { role: REGIONAL_OPS, regionIds: $r }) { role regions { name } } }',
      { id: hr.id, r: [await regionId('华东区域')] },
      admin,
    );
    expect(updated.updateMember).toEqual({ role: 'REGIONAL_OPS', regions: [{ name: '华东区域' }] });
    const stale = await t.gql(
      'mutation($id: ID!, $v: Int) { updateMember(id: $id, input: { role: HR }, expectedVersion: $v) { role } }',
      { id: hr.id, v: hr.version },
      admin,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);

    const self = (await t.ok('{ members(first: 100, filter: { search: "admin@demo" }) { nodes { id } } }', {}, admin)).members.nodes[0];
    expect(
      fieldReasons(await t.gql('mutation($id: ID!) { updateMember(id: $id, input: { role: VIEWER }) { role } }', { id: self.id }, admin)),
    ).toEqual(['input.role:INVALID_VALUE']);
    expect(fieldReasons(await t.gql('mutation($id: ID!) { deactivateMember(id: $id) { active } }', { id: self.id }, admin))).toEqual([
      'id:INVALID_VALUE',
    ]);
  });

  it('is for tenant admins only', async () => {
    const quality = await t.token('quality@demo.test');
    expect(codes(await t.gql('{ members { totalCount } }', {}, quality))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(INVITE, { input: { email: 'x@demo.test', displayName: 'x', role: 'HR' } }, quality))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql('{ auditEntries { totalCount } }', {}, quality))).toEqual(['FORBIDDEN']);
  });

  it('records every change in the audit trail, filterable by entity and user', async () => {
    const all = await t.ok(
      '{ auditEntries(first: 100) { totalCount nodes { operation entity entityId changes user { email } } } }',
      {},
      admin,
    );
    const ops = all.auditEntries.nodes.map((n: { operation: string }) => n.operation);
    expect(ops).toEqual(expect.arrayContaining(['inviteMember', 'updateMember']));
    const update = all.auditEntries.nodes.find((n: { operation: string }) => n.operation === 'updateMember');
    expect(update.changes.role).toEqual({ from: 'HR', to: 'REGIONAL_OPS' });
    expect(update.user.email).toBe('admin@demo.test');
    const filtered = await t.ok('{ auditEntries(filter: { entity: "Region" }) { totalCount } }', {}, admin);
    expect(filtered.auditEntries.totalCount).toBe(0);
  });
});
