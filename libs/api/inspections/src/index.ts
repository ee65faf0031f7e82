import { LevelComparisonResolver, LevelComparisonService, ProjectLevelComparisonResolver } from './level-comparison';
import type { DownloadRoute, UploadRoute } from '@pinzhi/api-core';
import type { OccurrencesService } from '@pinzhi/api-inspection-planning';
import { ACCEPTED_UPLOAD_TYPES, EvidenceService, UnsupportedMediaError } from './evidence.service';
import {
  EvidenceFileResolver,
  InspectionItemResultResolver,
  InspectionResolver,
  ProjectRectificationsResolver,
  RectificationEventResolver,
  RectificationResolver,
} from './inspections.resolver';
import { InspectionsService } from './inspections.service';
import {
  EvaluationResolver,
  ProjectDaySummaryResolver,
  ProjectEvaluationResolver,
  RegionDaySummaryResolver,
  ScoreTrendResolver,
} from './evaluation.resolver';
import { EvaluationService } from './evaluation.service';
import { SummaryService } from './summary.service';
import { RectificationsService } from './rectifications.service';
import { FeedbackService } from './feedback.service';
import { FeedbackResolver } from './feedback.resolver';
import { FindingsService, type FindingsChargedListener } from './findings.service';
import { EmployeeFindingResolver, FindingsResolver } from './findings.resolver';
import { evaluationDownload, inspectionDownload } from './excel';
import { inspectionPdf, rectificationNoticePdf, type CompanyHeader } from './pdf';
import { LocalDiskStorage, type FileStorage } from './storage';
import { inspectionRecordKinds, inspectionSearch } from './records';

export * from './types';
export { InspectionsService } from './inspections.service';
export * from './evaluation.types';
export { EvaluationService } from './evaluation.service';
export { SummaryService } from './summary.service';
export { RectificationsService } from './rectifications.service';
export { FeedbackService } from './feedback.service';
export { FindingsService, type ChargedFindings, type FindingsChargedListener } from './findings.service';
export { EvidenceService, UnsupportedMediaError } from './evidence.service';
export { LocalDiskStorage } from './storage';
export type { CompanyHeader } from './pdf';
export type { FileStorage } from './storage';

export interface InspectionsOptions {
  /** Where photos and signatures are kept (default: ./data/uploads on the local disk). */
  storage?: FileStorage;
  /** Largest accepted upload in bytes (default 10 MB). */
  maxUploadBytes?: number;
  /** Called in the submission's transaction with the findings charged to employees (training: retraining). */
  onFindingsCharged?: FindingsChargedListener[];
  /** The company's name and logo on the PDF documents' letterhead (the server reads the tenant's name). */
  company?: CompanyHeader;
}

const NO_COMPANY: CompanyHeader = { name: async () => null, logo: async () => null };

/**
 * On-site inspections (品质检查) and rectifications (整改): drafts, idempotent submission,
 * scoring, evidence uploads (POST /uploads, GET /files/:id) and the verification loop.
 * Needs the planning capability's OccurrencesService to complete planned occurrences.
 */
export function inspectionsModule(occurrences: OccurrencesService, options: InspectionsOptions = {}) {
  const storage = options.storage ?? new LocalDiskStorage('data/uploads');
  const evidence = new EvidenceService(storage, options.maxUploadBytes ?? 10 * 1024 * 1024);
  const rectifications = new RectificationsService(evidence);
  const feedback = new FeedbackService();
  const findings = new FindingsService();
  const inspections = new InspectionsService(occurrences, evidence, rectifications, feedback, findings, options.onFindingsCharged ?? []);
  const evaluation = new EvaluationService();
  const summary = new SummaryService();
  const company = options.company ?? NO_COMPANY;
  const uploads: UploadRoute[] = [
    {
      path: '/uploads',
      contentTypes: ACCEPTED_UPLOAD_TYPES,
      maxBytes: evidence.maxBytes,
      handle: async (ctx, body, contentType) => {
        try {
          const f = await evidence.upload(ctx, body, contentType);
          return { status: 201, body: { id: f.id, contentType: f.contentType, bytes: f.bytes, sha256: f.sha256, url: `/files/${f.id}` } };
        } catch (e) {
          if (e instanceof UnsupportedMediaError)
            return {
              status: 415,
              body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: e.message, accepted: ACCEPTED_UPLOAD_TYPES } },
            };
          throw e;
        }
      },
    },
  ];
  const downloads: DownloadRoute[] = [
    { path: '/files/:id', inline: true, handle: (ctx, params) => evidence.read(ctx, params['id'] ?? '') },
    { path: '/downloads/inspections/:id.xlsx', handle: (ctx, params) => inspectionDownload(ctx, inspections, params['id'] ?? '') },
    {
      path: '/downloads/inspections/:id.pdf',
      handle: (ctx, params, query) => inspectionPdf(ctx, { inspections, evidence, company }, params['id'] ?? '', query?.['lang']),
    },
    {
      path: '/downloads/rectifications/:id/notice.pdf',
      handle: (ctx, params, query) =>
        rectificationNoticePdf(ctx, { rectifications, evidence, company }, params['id'] ?? '', query?.['lang']),
    },
    { path: '/downloads/evaluation.xlsx', handle: (ctx, _params, query) => evaluationDownload(ctx, evaluation, query ?? {}) },
  ];
  return {
    evidence,
    records: inspectionRecordKinds(rectifications),
    search: inspectionSearch(inspections, rectifications),
    inspections,
    rectifications,
    feedback,
    findings,
    evaluation,
    summary,
    uploads,
    downloads,
    resolvers: [
      InspectionResolver,
      InspectionItemResultResolver,
      EvidenceFileResolver,
      RectificationResolver,
      RectificationEventResolver,
      EvaluationResolver,
      ProjectEvaluationResolver,
      ProjectDaySummaryResolver,
      RegionDaySummaryResolver,
      ScoreTrendResolver,
      FeedbackResolver,
      ProjectRectificationsResolver,
      FindingsResolver,
      EmployeeFindingResolver,
      LevelComparisonResolver,
      ProjectLevelComparisonResolver,
    ] as const,
    instances: [
      new InspectionResolver(inspections, rectifications),
      new InspectionItemResultResolver(rectifications, feedback),
      new EvidenceFileResolver(),
      new RectificationResolver(rectifications),
      new RectificationEventResolver(),
      new EvaluationResolver(evaluation, summary),
      new ProjectEvaluationResolver(),
      new ProjectDaySummaryResolver(),
      new RegionDaySummaryResolver(),
      new ScoreTrendResolver(),
      new FeedbackResolver(feedback),
      new ProjectRectificationsResolver(rectifications),
      new FindingsResolver(findings),
      new EmployeeFindingResolver(),
      new LevelComparisonResolver(new LevelComparisonService()),
      new ProjectLevelComparisonResolver(),
    ],
  };
}
export { LevelComparisonService } from './level-comparison';
