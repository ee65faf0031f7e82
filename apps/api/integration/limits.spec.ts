import { TestApp, codes } from '@pinzhi/api-testing';

describe('query limits and production error masking', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await TestApp.start({
      env: { NODE_ENV: 'production', GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_COST: '2000' },
    });
    admin = await t.token('admin@demo.test');
  });
  afterAll(() => t.stop());

  it('lets the queries of ordinary screens through', async () => {
    const r = await t.gql('{ projects { nodes { region { id } property { zones { id } } } pageInfo { endCursor } } }', {}, admin);
    expect(r.errors).toBeUndefined();
  });

  it('refuses too many aliases with a clear message', async () => {
    const r = await t.gql('{ a: me { role } b: me { role } c: me { role } d: me { role } }', {}, admin);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].extensions).toMatchObject({ limit: 'aliases', max: 3 });
    expect(r.errors![0].message).toMatch(/aliases/i);
  });

  it('refuses a query that would cost too much, saying how much', async () => {
    const r = await t.gql(
      '{ projects(first: 100) { nodes { id code name region { id name } property { id name zones { id name } } manager { id email } } } members(first: 100) { nodes { id user { id email } } } }',
      {},
      admin,
    );
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].extensions).toMatchObject({ limit: 'cost', max: 2000 });
  });

  it('turns introspection off in production', async () => {
    const r = await t.gql('{ __schema { types { name } } }', {}, admin);
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('sends no stack traces in production', async () => {
    const r = await t.gql('{ project(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, admin);
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|\.ts:|SELECT/);
  });
});

describe('depth limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: { GRAPHQL_MAX_DEPTH: '3' } });
  });
  afterAll(() => t.stop());

  it('refuses a query deeper than GRAPHQL_MAX_DEPTH', async () => {
    const admin = await t.token('admin@demo.test');
    const r = await t.gql('{ projects { nodes { property { zones { id } } } } }', {}, admin);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].message).toBe('Query depth limit of 3 exceeded, found 5.');
    expect(r.errors![0].extensions).toMatchObject({ limit: 'depth', max: 3 });
  });
});

describe('variables that do not coerce', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await TestApp.start({ env: { NODE_ENV: 'production' } });
    admin = await t.token('admin@demo.test');
  });
  afterAll(() => t.stop());

  it('reports a missing required variable as BAD_USER_INPUT naming it', async () => {
    const r = await t.gql('query($id: ID!) { inspection(id: $id) { id } }', {}, admin);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toMatch(/\$id/);
    expect(r.data).toBeUndefined();
  });

  it('reports an unknown enum value in variables as BAD_USER_INPUT naming the variable', async () => {
    const r = await t.gql(
      'query($p: EvaluationPeriodInput!) { projectEvaluation(period: $p) { totalCount } }',
      { p: { kind: 'WEEK', year: 2026, index: 11 } },
      admin,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toMatch(/\$p/);
    expect(r.errors![0].message).toMatch(/WEEK/);
  });

  it('still prices queries whose variables are fine', async () => {
    const r = await t.gql('query($n: Int) { projects(first: $n) { totalCount } }', { n: 5 }, admin);
    expect(r.errors).toBeUndefined();
  });
});
