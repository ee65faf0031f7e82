import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Approvals1796870000000 implements MigrationInterface {
  name = 'Approvals1796870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`approval_flow\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`kind\` varchar(40) NOT NULL, \`name\` varchar(60) NOT NULL, \`active\` tinyint NOT NULL, \`currentVersionId\` varchar(36) NULL, \`latestNumber\` int NOT NULL DEFAULT '0', UNIQUE INDEX \`uq_approval_flow_tenant_kind\` (\`tenantId\`, \`kind\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`approval_flow_version\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`flowId\` varchar(36) NOT NULL, \`number\` int NOT NULL, \`steps\` text NOT NULL, \`createdByUserId\` varchar(36) NULL, UNIQUE INDEX \`uq_approval_flow_version_tenant_flow_number\` (\`tenantId\`, \`flowId\`, \`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`approval_request\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`kind\` varchar(40) NOT NULL, \`status\` varchar(20) NOT NULL, \`flowId\` varchar(36) NOT NULL, \`flowVersionId\` varchar(36) NOT NULL, \`flowNumber\` int NOT NULL, \`steps\` text NOT NULL, \`stepIndex\` int NULL, \`subjectId\` varchar(36) NOT NULL, \`subjectVersionId\` varchar(36) NULL, \`title\` varchar(200) NOT NULL, \`amount\` bigint NULL, \`payload\` text NOT NULL, \`requesterUserId\` varchar(36) NOT NULL, \`projectId\` varchar(36) NULL, \`regionId\` varchar(36) NULL, \`reason\` varchar(500) NULL, \`decidedAt\` datetime(6) NULL, INDEX \`ix_approval_request_tenant_requester\` (\`tenantId\`, \`requesterUserId\`, \`createdAt\`), INDEX \`ix_approval_request_tenant_subject\` (\`tenantId\`, \`subjectId\`, \`createdAt\`), INDEX \`ix_approval_request_tenant_status\` (\`tenantId\`, \`status\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`approval_assignment\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`requestId\` varchar(36) NOT NULL, \`stepIndex\` int NOT NULL, \`userId\` varchar(36) NOT NULL, \`decision\` varchar(20) NULL, \`comment\` varchar(500) NULL, \`decidedAt\` datetime(6) NULL, INDEX \`ix_approval_assignment_tenant_user\` (\`tenantId\`, \`userId\`, \`decision\`), UNIQUE INDEX \`uq_approval_assignment_tenant_request_step_user\` (\`tenantId\`, \`requestId\`, \`stepIndex\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(`ALTER TABLE \`department\` ADD \`headUserId\` varchar(36) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`department\` DROP COLUMN \`headUserId\``);
    await q.query(`DROP INDEX \`uq_approval_assignment_tenant_request_step_user\` ON \`approval_assignment\``);
    await q.query(`DROP INDEX \`ix_approval_assignment_tenant_user\` ON \`approval_assignment\``);
    await q.query(`DROP TABLE \`approval_assignment\``);
    await q.query(`DROP INDEX \`ix_approval_request_tenant_status\` ON \`approval_request\``);
    await q.query(`DROP INDEX \`ix_approval_request_tenant_subject\` ON \`approval_request\``);
    await q.query(`DROP INDEX \`ix_approval_request_tenant_requester\` ON \`approval_request\``);
    await q.query(`DROP TABLE \`approval_request\``);
    await q.query(`DROP INDEX \`uq_approval_flow_version_tenant_flow_number\` ON \`approval_flow_version\``);
    await q.query(`DROP TABLE \`approval_flow_version\``);
    await q.query(`DROP INDEX \`uq_approval_flow_tenant_kind\` ON \`approval_flow\``);
    await q.query(`DROP TABLE \`approval_flow\``);
  }
}
