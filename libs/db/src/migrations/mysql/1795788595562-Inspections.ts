import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Inspections1795788595562 implements MigrationInterface {
  name = 'Inspections1795788595562';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`evidence_file\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`contentType\` varchar(40) NOT NULL, \`bytes\` int NOT NULL, \`sha256\` varchar(64) NOT NULL, \`storageKey\` varchar(200) NOT NULL, \`uploadedByUserId\` varchar(36) NOT NULL, INDEX \`ix_evidence_tenant_uploader_sha\` (\`tenantId\`, \`uploadedByUserId\`, \`sha256\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`inspection\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`clientKey\` varchar(64) NOT NULL, \`status\` varchar(10) NOT NULL, \`occurrenceId\` varchar(36) NULL, \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`templateId\` varchar(36) NOT NULL, \`templateVersionId\` varchar(36) NOT NULL, \`inspectorUserId\` varchar(36) NOT NULL, \`performedAt\` datetime(6) NULL, \`submittedAt\` datetime(6) NULL, \`localDate\` date NULL, \`note\` varchar(2000) NULL, \`signatureFileId\` varchar(36) NULL, \`latitude\` double NULL, \`longitude\` double NULL, \`locationText\` varchar(200) NULL, \`draftItems\` text NULL, \`earnedPoints\` int NULL, \`possiblePoints\` int NULL, \`scorePercent\` double NULL, \`passScore\` int NULL, \`passed\` tinyint NULL, \`criticalFailed\` tinyint NOT NULL DEFAULT 0, \`failedItems\` int NOT NULL DEFAULT '0', INDEX \`ix_inspection_tenant_occurrence\` (\`tenantId\`, \`occurrenceId\`), INDEX \`ix_inspection_tenant_inspector\` (\`tenantId\`, \`inspectorUserId\`, \`status\`), INDEX \`ix_inspection_tenant_region_day\` (\`tenantId\`, \`regionId\`, \`localDate\`), INDEX \`ix_inspection_tenant_project_day\` (\`tenantId\`, \`projectId\`, \`localDate\`), INDEX \`ix_inspection_tenant_created\` (\`tenantId\`, \`createdAt\`), UNIQUE INDEX \`uq_inspection_tenant_clientkey\` (\`tenantId\`, \`clientKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`inspection_item_result\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`inspectionId\` varchar(36) NOT NULL, \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`templateId\` varchar(36) NOT NULL, \`templateVersionId\` varchar(36) NOT NULL, \`templateItemId\` varchar(36) NOT NULL, \`itemKey\` varchar(36) NOT NULL, \`sectionKey\` varchar(36) NOT NULL, \`standardId\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`result\` varchar(4) NOT NULL, \`possiblePoints\` int NOT NULL, \`earnedPoints\` int NULL, \`score\` int NULL, \`deductionKeys\` text NOT NULL, \`critical\` tinyint NOT NULL DEFAULT 0, \`note\` varchar(1000) NULL, \`evidenceFileIds\` text NOT NULL, \`submittedAt\` datetime(6) NOT NULL, \`localDate\` date NOT NULL, INDEX \`ix_inspresult_tenant_standard_day\` (\`tenantId\`, \`standardId\`, \`localDate\`), INDEX \`ix_inspresult_tenant_region_day\` (\`tenantId\`, \`regionId\`, \`localDate\`), INDEX \`ix_inspresult_tenant_project_day\` (\`tenantId\`, \`projectId\`, \`localDate\`), INDEX \`ix_inspresult_tenant_day_project\` (\`tenantId\`, \`localDate\`, \`projectId\`), INDEX \`ix_inspresult_tenant_inspection\` (\`tenantId\`, \`inspectionId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`rectification\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`inspectionId\` varchar(36) NOT NULL, \`itemResultId\` varchar(36) NOT NULL, \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`standardId\` varchar(36) NOT NULL, \`state\` varchar(10) NOT NULL, \`ownerUserId\` varchar(36) NULL, \`deadline\` datetime(6) NOT NULL, \`description\` varchar(1000) NOT NULL, \`evidenceRequired\` tinyint NOT NULL DEFAULT 1, \`automatic\` tinyint NOT NULL DEFAULT 0, \`createdByUserId\` varchar(36) NOT NULL, \`openedAt\` datetime(6) NOT NULL, \`submittedAt\` datetime(6) NULL, \`submittedByUserId\` varchar(36) NULL, \`verifiedAt\` datetime(6) NULL, \`verifiedByUserId\` varchar(36) NULL, \`rejections\` int NOT NULL DEFAULT '0', INDEX \`ix_rectification_tenant_inspection\` (\`tenantId\`, \`inspectionId\`), INDEX \`ix_rectification_tenant_owner_state\` (\`tenantId\`, \`ownerUserId\`, \`state\`), INDEX \`ix_rectification_tenant_region_state\` (\`tenantId\`, \`regionId\`, \`state\`), INDEX \`ix_rectification_tenant_project_state\` (\`tenantId\`, \`projectId\`, \`state\`), INDEX \`ix_rectification_tenant_state_deadline\` (\`tenantId\`, \`state\`, \`deadline\`), INDEX \`ix_rectification_tenant_created\` (\`tenantId\`, \`createdAt\`), UNIQUE INDEX \`uq_rectification_tenant_itemresult\` (\`tenantId\`, \`itemResultId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`rectification_event\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`rectificationId\` varchar(36) NOT NULL, \`action\` varchar(12) NOT NULL, \`fromState\` varchar(10) NULL, \`toState\` varchar(10) NOT NULL, \`userId\` varchar(36) NOT NULL, \`note\` varchar(1000) NULL, \`evidenceFileIds\` text NOT NULL, \`at\` datetime(6) NOT NULL, INDEX \`ix_rectevent_tenant_rect\` (\`tenantId\`, \`rectificationId\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_rectevent_tenant_rect\` ON \`rectification_event\``);
    await q.query(`DROP TABLE \`rectification_event\``);
    await q.query(`DROP INDEX \`uq_rectification_tenant_itemresult\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_created\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_state_deadline\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_project_state\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_region_state\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_owner_state\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_inspection\` ON \`rectification\``);
    await q.query(`DROP TABLE \`rectification\``);
    await q.query(`DROP INDEX \`ix_inspresult_tenant_inspection\` ON \`inspection_item_result\``);
    await q.query(`DROP INDEX \`ix_inspresult_tenant_day_project\` ON \`inspection_item_result\``);
    await q.query(`DROP INDEX \`ix_inspresult_tenant_project_day\` ON \`inspection_item_result\``);
    await q.query(`DROP INDEX \`ix_inspresult_tenant_region_day\` ON \`inspection_item_result\``);
    await q.query(`DROP INDEX \`ix_inspresult_tenant_standard_day\` ON \`inspection_item_result\``);
    await q.query(`DROP TABLE \`inspection_item_result\``);
    await q.query(`DROP INDEX \`uq_inspection_tenant_clientkey\` ON \`inspection\``);
    await q.query(`DROP INDEX \`ix_inspection_tenant_created\` ON \`inspection\``);
    await q.query(`DROP INDEX \`ix_inspection_tenant_project_day\` ON \`inspection\``);
    await q.query(`DROP INDEX \`ix_inspection_tenant_region_day\` ON \`inspection\``);
    await q.query(`DROP INDEX \`ix_inspection_tenant_inspector\` ON \`inspection\``);
    await q.query(`DROP INDEX \`ix_inspection_tenant_occurrence\` ON \`inspection\``);
    await q.query(`DROP TABLE \`inspection\``);
    await q.query(`DROP INDEX \`ix_evidence_tenant_uploader_sha\` ON \`evidence_file\``);
    await q.query(`DROP TABLE \`evidence_file\``);
  }
}
