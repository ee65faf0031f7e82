// Every sort of every paginated list reads its page in index order: the database EXPLAINs the
// statement the API really ran (captured from the connection, with its parameters) for each
// field of the list's sort enum (read from the schema, so a new sort field without its
// `(tenantId, column, id)` index fails here), both directions, first page and a page after a
// cursor. A filesort over the tenant's rows, a temporary B-tree for ORDER BY, or a full table
// scan fails the test (issue 28: a page of 50 projects by code read all 2,007 rows and sorted them).
import { TestApp, pastTenantScope } from '@pinzhi/api-testing';

interface ListCase {
  /** The query field. */
  field: string;
  /** The GraphQL name of its sort input (`<Name>Sort`, fields in `<Name>SortField`). */
  sort: string;
  /** The table of its page query. */
  table: string;
  /** Other required arguments, as GraphQL text. */
  args?: string;
}

const year = String(new Date().getUTCFullYear());

const LISTS: ListCase[] = [
  { field: 'projects', sort: 'ProjectSort', table: 'project' },
  { field: 'properties', sort: 'PropertySort', table: 'property' },
  { field: 'members', sort: 'MemberSort', table: 'membership' },
  { field: 'employees', sort: 'EmployeeSort', table: 'employee' },
  { field: 'trainingSessions', sort: 'TrainingSessionSort', table: 'training_session' },
  { field: 'trainingRequirements', sort: 'TrainingRequirementSort', table: 'training_requirement' },
  { field: 'costOverview', sort: 'CostOverviewSort', table: 'project', args: `period: "${year}"` },
  { field: 'inspectionTemplates', sort: 'InspectionTemplateSort', table: 'inspection_template' },
  { field: 'regulations', sort: 'RegulationSort', table: 'regulation' },
  { field: 'inspections', sort: 'InspectionSort', table: 'inspection' },
  { field: 'rectifications', sort: 'RectificationSort', table: 'rectification' },
  { field: 'feedbackInbox', sort: 'FeedbackSort', table: 'feedback' },
  { field: 'complaints', sort: 'ComplaintSort', table: 'complaint' },
  { field: 'surveyRounds', sort: 'SurveyRoundSort', table: 'survey_round' },
  { field: 'handbookProposals', sort: 'HandbookProposalSort', table: 'handbook_revision_proposal' },
  { field: 'onboardings', sort: 'OnboardingSort', table: 'onboarding' },
  { field: 'onboardingTasks', sort: 'OnboardingTaskSort', table: 'onboarding_task' },
  { field: 'standards', sort: 'StandardSort', table: 'standard' },
  { field: 'handbooks', sort: 'HandbookSort', table: 'handbook' },
  { field: 'patrolRuns', sort: 'PatrolRunSort', table: 'patrol_run' },
];

let t: TestApp;
let admin: string;

/** Doubles the demo tenant's rows `copies` times (new ids, unique keys kept unique) so the optimizer sees a company's volume. */
async function inflate(table: string, copies: number): Promise<void> {
  const mysql = t.dialect === 'mysql';
  const q = (n: string) => (mysql ? `\`${n}\`` : `"${n}"`);
  const { columns, uniqueKeys } = mysql ? await mysqlColumns(table) : await sqliteColumns(table);
  const isUuid = (c: string) => /varchar\(36\)/i.test(columns.find((x) => x.name === c)!.type);
  // One column per unique key gets a new value: a uuid column a fresh uuid, else a suffix (code~1~2 …).
  const fresh = new Set<string>();
  for (const key of uniqueKeys) {
    const own = key.filter((c) => c !== 'tenantId');
    if (own.some((c) => fresh.has(c))) continue;
    fresh.add(own.find(isUuid) ?? own[0]);
  }
  for (let i = 1; i <= copies; i++) {
    const values = columns.map(({ name }) => {
      if (!fresh.has(name)) return q(name);
      if (isUuid(name)) return mysql ? 'UUID()' : 'lower(hex(randomblob(16)))';
      return mysql ? `CONCAT(${q(name)}, '~${i}')` : `${q(name)} || '~${i}'`;
    });
    await pastTenantScope(() =>
      t.dataSource.query(
        `INSERT INTO ${q(table)} (${columns.map((c) => q(c.name)).join(', ')}) SELECT ${values.join(', ')} FROM ${q(table)} WHERE ${q('tenantId')} = (SELECT ${q('id')} FROM ${q('tenant')} WHERE ${q('slug')} = 'demo')`,
      ),
    );
  }
  await t.dataSource.query(mysql ? `ANALYZE TABLE ${q(table)}` : `ANALYZE ${q(table)}`);
}

interface TableShape {
  columns: Array<{ name: string; type: string }>;
  /** Unique keys, the primary key included. */
  uniqueKeys: string[][];
}

async function mysqlColumns(table: string): Promise<TableShape> {
  const columns: Array<{ name: string; type: string }> = await t.dataSource.query(
    'SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION',
    [table],
  );
  const parts: Array<{ k: string; c: string }> = await t.dataSource.query(
    'SELECT INDEX_NAME AS k, COLUMN_NAME AS c FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND NON_UNIQUE = 0 ORDER BY INDEX_NAME, SEQ_IN_INDEX',
    [table],
  );
  const keys = new Map<string, string[]>();
  for (const p of parts) keys.set(p.k, [...(keys.get(p.k) ?? []), p.c]);
  return { columns, uniqueKeys: [...keys.values()] };
}

async function sqliteColumns(table: string): Promise<TableShape> {
  const cols: Array<{ name: string; type: string; pk: number }> = await t.dataSource.query(`PRAGMA table_info("${table}")`);
  const uniqueKeys = [cols.filter((c) => c.pk).map((c) => c.name)];
  const indexes: Array<{ name: string; unique: number }> = await t.dataSource.query(`PRAGMA index_list("${table}")`);
  for (const ix of indexes.filter((x) => x.unique)) {
    const ixCols: Array<{ name: string }> = await t.dataSource.query(`PRAGMA index_info("${ix.name}")`);
    uniqueKeys.push(ixCols.map((c) => c.name));
  }
  return { columns: cols, uniqueKeys };
}

beforeAll(async () => {
  t = await TestApp.start();
  admin = await t.token('admin@demo.test');
  for (const table of new Set(LISTS.map((l) => l.table))) await inflate(table, 6);
}, 120_000);
afterAll(() => t.stop());

async function sortFields(sortInput: string): Promise<string[]> {
  const r = await t.ok<{ __type: { enumValues: Array<{ name: string }> } | null }>(
    `query($name: String!) { __type(name: $name) { enumValues { name } } }`,
    { name: `${sortInput}Field` },
    admin,
  );
  return r.__type!.enumValues.map((v) => v.name);
}

/** The statement that read the page: the list's table, ordered and limited. */
function pageStatement(table: string): { sql: string; parameters: unknown[] } {
  const from = t.dialect === 'mysql' ? `FROM \`${table}\`` : `FROM "${table}"`;
  const hit = t.sqlLog!.find((s) => s.sql.includes(from) && /ORDER BY/i.test(s.sql) && /LIMIT/i.test(s.sql));
  if (!hit) throw new Error(`no page statement on ${table} in:\n${t.sqlLog!.map((s) => s.sql).join('\n')}`);
  return hit;
}

/** Problems in the plan of a statement, as readable lines (empty = reads in index order). */
async function planProblems(statement: { sql: string; parameters: unknown[] }, table: string): Promise<string[]> {
  if (t.dialect === 'mysql') {
    const rows: Array<{ table: string; type: string; key: string | null; Extra: string | null; rows: number }> = await t.dataSource.query(
      `EXPLAIN ${statement.sql}`,
      statement.parameters,
    );
    return rows.flatMap((r) => {
      const problems: string[] = [];
      if (/filesort|temporary/i.test(r.Extra ?? '')) problems.push(`${r.table}: ${r.Extra} (key ${r.key}, ~${r.rows} rows)`);
      if (r.type === 'ALL') problems.push(`${r.table}: full table scan (~${r.rows} rows)`);
      return problems;
    });
  }
  const rows: Array<{ detail: string }> = await t.dataSource.query(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.parameters);
  return rows
    .map((r) => r.detail)
    .filter((d) => /TEMP B-TREE FOR ORDER BY/.test(d) || (new RegExp(`^SCAN ${table}\\b|^SCAN \\w+$`).test(d) && !/USING/.test(d)));
}

describe('every list sort reads its page in index order', () => {
  it.each(LISTS)('$field', async (list) => {
    const fields = await sortFields(list.sort);
    expect(fields.length).toBeGreaterThan(0);
    const args = list.args ? `${list.args}, ` : '';
    const query = `query($sort: ${list.sort}, $after: String) { ${list.field}(${args}sort: $sort, first: 5, after: $after) { totalCount nodes { __typename } pageInfo { endCursor } } }`;
    const failures: string[] = [];
    for (const field of fields) {
      for (const direction of ['ASC', 'DESC']) {
        let after: string | null = null;
        for (const page of ['first page', 'after a cursor']) {
          t.sqlLog = [];
          const data: any = await t.ok(query, { sort: { field, direction }, after }, admin);
          const statement = pageStatement(list.table);
          t.sqlLog = null;
          const problems = await planProblems(statement, list.table);
          if (problems.length) failures.push(`${field} ${direction}, ${page}: ${problems.join('; ')}\n  ${statement.sql}`);
          after = data[list.field].pageInfo.endCursor;
          if (!after) break;
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
