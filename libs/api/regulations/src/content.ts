import { RegulationSection, type TenantDb } from '@pinzhi/db';
import type { RegulationDoc } from '@pinzhi/domain';

/** Reads any number of versions' sections with one query. */
export async function loadRegulationDocs(db: TenantDb, versionIds: readonly string[]): Promise<Map<string, RegulationDoc>> {
  const ids = [...new Set(versionIds)];
  const docs = new Map<string, RegulationDoc>(ids.map((id) => [id, { sections: [] }]));
  if (ids.length === 0) return docs;
  const rows = await db
    .repo(RegulationSection)
    .query('s')
    .andWhere('s.versionId IN (:...ids)', { ids })
    .orderBy('s.position', 'ASC')
    .getMany();
  for (const s of rows) docs.get(s.versionId)!.sections.push({ key: s.key, title: s.title, body: s.body });
  return docs;
}

export async function loadRegulationDoc(db: TenantDb, versionId: string): Promise<RegulationDoc> {
  return (await loadRegulationDocs(db, [versionId])).get(versionId)!;
}

/** Replaces a draft's sections (inside the draft's transaction). */
export async function writeRegulationDoc(db: TenantDb, versionId: string, doc: RegulationDoc): Promise<void> {
  await db.repo(RegulationSection).deleteWhere({ versionId });
  await db
    .repo(RegulationSection)
    .insertMany(doc.sections.map((s, i) => ({ versionId, key: s.key, position: i + 1, title: s.title, body: s.body })));
}
