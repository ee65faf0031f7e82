// The benchmark's data set: deterministic (same counts, names and scores on every run, ids
// from a counter) and loaded with multi-row inserts through the entities' metadata
// (TenantRepository.insertIgnoringDuplicates: one INSERT per 1,000 rows on MySQL/MariaDB).
import { performance } from 'node:perf_hooks';
import {
  Handbook,
  HandbookItem,
  HandbookSection,
  HandbookVersion,
  InspectionFrequency,
  InspectionItemResult,
  Inspection,
  InspectionTemplate,
  InspectionTemplateVersion,
  Membership,
  Project,
  Property,
  Rectification,
  Region,
  Standard,
  type NewRow,
  type TenantDb,
} from '@pinzhi/db';
import { PlatformDb, type DataSource } from '@pinzhi/db/platform';
import { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import { hashPassword } from '@pinzhi/api-tenancy';
import { seeded, stableId } from './scratch';

export interface DatasetOptions {
  tenants: number;
  /** Projects in all (spread evenly over the tenants). */
  projects: number;
  /** Inspection item results in all (10 per inspection, spread over the past year). */
  itemResults: number;
  regionsPerTenant: number;
  /** The instant the data is built around (occurrences for a year up to it and 5 weeks after). */
  now: Date;
}

export interface BenchTenant {
  id: string;
  slug: string;
  /** A Quality Center user who sees the whole tenant (signs in for the benchmark). */
  email: string;
  regionIds: string[];
  projectIds: string[];
}

export const BENCH_PASSWORD = 'bench-password-1';
const DAY = 86_400_000;
const ITEMS = 10;
const SECTIONS = 6;
const ITEMS_PER_SECTION = 5;

const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** Builds the data set; returns the tenants and what was loaded, with the time it took. */
export async function buildDataset(
  ds: DataSource,
  o: DatasetOptions,
): Promise<{ tenants: BenchTenant[]; counts: Record<string, number>; ms: number }> {
  const t0 = performance.now();
  const platform = new PlatformDb(ds);
  const rnd = seeded(20271);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const counts: Record<string, number> = {
    tenants: 0,
    projects: 0,
    handbookSections: 0,
    handbookItems: 0,
    occurrences: 0,
    inspections: 0,
    itemResults: 0,
    rectifications: 0,
  };
  const perTenant = Math.ceil(o.projects / o.tenants);
  const inspectionsPerProject = Math.max(1, Math.round(o.itemResults / ITEMS / o.projects));
  const materialiser = new OccurrenceMaterialiser();
  const yearAgo = new Date(o.now.getTime() - 365 * DAY);
  let seq = 0;
  const id = () => stableId(0xbe9c, ++seq);
  const tenants: BenchTenant[] = [];

  for (let t = 0; t < o.tenants; t++) {
    const tenant = await platform.insertTenant({ slug: `bench-${t}`, name: `基准物业${t}` });
    const db: TenantDb = platform.tenant(tenant.id, null);
    counts['tenants']++;
    const email = `quality${t}@bench.test`;
    const quality = await platform.insertUser({ email, displayName: `品质中心${t}`, passwordHash });
    await db.repo(Membership).insert({
      userId: quality.id,
      role: 'QUALITY_CENTER',
      regionIds: [],
      projectIds: [],
      displayName: quality.displayName,
      phone: null,
      active: true,
    });
    const managers: string[] = [];
    for (let m = 0; m < 20; m++) {
      const u = await platform.insertUser({ email: `manager${t}-${m}@bench.test`, displayName: `项目经理${t}-${m}`, passwordHash });
      managers.push(u.id);
    }
    await db.repo(Membership).insertIgnoringDuplicates(
      managers.map((userId, m) => ({
        id: id(),
        userId,
        role: 'VIEWER' as const,
        regionIds: [],
        projectIds: [],
        displayName: `项目经理${t}-${m}`,
        phone: null,
        active: true,
      })),
    );
    const regions = await db
      .repo(Region)
      .insertMany(Array.from({ length: o.regionsPerTenant }, (_, i) => ({ name: `区域${i}`, code: `R${i}` })));
    const properties = await db.repo(Property).insertMany(
      Array.from({ length: 20 }, (_, i) => ({
        name: `物业${t}-${i}`,
        format: 'RESIDENTIAL' as const,
        address: `基准路${i}号`,
        grossFloorArea: 10_000 + i * 500,
        zones: [],
      })),
    );
    const count = Math.min(perTenant, o.projects - t * perTenant);
    const projects: NewRow<Project>[] = Array.from({ length: Math.max(0, count) }, (_, i) => ({
      id: id(),
      code: `B${t}-${String(i).padStart(5, '0')}`,
      name: `基准项目${t}-${i}`,
      propertyId: properties[i % properties.length].id,
      regionId: regions[i % regions.length].id,
      stage: 'OPERATING' as const,
      contractStart: '2025-01-01',
      contractEnd: null,
      serviceScope: null,
      managerUserId: managers[i % managers.length],
      timeZone: 'Asia/Shanghai',
      archivedAt: null,
    }));
    await db.repo(Project).insertIgnoringDuplicates(projects);
    counts['projects'] += projects.length;

    // Standards, one published handbook per project (6 sections × 5 items).
    const standards: NewRow<Standard>[] = Array.from({ length: SECTIONS * ITEMS_PER_SECTION }, (_, i) => ({
      id: id(),
      code: `STD-${String(i).padStart(3, '0')}`,
      category: 'HYGIENE' as const,
      titleZh: `标准${i}`,
      titleEn: null,
      requirementZh: `要求${i}：地面无垃圾、无积水`,
      requirementEn: null,
      positions: [],
      condition: null,
      checkMethod: 'OBSERVE' as const,
      defaultScore: 10,
      critical: i % 10 === 0,
      formats: ['RESIDENTIAL' as const],
      source: null,
      archivedAt: null,
    }));
    await db.repo(Standard).insertIgnoringDuplicates(standards);
    const handbooks: NewRow<Handbook>[] = [];
    const versions: NewRow<HandbookVersion>[] = [];
    const sections: NewRow<HandbookSection>[] = [];
    const items: NewRow<HandbookItem>[] = [];
    for (const p of projects) {
      const hid = id();
      const vid = id();
      handbooks.push({
        id: hid,
        kind: 'PROJECT',
        name: `${p.name}作业指导书`,
        format: 'RESIDENTIAL',
        projectId: p.id!,
        sourceTemplateId: null,
        draftVersionId: null,
        latestVersionId: vid,
        latestNumber: 1,
      });
      versions.push({
        id: vid,
        handbookId: hid,
        number: 1,
        status: 'PUBLISHED',
        basedOnVersionId: null,
        changeSummary: '初版',
        publishedAt: yearAgo,
        publishedByUserId: quality.id,
        createdByUserId: quality.id,
      });
      for (let s = 0; s < SECTIONS; s++) {
        const key = stableId(s + 1, 0);
        sections.push({ id: id(), versionId: vid, key, position: s + 1, titleZh: `第${s + 1}章 服务标准`, titleEn: null });
        for (let i = 0; i < ITEMS_PER_SECTION; i++) {
          items.push({
            id: id(),
            versionId: vid,
            sectionKey: key,
            key: stableId(s + 1, i + 1),
            position: i + 1,
            standardId: standards[s * ITEMS_PER_SECTION + i].id!,
            requirementZh: null,
            requirementEn: null,
            score: 10,
            note: null,
          });
        }
      }
    }
    await db.repo(Handbook).insertIgnoringDuplicates(handbooks);
    await db.repo(HandbookVersion).insertIgnoringDuplicates(versions);
    await db.repo(HandbookSection).insertIgnoringDuplicates(sections);
    await db.repo(HandbookItem).insertIgnoringDuplicates(items);
    counts['handbookSections'] += sections.length;
    counts['handbookItems'] += items.length;

    // A checklist, one weekly frequency per project, occurrences from a year ago to 5 weeks ahead.
    const templateId = id();
    const templateVersionId = id();
    await db.repo(InspectionTemplate).insertIgnoringDuplicates([
      {
        id: templateId,
        level: 'COMPANY',
        name: '月度品质巡检表',
        format: 'RESIDENTIAL',
        description: null,
        draftVersionId: null,
        latestVersionId: templateVersionId,
        latestNumber: 1,
        archivedAt: null,
      },
    ]);
    await db.repo(InspectionTemplateVersion).insertIgnoringDuplicates([
      {
        id: templateVersionId,
        templateId,
        number: 1,
        status: 'PUBLISHED',
        basedOnVersionId: null,
        changeSummary: null,
        publishedAt: yearAgo,
        publishedByUserId: quality.id,
        createdByUserId: quality.id,
        passScore: 85,
      },
    ]);
    const frequencies: NewRow<InspectionFrequency>[] = projects.map((p) => ({
      id: id(),
      level: 'COMPANY',
      projectId: p.id!,
      templateId,
      patrolRouteId: null,
      anchor: 'CALENDAR' as const,
      rrule: `FREQ=WEEKLY;BYDAY=${['MO', 'TU', 'WE', 'TH', 'FR'][rnd(5)]};BYHOUR=${8 + rnd(9)};BYMINUTE=0`,
      periodUnit: null,
      periodCount: null,
      startTime: null,
      windowMinutes: 480,
      allowLate: false,
      holidayListId: null,
      assigneeRole: 'INSPECTOR' as const,
      assigneeUserId: null,
      startDate: ymd(yearAgo),
      endDate: null,
      excludedDates: [],
      note: null,
      materialisedUntil: yearAgo,
      archivedAt: null,
    }));
    await db.repo(InspectionFrequency).insertIgnoringDuplicates(frequencies);
    counts['occurrences'] += await materialiser.materialise(
      db,
      o.now,
      new Date(o.now.getTime() + 35 * DAY),
      await db.repo(InspectionFrequency).find(),
    );

    // Inspections of 10 items spread over the past year; failed critical items open rectifications.
    const inspections: NewRow<Inspection>[] = [];
    const results: NewRow<InspectionItemResult>[] = [];
    const rectifications: NewRow<Rectification>[] = [];
    for (const p of projects) {
      for (let k = 0; k < inspectionsPerProject; k++) {
        const at = new Date(o.now.getTime() - (1 + rnd(364)) * DAY - rnd(8) * 3_600_000);
        const day = ymd(at);
        const inspectionId = id();
        let earned = 0;
        for (let i = 0; i < ITEMS; i++) {
          const pass = rnd(100) >= 8;
          const e = pass ? 10 : 0;
          earned += e;
          const resultId = id();
          const standardId = standards[i].id!;
          results.push({
            id: resultId,
            level: 'COMPANY',
            inspectionId,
            projectId: p.id!,
            regionId: p.regionId!,
            templateId,
            templateVersionId,
            templateItemId: stableId(7, i),
            itemKey: stableId(8, i),
            sectionKey: stableId(9, 0),
            standardId,
            position: i + 1,
            result: pass ? 'PASS' : 'FAIL',
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
          if (!pass && i < 3) {
            const state = (['OPEN', 'SUBMITTED', 'VERIFIED', 'VERIFIED'] as const)[rnd(4)];
            rectifications.push({
              id: id(),
              inspectionId,
              itemResultId: resultId,
              patrolRunPointId: null,
              projectId: p.id!,
              regionId: p.regionId!,
              standardId,
              state,
              ownerUserId: p.managerUserId ?? null,
              ownerSource: p.managerUserId ? 'PROJECT_MANAGER' : null,
              deadline: new Date(at.getTime() + 3 * DAY),
              description: '整改：地面清洁不到位',
              evidenceRequired: true,
              automatic: i === 0,
              createdByUserId: quality.id,
              openedAt: at,
              submittedAt: state === 'OPEN' ? null : at,
              submittedByUserId: state === 'OPEN' ? null : (p.managerUserId ?? null),
              verifiedAt: state === 'VERIFIED' ? at : null,
              verifiedByUserId: state === 'VERIFIED' ? quality.id : null,
              rejections: 0,
            });
          }
        }
        const percent = Math.round((earned / (ITEMS * 10)) * 10000) / 100;
        inspections.push({
          id: inspectionId,
          level: 'COMPANY',
          clientKey: inspectionId,
          status: 'SUBMITTED',
          occurrenceId: null,
          projectId: p.id!,
          regionId: p.regionId!,
          templateId,
          templateVersionId,
          inspectorUserId: quality.id,
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
          failedItems: ITEMS - earned / 10,
        });
      }
    }
    await db.repo(Inspection).insertIgnoringDuplicates(inspections);
    await db.repo(InspectionItemResult).insertIgnoringDuplicates(results);
    await db.repo(Rectification).insertIgnoringDuplicates(rectifications);
    counts['inspections'] += inspections.length;
    counts['itemResults'] += results.length;
    counts['rectifications'] += rectifications.length;
    tenants.push({ id: tenant.id, slug: tenant.slug, email, regionIds: regions.map((r) => r.id), projectIds: projects.map((p) => p.id!) });
  }
  return { tenants, counts, ms: performance.now() - t0 };
}
