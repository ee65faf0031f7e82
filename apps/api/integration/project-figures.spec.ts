import { TestApp } from '@pinzhi/api-testing';

// Project.nextDueOccurrence (inspection planning) and Project.openRectificationCount
// (inspections) on the portfolio's projects list: the values agree with the owning
// capabilities' own lists for each role, and a page of 10 and of 50 takes the same statements.

let t: TestApp;
let admin: string;
let ops: string;
let inspector: string;
let eastRegion: string;
let property: string;
const DAY = 86_400_000;

const LIST = `query($first: Int, $filter: ProjectFilter) {
  projects(first: $first, filter: $filter) {
    nodes { id code region { id } property { name } manager { displayName } nextDueOccurrence { id dueAt state template { name } } openRectificationCount }
  }
}`;
const OCCURRENCES = `query($s: OccurrenceScope!) { inspectionOccurrences(scope: $s, states: [DUE, SCHEDULED], first: 1) { totalCount nodes { id dueAt } } }`;
const OPEN = `query($projectId: ID!) { rectifications(filter: { projectId: $projectId, states: [OPEN, SUBMITTED] }) { totalCount } }`;

type Row = {
  id: string;
  code: string;
  region: { id: string };
  nextDueOccurrence: { id: string; dueAt: string; state: string; template: { name: string } | null } | null;
  openRectificationCount: number;
};

beforeAll(async () => {
  t = await TestApp.start();
  t.setNow(t.seededAt);
  admin = await t.token('admin@demo.test');
  ops = await t.token('ops@demo.test');
  inspector = await t.token('inspector@demo.test');
  const r = await t.ok('{ regions { nodes { id name } } properties(first: 1) { nodes { id } } }', {}, admin);
  eastRegion = r.regions.nodes.find((x: { name: string }) => x.name === '华东区域').id;
  property = r.properties.nodes[0].id;
});
afterAll(() => t.stop());

const day = (offset: number) => new Date(t.seededAt.getTime() + offset * DAY).toISOString().slice(0, 10);

/** What the owning capabilities' own lists say for one project, as this caller. */
async function expected(projectId: string, token: string) {
  const occ = await t.ok(OCCURRENCES, { s: { from: day(-7), to: day(40), projectId, kind: 'INSPECTION' } }, token); // patrol rounds are not the next inspection
  const open = await t.ok(OPEN, { projectId }, token);
  return { nextDue: occ.inspectionOccurrences.nodes[0]?.id ?? null, open: open.rectifications.totalCount as number };
}

describe('projects list: next due inspection and open rectifications', () => {
  it.each([
    ['admin', () => admin],
    ['regional operations', () => ops],
    ['inspector', () => inspector],
  ])('agree with the occurrence and rectification lists for %s', async (_who, token) => {
    const rows: Row[] = (await t.ok(LIST, { first: 100 }, token())).projects.nodes;
    expect(rows.length).toBeGreaterThan(0);
    for (const p of rows) {
      const want = await expected(p.id, token());
      expect({ code: p.code, nextDue: p.nextDueOccurrence?.id ?? null, open: p.openRectificationCount }).toEqual({
        code: p.code,
        nextDue: want.nextDue,
        open: want.open,
      });
      if (p.nextDueOccurrence) {
        expect(['DUE', 'SCHEDULED']).toContain(p.nextDueOccurrence.state);
        expect(p.nextDueOccurrence.template?.name).toBeTruthy();
      }
    }
  });

  it('shows real figures in the demo: some project has a next due inspection and open rectifications', async () => {
    const rows: Row[] = (await t.ok(LIST, { first: 100 }, admin)).projects.nodes;
    expect(rows.some((p) => p.nextDueOccurrence !== null)).toBe(true);
    expect(rows.some((p) => p.openRectificationCount > 0)).toBe(true);
    // Regional operations see only their region's rectifications: never more than the admin.
    const theirs: Row[] = (await t.ok(LIST, { first: 100 }, ops)).projects.nodes;
    for (const p of theirs) {
      expect(p.region.id).toBe(eastRegion);
      expect(p.openRectificationCount).toBeLessThanOrEqual(rows.find((a) => a.id === p.id)!.openRectificationCount);
    }
  });

  it('takes the same number of SQL statements for a page of 10 and of 50 projects', async () => {
    for (let i = 0; i < 50; i++) {
      await t.ok(
        'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
        { input: { code: `ZZ-${String(i).padStart(3, '0')}`, name: `统计项目${i}`, propertyId: property, regionId: eastRegion } },
        admin,
      );
    }
    const counted = async (first: number) => {
      t.resetSqlCount();
      const r = await t.ok(LIST, { first }, admin);
      expect(r.projects.nodes).toHaveLength(first);
      return t.sqlCount;
    };
    await counted(50); // materialises the page's plans ahead once (writes); later pages only read
    const forTen = await counted(10);
    const forFifty = await counted(50);
    expect(forFifty).toBe(forTen);
    // session + count + page + property + region + manager + plans to materialise + their after-completion
    // occurrences + next due + its checklist + open rectifications
    expect(forFifty).toBeLessThanOrEqual(14);
  });
});
