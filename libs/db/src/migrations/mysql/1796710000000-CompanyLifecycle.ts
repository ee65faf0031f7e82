import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompanyLifecycle1796710000000 implements MigrationInterface {
  name = 'CompanyLifecycle1796710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`company_export\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`state\` varchar(10) NOT NULL, \`requestedByUserId\` varchar(36) NULL, \`startedAt\` datetime(6) NULL, \`finishedAt\` datetime(6) NULL, \`expiresAt\` datetime(6) NULL, \`storageKey\` varchar(200) NULL, \`bytes\` int NULL, \`counts\` text NULL, \`fileCount\` int NULL, \`error\` varchar(1000) NULL, INDEX \`ix_company_export_tenant_created\` (\`tenantId\`, \`createdAt\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`company_deletion\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`state\` varchar(10) NOT NULL, \`requestedByUserId\` varchar(36) NULL, \`dueAt\` datetime(6) NOT NULL, \`cancelledByUserId\` varchar(36) NULL, \`cancelledAt\` datetime(6) NULL, \`counts\` text NULL, \`fileCount\` int NULL, INDEX \`ix_company_deletion_tenant_state\` (\`tenantId\`, \`state\`, \`dueAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`tenant_tombstone\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`formerTenantId\` varchar(36) NOT NULL, \`slug\` varchar(40) NOT NULL, \`name\` varchar(100) NOT NULL, \`requestedAt\` datetime(6) NULL, \`requestedByUserId\` varchar(36) NULL, \`deletedAt\` datetime(6) NOT NULL, \`counts\` text NOT NULL, \`fileCount\` int NOT NULL, INDEX \`ix_tenant_tombstone_deleted\` (\`deletedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_tenant_tombstone_deleted\` ON \`tenant_tombstone\``);
    await q.query(`DROP TABLE \`tenant_tombstone\``);
    await q.query(`DROP INDEX \`ix_company_deletion_tenant_state\` ON \`company_deletion\``);
    await q.query(`DROP TABLE \`company_deletion\``);
    await q.query(`DROP INDEX \`ix_company_export_tenant_created\` ON \`company_export\``);
    await q.query(`DROP TABLE \`company_export\``);
  }
}
