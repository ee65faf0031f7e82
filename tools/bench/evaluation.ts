// Benchmark: the monthly evaluation of 2,000 projects over 200,000 item results.
//
//   npm run bench:evaluation            (SQLite in a temp dir)
//   DATABASE_URL=mysql://… npm run bench:evaluation
//   BENCH_PROJECTS=200 npm run bench:evaluation     (or: npm run bench:evaluation -- 200)
//   BENCH_EXPLAIN=1 npm run bench:evaluation         (also prints the query plans of both)
//
// On MySQL/MariaDB it works in a throwaway database (<database>_bench_<pid>, created next to the
// one in the URL and dropped at the end), so every run starts from empty tables.
//
// Creates the projects (10 regions), 10 inspections of 10 items per project in one month
// (100 item results per project) and prints, best of 5 runs each, (a) a hand-written
// `SELECT projectId, SUM(earned), SUM(possible) … GROUP BY projectId` over that month — the
// floor — and (b) the API's EvaluationService.projectEvaluation for the month (scores, the
// previous month, pass/fail counts, ranks in tenant and region, first page), with the SQL
// statements each issued and the ratio (b)/(a). Per-project queries would show as 2,000+
// statements; the set-based path issues a fixed handful.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Inspection, InspectionItemResult, Project, Property, Region, type NewRow } from '@pinzhi/db';
import { PlatformDb, migrate, openDataSource } from '@pinzhi/db/platform';
import { isMysqlUrl, scratchDatabase } from './lib/scratch';
import type { RequestContext } from '@pinzhi/api-core';
import { EvaluationService } from '@pinzhi/api-inspections';

const PROJECTS = Number(process.argv[2] ?? process.env['BENCH_PROJECTS'] ?? 2000);
const REGIONS = 10;
const INSPECTIONS_PER_PROJECT = 10;
const ITEMS = 10;
const RUNS = 5;
const MONTH = { kind: 'MONTH' as const, year: 2027, index: 3 };

let statements = 0;
let last: { sql: string; parameters: unknown[] } | null = null;

async function main() {
  if (!Number.isInteger(PROJECTS) || PROJECTS < 1)
    throw new Error(`project count must be a positive integer (got ${process.argv[2] ?? process.env['BENCH_PROJECTS']})`);
  const given = process.env['DATABASE_URL'];
  const scratch = isMysqlUrl(given) ? await scratchDatabase(given) : null;
  const url = scratch?.url ?? given ?? `sqlite:${join(mkdtempSync(join(tmpdir(), 'pinzhi-bench-')), 'bench.sqlite')}`;
  const ds = await openDataSource({
    url,
    onQuery: (sql, parameters) => {
      statements++;
      last = { sql, parameters: parameters ?? [] };
    },
  });
  try {
    await run(ds, url);
  } finally {
    await ds.destroy();
    await scratch?.drop();
  }
}

/** Deterministic pseudo-random points (no Math.random): the same data every run. */
const points = (n: number) => ((n * 2654435761) % 97 < 8 ? 0 : 10);

async function run(ds: Awaited<ReturnType<typeof openDataSource>>, url: string) {
  await migrate(ds);
  const platform = new PlatformDb(ds);
  const tenant = await platform.insertTenant({ slug: `bench-${Date.now()}`, name: 'Bench' });
  const db = platform.tenant(tenant.id, null);
  const regions = await db.repo(Region).insertMany(Array.from({ length: REGIONS }, (_, i) => ({ name: `区域${i}`, code: `R${i}` })));
  const property = await db
    .repo(Property)
    .insert({ name: '基准物业', format: 'RESIDENTIAL', address: '', grossFloorArea: null, zones: [] });
  const projects: NewRow<Project>[] = Array.from({ length: PROJECTS }, (_, i) => ({
    id: randomUUID(),
    code: `B-${String(i).padStart(5, '0')}`,
    name: `项目${i}`,
    propertyId: property.id,
    regionId: regions[i % REGIONS].id,
    stage: 'OPERATING' as const,
    contractStart: null,
    contractEnd: null,
    serviceScope: null,
    managerUserId: null,
    timeZone: 'Asia/Shanghai',
    archivedAt: null,
  }));
  await db.repo(Project).insertIgnoringDuplicates(projects);
  const template = randomUUID();
  const version = randomUUID();
  const inspector = randomUUID();
  const inspections: NewRow<Inspection>[] = [];
  const results: NewRow<InspectionItemResult>[] = [];
  let n = 0;
  for (const p of projects) {
    for (let k = 0; k < INSPECTIONS_PER_PROJECT; k++) {
      const day = `2027-03-${String(1 + ((k * 3) % 28)).padStart(2, '0')}`;
      const at = new Date(`${day}T02:00:00Z`);
      const id = randomUUID();
      let earned = 0;
      for (let i = 0; i < ITEMS; i++) {
        const e = points(n++);
        earned += e;
        results.push({
          level: 'COMPANY',
          inspectionId: id,
          projectId: p.id!,
          regionId: p.regionId,
          templateId: template,
          templateVersionId: version,
          templateItemId: randomUUID(),
          itemKey: randomUUID(),
          sectionKey: template,
          standardId: template,
          position: i + 1,
          result: e ? 'PASS' : 'FAIL',
          possiblePoints: 10,
          earnedPoints: e,
          score: null,
          deductionKeys: [],
          critical: i === 0,
          note: null,
          evidenceFileIds: [],
          customerFacing: false,
          employeeId: null,
          submittedAt: at,
          localDate: day,
        });
      }
      const percent = Math.round((earned / (ITEMS * 10)) * 10000) / 100;
      inspections.push({
        level: 'COMPANY',
        id,
        clientKey: id,
        status: 'SUBMITTED',
        occurrenceId: null,
        projectId: p.id!,
        regionId: p.regionId,
        templateId: template,
        templateVersionId: version,
        inspectorUserId: inspector,
        performedAt: at,
        submittedAt: at,
        localDate: day,
        note: null,
        signatureFileId: null,
        latitude: null,
        longitude: null,
        locationText: null,
        draftItems: null,
        earnedPoints: earned,
        possiblePoints: ITEMS * 10,
        scorePercent: percent,
        passScore: 85,
        passed: percent >= 85,
        criticalFailed: false,
        failedItems: 0,
      });
    }
  }
  const t0 = performance.now();
  await db.repo(Inspection).insertIgnoringDuplicates(inspections);
  await db.repo(InspectionItemResult).insertIgnoringDuplicates(results);
  const loadMs = performance.now() - t0;

  // (a) The floor: a hand-written GROUP BY over the same month.
  const sql =
    'SELECT projectId, SUM(earnedPoints) AS earned, SUM(possiblePoints) AS possible FROM inspection_item_result WHERE tenantId = ? AND localDate >= ? AND localDate <= ? GROUP BY projectId';
  const best = async (fn: () => Promise<number>) => {
    let ms = Infinity;
    let rows = 0;
    let sqlCount = 0;
    for (let r = 0; r < RUNS; r++) {
      statements = 0;
      const s = performance.now();
      rows = await fn();
      ms = Math.min(ms, performance.now() - s);
      sqlCount = statements;
    }
    return { ms, rows, sqlCount };
  };
  const hand = await best(async () => (await ds.query(sql, [tenant.id, '2027-03-01', '2027-03-31'])).length);

  // (b) The service: what `projectEvaluation(period: MONTH 2027-03)` runs (all ranks, first page).
  const service = new EvaluationService();
  const ctx = {
    db,
    user: { userId: inspector, role: 'QUALITY_CENTER', regionIds: [], projectIds: [] },
    now: () => new Date(),
  } as unknown as RequestContext;
  const api = await best(async () => (await service.projectEvaluation(ctx, { period: MONTH, first: 100 })).totalCount);

  const serviceSql = last as { sql: string; parameters: unknown[] } | null;
  const check = await service.evaluateTenant(ctx, MONTH);
  const ranked = check.filter((r) => r.tenantRank !== null).length;

  if (process.env['BENCH_EXPLAIN']) {
    const explain = url.startsWith('sqlite') ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN';
    for (const [name, q, params] of [
      ['hand-written', sql, [tenant.id, '2027-03-01', '2027-03-31']],
      ['projectEvaluation', serviceSql?.sql ?? '', serviceSql?.parameters ?? []],
    ] as const) {
      console.log(`\n${explain} (${name}):`);
      console.table(await ds.query(`${explain} ${q}`, [...params]));
    }
  }

  console.log(
    `\n${PROJECTS} projects, ${results.length} item results, ${inspections.length} inspections in one month (${url.split(':')[0]}); loaded in ${loadMs.toFixed(0)} ms`,
  );
  console.log('| step | time (ms, best of 5) | SQL statements | rows | ratio to hand-written GROUP BY |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| hand-written SQL GROUP BY (scores only) | ${hand.ms.toFixed(1)} | ${hand.sqlCount} | ${hand.rows} | 1.0 |`);
  console.log(
    `| projectEvaluation (scores, previous month, pass/fail, ranks) | ${api.ms.toFixed(1)} | ${api.sqlCount} | ${api.rows} (${ranked} ranked) | ${(api.ms / hand.ms).toFixed(1)} |`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
