import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PatrolsAndFieldApp1796730000000 implements MigrationInterface {
  name = 'PatrolsAndFieldApp1796730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "patrol_point" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "zoneId" varchar(36) NOT NULL, "name" varchar(60) NOT NULL, "locationHint" varchar(200), "quickCheckStandardIds" text NOT NULL, "tag" varchar(16) NOT NULL, "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_patrolpoint_tenant_project" ON "patrol_point" ("tenantId", "projectId", "archivedAt") `);
    await q.query(
      `CREATE TABLE "patrol_route" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "name" varchar(60) NOT NULL, "note" varchar(500), "pointIds" text NOT NULL, "pointCount" integer NOT NULL, "frequencyId" varchar(36), "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_patrolroute_tenant_project" ON "patrol_route" ("tenantId", "projectId", "archivedAt") `);
    await q.query(
      `CREATE TABLE "patrol_run" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "clientKey" varchar(64) NOT NULL, "routeId" varchar(36) NOT NULL, "occurrenceId" varchar(36), "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "guardUserId" varchar(36) NOT NULL, "startedAt" datetime(6), "finishedAt" datetime(6), "submittedAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "windowEndsAt" datetime(6), "pointsPlanned" integer NOT NULL, "pointsDone" integer NOT NULL, "pointsLate" integer NOT NULL, "pointsMissed" integer NOT NULL, "pointsOutOfOrder" integer NOT NULL, "pointsManual" integer NOT NULL, "quickCheckFailures" integer NOT NULL, "note" varchar(500))`,
    );
    await q.query(`CREATE INDEX "ix_patrolrun_tenant_missed" ON "patrol_run" ("tenantId", "pointsMissed", "id") `);
    await q.query(`CREATE INDEX "ix_patrolrun_tenant_submitted" ON "patrol_run" ("tenantId", "submittedAt", "id") `);
    await q.query(`CREATE INDEX "ix_patrolrun_tenant_occurrence" ON "patrol_run" ("tenantId", "occurrenceId") `);
    await q.query(`CREATE INDEX "ix_patrolrun_tenant_guard" ON "patrol_run" ("tenantId", "guardUserId", "submittedAt") `);
    await q.query(`CREATE INDEX "ix_patrolrun_tenant_region_day" ON "patrol_run" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_patrolrun_tenant_project_day" ON "patrol_run" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_patrolrun_tenant_route_day" ON "patrol_run" ("tenantId", "routeId", "localDate") `);
    await q.query(`CREATE UNIQUE INDEX "uq_patrolrun_tenant_clientkey" ON "patrol_run" ("tenantId", "clientKey") `);
    await q.query(
      `CREATE TABLE "patrol_run_point" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "runId" varchar(36) NOT NULL, "routeId" varchar(36) NOT NULL, "pointId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "localDate" date NOT NULL, "position" integer NOT NULL, "outcome" varchar(8) NOT NULL, "scannedAt" datetime(6), "scanOrder" integer, "outOfOrder" boolean NOT NULL DEFAULT (0), "manual" boolean NOT NULL DEFAULT (0), "quickChecks" text NOT NULL, "failed" boolean NOT NULL DEFAULT (0), "note" varchar(500), "photoFileIds" text NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_patrolrunpoint_tenant_project_day" ON "patrol_run_point" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_patrolrunpoint_tenant_point_day" ON "patrol_run_point" ("tenantId", "pointId", "localDate") `);
    await q.query(`CREATE INDEX "ix_patrolrunpoint_tenant_run" ON "patrol_run_point" ("tenantId", "runId", "position") `);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_project"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_template"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_assignee"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_frequency" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "anchor" varchar(20) NOT NULL, "rrule" varchar(500), "periodUnit" varchar(8), "periodCount" integer, "startTime" varchar(5), "windowMinutes" integer NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "holidayListId" varchar(36), "assigneeRole" varchar(20), "projectId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "startDate" date NOT NULL, "endDate" date, "excludedDates" text NOT NULL, "assigneeUserId" varchar(36), "note" varchar(500), "materialisedUntil" datetime(6) NOT NULL, "archivedAt" datetime(6), "patrolRouteId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_frequency"("id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt" FROM "inspection_frequency"`,
    );
    await q.query(`DROP TABLE "inspection_frequency"`);
    await q.query(`ALTER TABLE "temporary_inspection_frequency" RENAME TO "inspection_frequency"`);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_project" ON "inspection_frequency" ("tenantId", "projectId", "archivedAt") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_template" ON "inspection_frequency" ("tenantId", "templateId") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_assignee" ON "inspection_frequency" ("tenantId", "assigneeUserId") `);
    await q.query(`DROP INDEX "ix_inspocc_tenant_windowend"`);
    await q.query(`DROP INDEX "uq_inspocc_tenant_frequency_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_assignee_day"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_occurrence" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "frequencyId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36), "dueAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "windowEndsAt" datetime(6) NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "assigneeUserId" varchar(36), "assigneeRole" varchar(20), "completedAt" datetime(6), "completedByUserId" varchar(36), "completionNote" varchar(500), "patrolRouteId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_occurrence"("id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote" FROM "inspection_occurrence"`,
    );
    await q.query(`DROP TABLE "inspection_occurrence"`);
    await q.query(`ALTER TABLE "temporary_inspection_occurrence" RENAME TO "inspection_occurrence"`);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_windowend" ON "inspection_occurrence" ("tenantId", "windowEndsAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspocc_tenant_frequency_due" ON "inspection_occurrence" ("tenantId", "frequencyId", "dueAt") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_due" ON "inspection_occurrence" ("tenantId", "dueAt") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_day" ON "inspection_occurrence" ("tenantId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_project_day" ON "inspection_occurrence" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_region_day" ON "inspection_occurrence" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_assignee_day" ON "inspection_occurrence" ("tenantId", "assigneeUserId", "localDate") `);
    await q.query(`DROP INDEX "ix_rectification_tenant_deadline"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_opened"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_updated"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_inspection"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_owner_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_region_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_project_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_state_deadline"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_created"`);
    await q.query(`DROP INDEX "uq_rectification_tenant_itemresult"`);
    await q.query(
      `CREATE TABLE "temporary_rectification" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "itemResultId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "state" varchar(10) NOT NULL, "ownerUserId" varchar(36), "deadline" datetime(6) NOT NULL, "description" varchar(1000) NOT NULL, "evidenceRequired" boolean NOT NULL DEFAULT (1), "automatic" boolean NOT NULL DEFAULT (0), "createdByUserId" varchar(36) NOT NULL, "openedAt" datetime(6) NOT NULL, "submittedAt" datetime(6), "submittedByUserId" varchar(36), "verifiedAt" datetime(6), "verifiedByUserId" varchar(36), "rejections" integer NOT NULL DEFAULT (0), "ownerSource" varchar(20), "patrolRunPointId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_rectification"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections", "ownerSource") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections", "ownerSource" FROM "rectification"`,
    );
    await q.query(`DROP TABLE "rectification"`);
    await q.query(`ALTER TABLE "temporary_rectification" RENAME TO "rectification"`);
    await q.query(`CREATE INDEX "ix_rectification_tenant_deadline" ON "rectification" ("tenantId", "deadline", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_opened" ON "rectification" ("tenantId", "openedAt", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_updated" ON "rectification" ("tenantId", "updatedAt", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_inspection" ON "rectification" ("tenantId", "inspectionId") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_owner_state" ON "rectification" ("tenantId", "ownerUserId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_region_state" ON "rectification" ("tenantId", "regionId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_project_state" ON "rectification" ("tenantId", "projectId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_state_deadline" ON "rectification" ("tenantId", "state", "deadline") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_created" ON "rectification" ("tenantId", "createdAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_tenant_itemresult" ON "rectification" ("tenantId", "itemResultId") `);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_template"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_project"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_assignee"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_frequency" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "anchor" varchar(20) NOT NULL, "rrule" varchar(500), "periodUnit" varchar(8), "periodCount" integer, "startTime" varchar(5), "windowMinutes" integer NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "holidayListId" varchar(36), "assigneeRole" varchar(20), "projectId" varchar(36) NOT NULL, "templateId" varchar(36), "startDate" date NOT NULL, "endDate" date, "excludedDates" text NOT NULL, "assigneeUserId" varchar(36), "note" varchar(500), "materialisedUntil" datetime(6) NOT NULL, "archivedAt" datetime(6), "patrolRouteId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_frequency"("id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt", "patrolRouteId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt", "patrolRouteId" FROM "inspection_frequency"`,
    );
    await q.query(`DROP TABLE "inspection_frequency"`);
    await q.query(`ALTER TABLE "temporary_inspection_frequency" RENAME TO "inspection_frequency"`);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_project" ON "inspection_frequency" ("tenantId", "projectId", "archivedAt") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_assignee" ON "inspection_frequency" ("tenantId", "assigneeUserId") `);
    await q.query(`DROP INDEX "ix_inspocc_tenant_windowend"`);
    await q.query(`DROP INDEX "uq_inspocc_tenant_frequency_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_assignee_day"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_occurrence" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "frequencyId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36), "templateVersionId" varchar(36), "dueAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "windowEndsAt" datetime(6) NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "assigneeUserId" varchar(36), "assigneeRole" varchar(20), "completedAt" datetime(6), "completedByUserId" varchar(36), "completionNote" varchar(500), "patrolRouteId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_occurrence"("id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote", "patrolRouteId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote", "patrolRouteId" FROM "inspection_occurrence"`,
    );
    await q.query(`DROP TABLE "inspection_occurrence"`);
    await q.query(`ALTER TABLE "temporary_inspection_occurrence" RENAME TO "inspection_occurrence"`);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_windowend" ON "inspection_occurrence" ("tenantId", "windowEndsAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspocc_tenant_frequency_due" ON "inspection_occurrence" ("tenantId", "frequencyId", "dueAt") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_due" ON "inspection_occurrence" ("tenantId", "dueAt") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_day" ON "inspection_occurrence" ("tenantId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_project_day" ON "inspection_occurrence" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_region_day" ON "inspection_occurrence" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_assignee_day" ON "inspection_occurrence" ("tenantId", "assigneeUserId", "localDate") `);
    await q.query(`DROP INDEX "ix_rectification_tenant_inspection"`);
    await q.query(`DROP INDEX "uq_rectification_tenant_itemresult"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_deadline"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_opened"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_updated"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_owner_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_region_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_project_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_state_deadline"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_created"`);
    await q.query(
      `CREATE TABLE "temporary_rectification" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36), "itemResultId" varchar(36), "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "state" varchar(10) NOT NULL, "ownerUserId" varchar(36), "deadline" datetime(6) NOT NULL, "description" varchar(1000) NOT NULL, "evidenceRequired" boolean NOT NULL DEFAULT (1), "automatic" boolean NOT NULL DEFAULT (0), "createdByUserId" varchar(36) NOT NULL, "openedAt" datetime(6) NOT NULL, "submittedAt" datetime(6), "submittedByUserId" varchar(36), "verifiedAt" datetime(6), "verifiedByUserId" varchar(36), "rejections" integer NOT NULL DEFAULT (0), "ownerSource" varchar(20), "patrolRunPointId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_rectification"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections", "ownerSource", "patrolRunPointId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections", "ownerSource", "patrolRunPointId" FROM "rectification"`,
    );
    await q.query(`DROP TABLE "rectification"`);
    await q.query(`ALTER TABLE "temporary_rectification" RENAME TO "rectification"`);
    await q.query(`CREATE INDEX "ix_rectification_tenant_deadline" ON "rectification" ("tenantId", "deadline", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_opened" ON "rectification" ("tenantId", "openedAt", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_updated" ON "rectification" ("tenantId", "updatedAt", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_owner_state" ON "rectification" ("tenantId", "ownerUserId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_region_state" ON "rectification" ("tenantId", "regionId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_project_state" ON "rectification" ("tenantId", "projectId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_state_deadline" ON "rectification" ("tenantId", "state", "deadline") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_created" ON "rectification" ("tenantId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_template" ON "inspection_frequency" ("tenantId", "templateId") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_route_day" ON "inspection_occurrence" ("tenantId", "patrolRouteId", "localDate") `);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_tenant_patrolpoint" ON "rectification" ("tenantId", "patrolRunPointId") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_inspection" ON "rectification" ("tenantId", "inspectionId") `);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_tenant_itemresult" ON "rectification" ("tenantId", "itemResultId") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_rectification_tenant_itemresult"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_inspection"`);
    await q.query(`DROP INDEX "uq_rectification_tenant_patrolpoint"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_route_day"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_template"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_created"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_state_deadline"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_project_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_region_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_owner_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_updated"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_opened"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_deadline"`);
    await q.query(`ALTER TABLE "rectification" RENAME TO "temporary_rectification"`);
    await q.query(
      `CREATE TABLE "rectification" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "itemResultId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "state" varchar(10) NOT NULL, "ownerUserId" varchar(36), "deadline" datetime(6) NOT NULL, "description" varchar(1000) NOT NULL, "evidenceRequired" boolean NOT NULL DEFAULT (1), "automatic" boolean NOT NULL DEFAULT (0), "createdByUserId" varchar(36) NOT NULL, "openedAt" datetime(6) NOT NULL, "submittedAt" datetime(6), "submittedByUserId" varchar(36), "verifiedAt" datetime(6), "verifiedByUserId" varchar(36), "rejections" integer NOT NULL DEFAULT (0), "ownerSource" varchar(20), "patrolRunPointId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "rectification"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections", "ownerSource", "patrolRunPointId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections", "ownerSource", "patrolRunPointId" FROM "temporary_rectification"`,
    );
    await q.query(`DROP TABLE "temporary_rectification"`);
    await q.query(`CREATE INDEX "ix_rectification_tenant_created" ON "rectification" ("tenantId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_state_deadline" ON "rectification" ("tenantId", "state", "deadline") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_project_state" ON "rectification" ("tenantId", "projectId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_region_state" ON "rectification" ("tenantId", "regionId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_owner_state" ON "rectification" ("tenantId", "ownerUserId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_updated" ON "rectification" ("tenantId", "updatedAt", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_opened" ON "rectification" ("tenantId", "openedAt", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_deadline" ON "rectification" ("tenantId", "deadline", "id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_tenant_itemresult" ON "rectification" ("tenantId", "itemResultId") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_inspection" ON "rectification" ("tenantId", "inspectionId") `);
    await q.query(`DROP INDEX "ix_inspocc_tenant_assignee_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_due"`);
    await q.query(`DROP INDEX "uq_inspocc_tenant_frequency_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_windowend"`);
    await q.query(`ALTER TABLE "inspection_occurrence" RENAME TO "temporary_inspection_occurrence"`);
    await q.query(
      `CREATE TABLE "inspection_occurrence" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "frequencyId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36), "dueAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "windowEndsAt" datetime(6) NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "assigneeUserId" varchar(36), "assigneeRole" varchar(20), "completedAt" datetime(6), "completedByUserId" varchar(36), "completionNote" varchar(500), "patrolRouteId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "inspection_occurrence"("id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote", "patrolRouteId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote", "patrolRouteId" FROM "temporary_inspection_occurrence"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_occurrence"`);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_assignee_day" ON "inspection_occurrence" ("tenantId", "assigneeUserId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_region_day" ON "inspection_occurrence" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_project_day" ON "inspection_occurrence" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_day" ON "inspection_occurrence" ("tenantId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_due" ON "inspection_occurrence" ("tenantId", "dueAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspocc_tenant_frequency_due" ON "inspection_occurrence" ("tenantId", "frequencyId", "dueAt") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_windowend" ON "inspection_occurrence" ("tenantId", "windowEndsAt") `);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_assignee"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_project"`);
    await q.query(`ALTER TABLE "inspection_frequency" RENAME TO "temporary_inspection_frequency"`);
    await q.query(
      `CREATE TABLE "inspection_frequency" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "anchor" varchar(20) NOT NULL, "rrule" varchar(500), "periodUnit" varchar(8), "periodCount" integer, "startTime" varchar(5), "windowMinutes" integer NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "holidayListId" varchar(36), "assigneeRole" varchar(20), "projectId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "startDate" date NOT NULL, "endDate" date, "excludedDates" text NOT NULL, "assigneeUserId" varchar(36), "note" varchar(500), "materialisedUntil" datetime(6) NOT NULL, "archivedAt" datetime(6), "patrolRouteId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "inspection_frequency"("id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt", "patrolRouteId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt", "patrolRouteId" FROM "temporary_inspection_frequency"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_frequency"`);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_assignee" ON "inspection_frequency" ("tenantId", "assigneeUserId") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_project" ON "inspection_frequency" ("tenantId", "projectId", "archivedAt") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_template" ON "inspection_frequency" ("tenantId", "templateId") `);
    await q.query(`DROP INDEX "uq_rectification_tenant_itemresult"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_created"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_state_deadline"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_project_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_region_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_owner_state"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_inspection"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_updated"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_opened"`);
    await q.query(`DROP INDEX "ix_rectification_tenant_deadline"`);
    await q.query(`ALTER TABLE "rectification" RENAME TO "temporary_rectification"`);
    await q.query(
      `CREATE TABLE "rectification" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "itemResultId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "state" varchar(10) NOT NULL, "ownerUserId" varchar(36), "deadline" datetime(6) NOT NULL, "description" varchar(1000) NOT NULL, "evidenceRequired" boolean NOT NULL DEFAULT (1), "automatic" boolean NOT NULL DEFAULT (0), "createdByUserId" varchar(36) NOT NULL, "openedAt" datetime(6) NOT NULL, "submittedAt" datetime(6), "submittedByUserId" varchar(36), "verifiedAt" datetime(6), "verifiedByUserId" varchar(36), "rejections" integer NOT NULL DEFAULT (0), "ownerSource" varchar(20))`,
    );
    await q.query(
      `INSERT INTO "rectification"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections", "ownerSource") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "itemResultId", "projectId", "regionId", "standardId", "state", "ownerUserId", "deadline", "description", "evidenceRequired", "automatic", "createdByUserId", "openedAt", "submittedAt", "submittedByUserId", "verifiedAt", "verifiedByUserId", "rejections", "ownerSource" FROM "temporary_rectification"`,
    );
    await q.query(`DROP TABLE "temporary_rectification"`);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_tenant_itemresult" ON "rectification" ("tenantId", "itemResultId") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_created" ON "rectification" ("tenantId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_state_deadline" ON "rectification" ("tenantId", "state", "deadline") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_project_state" ON "rectification" ("tenantId", "projectId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_region_state" ON "rectification" ("tenantId", "regionId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_owner_state" ON "rectification" ("tenantId", "ownerUserId", "state") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_inspection" ON "rectification" ("tenantId", "inspectionId") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_updated" ON "rectification" ("tenantId", "updatedAt", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_opened" ON "rectification" ("tenantId", "openedAt", "id") `);
    await q.query(`CREATE INDEX "ix_rectification_tenant_deadline" ON "rectification" ("tenantId", "deadline", "id") `);
    await q.query(`DROP INDEX "ix_inspocc_tenant_assignee_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_day"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_due"`);
    await q.query(`DROP INDEX "uq_inspocc_tenant_frequency_due"`);
    await q.query(`DROP INDEX "ix_inspocc_tenant_windowend"`);
    await q.query(`ALTER TABLE "inspection_occurrence" RENAME TO "temporary_inspection_occurrence"`);
    await q.query(
      `CREATE TABLE "inspection_occurrence" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "frequencyId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36), "dueAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "windowEndsAt" datetime(6) NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "assigneeUserId" varchar(36), "assigneeRole" varchar(20), "completedAt" datetime(6), "completedByUserId" varchar(36), "completionNote" varchar(500))`,
    );
    await q.query(
      `INSERT INTO "inspection_occurrence"("id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "frequencyId", "projectId", "regionId", "templateId", "templateVersionId", "dueAt", "localDate", "windowEndsAt", "allowLate", "assigneeUserId", "assigneeRole", "completedAt", "completedByUserId", "completionNote" FROM "temporary_inspection_occurrence"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_occurrence"`);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_assignee_day" ON "inspection_occurrence" ("tenantId", "assigneeUserId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_region_day" ON "inspection_occurrence" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_project_day" ON "inspection_occurrence" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_day" ON "inspection_occurrence" ("tenantId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_due" ON "inspection_occurrence" ("tenantId", "dueAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_inspocc_tenant_frequency_due" ON "inspection_occurrence" ("tenantId", "frequencyId", "dueAt") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_windowend" ON "inspection_occurrence" ("tenantId", "windowEndsAt") `);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_assignee"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_template"`);
    await q.query(`DROP INDEX "ix_inspfreq_tenant_project"`);
    await q.query(`ALTER TABLE "inspection_frequency" RENAME TO "temporary_inspection_frequency"`);
    await q.query(
      `CREATE TABLE "inspection_frequency" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "anchor" varchar(20) NOT NULL, "rrule" varchar(500), "periodUnit" varchar(8), "periodCount" integer, "startTime" varchar(5), "windowMinutes" integer NOT NULL, "allowLate" boolean NOT NULL DEFAULT (0), "holidayListId" varchar(36), "assigneeRole" varchar(20), "projectId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "startDate" date NOT NULL, "endDate" date, "excludedDates" text NOT NULL, "assigneeUserId" varchar(36), "note" varchar(500), "materialisedUntil" datetime(6) NOT NULL, "archivedAt" datetime(6))`,
    );
    await q.query(
      `INSERT INTO "inspection_frequency"("id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "anchor", "rrule", "periodUnit", "periodCount", "startTime", "windowMinutes", "allowLate", "holidayListId", "assigneeRole", "projectId", "templateId", "startDate", "endDate", "excludedDates", "assigneeUserId", "note", "materialisedUntil", "archivedAt" FROM "temporary_inspection_frequency"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_frequency"`);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_assignee" ON "inspection_frequency" ("tenantId", "assigneeUserId") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_template" ON "inspection_frequency" ("tenantId", "templateId") `);
    await q.query(`CREATE INDEX "ix_inspfreq_tenant_project" ON "inspection_frequency" ("tenantId", "projectId", "archivedAt") `);
    await q.query(`DROP INDEX "ix_patrolrunpoint_tenant_run"`);
    await q.query(`DROP INDEX "ix_patrolrunpoint_tenant_point_day"`);
    await q.query(`DROP INDEX "ix_patrolrunpoint_tenant_project_day"`);
    await q.query(`DROP TABLE "patrol_run_point"`);
    await q.query(`DROP INDEX "uq_patrolrun_tenant_clientkey"`);
    await q.query(`DROP INDEX "ix_patrolrun_tenant_route_day"`);
    await q.query(`DROP INDEX "ix_patrolrun_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_patrolrun_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_patrolrun_tenant_guard"`);
    await q.query(`DROP INDEX "ix_patrolrun_tenant_occurrence"`);
    await q.query(`DROP INDEX "ix_patrolrun_tenant_submitted"`);
    await q.query(`DROP INDEX "ix_patrolrun_tenant_missed"`);
    await q.query(`DROP TABLE "patrol_run"`);
    await q.query(`DROP INDEX "ix_patrolroute_tenant_project"`);
    await q.query(`DROP TABLE "patrol_route"`);
    await q.query(`DROP INDEX "ix_patrolpoint_tenant_project"`);
    await q.query(`DROP TABLE "patrol_point"`);
  }
}
