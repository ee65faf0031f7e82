import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795776297573 implements MigrationInterface {
  name = 'Initial1795776297573';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "userId" varchar(36), "operation" varchar(60) NOT NULL, "entity" varchar(40) NOT NULL, "entityId" varchar(36) NOT NULL, "changes" text NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_audit_tenant_user" ON "audit_entry" ("tenantId", "userId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_audit_tenant_entity" ON "audit_entry" ("tenantId", "entity", "createdAt") `);
    await q.query(`CREATE INDEX "ix_audit_tenant_created" ON "audit_entry" ("tenantId", "createdAt") `);
    await q.query(
      `CREATE TABLE "membership" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "userId" varchar(36) NOT NULL, "role" varchar(20) NOT NULL, "regionIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1))`,
    );
    await q.query(`CREATE INDEX "ix_membership_tenant_role" ON "membership" ("tenantId", "role") `);
    await q.query(`CREATE UNIQUE INDEX "uq_membership_tenant_user" ON "membership" ("tenantId", "userId") `);
    await q.query(
      `CREATE TABLE "project" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "code" varchar(32) NOT NULL, "name" varchar(100) NOT NULL, "propertyId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "stage" varchar(12) NOT NULL, "contractStart" date, "contractEnd" date, "serviceScope" text, "managerUserId" varchar(36), "timeZone" varchar(64) NOT NULL DEFAULT ('Asia/Shanghai'), "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_project_tenant_created" ON "project" ("tenantId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_project_tenant_name" ON "project" ("tenantId", "name") `);
    await q.query(`CREATE INDEX "ix_project_tenant_stage" ON "project" ("tenantId", "stage") `);
    await q.query(`CREATE INDEX "ix_project_tenant_property" ON "project" ("tenantId", "propertyId") `);
    await q.query(`CREATE INDEX "ix_project_tenant_region" ON "project" ("tenantId", "regionId", "archivedAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_project_tenant_code" ON "project" ("tenantId", "code") `);
    await q.query(
      `CREATE TABLE "property" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(100) NOT NULL, "format" varchar(20) NOT NULL, "address" varchar(200) NOT NULL DEFAULT (''), "grossFloorArea" decimal(12,2), "zones" text NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_property_tenant_format" ON "property" ("tenantId", "format") `);
    await q.query(`CREATE UNIQUE INDEX "uq_property_tenant_name" ON "property" ("tenantId", "name") `);
    await q.query(
      `CREATE TABLE "region" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(100) NOT NULL, "code" varchar(32))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_region_tenant_name" ON "region" ("tenantId", "name") `);
    await q.query(
      `CREATE TABLE "auth_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "userId" varchar(36) NOT NULL, "membershipId" varchar(36) NOT NULL, "expiresAt" datetime(6) NOT NULL, "revokedAt" datetime(6), "ip" varchar(64))`,
    );
    await q.query(`CREATE INDEX "ix_session_tenant_user" ON "auth_session" ("tenantId", "userId") `);
    await q.query(
      `CREATE TABLE "tenant" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "slug" varchar(40) NOT NULL, "name" varchar(100) NOT NULL, "active" boolean NOT NULL DEFAULT (1))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_tenant_slug" ON "tenant" ("slug") `);
    await q.query(
      `CREATE TABLE "user_account" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "email" varchar(254) NOT NULL, "displayName" varchar(60) NOT NULL, "passwordHash" varchar(255) NOT NULL, "active" boolean NOT NULL DEFAULT (1))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_user_email" ON "user_account" ("email") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_user_email"`);
    await q.query(`DROP TABLE "user_account"`);
    await q.query(`DROP INDEX "uq_tenant_slug"`);
    await q.query(`DROP TABLE "tenant"`);
    await q.query(`DROP INDEX "ix_session_tenant_user"`);
    await q.query(`DROP TABLE "auth_session"`);
    await q.query(`DROP INDEX "uq_region_tenant_name"`);
    await q.query(`DROP TABLE "region"`);
    await q.query(`DROP INDEX "uq_property_tenant_name"`);
    await q.query(`DROP INDEX "ix_property_tenant_format"`);
    await q.query(`DROP TABLE "property"`);
    await q.query(`DROP INDEX "uq_project_tenant_code"`);
    await q.query(`DROP INDEX "ix_project_tenant_region"`);
    await q.query(`DROP INDEX "ix_project_tenant_property"`);
    await q.query(`DROP INDEX "ix_project_tenant_stage"`);
    await q.query(`DROP INDEX "ix_project_tenant_name"`);
    await q.query(`DROP INDEX "ix_project_tenant_created"`);
    await q.query(`DROP TABLE "project"`);
    await q.query(`DROP INDEX "uq_membership_tenant_user"`);
    await q.query(`DROP INDEX "ix_membership_tenant_role"`);
    await q.query(`DROP TABLE "membership"`);
    await q.query(`DROP INDEX "ix_audit_tenant_created"`);
    await q.query(`DROP INDEX "ix_audit_tenant_entity"`);
    await q.query(`DROP INDEX "ix_audit_tenant_user"`);
    await q.query(`DROP TABLE "audit_entry"`);
  }
}
