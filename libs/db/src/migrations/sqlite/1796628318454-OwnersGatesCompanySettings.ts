import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OwnersGatesCompanySettings1796628318454 implements MigrationInterface {
  name = 'OwnersGatesCompanySettings1796628318454';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "company_settings" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "rectificationFallbackOwnerUserId" varchar(36), "earlyStartHours" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_company_settings_tenant" ON "company_settings" ("tenantId") `);
    await q.query(`DROP INDEX "ix_obtask_tenant_onboarding"`);
    await q.query(`DROP INDEX "ix_obtask_tenant_due"`);
    await q.query(
      `CREATE TABLE "temporary_onboarding_task" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "onboardingId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "phase" varchar(24) NOT NULL, "position" integer NOT NULL, "title" varchar(200) NOT NULL, "ownerDepartmentId" varchar(36) NOT NULL, "collaboratorDepartmentIds" text NOT NULL, "dueDate" varchar(10) NOT NULL, "required" boolean NOT NULL, "checklist" text NOT NULL, "status" varchar(12) NOT NULL, "skipReason" varchar(500), "assigneeUserId" varchar(36), "completedAt" datetime(6), "deliverable" varchar(20))`,
    );
    await q.query(
      `INSERT INTO "temporary_onboarding_task"("id", "createdAt", "updatedAt", "tenantId", "version", "onboardingId", "projectId", "phase", "position", "title", "ownerDepartmentId", "collaboratorDepartmentIds", "dueDate", "required", "checklist", "status", "skipReason", "assigneeUserId", "completedAt") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "onboardingId", "projectId", "phase", "position", "title", "ownerDepartmentId", "collaboratorDepartmentIds", "dueDate", "required", "checklist", "status", "skipReason", "assigneeUserId", "completedAt" FROM "onboarding_task"`,
    );
    await q.query(`DROP TABLE "onboarding_task"`);
    await q.query(`ALTER TABLE "temporary_onboarding_task" RENAME TO "onboarding_task"`);
    await q.query(`CREATE INDEX "ix_obtask_tenant_onboarding" ON "onboarding_task" ("tenantId", "onboardingId", "position") `);
    await q.query(`CREATE INDEX "ix_obtask_tenant_due" ON "onboarding_task" ("tenantId", "status", "dueDate") `);
    await q.query(`DROP INDEX "uq_rectification_tenant_itemresult"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_created"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_state_deadline"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_project_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_region_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_owner_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_inspection"`);
    await q.query(
      `CREATE TABLE "temporary_rectification" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "itemResultId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "state" varchar(10) NOT NULL, "ownerUserId" varchar(36), "deadline" datetime(6) NOT NULL, "description" varchar(1000) NOT NULL, "evidenceRequired" boolean NOT NULL DEFAULT (1), "automatic" boolean NOT NULL DEFAULT (0), "createdByUserId" varchar(36) NOT NULL, "openedAt" datetime(6) NOT NULL, "submittedAt" datetime(6), "submittedByUserId" varchar(36), "verifiedAt" datetime(6), "verifiedByUserId" varchar(36), "rejections" integer NOT NULL DEFAULT (0), "ownerSource" varchar(20))`,
    );
    await q.query(
      `INSERT INTO "temporary_rectification"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections" FROM "rectification"`,
    );
    await q.query(`DROP TABLE "rectification"`);
    await q.query(`ALTER TABLE "temporary_rectification" RENAME TO "rectification"`);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_tenant_itemresult" ON "rectification" ("tenantId", "itemResultId") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_created" ON "rectification" ("tenantId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_state_deadline" ON "rectification" ("tenantId", "state", "deadline") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_project_state" ON "rectification" ("tenantId", "projectId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_region_state" ON "rectification" ("tenantId", "regionId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_owner_state" ON "rectification" ("tenantId", "ownerUserId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_inspection" ON "rectification" ("tenantId", "inspectionId") `);
    await q.query(`DROP INDEX "ix_rectevent_tenant_rect"`);
    await q.query(
      `CREATE TABLE "temporary_rectification_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "rectificationId" varchar(36) NOT NULL, "action" varchar(12) NOT NULL, "fromState" varchar(10), "toState" varchar(10) NOT NULL, "userId" varchar(36) NOT NULL, "note" varchar(1000), "evidenceFileIds" text NOT NULL, "at" datetime(6) NOT NULL, "fromOwnerUserId" varchar(36), "toOwnerUserId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_rectification_event"("id", "createdAt", "updatedAt", "tenantId", "version", "rectificationId", "action", "fromState", "toState", "userId", "note", "evidenceFileIds", "at") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "rectificationId", "action", "fromState", "toState", "userId", "note", "evidenceFileIds", "at" FROM "rectification_event"`,
    );
    await q.query(`DROP TABLE "rectification_event"`);
    await q.query(`ALTER TABLE "temporary_rectification_event" RENAME TO "rectification_event"`);
    await q.query(`CREATE INDEX "ix_rectevent_tenant_rect" ON "rectification_event" ("tenantId", "rectificationId", "at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_rectevent_tenant_rect"`);
    await q.query(`ALTER TABLE "rectification_event" RENAME TO "temporary_rectification_event"`);
    await q.query(
      `CREATE TABLE "rectification_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "rectificationId" varchar(36) NOT NULL, "action" varchar(12) NOT NULL, "fromState" varchar(10), "toState" varchar(10) NOT NULL, "userId" varchar(36) NOT NULL, "note" varchar(1000), "evidenceFileIds" text NOT NULL, "at" datetime(6) NOT NULL)`,
    );
    await q.query(
      `INSERT INTO "rectification_event"("id", "createdAt", "updatedAt", "tenantId", "version", "rectificationId", "action", "fromState", "toState", "userId", "note", "evidenceFileIds", "at") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "rectificationId", "action", "fromState", "toState", "userId", "note", "evidenceFileIds", "at" FROM "temporary_rectification_event"`,
    );
    await q.query(`DROP TABLE "temporary_rectification_event"`);
    await q.query(`CREATE INDEX "ix_rectevent_tenant_rect" ON "rectification_event" ("tenantId", "rectificationId", "at") `);
    await q.query(`DROP INDEX "ix_rectification_tenant_inspection"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_owner_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_region_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_project_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_state_deadline"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_created"`);
    await q.query(`DROP INDEX "uq_rectification_tenant_itemresult"`);
    await q.query(`ALTER TABLE "rectification" RENAME TO "temporary_rectification"`);
    await q.query(
      `CREATE TABLE "rectification" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "itemResultId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "state" varchar(10) NOT NULL, "ownerUserId" varchar(36), "deadline" datetime(6) NOT NULL, "description" varchar(1000) NOT NULL, "evidenceRequired" boolean NOT NULL DEFAULT (1), "automatic" boolean NOT NULL DEFAULT (0), "createdByUserId" varchar(36) NOT NULL, "openedAt" datetime(6) NOT NULL, "submittedAt" datetime(6), "submittedByUserId" varchar(36), "verifiedAt" datetime(6), "verifiedByUserId" varchar(36), "rejections" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(
      `INSERT INTO "rectification"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections" FROM "temporary_rectification"`,
    );
    await q.query(`DROP TABLE "temporary_rectification"`);
    await q.query(`CREATE INDEX "ix_rectification_tenant_inspection" ON "rectification" ("tenantId", "inspectionId") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_owner_state" ON "rectification" ("tenantId", "ownerUserId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_region_state" ON "rectification" ("tenantId", "regionId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_project_state" ON "rectification" ("tenantId", "projectId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_state_deadline" ON "rectification" ("tenantId", "state", "deadline") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_created" ON "rectification" ("tenantId", "createdAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_tenant_itemresult" ON "rectification" ("tenantId", "itemResultId") `);
    await q.query(`DROP INDEX "ix_obtask_tenant_due"`);
    await q.query(`DROP INDEX "ix_obtask_tenant_onboarding"`);
    await q.query(`ALTER TABLE "onboarding_task" RENAME TO "temporary_onboarding_task"`);
    await q.query(
      `CREATE TABLE "onboarding_task" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "onboardingId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "phase" varchar(24) NOT NULL, "position" integer NOT NULL, "title" varchar(200) NOT NULL, "ownerDepartmentId" varchar(36) NOT NULL, "collaboratorDepartmentIds" text NOT NULL, "dueDate" varchar(10) NOT NULL, "required" boolean NOT NULL, "checklist" text NOT NULL, "status" varchar(12) NOT NULL, "skipReason" varchar(500), "assigneeUserId" varchar(36), "completedAt" datetime(6))`,
    );
    await q.query(
      `INSERT INTO "onboarding_task"("id", "createdAt", "updatedAt", "tenantId", "version", "onboardingId", "projectId", "phase", "position", "title", "ownerDepartmentId", "collaboratorDepartmentIds", "dueDate", "required", "checklist", "status", "skipReason", "assigneeUserId", "completedAt") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "onboardingId", "projectId", "phase", "position", "title", "ownerDepartmentId", "collaboratorDepartmentIds", "dueDate", "required", "checklist", "status", "skipReason", "assigneeUserId", "completedAt" FROM "temporary_onboarding_task"`,
    );
    await q.query(`DROP TABLE "temporary_onboarding_task"`);
    await q.query(`CREATE INDEX "ix_obtask_tenant_due" ON "onboarding_task" ("tenantId", "status", "dueDate") `);
    await q.query(`CREATE INDEX "ix_obtask_tenant_onboarding" ON "onboarding_task" ("tenantId", "onboardingId", "position") `);
    await q.query(`DROP INDEX "uq_company_settings_tenant"`);
    await q.query(`DROP TABLE "company_settings"`);
  }
}
