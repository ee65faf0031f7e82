// Benchmark: the reminder sweep (due soon, missed …) over 2,000 projects' inspection occurrences.
//
//   npm run bench:reminders            (SQLite in a temp dir)
//   DATABASE_URL=mysql://… npm run bench:reminders
//   BENCH_PROJECTS=200 npm run bench:reminders
//   BENCH_TRACE=1 …      (prints each gap over 200 ms between statements with the statement before it)
//
// 2,000 projects × 5 frequencies, a month materialised (~430,000 occurrences); 20 inspectors, the
// weekday 09:00 round assigned by name (round-robin), the others to the INSPECTOR role. Then one
// company's sweep over three 5-minute intervals, as the scheduler runs it every 5 minutes:
//   quiet  — nothing becomes due (02:00–02:05),
//   busy   — every project's 09:00 inspection becomes "due soon" (07:58–08:03),
//   missed — those whose window closed undone (09:58–10:03).
// Prints the time, the SQL statements and the notifications written per sweep. A sweep that
// worked per occurrence would issue thousands of statements; this one issues a fixed number plus
// one multi-row INSERT per 1,000 rows (MySQL) or a few per table (SQLite).
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { InspectionFrequency, InspectionTemplate, Membership, Notification, Project, Property, Region } from '@pinzhi/db';
import { PlatformDb, migrate, openDataSource } from '@pinzhi/db/platform';
import { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import { Notifier, ReminderSweep } from '@pinzhi/api-notifications';
import { localDayStart } from '@pinzhi/domain';
import { isMysqlUrl, scratchDatabase } from './lib/scratch';

const PROJECTS = Number(process.argv[2] ?? process.env['BENCH_PROJECTS'] ?? 2000);
const INSPECTORS = 20;
const RULES = [
  'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0',
  'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=12,15,18;BYMINUTE=0',
  'FREQ=DAILY;BYHOUR=10;BYMINUTE=30',
  'FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=14;BYMINUTE=30',
  'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=10;BYMINUTE=0',
];
const FROM = new Date('2027-03-01T00:00:00+08:00');
const TO = new Date('2027-04-01T00:00:00+08:00');
/** Tuesday 2027-03-16, local time. */
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(localDayStart('2027-03-16', 'Asia/Shanghai').getTime() + (h * 60 + m) * 60_000);
};

let statements = 0;

async function main() {
  if (!Number.isInteger(PROJECTS) || PROJECTS < 1) throw new Error('project count must be a positive integer');
  const given = process.env['DATABASE_URL'];
  const scratch = isMysqlUrl(given) ? await scratchDatabase(given) : null;
  const dir = given ? null : mkdtempSync(join(tmpdir(), 'pinzhi-bench-'));
  const url = scratch?.url ?? given ?? `sqlite:${join(dir!, 'bench.sqlite')}`;
  let ds: Awaited<ReturnType<typeof openDataSource>> | null = null;
  try {
    let last = performance.now();
    let lastSql = '';
    ds = await openDataSource({
      url,
      onQuery: (sql) => {
        statements++;
        const now = performance.now();
        if (process.env['BENCH_TRACE'] && now - last > 200) console.log(`${(now - last).toFixed(0)} ms: ${lastSql.slice(0, 300)}`);
        last = now;
        lastSql = sql;
      },
    });
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
  const inspectors: string[] = [];
  for (let i = 0; i < INSPECTORS; i++) {
    const u = await platform.insertUser({ email: `inspector${i}@bench.test`, displayName: `检查员${i}`, passwordHash: 'x' });
    await db
      .repo(Membership)
      .insert({ userId: u.id, role: 'INSPECTOR', regionIds: [], projectIds: [], displayName: u.displayName, phone: null, active: true });
    inspectors.push(u.id);
  }
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
  await db.repo(InspectionFrequency).insertMany(
    projects.flatMap((p, i) =>
      RULES.map((rrule, r) => ({
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
        assigneeRole: r === 0 ? null : ('INSPECTOR' as const),
        assigneeUserId: r === 0 ? inspectors[i % INSPECTORS] : null,
        startDate: '2027-01-01',
        endDate: null,
        excludedDates: [],
        note: null,
        materialisedUntil: FROM,
        archivedAt: null,
      })),
    ),
  );
  const materialiser = new OccurrenceMaterialiser();
  const occurrences = await materialiser.materialise(db, FROM, TO, await db.repo(InspectionFrequency).find());
  const sweep = new ReminderSweep(new Notifier(6), materialiser);

  console.log(
    `\nReminder sweep, ${PROJECTS} projects × ${RULES.length} frequencies, ${occurrences} occurrences in the month (${url.split(':')[0]})`,
  );
  console.log('| interval (5 min) | reminders | notifications written | time (ms) | SQL statements |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [label, from, to] of [
    ['quiet (02:00–02:05)', at('02:00'), at('02:05')],
    ['busy: 09:00 round due soon (07:58–08:03)', at('07:58'), at('08:03')],
    ['missed: 09:00 round window closed (09:58–10:03)', at('09:58'), at('10:03')],
  ] as const) {
    const before = await db.repo(Notification).count();
    statements = 0;
    const t0 = performance.now();
    const events = await sweep.sweep(db, from, to);
    const ms = performance.now() - t0;
    const sql = statements;
    const written = (await db.repo(Notification).count()) - before;
    console.log(`| ${label} | ${events} | ${written} | ${ms.toFixed(0)} | ${sql} |`);
  }
  // The same busy interval again (a second instance, or a crash before the watermark moved): nothing new.
  const before = await db.repo(Notification).count();
  statements = 0;
  const t0 = performance.now();
  await sweep.sweep(db, at('07:58'), at('08:03'));
  console.log(
    `| busy interval swept again | — | ${(await db.repo(Notification).count()) - before} | ${(performance.now() - t0).toFixed(0)} | ${statements} |`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
