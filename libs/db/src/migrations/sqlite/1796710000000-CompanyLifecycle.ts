import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompanyLifecycle1796710000000 implements MigrationInterface {
  name = 'CompanyLifecycle1796710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "company_export" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "state" varchar(10) NOT NULL, "requestedByUserId" varchar(36), "startedAt" datetime(6), "finishedAt" datetime(6), "expiresAt" datetime(6), "storageKey" varchar(200), "bytes" integer, "counts" text, "fileCount" integer, "error" varchar(1000))`,
    );
    await q.query(`CREATE INDEX "ix_company_export_tenant_created" ON "company_export" ("tenantId", "createdAt", "id") `);
    await q.query(
      `CREATE TABLE "company_deletion" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "state" varchar(10) NOT NULL, "requestedByUserId" varchar(36), "dueAt" datetime(6) NOT NULL, "cancelledByUserId" varchar(36), "cancelledAt" datetime(6), "counts" text, "fileCount" integer)`,
    );
    await q.query(`CREATE INDEX "ix_company_deletion_tenant_state" ON "company_deletion" ("tenantId", "state", "dueAt") `);
    await q.query(
      `CREATE TABLE "tenant_tombstone" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "formerTenantId" varchar(36) NOT NULL, "slug" varchar(40) NOT NULL, "name" varchar(100) NOT NULL, "requestedAt" datetime(6), "requestedByUserId" varchar(36), "deletedAt" datetime(6) NOT NULL, "counts" text NOT NULL, "fileCount" integer NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_tenant_tombstone_deleted" ON "tenant_tombstone" ("deletedAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_tenant_tombstone_deleted"`);
    await q.query(`DROP TABLE "tenant_tombstone"`);
    await q.query(`DROP INDEX "ix_company_deletion_tenant_state"`);
    await q.query(`DROP TABLE "company_deletion"`);
    await q.query(`DROP INDEX "ix_company_export_tenant_created"`);
    await q.query(`DROP TABLE "company_export"`);
  }
}
