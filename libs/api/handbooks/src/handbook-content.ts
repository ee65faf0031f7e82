import { randomUUID } from 'node:crypto';
import { HandbookItem, HandbookSection, ServiceFrequency, type TenantDb } from '@pinzhi/db';
import type { HandbookDoc, HandbookSectionDoc } from '@pinzhi/domain';

/**
 * Reading and writing a version's content (sections → items, frequencies) as a document.
 * Three queries to read any number of versions; rows are only ever inserted for a draft or
 * copied, never changed after publishing.
 */
export async function loadDocs(db: TenantDb, versionIds: readonly string[]): Promise<Map<string, HandbookDoc>> {
  const ids = [...new Set(versionIds)];
  const docs = new Map<string, HandbookDoc>(ids.map((id) => [id, { sections: [] }]));
  if (ids.length === 0) return docs;
  const [sections, items, frequencies] = await Promise.all([
    db.repo(HandbookSection).query('s').andWhere('s.versionId IN (:...ids)', { ids }).orderBy('s.position', 'ASC').getMany(),
    db.repo(HandbookItem).query('i').andWhere('i.versionId IN (:...ids)', { ids }).orderBy('i.position', 'ASC').getMany(),
    db.repo(ServiceFrequency).query('f').andWhere('f.versionId IN (:...ids)', { ids }).orderBy('f.position', 'ASC').getMany(),
  ]);
  const byVersionSection = new Map<string, HandbookSectionDoc>();
  for (const s of sections) {
    const doc: HandbookSectionDoc = { key: s.key, titleZh: s.titleZh, titleEn: s.titleEn, items: [], frequencies: [] };
    docs.get(s.versionId)!.sections.push(doc);
    byVersionSection.set(`${s.versionId}/${s.key}`, doc);
  }
  for (const i of items) {
    byVersionSection.get(`${i.versionId}/${i.sectionKey}`)?.items.push({
      key: i.key,
      standardId: i.standardId,
      requirementZh: i.requirementZh,
      requirementEn: i.requirementEn,
      score: i.score,
      note: i.note,
    });
  }
  for (const f of frequencies) {
    byVersionSection.get(`${f.versionId}/${f.sectionKey}`)?.frequencies.push({
      key: f.key,
      taskZh: f.taskZh,
      taskEn: f.taskEn,
      zoneId: f.zoneId,
      locationZh: f.locationZh,
      rrule: f.rrule,
      note: f.note,
    });
  }
  return docs;
}

export async function loadDoc(db: TenantDb, versionId: string): Promise<HandbookDoc> {
  return (await loadDocs(db, [versionId])).get(versionId)!;
}

/** Replaces a draft's content with `doc` (call inside the draft's transaction). */
export async function writeDoc(db: TenantDb, versionId: string, doc: HandbookDoc): Promise<void> {
  await deleteContent(db, versionId);
  await db
    .repo(HandbookSection)
    .insertMany(doc.sections.map((s, i) => ({ versionId, key: s.key, position: i + 1, titleZh: s.titleZh, titleEn: s.titleEn })));
  await db.repo(HandbookItem).insertMany(
    doc.sections.flatMap((s) =>
      s.items.map((it, j) => ({
        versionId,
        sectionKey: s.key,
        key: it.key,
        position: j + 1,
        standardId: it.standardId,
        requirementZh: it.requirementZh,
        requirementEn: it.requirementEn,
        score: it.score,
        note: it.note,
      })),
    ),
  );
  await db.repo(ServiceFrequency).insertMany(
    doc.sections.flatMap((s) =>
      s.frequencies.map((f, j) => ({
        versionId,
        sectionKey: s.key,
        key: f.key,
        position: j + 1,
        taskZh: f.taskZh,
        taskEn: f.taskEn,
        zoneId: f.zoneId,
        locationZh: f.locationZh,
        rrule: f.rrule,
        note: f.note,
      })),
    ),
  );
}

export async function deleteContent(db: TenantDb, versionId: string): Promise<void> {
  await db.repo(HandbookSection).deleteWhere({ versionId });
  await db.repo(HandbookItem).deleteWhere({ versionId });
  await db.repo(ServiceFrequency).deleteWhere({ versionId });
}

/** A copy with fresh keys — for a project handbook that starts from a template. */
export function withFreshKeys(doc: HandbookDoc): HandbookDoc {
  return {
    sections: doc.sections.map((s) => ({
      ...s,
      key: randomUUID(),
      items: s.items.map((i) => ({ ...i, key: randomUUID() })),
      frequencies: s.frequencies.map((f) => ({ ...f, key: randomUUID() })),
    })),
  };
}

/** Points each frequency at the property's zone named by its `locationZh` (or none). */
export function mapZonesByName(doc: HandbookDoc, zones: ReadonlyArray<{ id: string; name: string }>): void {
  const byName = new Map(zones.map((z) => [z.name, z.id]));
  for (const s of doc.sections) for (const f of s.frequencies) f.zoneId = f.locationZh ? (byName.get(f.locationZh) ?? null) : null;
}
