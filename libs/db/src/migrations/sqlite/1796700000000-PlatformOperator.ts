import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformOperator1796700000000 implements MigrationInterface {
  name = 'PlatformOperator1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "platform_operator" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "email" varchar(254) NOT NULL, "displayName" varchar(60) NOT NULL, "passwordHash" varchar(255) NOT NULL, "active" boolean NOT NULL DEFAULT (1))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_platform_operator_email" ON "platform_operator" ("email") `);
    await q.query(
      `CREATE TABLE "platform_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "operatorId" varchar(36) NOT NULL, "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "ip" varchar(64))`,
    );
    await q.query(`CREATE INDEX "ix_platform_session_operator" ON "platform_session" ("operatorId") `);
    await q.query(
      `CREATE TABLE "platform_audit_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "operatorId" varchar(36), "companyId" varchar(36), "operation" varchar(60) NOT NULL, "entity" varchar(40) NOT NULL, "entityId" varchar(36) NOT NULL, "changes" text NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_platform_audit_company" ON "platform_audit_entry" ("companyId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_platform_audit_created" ON "platform_audit_entry" ("createdAt") `);
    await q.query(`DROP INDEX "uq_tenant_slug"`);
    await q.query(
      `CREATE TABLE "temporary_tenant" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "slug" varchar(40) NOT NULL, "name" varchar(100) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "suspendedAt" datetime(6), "maxMembers" integer, "maxProjects" integer, "maxStorageMb" integer)`,
    );
    await q.query(
      `INSERT INTO "temporary_tenant"("id", "createdAt", "updatedAt", "slug", "name", "active") SELECT "id", "createdAt", "updatedAt", "slug", "name", "active" FROM "tenant"`,
    );
    await q.query(`DROP TABLE "tenant"`);
    await q.query(`ALTER TABLE "temporary_tenant" RENAME TO "tenant"`);
    await q.query(`CREATE UNIQUE INDEX "uq_tenant_slug" ON "tenant" ("slug") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_tenant_slug"`);
    await q.query(`ALTER TABLE "tenant" RENAME TO "temporary_tenant"`);
    await q.query(
      `CREATE TABLE "tenant" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "slug" varchar(40) NOT NULL, "name" varchar(100) NOT NULL, "active" boolean NOT NULL DEFAULT (1))`,
    );
    await q.query(
      `INSERT INTO "tenant"("id", "createdAt", "updatedAt", "slug", "name", "active") SELECT "id", "createdAt", "updatedAt", "slug", "name", "active" FROM "temporary_tenant"`,
    );
    await q.query(`DROP TABLE "temporary_tenant"`);
    await q.query(`CREATE UNIQUE INDEX "uq_tenant_slug" ON "tenant" ("slug") `);
    await q.query(`DROP INDEX "ix_platform_audit_created"`);
    await q.query(`DROP INDEX "ix_platform_audit_company"`);
    await q.query(`DROP TABLE "platform_audit_entry"`);
    await q.query(`DROP INDEX "ix_platform_session_operator"`);
    await q.query(`DROP TABLE "platform_session"`);
    await q.query(`DROP INDEX "uq_platform_operator_email"`);
    await q.query(`DROP TABLE "platform_operator"`);
  }
}
