import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OwnersGatesCompanySettings1796628318454 implements MigrationInterface {
  name = 'OwnersGatesCompanySettings1796628318454';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`company_settings\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`rectificationFallbackOwnerUserId\` varchar(36) NULL, \`earlyStartHours\` int NOT NULL DEFAULT '0', UNIQUE INDEX \`uq_company_settings_tenant\` (\`tenantId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(`ALTER TABLE \`onboarding_task\` ADD \`deliverable\` varchar(20) NULL`);
    await q.query(`ALTER TABLE \`rectification\` ADD \`ownerSource\` varchar(20) NULL`);
    await q.query(`ALTER TABLE \`rectification_event\` ADD \`fromOwnerUserId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`rectification_event\` ADD \`toOwnerUserId\` varchar(36) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`rectification_event\` DROP COLUMN \`toOwnerUserId\``);
    await q.query(`ALTER TABLE \`rectification_event\` DROP COLUMN \`fromOwnerUserId\``);
    await q.query(`ALTER TABLE \`rectification\` DROP COLUMN \`ownerSource\``);
    await q.query(`ALTER TABLE \`onboarding_task\` DROP COLUMN \`deliverable\``);
    await q.query(`DROP INDEX \`uq_company_settings_tenant\` ON \`company_settings\``);
    await q.query(`DROP TABLE \`company_settings\``);
  }
}
