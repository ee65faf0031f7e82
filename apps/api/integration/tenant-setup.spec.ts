import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';
import { standardPack } from '@pinzhi/api-starter';

/**
 * A company's first day (issue 27): its own settings (name, short name, logo, time zone,
 * language, working week, default holiday list), the starter packs copied into a company
 * without content, and the first-day checklist on the 工作台.
 */
let t: TestApp;
let admin: string;
let quality: string;
let viewer: string;
let fresh: string;
let freshTenantId: string;

const SETTINGS = `{ companySettings { name shortName logo timeZone language workingDays defaultHolidayListId starterPack version } }`;
const UPDATE = `mutation($i: CompanySettingsInput!, $v: Int) {
  updateCompanySettings(input: $i, expectedVersion: $v) { name shortName logo timeZone language workingDays defaultHolidayListId version }
}`;
const CHECKLIST = `{ setupChecklist { done dismissed visible starterPack canApplyStarterPack items { key done count link } } }`;
const APPLY = `mutation($p: String!) {
  applyStarterPack(packId: $p) { packId standards handbookTemplates checklists holidayLists frequencyDefaults departments duties onboardingTemplates }
}`;
// A 1×1 PNG.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Every standard a company has (pages of 100). */
async function allStandards(token: string): Promise<{ totalCount: number; nodes: Array<{ id: string; code: string }> }> {
  const nodes: Array<{ id: string; code: string }> = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const page: any = (
      await t.ok(
        'query($a: String) { standards(first: 100, after: $a) { totalCount nodes { id code } pageInfo { hasNextPage endCursor } } }',
        { a: after },
        token,
      )
    ).standards;
    nodes.push(...page.nodes);
    totalCount = page.totalCount;
    if (!page.pageInfo.hasNextPage) return { totalCount, nodes };
    after = page.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  t = await TestApp.start();
  [admin, quality, viewer] = await Promise.all(['admin@demo.test', 'quality@demo.test', 'viewer@demo.test'].map((e) => t.token(e)));
  freshTenantId = await t.createCompany('huaxin', '华信物业', 'admin@huaxin.test', '华信管理员');
  fresh = await t.token('admin@huaxin.test', 'huaxin');
});
afterAll(() => t.stop());

describe('company settings', () => {
  it('the demo company has its short name, logo and working week', async () => {
    const s = (await t.ok(SETTINGS, {}, admin)).companySettings;
    expect(s).toMatchObject({
      name: '示范物业',
      shortName: '示范',
      timeZone: 'Asia/Shanghai',
      language: 'zh-CN',
      workingDays: [1, 2, 3, 4, 5],
    });
    expect(s.logo).toMatch(/^data:image\/png;base64,/);
    expect(s.starterPack).toBe('standard');
    expect(s.defaultHolidayListId).toBeTruthy();
  });

  it('refuses bad values with a reason at each field, and changes nothing', async () => {
    const before = (await t.ok(SETTINGS, {}, fresh)).companySettings;
    const r = await t.gql(
      UPDATE,
      {
        i: {
          name: ' x ',
          logo: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
          timeZone: 'Mars/Olympus',
          language: 'fr-FR',
          workingDays: [1, 8],
          defaultHolidayListId: '00000000-0000-4000-8000-000000000000',
        },
        v: 0,
      },
      fresh,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const fields = Object.fromEntries(
      (r.errors![0].extensions!['fields'] as Array<{ field: string; reason: string }>).map((e) => [e.field, e.reason]),
    );
    expect(fields).toEqual({
      name: 'TOO_SHORT',
      logo: 'INVALID_FORMAT',
      timeZone: 'INVALID_VALUE',
      language: 'INVALID_VALUE',
      workingDays: 'OUT_OF_RANGE',
      defaultHolidayListId: 'NOT_FOUND',
    });
    expect(fieldReasons(await t.gql(UPDATE, { i: { workingDays: [] } }, fresh))).toEqual(['input.workingDays:REQUIRED']);
    expect(fieldReasons(await t.gql(UPDATE, { i: { shortName: '一二三四五六七八九十一二三四五六七八九十一' } }, fresh))).toEqual([
      'input.shortName:TOO_LONG',
    ]);
    const big = 'data:image/png;base64,' + Buffer.alloc(60 * 1024, 1).toString('base64');
    expect(fieldReasons(await t.gql(UPDATE, { i: { logo: big } }, fresh))).toEqual(['input.logo:OUT_OF_RANGE']);
    // Another company's holiday list is not found either.
    const demoList = (await t.ok(SETTINGS, {}, admin)).companySettings.defaultHolidayListId;
    expect(fieldReasons(await t.gql(UPDATE, { i: { defaultHolidayListId: demoList } }, fresh))).toEqual([
      'input.defaultHolidayListId:NOT_FOUND',
    ]);
    expect((await t.ok(SETTINGS, {}, fresh)).companySettings).toEqual(before);
  });

  it('saves them with the version, renames the company and audits the change', async () => {
    const s = (
      await t.ok(
        UPDATE,
        {
          i: {
            name: '华信物业服务有限公司',
            shortName: '华信',
            logo: PNG,
            timeZone: 'Asia/Urumqi',
            language: 'en-US',
            workingDays: [6, 1, 2, 3, 4, 5, 5],
          },
          v: 0,
        },
        fresh,
      )
    ).updateCompanySettings;
    expect(s).toMatchObject({
      name: '华信物业服务有限公司',
      shortName: '华信',
      logo: PNG,
      timeZone: 'Asia/Urumqi',
      language: 'en-US',
      workingDays: [1, 2, 3, 4, 5, 6],
      version: 1,
    });
    const me = await t.ok('{ me { tenant { name } } }', {}, fresh);
    expect(me.me.tenant.name).toBe('华信物业服务有限公司');
    // A stale form is refused.
    expect(codes(await t.gql(UPDATE, { i: { shortName: '旧' }, v: 0 }, fresh))).toEqual(['CONFLICT']);
    // Removing the logo.
    expect((await t.ok(UPDATE, { i: { logo: null }, v: 1 }, fresh)).updateCompanySettings.logo).toBeNull();
    const audit = await t.ok(
      `{ auditEntries(first: 5, filter: { entity: "CompanySettings" }) { nodes { operation changeList { field from to } } } }`,
      {},
      fresh,
    );
    const first = audit.auditEntries.nodes.find((n: any) => n.changeList.some((c: any) => c.field === 'name'));
    expect(first.operation).toBe('updateCompanySettings');
    const fields = first.changeList.map((c: any) => c.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['language', 'logo', 'name', 'shortName', 'timeZone', 'workingDays']));
    expect(first.changeList.find((c: any) => c.field === 'logo')).toMatchObject({ from: null, to: '✓' });
    // The demo company's name is untouched.
    expect((await t.ok(SETTINGS, {}, admin)).companySettings.name).toBe('示范物业');
  });

  it('is for admins and the Quality Center only', async () => {
    expect(codes(await t.gql(UPDATE, { i: { shortName: '只读' } }, viewer))).toEqual(['FORBIDDEN']);
    const v = (await t.ok(SETTINGS, {}, quality)).companySettings.version;
    expect((await t.ok(UPDATE, { i: { workingDays: [1, 2, 3, 4, 5] }, v }, quality)).updateCompanySettings.version).toBe(v + 1);
  });
});

describe('starter packs and the first-day checklist', () => {
  it('a new company starts with everything left to do', async () => {
    const c = (await t.ok(CHECKLIST, {}, fresh)).setupChecklist;
    expect(c).toMatchObject({ done: false, dismissed: false, visible: true, starterPack: null, canApplyStarterPack: true });
    expect(c.items.map((i: any) => [i.key, i.done])).toEqual([
      ['settings', true], // saved above
      ['regions', false],
      ['projects', false],
      ['members', false],
      ['templates', false],
    ]);
    expect(c.items.find((i: any) => i.key === 'regions').link).toBe('/regions');
    expect(codes(await t.gql(CHECKLIST, {}, viewer))).toEqual(['FORBIDDEN']);
  });

  it('the standard pack copies the library into the company alone, with new ids', async () => {
    const tables = ['standard', 'handbook', 'inspection_template', 'department', 'duty', 'onboarding_template', 'holiday_list'];
    const before = Object.fromEntries(await Promise.all(tables.map(async (x) => [x, await t.countRows(x)] as const)));
    const demoStandards = await allStandards(admin);

    const counts = (await t.ok(APPLY, { p: 'standard' }, fresh)).applyStarterPack;
    expect(counts).toEqual({
      packId: 'standard',
      standards: standardPack.STANDARD_SEEDS.length,
      handbookTemplates: standardPack.HANDBOOK_TEMPLATES.length,
      checklists: standardPack.CHECKLISTS.length,
      holidayLists: 1,
      frequencyDefaults: standardPack.FREQUENCY_DEFAULTS.length,
      departments: standardPack.DEPARTMENTS.length,
      duties: 10,
      onboardingTemplates: standardPack.ONBOARDING_TEMPLATE_NAMES.length,
    });

    const mine = await t.ok(
      `{ handbooks(first: 50, filter: { kind: TEMPLATE }) { totalCount nodes { name format latestNumber } }
         inspectionTemplates(first: 50) { totalCount }
         departments { id code } duties { titleZh collaborators { code } }
         onboardingTemplates { name } holidayLists { id name }
         inspectionFrequencyDefaults(format: RESIDENTIAL) { id }
         companySettings { starterPack defaultHolidayListId } }`,
      {},
      fresh,
    );
    mine.standards = await allStandards(fresh);
    expect(mine.standards.totalCount).toBe(counts.standards);
    expect(mine.standards.nodes).toHaveLength(counts.standards);
    expect(mine.handbooks.totalCount).toBe(counts.handbookTemplates);
    expect(mine.handbooks.nodes.every((h: any) => h.latestNumber === 1)).toBe(true);
    expect(mine.inspectionTemplates.totalCount).toBe(counts.checklists);
    expect(mine.departments.map((d: any) => d.code)).toEqual(standardPack.DEPARTMENTS.map(([code]) => code));
    expect(mine.duties).toHaveLength(10);
    expect(mine.duties[7].collaborators.map((d: any) => d.code).sort()).toEqual(['HR', 'MCS', 'OPS', 'SUPPORT']);
    expect(mine.onboardingTemplates).toHaveLength(counts.onboardingTemplates);
    expect(mine.inspectionFrequencyDefaults).toHaveLength(2);
    expect(mine.companySettings).toEqual({ starterPack: 'standard', defaultHolidayListId: mine.holidayLists[0].id });
    // The same codes as the demo's library, under ids of its own.
    expect(mine.standards.nodes.map((s: any) => s.code).sort()).toEqual(demoStandards.nodes.map((s: any) => s.code).sort());
    const demoIds = new Set(demoStandards.nodes.map((s: any) => s.id));
    expect(mine.standards.nodes.some((s: any) => demoIds.has(s.id))).toBe(false);

    // Only the new company's rows were added; the demo sees what it saw.
    const after = Object.fromEntries(await Promise.all(tables.map(async (x) => [x, await t.countRows(x)] as const)));
    expect(after).toEqual({
      standard: before['standard'] + counts.standards,
      handbook: before['handbook'] + counts.handbookTemplates,
      inspection_template: before['inspection_template'] + counts.checklists,
      department: before['department'] + counts.departments,
      duty: before['duty'] + counts.duties,
      onboarding_template: before['onboarding_template'] + counts.onboardingTemplates,
      holiday_list: before['holiday_list'] + 1,
    });
    expect((await t.ok('{ standards(first: 1) { totalCount } }', {}, admin)).standards.totalCount).toBe(demoStandards.totalCount);
  });

  it('is applied once: again, or into a company with content, is refused', async () => {
    const again = await t.gql(APPLY, { p: 'empty' }, fresh);
    expect(fieldReasons(again)).toEqual(['packId:INVALID_VALUE']);
    expect(again.errors![0].extensions!['fields']).toEqual([expect.objectContaining({ field: 'packId' })]);
    const standards = await t.countRows('standard');
    expect(fieldReasons(await t.gql(APPLY, { p: 'standard' }, fresh))).toEqual(['packId:INVALID_VALUE']);
    expect(fieldReasons(await t.gql(APPLY, { p: 'standard' }, admin))).toEqual(['packId:INVALID_VALUE']);
    expect(fieldReasons(await t.gql(APPLY, { p: 'deluxe' }, fresh))).toEqual(['packId:INVALID_VALUE']);
    expect(await t.countRows('standard')).toBe(standards);
    expect(codes(await t.gql(APPLY, { p: 'standard' }, quality))).toEqual(['FORBIDDEN']);
    const audit = await t.ok(`{ auditEntries(first: 10, filter: { entity: "CompanySettings" }) { nodes { operation } } }`, {}, fresh);
    expect(audit.auditEntries.nodes.filter((n: any) => n.operation === 'applyStarterPack')).toHaveLength(1);
  });

  it('the empty pack records the choice and creates nothing', async () => {
    const id = await t.createCompany('empty-co', '空白物业', 'admin@empty.test');
    const token = await t.token('admin@empty.test', 'empty-co');
    const r = (await t.ok(APPLY, { p: 'empty' }, token)).applyStarterPack;
    expect(r).toMatchObject({ packId: 'empty', standards: 0, departments: 0 });
    const c = (await t.ok(CHECKLIST, {}, token)).setupChecklist;
    expect(c.items.find((i: any) => i.key === 'templates')).toMatchObject({ done: true, count: 0 });
    expect(c).toMatchObject({ starterPack: 'empty', canApplyStarterPack: false });
    expect(id).not.toBe(freshTenantId);
  });

  it('the checklist is done once regions, projects and members exist; it can be dismissed', async () => {
    const region = (await t.ok('mutation { createRegion(input: { name: "华北区域", code: "NORTH" }) { id } }', {}, fresh)).createRegion;
    const property = (await t.ok('mutation { createProperty(input: { name: "华信大厦", format: OFFICE }) { id } }', {}, fresh))
      .createProperty;
    let c = (await t.ok(CHECKLIST, {}, fresh)).setupChecklist;
    expect(c.items.filter((i: any) => !i.done).map((i: any) => i.key)).toEqual(['projects', 'members']);
    const project = await t.ok(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id timeZone } }',
      { i: { code: 'HX-001', name: '华信大厦物业服务项目', propertyId: property.id, regionId: region.id } },
      fresh,
    );
    // No zone given: the company's default (set to Asia/Urumqi above), not Shanghai.
    expect(project.createProject.timeZone).toBe((await t.ok(SETTINGS, {}, fresh)).companySettings.timeZone);
    expect(project.createProject.timeZone).toBe('Asia/Urumqi');
    c = (await t.ok(CHECKLIST, {}, fresh)).setupChecklist;
    expect(c.items.filter((i: any) => !i.done).map((i: any) => i.key)).toEqual(['members']);
    // Dismissed: hidden though not done; shown again on request.
    c = (await t.ok('mutation { dismissSetupChecklist { visible dismissed done } }', {}, fresh)).dismissSetupChecklist;
    expect(c).toEqual({ visible: false, dismissed: true, done: false });
    c = (await t.ok('mutation { dismissSetupChecklist(dismissed: false) { visible dismissed } }', {}, fresh)).dismissSetupChecklist;
    expect(c).toEqual({ visible: true, dismissed: false });
    // A member joins through an invitation.
    const inv = await t.ok(
      'mutation { inviteMember(input: { email: "inspector@huaxin.test", displayName: "检查员", role: INSPECTOR }) { acceptPath } }',
      {},
      fresh,
    );
    const token = inv.inviteMember.acceptPath.split('/invitations/')[1];
    await t.ok('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }', {
      i: { token, createAccount: true, password: 'Huaxin-inspector-2026!', displayName: '检查员' },
    });
    c = (await t.ok(CHECKLIST, {}, fresh)).setupChecklist;
    expect(c).toMatchObject({ done: true, visible: false });
    expect(c.items.find((i: any) => i.key === 'members').count).toBe(1);
  });
});
