import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
});
afterAll(() => t.stop());

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { temporaryPassword member { id role active regionIds regions { name } user { email displayName } } }
}`;

async function regionId(name: string): Promise<string> {
  const r = await t.ok('{ regions { nodes { id name } } }', {}, admin);
  return r.regions.nodes.find((x: { name: string }) => x.name === name).id;
}

describe('members and roles', () => {
  it('invites a new person with a one-time password that works', async () => {
    const r = await t.ok(INVITE, { input: { email: 'New.Guard@demo.test', displayName: '新保安主管', role: 'INSPECTOR' } }, admin);
    expect(r.inviteMember.member).toMatchObject({ role: 'INSPECTOR', active: true, user: { email: 'new.guard@demo.test' } });
    expect(r.inviteMember.temporaryPassword).toMatch(/^\w{14}$/);
    const login = await t.ok('mutation($p: String!) { login(email: "new.guard@demo.test", password: $p) { me { role } } }', {
      p: r.inviteMember.temporaryPassword,
    });
    expect(login.login.me.role).toBe('INSPECTOR');
  });

  it('adds an existing account of another company without touching its password', async () => {
    const r = await t.ok(INVITE, { input: { email: 'admin@other.test', displayName: 'ignored', role: 'VIEWER' } }, admin);
    expect(r.inviteMember.temporaryPassword).toBeNull();
    const again = await t.gql(INVITE, { input: { email: 'admin@other.test', displayName: 'x', role: 'VIEWER' } }, admin);
    expect(fieldReasons(again)).toEqual(['input.email:TAKEN']);
  });

  it('requires a region of this tenant for REGIONAL_OPS and names the field', async () => {
    const before = await t.countRows('membership');
    const usersBefore = await t.countRows('user_account');
    const none = await t.gql(INVITE, { input: { email: 'r1@demo.test', displayName: 'R1', role: 'REGIONAL_OPS' } }, admin);
    expect(fieldReasons(none)).toEqual(['input.regionIds:REQUIRED']);
    const foreign = await t.gql(
      INVITE,
      { input: { email: 'r1@demo.test', displayName: 'R1', role: 'REGIONAL_OPS', regionIds: ['00000000-0000-4000-8000-000000000000'] } },
      admin,
    );
    expect(fieldReasons(foreign)).toEqual(['input.regionIds:NOT_FOUND']);
    const bad = await t.gql(INVITE, { input: { email: 'not-an-email', displayName: '', role: 'HR', password: 'short' } }, admin);
    expect(fieldReasons(bad).sort()).toEqual(['input.displayName:REQUIRED', 'input.email:INVALID_FORMAT', 'input.password:TOO_SHORT']);
    expect(await t.countRows('membership')).toBe(before);
    expect(await t.countRows('user_account')).toBe(usersBefore);
    const ok = await t.ok(
      INVITE,
      { input: { email: 'r1@demo.test', displayName: 'R1', role: 'REGIONAL_OPS', regionIds: [await regionId('华南区域')] } },
      admin,
    );
    expect(ok.inviteMember.member.regions).toEqual([{ name: '华南区域' }]);
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
