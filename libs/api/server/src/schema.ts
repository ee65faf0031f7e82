import 'reflect-metadata';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { PlatformDb } from '@pinzhi/db/platform';
import { authChecker, companySettings, RecordCatalogue, type RateLimits, type SearchProvider } from '@pinzhi/api-core';
import { tenancyModule, type AuthConfig } from '@pinzhi/api-tenancy';
import { portfolioModule, type ProjectStageListener } from '@pinzhi/api-portfolio';
import { findingsLinks } from './findings-links';
import { handbooksModule } from '@pinzhi/api-handbooks';
import { approvalsModule } from '@pinzhi/api-approvals';
import { inspectionTemplatesModule } from '@pinzhi/api-inspection-templates';
import { inspectionPlanningModule } from '@pinzhi/api-inspection-planning';
import { LocalDiskStorage, inspectionsModule } from '@pinzhi/api-inspections';
import { planRequirementsPreview, trainingModule } from '@pinzhi/api-training';
import { regulationsModule } from '@pinzhi/api-regulations';
import { complaintsModule } from '@pinzhi/api-complaints';
import { onboardingModule } from '@pinzhi/api-onboarding';
import { costsModule } from '@pinzhi/api-costs';
import { surveysModule, type PublicLimits } from '@pinzhi/api-surveys';
import { jobsModule, type JobStoreLike } from '@pinzhi/api-jobs';
import { notificationsModule, type LiveSource } from '@pinzhi/api-notifications';
import { todosModule } from '@pinzhi/api-todos';
import { starterModule } from '@pinzhi/api-starter';
import { lifecycleModule, type LifecycleStoreLike } from '@pinzhi/api-lifecycle';
import pino, { type Logger } from 'pino';
import { patrolsModule } from '@pinzhi/api-patrols';
import { validateArguments } from './validation-middleware';

/** Every capability's resolvers, wired with their services. Add new modules here. */
export interface UploadConfig {
  /** Directory for photos and signatures. */
  dir: string;
  maxBytes: number;
}

/** The shared rate limits (one registry, counters in the database), the public survey's limits and the app's clock. */
export interface SecurityOptions {
  rateLimits: RateLimits;
  surveyLimits?: PublicLimits;
  now?: () => Date;
}

/** Durable jobs and notifications: the platform stores, the clock, and their settings. */
export interface BackgroundOptions {
  jobStore: JobStoreLike;
  liveSource: LiveSource;
  /** A company's export and deletion: the platform store (TenantLifecycleStore) and its settings. */
  lifecycleStore: LifecycleStoreLike;
  graceDays: number;
  exportRetentionDays: number;
  clock: () => Date;
  log: Logger;
  leaseMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  publicUrl: string;
  secretKey: string;
  deliveryMaxAttempts: number;
  reminderSweepSeconds: number;
  livePollMs: number;
}

const unavailable = () => Promise.reject(new Error('No database: this module set only builds the schema'));
/** For building the schema without a database (npm run schema). */
const SCHEMA_ONLY: BackgroundOptions = {
  jobStore: { claim: unavailable, renew: unavailable, finish: unavailable, ensureRecurring: unavailable, prune: unavailable },
  liveSource: { since: unavailable, prune: unavailable },
  lifecycleStore: {
    tenantTables: () => [],
    batchTables: () => [],
    findTenant: unavailable,
    countRows: unavailable,
    readRows: unavailable,
    members: unavailable,
    storageKeys: unavailable,
    deleteBatch: unavailable,
    finishDeletion: unavailable,
  },
  graceDays: 30,
  exportRetentionDays: 7,
  clock: () => new Date(),
  log: pino({ level: 'silent' }),
  leaseMs: 60_000,
  retryBaseMs: 60_000,
  retryMaxMs: 3_600_000,
  publicUrl: 'http://localhost:4000',
  secretKey: 'schema-only-schema-only-schema-only',
  deliveryMaxAttempts: 6,
  reminderSweepSeconds: 300,
  livePollMs: 1000,
};

export function modules(
  platform: PlatformDb,
  auth: AuthConfig & { invitationTtlHours?: number },
  security: SecurityOptions,
  uploads: UploadConfig = { dir: 'data/uploads', maxBytes: 10 * 1024 * 1024 },
  background: BackgroundOptions = SCHEMA_ONLY,
) {
  // Names and links of every capability's records for the audit trail and record histories.
  const records = new RecordCatalogue();
  // The global search: each capability searches its own records with its own visibility rules.
  const search: SearchProvider[] = [];
  const tenancy = tenancyModule(platform, auth, security.rateLimits, records, search, security.now);
  // Training listens to handbook publishing (flags outdated courses, creates retraining) without handbooks importing it.
  const training = trainingModule();
  // Stage changes: training starts plan requirements at go-live; onboarding (added below, after
  // it is built) enforces its stage gates and provisions go-live. Training runs first so the
  // go-live summary counts its requirements.
  const stageListeners: ProjectStageListener[] = [training.onProjectStageChanged];
  const portfolio = portfolioModule({ onStageChange: stageListeners });
  // Approvals (审批): one engine; capabilities register what happens on approval.
  const approvals = approvalsModule();
  const handbooks = handbooksModule({ onPublished: [training.onHandbookPublished], approvals: approvals.engine });
  const templates = inspectionTemplatesModule();
  const planning = inspectionPlanningModule();
  const onboarding = onboardingModule({
    portfolio: portfolio.service,
    handbooks: handbooks.handbooks,
    frequencies: planning.frequencies,
    trainingPreview: planRequirementsPreview,
  });
  stageListeners.push(onboarding.onStageChange);
  // One file storage for uploads and export archives.
  const storage = new LocalDiskStorage(uploads.dir);
  const inspections = inspectionsModule(planning.occurrences, {
    storage,
    maxUploadBytes: uploads.maxBytes,
    // 扣分到人: repeated findings on a taught standard give the employee a retraining requirement.
    onFindingsCharged: [training.onFindingsCharged],
    // The letterhead of the PDF documents: the company's name and its logo from 公司设置.
    company: {
      name: async (tenantId) => (await platform.findTenantById(tenantId))?.name ?? null,
      logo: async (ctx) => (await companySettings(ctx.db)).logo,
    },
  });
  // Patrols are scheduled by inspection planning; a failed quick check opens a rectification
  // through the inspections capability's rectification service.
  const patrols = patrolsModule({
    frequencies: planning.frequencies,
    occurrences: planning.occurrences,
    materialiser: planning.materialiser,
    openRectifications: (ctx, db, now, items) =>
      inspections.rectifications.createIn(
        ctx,
        db,
        now,
        items.map((i) => ({
          result: {
            projectId: i.projectId,
            regionId: i.regionId,
            standardId: i.standardId,
            inspectionId: null,
            itemResultId: null,
            patrolRunPointId: i.patrolRunPointId,
          },
          automatic: false,
          options: null,
          projectManagerUserId: i.projectManagerUserId,
          defaultDescription: i.description,
        })),
      ),
  });
  const regulations = regulationsModule();
  const complaints = complaintsModule();
  const costs = costsModule();
  // The public survey link names a round; only that round's tenant is opened (no session).
  const surveys = surveysModule({
    rateLimits: security.rateLimits,
    publicLimits: security.surveyLimits,
    roundTenant: async (roundId) => {
      const tenantId = await platform.surveyRoundTenant(roundId);
      return tenantId ? platform.tenant(tenantId, null) : null;
    },
    company: {
      name: async (tenantId) => (await platform.findTenantById(tenantId))?.name ?? null,
      logo: async (tenantId) => (await companySettings(platform.tenant(tenantId, null))).logo,
    },
  });
  records.add(
    ...tenancy.records,
    ...portfolio.records,
    ...handbooks.records,
    ...templates.records,
    ...planning.records,
    ...inspections.records,
    ...training.records,
    ...regulations.records,
    ...complaints.records,
    ...onboarding.records,
    ...costs.records,
    ...surveys.records,
    ...patrols.records,
  );
  search.push(
    ...portfolio.search,
    ...handbooks.search,
    ...templates.search,
    ...inspections.search,
    ...training.search,
    ...regulations.search,
    ...complaints.search,
  );
  const notifications = notificationsModule({ ...background, materialiser: planning.materialiser });
  // Leaving: the company's export and deletion (any tenant by id, for the platform operator too).
  const lifecycle = lifecycleModule({
    platform,
    store: background.lifecycleStore,
    storage,
    openTenant: (tenantId, actorUserId) => platform.tenant(tenantId, actorUserId),
    graceDays: background.graceDays,
    exportRetentionDays: background.exportRetentionDays,
  });
  const jobs = jobsModule({
    store: background.jobStore,
    openTenant: (tenantId) => platform.tenant(tenantId, null),
    handlers: [...notifications.handlers, ...lifecycle.handlers],
    clock: background.clock,
    log: background.log,
    leaseMs: background.leaseMs,
    retryBaseMs: background.retryBaseMs,
    retryMaxMs: background.retryMaxMs,
  });
  const todos = todosModule(planning.materialiser);
  const starter = starterModule(platform);
  return {
    tenancy,
    records,
    notifications,
    jobs,
    lifecycle,
    downloads: [
      ...tenancy.downloads,
      ...portfolio.downloads,
      ...handbooks.downloads,
      ...planning.downloads,
      ...inspections.downloads,
      ...training.downloads,
      ...onboarding.downloads,
      ...costs.downloads,
      ...surveys.downloads,
      ...lifecycle.downloads,
    ],
    uploads: [...inspections.uploads],
    resolvers: [
      ...tenancy.resolvers,
      ...portfolio.resolvers,
      ...handbooks.resolvers,
      ...templates.resolvers,
      ...planning.resolvers,
      ...inspections.resolvers,
      ...training.resolvers,
      ...regulations.resolvers,
      ...complaints.resolvers,
      ...onboarding.resolvers,
      ...costs.resolvers,
      ...surveys.resolvers,
      ...jobs.resolvers,
      ...notifications.resolvers,
      ...todos.resolvers,
      ...patrols.resolvers,
      ...starter.resolvers,
      ...lifecycle.resolvers,
      ...findingsLinks.resolvers,
      ...approvals.resolvers,
    ] as unknown as NonEmptyArray<Function>,
    instances: [
      ...tenancy.instances,
      ...portfolio.instances,
      ...handbooks.instances,
      ...templates.instances,
      ...planning.instances,
      ...inspections.instances,
      ...training.instances,
      ...regulations.instances,
      ...complaints.instances,
      ...onboarding.instances,
      ...costs.instances,
      ...surveys.instances,
      ...jobs.instances,
      ...notifications.instances,
      ...todos.instances,
      ...patrols.instances,
      ...starter.instances,
      ...lifecycle.instances,
      ...findingsLinks.instances,
      ...approvals.instances,
    ],
  };
}

export async function createSchema(resolvers: NonEmptyArray<Function>, instances: object[]): Promise<GraphQLSchema> {
  const byClass = new Map<Function, object>(instances.map((i) => [i.constructor, i]));
  return buildSchema({
    resolvers,
    container: { get: (cls: Function) => byClass.get(cls) ?? new (cls as new () => object)() },
    authChecker,
    validate: true,
    validateFn: validateArguments,
    emitSchemaFile: false,
  });
}
