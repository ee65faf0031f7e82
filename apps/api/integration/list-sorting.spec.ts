// Sorting of paginated lists (one mechanism: `sort: { field, direction }` → paginate's keyset over
// (column, id)): every page walk, forward and backward, returns the rows in exactly the order of
// the whole list sorted in memory — ties broken by id, NULLs first ascending and last descending —
// with no row lost or repeated; cursors are tied to their sort; bad sorts are BAD_USER_INPUT.
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

let t: TestApp;
let admin: string;
let quality: string;
beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
  quality = await t.token('quality@demo.test');
});
afterAll(() => t.stop());

const EMPLOYEES = `query($sort: EmployeeSort, $first: Int, $after: String, $last: Int, $before: String) {
  employees(sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount nodes { id name employeeNo hireDate } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Row = { id: string } & Record<string, string | number | null>;

/** The order paginate promises: the value (NULL lowest), then id — reversed as a whole for DESC. */
function expectedOrder(rows: Row[], key: string, direction: 'ASC' | 'DESC'): string[] {
  const sorted = [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const c = x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
    return c || (a.id < b.id ? -1 : 1);
  });
  if (direction === 'DESC') sorted.reverse();
  return sorted.map((r) => r.id);
}

async function walkForward(query: string, field: string, sort: object, size: number, token: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const data: any = await t.ok(query, { sort, first: size, after }, token);
    ids.push(...data[field].nodes.map((n: Row) => n.id));
    if (!data[field].pageInfo.hasNextPage) return ids;
    after = data[field].pageInfo.endCursor;
  }
  throw new Error('did not end');
}

async function walkBackward(query: string, field: string, sort: object, size: number, token: string): Promise<string[]> {
  const pages: string[][] = [];
  let before: string | null = null;
  const first: any = await t.ok(query, { sort, last: size }, token);
  pages.unshift(first[field].nodes.map((n: Row) => n.id));
  let info = first[field].pageInfo;
  for (let guard = 0; info.hasPreviousPage && guard < 100; guard++) {
    before = info.startCursor;
    const data: any = await t.ok(query, { sort, last: size, before }, token);
    pages.unshift(data[field].nodes.map((n: Row) => n.id));
    info = data[field].pageInfo;
  }
  return pages.flat();
}

describe('employees: every sort field, both directions, ties and NULLs', () => {
  let all: Row[];
  beforeAll(async () => {
    // A few ties and blanks of our own so each field has both, whatever the seed holds.
    const opts: any = await t.ok('{ positions { id } projects(first: 1) { nodes { id } } }', {}, admin);
    for (const [i, employeeNo] of [null, null, 'ZZ-1'].entries()) {
      await t.ok(
        `mutation($input: EmployeeInput!) { createEmployee(input: $input) { id } }`,
        {
          input: {
            name: '同名员工',
            employeeNo,
            hireDate: '2020-01-0' + (1 + (i % 2)),
            positionId: opts.positions[0].id,
            projectId: opts.projects.nodes[0].id,
          },
        },
        admin,
      );
    }
    const data: any = await t.ok(EMPLOYEES, { first: 100 }, admin);
    all = data.employees.nodes;
    expect(data.employees.totalCount).toBe(all.length);
    expect(all.length).toBeGreaterThan(7);
  });

  it.each([
    ['NAME', 'name'],
    ['EMPLOYEE_NO', 'employeeNo'],
    ['HIRE_DATE', 'hireDate'],
  ])('%s', async (field, key) => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const expected = expectedOrder(all, key, direction);
      const sort = { field, direction };
      expect(await walkForward(EMPLOYEES, 'employees', sort, 3, admin)).toEqual(expected);
      expect(await walkBackward(EMPLOYEES, 'employees', sort, 4, admin)).toEqual(expected);
    }
    // The tie really exists (the same name twice, blank numbers), so the id tie-breaker was exercised.
    expect(new Set(all.map((r) => r[key])).size).toBeLessThan(all.length);
  });
});

describe('inspections', () => {
  const LIST = `query($sort: InspectionSort, $first: Int, $after: String) {
    inspections(sort: $sort, first: $first, after: $after) { nodes { id submittedAt scorePercent failedItems } pageInfo { endCursor hasNextPage } }
  }`;

  it('are newest first by submission date by default', async () => {
    const data: any = await t.ok(LIST, { first: 100 }, quality);
    const dates = data.inspections.nodes.map((n: { submittedAt: string }) => n.submittedAt);
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('sort by score both ways, the pages joining up', async () => {
    const rows: Row[] = [];
    let after: string | null = null;
    do {
      const page: any = await t.ok(LIST, { first: 100, after }, quality);
      rows.push(...page.inspections.nodes.map((n: any) => ({ id: n.id, score: n.scorePercent })));
      after = page.inspections.pageInfo.hasNextPage ? page.inspections.pageInfo.endCursor : null;
    } while (after);
    for (const direction of ['ASC', 'DESC'] as const) {
      expect(await walkForward(LIST, 'inspections', { field: 'SCORE', direction }, 25, quality)).toEqual(
        expectedOrder(rows, 'score', direction),
      );
    }
  });
});

describe('cursors and bad sorts', () => {
  const PROJECTS = `query($sort: ProjectSort, $first: Int, $after: String) {
    projects(sort: $sort, first: $first, after: $after) { nodes { id code name } pageInfo { endCursor } }
  }`;

  it('a page after a cursor is stable when rows are added before it', async () => {
    const first: any = await t.ok(PROJECTS, { sort: { field: 'NAME', direction: 'ASC' }, first: 3 }, admin);
    const seen = first.projects.nodes.map((n: Row) => n.id);
    const before: any = await t.ok(
      PROJECTS,
      { sort: { field: 'NAME', direction: 'ASC' }, first: 3, after: first.projects.pageInfo.endCursor },
      admin,
    );
    // A new project whose name sorts first: keyset pages do not shift.
    const props: any = await t.ok('{ properties(first: 1) { nodes { id } } regions { nodes { id } } }', {}, admin);
    await t.ok(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { code: 'AAA-SORT', name: '!排序测试', propertyId: props.properties.nodes[0].id, regionId: props.regions.nodes[0].id } },
      admin,
    );
    const after: any = await t.ok(
      PROJECTS,
      { sort: { field: 'NAME', direction: 'ASC' }, first: 3, after: first.projects.pageInfo.endCursor },
      admin,
    );
    expect(after.projects.nodes).toEqual(before.projects.nodes);
    expect(after.projects.nodes.map((n: Row) => n.id).some((id: string) => seen.includes(id))).toBe(false);
  });

  it('a cursor of one sort is refused by another (not misread)', async () => {
    const byName: any = await t.ok(PROJECTS, { sort: { field: 'NAME', direction: 'ASC' }, first: 2 }, admin);
    const r = await t.gql(
      PROJECTS,
      { sort: { field: 'CODE', direction: 'ASC' }, first: 2, after: byName.projects.pageInfo.endCursor },
      admin,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(fieldReasons(r)).toEqual(['after:INVALID_VALUE']);
    // The same field in the other direction reads on from the same row (a cursor is a position).
    const desc = await t.gql(
      PROJECTS,
      { sort: { field: 'NAME', direction: 'DESC' }, first: 2, after: byName.projects.pageInfo.endCursor },
      admin,
    );
    expect(desc.errors).toBeUndefined();
  });

  it('an unknown sort field or direction is BAD_USER_INPUT', async () => {
    for (const sort of [
      { field: 'PASSWORD', direction: 'ASC' },
      { field: 'CODE', direction: 'SIDEWAYS' },
      { field: 'SUBMITTED_AT', direction: 'ASC' },
    ]) {
      const r = await t.gql(PROJECTS, { sort, first: 2 }, admin);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.data ?? null).toBeNull();
    }
    const missing = await t.gql(PROJECTS, { sort: { field: 'CODE' }, first: 2 }, admin);
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the ranking sorts in memory, unscored projects last either way', () => {
  const RANKING = `query($period: EvaluationPeriodInput!, $sort: EvaluationSort, $first: Int, $after: String) {
    projectEvaluation(period: $period, sort: $sort, first: $first, after: $after) {
      nodes { project { code } score tenantRank } pageInfo { endCursor hasNextPage }
    }
  }`;

  it('by score both ways, and a cursor of the default order is refused by a sorted one', async () => {
    // The seeded month with the most inspected projects.
    const seen: any = await t.ok('{ inspections(first: 100) { nodes { localDate project { id } } } }', {}, quality);
    const perMonth = new Map<string, Set<string>>();
    for (const n of seen.inspections.nodes)
      perMonth.set(n.localDate.slice(0, 7), (perMonth.get(n.localDate.slice(0, 7)) ?? new Set()).add(n.project.id));
    const month = [...perMonth.entries()].sort((a, b) => b[1].size - a[1].size)[0][0];
    const period = { kind: 'MONTH', year: Number(month.slice(0, 4)), index: Number(month.slice(5, 7)) };
    const base: any = await t.ok(RANKING, { period, first: 100 }, quality);
    const scores = (d: any) => d.projectEvaluation.nodes.map((n: { score: number | null }) => n.score);
    const all = scores(base);
    const scored = all.filter((s: number | null) => s !== null);
    const unscored = all.filter((s: number | null) => s === null);
    expect(scored.length).toBeGreaterThan(1);
    const asc: any = await t.ok(RANKING, { period, first: 100, sort: { field: 'SCORE', direction: 'ASC' } }, quality);
    expect(scores(asc)).toEqual([...[...scored].sort((a, b) => a - b), ...unscored]);
    const desc: any = await t.ok(RANKING, { period, first: 100, sort: { field: 'SCORE', direction: 'DESC' } }, quality);
    expect(scores(desc)).toEqual([...[...scored].sort((a, b) => b - a), ...unscored]);

    const page: any = await t.ok(RANKING, { period, first: 1 }, quality);
    const r = await t.gql(
      RANKING,
      { period, first: 1, after: page.projectEvaluation.pageInfo.endCursor, sort: { field: 'SCORE', direction: 'ASC' } },
      quality,
    );
    expect(fieldReasons(r)).toEqual(['after:INVALID_VALUE']);
  });
});
