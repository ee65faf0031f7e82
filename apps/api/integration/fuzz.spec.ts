import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { TestApp, codes, pastTenantScope } from '@pinzhi/api-testing';

/**
 * A schema-driven fuzz of every mutation (issue 16, defect 8). Each mutation is called with
 * plausible arguments (real ids of the caller's tenant where the argument names an entity), then
 * once per bad value at each argument and input field: values of the right GraphQL type that
 * the resolvers must refuse (empty, blank, huge, lone surrogates, NUL, negative, huge and
 * extreme numbers, extreme dates, empty and huge lists, malformed, missing and another tenant's
 * ids), plus one of each value GraphQL itself refuses (wrong types, impossible dates, unknown
 * enum values, Int overflow). Values are chosen by type rather than all against all, so the run
 * stays short. It proves: no INTERNAL_SERVER_ERROR, ever; and a refused call writes nothing —
 * no row added or removed and no versioned row changed in any table.
 */
let t: TestApp;
let admin: string;
let schema: GraphQLSchema;
const pool: Record<string, string> = {};
/** Ids of the other tenant: handed to the demo admin, they must be NOT_FOUND. */
let foreign: string;

const NIL = '00000000-0000-4000-8000-000000000000';
const HUGE_TEXT = '长'.repeat(20_000);

beforeAll(async () => {
  t = await TestApp.start();
  // The instance's live-update poll deletes live signals older than a few minutes once a minute:
  // over a run of several minutes that changed live_signal during whichever call was under way
  // (on MariaDB: refused calls "changed live_signal", always by fewer rows, a minute apart). That
  // is the instance's maintenance, not the call's write; with the poll stopped, a refused call
  // that signals anyone is still caught.
  await t.stopLiveUpdates();
  admin = await t.token('admin@demo.test');
  const { printSchemaFromCode } = await import('../src/schema-file');
  schema = buildSchema(await printSchemaFromCode());
  const d = await t.ok(
    `{ projects(first: 1) { nodes { id property { id } region { id } } }
       members(first: 100) { nodes { id role user { id } } }
       standards(first: 1) { nodes { id } } handbooks(first: 1, filter: { kind: PROJECT }) { nodes { id latest { id } } }
       inspectionTemplates(first: 1) { nodes { id latestVersion { id } } } holidayLists { id }
       inspectionFrequencies(first: 1) { nodes { id } } inspections(first: 1) { nodes { id items { id } } }
       rectifications(first: 1) { nodes { id } } feedbackInbox(first: 1) { nodes { id } }
       positions { id } employees(first: 1) { nodes { id } } courses { id } trainingPlans { id }
       trainingSessions(first: 1) { nodes { id } } regulations(first: 1) { nodes { id } } complaints(first: 1) { nodes { id actions { id } } }
       departments { id } duties { id } onboardingTemplates { id } onboardings(first: 1) { nodes { id tasks { id } } }
       surveyQuestionnaires { id } surveyRounds(first: 1) { nodes { id } } }`,
    {},
    admin,
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed answer of the query above
  const first = (xs: any[] | undefined): any => xs?.[0];
  const viewer = d.members.nodes.find((m: { role: string }) => m.role === 'VIEWER');
  Object.assign(pool, {
    Project: first(d.projects.nodes)?.['id'],
    Property: first(d.projects.nodes)?.['property']?.id,
    Region: first(d.projects.nodes)?.['region']?.id,
    Member: viewer?.id,
    User: viewer?.user.id,
    Standard: first(d.standards.nodes)?.['id'],
    Handbook: first(d.handbooks.nodes)?.['id'],
    HandbookVersion: first(d.handbooks.nodes)?.['latest']?.id,
    InspectionTemplate: first(d.inspectionTemplates.nodes)?.['id'],
    InspectionTemplateVersion: first(d.inspectionTemplates.nodes)?.['latestVersion']?.id,
    HolidayList: first(d.holidayLists)?.['id'],
    InspectionFrequency: first(d.inspectionFrequencies.nodes)?.['id'],
    Inspection: first(d.inspections.nodes)?.['id'],
    ItemResult: first(first(d.inspections.nodes)?.['items'])?.['id'],
    Rectification: first(d.rectifications.nodes)?.['id'],
    Feedback: first(d.feedbackInbox.nodes)?.['id'],
    Position: first(d.positions)?.['id'],
    Employee: first(d.employees.nodes)?.['id'],
    Course: first(d.courses)?.['id'],
    TrainingPlan: first(d.trainingPlans)?.['id'],
    TrainingSession: first(d.trainingSessions.nodes)?.['id'],
    Regulation: first(d.regulations.nodes)?.['id'],
    Complaint: first(d.complaints.nodes)?.['id'],
    ComplaintAction: first(first(d.complaints.nodes)?.['actions'])?.['id'],
    Department: first(d.departments)?.['id'],
    Duty: first(d.duties)?.['id'],
    OnboardingTemplate: first(d.onboardingTemplates)?.['id'],
    Onboarding: first(d.onboardings.nodes)?.['id'],
    OnboardingTask: first(first(d.onboardings.nodes)?.['tasks'])?.['id'],
    SurveyQuestionnaire: first(d.surveyQuestionnaires)?.['id'],
    SurveyRound: first(d.surveyRounds.nodes)?.['id'],
  });
  const otherAdmin = await t.token('admin@other.test');
  foreign = (await t.ok('{ projects(first: 1) { nodes { id } } }', {}, otherAdmin)).projects.nodes[0].id;
  tables = await tableFingerprintQuery();
}, 300_000); // a seeded database per file, on a shared CI machine
const STATS: Record<string, number> = {};
afterAll(async () => {
  if (process.env['FUZZ_STATS']) console.log(JSON.stringify(STATS));
  await t.stop();
});

// ── the database's state, in one statement ───────────────────────────────────
let tables = '';
/** Row counts of every table, and the sum of `version` where rows are versioned (catches updates). */
async function tableFingerprintQuery(): Promise<string> {
  const q = (name: string) => (t.dialect === 'mysql' ? `\`${name}\`` : `"${name}"`);
  // MariaDB: two plain reads of information_schema (a correlated subquery over its columns
  // took 10 s on a quiet server and timed out on a loaded one).
  const mysqlTables = async (): Promise<Array<{ name: string; versioned: number }>> => {
    const names: Array<{ name: string }> = await t.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = DATABASE() AND table_name NOT LIKE 'migrations%' AND table_name NOT LIKE 'typeorm%'`,
    );
    const versioned: Array<{ name: string }> = await t.dataSource.query(
      `SELECT table_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND column_name = 'version'`,
    );
    const withVersion = new Set(versioned.map((r) => r.name));
    return names.map((r) => ({ name: r.name, versioned: withVersion.has(r.name) ? 1 : 0 }));
  };
  const rows: Array<{ name: string; versioned: number }> =
    t.dialect === 'mysql'
      ? await mysqlTables()
      : await t.dataSource.query(
          `SELECT m.name AS name, (SELECT COUNT(*) FROM pragma_table_info(m.name) p WHERE p.name = 'version') AS versioned
           FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'migrations%' AND m.name NOT LIKE 'typeorm%'`,
        );
  // rate_limit counts attempts before they are checked (issue 16.1): a refused sign-in, password
  // change or public survey answer is meant to write there.
  return `SELECT ${rows
    .filter((r) => r.name !== 'rate_limit')
    .map(
      (r) =>
        `(SELECT COUNT(*) FROM ${q(r.name)}) AS ${q(r.name)}` +
        (Number(r.versioned) ? `, (SELECT COALESCE(SUM(version), 0) FROM ${q(r.name)}) AS ${q(`${r.name}.version`)}` : ''),
    )
    .join(', ')}`;
}
async function fingerprint(): Promise<Record<string, number>> {
  const [row] = await pastTenantScope(() => t.dataSource.query(tables));
  return Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([k, v]) => [k, Number(v)]));
}

// ── plausible values ──────────────────────────────────────────────────────────
const ENTITY_OF_ARG: Array<[RegExp, string]> = [
  [/^(project|projects)Ids?$/, 'Project'],
  [/^propertyId$/, 'Property'],
  [/^regionIds?$/, 'Region'],
  [/^(managerUserId|ownerUserId|trainerUserId|assigneeUserId|userIds?|assigneeId|verifierUserId)$/, 'User'],
  [/^standardIds?$/, 'Standard'],
  [/^handbookId$/, 'Handbook'],
  [/^handbookVersionId$/, 'HandbookVersion'],
  [/^templateId$/, 'InspectionTemplate'],
  [/^holidayListId$/, 'HolidayList'],
  [/^frequencyId$/, 'InspectionFrequency'],
  [/^inspectionId$/, 'Inspection'],
  [/^itemResultId$/, 'ItemResult'],
  [/^(signatureFileId|evidenceIds|photoIds|fileIds|attachmentIds)$/, 'File'],
  [/^positionIds?$/, 'Position'],
  [/^employeeIds?$/, 'Employee'],
  [/^courseIds?$/, 'Course'],
  [/^planId$/, 'TrainingPlan'],
  [/^sessionId$/, 'TrainingSession'],
  [/^regulationId$/, 'Regulation'],
  [/^complaintId$/, 'Complaint'],
  [/^(departmentIds?|ownerDepartmentId)$/, 'Department'],
  [/^onboardingId$/, 'Onboarding'],
  [/^questionnaireId$/, 'SurveyQuestionnaire'],
  [/^roundId$/, 'SurveyRound'],
];
/** `updateProject(id:)` → Project: the entity an `id` argument names, from the mutation's name. */
function entityOfMutation(mutation: string): string | undefined {
  const names = Object.keys(pool).sort((a, b) => b.length - a.length);
  return names.find((n) => mutation.toLowerCase().endsWith(n.toLowerCase()) || mutation.toLowerCase().includes(n.toLowerCase()));
}
function idFor(name: string, mutation: string): string {
  const entity = name === 'id' ? entityOfMutation(mutation) : ENTITY_OF_ARG.find(([re]) => re.test(name))?.[1];
  return (entity && pool[entity]) || NIL;
}

function scalarValue(type: string, name: string, mutation: string): unknown {
  switch (type) {
    case 'ID':
      return idFor(name, mutation);
    case 'Int':
      return /^(first|last)$/.test(name) ? 10 : /version/i.test(name) ? 1 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2030-01-01';
    case 'DateTimeISO':
      return '2030-01-01T01:00:00.000Z';
    case 'JSONObject':
    case 'JSON':
      return {};
    default:
      if (/email/i.test(name)) return 'fuzz@x.test';
      if (/password/i.test(name)) return 'fuzz-password-1234';
      if (/rrule/i.test(name)) return 'FREQ=DAILY;BYHOUR=9';
      if (/timeZone/.test(name)) return 'Asia/Shanghai';
      if (/^(month|period)$/.test(name)) return '2030-01';
      if (/clientKey/.test(name)) return 'fuzz-client-key-1';
      if (/code$/i.test(name)) return 'FZ-01';
      if (/fileBase64/.test(name)) return '';
      if (/token/i.test(name)) return `${NIL}.secret`;
      return '模糊测试';
  }
}

function plausible(type: GraphQLInputType, name: string, mutation: string, depth = 0): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [plausible(inner.ofType as GraphQLInputType, name, mutation, depth + 1)];
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isInputObjectType(inner)) {
    if (depth > 4) return {};
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, plausible(f.type, f.name, mutation, depth + 1)]),
    );
  }
  return scalarValue(getNamedType(inner).name, name, mutation);
}

// ── bad values, by type ──────────────────────────────────────────────────────
/** Values of the right GraphQL type that a resolver must refuse (or accept, but never crash on). */
function badValues(type: GraphQLInputType, name: string, mutation: string): unknown[] {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    const element = plausible(inner.ofType as GraphQLInputType, name, mutation, 1);
    return [[], Array.from({ length: 1000 }, () => element)];
  }
  if (isEnumType(inner) || isInputObjectType(inner)) return [];
  switch (getNamedType(inner).name) {
    case 'ID':
      return ['', 'not-a-uuid', NIL, foreign, '\ud800'];
    case 'Int':
      return [-1, 0, 2147483647, -2147483648];
    case 'Float':
      return [-1, 0, 1e308, -1e308];
    case 'Boolean':
      return [true];
    case 'LocalDate':
      return ['0001-01-01', '9999-12-31'];
    case 'DateTimeISO':
      return ['0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'];
    case 'JSONObject':
    case 'JSON':
      return [{ a: { b: { c: { d: HUGE_TEXT } } } }];
    default:
      return ['', '   ', HUGE_TEXT, 'a\ud800b', 'nul\u0000byte'];
  }
}

/** Values GraphQL refuses before any resolver: tried once per type, not at every field. */
const COERCION_FAILURES: Record<string, unknown[]> = {
  ID: [123.5, { id: 1 }],
  Int: ['NaN', 2 ** 31, 1.5],
  Float: ['NaN', 'Infinity'],
  Boolean: ['true'],
  String: [123, ['x']],
  LocalDate: ['2026-13-45', 'NaN', '2026-02-30'],
  DateTimeISO: ['NaN', '2026-13-45T00:00:00Z'],
};
const coercionTried = new Set<string>();

interface Point {
  /** Where in the variables: [argument, field, index?, field …] */
  path: Array<string | number>;
  type: GraphQLInputType;
  name: string;
}

/** Every argument and input field (through the first element of lists), to a sane depth. */
function points(args: readonly GraphQLArgument[]): Point[] {
  const out: Point[] = [];
  const walk = (type: GraphQLInputType, name: string, path: Array<string | number>, depth: number) => {
    out.push({ path, type, name });
    if (depth > 3) return;
    let inner = getNullableType(type) as GraphQLInputType;
    let p = path;
    if (isListType(inner)) {
      inner = getNullableType(inner.ofType) as GraphQLInputType;
      p = [...path, 0];
    }
    if (isInputObjectType(inner))
      for (const f of Object.values(inner.getFields()) as GraphQLInputField[]) walk(f.type, f.name, [...p, f.name], depth + 1);
  };
  for (const a of args) walk(a.type, a.name, [a.name], 0);
  return out;
}

function setAt(target: Record<string, unknown>, path: Array<string | number>, value: unknown): void {
  let node: any = target; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const key of path.slice(0, -1)) {
    if (node[key] == null) node[key] = typeof key === 'number' ? [] : {};
    node = node[key];
  }
  node[path[path.length - 1]] = value;
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const ret = getNamedType(field.type);
  const selection = isScalarType(ret) || isEnumType(ret) ? '' : ' { __typename }';
  return `mutation Fuzz(${vars}) { ${field.name}(${args})${selection} }`;
}

/** Mutations that end the caller's own session, or take no arguments to fuzz. */
const SKIPPED = new Set(['logout']);

function mutations(): string[] {
  // The committed schema (CI checks it is current): the list is needed before the app starts.
  const type = buildSchema(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')).getMutationType()!;
  return Object.values(type.getFields())
    .filter((f) => f.args.length > 0 && !SKIPPED.has(f.name))
    .map((f) => f.name)
    .sort();
}

describe('fuzz of every mutation', () => {
  it.each(mutations())(
    '%s: no internal error, and nothing written when refused',
    async (name) => {
      const field = schema.getMutationType()!.getFields()[name];
      expect(field).toBeDefined();
      const doc = documentFor(field);
      const base = Object.fromEntries(field.args.map((a) => [a.name, plausible(a.type, a.name, name)]));
      const problems: string[] = [];
      let before = await fingerprint();
      const attempt = async (label: string, variables: Record<string, unknown>) => {
        const r = await t.gql(doc, variables, admin);
        const got = codes(r);
        if (process.env['FUZZ_STATS'])
          STATS[r.errors?.length ? got.join(',') : 'OK'] = (STATS[r.errors?.length ? got.join(',') : 'OK'] ?? 0) + 1;
        if (got.includes('INTERNAL_SERVER_ERROR') || (r.errors && !got.every((c) => c && c !== 'undefined'))) {
          problems.push(`${label}: ${JSON.stringify(r.errors?.map((e) => e.message))}`);
        }
        if (process.env['FUZZ_STATS'] && !r.errors?.length && label !== 'plausible arguments') console.log(`accepted ${name} ${label}`);
        // One count per call: the state after it is the state before the next.
        const after = await fingerprint();
        if (r.errors?.length) {
          const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
          if (changed.length)
            problems.push(
              `${label}: refused (${got.join(',')}) but changed ${changed.map((k) => `${k} (${before[k]} → ${after[k]})`).join(', ')}`,
            );
        }
        before = after;
      };
      await attempt('plausible arguments', base);
      for (const point of points(field.args)) {
        const where = point.path.join('.');
        for (const bad of badValues(point.type, point.name, name)) {
          const variables = structuredClone(base);
          setAt(variables, point.path, bad);
          await attempt(`${where} = ${JSON.stringify(bad).slice(0, 40)}`, variables);
        }
        const scalar = getNamedType(point.type).name;
        if (COERCION_FAILURES[scalar] && !coercionTried.has(scalar)) {
          coercionTried.add(scalar);
          for (const bad of COERCION_FAILURES[scalar]) {
            const variables = structuredClone(base);
            setAt(variables, point.path, bad);
            await attempt(`${where} = ${JSON.stringify(bad)} (wrong type)`, variables);
          }
        }
      }
      expect(problems).toEqual([]);
    },
    300_000,
  ); // up to ~200 calls for the largest inputs; no timing is asserted
});
