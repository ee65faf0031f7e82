import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompanyProfileStarter1796720000000 implements MigrationInterface {
  name = 'CompanyProfileStarter1796720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_company_settings_tenant"`);
    await q.query(
      `CREATE TABLE "temporary_company_settings" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "rectificationFallbackOwnerUserId" varchar(36), "earlyStartHours" integer NOT NULL DEFAULT (0), "shortName" varchar(20), "logo" text, "timeZone" varchar(64) NOT NULL DEFAULT ('Asia/Shanghai'), "language" varchar(10) NOT NULL DEFAULT ('zh-CN'), "workingDays" text, "defaultHolidayListId" varchar(36), "starterPack" varchar(20), "starterPackAppliedAt" datetime(6), "setupDismissedAt" datetime(6))`,
    );
    await q.query(
      `INSERT INTO "temporary_company_settings"("id", "createdAt", "updatedAt", "tenantId", "version", "rectificationFallbackOwnerUserId", "earlyStartHours") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "rectificationFallbackOwnerUserId", "earlyStartHours" FROM "company_settings"`,
    );
    await q.query(`DROP TABLE "company_settings"`);
    await q.query(`ALTER TABLE "temporary_company_settings" RENAME TO "company_settings"`);
    await q.query(`CREATE UNIQUE INDEX "uq_company_settings_tenant" ON "company_settings" ("tenantId") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_company_settings_tenant"`);
    await q.query(`ALTER TABLE "company_settings" RENAME TO "temporary_company_settings"`);
    await q.query(
      `CREATE TABLE "company_settings" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "rectificationFallbackOwnerUserId" varchar(36), "earlyStartHours" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(
      `INSERT INTO "company_settings"("id", "createdAt", "updatedAt", "tenantId", "version", "rectificationFallbackOwnerUserId", "earlyStartHours") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "rectificationFallbackOwnerUserId", "earlyStartHours" FROM "temporary_company_settings"`,
    );
    await q.query(`DROP TABLE "temporary_company_settings"`);
    await q.query(`CREATE UNIQUE INDEX "uq_company_settings_tenant" ON "company_settings" ("tenantId") `);
  }
}
