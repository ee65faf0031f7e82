import { randomUUID } from 'node:crypto';
import {
  Inspection,
  InspectionItemResult,
  InspectionTemplate,
  InspectionTemplateItem,
  Project,
  type NewRow,
  type TenantDb,
} from '@pinzhi/db';
import { loadChecklists } from '@pinzhi/api-inspection-templates';
import { localDayStart, localTime, scoreInspection, type ChecklistDoc, type InspectionLevel, type ItemResultEntry } from '@pinzhi/domain';

const HOUR = 3_600_000;

/** The project whose self-checks run far above the Quality Center's spot checks (the report flags it). */
export const INFLATED_PROJECT = 'GZ-001';
/** Its company checks average at most this (the spot checks found what the self-checks did not). */
const INFLATED_COMPANY_CEILING = 82;
/** Its self-checks: everything passes. Other projects self-check at least this many points above the company checks (less than one item more). */
const HONEST_MARGIN = 0;
/** Days of the month with a self-check (about twice a week). */
const SELF_CHECK_DAYS = [2, 5, 9, 12, 16, 19, 23, 26];

/** mulberry32, seeded: the same demo every time. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first and last local day of the calendar month before `now`'s (in `tz`). */
export function previousMonth(now: Date, tz: string): { from: string; to: string; month: string } {
  const [y, m] = localTime(now, tz, 'YYYY-MM').split('-').map(Number);
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  const last = new Date(Date.UTC(py, pm, 0)).getUTCDate();
  const month = `${py}-${String(pm).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`, month };
}

/**
 * Item results scoring at most `target` percent: everything passes, then non-critical items
 * (in a seeded order) fail while the score stays at or above the target.
 */
function entriesFor(doc: ChecklistDoc, target: number, random: () => number): ItemResultEntry[] {
  const entries: ItemResultEntry[] = doc.sections.flatMap((s) => s.items.map((i) => ({ itemKey: i.key, result: 'PASS' as const })));
  const candidates = doc.sections
    .flatMap((s) => s.items)
    .filter((i) => !i.critical)
    .map((i) => ({ key: i.key, r: random() }))
    .sort((a, b) => a.r - b.r);
  for (const c of candidates) {
    const entry = entries.find((e) => e.itemKey === c.key)!;
    entry.result = 'FAIL';
    const percent = scoreInspection(doc, entries).percent ?? 100;
    if (percent < target) {
      entry.result = 'PASS';
      break;
    }
  }
  return entries;
}

/**
 * 三级检查 for the demo: a month (the calendar month before `now`) of 项目自查 by each operating
 * project's own people beside the Quality Center's spot checks already in the history. The
 * self-checks of {@link INFLATED_PROJECT} all pass while its spot checks found problems, so the
 * comparison report flags exactly that project; the others self-check at about their spot checks' level (under
 * the default threshold of 10). Relative to `now`, deterministic, two
 * multi-row inserts.
 */
export async function seedLevelChecks(
  db: TenantDb,
  users: { selfCheckers: Record<string, string>; inspector: string },
  now: Date,
): Promise<void> {
  const random = prng(20261208);
  const projects = (await db.repo(Project).find()).filter((p) => p.stage === 'OPERATING' && !p.archivedAt);
  const templates = new Map((await db.repo(InspectionTemplate).find()).map((t) => [t.name, t]));
  const template = templates.get('住宅日常品质巡检表');
  if (!template?.latestVersionId || !projects.length) return;
  const versionId = template.latestVersionId;
  const doc = (await loadChecklists(db, [versionId])).get(versionId) as ChecklistDoc | undefined;
  if (!doc) return;
  const itemIds = new Map((await db.repo(InspectionTemplateItem).find({ where: { versionId } })).map((i) => [i.key, i.id] as const));
  const inspections: NewRow<Inspection>[] = [];
  const results: NewRow<InspectionItemResult>[] = [];
  const add = (project: Project, level: InspectionLevel, userId: string, day: string, hour: number, target: number) => {
    const entries = entriesFor(doc, target, random);
    const score = scoreInspection(doc, entries);
    const at = new Date(localDayStart(day, project.timeZone).getTime() + hour * HOUR);
    const id = randomUUID();
    inspections.push({
      id,
      clientKey: `demo-level-${inspections.length + 1}`,
      status: 'SUBMITTED',
      occurrenceId: null,
      projectId: project.id,
      regionId: project.regionId,
      templateId: template.id,
      templateVersionId: versionId,
      level,
      inspectorUserId: userId,
      performedAt: new Date(at.getTime() - 30 * 60_000),
      submittedAt: at,
      localDate: day,
      note: null,
      signatureFileId: null,
      latitude: null,
      longitude: null,
      locationText: null,
      draftItems: null,
      earnedPoints: score.earned,
      possiblePoints: score.possible,
      scorePercent: score.percent,
      passScore: score.passScore,
      passed: score.passed,
      criticalFailed: score.criticalFailed,
      failedItems: score.failedItems,
    });
    score.items.forEach((s, n) =>
      results.push({
        inspectionId: id,
        projectId: project.id,
        regionId: project.regionId,
        templateId: template.id,
        templateVersionId: versionId,
        level,
        templateItemId: itemIds.get(s.itemKey)!,
        itemKey: s.itemKey,
        sectionKey: s.sectionKey,
        standardId: s.item.standardId,
        position: n + 1,
        result: s.result,
        possiblePoints: s.possible,
        earnedPoints: s.earned,
        score: null,
        deductionKeys: [],
        critical: s.item.critical,
        note: s.result === 'FAIL' ? '自查发现问题，已安排整改' : null,
        evidenceFileIds: [],
        customerFacing: false,
        employeeId: null,
        submittedAt: at,
        localDate: day,
      }),
    );
    return score.percent ?? 100;
  };

  for (const project of projects.sort((a, b) => a.code.localeCompare(b.code))) {
    const { from, to, month } = previousMonth(now, project.timeZone);
    const company = await db
      .repo(Inspection)
      .query('i')
      .select('COUNT(*)', 'n')
      .addSelect('AVG(i.scorePercent)', 'avg')
      .andWhere("i.projectId = :pid AND i.status = 'SUBMITTED' AND i.level <> 'SELF_CHECK'", { pid: project.id })
      .andWhere('i.localDate >= :from AND i.localDate <= :to AND i.scorePercent IS NOT NULL', { from, to })
      .getRawOne<{ n: unknown; avg: unknown }>();
    let n = Number(company?.n ?? 0);
    let sum = n * Number(company?.avg ?? 0);
    const inflated = project.code === INFLATED_PROJECT;
    // The month's spot checks: at least four; for the inflated project enough low ones to bring
    // the average under the ceiling (what the Quality Center found on site).
    let day = 3;
    while (n < 4 || (inflated && sum / n > INFLATED_COMPANY_CEILING)) {
      const target = inflated ? 68 : 92;
      sum += add(project, 'COMPANY', users.inspector, `${month}-${String(day).padStart(2, '0')}`, 14, target);
      n++;
      day = day >= 27 ? 3 : day + 4;
    }
    const companyAverage = sum / n;
    const selfChecker = users.selfCheckers[project.code] ?? users.inspector;
    for (const d of SELF_CHECK_DAYS) {
      const date = `${month}-${String(d).padStart(2, '0')}`;
      if (date < from || date > to) continue;
      add(project, 'SELF_CHECK', selfChecker, date, 9, inflated ? 100 : Math.min(100, companyAverage + HONEST_MARGIN));
    }
  }
  await db.repo(Inspection).insertMany(inspections);
  await db.repo(InspectionItemResult).insertMany(results);
}
