import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegulationsComplaints1795798740586 implements MigrationInterface {
  name = 'RegulationsComplaints1795798740586';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "regulation" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "title" varchar(100) NOT NULL, "scope" varchar(10) NOT NULL, "format" varchar(20), "ownerUserId" varchar(36) NOT NULL, "effectiveDate" date NOT NULL, "appliesToRoles" text NOT NULL, "draftVersionId" varchar(36), "latestVersionId" varchar(36), "latestNumber" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE INDEX "ix_regulation_tenant_title" ON "regulation" ("tenantId", "title") `);
    await q.query(`CREATE INDEX "ix_regulation_tenant_scope_format" ON "regulation" ("tenantId", "scope", "format") `);
    await q.query(
      `CREATE TABLE "regulation_version" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "regulationId" varchar(36) NOT NULL, "number" integer, "status" varchar(10) NOT NULL, "basedOnVersionId" varchar(36), "changeSummary" text, "publishedAt" datetime(6), "publishedByUserId" varchar(36), "createdByUserId" varchar(36))`,
    );
    await q.query(`CREATE INDEX "ix_regversion_tenant_regulation" ON "regulation_version" ("tenantId", "regulationId", "number") `);
    await q.query(
      `CREATE TABLE "regulation_section" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "versionId" varchar(36) NOT NULL, "key" varchar(36) NOT NULL, "position" integer NOT NULL, "title" varchar(100) NOT NULL, "body" text NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_regsection_tenant_version" ON "regulation_section" ("tenantId", "versionId", "position") `);
    await q.query(
      `CREATE TABLE "regulation_acknowledgement" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "regulationId" varchar(36) NOT NULL, "versionId" varchar(36) NOT NULL, "versionNumber" integer NOT NULL, "userId" varchar(36) NOT NULL, "acknowledgedAt" datetime(6) NOT NULL)`,
    );
    await q.query(
      `CREATE INDEX "ix_regack_tenant_regulation" ON "regulation_acknowledgement" ("tenantId", "regulationId", "versionNumber") `,
    );
    await q.query(`CREATE INDEX "ix_regack_tenant_user" ON "regulation_acknowledgement" ("tenantId", "userId") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_regack_tenant_version_user" ON "regulation_acknowledgement" ("tenantId", "versionId", "userId") `,
    );
    await q.query(
      `CREATE TABLE "complaint" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "source" varchar(16) NOT NULL, "category" varchar(12) NOT NULL, "severity" varchar(10) NOT NULL, "title" varchar(100) NOT NULL, "description" text NOT NULL, "evidenceFileIds" text NOT NULL, "inspectionId" varchar(36), "itemResultId" varchar(36), "feedbackId" varchar(36), "state" varchar(12) NOT NULL, "openedAt" datetime(6) NOT NULL, "dueAt" datetime(6) NOT NULL, "createdByUserId" varchar(36) NOT NULL, "resolvedAt" datetime(6), "resolvedByUserId" varchar(36), "resolutionNote" varchar(2000), "verifiedAt" datetime(6), "verifiedByUserId" varchar(36), "verificationNote" varchar(2000), "reopenCount" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE INDEX "ix_complaint_tenant_feedback" ON "complaint" ("tenantId", "feedbackId") `);
    await q.query(`CREATE INDEX "ix_complaint_tenant_itemresult" ON "complaint" ("tenantId", "itemResultId") `);
    await q.query(`CREATE INDEX "ix_complaint_tenant_region_state" ON "complaint" ("tenantId", "regionId", "state") `);
    await q.query(`CREATE INDEX "ix_complaint_tenant_project_state" ON "complaint" ("tenantId", "projectId", "state") `);
    await q.query(`CREATE INDEX "ix_complaint_tenant_state_due" ON "complaint" ("tenantId", "state", "dueAt") `);
    await q.query(`CREATE INDEX "ix_complaint_tenant_opened" ON "complaint" ("tenantId", "openedAt") `);
    await q.query(
      `CREATE TABLE "complaint_discussion" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "complaintId" varchar(36) NOT NULL, "heldOn" date NOT NULL, "departments" text NOT NULL, "minutes" text NOT NULL, "decisions" text, "recordedByUserId" varchar(36) NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_complaintdisc_tenant_complaint" ON "complaint_discussion" ("tenantId", "complaintId", "heldOn") `);
    await q.query(
      `CREATE TABLE "complaint_action" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "complaintId" varchar(36) NOT NULL, "position" integer NOT NULL, "description" varchar(500) NOT NULL, "ownerUserId" varchar(36) NOT NULL, "deadline" date NOT NULL, "done" boolean NOT NULL DEFAULT (0), "doneAt" datetime(6), "doneByUserId" varchar(36))`,
    );
    await q.query(`CREATE INDEX "ix_complaintaction_tenant_owner" ON "complaint_action" ("tenantId", "ownerUserId", "done") `);
    await q.query(`CREATE INDEX "ix_complaintaction_tenant_complaint" ON "complaint_action" ("tenantId", "complaintId", "position") `);
    await q.query(
      `CREATE TABLE "complaint_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "complaintId" varchar(36) NOT NULL, "action" varchar(12) NOT NULL, "fromState" varchar(12), "toState" varchar(12) NOT NULL, "userId" varchar(36) NOT NULL, "note" varchar(2000), "at" datetime(6) NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_complaintevent_tenant_complaint" ON "complaint_event" ("tenantId", "complaintId", "at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_complaintevent_tenant_complaint"`);
    await q.query(`DROP TABLE "complaint_event"`);
    await q.query(`DROP INDEX "ix_complaintaction_tenant_complaint"`);
    await q.query(`DROP INDEX "ix_complaintaction_tenant_owner"`);
    await q.query(`DROP TABLE "complaint_action"`);
    await q.query(`DROP INDEX "ix_complaintdisc_tenant_complaint"`);
    await q.query(`DROP TABLE "complaint_discussion"`);
    await q.query(`DROP INDEX "ix_complaint_tenant_opened"`);
    await q.query(`DROP INDEX "ix_complaint_tenant_state_due"`);
    await q.query(`DROP INDEX "ix_complaint_tenant_project_state"`);
    await q.query(`DROP INDEX "ix_complaint_tenant_region_state"`);
    await q.query(`DROP INDEX "ix_complaint_tenant_itemresult"`);
    await q.query(`DROP INDEX "ix_complaint_tenant_feedback"`);
    await q.query(`DROP TABLE "complaint"`);
    await q.query(`DROP INDEX "uq_regack_tenant_version_user"`);
    await q.query(`DROP INDEX "ix_regack_tenant_user"`);
    await q.query(`DROP INDEX "ix_regack_tenant_regulation"`);
    await q.query(`DROP TABLE "regulation_acknowledgement"`);
    await q.query(`DROP INDEX "ix_regsection_tenant_version"`);
    await q.query(`DROP TABLE "regulation_section"`);
    await q.query(`DROP INDEX "ix_regversion_tenant_regulation"`);
    await q.query(`DROP TABLE "regulation_version"`);
    await q.query(`DROP INDEX "ix_regulation_tenant_scope_format"`);
    await q.query(`DROP INDEX "ix_regulation_tenant_title"`);
    await q.query(`DROP TABLE "regulation"`);
  }
}
