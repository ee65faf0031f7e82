import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionPlanning1795785909427 implements MigrationInterface {
  name = 'InspectionPlanning1795785909427';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "inspection_template" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(100) NOT NULL, "format" varchar(20), "description" varchar(500), "draftVersionId" varchar(36), "latestVersionId" varchar(36), "latestNumber" integer NOT NULL DEFAULT (0), "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_insptemplate_tenant_format" ON "inspection_template" ("tenantId", "format") `);
    await q.query(`CREATE UNIQUE INDEX "uq_insptemplate_tenant_name" ON "inspection_template" ("tenantId", "name") `);
    await q.query(
      `CREATE TABLE "inspection_template_version" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "templateId" varchar(36) NOT NULL, "number" integer, "status" varchar(10) NOT NULL, "basedOnVersionId" varchar(36), "changeSummary" text, "publishedAt" datetime(6), "publishedByUserId" varchar(36), "createdByUserId" varchar(36), "passScore" integer NOT NULL DEFAULT (80))`,
    );
    await q.query(
      `CREATE INDEX "ix_insptplversion_tenant_template" ON "inspection_template_version" ("tenantId", "templateId", "number") `,
    );
    await q.query(
      `CREATE TABLE "inspection_template_section" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "versionId" varchar(36) NOT NULL, "key" varchar(36) NOT NULL, "position" integer NOT NULL, "titleZh" varchar(100) NOT NULL, "titleEn" varchar(200))`,
    );
    await q.query(
      `CREATE INDEX "ix_insptplsection_tenant_version" ON "inspection_template_section" ("tenantId", "versionId", "position") `,
    );
    await q.query(
      `CREATE TABLE "inspection_template_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "versionId" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "key" varchar(36) NOT NULL, "position" integer NOT NULL, "standardId" varchar(36) NOT NULL, "checkpointZh" varchar(500), "checkpointEn" varchar(1000), "points" integer NOT NULL, "deductions" text NOT NULL, "naAllowed" boolean NOT NULL DEFAULT (0), "critical" boolean NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE INDEX "ix_insptplitem_tenant_standard" ON "inspection_template_item" ("tenantId", "standardId") `);
    await q.query(
      `CREATE INDEX "ix_insptplitem_tenant_version" ON "inspection_template_item" ("tenantId", "versionId", "sectionKey", "position") `,
    );
    await q.query(
      `CREATE TABLE "holiday_list" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(60) NOT NULL, "dates" text NOT NULL)`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_holidaylist_tenant_name" ON "holiday_list" ("tenantId", "name") `);
    await q.query(
      `CREATE TABLE "inspection_frequency" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "anchor" varchar(20) NOT NULL, "rrule" varchar(500), "periodUnit" varchar(8), "periodCount" integer, "startTime" varchar(5), "windowMinutes" integer NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "holidayListId" varchar(36), "assigneeRole" varchar(20), "projectId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "startDate" date NOT NULL, "endDate" date, "excludedDates" text NOT NULL, "assigneeUserId" varchar(36), "note" varchar(500), "materialisedUntil" datetime(6) NOT NULL, "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_assignee" ON "inspection_frequency" ("tenantId", "assigneeUserId") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_template" ON "inspection_frequency" ("tenantId", "templateId") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_project" ON "inspection_frequency" ("tenantId", "projectId", "archivedAt") `);
    await q.query(
      `CREATE TABLE "inspection_occurrence" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "frequencyId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36), "dueAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "windowEndsAt" datetime(6) NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "assigneeUserId" varchar(36), "assigneeRole" varchar(20), "completedAt" datetime(6), "completedByUserId" varchar(36), "completionNote" varchar(500))`,
    );
    await q.query(`CREATE INDEX "ix_inspocc_tenant_assignee_day" ON "inspection_occurrence" ("tenantId", "assigneeUserId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_region_day" ON "inspection_occurrence" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_project_day" ON "inspection_occurrence" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_day" ON "inspection_occurrence" ("tenantId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_due" ON "inspection_occurrence" ("tenantId", "dueAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspocc_tenant_frequency_due" ON "inspection_occurrence" ("tenantId", "frequencyId", "dueAt") `);
    await q.query(
      `CREATE TABLE "inspection_frequency_default" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "anchor" varchar(20) NOT NULL, "rrule" varchar(500), "periodUnit" varchar(8), "periodCount" integer, "startTime" varchar(5), "windowMinutes" integer NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "holidayListId" varchar(36), "assigneeRole" varchar(20), "format" varchar(20) NOT NULL, "position" integer NOT NULL, "templateId" varchar(36) NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_inspfreqdefault_tenant_format" ON "inspection_frequency_default" ("tenantId", "format", "position") `);
    await q.query(
      `CREATE TABLE "calendar_feed" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "kind" varchar(10) NOT NULL, "userId" varchar(36) NOT NULL, "projectId" varchar(36), "secretHash" varchar(64) NOT NULL, "lastUsedAt" datetime(6), "revokedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_calfeed_tenant_user" ON "calendar_feed" ("tenantId", "userId") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_calfeed_tenant_user"`);
    await q.query(`DROP TABLE "calendar_feed"`);
    await q.query(`DROP INDEX "ix_inspfreqdefault_tenant_format"`);
    await q.query(`DROP TABLE "inspection_frequency_default"`);
    await q.query(`DROP INDEX "uq_inspocc_tenant_frequency_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_assignee_day"`);
    await q.query(`DROP TABLE "inspection_occurrence"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_project"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_template"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_assignee"`);
    await q.query(`DROP TABLE "inspection_frequency"`);
    await q.query(`DROP INDEX "uq_holidaylist_tenant_name"`);
    await q.query(`DROP TABLE "holiday_list"`);
    await q.query(`DROP INDEX "ix_insptplitem_tenant_version"`);
    await q.query(`DROP INDEX "ix_insptplitem_tenant_standard"`);
    await q.query(`DROP TABLE "inspection_template_item"`);
    await q.query(`DROP INDEX "ix_insptplsection_tenant_version"`);
    await q.query(`DROP TABLE "inspection_template_section"`);
    await q.query(`DROP INDEX "ix_insptplversion_tenant_template"`);
    await q.query(`DROP TABLE "inspection_template_version"`);
    await q.query(`DROP INDEX "uq_insptemplate_tenant_name"`);
    await q.query(`DROP INDEX "ix_insptemplate_tenant_format"`);
    await q.query(`DROP TABLE "inspection_template"`);
  }
}
