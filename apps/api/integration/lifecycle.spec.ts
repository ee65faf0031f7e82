import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FIXED_NOW, TestApp, codes, pastTenantScope } from '@pinzhi/api-testing';
import { Open } from 'unzipper';
import { backgroundOf } from '@pinzhi/api-server';

/**
 * Leaving (issue 27): a company's full export and its deletion after a grace period. The must-show:
 * export then delete the `other` demo company — the archive holds every row of it (counts and ids
 * per table match the database), and afterwards no row or file of it remains while the `demo`
 * company's counts per table are unchanged.
 */
let t: TestApp;
let demoAdmin: string;
let otherAdmin: string;
let tenants: Record<string, string>;

const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

const q = (name: string) => (t.dialect === 'mysql' ? `\`${name}\`` : `"${name}"`);

/** Every table with a tenantId column, from the entity metadata (independent of the export's own list). */
function tenantTables(): string[] {
  return t.dataSource.entityMetadatas
    .filter((m) => m.columns.some((c) => c.propertyName === 'tenantId'))
    .map((m) => m.tableName)
    .sort();
}

async function directCounts(tenantId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tenantTables()) {
    const [row] = await pastTenantScope(() =>
      t.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)} WHERE ${q('tenantId')} = ?`, [tenantId]),
    );
    out[table] = Number(row.n);
  }
  return out;
}

async function directIds(table: string, tenantId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await pastTenantScope(() =>
    t.dataSource.query(`SELECT id FROM ${q(table)} WHERE ${q('tenantId')} = ?`, [tenantId]),
  );
  return rows.map((r) => r.id).sort();
}

const EXPORTS = '{ companyExports { id state bytes tableCount rowCount fileCount downloadPath expiresAt requestedByName } }';

beforeAll(async () => {
  t = await TestApp.start({ seedNow: FIXED_NOW, now: FIXED_NOW });
  demoAdmin = await t.token('admin@demo.test');
  otherAdmin = await t.token('admin@other.test');
  const rows: Array<{ id: string; slug: string }> = await t.dataSource.query('SELECT id, slug FROM tenant');
  tenants = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
  // Settle what is due now (recurring sweeps), so the counts below only move by what the test does.
  await t.runDueJobs();
});
afterAll(() => t.stop());

describe('company export', () => {
  it('is for the company admin only', async () => {
    const viewer = await t.token('viewer@demo.test');
    expect(codes(await t.gql('mutation { requestCompanyExport { id } }', {}, viewer))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(EXPORTS, {}, viewer))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql('mutation { requestCompanyDeletion(confirmCode: "demo") { id } }', {}, viewer))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql('mutation { cancelCompanyDeletion { id } }', {}, viewer))).toEqual(['FORBIDDEN']);
  });

  it('covers every entity with a tenant column (a new entity cannot be forgotten)', () => {
    const exported = backgroundOf(t.app)
      .lifecycle.service.tables()
      .map((x) => x.table)
      .sort();
    expect(exported).toEqual(tenantTables());
    expect(exported).toEqual(expect.arrayContaining(['project', 'membership', 'evidence_file', 'audit_entry', 'job', 'company_export']));
  });
});

describe('export then delete the other company (must show)', () => {
  let otherFileKey: string;
  let demoBefore: Record<string, number>;
  let archive: Map<string, Buffer>;

  it('exports every row and file of the company, downloadable by its admin only', async () => {
    const upload = await t.upload(png(), 'image/png', otherAdmin);
    expect(upload.status).toBe(201);
    otherFileKey = `${tenants['other']}/${upload.json.id}`;
    const consultant = await t.token('consultant@pinzhi.test', 'other');

    const requested = await t.ok('mutation { requestCompanyExport { id state downloadPath } }', {}, otherAdmin);
    expect(requested.requestCompanyExport).toMatchObject({ state: 'REQUESTED', downloadPath: null });
    // Asking again while it waits gives the same export.
    const again = await t.ok('mutation { requestCompanyExport { id } }', {}, otherAdmin);
    expect(again.requestCompanyExport.id).toBe(requested.requestCompanyExport.id);

    await t.runDueJobs();
    const list = (await t.ok(EXPORTS, {}, otherAdmin)).companyExports;
    expect(list).toHaveLength(1);
    const ready = list[0];
    expect(ready).toMatchObject({ state: 'READY', fileCount: 1, tableCount: tenantTables().length, requestedByName: expect.any(String) });
    expect(ready.bytes).toBeGreaterThan(1000);
    expect(ready.downloadPath).toBe(`/downloads/company-exports/${ready.id}.zip`);

    // Another company's admin: NOT_FOUND; no token: 401; a non-admin of the company: 403.
    const foreign = await t.get(ready.downloadPath, demoAdmin);
    expect(foreign.status).toBe(404);
    expect(JSON.parse(foreign.body.toString()).error.code).toBe('NOT_FOUND');
    expect((await t.get(ready.downloadPath, null)).status).toBe(401);
    expect((await t.get(ready.downloadPath, consultant)).status).toBe(403);
    expect((await t.ok(EXPORTS, {}, demoAdmin)).companyExports).toEqual([]);

    const res = await t.get(ready.downloadPath, otherAdmin);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''other-export-/);
    archive = new Map();
    for (const file of (await Open.buffer(res.body)).files) archive.set(file.path, await file.buffer());

    const manifest = JSON.parse(archive.get('manifest.json')!.toString());
    expect(manifest.company).toMatchObject({ id: tenants['other'], slug: 'other' });
    // Every tenant-owned table is there, with exactly the company's rows (the download's own audit entry came after).
    const counts = await directCounts(tenants['other']);
    counts['audit_entry'] -= 1;
    expect(Object.keys(manifest.tables).sort()).toEqual(tenantTables());
    expect(manifest.tables).toEqual(counts);
    for (const table of tenantTables()) {
      const rows: Array<{ id: string; tenantId: string }> = JSON.parse(archive.get(`tables/${table}.json`)!.toString());
      expect(rows.length).toBe(counts[table]);
      expect(rows.every((r) => r.tenantId === tenants['other'])).toBe(true);
      if (table !== 'audit_entry') expect(rows.map((r) => r.id).sort()).toEqual(await directIds(table, tenants['other']));
    }
    expect(counts['project']).toBeGreaterThan(0);
    expect(archive.get(`files/${otherFileKey}`)).toBeDefined();
    const members = JSON.parse(archive.get('members.json')!.toString());
    expect(members.map((m: { email: string }) => m.email)).toEqual(expect.arrayContaining(['admin@other.test', 'consultant@pinzhi.test']));
    expect(JSON.stringify(members)).not.toMatch(/passwordHash/);

    // The request and the download are in the audit trail.
    const audit: Array<{ operation: string }> = await pastTenantScope(() =>
      t.dataSource.query(`SELECT operation FROM ${q('audit_entry')} WHERE ${q('tenantId')} = ? AND entity = 'CompanyExport'`, [
        tenants['other'],
      ]),
    );
    expect(audit.map((a) => a.operation).sort()).toEqual(['downloadCompanyExport', 'requestCompanyExport']);
  });

  it('schedules the deletion after the grace period, shows it to every member, and can cancel it', async () => {
    const wrong = await t.gql('mutation { requestCompanyDeletion(confirmCode: "demo") { id } }', {}, otherAdmin);
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    const scheduled = await t.ok('mutation { requestCompanyDeletion(confirmCode: "other") { id state dueAt } }', {}, otherAdmin);
    expect(new Date(scheduled.requestCompanyDeletion.dueAt).getTime()).toBe(new Date(FIXED_NOW).getTime() + 30 * 86_400_000);
    const consultant = await t.token('consultant@pinzhi.test', 'other');
    expect((await t.ok('{ companyDeletion { id state } }', {}, consultant)).companyDeletion).toMatchObject({ state: 'SCHEDULED' });
    expect((await t.ok('{ companyDeletion { id } }', {}, demoAdmin)).companyDeletion).toBeNull();

    const cancelled = await t.ok('mutation { cancelCompanyDeletion { id state } }', {}, otherAdmin);
    expect(cancelled.cancelCompanyDeletion).toEqual({ id: scheduled.requestCompanyDeletion.id, state: 'CANCELLED' });
    expect((await t.ok('{ companyDeletion { id } }', {}, otherAdmin)).companyDeletion).toBeNull();
    // Past the date, the cancelled deletion does nothing.
    t.setNow(new Date(new Date(FIXED_NOW).getTime() + 31 * 86_400_000));
    await t.runDueJobs();
    t.setNow(null);
    expect((await t.dataSource.query("SELECT id FROM tenant WHERE slug = 'other'")).length).toBe(1);
    expect(codes(await t.gql('mutation { cancelCompanyDeletion { id } }', {}, otherAdmin))).toEqual(['NOT_FOUND']);
    // Meanwhile the export archive expired: removed from the storage, no longer downloadable.
    const [expired] = (await t.ok(EXPORTS, {}, otherAdmin)).companyExports;
    expect(expired).toMatchObject({ state: 'EXPIRED', downloadPath: null });
    expect(existsSync(join(t.config.uploads.dir, tenants['other'], `export-${expired.id}`))).toBe(false);
  });

  it('deletes every row and file of the company when due, and nothing of another company', async () => {
    const scheduled = await t.ok('mutation { requestCompanyDeletion(confirmCode: "other") { id dueAt } }', {}, otherAdmin);
    const dueAt = new Date(scheduled.requestCompanyDeletion.dueAt).getTime();
    // Let the demo company's own sweeps catch up to just before, then count it.
    t.setNow(new Date(dueAt - 60_000));
    await t.runDueJobs();
    expect((await t.dataSource.query("SELECT id FROM tenant WHERE slug = 'other'")).length).toBe(1);
    demoBefore = await directCounts(tenants['demo']);
    const otherBefore = await directCounts(tenants['other']);
    const uploads = t.config.uploads.dir;
    expect(existsSync(join(uploads, otherFileKey))).toBe(true);

    t.setNow(new Date(dueAt + 60_000));
    await t.runDueJobs();
    t.setNow(null);

    const after = await directCounts(tenants['other']);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(await directCounts(tenants['demo'])).toEqual(demoBefore);
    expect((await t.dataSource.query("SELECT id FROM tenant WHERE slug = 'other'")).length).toBe(0);
    expect((await t.dataSource.query("SELECT id FROM tenant WHERE slug = 'demo'")).length).toBe(1);
    // No file of the company is left (its uploads and its export archive).
    const left = existsSync(join(uploads, tenants['other'])) ? readdirSync(join(uploads, tenants['other'])) : [];
    expect(left).toEqual([]);
    // The tombstone records it, outside the deleted data.
    const [tomb] = await t.dataSource.query(`SELECT * FROM ${q('tenant_tombstone')} WHERE ${q('formerTenantId')} = ?`, [tenants['other']]);
    expect(tomb.slug).toBe('other');
    const counts = typeof tomb.counts === 'string' ? JSON.parse(tomb.counts) : tomb.counts;
    expect(counts['project']).toBe(otherBefore['project']);
    // The upload (the export archive expired after its 7 days, while the deletion was cancelled).
    expect(Number(tomb.fileCount)).toBe(1);
    // Its members are signed out; the demo company works as before.
    expect(codes(await t.gql('{ me { regionIds } }', {}, otherAdmin))).toEqual(['UNAUTHENTICATED']);
    expect((await t.ok('{ me { regionIds } }', {}, demoAdmin)).me).toBeTruthy();
  });
});
