import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Inspections1795788595562 implements MigrationInterface {
  name = 'Inspections1795788595562';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "evidence_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "contentType" varchar(40) NOT NULL, "bytes" integer NOT NULL, "sha256" varchar(64) NOT NULL, "storageKey" varchar(200) NOT NULL, "uploadedByUserId" varchar(36) NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_evidence_tenant_uploader_sha" ON "evidence_file" ("tenantId", "uploadedByUserId", "sha256") `);
    await q.query(
      `CREATE TABLE "inspection" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "clientKey" varchar(64) NOT NULL, "status" varchar(10) NOT NULL, "occurrenceId" varchar(36), "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "inspectorUserId" varchar(36) NOT NULL, "performedAt" datetime(6), "submittedAt" datetime(6), "localDate" date, "note" varchar(2000), "signatureFileId" varchar(36), "latitude" double, "longitude" double, "locationText" varchar(200), "draftItems" text, "earnedPoints" integer, "possiblePoints" integer, "scorePercent" double, "passScore" integer, "passed" boolean, "criticalFailed" boolean NOT NULL DEFAULT (0), "failedItems" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE INDEX "ix_inspection_tenant_occurrence" ON "inspection" ("tenantId", "occurrenceId") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_inspector" ON "inspection" ("tenantId", "inspectorUserId", "status") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_region_day" ON "inspection" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_project_day" ON "inspection" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_created" ON "inspection" ("tenantId", "createdAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspection_tenant_clientkey" ON "inspection" ("tenantId", "clientKey") `);
    await q.query(
      `CREATE TABLE "inspection_item_result" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "templateItemId" varchar(36) NOT NULL, "itemKey" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "position" integer NOT NULL, "result" varchar(4) NOT NULL, "possiblePoints" integer NOT NULL, "earnedPoints" integer, "score" integer, "deductionKeys" text NOT NULL, "critical" boolean NOT NULL DEFAULT (0), "note" varchar(1000), "evidenceFileIds" text NOT NULL, "submittedAt" datetime(6) NOT NULL, "localDate" date NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_inspresult_tenant_standard_day" ON "inspection_item_result" ("tenantId", "standardId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_region_day" ON "inspection_item_result" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_project_day" ON "inspection_item_result" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_day_project" ON "inspection_item_result" ("tenantId", "localDate", "projectId") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_inspection" ON "inspection_item_result" ("tenantId", "inspectionId", "position") `);
    await q.query(
      `CREATE TABLE "rectification" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "itemResultId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "state" varchar(10) NOT NULL, "ownerUserId" varchar(36), "deadline" datetime(6) NOT NULL, "description" varchar(1000) NOT NULL, "evidenceRequired" boolean NOT NULL DEFAULT (1), "automatic" boolean NOT NULL DEFAULT (0), "createdByUserId" varchar(36) NOT NULL, "openedAt" datetime(6) NOT NULL, "submittedAt" datetime(6), "submittedByUserId" varchar(36), "verifiedAt" datetime(6), "verifiedByUserId" varchar(36), "rejections" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE INDEX "ix_rectification_tenant_inspection" ON "rectification" ("tenantId", "inspectionId") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_owner_state" ON "rectification" ("tenantId", "ownerUserId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_region_state" ON "rectification" ("tenantId", "regionId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_project_state" ON "rectification" ("tenantId", "projectId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_state_deadline" ON "rectification" ("tenantId", "state", "deadline") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_created" ON "rectification" ("tenantId", "createdAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_tenant_itemresult" ON "rectification" ("tenantId", "itemResultId") `);
    await q.query(
      `CREATE TABLE "rectification_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "rectificationId" varchar(36) NOT NULL, "action" varchar(12) NOT NULL, "fromState" varchar(10), "toState" varchar(10) NOT NULL, "userId" varchar(36) NOT NULL, "note" varchar(1000), "evidenceFileIds" text NOT NULL, "at" datetime(6) NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_rectevent_tenant_rect" ON "rectification_event" ("tenantId", "rectificationId", "at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_rectevent_tenant_rect"`);
    await q.query(`DROP TABLE "rectification_event"`);
    await q.query(`DROP INDEX "uq_rectification_tenant_itemresult"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_created"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_state_deadline"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_project_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_region_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_owner_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_inspection"`);
    await q.query(`DROP TABLE "rectification"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_inspection"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_day_project"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_standard_day"`);
    await q.query(`DROP TABLE "inspection_item_result"`);
    await q.query(`DROP INDEX "uq_inspection_tenant_clientkey"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_created"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_inspector"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_occurrence"`);
    await q.query(`DROP TABLE "inspection"`);
    await q.query(`DROP INDEX "ix_evidence_tenant_uploader_sha"`);
    await q.query(`DROP TABLE "evidence_file"`);
  }
}
