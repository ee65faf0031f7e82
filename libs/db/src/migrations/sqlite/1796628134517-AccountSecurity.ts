import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountSecurity1796628134517 implements MigrationInterface {
  name = 'AccountSecurity1796628134517';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "member_invitation" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "email" varchar(254) NOT NULL, "displayName" varchar(60) NOT NULL, "phone" varchar(30), "role" varchar(20) NOT NULL, "regionIds" text NOT NULL, "secretHash" varchar(64) NOT NULL, "expiresAt" datetime(6) NOT NULL, "sentAt" datetime(6) NOT NULL, "invitedByUserId" varchar(36), "acceptedAt" datetime(6), "acceptedUserId" varchar(36), "revokedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_invitation_tenant_created" ON "member_invitation" ("tenantId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_invitation_tenant_email" ON "member_invitation" ("tenantId", "email") `);
    await q.query(
      `CREATE TABLE "rate_limit" ("key" varchar(64) PRIMARY KEY NOT NULL, "points" integer NOT NULL, "resetAt" bigint NOT NULL)`,
    );
    await q.query(`DROP INDEX "uq_membership_tenant_user"`);
    await q.query(`DROP INDEX "ix_membership_tenant_role"`);
    await q.query(
      `CREATE TABLE "temporary_membership" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "userId" varchar(36) NOT NULL, "role" varchar(20) NOT NULL, "regionIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "displayName" varchar(60) NOT NULL DEFAULT (''), "phone" varchar(30))`,
    );
    await q.query(
      `INSERT INTO "temporary_membership"("id", "createdAt", "updatedAt", "tenantId", "version", "userId", "role", "regionIds", "active") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "userId", "role", "regionIds", "active" FROM "membership"`,
    );
    await q.query(`DROP TABLE "membership"`);
    await q.query(`ALTER TABLE "temporary_membership" RENAME TO "membership"`);
    await q.query(`CREATE UNIQUE INDEX "uq_membership_tenant_user" ON "membership" ("tenantId", "userId") `);
    await q.query(`CREATE INDEX "ix_membership_tenant_role" ON "membership" ("tenantId", "role") `);
    await q.query(`DROP INDEX "uq_user_email"`);
    await q.query(
      `CREATE TABLE "temporary_user_account" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "email" varchar(254) NOT NULL, "displayName" varchar(60) NOT NULL, "passwordHash" varchar(255) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "mustChangePassword" boolean NOT NULL DEFAULT (0), "passwordExpiresAt" datetime(6))`,
    );
    await q.query(
      `INSERT INTO "temporary_user_account"("id", "createdAt", "updatedAt", "email", "displayName", "passwordHash", "active") SELECT "id", "createdAt", "updatedAt", "email", "displayName", "passwordHash", "active" FROM "user_account"`,
    );
    await q.query(`DROP TABLE "user_account"`);
    await q.query(`ALTER TABLE "temporary_user_account" RENAME TO "user_account"`);
    await q.query(`CREATE UNIQUE INDEX "uq_user_email" ON "user_account" ("email") `);
    // Each company starts by knowing its members by their account's name.
    await q.query(
      `UPDATE "membership" SET "displayName" = (SELECT u."displayName" FROM "user_account" u WHERE u."id" = "membership"."userId") WHERE "displayName" = ''`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_user_email"`);
    await q.query(`ALTER TABLE "user_account" RENAME TO "temporary_user_account"`);
    await q.query(
      `CREATE TABLE "user_account" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "email" varchar(254) NOT NULL, "displayName" varchar(60) NOT NULL, "passwordHash" varchar(255) NOT NULL, "active" boolean NOT NULL DEFAULT (1))`,
    );
    await q.query(
      `INSERT INTO "user_account"("id", "createdAt", "updatedAt", "email", "displayName", "passwordHash", "active") SELECT "id", "createdAt", "updatedAt", "email", "displayName", "passwordHash", "active" FROM "temporary_user_account"`,
    );
    await q.query(`DROP TABLE "temporary_user_account"`);
    await q.query(`CREATE UNIQUE INDEX "uq_user_email" ON "user_account" ("email") `);
    await q.query(`DROP INDEX "ix_membership_tenant_role"`);
    await q.query(`DROP INDEX "uq_membership_tenant_user"`);
    await q.query(`ALTER TABLE "membership" RENAME TO "temporary_membership"`);
    await q.query(
      `CREATE TABLE "membership" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "userId" varchar(36) NOT NULL, "role" varchar(20) NOT NULL, "regionIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1))`,
    );
    await q.query(
      `INSERT INTO "membership"("id", "createdAt", "updatedAt", "tenantId", "version", "userId", "role", "regionIds", "active") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "userId", "role", "regionIds", "active" FROM "temporary_membership"`,
    );
    await q.query(`DROP TABLE "temporary_membership"`);
    await q.query(`CREATE INDEX "ix_membership_tenant_role" ON "membership" ("tenantId", "role") `);
    await q.query(`CREATE UNIQUE INDEX "uq_membership_tenant_user" ON "membership" ("tenantId", "userId") `);
    await q.query(`DROP TABLE "rate_limit"`);
    await q.query(`DROP INDEX "ix_invitation_tenant_email"`);
    await q.query(`DROP INDEX "ix_invitation_tenant_created"`);
    await q.query(`DROP TABLE "member_invitation"`);
  }
}
