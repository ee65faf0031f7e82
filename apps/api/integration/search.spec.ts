import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * The header's global search: each capability searches its own records with its own list query,
 * so the tenant, the caller's role and a regional manager's regions limit the results exactly as
 * on the list pages; kinds a role may not read are simply absent.
 */
let t: TestApp;
const tok: Record<string, string> = {};

const SEARCH = 'query($q: String!, $first: Int) { search(q: $q, first: $first) { kind total hits { id title subtitle page pageId } } }';

async function search(who: string, q: string, first?: number) {
  const r = await t.ok(SEARCH, { q, first }, tok[who]);
  return r.search as Array<{
    kind: string;
    total: number;
    hits: Array<{ id: string; title: string; subtitle: string | null; page: string; pageId: string }>;
  }>;
}
const kinds = (groups: Array<{ kind: string }>) => groups.map((g) => g.kind);
const group = (groups: Array<{ kind: string }>, kind: string) => groups.find((g) => g.kind === kind) as any;

beforeAll(async () => {
  t = await TestApp.start();
  for (const e of ['admin', 'quality', 'ops', 'inspector', 'hr']) tok[e] = await t.token(`${e}@demo.test`);
  tok['otherAdmin'] = await t.token('admin@other.test');
});
afterAll(() => t.stop());

describe('global search', () => {
  it('finds projects, their inspections, rectifications and complaints, grouped by kind in a fixed order', async () => {
    const groups = await search('quality', '金融中心');
    expect(kinds(groups)).toEqual(expect.arrayContaining(['PROJECT', 'INSPECTION', 'RECTIFICATION']));
    const order = ['PROJECT', 'EMPLOYEE', 'MEMBER', 'INSPECTION', 'RECTIFICATION', 'COMPLAINT', 'HANDBOOK', 'CHECKLIST', 'REGULATION'];
    expect(kinds(groups)).toEqual(order.filter((k) => kinds(groups).includes(k)));
    const project = group(groups, 'PROJECT');
    expect(project.hits[0]).toMatchObject({ title: '金融中心大厦物业服务项目', subtitle: 'SH-002', page: 'Project' });
    expect(project.hits[0].pageId).toBe(project.hits[0].id);
    const inspections = group(groups, 'INSPECTION');
    expect(inspections.total).toBeGreaterThan(inspections.hits.length); // the seed has weeks of inspections there
    expect(inspections.hits).toHaveLength(5);
    expect(inspections.hits.every((h: any) => h.title === '金融中心大厦物业服务项目' && h.page === 'Inspection')).toBe(true);
  });

  it('finds documents and people by name or number', async () => {
    expect(group(await search('quality', '整改管理制度'), 'REGULATION').hits[0]).toMatchObject({
      title: '品质检查与整改管理制度',
      page: 'Regulation',
    });
    expect(group(await search('quality', '巡检表'), 'CHECKLIST').hits[0]).toMatchObject({ page: 'InspectionTemplate' });
    expect(group(await search('hr', 'SA-100'), 'EMPLOYEE').total).toBe(6);
    expect(group(await search('quality', '困人'), 'COMPLAINT').hits[0]).toMatchObject({ title: '客梯频繁故障困人', page: 'Complaint' });
    const people = group(await search('admin', '赵磊'), 'MEMBER');
    expect(people.hits[0]).toMatchObject({ subtitle: 'ops@demo.test', page: 'Members', pageId: 'ops@demo.test' });
  });

  it('limits a regional manager to their regions, as the lists do', async () => {
    // GZ-001 (滨江购物广场) is in 华南区域; ops@demo.test manages 华东区域 only.
    expect(kinds(await search('quality', '滨江'))).toEqual(expect.arrayContaining(['PROJECT', 'INSPECTION']));
    expect(await search('ops', '滨江')).toEqual([]);
    expect(group(await search('quality', 'SA-300'), 'EMPLOYEE').total).toBe(3);
    expect(await search('ops', 'SA-300')).toEqual([]);
    expect(group(await search('ops', '翠湖'), 'PROJECT').hits[0].title).toBe('翠湖花园物业服务项目');
  });

  it("never shows another company's records", async () => {
    expect(await search('otherAdmin', '金融中心')).toEqual([]);
    expect(await search('otherAdmin', 'SH-00')).toEqual([]);
    expect(kinds(await search('otherAdmin', '北辰'))).toContain('PROJECT');
    expect(await search('admin', '北辰')).toEqual([]);
  });

  it('leaves out kinds the role may not read', async () => {
    const inspector = kinds(await search('inspector', '金融中心'));
    expect(inspector).toContain('PROJECT');
    expect(inspector).not.toContain('COMPLAINT');
    expect(kinds(await search('inspector', 'SA-100'))).toEqual([]); // employees: personal data, training readers only
    expect(kinds(await search('quality', '赵磊'))).not.toContain('MEMBER'); // members: admins only
  });

  it('refuses empty, long or oversized searches with the field named', async () => {
    expect(fieldReasons(await t.gql(SEARCH, { q: '   ' }, tok['quality']))).toEqual(['q:REQUIRED']);
    expect(fieldReasons(await t.gql(SEARCH, { q: 'x'.repeat(101) }, tok['quality']))).toEqual(['q:TOO_LONG']);
    expect(fieldReasons(await t.gql(SEARCH, { q: 'SH', first: 11 }, tok['quality']))).toEqual(['first:OUT_OF_RANGE']);
    expect(codes(await t.gql(SEARCH, { q: 'SH' }))).toEqual(['UNAUTHENTICATED']);
    // LIKE wildcards are searched for literally.
    expect(await search('quality', '%')).toEqual([]);
  });
});
