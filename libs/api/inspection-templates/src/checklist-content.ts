import { InspectionTemplateItem, InspectionTemplateSection, InspectionTemplateVersion, type TenantDb } from '@pinzhi/db';
import type { ChecklistDoc, ChecklistSectionDoc } from '@pinzhi/domain';
import type { VersionedContent } from '@pinzhi/api-core';

/**
 * A checklist version's content as a document: sections → items (with their deductions as
 * JSON), and the pass mark on the version row. Two queries read any number of versions.
 */
export async function loadChecklists(db: TenantDb, versionIds: readonly string[]): Promise<Map<string, ChecklistDoc>> {
  const ids = [...new Set(versionIds)];
  const docs = new Map<string, ChecklistDoc>();
  if (ids.length === 0) return docs;
  const [versions, sections, items] = await Promise.all([
    db.repo(InspectionTemplateVersion).findByIds(ids),
    db.repo(InspectionTemplateSection).query('s').andWhere('s.versionId IN (:...ids)', { ids }).orderBy('s.position', 'ASC').getMany(),
    db.repo(InspectionTemplateItem).query('i').andWhere('i.versionId IN (:...ids)', { ids }).orderBy('i.position', 'ASC').getMany(),
  ]);
  for (const v of versions) docs.set(v.id, { passScore: v.passScore, sections: [] });
  const bySection = new Map<string, ChecklistSectionDoc>();
  for (const s of sections) {
    const doc: ChecklistSectionDoc = { key: s.key, titleZh: s.titleZh, titleEn: s.titleEn, items: [] };
    docs.get(s.versionId)?.sections.push(doc);
    bySection.set(`${s.versionId}/${s.key}`, doc);
  }
  for (const i of items) {
    bySection.get(`${i.versionId}/${i.sectionKey}`)?.items.push({
      key: i.key,
      standardId: i.standardId,
      checkpointZh: i.checkpointZh,
      checkpointEn: i.checkpointEn,
      points: i.points,
      deductions: i.deductions,
      naAllowed: i.naAllowed,
      critical: i.critical,
    });
  }
  return docs;
}

export async function loadChecklist(db: TenantDb, versionId: string): Promise<ChecklistDoc> {
  return (await loadChecklists(db, [versionId])).get(versionId) ?? { passScore: 80, sections: [] };
}

export async function writeChecklist(db: TenantDb, versionId: string, doc: ChecklistDoc): Promise<void> {
  await db.repo(InspectionTemplateSection).deleteWhere({ versionId });
  await db.repo(InspectionTemplateItem).deleteWhere({ versionId });
  await db.repo(InspectionTemplateVersion).updateWhere({ id: versionId }, { passScore: doc.passScore }, { bookkeeping: true });
  await db
    .repo(InspectionTemplateSection)
    .insertMany(doc.sections.map((s, i) => ({ versionId, key: s.key, position: i + 1, titleZh: s.titleZh, titleEn: s.titleEn })));
  await db.repo(InspectionTemplateItem).insertMany(
    doc.sections.flatMap((s) =>
      s.items.map((it, j) => ({
        versionId,
        sectionKey: s.key,
        key: it.key,
        position: j + 1,
        standardId: it.standardId,
        checkpointZh: it.checkpointZh,
        checkpointEn: it.checkpointEn,
        points: it.points,
        deductions: it.deductions,
        naAllowed: it.naAllowed,
        critical: it.critical,
      })),
    ),
  );
}

export const checklistContent: VersionedContent<ChecklistDoc> = {
  empty: () => ({ passScore: 80, sections: [] }),
  load: loadChecklist,
  write: writeChecklist,
  isEmpty: (doc) => doc.sections.every((s) => s.items.length === 0),
};
