import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FindingsChargedToPeople1796760000000 implements MigrationInterface {
  name = 'FindingsChargedToPeople1796760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`employee\` ADD \`gender\` varchar(6) NULL`);
    await q.query(`ALTER TABLE \`training_requirement\` ADD \`sourceStandardId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`inspection_item_result\` ADD \`employeeId\` varchar(36) NULL`);
    await q.query(
      `CREATE INDEX \`ix_inspresult_tenant_project_employee\` ON \`inspection_item_result\` (\`tenantId\`, \`projectId\`, \`employeeId\`)`,
    );
    await q.query(
      `CREATE INDEX \`ix_inspresult_tenant_employee\` ON \`inspection_item_result\` (\`tenantId\`, \`employeeId\`, \`standardId\`, \`localDate\`)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_inspresult_tenant_employee\` ON \`inspection_item_result\``);
    await q.query(`DROP INDEX \`ix_inspresult_tenant_project_employee\` ON \`inspection_item_result\``);
    await q.query(`ALTER TABLE \`inspection_item_result\` DROP COLUMN \`employeeId\``);
    await q.query(`ALTER TABLE \`training_requirement\` DROP COLUMN \`sourceStandardId\``);
    await q.query(`ALTER TABLE \`employee\` DROP COLUMN \`gender\``);
  }
}
