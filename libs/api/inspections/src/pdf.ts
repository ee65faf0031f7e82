import { isUUID } from 'class-validator';
import {
  InspectionItemResult,
  InspectionTemplate,
  InspectionTemplateVersion,
  Project,
  Rectification,
  RectificationEvent,
  Standard,
} from '@pinzhi/db';
import { NotFoundError, type RequestContext } from '@pinzhi/api-core';
import { PDF, PdfDocument, pdfLanguage, type Bilingual, type PdfImage } from '@pinzhi/api-documents';
import { loadChecklist } from '@pinzhi/api-inspection-templates';
import { localTime, type ItemResultValue, type RectificationState } from '@pinzhi/domain';
import type { EvidenceService } from './evidence.service';
import type { InspectionsService } from './inspections.service';
import type { RectificationsService } from './rectifications.service';

/** The company's name and logo for the letterhead (the server reads the tenant's name). */
export interface CompanyHeader {
  name(tenantId: string): Promise<string | null>;
  logo(ctx: RequestContext): Promise<string | null>;
}

const L = {
  inspectionTitle: { zh: '品质检查报告', en: 'Quality inspection report' },
  noticeTitle: { zh: '整改通知单', en: 'Rectification notice' },
  basics: { zh: '基本信息', en: 'Details' },
  project: { zh: '项目', en: 'Project' },
  checklist: { zh: '检查表', en: 'Checklist' },
  inspector: { zh: '检查人', en: 'Inspector' },
  time: { zh: '检查时间', en: 'Inspected at' },
  place: { zh: '地点', en: 'Place' },
  score: { zh: '得分', en: 'Score' },
  points: { zh: '分数', en: 'Points' },
  verdict: { zh: '结论', en: 'Result' },
  passed: { zh: '合格', en: 'Passed' },
  failed: { zh: '不合格', en: 'Failed' },
  items: { zh: '检查项', en: 'Items' },
  deductions: { zh: '扣分', en: 'Deductions' },
  note: { zh: '备注', en: 'Note' },
  overallNote: { zh: '总体说明', en: 'Overall note' },
  rectification: { zh: '整改', en: 'Rectification' },
  signature: { zh: '检查人签名', en: 'Inspector’s signature' },
  noSignature: { zh: '（无签名）', en: '(not signed)' },
  photoMissing: { zh: '照片无法嵌入（WebP 或已损坏），请在系统中查看', en: 'Photo not embeddable (WebP or damaged): see it in the app' },
  number: { zh: '编号', en: 'No.' },
  foundAt: { zh: '发现时间', en: 'Found at' },
  finding: { zh: '问题描述', en: 'Finding' },
  standard: { zh: '标准', en: 'Standard' },
  requirement: { zh: '整改要求', en: 'Requirement' },
  deadline: { zh: '整改期限', en: 'Deadline' },
  owner: { zh: '整改负责人', en: 'Owner' },
  state: { zh: '状态', en: 'State' },
  photos: { zh: '问题照片', en: 'Photos of the finding' },
  projectSignature: { zh: '项目签收（签字 / 日期）', en: 'Received by the project (signature / date)' },
  closing: { zh: '整改结果', en: 'Result of the rectification' },
  submittedAt: { zh: '提交时间', en: 'Submitted at' },
  submittedBy: { zh: '提交人', en: 'Submitted by' },
  evidence: { zh: '整改照片', en: 'Evidence' },
  verifiedAt: { zh: '验证时间', en: 'Verified at' },
  verifiedBy: { zh: '验证人', en: 'Verified by' },
  verificationNote: { zh: '验证意见', en: 'Verification note' },
  rejections: { zh: '退回次数', en: 'Times rejected' },
} satisfies Record<string, Bilingual>;

const RESULT: Record<ItemResultValue, Bilingual> = {
  PASS: { zh: '合格', en: 'Pass' },
  FAIL: { zh: '不合格', en: 'Fail' },
  NA: { zh: '不适用', en: 'N/A' },
};
const STATE: Record<RectificationState, Bilingual> = {
  OPEN: { zh: '待整改', en: 'Open' },
  SUBMITTED: { zh: '待验证', en: 'Awaiting verification' },
  VERIFIED: { zh: '已验证', en: 'Verified' },
};

const safeName = (s: string) => s.replace(/[\\/:*?"<>|]/g, '_');

/** The images of evidence ids, in order; a file gone from the storage is skipped. */
async function readImages(ctx: RequestContext, evidence: EvidenceService, ids: readonly string[]): Promise<PdfImage[]> {
  const out: PdfImage[] = [];
  for (const id of ids) {
    const f = await evidence.read(ctx, id).catch(() => null);
    if (f) out.push({ bytes: f.body, contentType: f.contentType });
  }
  return out;
}

async function letterhead(ctx: RequestContext, company: CompanyHeader) {
  const [name, logo] = await Promise.all([company.name(ctx.user.tenantId), company.logo(ctx).catch(() => null)]);
  return { company: name ?? '', logo };
}

/**
 * `GET /downloads/inspections/:id.pdf[?lang=en-US]`: one submitted inspection as its report —
 * items with results, deductions, notes and photos, the overall note, the inspector's signature,
 * time, place and score. Same visibility as the inspection's screen (`InspectionsService.get`).
 */
export async function inspectionPdf(
  ctx: RequestContext,
  services: { inspections: InspectionsService; evidence: EvidenceService; company: CompanyHeader },
  id: string,
  lang: string | undefined,
) {
  if (!isUUID(id)) throw new NotFoundError('Inspection', id);
  const inspection = await services.inspections.get(ctx, id);
  const db = ctx.db;
  const [project, template, version, inspector, items, rectifications, doc, head] = await Promise.all([
    db.repo(Project).getById(inspection.projectId),
    db.repo(InspectionTemplate).findById(inspection.templateId),
    db.repo(InspectionTemplateVersion).findById(inspection.templateVersionId),
    ctx.loaders.users.load(inspection.inspectorUserId),
    services.inspections.items(ctx, inspection),
    db.repo(Rectification).find({ where: { inspectionId: inspection.id } }),
    loadChecklist(db, inspection.templateVersionId),
    letterhead(ctx, services.company),
  ]);
  const language = pdfLanguage(lang);
  const en = language === 'en-US';
  const pick = (zh: string | null | undefined, english: string | null | undefined) => (en ? english || zh : zh) ?? '';
  const sections = new Map<string, string>();
  const docItems = new Map<
    string,
    { section: string; checkpoint: string; standardId: string; deductions: Map<string, { label: string; points: number }> }
  >();
  for (const s of doc.sections) {
    sections.set(s.key, pick(s.titleZh, s.titleEn));
    for (const i of s.items)
      docItems.set(i.key, {
        section: pick(s.titleZh, s.titleEn),
        checkpoint: pick(i.checkpointZh, i.checkpointEn),
        standardId: i.standardId,
        deductions: new Map(i.deductions.map((d) => [d.key, { label: pick(d.labelZh, d.labelEn), points: d.points }])),
      });
  }
  const standardIds = [...new Set(items.map((i) => i.standardId ?? docItems.get(i.itemKey)?.standardId).filter((x): x is string => !!x))];
  const standards = new Map((await db.repo(Standard).findByIds(standardIds)).map((s) => [s.id, s]));
  const rectByItem = new Map(rectifications.map((r) => [r.itemResultId, r]));
  const zone = project.timeZone;
  const at = inspection.performedAt ?? inspection.submittedAt;

  const colon = en ? ': ' : '：';
  const pdf = new PdfDocument(language, { company: head.company, logo: head.logo, title: pdf_t(language, L.inspectionTitle) });
  const t = (l: Bilingual) => pdf.t(l);
  pdf.title(t(L.inspectionTitle), `${project.code} ${project.name}`);
  pdf.heading(t(L.basics)).fields([
    [t(L.project), `${project.code} ${project.name}`],
    [t(L.checklist), `${template?.name ?? ''} V${version?.number ?? ''}`],
    [t(L.inspector), inspector?.displayName ?? ''],
    [t(L.time), at ? `${localTime(at, zone, 'YYYY-MM-DD HH:mm')} (${zone})` : ''],
    [
      t(L.place),
      [inspection.locationText, inspection.latitude != null ? `${inspection.latitude}, ${inspection.longitude}` : null]
        .filter(Boolean)
        .join('; '),
    ],
    [t(L.score), inspection.scorePercent != null ? `${inspection.scorePercent}` : ''],
    [t(L.points), `${inspection.earnedPoints ?? 0} / ${inspection.possiblePoints ?? 0}`],
    [t(L.verdict), inspection.passed == null ? '' : inspection.passed ? t(L.passed) : t(L.failed)],
  ]);

  pdf.heading(t(L.items));
  let section: string | null = null;
  for (const [n, i] of items.entries()) {
    const d = docItems.get(i.itemKey);
    const sectionName = (i.sectionKey && sections.get(i.sectionKey)) || d?.section || '';
    if (sectionName !== section) {
      section = sectionName;
      pdf.space(0.3).paragraph(sectionName, { size: 11, color: '#1f4e79' });
    }
    const std = standards.get(i.standardId ?? d?.standardId ?? '');
    const text = d?.checkpoint || pick(std?.titleZh, std?.titleEn);
    const result = i.result ? t(RESULT[i.result]) : '';
    const points = i.possiblePoints ? ` (${i.earnedPoints ?? 0}/${i.possiblePoints})` : '';
    pdf.paragraph(`${n + 1}. ${std?.code ? `[${std.code}] ` : ''}${text} — ${result}${points}`);
    const deductions = i.deductionKeys.map((k) => d?.deductions.get(k)).filter((x): x is { label: string; points: number } => !!x);
    if (deductions.length)
      pdf.paragraph(`${t(L.deductions)}${colon}${deductions.map((x) => `${x.label} −${x.points}`).join('; ')}`, { indent: 14, size: 9 });
    if (i.note) pdf.paragraph(`${t(L.note)}${colon}${i.note}`, { indent: 14, size: 9 });
    const rect = i.id ? rectByItem.get(i.id) : undefined;
    if (rect) pdf.paragraph(`${t(L.rectification)}${colon}${t(STATE[rect.state])}`, { indent: 14, size: 9, color: '#a61b1b' });
    if (i.evidenceFileIds.length) {
      pdf.space(0.2).images(await readImages(ctx, services.evidence, i.evidenceFileIds), { indent: 14, missing: t(L.photoMissing) });
    }
    await pdf.pause();
  }
  if (inspection.note) pdf.heading(t(L.overallNote)).paragraph(inspection.note);

  const signature = inspection.signatureFileId
    ? ((await readImages(ctx, services.evidence, [inspection.signatureFileId]))[0] ?? null)
    : null;
  pdf
    .space(1)
    .signature(
      t(L.signature),
      signature,
      `${inspector?.displayName ?? ''}${at ? `  ${localTime(at, zone, 'YYYY-MM-DD HH:mm')}` : ''}`,
      t(L.noSignature),
    );
  const day = inspection.localDate ?? (at ? localTime(at, zone, 'YYYY-MM-DD') : '');
  const name = en ? `inspection-${project.code}-${day}.pdf` : `品质检查-${project.code}-${day}.pdf`;
  return { filename: safeName(name), contentType: PDF, body: await pdf.finish() };
}

function pdf_t(language: string, l: Bilingual): string {
  return language === 'en-US' ? l.en : l.zh;
}

/**
 * `GET /downloads/rectifications/:id/notice.pdf[?lang=en-US]`: the 整改通知单 handed to the
 * project — the finding with its photos, the requirement, deadline and owner, a box for the
 * project's signature, and once submitted or closed the evidence and the verification. Same
 * visibility as the rectification's screen (`RectificationsService.get`).
 */
export async function rectificationNoticePdf(
  ctx: RequestContext,
  services: { rectifications: RectificationsService; evidence: EvidenceService; company: CompanyHeader },
  id: string,
  lang: string | undefined,
) {
  if (!isUUID(id)) throw new NotFoundError('Rectification', id);
  const r = await services.rectifications.get(ctx, id);
  const db = ctx.db;
  const [project, standard, events, head] = await Promise.all([
    db.repo(Project).getById(r.projectId),
    db.repo(Standard).findById(r.standardId),
    db.repo(RectificationEvent).find({ where: { rectificationId: r.id }, order: { at: 'ASC' } }),
    letterhead(ctx, services.company),
  ]);
  // The rectification is visible to the caller (get above): so is the finding it was opened for.
  const itemResult = r.itemResultId ? await db.repo(InspectionItemResult).findById(r.itemResultId) : null;
  const users = new Map(
    (
      await Promise.all(
        [r.ownerUserId, r.submittedByUserId, r.verifiedByUserId, r.createdByUserId]
          .filter((x): x is string => !!x)
          .map((u) => ctx.loaders.users.load(u)),
      )
    )
      .filter((u): u is NonNullable<typeof u> => !!u)
      .map((u) => [u.id, u.displayName]),
  );
  const language = pdfLanguage(lang);
  const en = language === 'en-US';
  const pick = (zh: string | null | undefined, english: string | null | undefined) => (en ? english || zh : zh) ?? '';
  const zone = project.timeZone;
  const time = (d: Date | null) => (d ? `${localTime(d, zone, 'YYYY-MM-DD HH:mm')}` : '');

  const pdf = new PdfDocument(language, { company: head.company, logo: head.logo, title: pdf_t(language, L.noticeTitle) });
  const t = (l: Bilingual) => pdf.t(l);
  pdf.title(t(L.noticeTitle), `${project.code} ${project.name}`);
  pdf.heading(t(L.basics)).fields([
    [t(L.number), r.id.slice(0, 8).toUpperCase()],
    [t(L.project), `${project.code} ${project.name}`],
    [t(L.foundAt), `${time(r.openedAt)} (${zone})`],
    [t(L.standard), standard ? `${standard.code} ${pick(standard.titleZh, standard.titleEn)}` : ''],
    [t(L.finding), r.description],
    [t(L.requirement), standard ? pick(standard.requirementZh, standard.requirementEn) : ''],
    [t(L.deadline), time(r.deadline)],
    [t(L.owner), (r.ownerUserId && users.get(r.ownerUserId)) || ''],
    [t(L.state), t(STATE[r.state])],
  ]);
  if (itemResult?.evidenceFileIds.length) {
    pdf.heading(t(L.photos));
    pdf.images(await readImages(ctx, services.evidence, itemResult.evidenceFileIds), { missing: t(L.photoMissing) });
  }
  await pdf.pause();
  pdf.space(0.5).signature(t(L.projectSignature), null, null, '');

  if (r.state !== 'OPEN') {
    const submitted = [...events].reverse().find((e) => e.action === 'SUBMITTED');
    const verified = [...events].reverse().find((e) => e.action === 'VERIFIED');
    pdf.heading(t(L.closing)).fields([
      [t(L.submittedAt), time(r.submittedAt)],
      [t(L.submittedBy), (r.submittedByUserId && users.get(r.submittedByUserId)) || ''],
      [t(L.note), submitted?.note ?? ''],
      ...(r.state === 'VERIFIED'
        ? ([
            [t(L.verifiedAt), time(r.verifiedAt)],
            [t(L.verifiedBy), (r.verifiedByUserId && users.get(r.verifiedByUserId)) || ''],
            [t(L.verificationNote), verified?.note ?? ''],
          ] as Array<[string, string]>)
        : []),
      [t(L.rejections), r.rejections],
    ]);
    if (submitted?.evidenceFileIds.length) {
      pdf.paragraph(t(L.evidence), { color: '#666666' }).space(0.2);
      pdf.images(await readImages(ctx, services.evidence, submitted.evidenceFileIds), { missing: t(L.photoMissing) });
    }
  }
  const name = en ? `rectification-notice-${project.code}-${r.id.slice(0, 8)}.pdf` : `整改通知单-${project.code}-${r.id.slice(0, 8)}.pdf`;
  return { filename: safeName(name), contentType: PDF, body: await pdf.finish() };
}
