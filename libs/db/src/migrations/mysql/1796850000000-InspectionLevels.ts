import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionLevels1796850000000 implements MigrationInterface {
  name = 'InspectionLevels1796850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_inspresult_tenant_day_eval\` ON \`inspection_item_result\``);
    await q.query(`ALTER TABLE \`inspection_template\` ADD \`level\` varchar(12) NOT NULL DEFAULT 'COMPANY'`);
    await q.query(`ALTER TABLE \`inspection_frequency\` ADD \`level\` varchar(12) NOT NULL DEFAULT 'COMPANY'`);
    await q.query(`ALTER TABLE \`inspection_occurrence\` ADD \`level\` varchar(12) NOT NULL DEFAULT 'COMPANY'`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`selfCheckWeight\` int NOT NULL DEFAULT '20'`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`regionalWeight\` int NOT NULL DEFAULT '30'`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`companyWeight\` int NOT NULL DEFAULT '50'`);
    await q.query(`ALTER TABLE \`company_settings\` ADD \`inflationThreshold\` int NOT NULL DEFAULT '10'`);
    await q.query(`ALTER TABLE \`inspection\` ADD \`level\` varchar(12) NOT NULL DEFAULT 'COMPANY'`);
    await q.query(`ALTER TABLE \`inspection_item_result\` ADD \`level\` varchar(12) NOT NULL DEFAULT 'COMPANY'`);
    await q.query(
      `CREATE INDEX \`ix_inspresult_tenant_day_eval\` ON \`inspection_item_result\` (\`tenantId\`, \`localDate\`, \`projectId\`, \`level\`, \`possiblePoints\`, \`earnedPoints\`, \`result\`, \`critical\`)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_inspresult_tenant_day_eval\` ON \`inspection_item_result\``);
    await q.query(`ALTER TABLE \`inspection_item_result\` DROP COLUMN \`level\``);
    await q.query(`ALTER TABLE \`inspection\` DROP COLUMN \`level\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`inflationThreshold\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`companyWeight\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`regionalWeight\``);
    await q.query(`ALTER TABLE \`company_settings\` DROP COLUMN \`selfCheckWeight\``);
    await q.query(`ALTER TABLE \`inspection_occurrence\` DROP COLUMN \`level\``);
    await q.query(`ALTER TABLE \`inspection_frequency\` DROP COLUMN \`level\``);
    await q.query(`ALTER TABLE \`inspection_template\` DROP COLUMN \`level\``);
    await q.query(
      `CREATE INDEX \`ix_inspresult_tenant_day_eval\` ON \`inspection_item_result\` (\`tenantId\`, \`localDate\`, \`projectId\`, \`possiblePoints\`, \`earnedPoints\`, \`result\`, \`critical\`)`,
    );
  }
}
