import { FIXED_NOW, TestApp, codes, fieldReasons } from '@pinzhi/api-testing';
import { Open } from 'unzipper';

/**
 * The platform operator's 数据导出与注销 (issue 27: "downloadable by its admin and the operator"):
 * for any company, the same export job and archive as its admin's, downloadable over the
 * operator's own route; scheduling and cancelling the company's deletion. Every action is in the
 * platform trail and in the company's own trail (no member as actor, the operator named). The
 * operator sees export metadata only; company members cannot open the operator's route and the
 * operator cannot open the company's.
 */
let t: TestApp;
let operator: string;
let otherAdmin: string;
let demoAdmin: string;
let otherId: string;
let demoId: string;

const LIFECYCLE = `query($id: ID!) { platformCompanyLifecycle(companyId: $id) {
  companyId companyCode exportRetentionDays deletionGraceDays
  exports { id state requestedByPlatform bytes tableCount rowCount fileCount downloadPath expiresAt createdAt finishedAt error }
  deletion { id state dueAt requestedByPlatform cancelledAt }
} }`;

beforeAll(async () => {
  t = await TestApp.start({ seedNow: FIXED_NOW, now: FIXED_NOW });
  operator = (await t.ok('mutation { platformLogin(email: "operator@platform.test", password: "pinzhi-demo") { token } }')).platformLogin
    .token;
  otherAdmin = await t.token('admin@other.test');
  demoAdmin = await t.token('admin@demo.test');
  const companies = (await t.ok('{ platformCompanies(limit: 100) { nodes { id code } } }', {}, operator)).platformCompanies.nodes;
  otherId = companies.find((c: { code: string }) => c.code === 'other').id;
  demoId = companies.find((c: { code: string }) => c.code === 'demo').id;
  await t.runDueJobs();
});
afterAll(() => t.stop());

describe("the platform operator's export of a company", () => {
  let downloadPath: string;
  let exportId: string;

  it('requests the same export job as the admin, sees it READY with its counts, and nothing of its contents', async () => {
    const empty = (await t.ok(LIFECYCLE, { id: otherId }, operator)).platformCompanyLifecycle;
    expect(empty).toMatchObject({ companyId: otherId, companyCode: 'other', exports: [], deletion: null });
    expect(empty.deletionGraceDays).toBeGreaterThan(0);

    const requested = (
      await t.ok(
        'mutation($id: ID!) { platformRequestCompanyExport(companyId: $id) { id state downloadPath requestedByPlatform } }',
        { id: otherId },
        operator,
      )
    ).platformRequestCompanyExport;
    expect(requested).toMatchObject({ state: 'REQUESTED', downloadPath: null, requestedByPlatform: true });
    exportId = requested.id;
    // The company's admin sees the same export in 设置 → 数据导出与注销, requested by nobody of theirs.
    const adminView = (await t.ok('{ companyExports { id state requestedByName } }', {}, otherAdmin)).companyExports;
    expect(adminView).toEqual([{ id: exportId, state: 'REQUESTED', requestedByName: null }]);

    await t.runDueJobs();
    const ready = (await t.ok(LIFECYCLE, { id: otherId }, operator)).platformCompanyLifecycle.exports;
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ id: exportId, state: 'READY', requestedByPlatform: true, error: null });
    expect(ready[0].bytes).toBeGreaterThan(1000);
    expect(ready[0].tableCount).toBeGreaterThan(10);
    expect(ready[0].rowCount).toBeGreaterThan(0);
    downloadPath = ready[0].downloadPath;
    expect(downloadPath).toBe(`/downloads/platform/companies/${otherId}/exports/${exportId}.zip`);
    // The other company's list is its own.
    expect((await t.ok(LIFECYCLE, { id: demoId }, operator)).platformCompanyLifecycle.exports).toEqual([]);
  });

  it("downloads the archive over its own route (streamed), which holds the company's tables", async () => {
    const res = await t.get(downloadPath, operator);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''other-export-/);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    const archive = new Map<string, Buffer>();
    for (const file of (await Open.buffer(res.body)).files) archive.set(file.path, await file.buffer());
    const manifest = JSON.parse(archive.get('manifest.json')!.toString());
    expect(manifest.company).toMatchObject({ id: otherId, slug: 'other' });
    expect(archive.has('tables/project.json')).toBe(true);
    const projects = JSON.parse(archive.get('tables/project.json')!.toString());
    expect(projects.length).toBe(manifest.tables.project);
    expect(projects.every((p: { tenantId: string }) => p.tenantId === otherId)).toBe(true);
  });

  it("is the operator's route only: members are FORBIDDEN, another company's id NOT_FOUND, and the operator cannot use the admin's", async () => {
    // The company's own admin (and any member) cannot open the operator's route.
    for (const token of [otherAdmin, demoAdmin]) {
      const r = await t.get(downloadPath, token);
      expect(r.status).toBe(403);
      expect(JSON.parse(r.body.toString()).error.code).toBe('FORBIDDEN');
    }
    expect((await t.get(downloadPath, null)).status).toBe(401);
    // The export under another company's id: NOT_FOUND (the tenant scope), a malformed company id too.
    for (const path of [
      `/downloads/platform/companies/${demoId}/exports/${exportId}.zip`,
      `/downloads/platform/companies/x/exports/${exportId}.zip`,
    ]) {
      const r = await t.get(path, operator);
      expect(r.status).toBe(404);
      expect(JSON.parse(r.body.toString()).error.code).toBe('NOT_FOUND');
    }
    // The admin's route and operations are not the operator's.
    expect((await t.get(`/downloads/company-exports/${exportId}.zip`, operator)).status).toBe(403);
    for (const doc of [
      '{ companyExports { id } }',
      'mutation { requestCompanyExport { id } }',
      'mutation { requestCompanyDeletion(confirmCode: "other") { id } }',
      'mutation { cancelCompanyDeletion { id } }',
    ])
      expect(codes(await t.gql(doc, {}, operator))).toEqual(['FORBIDDEN']);
    // And the operator's operations are not a member's.
    for (const doc of [
      `query { platformCompanyLifecycle(companyId: "${otherId}") { companyId } }`,
      `mutation { platformRequestCompanyExport(companyId: "${otherId}") { id } }`,
      `mutation { platformRequestCompanyDeletion(companyId: "${otherId}", confirmCode: "other") { id } }`,
      `mutation { platformCancelCompanyDeletion(companyId: "${otherId}") { id } }`,
    ]) {
      expect(codes(await t.gql(doc, {}, otherAdmin))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(doc, {}, null))).toEqual(['UNAUTHENTICATED']);
    }
    // A company that does not exist (or a malformed id): NOT_FOUND, nothing written.
    for (const id of ['00000000-0000-4000-8000-000000000000', 'x']) {
      expect(codes(await t.gql(LIFECYCLE, { id }, operator))).toEqual(['NOT_FOUND']);
      expect(codes(await t.gql('mutation($id: ID!) { platformRequestCompanyExport(companyId: $id) { id } }', { id }, operator))).toEqual([
        'NOT_FOUND',
      ]);
    }
    // The admin still downloads it over theirs.
    expect((await t.get(`/downloads/company-exports/${exportId}.zip`, otherAdmin)).status).toBe(200);
  });
});

describe("the platform operator's deletion of a company", () => {
  const SCHEDULE =
    'mutation($id: ID!, $code: String!) { platformRequestCompanyDeletion(companyId: $id, confirmCode: $code) { id state dueAt requestedByPlatform } }';

  it('schedules it after the grace period, confirmed with the company code, and cancels it', async () => {
    const wrong = await t.gql(SCHEDULE, { id: otherId, code: 'demo' }, operator);
    expect(fieldReasons(wrong)).toEqual(['confirmCode:INVALID_VALUE']);

    const scheduled = (await t.ok(SCHEDULE, { id: otherId, code: 'other' }, operator)).platformRequestCompanyDeletion;
    expect(scheduled).toMatchObject({ state: 'SCHEDULED', requestedByPlatform: true });
    const { deletionGraceDays } = (await t.ok(LIFECYCLE, { id: otherId }, operator)).platformCompanyLifecycle;
    expect(new Date(scheduled.dueAt).getTime() - new Date(FIXED_NOW).getTime()).toBe(deletionGraceDays * 86_400_000);
    // The company's members see the banner.
    expect((await t.ok('{ companyDeletion { id state } }', {}, otherAdmin)).companyDeletion).toEqual({
      id: scheduled.id,
      state: 'SCHEDULED',
    });
    expect((await t.ok(LIFECYCLE, { id: otherId }, operator)).platformCompanyLifecycle.deletion).toMatchObject({
      id: scheduled.id,
      state: 'SCHEDULED',
    });

    const cancelled = (
      await t.ok('mutation($id: ID!) { platformCancelCompanyDeletion(companyId: $id) { id state cancelledAt } }', { id: otherId }, operator)
    ).platformCancelCompanyDeletion;
    expect(cancelled).toMatchObject({ id: scheduled.id, state: 'CANCELLED' });
    expect(cancelled.cancelledAt).not.toBeNull();
    expect((await t.ok('{ companyDeletion { id } }', {}, otherAdmin)).companyDeletion).toBeNull();
    expect((await t.ok(LIFECYCLE, { id: otherId }, operator)).platformCompanyLifecycle.deletion).toBeNull();
    // Nothing left to cancel.
    expect(
      codes(await t.gql('mutation($id: ID!) { platformCancelCompanyDeletion(companyId: $id) { id } }', { id: otherId }, operator)),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('audit', () => {
  it('is in the platform trail, labelled, with the company named', async () => {
    const r = await t.ok(
      'query($id: ID) { platformAuditEntries(companyId: $id, limit: 100) { nodes { operation entity entityId operatorEmail companyName changes { field to } } } }',
      { id: otherId },
      operator,
    );
    const ops = r.platformAuditEntries.nodes.map((n: { operation: string }) => n.operation);
    for (const op of ['requestCompanyExport', 'downloadCompanyExport', 'requestCompanyDeletion', 'cancelCompanyDeletion'])
      expect(ops).toContain(op);
    for (const n of r.platformAuditEntries.nodes.filter((x: { operation: string }) => ops.includes(x.operation)))
      expect(n).toMatchObject({ operatorEmail: 'operator@platform.test', companyName: '其他物业' });
  });

  it("is in the company's own trail as done by the platform operator (no member)", async () => {
    const r = await t.ok(
      '{ auditEntries(first: 100, filter: { entity: "CompanyExport" }) { nodes { operation user { id } changes } } }',
      {},
      otherAdmin,
    );
    const requested = r.auditEntries.nodes.find((n: { operation: string }) => n.operation === 'requestCompanyExport');
    expect(requested).toMatchObject({ user: null, changes: { platformOperator: { from: null, to: 'operator@platform.test' } } });
    const downloads = r.auditEntries.nodes.filter((n: { operation: string }) => n.operation === 'downloadCompanyExport');
    // One by the operator, one by the admin.
    expect(downloads.map((d: { user: unknown }) => d.user === null).sort()).toEqual([false, true]);
    const deletions = await t.ok(
      '{ auditEntries(first: 100, filter: { entity: "CompanyDeletion" }) { nodes { operation user { id } changes } } }',
      {},
      otherAdmin,
    );
    const ops = deletions.auditEntries.nodes.map((n: { operation: string; changes: Record<string, { to: unknown }> }) => [
      n.operation,
      n.changes['platformOperator']?.to,
    ]);
    expect(ops).toEqual(
      expect.arrayContaining([
        ['requestCompanyDeletion', 'operator@platform.test'],
        ['cancelCompanyDeletion', 'operator@platform.test'],
      ]),
    );
  });
});
