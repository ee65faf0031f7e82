// Benchmark: the project import (bulk go-live) of 500 projects on 50 new properties.
//
//   npm run bench:project-import            (SQLite in a temp dir)
//   DATABASE_URL=mysql://… npm run bench:project-import
//   BENCH_PROJECTS=2000 npm run bench:project-import     (or: npm run bench:project-import -- 2000)
//
// On MySQL/MariaDB it works in a throwaway database (<database>_bench_<pid>, created next to the
// one in the URL and dropped at the end), so every run starts from empty tables.
//
// Two companies with the same two regions. The baseline, in the first: what the import replaces —
// the same portfolio entered one mutation at a time through the service (50 createProperty + 500
// createProject calls, each its own transaction with its checks and audit entry). Then, in the
// second: importProjects with the workbook — a dry run, the write, and a re-import that renames
// every project (500 updates). Prints the time, the SQL statements and the ratio of each to the
// baseline. An import that looked rows up one by one would issue thousands of statements; this one
// loads the company's regions, properties and projects once and inserts in multi-row statements.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { Region, type TenantDb } from '@pinzhi/db';
import { PlatformDb, migrate, openDataSource } from '@pinzhi/db/platform';
import type { RequestContext } from '@pinzhi/api-core';
import { PortfolioService, importProjects } from '@pinzhi/api-portfolio';
import { IMPORT_SHEETS, PROPERTY_FORMAT_LABELS, type PropertyFormat } from '@pinzhi/domain';
import { isMysqlUrl, scratchDatabase } from './lib/scratch';

const PROJECTS = Number(process.argv[2] ?? process.env['BENCH_PROJECTS'] ?? 500);
const PER_PROPERTY = 10;

let statements = 0;

async function main() {
  if (!Number.isInteger(PROJECTS) || PROJECTS < 1)
    throw new Error(`project count must be a positive integer (got ${process.argv[2] ?? process.env['BENCH_PROJECTS']})`);
  const given = process.env['DATABASE_URL'];
  const scratch = isMysqlUrl(given) ? await scratchDatabase(given) : null;
  const dir = given ? null : mkdtempSync(join(tmpdir(), 'pinzhi-bench-'));
  const url = scratch?.url ?? given ?? `sqlite:${join(dir!, 'bench.sqlite')}`;
  const ds = await openDataSource({ url, onQuery: () => void statements++ });
  try {
    await run(ds, url);
  } finally {
    await ds.destroy();
    await scratch?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

interface Row {
  code: string;
  name: string;
  property: string;
  format: PropertyFormat;
  region: string;
  area: number;
}

const rowsOf = (rename = ''): Row[] =>
  Array.from({ length: PROJECTS }, (_, i) => ({
    code: `B-${String(i + 1).padStart(5, '0')}`,
    name: `基准项目${i + 1}${rename}`,
    property: `基准物业${Math.floor(i / PER_PROPERTY) + 1}`,
    format: Math.floor(i / PER_PROPERTY) % 2 ? 'OFFICE' : 'RESIDENTIAL',
    region: i % 2 ? '华南区域' : '华东区域',
    area: 10000 + i,
  }));

async function workbook(rows: Row[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目');
  const columns = IMPORT_SHEETS.projects.columns;
  ws.addRow(columns.map((c) => c.zh));
  for (const r of rows)
    ws.addRow(
      columns.map((c) =>
        c.field === 'format'
          ? PROPERTY_FORMAT_LABELS[r.format].zh
          : c.field === 'zones'
            ? '大堂、地下车库、园林'
            : ((r as unknown as Record<string, string | number>)[c.field] ?? ''),
      ),
    );
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function company(platform: PlatformDb, slug: string): Promise<{ db: TenantDb; ctx: RequestContext; regions: Map<string, string> }> {
  const tenant = await platform.insertTenant({ slug: `${slug}-${Date.now()}`, name: slug });
  const db = platform.tenant(tenant.id, null);
  const regions = await db.repo(Region).insertMany([
    { name: '华东区域', code: 'EAST' },
    { name: '华南区域', code: 'SOUTH' },
  ]);
  const ctx = { db, user: { userId: null, role: 'TENANT_ADMIN', regionIds: [] }, now: () => new Date() } as unknown as RequestContext;
  return { db, ctx, regions: new Map(regions.map((r) => [r.name, r.id])) };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; sql: number; result: T }> {
  statements = 0;
  const s = performance.now();
  const result = await fn();
  return { ms: performance.now() - s, sql: statements, result };
}

async function run(ds: Awaited<ReturnType<typeof openDataSource>>, url: string) {
  await migrate(ds);
  const platform = new PlatformDb(ds);
  const rows = rowsOf();

  // Baseline: one mutation per property and per project, as entered by hand.
  const hand = await company(platform, 'bench-hand');
  const service = new PortfolioService();
  const baseline = await timed(async () => {
    const propertyIds = new Map<string, string>();
    for (const r of rows) {
      let propertyId = propertyIds.get(r.property);
      if (!propertyId) {
        propertyId = (
          await service.saveProperty(hand.ctx, null, {
            name: r.property,
            format: r.format,
            address: '',
            grossFloorArea: r.area,
            zones: [{ name: '大堂' }, { name: '地下车库' }, { name: '园林' }],
          })
        ).id;
        propertyIds.set(r.property, propertyId);
      }
      await service.createProject(hand.ctx, { code: r.code, name: r.name, propertyId, regionId: hand.regions.get(r.region)! });
    }
    return propertyIds.size;
  });

  // The import, in a company of its own.
  const imp = await company(platform, 'bench-import');
  const file = await workbook(rows);
  const renamed = await workbook(rowsOf('（更名）'));
  const dry = await timed(() => importProjects(imp.ctx, file, true));
  const write = await timed(() => importProjects(imp.ctx, file, false));
  const again = await timed(() => importProjects(imp.ctx, renamed, false));
  for (const [name, r] of [
    ['dry run', dry.result],
    ['write', write.result],
    ['re-import', again.result],
  ] as const)
    if (r.errors.length) throw new Error(`${name}: ${JSON.stringify(r.errors.slice(0, 3))}`);
  if (write.result.created !== PROJECTS || again.result.updated !== PROJECTS) throw new Error('the import did not write every row');

  const ratio = (ms: number) => (ms / baseline.ms).toFixed(2);
  console.log(`\n${PROJECTS} projects on ${baseline.result} properties (${url.split(':')[0]})`);
  console.log('| step | time (ms) | SQL statements | ratio to one mutation per row |');
  console.log('|---|---:|---:|---:|');
  console.log(
    `| baseline: ${baseline.result} createProperty + ${PROJECTS} createProject | ${baseline.ms.toFixed(0)} | ${baseline.sql} | 1.00 |`,
  );
  console.log(`| importProjects, dry run (${dry.result.created} to create) | ${dry.ms.toFixed(0)} | ${dry.sql} | ${ratio(dry.ms)} |`);
  console.log(
    `| importProjects, write (${write.result.created} projects, ${write.result.propertiesCreated} properties) | ${write.ms.toFixed(0)} | ${write.sql} | ${ratio(write.ms)} |`,
  );
  console.log(
    `| importProjects, re-import (${again.result.updated} renamed) | ${again.ms.toFixed(0)} | ${again.sql} | ${ratio(again.ms)} |`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
