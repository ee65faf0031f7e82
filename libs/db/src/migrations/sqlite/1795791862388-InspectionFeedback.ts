import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionFeedback1795791862388 implements MigrationInterface {
  name = 'InspectionFeedback1795791862388';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_inspresult_tenant_day_project"`);
    await q.query(
      `CREATE TABLE "feedback" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "itemResultId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "state" varchar(10) NOT NULL, "description" varchar(1000) NOT NULL, "receivedAt" datetime(6) NOT NULL, "handledAt" datetime(6), "handledByUserId" varchar(36), "handlingNote" varchar(1000))`,
    );
    await q.query(`CREATE INDEX "ix_feedback_tenant_inspection" ON "feedback" ("tenantId", "inspectionId") `);
    await q.query(`CREATE INDEX "ix_feedback_tenant_region_state" ON "feedback" ("tenantId", "regionId", "state") `);
    await q.query(`CREATE INDEX "ix_feedback_tenant_project_state" ON "feedback" ("tenantId", "projectId", "state") `);
    await q.query(`CREATE INDEX "ix_feedback_tenant_state_received" ON "feedback" ("tenantId", "state", "receivedAt") `);
    await q.query(`CREATE INDEX "ix_feedback_tenant_received" ON "feedback" ("tenantId", "receivedAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_feedback_tenant_itemresult" ON "feedback" ("tenantId", "itemResultId") `);
    await q.query(`DROP INDEX "ix_inspresult_tenant_inspection"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_standard_day"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_item_result" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "templateItemId" varchar(36) NOT NULL, "itemKey" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "position" integer NOT NULL, "result" varchar(4) NOT NULL, "possiblePoints" integer NOT NULL, "earnedPoints" integer, "score" integer, "deductionKeys" text NOT NULL, "critical" boolean NOT NULL DEFAULT (0), "note" varchar(1000), "evidenceFileIds" text NOT NULL, "submittedAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "customerFacing" boolean NOT NULL DEFAULT (0))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_item_result"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate" FROM "inspection_item_result"`,
    );
    await q.query(`DROP TABLE "inspection_item_result"`);
    await q.query(`ALTER TABLE "temporary_inspection_item_result" RENAME TO "inspection_item_result"`);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_inspection" ON "inspection_item_result" ("tenantId", "inspectionId", "position") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_project_day" ON "inspection_item_result" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_region_day" ON "inspection_item_result" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_standard_day" ON "inspection_item_result" ("tenantId", "standardId", "localDate") `);
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_day_eval" ON "inspection_item_result" ("tenantId", "localDate", "projectId", "possiblePoints", "earnedPoints", "result", "critical") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_inspresult_tenant_day_eval"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_standard_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_inspection"`);
    await q.query(`ALTER TABLE "inspection_item_result" RENAME TO "temporary_inspection_item_result"`);
    await q.query(
      `CREATE TABLE "inspection_item_result" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "templateItemId" varchar(36) NOT NULL, "itemKey" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "position" integer NOT NULL, "result" varchar(4) NOT NULL, "possiblePoints" integer NOT NULL, "earnedPoints" integer, "score" integer, "deductionKeys" text NOT NULL, "critical" boolean NOT NULL DEFAULT (0), "note" varchar(1000), "evidenceFileIds" text NOT NULL, "submittedAt" datetime(6) NOT NULL, "localDate" date NOT NULL)`,
    );
    await q.query(
      `INSERT INTO "inspection_item_result"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate" FROM "temporary_inspection_item_result"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_item_result"`);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_standard_day" ON "inspection_item_result" ("tenantId", "standardId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_region_day" ON "inspection_item_result" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_project_day" ON "inspection_item_result" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_inspection" ON "inspection_item_result" ("tenantId", "inspectionId", "position") `);
    await q.query(`DROP INDEX "uq_feedback_tenant_itemresult"`);
    await q.query(`DROP INDEX "ix_feedback_tenant_received"`);
    await q.query(`DROP INDEX "ix_feedback_tenant_state_received"`);
    await q.query(`DROP INDEX "ix_feedback_tenant_project_state"`);
    await q.query(`DROP INDEX "ix_feedback_tenant_region_state"`);
    await q.query(`DROP INDEX "ix_feedback_tenant_inspection"`);
    await q.query(`DROP TABLE "feedback"`);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_day_project" ON "inspection_item_result" ("tenantId", "localDate", "projectId") `);
  }
}
