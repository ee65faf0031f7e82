import { randomBytes, randomUUID } from 'node:crypto';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * On-site inspections and the rectification loop through the real HTTP endpoint: photo and
 * signature uploads, scoring with N/A, deductions and critical items, idempotent submission,
 * planned occurrences completed by submission, and rectifications verified by someone else.
 */
let t: TestApp;
let quality: string;
let admin: string;
let inspector: string;
let ops: string;
let viewer: string;
let otherAdmin: string;
const ids: Record<string, string> = {};
/** The residential checklist's items by standard code. */
const items: Record<
  string,
  {
    key: string;
    points: number;
    critical: boolean;
    naAllowed: boolean;
    deductions: Array<{ key: string; labelZh: string; points: number }>;
  }
> = {};

const MAX_UPLOAD = 64 * 1024;
const png = (size = 200) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size)]);
const jpeg = (size = 200) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size)]);

const INSPECTION = `id clientKey status earnedPoints possiblePoints scorePercent passScore passed criticalFailed failedItems localDate submittedAt
  project { code } template { name } templateVersion { number } inspector { email } signature { contentType url }
  occurrence { id state } items { id itemKey result score earnedPoints possiblePoints critical standard { code } evidence { id } rectification { id state } }
  rectifications { id state automatic owner { email } deadline overdue description }`;
const RECT =
  'id state overdue deadline rejections evidenceRequired automatic description owner { email } submittedBy { email } verifiedBy { email } history { action fromState toState note user { email } evidence { id } at }';
const SUBMIT = `mutation($input: InspectionInput!) { submitInspection(input: $input) { ${INSPECTION} } }`;
const DRAFT = `mutation($input: InspectionInput!) { saveInspectionDraft(input: $input) { ${INSPECTION} version } }`;

beforeAll(async () => {
  t = await TestApp.start({ env: { UPLOAD_MAX_BYTES: String(MAX_UPLOAD) } });
  [quality, admin, inspector, ops, viewer] = await Promise.all(
    ['quality@demo.test', 'admin@demo.test', 'inspector@demo.test', 'ops@demo.test', 'viewer@demo.test'].map((e) => t.token(e)),
  );
  otherAdmin = await t.token('admin@other.test');
  const d = await t.ok(
    `{ projects(first: 100) { nodes { id code } } inspectionAssignees { user { id email } }
       inspectionTemplates { nodes { id name latestVersion { id sections { items { key points critical naAllowed deductions { key labelZh points } standard { code } } } } } } }`,
    {},
    quality,
  );
  for (const p of d.projects.nodes) ids[p.code] = p.id;
  for (const m of d.inspectionAssignees) ids[m.user.email] = m.user.id;
  for (const tpl of d.inspectionTemplates.nodes) ids[tpl.name] = tpl.id;
  const residential = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表');
  for (const s of residential.latestVersion.sections) for (const i of s.items) items[i.standard.code] = i;
});
afterAll(() => t.stop());
afterEach(() => t.setNow(null));

async function upload(token: string, body = png(), type = 'image/png'): Promise<string> {
  const r = await t.upload(body, type, token);
  expect(r.status).toBe(201);
  return r.json.id;
}

/** Every residential item PASS, with `over` per standard code. */
function results(over: Record<string, Record<string, unknown>> = {}) {
  return Object.entries(items).map(([code, i]) => ({ itemKey: i.key, result: 'PASS', ...over[code] }));
}

async function adHoc(token: string, extra: Record<string, unknown> = {}) {
  return {
    clientKey: randomUUID(),
    projectId: ids['SH-002'],
    templateId: ids['住宅日常品质巡检表'],
    signatureFileId: await upload(token),
    items: results(),
    ...extra,
  };
}

describe('evidence uploads', () => {
  it('stores a photo, returns the same file for the same bytes, and serves it to the same tenant only', async () => {
    const bytes = jpeg(1000);
    const first = await t.upload(bytes, 'image/jpeg', inspector);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ contentType: 'image/jpeg', bytes: bytes.length, url: `/files/${first.json.id}` });
    const again = await t.upload(bytes, 'image/jpeg', inspector);
    expect(again.json.id).toBe(first.json.id);

    const got = await t.get(`/files/${first.json.id}`, viewer);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.body.equals(bytes)).toBe(true);
    expect((await t.get(`/files/${first.json.id}`, otherAdmin)).status).toBe(404);
    expect((await t.get(`/files/${first.json.id}`)).status).toBe(401);
    expect((await t.get('/files/not-an-id', quality)).status).toBe(404);
  });

  it('refuses other types (by Content-Type and by the bytes), too-large files, anonymous and read-only uploaders', async () => {
    const before = await t.countRows('evidence_file');
    const wrongType = await t.upload(Buffer.from('hello'), 'text/plain', inspector);
    expect(wrongType.status).toBe(415);
    expect(wrongType.json.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(wrongType.json.error.accepted).toEqual(expect.arrayContaining(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']));
    const gif = await t.upload(Buffer.from('GIF89a-not-really-an-image'), 'image/png', inspector);
    expect(gif.status).toBe(415);
    expect(gif.json.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const mislabelled = await t.upload(jpeg(), 'image/png', inspector);
    expect(mislabelled.status).toBe(415);
    const big = await t.upload(png(MAX_UPLOAD + 1), 'image/png', inspector);
    expect(big.status).toBe(413);
    expect(big.json.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_UPLOAD });
    expect((await t.upload(png(), 'image/png')).status).toBe(401);
    expect((await t.upload(png(), 'image/png', viewer)).status).toBe(403);
    expect(await t.countRows('evidence_file')).toBe(before);
  });
});

describe('documents are courseware, not evidence', () => {
  it('stores a PDF but refuses it as a signature or a photo', async () => {
    const pdf = await upload(inspector, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(100)]), 'application/pdf');
    const got = await t.get(`/files/${pdf}`, inspector);
    expect(got.headers['content-type']).toBe('application/pdf');
    const input = await adHoc(inspector, { signatureFileId: pdf });
    input.items = results({ 'CON-ATT-01': { evidenceIds: [pdf] } });
    const r = await t.gql(SUBMIT, { input }, inspector);
    const at = Object.keys(items).indexOf('CON-ATT-01');
    expect(fieldReasons(r).sort()).toEqual([`input.items.${at}.evidenceIds:INVALID_FORMAT`, 'input.signatureFileId:INVALID_FORMAT'].sort());
  });
});

describe('performing an inspection', () => {
  it('scores with deductions and N/A (N/A leaves the denominator) and stores one row per item', async () => {
    const photo = await upload(inspector, jpeg(), 'image/jpeg');
    const floorStain = items['OPS-CLN-01'].deductions.find((d) => d.labelZh === '地面有污渍')!;
    const input = await adHoc(inspector, {
      items: results({
        'OPS-CLN-01': { result: 'FAIL', deductionKeys: [floorStain.key], note: '大堂地面有污渍', evidenceIds: [photo] },
        'CON-HAI-03': { result: 'NA' },
      }),
      latitude: 31.23,
      longitude: 121.47,
      locationText: '1号楼大堂',
    });
    const before = await t.countRows('inspection_item_result');
    const r = await t.ok(SUBMIT, { input }, inspector);
    const i = r.submitInspection;
    // (10−3) + 6 + 8 + 10 + 15 + 4 + 4 = 54 of 57 (the N/A item's 3 points leave the denominator)
    expect(i).toMatchObject({
      status: 'SUBMITTED',
      earnedPoints: 54,
      possiblePoints: 57,
      scorePercent: 94.74,
      passScore: 85,
      passed: true,
      criticalFailed: false,
      failedItems: 1,
    });
    expect(i).toMatchObject({
      project: { code: 'SH-002' },
      templateVersion: { number: 1 },
      inspector: { email: 'inspector@demo.test' },
      signature: { contentType: 'image/png' },
      occurrence: null,
      rectifications: [],
    });
    const floor = i.items.find((x: any) => x.standard.code === 'OPS-CLN-01');
    expect(floor).toMatchObject({ result: 'FAIL', earnedPoints: 7, possiblePoints: 10, evidence: [{ id: photo }], rectification: null });
    expect(i.items.find((x: any) => x.standard.code === 'CON-HAI-03')).toMatchObject({
      result: 'NA',
      earnedPoints: null,
      possiblePoints: 0,
    });
    expect(await t.countRows('inspection_item_result')).toBe(before + Object.keys(items).length);
    ids['scoredInspection'] = i.id;
    ids['failedFloorResult'] = floor.id;
    ids['passedResult'] = i.items.find((x: any) => x.result === 'PASS').id;
  });

  it('stores a submission once when the same clientKey is sent again, or twice at the same time', async () => {
    const input = await adHoc(inspector);
    const first = await t.ok(SUBMIT, { input }, inspector);
    const counts = async () => [
      await t.countRows('inspection'),
      await t.countRows('inspection_item_result'),
      await t.countRows('audit_entry'),
    ];
    const before = await counts();
    const again = await t.ok(SUBMIT, { input: { ...input, note: '重发' } }, inspector);
    expect(again.submitInspection.id).toBe(first.submitInspection.id);
    expect(await counts()).toEqual(before);

    const raced = await adHoc(inspector);
    const [a, b] = await Promise.all([t.ok(SUBMIT, { input: raced }, inspector), t.ok(SUBMIT, { input: raced }, inspector)]);
    expect(a.submitInspection.id).toBe(b.submitInspection.id);
    const stored = await t.ok(
      'query($p: ID!) { inspections(first: 100, filter: { projectId: $p }) { nodes { clientKey } } }',
      { p: ids['SH-002'] },
      quality,
    );
    expect(stored.inspections.nodes.filter((n: any) => n.clientKey === raced.clientKey)).toHaveLength(1);
    // Someone else's key is not theirs to resubmit.
    const stolen = await t.gql(SUBMIT, { input: { ...input, signatureFileId: await upload(quality) } }, quality);
    expect(fieldReasons(stolen)).toEqual(['input.clientKey:TAKEN']);
  });

  it('validates the whole submission at once and writes nothing when anything is wrong', async () => {
    const someoneElses = await upload(quality);
    const input = await adHoc(inspector);
    input.signatureFileId = undefined as unknown as string;
    input.items = results({
      'OPS-CLN-02': { result: 'NA' },
      'OPS-SEC-01': { result: 'FAIL', score: 11 },
      'CON-ATT-01': { evidenceIds: [someoneElses] },
    }).filter((_, n) => n !== 7);
    const before = [await t.countRows('inspection'), await t.countRows('audit_entry')];
    const r = await t.gql(SUBMIT, { input }, inspector);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(fieldReasons(r)).toEqual([
      'input.items.1.result:INVALID_VALUE',
      'input.items.3.score:OUT_OF_RANGE',
      'input.items:REQUIRED',
      'input.signatureFileId:REQUIRED',
      'input.items.5.evidenceIds:INVALID_VALUE',
    ]);
    expect([await t.countRows('inspection'), await t.countRows('audit_entry')]).toEqual(before);
    expect(fieldReasons(await t.gql(SUBMIT, { input: { ...(await adHoc(inspector)), clientKey: 'x' } }, inspector))).toEqual([
      'input.clientKey:TOO_SHORT',
    ]);
    expect(fieldReasons(await t.gql(SUBMIT, { input: { ...(await adHoc(inspector)), projectId: null } }, inspector))).toEqual([
      'input.projectId:REQUIRED',
    ]);
    const stranger = await t.gql(
      SUBMIT,
      { input: { ...(await adHoc(inspector)), projectId: '00000000-0000-4000-8000-000000000000' } },
      inspector,
    );
    expect(codes(stranger)).toEqual(['NOT_FOUND']);
  });

  it('only inspecting roles perform ad-hoc inspections, regional operations in their regions', async () => {
    const noSignature = { clientKey: randomUUID(), projectId: ids['SH-002'], templateId: ids['住宅日常品质巡检表'], items: results() };
    expect(codes(await t.gql(SUBMIT, { input: noSignature }, viewer))).toEqual(['FORBIDDEN']);
    const hr = await t.token('hr@demo.test');
    expect(codes(await t.gql(SUBMIT, { input: await adHoc(hr) }, hr))).toEqual(['FORBIDDEN']);
    // 赵磊 runs 华东 (SH-…); 滨江购物广场 (GZ-001) is in 华南.
    expect(codes(await t.gql(SUBMIT, { input: { ...(await adHoc(ops)), projectId: ids['GZ-001'] } }, ops))).toEqual(['NOT_FOUND']);
    expect((await t.ok(SUBMIT, { input: await adHoc(ops) }, ops)).submitInspection.passed).toBe(true);
  });

  it('saves drafts by clientKey, visible to their author only, and submits the draft', async () => {
    const clientKey = randomUUID();
    const partial = {
      clientKey,
      projectId: ids['SH-002'],
      templateId: ids['住宅日常品质巡检表'],
      items: [{ itemKey: items['OPS-CLN-01'].key, result: 'PASS' }, { itemKey: items['OPS-SEC-02'].key }],
    };
    const d1 = (await t.ok(DRAFT, { input: partial }, inspector)).saveInspectionDraft;
    expect(d1).toMatchObject({
      status: 'DRAFT',
      passed: null,
      submittedAt: null,
      items: [
        { id: null, result: 'PASS' },
        { id: null, result: null },
      ],
    });
    const d2 = (await t.ok(DRAFT, { input: { ...partial, note: '下午继续', items: results().slice(0, 3) } }, inspector))
      .saveInspectionDraft;
    expect(d2.id).toBe(d1.id);
    expect(d2.version).toBe(d1.version + 1);
    expect(codes(await t.gql('query($id: ID!) { inspection(id: $id) { id } }', { id: d1.id }, quality))).toEqual(['NOT_FOUND']);
    const mine = await t.ok('{ inspections(filter: { status: DRAFT }) { nodes { id } } }', {}, inspector);
    expect(mine.inspections.nodes.map((n: any) => n.id)).toContain(d1.id);
    // Drafts refuse impossible values too, but not missing results.
    expect(
      fieldReasons(await t.gql(DRAFT, { input: { ...partial, items: [{ itemKey: items['OPS-SEC-01'].key, result: 'NA' }] } }, inspector)),
    ).toEqual(['input.items.0.result:INVALID_VALUE']);

    const submitted = (await t.ok(SUBMIT, { input: { clientKey, signatureFileId: await upload(inspector), items: results() } }, inspector))
      .submitInspection;
    expect(submitted).toMatchObject({ id: d1.id, status: 'SUBMITTED', passed: true, scorePercent: 100 });
    expect(fieldReasons(await t.gql(DRAFT, { input: partial }, inspector))).toEqual(['input.clientKey:INVALID_TRANSITION']);
  });
});

describe('planned inspections and rectifications', () => {
  // Wednesday 6 March 2030, Asia/Shanghai (UTC+8).
  const MAR_6_0910 = '2030-03-06T01:10:00Z';
  let occurrenceId: string;

  beforeAll(async () => {
    t.setNow('2030-03-01T00:00:00Z');
    const f = await t.ok(
      'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id } }',
      {
        p: ids['SH-001'],
        input: {
          templateId: ids['住宅日常品质巡检表'],
          rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
          windowMinutes: 120,
          allowLate: false,
          startDate: '2030-03-04',
          assigneeUserId: ids['inspector@demo.test'],
        },
      },
      quality,
    );
    const occ = await t.ok(
      'query($s: OccurrenceScope!) { inspectionOccurrences(scope: $s, first: 100) { nodes { id localDate frequency { id } } } }',
      { s: { from: '2030-03-04', to: '2030-03-08', projectId: ids['SH-001'] } },
      quality,
    );
    for (const o of occ.inspectionOccurrences.nodes)
      if (o.frequency.id === f.createInspectionFrequency.id) ids[`occ-${o.localDate}`] = o.id;
    occurrenceId = ids['occ-2030-03-06'];
    t.setNow(null);
  });

  it('refuses a planned inspection that is not due, or by someone it is not assigned to', async () => {
    t.setNow('2030-03-05T00:00:00Z');
    const early = await t.gql(
      SUBMIT,
      { input: { clientKey: randomUUID(), occurrenceId, signatureFileId: await upload(inspector), items: results() } },
      inspector,
    );
    expect(fieldReasons(early)).toEqual(['input.occurrenceId:INVALID_TRANSITION']);
    t.setNow(MAR_6_0910);
    const notMine = await t.gql(
      SUBMIT,
      { input: { clientKey: randomUUID(), occurrenceId, signatureFileId: await upload(ops), items: results() } },
      ops,
    );
    expect(codes(notMine)).toEqual(['FORBIDDEN']);
  });

  it('fails the inspection on a failed critical item, completes the occurrence and opens a rectification for the project manager', async () => {
    t.setNow(MAR_6_0910);
    const input = {
      clientKey: randomUUID(),
      occurrenceId,
      signatureFileId: await upload(inspector),
      items: results({ 'OPS-SEC-02': { result: 'FAIL', score: 14, note: '3号楼消防通道堆放杂物' } }),
    };
    const i = (await t.ok(SUBMIT, { input }, inspector)).submitInspection;
    // 59 of 60 points, above the pass mark of 85, but the critical item failed.
    expect(i).toMatchObject({
      scorePercent: 98.33,
      passed: false,
      criticalFailed: true,
      localDate: '2030-03-06',
      occurrence: { id: occurrenceId, state: 'COMPLETED' },
    });
    expect(i.rectifications).toEqual([
      {
        id: expect.any(String),
        state: 'OPEN',
        automatic: true,
        owner: { email: 'ops@demo.test' },
        deadline: '2030-03-09T01:10:00.000Z',
        overdue: false,
        description: '3号楼消防通道堆放杂物',
      },
    ]);
    expect(i.items.find((x: any) => x.standard.code === 'OPS-SEC-02').rectification).toEqual({ id: i.rectifications[0].id, state: 'OPEN' });
    ids['criticalRect'] = i.rectifications[0].id;
    // Submitting it again (a retry) changes nothing and is not refused as "already recorded".
    expect((await t.ok(SUBMIT, { input }, inspector)).submitInspection.id).toBe(i.id);
    expect(fieldReasons(await t.gql(SUBMIT, { input: { ...input, clientKey: randomUUID() } }, inspector))).toEqual([
      'input.occurrenceId:INVALID_TRANSITION',
    ]);
  });

  it('goes OPEN → SUBMITTED → rejected → SUBMITTED → VERIFIED; the submitter never verifies their own', async () => {
    t.setNow('2030-03-07T02:00:00Z');
    const id = ids['criticalRect'];
    const noPhoto = await t.gql('mutation($id: ID!) { submitRectification(id: $id, note: "已清理") { id } }', { id }, ops);
    expect(fieldReasons(noPhoto)).toEqual(['evidenceIds:REQUIRED']);
    expect(codes(await t.gql('mutation($id: ID!) { verifyRectification(id: $id) { id } }', { id }, quality))).toEqual(['BAD_USER_INPUT']); // nothing submitted yet
    const photo = await upload(ops, jpeg(), 'image/jpeg');
    const foreignPhoto = await upload(inspector, jpeg(), 'image/jpeg');
    expect(
      fieldReasons(
        await t.gql(
          'mutation($id: ID!, $e: [ID!]!) { submitRectification(id: $id, evidenceIds: $e) { id } }',
          { id, e: [foreignPhoto] },
          ops,
        ),
      ),
    ).toEqual(['evidenceIds:INVALID_VALUE']);
    const submitted = await t.ok(
      `mutation($id: ID!, $e: [ID!]!) { submitRectification(id: $id, note: "杂物已清理", evidenceIds: $e) { ${RECT} } }`,
      { id, e: [photo] },
      ops,
    );
    expect(submitted.submitRectification).toMatchObject({ state: 'SUBMITTED', submittedBy: { email: 'ops@demo.test' } });

    const own = await t.gql('mutation($id: ID!) { verifyRectification(id: $id) { id } }', { id }, ops);
    expect(codes(own)).toEqual(['FORBIDDEN']);
    expect(own.errors![0].message).toMatch(/someone else/);
    expect(codes(await t.gql('mutation($id: ID!) { verifyRectification(id: $id) { id } }', { id }, inspector))).toEqual(['FORBIDDEN']);
    expect(fieldReasons(await t.gql('mutation($id: ID!) { rejectRectification(id: $id, reason: " ") { id } }', { id }, quality))).toEqual([
      'reason:REQUIRED',
    ]);
    const rejected = await t.ok(
      `mutation($id: ID!) { rejectRectification(id: $id, reason: "照片看不清通道") { ${RECT} } }`,
      { id },
      quality,
    );
    expect(rejected.rejectRectification).toMatchObject({ state: 'OPEN', rejections: 1, submittedBy: null });

    t.setNow('2030-03-08T02:00:00Z');
    const photo2 = await upload(ops, jpeg(), 'image/jpeg');
    await t.ok('mutation($id: ID!, $e: [ID!]!) { submitRectification(id: $id, evidenceIds: $e) { id } }', { id, e: [photo2] }, ops);
    const verified = await t.ok(`mutation($id: ID!) { verifyRectification(id: $id, note: "复查合格") { ${RECT} } }`, { id }, quality);
    expect(verified.verifyRectification).toMatchObject({ state: 'VERIFIED', verifiedBy: { email: 'quality@demo.test' }, overdue: false });
    expect(
      verified.verifyRectification.history.map((h: any) => [h.action, h.fromState, h.toState, h.user.email, h.note, h.evidence.length]),
    ).toEqual([
      ['CREATED', null, 'OPEN', 'inspector@demo.test', null, 0],
      ['SUBMITTED', 'OPEN', 'SUBMITTED', 'ops@demo.test', '杂物已清理', 1],
      ['REJECTED', 'SUBMITTED', 'OPEN', 'quality@demo.test', '照片看不清通道', 0],
      ['SUBMITTED', 'OPEN', 'SUBMITTED', 'ops@demo.test', null, 1],
      ['VERIFIED', 'SUBMITTED', 'VERIFIED', 'quality@demo.test', '复查合格', 0],
    ]);
    expect(verified.verifyRectification.history[2].at).toBe('2030-03-07T02:00:00.000Z');
    expect(codes(await t.gql('mutation($id: ID!) { rejectRectification(id: $id, reason: "x") { id } }', { id }, admin))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('flags rectifications overdue once the deadline passes, until verified', async () => {
    t.setNow('2030-03-07T01:30:00Z');
    const i = (
      await t.ok(
        SUBMIT,
        {
          input: {
            clientKey: randomUUID(),
            occurrenceId: ids['occ-2030-03-07'],
            signatureFileId: await upload(inspector),
            items: results({
              'OPS-SEC-02': { result: 'FAIL', rectification: { deadline: '2030-03-08T01:30:00Z', evidenceRequired: false } },
            }),
          },
        },
        inspector,
      )
    ).submitInspection;
    const id = i.rectifications[0].id;
    const overdue = (now: string) => {
      t.setNow(now);
      return t.ok(
        'query($id: ID!, $p: ID!) { rectification(id: $id) { overdue } rectifications(filter: { projectId: $p, overdue: true }) { nodes { id } } }',
        { id, p: ids['SH-001'] },
        quality,
      );
    };
    let r = await overdue('2030-03-08T01:29:00Z');
    expect(r.rectification.overdue).toBe(false);
    expect(r.rectifications.nodes.map((n: any) => n.id)).not.toContain(id);
    r = await overdue('2030-03-08T01:31:00Z');
    expect(r.rectification.overdue).toBe(true);
    expect(r.rectifications.nodes.map((n: any) => n.id)).toContain(id);
    // Evidence not required here: the owner submits with a note only; the Quality Center verifies late.
    await t.ok('mutation($id: ID!) { submitRectification(id: $id, note: "已整改") { id } }', { id }, ops);
    expect((await overdue('2030-03-09T00:00:00Z')).rectification.overdue).toBe(true);
    await t.ok('mutation($id: ID!) { verifyRectification(id: $id) { id } }', { id }, quality);
    expect((await overdue('2030-03-09T00:00:00Z')).rectification.overdue).toBe(false);
  });

  it('records a planned inspection once when two devices submit it at the same time', async () => {
    t.setNow('2030-03-08T01:30:00Z');
    const occ = ids['occ-2030-03-08'];
    const input = async () => ({ clientKey: randomUUID(), occurrenceId: occ, signatureFileId: await upload(inspector), items: results() });
    const [a, b] = await Promise.all([
      t.gql(SUBMIT, { input: await input() }, inspector),
      t.gql(SUBMIT, { input: await input() }, inspector),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? fieldReasons(r).join() : 'stored')).sort();
    expect(outcomes).toEqual(['input.occurrenceId:INVALID_TRANSITION', 'stored']);
    const o = await t.ok('query($id: ID!) { inspectionOccurrence(id: $id) { state } }', { id: occ }, quality);
    expect(o.inspectionOccurrence.state).toBe('COMPLETED');
  });

  it('opens a rectification by choice for a non-critical failed item, once, and only for failed items', async () => {
    const bad = await t.gql('mutation($id: ID!) { createRectification(itemResultId: $id) { id } }', { id: ids['passedResult'] }, quality);
    expect(fieldReasons(bad)).toEqual(['itemResultId:INVALID_VALUE']);
    expect(
      codes(await t.gql('mutation($id: ID!) { createRectification(itemResultId: $id) { id } }', { id: ids['failedFloorResult'] }, viewer)),
    ).toEqual(['FORBIDDEN']);
    const r = await t.ok(
      `mutation($id: ID!, $input: RectificationOptionsInput) { createRectification(itemResultId: $id, input: $input) { ${RECT} } }`,
      { id: ids['failedFloorResult'], input: { ownerUserId: ids['ops@demo.test'] } },
      inspector,
    );
    expect(r.createRectification).toMatchObject({
      state: 'OPEN',
      automatic: false,
      owner: { email: 'ops@demo.test' },
      description: '大堂地面有污渍',
      history: [{ action: 'CREATED', user: { email: 'inspector@demo.test' } }],
    });
    expect(
      fieldReasons(
        await t.gql('mutation($id: ID!) { createRectification(itemResultId: $id) { id } }', { id: ids['failedFloorResult'] }, quality),
      ),
    ).toEqual(['itemResultId:TAKEN']);
    const mine = await t.ok('{ rectifications(filter: { mine: true, states: [OPEN] }) { nodes { id } } }', {}, ops);
    expect(mine.rectifications.nodes.map((n: any) => n.id)).toContain(r.createRectification.id);
    // A rectification asked for on a passed item at submission is refused with its path.
    const input = await adHoc(inspector, { items: results({ 'OPS-CLN-02': { rectification: { description: 'x' } } }) });
    expect(fieldReasons(await t.gql(SUBMIT, { input }, inspector))).toEqual(['input.items.1.rectification:INVALID_VALUE']);
  });

  it('keeps another company out of inspections, rectifications and files', async () => {
    expect(codes(await t.gql('query($id: ID!) { inspection(id: $id) { id } }', { id: ids['scoredInspection'] }, otherAdmin))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await t.gql('query($id: ID!) { rectification(id: $id) { id } }', { id: ids['criticalRect'] }, otherAdmin))).toEqual([
      'NOT_FOUND',
    ]);
    const lists = await t.ok('{ inspections { totalCount } rectifications { totalCount } }', {}, otherAdmin);
    expect(lists).toEqual({ inspections: { totalCount: 0 }, rectifications: { totalCount: 0 } });
    const theirs = await upload(otherAdmin);
    const r = await t.gql(SUBMIT, { input: { ...(await adHoc(inspector)), signatureFileId: theirs } }, inspector);
    expect(fieldReasons(r)).toEqual(['input.signatureFileId:NOT_FOUND']);
  });
});

/**
 * The offline conflict rule for a republished checklist (issue 19): a phone that filled in a
 * version while the Quality Center published the next one is recorded against the version it
 * filled in — every answer kept — for as long as a record may wait on a phone (31 days after the
 * successor was published, as far back as performedAt may lie); later it is refused at
 * input.templateVersionId and stays on the phone with that reason.
 * Last in the file: it publishes a new version of the residential checklist.
 */
describe('a checklist republished while a phone was offline', () => {
  it('records the answers against the version filled in, for as long as a record may wait on a phone', async () => {
    const templateId = ids['住宅日常品质巡检表']!;
    const before = await t.ok(
      `query($id: ID!) { inspectionTemplate(id: $id) { latestVersion { id number } } }`,
      { id: templateId },
      quality,
    );
    const filledIn = before.inspectionTemplate.latestVersion;
    // The phone downloaded `filledIn`; meanwhile the Quality Center publishes the next version.
    const draft = await t.ok(
      `mutation($id: ID!) { startInspectionTemplateDraft(templateId: $id) { version } }`,
      { id: templateId },
      quality,
    );
    const published = await t.ok(
      `mutation($id: ID!, $v: Int!) { publishInspectionTemplate(templateId: $id, changeSummary: "离线期间重新发布", expectedVersion: $v) { id number } }`,
      { id: templateId, v: draft.startInspectionTemplateDraft.version },
      quality,
    );
    expect(published.publishInspectionTemplate.number).toBe(filledIn.number + 1);

    const input = await adHoc(inspector, {
      templateVersionId: filledIn.id,
      items: results({ 'OPS-SEC-01': { result: 'FAIL', note: '离线时填写' } }),
    });
    const stored = (await t.ok(SUBMIT, { input }, inspector)).submitInspection;
    expect(stored.templateVersion.number).toBe(filledIn.number);
    expect(stored.items).toHaveLength(Object.keys(items).length);
    expect(stored.items.find((i: any) => i.standard.code === 'OPS-SEC-01').result).toBe('FAIL');
    const latest = await t.ok(
      `query($id: ID!) { inspection(id: $id) { template { latestVersion { number } } } }`,
      { id: stored.id },
      inspector,
    );
    expect(latest.inspection.template.latestVersion.number).toBe(filledIn.number + 1);
    // Sent again (the phone did not hear the answer): the same inspection.
    expect((await t.ok(SUBMIT, { input }, inspector)).submitInspection.id).toBe(stored.id);

    // Without a version the latest one is used; a version of another checklist is not accepted.
    const plain = (await t.ok(SUBMIT, { input: await adHoc(inspector) }, inspector)).submitInspection;
    expect(plain.templateVersion.number).toBe(filledIn.number + 1);
    const others = await t.ok('{ inspectionTemplates { nodes { id latestVersion { id } } } }', {}, quality);
    const other = others.inspectionTemplates.nodes.find((x: any) => x.id !== templateId && x.latestVersion);
    const foreign = await t.gql(SUBMIT, { input: await adHoc(inspector, { templateVersionId: other.latestVersion.id }) }, inspector);
    expect(fieldReasons(foreign)).toEqual(['input.templateVersionId:NOT_FOUND']);

    // More than 31 days (INSPECTION_RULES.performedDaysAgo) after the successor was published, the old version is refused with its path.
    const lateInput = await adHoc(inspector, { templateVersionId: filledIn.id });
    t.setNow(new Date(Date.now() + 32 * 24 * 3600_000).toISOString());
    t.forgetTokens(); // a month later: signed in again
    const late = await t.gql(SUBMIT, { input: lateInput }, await t.token('inspector@demo.test'));
    t.forgetTokens();
    expect(codes(late)).toEqual(['BAD_USER_INPUT']);
    expect(fieldReasons(late)).toEqual(['input.templateVersionId:OUT_OF_RANGE']);
  });
});
