import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StandardsAndHandbooks1795777124197 implements MigrationInterface {
  name = 'StandardsAndHandbooks1795777124197';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "standard" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "code" varchar(32) NOT NULL, "category" varchar(24) NOT NULL, "titleZh" varchar(100) NOT NULL, "titleEn" varchar(200), "requirementZh" text NOT NULL, "requirementEn" text, "positions" text NOT NULL, "condition" varchar(16), "checkMethod" varchar(12) NOT NULL, "defaultScore" integer NOT NULL, "critical" boolean NOT NULL DEFAULT (0), "formats" text NOT NULL, "source" varchar(200), "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_standard_tenant_category" ON "standard" ("tenantId", "category", "code") `);
    await q.query(`CREATE UNIQUE INDEX "uq_standard_tenant_code" ON "standard" ("tenantId", "code") `);
    await q.query(
      `CREATE TABLE "handbook" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "kind" varchar(10) NOT NULL, "name" varchar(100) NOT NULL, "format" varchar(20) NOT NULL, "projectId" varchar(36), "sourceTemplateId" varchar(36), "draftVersionId" varchar(36), "latestVersionId" varchar(36), "latestNumber" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE INDEX "ix_handbook_tenant_kind_format" ON "handbook" ("tenantId", "kind", "format") `);
    await q.query(`CREATE UNIQUE INDEX "uq_handbook_tenant_project" ON "handbook" ("tenantId", "projectId") `);
    await q.query(
      `CREATE TABLE "handbook_version" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "handbookId" varchar(36) NOT NULL, "number" integer, "status" varchar(10) NOT NULL, "basedOnVersionId" varchar(36), "changeSummary" text, "publishedAt" datetime(6), "publishedByUserId" varchar(36), "createdByUserId" varchar(36))`,
    );
    await q.query(`CREATE INDEX "ix_hbversion_tenant_handbook" ON "handbook_version" ("tenantId", "handbookId", "number") `);
    await q.query(
      `CREATE TABLE "handbook_section" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "versionId" varchar(36) NOT NULL, "key" varchar(36) NOT NULL, "position" integer NOT NULL, "titleZh" varchar(100) NOT NULL, "titleEn" varchar(200))`,
    );
    await q.query(`CREATE INDEX "ix_hbsection_tenant_version" ON "handbook_section" ("tenantId", "versionId", "position") `);
    await q.query(
      `CREATE TABLE "handbook_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "versionId" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "key" varchar(36) NOT NULL, "position" integer NOT NULL, "standardId" varchar(36) NOT NULL, "requirementZh" text, "requirementEn" text, "score" integer, "note" varchar(500))`,
    );
    await q.query(`CREATE INDEX "ix_hbitem_tenant_standard" ON "handbook_item" ("tenantId", "standardId") `);
    await q.query(`CREATE INDEX "ix_hbitem_tenant_version" ON "handbook_item" ("tenantId", "versionId", "sectionKey", "position") `);
    await q.query(
      `CREATE TABLE "service_frequency" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "versionId" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "key" varchar(36) NOT NULL, "position" integer NOT NULL, "taskZh" varchar(100) NOT NULL, "taskEn" varchar(200), "zoneId" varchar(36), "locationZh" varchar(100), "rrule" varchar(500) NOT NULL, "note" varchar(500))`,
    );
    await q.query(`CREATE INDEX "ix_svcfreq_tenant_version" ON "service_frequency" ("tenantId", "versionId", "sectionKey", "position") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_svcfreq_tenant_version"`);
    await q.query(`DROP TABLE "service_frequency"`);
    await q.query(`DROP INDEX "ix_hbitem_tenant_version"`);
    await q.query(`DROP INDEX "ix_hbitem_tenant_standard"`);
    await q.query(`DROP TABLE "handbook_item"`);
    await q.query(`DROP INDEX "ix_hbsection_tenant_version"`);
    await q.query(`DROP TABLE "handbook_section"`);
    await q.query(`DROP INDEX "ix_hbversion_tenant_handbook"`);
    await q.query(`DROP TABLE "handbook_version"`);
    await q.query(`DROP INDEX "uq_handbook_tenant_project"`);
    await q.query(`DROP INDEX "ix_handbook_tenant_kind_format"`);
    await q.query(`DROP TABLE "handbook"`);
    await q.query(`DROP INDEX "uq_standard_tenant_code"`);
    await q.query(`DROP INDEX "ix_standard_tenant_category"`);
    await q.query(`DROP TABLE "standard"`);
  }
}
