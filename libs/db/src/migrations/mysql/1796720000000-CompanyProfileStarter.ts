import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompanyProfileStarter1796720000000 implements MigrationInterface {
  name = 'CompanyProfileStarter1796720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`company_settings\` ADD \`shortName\` varchar(20) NULL`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`logo\` text NULL`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`timeZone\` varchar(64) NOT NULL DEFAULT 'Asia/Shanghai'`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`language\` varchar(10) NOT NULL DEFAULT 'zh-CN'`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`workingDays\` text NULL`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`defaultHolidayListId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`starterPack\` varchar(20) NULL`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`starterPackAppliedAt\` datetime(6) NULL`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`setupDismissedAt\` datetime(6) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`setupDismissedAt\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`starterPackAppliedAt\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`starterPack\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`defaultHolidayListId\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`workingDays\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`language\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`timeZone\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`logo\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`shortName\``);
  }
}
