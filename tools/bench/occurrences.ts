// Benchmark: one month of inspection occurrences for 2,000 projects × 5 frequencies.
//
//   npm run bench:occurrences            (SQLite in a temp dir)
//   DATABASE_URL=mysql://… npm run bench:occurrences
//   BENCH_PROJECTS=200 npm run bench:occurrences     (or: npm run bench:occurrences -- 200)
//
// On MySQL/MariaDB it works in a throwaway database (<database>_bench_<pid>, created next to the
// one in the URL and dropped at the end), so every run starts from empty tables; the SQLite
// temp dir is removed at the end too.
//
// Prints (a) expanding the same 10,000 rules with rrule alone (the floor: no database),
// (b) materialising the month through OccurrenceMaterialiser (set-based inserts) and
// (c) reading the tenant's month calendar (GROUP BY per day), each with its time, the SQL
// statements it issued and its ratio to (a). Per-project queries would show as ~2,000+
// statements; the set-based path issues one INSERT per 1,724 rows (SQLite) or 1,000 rows
// (MySQL) and one UPDATE per 500 frequencies, whatever the number of projects.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rrulestr } from 'rrule';
import { InspectionFrequency, InspectionOccurrence, InspectionTemplate, Project, Property, Region } from '@pinzhi/db';
import { PlatformDb, migrate, openDataSource } from '@pinzhi/db/platform';
import { isMysqlUrl, scratchDatabase } from './lib/scratch';
import { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import { occurrencesBetween } from '@pinzhi/domain';

const PROJECTS = Number(process.argv[2] ?? process.env['BENCH_PROJECTS'] ?? 2000);
const PER_PROJECT = 5;
const RULES = [
  'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0',
  'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
  'FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=14;BYMINUTE=30',
  'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=10;BYMINUTE=0',
  'FREQ=MONTHLY;BYDAY=+2TU;BYHOUR=9;BYMINUTE=0',
];
const FROM = new Date('2027-03-01T00:00:00+08:00');
const TO = new Date('2027-04-01T00:00:00+08:00');

let statements = 0;

async function main() {
  if (!Number.isInteger(PROJECTS) || PROJECTS < 1)
    throw new Error(`project count must be a positive integer (got ${process.argv[2] ?? process.env['BENCH_PROJECTS']})`);
  const given = process.env['DATABASE_URL'];
  const scratch = isMysqlUrl(given) ? await scratchDatabase(given) : null;
  const dir = given ? null : mkdtempSync(join(tmpdir(), 'pinzhi-bench-'));
  const url = scratch?.url ?? given ?? `sqlite:${join(dir!, 'bench.sqlite')}`;
  let ds: Awaited<ReturnType<typeof openDataSource>> | null = null;
  try {
    ds = await openDataSource({ url, onQuery: () => statements++ });
    await run(ds, url);
  } finally {
    await ds?.destroy();
    await scratch?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function run(ds: Awaited<ReturnType<typeof openDataSource>>, url: string) {
  await migrate(ds);
  const platform = new PlatformDb(ds);
  const tenant = await platform.insertTenant({ slug: `bench-${Date.now()}`, name: 'Bench' });
  const db = platform.tenant(tenant.id, null);
  const region = await db.repo(Region).insert({ name: '基准区域', code: 'BENCH' });
  const property = await db
    .repo(Property)
    .insert({ name: '基准物业', format: 'RESIDENTIAL', address: '', grossFloorArea: null, zones: [] });
  const template = await db.repo(InspectionTemplate).insert({
    level: 'COMPANY',
    name: '基准检查表',
    format: null,
    description: null,
    draftVersionId: null,
    latestVersionId: null,
    latestNumber: 0,
    archivedAt: null,
  });
  const projects = await db.repo(Project).insertMany(
    Array.from({ length: PROJECTS }, (_, i) => ({
      code: `B-${String(i).padStart(5, '0')}`,
      name: `项目${i}`,
      propertyId: property.id,
      regionId: region.id,
      stage: 'OPERATING' as const,
      contractStart: null,
      contractEnd: null,
      serviceScope: null,
      managerUserId: null,
      timeZone: 'Asia/Shanghai',
      archivedAt: null,
    })),
  );
  const frequencies = await db.repo(InspectionFrequency).insertMany(
    projects.flatMap((p) =>
      RULES.slice(0, PER_PROJECT).map((rrule) => ({
        projectId: p.id,
        level: 'COMPANY',
        templateId: template.id,
        patrolRouteId: null,
        anchor: 'CALENDAR' as const,
        rrule,
        periodUnit: null,
        periodCount: null,
        startTime: null,
        windowMinutes: 60,
        allowLate: false,
        holidayListId: null,
        assigneeRole: 'INSPECTOR' as const,
        assigneeUserId: null,
        startDate: '2027-01-01',
        endDate: null,
        excludedDates: [],
        note: null,
        materialisedUntil: FROM,
        archivedAt: null,
      })),
    ),
  );

  // (a) The floor: rrule alone, same rules, same month, no time zones, no database.
  let t0 = performance.now();
  let expanded = 0;
  for (const f of frequencies) expanded += rrulestr(`DTSTART:20270101T000000Z\nRRULE:${f.rrule}`).between(FROM, TO, true).length;
  const rruleMs = performance.now() - t0;

  // The domain's zone-aware expansion (what the materialiser uses), for reference.
  t0 = performance.now();
  let zoned = 0;
  for (const f of frequencies)
    zoned += occurrencesBetween({ rrule: f.rrule!, timeZone: 'Asia/Shanghai', startDate: f.startDate }, FROM, TO).length;
  const zonedMs = performance.now() - t0;

  // (b) Materialise the month: a few set-based statements.
  const materialiser = new OccurrenceMaterialiser();
  statements = 0;
  t0 = performance.now();
  const rows = await materialiser.materialise(db, FROM, TO, await db.repo(InspectionFrequency).find());
  const materialiseMs = performance.now() - t0;
  const materialiseSql = statements;

  // (c) Read the month as a calendar: counts per local day for the whole tenant.
  statements = 0;
  t0 = performance.now();
  const days = await db
    .repo(InspectionOccurrence)
    .query('o')
    .select('o.localDate', 'day')
    .addSelect('COUNT(*)', 'n')
    .andWhere('o.localDate >= :from AND o.localDate <= :to', { from: '2027-03-01', to: '2027-03-31' })
    .groupBy('o.localDate')
    .getRawMany();
  const calendarMs = performance.now() - t0;
  const calendarSql = statements;

  const ratio = (ms: number) => (ms / rruleMs).toFixed(1);
  console.log(`\n${PROJECTS} projects × ${PER_PROJECT} frequencies, one month (${url.split(':')[0]})`);
  console.log(`| step | time (ms) | SQL statements | ratio to rrule alone |`);
  console.log(`|---|---:|---:|---:|`);
  console.log(`| rrule alone (${expanded} occurrences) | ${rruleMs.toFixed(0)} | 0 | 1.0 |`);
  console.log(`| zone-aware expansion (${zoned}) | ${zonedMs.toFixed(0)} | 0 | ${ratio(zonedMs)} |`);
  console.log(`| materialise (${rows} rows) | ${materialiseMs.toFixed(0)} | ${materialiseSql} | ${ratio(materialiseMs)} |`);
  console.log(`| month calendar, ${days.length} days | ${calendarMs.toFixed(0)} | ${calendarSql} | ${ratio(calendarMs)} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
