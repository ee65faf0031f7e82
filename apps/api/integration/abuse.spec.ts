import type { AddressInfo } from 'node:net';
import { TestApp } from '@pinzhi/api-testing';

/**
 * Abusive requests from issue 16 (defect 4), refused cheaply with a code while the server keeps
 * answering: an 8 MB document of 1.6 M tokens, 5,000 fragment spreads, large bodies, and the
 * import route used for something else. Real HTTP on a listening socket (production mode), so
 * body limits and concurrency are what a client meets. No timings are asserted; the figures in
 * docs/security.md come from `tools/bench/abuse.ts`.
 */
let t: TestApp;
let base: string;
let admin: string;
beforeAll(async () => {
  t = await TestApp.start({ env: { NODE_ENV: 'production' } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  admin = await t.token('admin@demo.test');
});
afterAll(() => t.stop());

interface Answer {
  status: number;
  body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; data?: unknown };
}

async function post(path: string, payload: string, token?: string): Promise<Answer> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: payload,
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const gql = (query: string, token?: string, path = '/graphql') => post(path, JSON.stringify({ query }), token);
const code = (a: Answer) => a.body.errors?.map((e) => e.extensions?.['code']);
const limit = (a: Answer) => a.body.errors?.[0]?.extensions?.['limit'];

/** The 8 MB attack: one field repeated 1.6 million times (1.6 M tokens). */
const HUGE = `{ me {${' role'.repeat(1_600_000)} } }`;
/** 5,000 spreads of one fragment: the cost estimator used to throw without a code (HTTP 500). */
const SPREADS = `query { ${'...F '.repeat(5000)}} fragment F on Query { __typename }`;

describe('abusive queries are refused with a code, and the server keeps answering', () => {
  it('refuses the 8 MB query at /graphql by its size (413 PAYLOAD_TOO_LARGE), without reading it', async () => {
    const r = await gql(HUGE);
    expect(r.status).toBe(413);
    expect(code(r)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(r.body.errors![0].extensions!['maxBytes']).toBe(t.config.bodyLimits.graphql);
  });

  it('refuses the 8 MB query at the import route: 401 without a session, then by its token count (400)', async () => {
    const anonymous = await gql(HUGE, undefined, '/graphql/import');
    expect(anonymous.status).toBe(401);
    expect(code(anonymous)).toEqual(['UNAUTHENTICATED']);
    const signedIn = await gql(HUGE, admin, '/graphql/import');
    expect(signedIn.status).toBe(400);
    expect(code(signedIn)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(limit(signedIn)).toBe('tokens');
    expect(signedIn.body.errors![0].extensions!['max']).toBe(t.config.limits.tokens);
  });

  it('refuses a document over the token limit that fits the body limit (400, limit tokens)', async () => {
    const r = await gql(`{${' __typename'.repeat(80_000)} }`);
    expect(r.status).toBe(400);
    expect(code(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(limit(r)).toBe('tokens');
  });

  it('refuses 5,000 fragment spreads with 400 and a code, with or without a token limit in the way', async () => {
    const r = await gql(SPREADS, admin);
    expect(r.status).toBe(400);
    expect(code(r)).toEqual(['QUERY_TOO_COMPLEX']);
    // Past the parser (a token limit high enough), the cost rule refuses it too — no 500.
    const wide = await TestApp.start({ env: { NODE_ENV: 'production', GRAPHQL_MAX_TOKENS: '100000' }, seed: false });
    try {
      const res = await wide.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: { query: SPREADS },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(res.json().errors[0].extensions.limit).toBe('cost');
    } finally {
      await wide.stop();
    }
  });

  it('names the limit on alias refusals too (400)', async () => {
    const aliases = await gql(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { role }`).join(' ')} }`, admin);
    expect([aliases.status, code(aliases), limit(aliases)]).toEqual([400, ['QUERY_TOO_COMPLEX'], 'aliases']);
  });

  it('keeps /healthz answered while abusive requests arrive', async () => {
    const abuse = [gql(HUGE), gql(HUGE, admin, '/graphql/import'), gql(SPREADS), gql(HUGE, admin, '/graphql/import')];
    const probes: Promise<number>[] = [];
    for (let i = 0; i < 10; i++) {
      probes.push(fetch(`${base}/healthz`).then((r) => r.status));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(probes)).toEqual(Array(10).fill(200));
    expect((await Promise.all(abuse)).map((a) => a.status)).toEqual([413, 400, 400, 400]);
  });

  it('gives no field suggestions in production', async () => {
    const r = await gql('{ projectz { id } }', admin);
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toBe('Cannot query field "projectz" on type "Query".');
    const e = await post(
      '/graphql',
      JSON.stringify({
        query: 'query($p: EvaluationPeriodInput!) { projectEvaluation(period: $p) { totalCount } }',
        variables: { p: { kind: 'MONTHH', year: 2026, index: 1 } },
      }),
      admin,
    );
    expect(code(e)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(e.body)).not.toMatch(/Did you mean/);
  });

  it('answers malformed JSON with 400 and a code', async () => {
    const r = await post('/graphql', '{"query": "{ me { role } }"', admin);
    expect(r.status).toBe(400);
    expect(code(r)).toEqual(['BAD_REQUEST']);
  });
});

describe('the import route', () => {
  it('runs imports (a dry run of the costs template)', async () => {
    const template = await t.get('/downloads/costs/template.xlsx', admin);
    expect(template.status).toBe(200);
    const r = await post(
      '/graphql/import',
      JSON.stringify({
        query: 'mutation($f: String!) { importCosts(fileBase64: $f, dryRun: true) { rows written } }',
        variables: { f: template.body.toString('base64') },
      }),
      admin,
    );
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });

  it('runs nothing but imports, so it cannot carry large ordinary requests', async () => {
    const audit = await t.countRows('audit_entry');
    const query = await gql('{ me { role } }', admin, '/graphql/import');
    expect([query.status, code(query)]).toEqual([400, ['BAD_REQUEST']]);
    const mixed = await gql(
      'mutation { importCosts(fileBase64: "", dryRun: true) { rows } createRegion(input: { name: "夹带" }) { id } }',
      admin,
      '/graphql/import',
    );
    expect([mixed.status, code(mixed)]).toEqual([400, ['BAD_REQUEST']]);
    expect(await t.countRows('audit_entry')).toBe(audit);
  });
});
