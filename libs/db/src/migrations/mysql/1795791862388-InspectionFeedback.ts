import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionFeedback1795791862388 implements MigrationInterface {
  name = 'InspectionFeedback1795791862388';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_inspresult_tenant_day_project\` ON \`inspection_item_result\``);
    await q.query(
      `CREATE TABLE \`feedback\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`inspectionId\` varchar(36) NOT NULL, \`itemResultId\` varchar(36) NOT NULL, \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`state\` varchar(10) NOT NULL, \`description\` varchar(1000) NOT NULL, \`receivedAt\` datetime(6) NOT NULL, \`handledAt\` datetime(6) NULL, \`handledByUserId\` varchar(36) NULL, \`handlingNote\` varchar(1000) NULL, INDEX \`ix_feedback_tenant_inspection\` (\`tenantId\`, \`inspectionId\`), INDEX \`ix_feedback_tenant_region_state\` (\`tenantId\`, \`regionId\`, \`state\`), INDEX \`ix_feedback_tenant_project_state\` (\`tenantId\`, \`projectId\`, \`state\`), INDEX \`ix_feedback_tenant_state_received\` (\`tenantId\`, \`state\`, \`receivedAt\`), INDEX \`ix_feedback_tenant_received\` (\`tenantId\`, \`receivedAt\`), UNIQUE INDEX \`uq_feedback_tenant_itemresult\` (\`tenantId\`, \`itemResultId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(`ALTER TABLE \`inspection_item_result\` ADD \`customerFacing\` tinyint NOT NULL DEFAULT 0`);
    await q.query(
      `CREATE INDEX \`ix_inspresult_tenant_day_eval\` ON \`inspection_item_result\` (\`tenantId\`, \`localDate\`, \`projectId\`, \`possiblePoints\`, \`earnedPoints\`, \`result\`, \`critical\`)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_inspresult_tenant_day_eval\` ON \`inspection_item_result\``);
    await q.query(`ALTER TABLE \`inspection_item_result\` DROP COLUMN \`customerFacing\``);
    await q.query(`DROP INDEX \`uq_feedback_tenant_itemresult\` ON \`feedback\``);
    await q.query(`DROP INDEX \`ix_feedback_tenant_received\` ON \`feedback\``);
    await q.query(`DROP INDEX \`ix_feedback_tenant_state_received\` ON \`feedback\``);
    await q.query(`DROP INDEX \`ix_feedback_tenant_project_state\` ON \`feedback\``);
    await q.query(`DROP INDEX \`ix_feedback_tenant_region_state\` ON \`feedback\``);
    await q.query(`DROP INDEX \`ix_feedback_tenant_inspection\` ON \`feedback\``);
    await q.query(`DROP TABLE \`feedback\``);
    await q.query(
      `CREATE INDEX \`ix_inspresult_tenant_day_project\` ON \`inspection_item_result\` (\`tenantId\`, \`localDate\`, \`projectId\`)`,
    );
  }
}
