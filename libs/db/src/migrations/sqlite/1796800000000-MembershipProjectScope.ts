import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MembershipProjectScope1796800000000 implements MigrationInterface {
  name = 'MembershipProjectScope1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_membership_tenant_role"`);
    await q.query(`DROP INDEX "ix_membership_tenant_created"`);
    await q.query(`DROP INDEX "uq_membership_tenant_user"`);
    await q.query(
      `CREATE TABLE "temporary_membership" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "userId" varchar(36) NOT NULL, "role" varchar(20) NOT NULL, "regionIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "displayName" varchar(60) NOT NULL DEFAULT (''), "phone" varchar(30), "projectIds" text NOT NULL)`,
    );
    await q.query(
      `INSERT INTO "temporary_membership"("id", "createdAt", "updatedAt", "tenantId", "version", "userId", "role", "regionIds", "active", "displayName", "phone", "projectIds") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "userId", "role", "regionIds", "active", "displayName", "phone", '[]' FROM "membership"`,
    );
    await q.query(`DROP TABLE "membership"`);
    await q.query(`ALTER TABLE "temporary_membership" RENAME TO "membership"`);
    await q.query(`CREATE INDEX "ix_membership_tenant_role" ON "membership" ("tenantId", "role", "id") `);
    await q.query(`CREATE INDEX "ix_membership_tenant_created" ON "membership" ("tenantId", "createdAt", "id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_membership_tenant_user" ON "membership" ("tenantId", "userId") `);
    await q.query(`DROP INDEX "ix_invitation_tenant_email"`);
    await q.query(`DROP INDEX "ix_invitation_tenant_created"`);
    await q.query(
      `CREATE TABLE "temporary_member_invitation" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "email" varchar(254) NOT NULL, "displayName" varchar(60) NOT NULL, "phone" varchar(30), "role" varchar(20) NOT NULL, "regionIds" text NOT NULL, "secretHash" varchar(64) NOT NULL, "expiresAt" datetime(6) NOT NULL, "sentAt" datetime(6) NOT NULL, "invitedByUserId" varchar(36), "acceptedAt" datetime(6), "acceptedUserId" varchar(36), "revokedAt" datetime(6), "projectIds" text NOT NULL)`,
    );
    await q.query(
      `INSERT INTO "temporary_member_invitation"("id", "createdAt", "updatedAt", "tenantId", "version", "email", "displayName", "phone", "role", "regionIds", "secretHash", "expiresAt", "sentAt", "invitedByUserId", "acceptedAt", "acceptedUserId", "revokedAt", "projectIds") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "email", "displayName", "phone", "role", "regionIds", "secretHash", "expiresAt", "sentAt", "invitedByUserId", "acceptedAt", "acceptedUserId", "revokedAt", '[]' FROM "member_invitation"`,
    );
    await q.query(`DROP TABLE "member_invitation"`);
    await q.query(`ALTER TABLE "temporary_member_invitation" RENAME TO "member_invitation"`);
    await q.query(`CREATE INDEX "ix_invitation_tenant_email" ON "member_invitation" ("tenantId", "email") `);
    await q.query(`CREATE INDEX "ix_invitation_tenant_created" ON "member_invitation" ("tenantId", "createdAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_invitation_tenant_created"`);
    await q.query(`DROP INDEX "ix_invitation_tenant_email"`);
    await q.query(`ALTER TABLE "member_invitation" RENAME TO "temporary_member_invitation"`);
    await q.query(
      `CREATE TABLE "member_invitation" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "email" varchar(254) NOT NULL, "displayName" varchar(60) NOT NULL, "phone" varchar(30), "role" varchar(20) NOT NULL, "regionIds" text NOT NULL, "secretHash" varchar(64) NOT NULL, "expiresAt" datetime(6) NOT NULL, "sentAt" datetime(6) NOT NULL, "invitedByUserId" varchar(36), "acceptedAt" datetime(6), "acceptedUserId" varchar(36), "revokedAt" datetime(6))`,
    );
    await q.query(
      `INSERT INTO "member_invitation"("id", "createdAt", "updatedAt", "tenantId", "version", "email", "displayName", "phone", "role", "regionIds", "secretHash", "expiresAt", "sentAt", "invitedByUserId", "acceptedAt", "acceptedUserId", "revokedAt") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "email", "displayName", "phone", "role", "regionIds", "secretHash", "expiresAt", "sentAt", "invitedByUserId", "acceptedAt", "acceptedUserId", "revokedAt" FROM "temporary_member_invitation"`,
    );
    await q.query(`DROP TABLE "temporary_member_invitation"`);
    await q.query(`CREATE INDEX "ix_invitation_tenant_created" ON "member_invitation" ("tenantId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_invitation_tenant_email" ON "member_invitation" ("tenantId", "email") `);
    await q.query(`DROP INDEX "uq_membership_tenant_user"`);
    await q.query(`DROP INDEX "ix_membership_tenant_created"`);
    await q.query(`DROP INDEX "ix_membership_tenant_role"`);
    await q.query(`ALTER TABLE "membership" RENAME TO "temporary_membership"`);
    await q.query(
      `CREATE TABLE "membership" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "userId" varchar(36) NOT NULL, "role" varchar(20) NOT NULL, "regionIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "displayName" varchar(60) NOT NULL DEFAULT (''), "phone" varchar(30))`,
    );
    await q.query(
      `INSERT INTO "membership"("id", "createdAt", "updatedAt", "tenantId", "version", "userId", "role", "regionIds", "active", "displayName", "phone") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "userId", "role", "regionIds", "active", "displayName", "phone" FROM "temporary_membership"`,
    );
    await q.query(`DROP TABLE "temporary_membership"`);
    await q.query(`CREATE UNIQUE INDEX "uq_membership_tenant_user" ON "membership" ("tenantId", "userId") `);
    await q.query(`CREATE INDEX "ix_membership_tenant_created" ON "membership" ("tenantId", "createdAt", "id") `);
    await q.query(`CREATE INDEX "ix_membership_tenant_role" ON "membership" ("tenantId", "role", "id") `);
  }
}
