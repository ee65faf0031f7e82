import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionLevels1796850000000 implements MigrationInterface {
  name = 'InspectionLevels1796850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_inspresult_tenant_day_eval"`);
    await q.query(`DROP INDEX "ix_insptemplate_tenant_name_id"`);
    await q.query(`DROP INDEX "ix_insptemplate_tenant_updated"`);
    await q.query(`DROP INDEX "uq_insptemplate_tenant_name"`);
    await q.query(`DROP INDEX "ix_insptemplate_tenant_format"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_template" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(100) NOT NULL, "format" varchar(20), "description" varchar(500), "draftVersionId" varchar(36), "latestVersionId" varchar(36), "latestNumber" integer NOT NULL DEFAULT (0), "archivedAt" datetime(6), "level" varchar(12) NOT NULL DEFAULT ('COMPANY'))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_template"("id", "createdAt", "updatedAt", "tenantId", "version", "name", "format", "description", "draftVersionId", "latestVersionId", "latestNumber", "archivedAt") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "name", "format", "description", "draftVersionId", "latestVersionId", "latestNumber", "archivedAt" FROM "inspection_template"`,
    );
    await q.query(`DROP TABLE "inspection_template"`);
    await q.query(`ALTER TABLE "temporary_inspection_template" RENAME TO "inspection_template"`);
    await q.query(`CREATE INDEX "ix_insptemplate_tenant_name_id" ON "inspection_template" ("tenantId", "name", "id") `);
    await q.query(`CREATE INDEX "ix_insptemplate_tenant_updated" ON "inspection_template" ("tenantId", "updatedAt", "id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_insptemplate_tenant_name" ON "inspection_template" ("tenantId", "name") `);
    await q.query(`CREATE INDEX "ix_insptemplate_tenant_format" ON "inspection_template" ("tenantId", "format") `);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_template"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_assignee"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_project"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_frequency" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "anchor" varchar(20) NOT NULL, "rrule" varchar(500), "periodUnit" varchar(8), "periodCount" integer, "startTime" varchar(5), "windowMinutes" integer NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "holidayListId" varchar(36), "assigneeRole" varchar(20), "projectId" varchar(36) NOT NULL, "templateId" varchar(36), "startDate" date NOT NULL, "endDate" date, "excludedDates" text NOT NULL, "assigneeUserId" varchar(36), "note" varchar(500), "materialisedUntil" datetime(6) NOT NULL, "archivedAt" datetime(6), "patrolRouteId" varchar(36), "level" varchar(12) NOT NULL DEFAULT ('COMPANY'))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_frequency"("id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt", "patrolRouteId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt", "patrolRouteId" FROM "inspection_frequency"`,
    );
    await q.query(`DROP TABLE "inspection_frequency"`);
    await q.query(`ALTER TABLE "temporary_inspection_frequency" RENAME TO "inspection_frequency"`);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_template" ON "inspection_frequency" ("tenantId", "templateId") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_assignee" ON "inspection_frequency" ("tenantId", "assigneeUserId") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_project" ON "inspection_frequency" ("tenantId", "projectId", "archivedAt") `);
    await q.query(`DROP INDEX "ix_inspocc_tenant_route_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_assignee_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_due"`);
    await q.query(`DROP INDEX "uq_inspocc_tenant_frequency_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_windowend"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_occurrence" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "frequencyId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36), "templateVersionId" varchar(36), "dueAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "windowEndsAt" datetime(6) NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "assigneeUserId" varchar(36), "assigneeRole" varchar(20), "completedAt" datetime(6), "completedByUserId" varchar(36), "completionNote" varchar(500), "patrolRouteId" varchar(36), "level" varchar(12) NOT NULL DEFAULT ('COMPANY'))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_occurrence"("id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote", "patrolRouteId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote", "patrolRouteId" FROM "inspection_occurrence"`,
    );
    await q.query(`DROP TABLE "inspection_occurrence"`);
    await q.query(`ALTER TABLE "temporary_inspection_occurrence" RENAME TO "inspection_occurrence"`);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_route_day" ON "inspection_occurrence" ("tenantId", "patrolRouteId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_assignee_day" ON "inspection_occurrence" ("tenantId", "assigneeUserId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_region_day" ON "inspection_occurrence" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_project_day" ON "inspection_occurrence" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_day" ON "inspection_occurrence" ("tenantId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_due" ON "inspection_occurrence" ("tenantId", "dueAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspocc_tenant_frequency_due" ON "inspection_occurrence" ("tenantId", "frequencyId", "dueAt") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_windowend" ON "inspection_occurrence" ("tenantId", "windowEndsAt") `);
    await q.query(`DROP INDEX "uq_company_settings_tenant"`);
    await q.query(
      `CREATE TABLE "temporary_company_settings" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "rectificationFallbackOwnerUserId" varchar(36), "earlyStartHours" integer NOT NULL DEFAULT (0), "shortName" varchar(20), "logo" text, "timeZone" varchar(64) NOT NULL DEFAULT ('Asia/Shanghai'), "language" varchar(10) NOT NULL DEFAULT ('zh-CN'), "workingDays" text, "defaultHolidayListId" varchar(36), "starterPack" varchar(20), "starterPackAppliedAt" datetime(6), "setupDismissedAt" datetime(6), "selfCheckWeight" integer NOT NULL DEFAULT (20), "regionalWeight" integer NOT NULL DEFAULT (30), "companyWeight" integer NOT NULL DEFAULT (50), "inflationThreshold" integer NOT NULL DEFAULT (10))`,
    );
    await q.query(
      `INSERT INTO "temporary_company_settings"("id", "createdAt", "updatedAt", "tenantId", "version", "rectificationFallbackOwnerUserId", "earlyStartHours", "shortName", "logo", "timeZone", "language", "workingDays", "defaultHolidayListId", "starterPack", "starterPackAppliedAt", "setupDismissedAt") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "rectificationFallbackOwnerUserId", "earlyStartHours", "shortName", "logo", "timeZone", "language", "workingDays", "defaultHolidayListId", "starterPack", "starterPackAppliedAt", "setupDismissedAt" FROM "company_settings"`,
    );
    await q.query(`DROP TABLE "company_settings"`);
    await q.query(`ALTER TABLE "temporary_company_settings" RENAME TO "company_settings"`);
    await q.query(`CREATE UNIQUE INDEX "uq_company_settings_tenant" ON "company_settings" ("tenantId") `);
    await q.query(`DROP INDEX "ix_inspection_tenant_submitted"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_score"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_failed"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_updated"`);
    await q.query(`DROP INDEX "uq_inspection_tenant_clientkey"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_created"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_inspector"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_occurrence"`);
    await q.query(
      `CREATE TABLE "temporary_inspection" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "clientKey" varchar(64) NOT NULL, "status" varchar(10) NOT NULL, "occurrenceId" varchar(36), "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "inspectorUserId" varchar(36) NOT NULL, "performedAt" datetime(6), "submittedAt" datetime(6), "localDate" date, "note" varchar(2000), "signatureFileId" varchar(36), "latitude" double, "longitude" double, "locationText" varchar(200), "draftItems" text, "earnedPoints" integer, "possiblePoints" integer, "scorePercent" double, "passScore" integer, "passed" boolean, "criticalFailed" boolean NOT NULL DEFAULT (0), "failedItems" integer NOT NULL DEFAULT (0), "level" varchar(12) NOT NULL DEFAULT ('COMPANY'))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection"("id", "createdAt", "updatedAt", "tenantId", "version", "clientKey", "status", "occurrenceId", "projectId", "regionId", "templateId", "templateVersionId", "inspectorUserId", "performedAt", "submittedAt", "localDate", "note", "signatureFileId", "latitude", "longitude", "locationText", "draftItems", "earnedPoints", "possiblePoints", "scorePercent", "passScore", "passed", "criticalFailed", "failedItems") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "clientKey", "status", "occurrenceId", "projectId", "regionId", "templateId", "templateVersionId", "inspectorUserId", "performedAt", "submittedAt", "localDate", "note", "signatureFileId", "latitude", "longitude", "locationText", "draftItems", "earnedPoints", "possiblePoints", "scorePercent", "passScore", "passed", "criticalFailed", "failedItems" FROM "inspection"`,
    );
    await q.query(`DROP TABLE "inspection"`);
    await q.query(`ALTER TABLE "temporary_inspection" RENAME TO "inspection"`);
    await q.query(`CREATE INDEX "ix_inspection_tenant_submitted" ON "inspection" ("tenantId", "submittedAt", "id") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_score" ON "inspection" ("tenantId", "scorePercent", "id") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_failed" ON "inspection" ("tenantId", "failedItems", "id") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_updated" ON "inspection" ("tenantId", "updatedAt", "id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspection_tenant_clientkey" ON "inspection" ("tenantId", "clientKey") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_created" ON "inspection" ("tenantId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_project_day" ON "inspection" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_region_day" ON "inspection" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_inspector" ON "inspection" ("tenantId", "inspectorUserId", "status") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_occurrence" ON "inspection" ("tenantId", "occurrenceId") `);
    await q.query(`DROP INDEX "ix_inspresult_tenant_employee"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_employee"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_inspection"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_standard_day"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_item_result" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "templateItemId" varchar(36) NOT NULL, "itemKey" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "position" integer NOT NULL, "result" varchar(4) NOT NULL, "possiblePoints" integer NOT NULL, "earnedPoints" integer, "score" integer, "deductionKeys" text NOT NULL, "critical" boolean NOT NULL DEFAULT (0), "note" varchar(1000), "evidenceFileIds" text NOT NULL, "submittedAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "customerFacing" boolean NOT NULL DEFAULT (0), "employeeId" varchar(36), "level" varchar(12) NOT NULL DEFAULT ('COMPANY'))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_item_result"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate", "customerFacing", "employeeId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate", "customerFacing", "employeeId" FROM "inspection_item_result"`,
    );
    await q.query(`DROP TABLE "inspection_item_result"`);
    await q.query(`ALTER TABLE "temporary_inspection_item_result" RENAME TO "inspection_item_result"`);
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_employee" ON "inspection_item_result" ("tenantId", "employeeId", "standardId", "localDate") `,
    );
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_project_employee" ON "inspection_item_result" ("tenantId", "projectId", "employeeId") `,
    );
    await q.query(`CREATE INDEX "ix_inspresult_tenant_inspection" ON "inspection_item_result" ("tenantId", "inspectionId", "position") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_project_day" ON "inspection_item_result" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_region_day" ON "inspection_item_result" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_standard_day" ON "inspection_item_result" ("tenantId", "standardId", "localDate") `);
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_day_eval" ON "inspection_item_result" ("tenantId", "localDate", "projectId", "level", "possiblePoints", "earnedPoints", "result", "critical") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_inspresult_tenant_day_eval"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_standard_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_inspection"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_employee"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_employee"`);
    await q.query(`ALTER TABLE "inspection_item_result" RENAME TO "temporary_inspection_item_result"`);
    await q.query(
      `CREATE TABLE "inspection_item_result" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "templateItemId" varchar(36) NOT NULL, "itemKey" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "position" integer NOT NULL, "result" varchar(4) NOT NULL, "possiblePoints" integer NOT NULL, "earnedPoints" integer, "score" integer, "deductionKeys" text NOT NULL, "critical" boolean NOT NULL DEFAULT (0), "note" varchar(1000), "evidenceFileIds" text NOT NULL, "submittedAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "customerFacing" boolean NOT NULL DEFAULT (0), "employeeId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "inspection_item_result"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate", "customerFacing", "employeeId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate", "customerFacing", "employeeId" FROM "temporary_inspection_item_result"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_item_result"`);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_standard_day" ON "inspection_item_result" ("tenantId", "standardId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_region_day" ON "inspection_item_result" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_project_day" ON "inspection_item_result" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_inspection" ON "inspection_item_result" ("tenantId", "inspectionId", "position") `);
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_project_employee" ON "inspection_item_result" ("tenantId", "projectId", "employeeId") `,
    );
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_employee" ON "inspection_item_result" ("tenantId", "employeeId", "standardId", "localDate") `,
    );
    await q.query(`DROP INDEX "ix_inspection_tenant_occurrence"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_inspector"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_created"`);
    await q.query(`DROP INDEX "uq_inspection_tenant_clientkey"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_updated"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_failed"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_score"`);
    await q.query(`DROP INDEX "ix_inspection_tenant_submitted"`);
    await q.query(`ALTER TABLE "inspection" RENAME TO "temporary_inspection"`);
    await q.query(
      `CREATE TABLE "inspection" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "clientKey" varchar(64) NOT NULL, "status" varchar(10) NOT NULL, "occurrenceId" varchar(36), "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "inspectorUserId" varchar(36) NOT NULL, "performedAt" datetime(6), "submittedAt" datetime(6), "localDate" date, "note" varchar(2000), "signatureFileId" varchar(36), "latitude" double, "longitude" double, "locationText" varchar(200), "draftItems" text, "earnedPoints" integer, "possiblePoints" integer, "scorePercent" double, "passScore" integer, "passed" boolean, "criticalFailed" boolean NOT NULL DEFAULT (0), "failedItems" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(
      `INSERT INTO "inspection"("id", "createdAt", "updatedAt", "tenantId", "version", "clientKey", "status", "occurrenceId", "projectId", "regionId", "templateId", "templateVersionId", "inspectorUserId", "performedAt", "submittedAt", "localDate", "note", "signatureFileId", "latitude", "longitude", "locationText", "draftItems", "earnedPoints", "possiblePoints", "scorePercent", "passScore", "passed", "criticalFailed", "failedItems") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "clientKey", "status", "occurrenceId", "projectId", "regionId", "templateId", "templateVersionId", "inspectorUserId", "performedAt", "submittedAt", "localDate", "note", "signatureFileId", "latitude", "longitude", "locationText", "draftItems", "earnedPoints", "possiblePoints", "scorePercent", "passScore", "passed", "criticalFailed", "failedItems" FROM "temporary_inspection"`,
    );
    await q.query(`DROP TABLE "temporary_inspection"`);
    await q.query(`CREATE INDEX "ix_inspection_tenant_occurrence" ON "inspection" ("tenantId", "occurrenceId") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_inspector" ON "inspection" ("tenantId", "inspectorUserId", "status") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_region_day" ON "inspection" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_project_day" ON "inspection" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_created" ON "inspection" ("tenantId", "createdAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspection_tenant_clientkey" ON "inspection" ("tenantId", "clientKey") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_updated" ON "inspection" ("tenantId", "updatedAt", "id") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_failed" ON "inspection" ("tenantId", "failedItems", "id") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_score" ON "inspection" ("tenantId", "scorePercent", "id") `);
    await q.query(`CREATE INDEX "ix_inspection_tenant_submitted" ON "inspection" ("tenantId", "submittedAt", "id") `);
    await q.query(`DROP INDEX "uq_company_settings_tenant"`);
    await q.query(`ALTER TABLE "company_settings" RENAME TO "temporary_company_settings"`);
    await q.query(
      `CREATE TABLE "company_settings" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "rectificationFallbackOwnerUserId" varchar(36), "earlyStartHours" integer NOT NULL DEFAULT (0), "shortName" varchar(20), "logo" text, "timeZone" varchar(64) NOT NULL DEFAULT ('Asia/Shanghai'), "language" varchar(10) NOT NULL DEFAULT ('zh-CN'), "workingDays" text, "defaultHolidayListId" varchar(36), "starterPack" varchar(20), "starterPackAppliedAt" datetime(6), "setupDismissedAt" datetime(6))`,
    );
    await q.query(
      `INSERT INTO "company_settings"("id", "createdAt", "updatedAt", "tenantId", "version", "rectificationFallbackOwnerUserId", "earlyStartHours", "shortName", "logo", "timeZone", "language", "workingDays", "defaultHolidayListId", "starterPack", "starterPackAppliedAt", "setupDismissedAt") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "rectificationFallbackOwnerUserId", "earlyStartHours", "shortName", "logo", "timeZone", "language", "workingDays", "defaultHolidayListId", "starterPack", "starterPackAppliedAt", "setupDismissedAt" FROM "temporary_company_settings"`,
    );
    await q.query(`DROP TABLE "temporary_company_settings"`);
    await q.query(`CREATE UNIQUE INDEX "uq_company_settings_tenant" ON "company_settings" ("tenantId") `);
    await q.query(`DROP INDEX "ix_inspocc_tenant_windowend"`);
    await q.query(`DROP INDEX "uq_inspocc_tenant_frequency_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_assignee_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_route_day"`);
    await q.query(`ALTER TABLE "inspection_occurrence" RENAME TO "temporary_inspection_occurrence"`);
    await q.query(
      `CREATE TABLE "inspection_occurrence" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "frequencyId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36), "templateVersionId" varchar(36), "dueAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "windowEndsAt" datetime(6) NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "assigneeUserId" varchar(36), "assigneeRole" varchar(20), "completedAt" datetime(6), "completedByUserId" varchar(36), "completionNote" varchar(500), "patrolRouteId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "inspection_occurrence"("id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote", "patrolRouteId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote", "patrolRouteId" FROM "temporary_inspection_occurrence"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_occurrence"`);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_windowend" ON "inspection_occurrence" ("tenantId", "windowEndsAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspocc_tenant_frequency_due" ON "inspection_occurrence" ("tenantId", "frequencyId", "dueAt") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_due" ON "inspection_occurrence" ("tenantId", "dueAt") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_day" ON "inspection_occurrence" ("tenantId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_project_day" ON "inspection_occurrence" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_region_day" ON "inspection_occurrence" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_assignee_day" ON "inspection_occurrence" ("tenantId", "assigneeUserId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_route_day" ON "inspection_occurrence" ("tenantId", "patrolRouteId", "localDate") `);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_project"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_assignee"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_template"`);
    await q.query(`ALTER TABLE "inspection_frequency" RENAME TO "temporary_inspection_frequency"`);
    await q.query(
      `CREATE TABLE "inspection_frequency" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "anchor" varchar(20) NOT NULL, "rrule" varchar(500), "periodUnit" varchar(8), "periodCount" integer, "startTime" varchar(5), "windowMinutes" integer NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "holidayListId" varchar(36), "assigneeRole" varchar(20), "projectId" varchar(36) NOT NULL, "templateId" varchar(36), "startDate" date NOT NULL, "endDate" date, "excludedDates" text NOT NULL, "assigneeUserId" varchar(36), "note" varchar(500), "materialisedUntil" datetime(6) NOT NULL, "archivedAt" datetime(6), "patrolRouteId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "inspection_frequency"("id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt", "patrolRouteId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt", "patrolRouteId" FROM "temporary_inspection_frequency"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_frequency"`);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_project" ON "inspection_frequency" ("tenantId", "projectId", "archivedAt") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_assignee" ON "inspection_frequency" ("tenantId", "assigneeUserId") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_template" ON "inspection_frequency" ("tenantId", "templateId") `);
    await q.query(`DROP INDEX "ix_insptemplate_tenant_format"`);
    await q.query(`DROP INDEX "uq_insptemplate_tenant_name"`);
    await q.query(`DROP INDEX "ix_insptemplate_tenant_updated"`);
    await q.query(`DROP INDEX "ix_insptemplate_tenant_name_id"`);
    await q.query(`ALTER TABLE "inspection_template" RENAME TO "temporary_inspection_template"`);
    await q.query(
      `CREATE TABLE "inspection_template" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(100) NOT NULL, "format" varchar(20), "description" varchar(500), "draftVersionId" varchar(36), "latestVersionId" varchar(36), "latestNumber" integer NOT NULL DEFAULT (0), "archivedAt" datetime(6))`,
    );
    await q.query(
      `INSERT INTO "inspection_template"("id", "createdAt", "updatedAt", "tenantId", "version", "name", "format", "description", "draftVersionId", "latestVersionId", "latestNumber", "archivedAt") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "name", "format", "description", "draftVersionId", "latestVersionId", "latestNumber", "archivedAt" FROM "temporary_inspection_template"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_template"`);
    await q.query(`CREATE INDEX "ix_insptemplate_tenant_format" ON "inspection_template" ("tenantId", "format") `);
    await q.query(`CREATE UNIQUE INDEX "uq_insptemplate_tenant_name" ON "inspection_template" ("tenantId", "name") `);
    await q.query(`CREATE INDEX "ix_insptemplate_tenant_updated" ON "inspection_template" ("tenantId", "updatedAt", "id") `);
    await q.query(`CREATE INDEX "ix_insptemplate_tenant_name_id" ON "inspection_template" ("tenantId", "name", "id") `);
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_day_eval" ON "inspection_item_result" ("tenantId", "localDate", "projectId", "possiblePoints", "earnedPoints", "result", "critical") `,
    );
  }
}
