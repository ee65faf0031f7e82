import { randomUUID } from 'node:crypto';
import {
  CompanySettings,
  Department,
  Duty,
  Handbook,
  HandbookVersion,
  HolidayList,
  InspectionFrequencyDefault,
  InspectionTemplate,
  InspectionTemplateVersion,
  OnboardingTemplate,
  Standard,
  type OnboardingTemplateTask,
  type TenantDb,
} from '@pinzhi/db';
import { writeDoc } from '@pinzhi/api-handbooks';
import { writeChecklist } from '@pinzhi/api-inspection-templates';
import { BadUserInputError } from '@pinzhi/api-core';
import { COMPANY_SETTINGS_DEFAULTS, DEFAULT_INSPECTION_LEVEL, STARTER_PACKS, type ChecklistDoc, type StarterPackId } from '@pinzhi/domain';
import {
  CHECKLISTS,
  DEPARTMENTS,
  DUTIES,
  FREQUENCY_DEFAULTS,
  HANDBOOK_TEMPLATES,
  HOLIDAYS,
  HOLIDAY_LIST_NAME,
  ONBOARDING_EXTRA_TASKS,
  ONBOARDING_TASKS,
  ONBOARDING_TEMPLATE_NAMES,
  PROPOSAL_SECTIONS,
  STANDARD_SEEDS,
  buildDoc,
} from './data/standard-pack';

/**
 * Opens one company's tenant-scoped view (the platform's `PlatformDb` is one; feature code does
 * not import it). Inside a platform transaction, the view shares it.
 */
export interface TenantOpener {
  tenant(tenantId: string, actorUserId: string | null): TenantDb;
}

/** How many records of each kind a pack created. */
export interface StarterPackCounts {
  standards: number;
  handbookTemplates: number;
  checklists: number;
  holidayLists: number;
  frequencyDefaults: number;
  departments: number;
  duties: number;
  onboardingTemplates: number;
}

export interface StarterPackOptions {
  /** Who applies it (the audit trail's actor and the publisher of the versions); null: the platform. */
  actorUserId?: string | null;
  /** The moment it is applied (default: now). */
  now?: Date;
  /** When the handbook templates and checklists count as published (the demo backdates them). */
  publishedAt?: { handbooks?: Date; checklists?: Date };
  /** Write an audit entry (default true; the demo seed writes none). */
  audit?: boolean;
}

/** What a company already has that a pack would add to: a pack goes only into a company without them. */
export async function existingContent(db: TenantDb): Promise<Partial<StarterPackCounts>> {
  const [standards, handbookTemplates, checklists, departments, duties, onboardingTemplates] = await Promise.all([
    db.repo(Standard).count(),
    db.repo(Handbook).count({ kind: 'TEMPLATE' }),
    db.repo(InspectionTemplate).count(),
    db.repo(Department).count(),
    db.repo(Duty).count(),
    db.repo(OnboardingTemplate).count(),
  ]);
  const found: Partial<StarterPackCounts> = {};
  if (standards) found.standards = standards;
  if (handbookTemplates) found.handbookTemplates = handbookTemplates;
  if (checklists) found.checklists = checklists;
  if (departments) found.departments = departments;
  if (duties) found.duties = duties;
  if (onboardingTemplates) found.onboardingTemplates = onboardingTemplates;
  return found;
}

/**
 * Copies a starter pack into one company: 'standard' (the standards library from the source
 * document's conduct rules and sales-office items, handbook templates and checklists per
 * property format, a holiday list, default inspection frequencies, the departments with the
 * Quality Center's ten duties, onboarding templates) or 'empty' (nothing; only recorded).
 * Everything gets new ids in that company, which may then change it freely.
 *
 * A company takes one pack, once: refused (BAD_USER_INPUT on `packId`) when a pack was applied
 * or the company already has standards, templates, checklists or departments. Runs in one
 * transaction (inside the caller's, if it is in one). The platform operator's "create company"
 * and the company admin's first-day wizard both call it.
 */
export async function applyStarterPack(
  platform: TenantOpener,
  tenantId: string,
  packId: StarterPackId,
  options: StarterPackOptions = {},
): Promise<StarterPackCounts> {
  if (!(STARTER_PACKS as readonly string[]).includes(packId))
    throw BadUserInputError.field('packId', 'INVALID_VALUE', `One of ${STARTER_PACKS.join(', ')}`, { allowed: STARTER_PACKS });
  const now = options.now ?? new Date();
  return platform.tenant(tenantId, options.actorUserId ?? null).transaction(async (db) => {
    const settings = await db.repo(CompanySettings).findOne({});
    if (settings?.starterPack)
      throw BadUserInputError.field('packId', 'INVALID_VALUE', `The ${settings.starterPack} starter pack was applied already`, {
        applied: settings.starterPack,
      });
    const existing = await existingContent(db);
    if (Object.keys(existing).length)
      throw BadUserInputError.field(
        'packId',
        'INVALID_VALUE',
        'The company has content already; a starter pack goes only into an empty one',
        {
          existing,
        },
      );
    const counts =
      packId === 'standard'
        ? await installStandardPack(db, options.actorUserId ?? null, {
            handbooks: options.publishedAt?.handbooks ?? now,
            checklists: options.publishedAt?.checklists ?? now,
          })
        : emptyCounts();
    const recorded = { starterPack: packId, starterPackAppliedAt: now };
    const holidayList = packId === 'standard' ? await db.repo(HolidayList).findOne({ name: HOLIDAY_LIST_NAME }) : null;
    const row = settings
      ? await db.repo(CompanySettings).update(settings.id, {
          ...recorded,
          defaultHolidayListId: settings.defaultHolidayListId ?? holidayList?.id ?? null,
        })
      : await db.repo(CompanySettings).insert({
          ...COMPANY_SETTINGS_DEFAULTS,
          ...recorded,
          workingDays: null,
          defaultHolidayListId: holidayList?.id ?? null,
          setupDismissedAt: null,
        });
    if (options.audit !== false)
      await db.audit({
        operation: 'applyStarterPack',
        entity: 'CompanySettings',
        entityId: row.id,
        changes: {
          starterPack: { from: null, to: packId },
          standards: { from: null, to: counts.standards },
          handbookTemplates: { from: null, to: counts.handbookTemplates },
          checklists: { from: null, to: counts.checklists },
          frequencyDefaults: { from: null, to: counts.frequencyDefaults },
          departments: { from: null, to: counts.departments },
          duties: { from: null, to: counts.duties },
          onboardingTemplates: { from: null, to: counts.onboardingTemplates },
        },
      });
    return counts;
  });
}

function emptyCounts(): StarterPackCounts {
  return {
    standards: 0,
    handbookTemplates: 0,
    checklists: 0,
    holidayLists: 0,
    frequencyDefaults: 0,
    departments: 0,
    duties: 0,
    onboardingTemplates: 0,
  };
}

async function installStandardPack(
  db: TenantDb,
  publisherId: string | null,
  publishedAt: { handbooks: Date; checklists: Date },
): Promise<StarterPackCounts> {
  // 标准库
  const standards = await db.repo(Standard).insertMany(
    STANDARD_SEEDS.map((s) => ({
      code: s.code,
      category: s.category,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      requirementZh: s.requirementZh,
      requirementEn: s.requirementEn,
      positions: [...s.positions],
      condition: s.condition,
      checkMethod: s.checkMethod,
      defaultScore: s.defaultScore,
      critical: s.critical,
      formats: [...s.formats],
      source: s.source,
      archivedAt: null,
    })),
  );
  const byCode = new Map(standards.map((s) => [s.code, s]));

  // 工作手册模板: one published version per format.
  for (const t of HANDBOOK_TEMPLATES) {
    const h = await db.repo(Handbook).insert({
      kind: 'TEMPLATE',
      name: t.name,
      format: t.format,
      projectId: null,
      sourceTemplateId: null,
      draftVersionId: null,
      latestVersionId: null,
      latestNumber: 0,
    });
    const v = await db.repo(HandbookVersion).insert({
      handbookId: h.id,
      number: 1,
      status: 'PUBLISHED',
      basedOnVersionId: null,
      changeSummary: '依据公司基本行为规范和服务技巧编制首版模板',
      publishedAt: publishedAt.handbooks,
      publishedByUserId: publisherId,
      createdByUserId: publisherId,
    });
    await writeDoc(db, v.id, buildDoc(t.sections, byCode));
    await db.repo(Handbook).update(h.id, { latestVersionId: v.id, latestNumber: 1 });
  }

  // 检查表
  const checklists = new Map<string, InspectionTemplate>();
  for (const plan of CHECKLISTS) {
    const doc: ChecklistDoc = {
      passScore: plan.passScore,
      sections: plan.sections.map((s) => ({
        key: randomUUID(),
        titleZh: s.titleZh,
        titleEn: s.titleEn,
        items: s.items
          .filter((i) => byCode.has(i.code))
          .map((i) => ({
            key: randomUUID(),
            standardId: byCode.get(i.code)!.id,
            checkpointZh: i.checkpointZh ?? null,
            checkpointEn: null,
            points: i.points ?? byCode.get(i.code)!.defaultScore,
            deductions: (i.deductions ?? []).map(([labelZh, points]) => ({ key: randomUUID(), labelZh, labelEn: null, points })),
            naAllowed: i.naAllowed ?? false,
            critical: i.critical ?? byCode.get(i.code)!.critical,
          })),
      })),
    };
    const t = await db.repo(InspectionTemplate).insert({
      name: plan.name,
      format: plan.format,
      description: plan.description,
      level: DEFAULT_INSPECTION_LEVEL,
      draftVersionId: null,
      latestVersionId: null,
      latestNumber: 0,
      archivedAt: null,
    });
    const v = await db.repo(InspectionTemplateVersion).insert({
      templateId: t.id,
      number: 1,
      status: 'PUBLISHED',
      basedOnVersionId: null,
      changeSummary: '首版',
      publishedAt: publishedAt.checklists,
      publishedByUserId: publisherId,
      createdByUserId: publisherId,
      passScore: plan.passScore,
    });
    await writeChecklist(db, v.id, doc);
    checklists.set(plan.name, await db.repo(InspectionTemplate).update(t.id, { latestVersionId: v.id, latestNumber: 1 }));
  }

  // 节假日 and 默认检查频次
  const holidays = await db.repo(HolidayList).insert({ name: HOLIDAY_LIST_NAME, dates: [...HOLIDAYS] });
  const positions = new Map<string, number>();
  const defaults = await db.repo(InspectionFrequencyDefault).insertMany(
    FREQUENCY_DEFAULTS.map((d) => {
      const position = (positions.get(d.format) ?? 0) + 1;
      positions.set(d.format, position);
      return {
        format: d.format,
        position,
        templateId: checklists.get(d.checklist)!.id,
        anchor: 'CALENDAR' as const,
        rrule: d.rrule,
        periodUnit: null,
        periodCount: null,
        startTime: null,
        windowMinutes: d.windowMinutes,
        allowLate: d.allowLate,
        holidayListId: d.holidays ? holidays.id : null,
        assigneeRole: d.assigneeRole,
      };
    }),
  );

  // 部门与职责
  const departments = new Map<string, Department>();
  for (const [i, [code, name, nameEn]] of DEPARTMENTS.entries())
    departments.set(code, await db.repo(Department).insert({ name, nameEn, code, position: i + 1, archivedAt: null, headUserId: null }));
  const dept = (code: string) => departments.get(code)!.id;
  const duties = await db.repo(Duty).insertMany(
    DUTIES.map(([titleZh, titleEn, collaborators], i) => ({
      position: i + 1,
      titleZh,
      titleEn,
      ownerDepartmentId: dept('QC'),
      collaboratorDepartmentIds: collaborators.map(dept),
      archivedAt: null,
    })),
  );

  // 前期接管模板
  for (const [format, name] of ONBOARDING_TEMPLATE_NAMES) {
    const tasks: OnboardingTemplateTask[] = [...ONBOARDING_TASKS, ...(ONBOARDING_EXTRA_TASKS[format] ?? [])].map(
      ([phase, title, owner, collaborators, dueOffsetDays, required, checklist, deliverable]) => ({
        key: randomUUID(),
        phase,
        title,
        ownerDepartmentId: dept(owner),
        collaboratorDepartmentIds: collaborators.map(dept),
        dueOffsetDays,
        required,
        checklist: [...checklist],
        deliverable: deliverable ?? null,
      }),
    );
    const proposalSections = PROPOSAL_SECTIONS.map(([title, body]) => ({ key: randomUUID(), title, body }));
    await db.repo(OnboardingTemplate).insert({ name, format, tasks, proposalSections, archivedAt: null });
  }

  return {
    standards: standards.length,
    handbookTemplates: HANDBOOK_TEMPLATES.length,
    checklists: checklists.size,
    holidayLists: 1,
    frequencyDefaults: defaults.length,
    departments: departments.size,
    duties: duties.length,
    onboardingTemplates: ONBOARDING_TEMPLATE_NAMES.length,
  };
}
