import { TestApp, codes } from '@pinzhi/api-testing';
import { schemaOnlyModules } from '../src/schema-file';

/**
 * The standing attack suite beyond GraphQL (issue 16): files, uploads, every download route,
 * calendar feeds and the public survey links. Another company's ids and tokens — or forged ones —
 * give 404 (or the survey's NOT_FOUND) and write nothing. Like isolation.spec.ts for GraphQL, the
 * table of download routes must cover every route the modules register: a new one without an
 * entry fails here.
 */
let t: TestApp;
let demoAdmin: string;
let otherAdmin: string;
const demo: Record<string, string> = {};

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('route-attack')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n');

beforeAll(async () => {
  t = await TestApp.start();
  demoAdmin = await t.token('admin@demo.test');
  otherAdmin = await t.token('admin@other.test');
  const d = await t.ok(
    `{ handbooks(first: 1, filter: { kind: PROJECT }) { nodes { latest { id } } } inspections(first: 1) { nodes { id } }
       onboardings(first: 1) { nodes { id } } trainingSessions(first: 1) { nodes { id } } regions { nodes { id } }
       projects(first: 1) { nodes { id } } surveyQuestionnaires { id } }`,
    {},
    demoAdmin,
  );
  demo['HandbookVersion'] = d.handbooks.nodes[0].latest.id;
  demo['Inspection'] = d.inspections.nodes[0].id;
  demo['Onboarding'] = d.onboardings.nodes[0].id;
  demo['TrainingSession'] = d.trainingSessions.nodes[0].id;
  demo['Region'] = d.regions.nodes[0].id;
  demo['Image'] = (await t.upload(PNG, 'image/png', demoAdmin)).json.id;
  demo['Document'] = (await t.upload(PDF, 'application/pdf', demoAdmin)).json.id;
  const round = await t.ok(
    `mutation($p: ID!, $q: ID!) { createSurveyRound(input: { projectId: $p, questionnaireId: $q, name: "攻击测试", channels: [ONLINE], sharedLink: true, opensOn: "2020-01-01", closesOn: "2099-12-31" }) { id linkToken } }`,
    { p: d.projects.nodes[0].id, q: d.surveyQuestionnaires[0].id },
    demoAdmin,
  );
  demo['SurveyRound'] = round.createSurveyRound.id;
  demo['SurveyLink'] = round.createSurveyRound.linkToken;
  const feed = await t.ok('mutation { createCalendarFeed { feed { id } path } }', {}, demoAdmin);
  demo['CalendarFeed'] = feed.createCalendarFeed.feed.id;
  demo['CalendarPath'] = feed.createCalendarFeed.path;
});
afterAll(() => t.stop());

/** Every GET route the modules register, with the demo id each needs (null: a tenant-wide export). */
const DOWNLOADS: Record<string, { url: () => string; foreignUrl?: () => string } | null> = {
  '/files/:id': { url: () => `/files/${demo['Image']}` },
  '/downloads/inspections/:id.xlsx': { url: () => `/downloads/inspections/${demo['Inspection']}.xlsx` },
  '/downloads/inspections/:id.pdf': { url: () => `/downloads/inspections/${demo['Inspection']}.pdf` },
  // pdf-documents.spec.ts: another company's id 404, no token 401, each role as the rectification screen
  '/downloads/rectifications/:id/notice.pdf': null,
  '/downloads/evaluation.xlsx': {
    url: () => `/downloads/evaluation.xlsx?kind=MONTH&year=2026&index=1&regionId=${demo['Region']}`,
  },
  '/downloads/handbook-versions/:id': { url: () => `/downloads/handbook-versions/${demo['HandbookVersion']}` },
  '/downloads/standards.xlsx': null,
  '/downloads/costs/template.xlsx': null,
  '/downloads/employees/template.xlsx': null,
  '/downloads/projects/template.xlsx': null,
  '/downloads/members/template.xlsx': null, // member-import.spec.ts: a company admin's only (others 403)
  '/downloads/onboardings/:id/proposal.xlsx': { url: () => `/downloads/onboardings/${demo['Onboarding']}/proposal.xlsx` },
  '/downloads/training-sessions/:id/attendance.xlsx': {
    url: () => `/downloads/training-sessions/${demo['TrainingSession']}/attendance.xlsx`,
  },
  '/downloads/survey-rounds/:id/results.xlsx': { url: () => `/downloads/survey-rounds/${demo['SurveyRound']}/results.xlsx` },
  '/calendar/:token': null, // its own tests below: the token is the credential
  // lifecycle.spec.ts: another company's id is 404, no token 401, a non-admin 403 (a download is audited, so it writes)
  '/downloads/company-exports/:id.zip': null,
  // platform-lifecycle.spec.ts: the platform operator's session only (members 403, another company's export 404, no token 401)
  '/downloads/platform/companies/:companyId/exports/:id.zip': null,
};

function registeredDownloads(): string[] {
  return schemaOnlyModules().downloads.map((d) => d.path);
}

const writes = async () => Promise.all(['audit_entry', 'evidence_file', 'survey_response', 'calendar_feed'].map((x) => t.countRows(x)));

describe('download routes', () => {
  it('are all in the table (a new route without an entry fails)', () => {
    expect(registeredDownloads().sort()).toEqual(Object.keys(DOWNLOADS).sort());
  });

  it.each(Object.entries(DOWNLOADS).filter(([, v]) => v !== null))(
    "%s: another company's id is 404, no token is 401, and nothing is written",
    async (_path, route) => {
      const before = await writes();
      const own = await t.get(route!.url(), demoAdmin);
      expect(own.status).toBe(200);
      const theirs = await t.get(route!.url(), otherAdmin);
      expect(theirs.status).toBe(404);
      expect(JSON.parse(theirs.body.toString()).error.code).toBe('NOT_FOUND');
      expect((await t.get(route!.url(), null)).status).toBe(401);
      expect((await t.get(route!.url(), 'forged.token.value')).status).toBe(401);
      expect(await writes()).toEqual(before);
    },
  );

  it('serves tenant-wide exports only to a signed-in member', async () => {
    for (const url of [
      '/downloads/standards.xlsx',
      '/downloads/costs/template.xlsx',
      '/downloads/employees/template.xlsx',
      '/downloads/projects/template.xlsx',
    ]) {
      expect((await t.get(url, null)).status).toBe(401);
      expect((await t.get(url, otherAdmin)).status).toBe(200);
    }
  });
});

describe('files', () => {
  it('shows images in place, but serves documents as attachments, never sniffed', async () => {
    const image = await t.get(`/files/${demo['Image']}`, demoAdmin);
    expect(image.headers['content-disposition']).toMatch(/^inline/);
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    const pdf = await t.get(`/files/${demo['Document']}`, demoAdmin);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment/);
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    expect(String(pdf.headers['content-security-policy'])).toMatch(/default-src 'self'/);
    expect((await t.get(`/files/${demo['Document']}`, otherAdmin)).status).toBe(404);
  });

  it('takes uploads only from a signed-in member, and refuses without writing', async () => {
    const before = await writes();
    expect((await t.upload(PNG, 'image/png', null)).status).toBe(401);
    expect((await t.upload(PNG, 'image/png', 'forged.token.value')).status).toBe(401);
    expect((await t.upload(Buffer.from('<svg onload="alert(1)"/>'), 'image/svg+xml', otherAdmin)).status).toBe(415);
    expect((await t.upload(Buffer.from('not a png'), 'image/png', otherAdmin)).status).toBe(415); // its bytes are not a PNG
    expect(await writes()).toEqual(before);
  });
});

describe('calendar feeds', () => {
  it('answer only with the right secret; another or a forged one is 404 and writes nothing', async () => {
    const before = await writes();
    const own = await t.get(demo['CalendarPath'], null);
    expect(own.status).toBe(200);
    expect(own.body.toString()).toMatch(/BEGIN:VCALENDAR/);
    const other = await t.ok('mutation { createCalendarFeed { path } }', {}, otherAdmin);
    const otherSecret = other.createCalendarFeed.path.replace(/^\/calendar\/[^.]+\./, '');
    for (const path of [
      `/calendar/${demo['CalendarFeed']}.${otherSecret}`, // the demo feed with the other company's secret
      `/calendar/${demo['CalendarFeed']}.${'0'.repeat(43)}.ics`,
      `/calendar/${demo['CalendarFeed']}.ics`,
      `/calendar/00000000-0000-4000-8000-000000000000.${otherSecret}`,
      '/calendar/..%2F..%2Fetc%2Fpasswd.ics',
    ]) {
      const r = await t.get(path, otherAdmin);
      expect([path, r.status]).toEqual([path, 404]);
    }
    expect((await writes())[3]).toBe(before[3] + 1); // only the other company's own new feed
  });

  it('stops at once when revoked', async () => {
    const feed = await t.ok('mutation { createCalendarFeed { feed { id } path } }', {}, demoAdmin);
    expect((await t.get(feed.createCalendarFeed.path, null)).status).toBe(200);
    await t.ok('mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }', { id: feed.createCalendarFeed.feed.id }, demoAdmin);
    expect((await t.get(feed.createCalendarFeed.path, null)).status).toBe(404);
  });
});

describe('public survey links (/s/<token>)', () => {
  const PUBLIC = 'query($t: String!) { publicSurvey(token: $t) { title } }';
  const SUBMIT =
    'mutation($t: String!, $d: String, $a: [SurveyAnswerInput!]!) { submitPublicSurvey(token: $t, deviceId: $d, answers: $a) { ok } }';
  const reason = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.['reason'];

  it('open with the right token; a forged, altered or other round’s token is NOT_FOUND and writes nothing', async () => {
    expect((await t.gql(PUBLIC, { t: demo['SurveyLink'] })).errors).toBeUndefined();
    const before = await writes();
    const [roundId, secret] = demo['SurveyLink'].split('.');
    for (const token of [
      `${roundId}.${secret.slice(0, -2)}xx`,
      `${roundId}.`,
      `${demo['SurveyRound']}`,
      `00000000-0000-4000-8000-000000000000.${secret}`,
      `${demo['Inspection']}.${secret}`,
      `'; DROP TABLE survey_response; --`,
    ]) {
      const read = await t.gql(PUBLIC, { t: token });
      expect([token, codes(read), reason(read)]).toEqual([token, ['SURVEY_UNAVAILABLE'], 'NOT_FOUND']);
      const submit = await t.gql(SUBMIT, { t: token, d: 'attacker-device-0001', a: [] });
      expect(codes(submit)).toEqual(['SURVEY_UNAVAILABLE']);
    }
    expect(await writes()).toEqual(before);
  });
});
