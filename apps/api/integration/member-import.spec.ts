import ExcelJS from 'exceljs';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * Bulk go-live, part 2 (批量邀请): invitations from one workbook, each row as inviteMember makes
 * it. Any wrong row and nothing is written; the member limit holds for the batch; a company
 * admin's only; the company's own regions only.
 */
let t: TestApp;
let admin: string;
let quality: string;
let other: string;
let operator: string;

beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
  quality = await t.token('quality@demo.test');
  other = await t.token('admin@other.test');
  operator = (
    await t.ok('mutation($e: String!, $p: String!) { platformLogin(email: $e, password: $p) { token } }', {
      e: 'operator@platform.test',
      p: 'pinzhi-demo',
    })
  ).platformLogin.token;
});
afterAll(() => t.stop());

const IMPORT = `mutation($f: String!, $d: Boolean) { importMembers(fileBase64: $f, dryRun: $d) {
  written rows created errors { row column field reason params }
  invitations { acceptPath invitation { email displayName phone role status regions { name } } } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { token me { user { email } tenant { slug } role regionIds } } }`;
const HEADER = ['邮箱', '姓名', '角色', '区域', '手机'];

async function workbook(rows: unknown[][], header: string[] = HEADER): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('用户');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** 30 new people: every role by label or enum name, regional ones with regions by name or code. */
function staff(n = 30): unknown[][] {
  const roles = ['品质检查员', 'INSPECTOR', '区域运营', 'viewer', '人力资源中心', 'Quality Center'];
  return Array.from({ length: n }, (_, i) => {
    const no = String(i + 1).padStart(3, '0');
    const role = roles[i % roles.length];
    return [`Import.${no}@Demo.test`, `导入员工${no}`, role, role === '区域运营' ? '华东区域、south' : '', i % 2 ? '138 0000 0000' : ''];
  });
}

const counts = () => Promise.all(['member_invitation', 'audit_entry'].map((x) => t.countRows(x)));

describe('importMembers', () => {
  it('names exactly the wrong rows and writes nothing, neither on a dry run nor on a write', async () => {
    const rows = staff();
    rows[4][0] = 'not-an-email'; // row 6
    rows[8][3] = '火星区域'; // row 10: a regional role with an unknown region
    rows[14][0] = 'import.002@demo.test'; // row 16: row 3's e-mail again (any case)
    const file = await workbook(rows);
    const before = await counts();
    for (const d of [true, false]) {
      const r = (await t.ok(IMPORT, { f: file, d }, admin)).importMembers;
      expect(r.written).toBe(false);
      expect(r.invitations).toEqual([]);
      expect(r.errors.map((e: any) => `${e.row}:${e.column}:${e.reason}`)).toEqual([
        '6:邮箱:INVALID_FORMAT',
        '10:区域:NOT_FOUND',
        '16:邮箱:TAKEN',
      ]);
      expect(r.errors[0].params).toEqual({ value: 'not-an-email', expected: 'EMAIL' });
      expect(r.errors[1].params).toEqual({ value: '火星区域' });
      expect(r.errors[2].params).toEqual({ value: 'import.002@demo.test', row: 3 });
      expect(await counts()).toEqual(before);
    }
  });

  it('checks the fixed workbook, then creates every invitation in one go; a returned link is accepted and signs in', async () => {
    const file = await workbook(staff());
    const before = await counts();
    const dry = (await t.ok(IMPORT, { f: file, d: true }, admin)).importMembers;
    expect(dry).toEqual({ written: false, rows: 30, created: 30, errors: [], invitations: [] });
    expect(await counts()).toEqual(before);

    const r = (await t.ok(IMPORT, { f: file }, admin)).importMembers;
    expect(r).toMatchObject({ written: true, rows: 30, created: 30, errors: [] });
    const [invitations, audit] = await counts();
    expect([invitations - before[0], audit - before[1]]).toEqual([30, 30]);
    expect(r.invitations).toHaveLength(30);
    expect(r.invitations[0]).toEqual({
      acceptPath: expect.stringMatching(/^\/invitations\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{32}$/),
      invitation: {
        email: 'import.001@demo.test',
        displayName: '导入员工001',
        phone: null,
        role: 'INSPECTOR',
        status: 'PENDING',
        regions: [],
      },
    });
    expect(r.invitations[2].invitation).toMatchObject({ role: 'REGIONAL_OPS', regions: [{ name: '华东区域' }, { name: '华南区域' }] });
    expect(r.invitations[1].invitation).toMatchObject({ role: 'INSPECTOR', phone: '138 0000 0000' });
    expect(r.invitations.map((x: any) => x.invitation.role).slice(0, 6)).toEqual([
      'INSPECTOR',
      'INSPECTOR',
      'REGIONAL_OPS',
      'VIEWER',
      'HR',
      'QUALITY_CENTER',
    ]);

    // The regional person accepts with a new password and lands in 示范物业 with both regions.
    const token = r.invitations[2].acceptPath.replace(/^\/invitations\//, '');
    const accepted = await t.ok(ACCEPT, { input: { token, createAccount: true, password: 'lantern-orchid-93-quay' } });
    expect(accepted.acceptInvitation.me).toMatchObject({
      user: { email: 'import.003@demo.test' },
      tenant: { slug: 'demo' },
      role: 'REGIONAL_OPS',
    });
    expect(accepted.acceptInvitation.me.regionIds).toHaveLength(2);
    await t.ok('mutation { login(email: "import.003@demo.test", password: "lantern-orchid-93-quay") { token } }');

    // The same workbook again: every row is a member now or has an open invitation.
    const again = (await t.ok(IMPORT, { f: file, d: true }, admin)).importMembers;
    expect(again.written).toBe(false);
    expect(again.errors).toHaveLength(30);
    expect(new Set(again.errors.map((e: any) => `${e.column}:${e.reason}`))).toEqual(new Set(['邮箱:TAKEN']));
  });

  it('follows inviteMember: regional operations need a region; a member of the company is refused; unknown roles too', async () => {
    const file = await workbook([
      ['a.region@demo.test', '无区域', '区域运营', ''],
      ['viewer@demo.test', '已是用户', '只读用户', ''],
      ['b.role@demo.test', '未知角色', '保洁员', ''],
      ['', '', '', ''], // an empty row is skipped
      ['c.name@demo.test', '', 'VIEWER', ''],
    ]);
    const r = (await t.ok(IMPORT, { f: file, d: true }, admin)).importMembers;
    expect(r.rows).toBe(4);
    expect(r.errors.map((e: any) => `${e.row}:${e.field}:${e.reason}`)).toEqual([
      '2:regions:REQUIRED',
      '3:email:TAKEN',
      '4:role:INVALID_VALUE',
      '6:displayName:REQUIRED',
    ]);
    const missing = (await t.ok(IMPORT, { f: await workbook([], ['邮箱', '姓名']) }, admin)).importMembers;
    expect(missing.errors.map((e: any) => `${e.row}:${e.field}:${e.reason}`)).toEqual(['1:role:REQUIRED']);
  });

  it("finds only the company's own regions", async () => {
    const file = await workbook([['north.ops@demo.test', '华北运营', 'REGIONAL_OPS', 'NORTH、华北区域']]);
    const r = (await t.ok(IMPORT, { f: file, d: true }, admin)).importMembers;
    expect(r.errors.map((e: any) => `${e.row}:${e.column}:${e.reason}:${e.params.value}`)).toEqual([
      '2:区域:NOT_FOUND:NORTH',
      '2:区域:NOT_FOUND:华北区域',
    ]);
    const theirs = (await t.ok(IMPORT, { f: file }, other)).importMembers;
    expect(theirs).toMatchObject({ written: true, created: 1, errors: [] });
    expect(theirs.invitations[0].invitation.regions).toEqual([{ name: '华北区域' }]);
  });

  it('refuses a batch that would pass the member limit, and writes nothing', async () => {
    const id = await t.createCompany('import-limit', '限额物业', 'admin@import-limit.test');
    const token = await t.token('admin@import-limit.test', 'import-limit');
    await t.ok('mutation($id: ID!) { setCompanyLimits(companyId: $id, input: { maxMembers: 3 }) { maxMembers } }', { id }, operator);
    const three = await workbook([
      ['l1@import-limit.test', '一', 'VIEWER'],
      ['l2@import-limit.test', '二', 'VIEWER'],
      ['l3@import-limit.test', '三', 'VIEWER'],
    ]);
    const before = await counts();
    for (const d of [true, false]) {
      const r = await t.gql(IMPORT, { f: three, d }, token);
      expect(fieldReasons(r)).toEqual(['fileBase64:LIMIT_REACHED']);
    }
    expect(await counts()).toEqual(before);
    const two = await workbook([
      ['l1@import-limit.test', '一', 'VIEWER'],
      ['l2@import-limit.test', '二', 'VIEWER'],
    ]);
    expect((await t.ok(IMPORT, { f: two }, token)).importMembers).toMatchObject({ written: true, created: 2 });
  });

  it('is for who may invite: others get FORBIDDEN and nothing is written', async () => {
    const file = await workbook([['forbidden@demo.test', '不可', 'VIEWER']]);
    const before = await counts();
    for (const d of [true, false]) expect(codes(await t.gql(IMPORT, { f: file, d }, quality))).toEqual(['FORBIDDEN']);
    expect((await t.get('/downloads/members/template.xlsx', quality)).status).toBe(403);
    expect(codes(await t.gql(IMPORT, { f: file }, null))).toEqual(['UNAUTHENTICATED']);
    expect(await counts()).toEqual(before);
  });

  it('offers a template whose example rows are a clean dry run against the company', async () => {
    const res = await t.get('/downloads/members/template.xlsx', admin);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['用户', '说明 Notes', '角色 Roles', '区域']);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, ...HEADER]);
    const dry = (await t.ok(IMPORT, { f: res.body.toString('base64'), d: true }, admin)).importMembers;
    expect(dry).toMatchObject({ written: false, rows: 2, created: 2, errors: [] });
  });
});
