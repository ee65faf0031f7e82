import { randomUUID } from 'node:crypto';
import { Handbook, HandbookVersion, Project, Property, Standard, type TenantDb } from '@pinzhi/db';
import { mapZonesByName, writeDoc } from '@pinzhi/api-handbooks';
import { standardPack } from '@pinzhi/api-starter';
import type { HandbookDoc, PropertyFormat } from '@pinzhi/domain';

const { HANDBOOK_TEMPLATES, buildDoc } = standardPack;

async function publishVersion(
  db: TenantDb,
  handbook: Handbook,
  doc: HandbookDoc,
  summary: string,
  publisherId: string,
  at: Date,
): Promise<Handbook> {
  const number = handbook.latestNumber + 1;
  const v = await db.repo(HandbookVersion).insert({
    handbookId: handbook.id,
    number,
    status: 'PUBLISHED',
    basedOnVersionId: handbook.latestVersionId,
    changeSummary: summary,
    publishedAt: at,
    publishedByUserId: publisherId,
    createdByUserId: publisherId,
  });
  await writeDoc(db, v.id, doc);
  return db.repo(Handbook).update(handbook.id, { latestVersionId: v.id, latestNumber: number });
}

/**
 * The demo's project handbooks, generated from the standard starter pack's templates (which
 * `applyStarterPack` put into the company with the standards library): published for four
 * projects, one of them revised, so the diff has something to show.
 */
export async function seedHandbooks(db: TenantDb, qualityUserId: string): Promise<void> {
  const byCode = new Map((await db.repo(Standard).find()).map((s) => [s.code, s]));
  const day = (iso: string) => new Date(`${iso}T02:00:00Z`);
  const templates = new Map<PropertyFormat, Handbook>(
    (await db.repo(Handbook).find({ where: { kind: 'TEMPLATE' } })).map((h) => [h.format, h] as [PropertyFormat, Handbook]),
  );

  const projects = await db.repo(Project).find();
  const properties = new Map((await db.repo(Property).find()).map((p) => [p.id, p]));
  for (const code of ['SH-001', 'SH-002', 'SH-003', 'GZ-001']) {
    const project = projects.find((p) => p.code === code);
    if (!project) continue;
    const property = properties.get(project.propertyId)!;
    const template = templates.get(property.format);
    if (!template) continue;
    const plan = HANDBOOK_TEMPLATES.find((t) => t.format === property.format)!;
    const doc = buildDoc(plan.sections, byCode);
    mapZonesByName(doc, property.zones);
    let h = await db.repo(Handbook).insert({
      kind: 'PROJECT',
      name: `${project.name} 工作手册`,
      format: property.format,
      projectId: project.id,
      sourceTemplateId: template.id,
      draftVersionId: null,
      latestVersionId: null,
      latestNumber: 0,
    });
    h = await publishVersion(db, h, doc, '依据服务合同由模板生成首版', qualityUserId, day('2026-02-01'));
    if (code === 'SH-001') {
      // A revision the diff can show: lobby mopped 4×/day in summer, a stricter patrol score,
      // and a project-specific rule for the children's play area.
      const v2: HandbookDoc = structuredClone(doc);
      const cleaning = v2.sections.find((s) => s.titleZh.includes('保洁'))!;
      cleaning.frequencies[0].rrule = 'FREQ=DAILY;BYHOUR=7,11,14,17;BYMINUTE=0';
      cleaning.frequencies[0].note = '夏季每日4次';
      const security = v2.sections.find((s) => s.titleZh.includes('秩序'))!;
      security.items[0].score = 5;
      security.items[0].requirementZh = '按巡逻路线每2小时巡查一次，儿童游乐区每次必查，巡更点按时签到，异常情况及时上报并记录。';
      security.frequencies.push({
        key: randomUUID(),
        taskZh: '儿童游乐区设施检查',
        taskEn: null,
        zoneId: null,
        locationZh: '儿童游乐区',
        rrule: 'FREQ=DAILY;BYHOUR=9,16;BYMINUTE=0',
        note: null,
      });
      mapZonesByName(v2, property.zones);
      h = await publishVersion(db, h, v2, '夏季保洁频次调整；巡逻标准增加儿童游乐区检查', qualityUserId, day('2026-06-01'));
    }
  }
}
