import { randomUUID } from 'node:crypto';
import {
  Inspection,
  InspectionItemResult,
  InspectionOccurrence,
  InspectionTemplate,
  InspectionTemplateItem,
  Project,
  Feedback,
  Rectification,
  RectificationEvent,
  Standard,
  type NewRow,
  type TenantDb,
} from '@pinzhi/db';
import { loadChecklists } from '@pinzhi/api-inspection-templates';
import {
  localDayStart,
  localTime,
  scoreInspection,
  type ChecklistDoc,
  type InspectionLevel,
  type ItemResultEntry,
  type RectificationState,
} from '@pinzhi/domain';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A small deterministic PRNG (mulberry32), so the demo history is the same at every start. */
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

/** What inspectors write on a failed item, by standard code. */
const FAIL_NOTES: Record<string, string[]> = {
  'OPS-CLN-01': ['大堂地面有污渍，未及时清理', '雨天入口处有积水，未放置防滑提示牌'],
  'OPS-CLN-02': ['电梯按钮面板有明显指印', '电梯轿厢不锈钢壁有污迹'],
  'OPS-CLN-03': ['3号楼垃圾桶满溢，周边有散落垃圾', '垃圾房异味明显，未按时消杀'],
  'OPS-SEC-01': ['夜班漏签两个巡更点', '巡更记录与实际时间不符'],
  'OPS-SEC-02': ['B1 消防通道堆放杂物，疏散受阻', '安全出口被上锁，应急照明不亮'],
  'CON-ATT-01': ['保安未按规定穿着制服，纽扣未扣齐', '保洁员未佩戴工牌'],
  'CON-ATT-02': ['客服人员工牌未佩戴在左胸', '员工穿拖鞋上岗'],
  'CON-HAI-03': ['保安头发超过 5 厘米'],
  'SAL-CNS-01': ['客户进门未及时起身迎接问候'],
  'SAL-CNS-02': ['置业顾问对物业服务内容介绍不清'],
  'OPS-CLN-04': ['样板房地面有灰尘'],
};

/** Failures written on purpose, so the demo always shows each rectification state. */
const SCRIPTED: Array<{
  code: string;
  daysAgo: number;
  standard: string;
  rectification: 'OPEN' | 'OPEN_OVERDUE' | 'SUBMITTED' | 'REJECTED' | 'VERIFIED';
  /** Opened before owners were always resolved (no project manager, no company fallback then): owner "—", for the Quality Center to assign. */
  legacyOwnerless?: boolean;
}> = [
  // The scripted failures keep the PRNG's draws (and so the whole demo history) as they were.
  { code: 'SH-002', daysAgo: 1, standard: 'OPS-CLN-03', rectification: 'OPEN', legacyOwnerless: true },
  { code: 'SH-002', daysAgo: 4, standard: 'OPS-CLN-01', rectification: 'SUBMITTED' },
  { code: 'GZ-001', daysAgo: 6, standard: 'CON-ATT-01', rectification: 'REJECTED' },
  { code: 'GZ-001', daysAgo: 9, standard: 'OPS-SEC-01', rectification: 'OPEN_OVERDUE' },
  { code: 'SH-002', daysAgo: 16, standard: 'OPS-SEC-02', rectification: 'VERIFIED' },
  { code: 'SH-002', daysAgo: 20, standard: 'OPS-CLN-02', rectification: 'VERIFIED' },
  { code: 'GZ-001', daysAgo: 44, standard: 'OPS-SEC-02', rectification: 'VERIFIED' },
];

/** Per project: the checklist used ad hoc, how often items fail, and which days have ad-hoc inspections. */
const PROJECTS: Array<{ code: string; template: string; failRate: number; dense: (d: number) => boolean; light: (d: number) => boolean }> =
  [
    { code: 'SH-001', template: '住宅日常品质巡检表', failRate: 0.03, dense: (d) => d > 21, light: (d) => d % 5 === 0 },
    { code: 'SH-002', template: '住宅日常品质巡检表', failRate: 0.06, dense: () => true, light: (d) => d % 4 === 0 },
    { code: 'GZ-001', template: '住宅日常品质巡检表', failRate: 0.1, dense: () => true, light: (d) => d % 4 === 0 },
    { code: 'SH-003', template: '案场服务检查表', failRate: 0.05, dense: (d) => d > 21 && d % 2 === 0, light: (d) => d % 6 === 0 },
  ];

const DENSE_DAYS = 30;
const HISTORY_DAYS = 90;

interface Planned {
  project: Project;
  templateId: string;
  versionId: string;
  at: Date;
  inspectorUserId: string;
  occurrenceId: string | null;
  level: InspectionLevel;
  scripted: (typeof SCRIPTED)[number] | null;
}

/**
 * About three months of submitted inspections for the demo tenant's operating projects (the
 * last 30 days dense, the two months before lighter): one inspection for every occurrence the
 * planning seed completed, plus ad-hoc ones, scored by the domain rules so stored scores are
 * exactly what submission would store. Items fail now and then with realistic notes; scripted
 * failures give rectifications in every state (OPEN, one overdue, SUBMITTED, VERIFIED, and one
 * REJECTED back to OPEN) with their history. Deterministic (seeded PRNG); multi-row inserts.
 */
export async function seedInspectionHistory(
  db: TenantDb,
  users: { quality: string; inspector: string; ops: string; cs?: string; /** 公司设置 → 默认整改负责人 */ fallbackOwner: string },
  now = new Date(),
): Promise<void> {
  const random = prng(20261127);
  const templates = new Map((await db.repo(InspectionTemplate).find()).map((t) => [t.name, t]));
  const versionIds = [...templates.values()].map((t) => t.latestVersionId).filter((v): v is string => !!v);
  const docs = await loadChecklists(db, versionIds);
  const templateItems = await db
    .repo(InspectionTemplateItem)
    .query('i')
    .andWhere('i.versionId IN (:...versionIds)', { versionIds })
    .getMany();
  const itemIds = new Map(templateItems.map((i) => [`${i.versionId}:${i.key}`, i.id]));
  const codes = new Map((await db.repo(Standard).find()).map((s) => [s.id, s.code]));
  const projects = new Map((await db.repo(Project).find()).map((p) => [p.code, p]));
  const byId = new Map([...projects.values()].map((p) => [p.id, p]));

  const planned: Planned[] = [];
  // Every occurrence the planning seed marked done gets its inspection.
  const done = await db
    .repo(InspectionOccurrence)
    .query('o')
    .andWhere('o.completedAt IS NOT NULL AND o.templateId IS NOT NULL')
    .orderBy('o.completedAt')
    .getMany();
  const templateById = new Map([...templates.values()].map((t) => [t.id, t]));
  for (const o of done) {
    const project = byId.get(o.projectId);
    if (!o.templateId) continue;
    const versionId = o.templateVersionId ?? templateById.get(o.templateId)?.latestVersionId;
    if (!project || !versionId || !docs.has(versionId)) continue;
    planned.push({
      project,
      templateId: o.templateId,
      versionId,
      at: o.completedAt!,
      inspectorUserId: o.completedByUserId ?? users.inspector,
      occurrenceId: o.id,
      level: o.level,
      scripted: null,
    });
  }
  // Ad-hoc rounds, one a day at ~10:00 local time on the chosen days.
  for (const plan of PROJECTS) {
    const project = projects.get(plan.code);
    const template = templates.get(plan.template);
    if (!project || !template?.latestVersionId) continue;
    for (let d = HISTORY_DAYS; d >= 1; d--) {
      const scripted = SCRIPTED.find((s) => s.code === plan.code && s.daysAgo === d) ?? null;
      if (!scripted && !(d <= DENSE_DAYS ? plan.dense(d) : plan.light(d))) continue;
      const day = localTime(new Date(now.getTime() - d * DAY), project.timeZone, 'YYYY-MM-DD');
      const at = new Date(localDayStart(day, project.timeZone).getTime() + 10 * HOUR + Math.floor(random() * 90) * 60_000);
      planned.push({
        project,
        templateId: template.id,
        versionId: template.latestVersionId,
        at,
        inspectorUserId: d % 3 === 0 ? users.quality : users.inspector,
        occurrenceId: null,
        level: 'COMPANY',
        scripted,
      });
    }
  }
  planned.sort((a, b) => a.at.getTime() - b.at.getTime());

  const inspections: NewRow<Inspection>[] = [];
  const results: NewRow<InspectionItemResult>[] = [];
  const rectifications: NewRow<Rectification>[] = [];
  const events: NewRow<RectificationEvent>[] = [];
  const feedback: NewRow<Feedback>[] = [];
  let failures = 0;
  planned.forEach((p, n) => {
    const doc = docs.get(p.versionId)!;
    const failRate = PROJECTS.find((x) => x.code === p.project.code)?.failRate ?? 0.05;
    const entries: ItemResultEntry[] = [];
    const notes = new Map<string, string>();
    for (const s of doc.sections) {
      for (const item of s.items) {
        const code = codes.get(item.standardId) ?? '';
        const forced = p.scripted?.standard === code;
        const roll = random();
        if (forced || (!item.critical && roll < failRate)) {
          const deduction = item.deductions.length ? item.deductions[Math.floor(random() * item.deductions.length)] : null;
          entries.push({ itemKey: item.key, result: 'FAIL', deductionKeys: deduction ? [deduction.key] : [] });
          const options = FAIL_NOTES[code] ?? [deduction?.labelZh ?? '现场检查不符合标准'];
          notes.set(item.key, options[Math.floor(random() * options.length)]);
        } else if (item.naAllowed && roll > 0.85) entries.push({ itemKey: item.key, result: 'NA' });
        else entries.push({ itemKey: item.key, result: 'PASS' });
      }
    }
    const score = scoreInspection(doc as ChecklistDoc, entries);
    const localDate = localTime(p.at, p.project.timeZone, 'YYYY-MM-DD');
    const inspectionId = randomUUID();
    inspections.push({
      id: inspectionId,
      clientKey: `demo-history-${String(n + 1).padStart(4, '0')}`,
      status: 'SUBMITTED',
      occurrenceId: p.occurrenceId,
      projectId: p.project.id,
      regionId: p.project.regionId,
      templateId: p.templateId,
      templateVersionId: p.versionId,
      level: p.level,
      inspectorUserId: p.inspectorUserId,
      performedAt: new Date(p.at.getTime() - 20 * 60_000),
      submittedAt: p.at,
      localDate,
      note: score.failedItems ? '已现场告知项目负责人' : null,
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
    score.items.forEach((s, position) => {
      const entry = entries.find((e) => e.itemKey === s.itemKey)!;
      const resultId = randomUUID();
      results.push({
        id: resultId,
        inspectionId,
        projectId: p.project.id,
        regionId: p.project.regionId,
        templateId: p.templateId,
        templateVersionId: p.versionId,
        level: p.level,
        templateItemId: itemIds.get(`${p.versionId}:${s.itemKey}`)!,
        itemKey: s.itemKey,
        sectionKey: s.sectionKey,
        standardId: s.item.standardId,
        position: position + 1,
        result: s.result,
        possiblePoints: s.possible,
        earnedPoints: s.earned,
        score: null,
        deductionKeys: [...(entry.deductionKeys ?? [])],
        critical: s.item.critical,
        note: notes.get(s.itemKey) ?? null,
        evidenceFileIds: [],
        customerFacing: false,
        employeeId: null,
        submittedAt: p.at,
        localDate,
      });
      // Every 9th non-critical failure of the last 20 days was customer-facing (客户反馈), without
      // drawing from the PRNG (the rest of the history stays the same); the oldest is handled.
      if (
        s.result === 'FAIL' &&
        !s.item.critical &&
        now.getTime() - p.at.getTime() < 20 * DAY &&
        failures++ % 9 === 4 &&
        feedback.length < 5
      ) {
        results[results.length - 1].customerFacing = true;
        const handled = feedback.length === 0 && !!users.cs;
        feedback.push({
          inspectionId,
          itemResultId: resultId,
          projectId: p.project.id,
          regionId: p.project.regionId,
          state: handled ? 'HANDLED' : 'RECEIVED',
          description: notes.get(s.itemKey) ?? '客户可见的不合格项',
          receivedAt: p.at,
          handledAt: handled ? new Date(p.at.getTime() + 5 * HOUR) : null,
          handledByUserId: handled ? users.cs! : null,
          handlingNote: handled ? '已致电业主说明情况并致歉，项目已安排专人跟进，业主表示满意' : null,
        });
      }
      const wanted = p.scripted && codes.get(s.item.standardId) === p.scripted.standard ? p.scripted.rectification : null;
      if (!wanted && !s.failedCritical) return;
      // A failed critical item always has one (as submission would open it); older ones are verified.
      const story = wanted ?? (now.getTime() - p.at.getTime() > 14 * DAY ? 'VERIFIED' : 'OPEN');
      // As submission resolves it: the project's manager, else the company's fallback owner.
      const legacy = !!p.scripted?.legacyOwnerless && !!wanted;
      const owner = p.project.managerUserId ?? users.fallbackOwner;
      const ownerSource = legacy ? null : p.project.managerUserId ? ('PROJECT_MANAGER' as const) : ('COMPANY_FALLBACK' as const);
      const at = (h: number) => new Date(p.at.getTime() + h * HOUR);
      const deadline = story === 'REJECTED' ? new Date(now.getTime() + 2 * DAY) : at(72);
      const id = randomUUID();
      const steps: Array<{
        action: RectificationEvent['action'];
        from: RectificationState | null;
        to: RectificationState;
        userId: string;
        note: string | null;
        at: Date;
      }> = [{ action: 'CREATED', from: null, to: 'OPEN', userId: p.inspectorUserId, note: null, at: p.at }];
      if (story !== 'OPEN' && story !== 'OPEN_OVERDUE')
        steps.push({ action: 'SUBMITTED', from: 'OPEN', to: 'SUBMITTED', userId: owner, note: '已安排人员整改完毕，请复查', at: at(26) });
      if (story === 'VERIFIED')
        steps.push({ action: 'VERIFIED', from: 'SUBMITTED', to: 'VERIFIED', userId: users.quality, note: '现场复查合格', at: at(50) });
      if (story === 'REJECTED')
        steps.push({
          action: 'REJECTED',
          from: 'SUBMITTED',
          to: 'OPEN',
          userId: users.quality,
          note: '复查仍有员工未按规定着装，请继续整改',
          at: at(48),
        });
      const state = steps[steps.length - 1].to;
      const submitted = steps.find((x) => x.action === 'SUBMITTED');
      const verified = steps.find((x) => x.action === 'VERIFIED');
      rectifications.push({
        id,
        inspectionId,
        itemResultId: resultId,
        patrolRunPointId: null,
        projectId: p.project.id,
        regionId: p.project.regionId,
        standardId: s.item.standardId,
        state,
        ownerUserId: legacy ? null : owner,
        ownerSource,
        deadline,
        description: notes.get(s.itemKey) ?? '不合格项整改',
        evidenceRequired: false,
        automatic: s.failedCritical,
        createdByUserId: p.inspectorUserId,
        openedAt: p.at,
        submittedAt: state === 'SUBMITTED' || state === 'VERIFIED' ? (submitted?.at ?? null) : null,
        submittedByUserId: state === 'SUBMITTED' || state === 'VERIFIED' ? (submitted?.userId ?? null) : null,
        verifiedAt: verified?.at ?? null,
        verifiedByUserId: verified?.userId ?? null,
        rejections: story === 'REJECTED' ? 1 : 0,
      });
      for (const e of steps)
        events.push({
          rectificationId: id,
          action: e.action,
          fromState: e.from,
          toState: e.to,
          userId: e.userId,
          note: e.note,
          fromOwnerUserId: null,
          toOwnerUserId: e.action === 'CREATED' && !legacy ? owner : null,
          evidenceFileIds: [],
          at: e.at,
        });
    });
  });
  await db.repo(Inspection).insertIgnoringDuplicates(inspections);
  await db.repo(InspectionItemResult).insertIgnoringDuplicates(results);
  await db.repo(Rectification).insertIgnoringDuplicates(rectifications);
  await db.repo(RectificationEvent).insertIgnoringDuplicates(events);
  await db.repo(Feedback).insertIgnoringDuplicates(feedback);
}
