import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795776297573 implements MigrationInterface {
  name = 'Initial1795776297573';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`audit_entry\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`userId\` varchar(36) NULL, \`operation\` varchar(60) NOT NULL, \`entity\` varchar(40) NOT NULL, \`entityId\` varchar(36) NOT NULL, \`changes\` text NOT NULL, INDEX \`ix_audit_tenant_user\` (\`tenantId\`, \`userId\`, \`createdAt\`), INDEX \`ix_audit_tenant_entity\` (\`tenantId\`, \`entity\`, \`createdAt\`), INDEX \`ix_audit_tenant_created\` (\`tenantId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`membership\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`userId\` varchar(36) NOT NULL, \`role\` varchar(20) NOT NULL, \`regionIds\` text NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, INDEX \`ix_membership_tenant_role\` (\`tenantId\`, \`role\`), UNIQUE INDEX \`uq_membership_tenant_user\` (\`tenantId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`project\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`code\` varchar(32) NOT NULL, \`name\` varchar(100) NOT NULL, \`propertyId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`stage\` varchar(12) NOT NULL, \`contractStart\` date NULL, \`contractEnd\` date NULL, \`serviceScope\` text NULL, \`managerUserId\` varchar(36) NULL, \`timeZone\` varchar(64) NOT NULL DEFAULT 'Asia/Shanghai', \`archivedAt\` datetime(6) NULL, INDEX \`ix_project_tenant_created\` (\`tenantId\`, \`createdAt\`), INDEX \`ix_project_tenant_name\` (\`tenantId\`, \`name\`), INDEX \`ix_project_tenant_stage\` (\`tenantId\`, \`stage\`), INDEX \`ix_project_tenant_property\` (\`tenantId\`, \`propertyId\`), INDEX \`ix_project_tenant_region\` (\`tenantId\`, \`regionId\`, \`archivedAt\`), UNIQUE INDEX \`uq_project_tenant_code\` (\`tenantId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`property\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(100) NOT NULL, \`format\` varchar(20) NOT NULL, \`address\` varchar(200) NOT NULL DEFAULT '', \`grossFloorArea\` decimal(12,2) NULL, \`zones\` text NOT NULL, INDEX \`ix_property_tenant_format\` (\`tenantId\`, \`format\`), UNIQUE INDEX \`uq_property_tenant_name\` (\`tenantId\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`region\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(100) NOT NULL, \`code\` varchar(32) NULL, UNIQUE INDEX \`uq_region_tenant_name\` (\`tenantId\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`auth_session\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`userId\` varchar(36) NOT NULL, \`membershipId\` varchar(36) NOT NULL, \`expiresAt\` datetime(6) NOT NULL, \`revokedAt\` datetime(6) NULL, \`ip\` varchar(64) NULL, INDEX \`ix_session_tenant_user\` (\`tenantId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`tenant\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`slug\` varchar(40) NOT NULL, \`name\` varchar(100) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX \`uq_tenant_slug\` (\`slug\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`user_account\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`email\` varchar(254) NOT NULL, \`displayName\` varchar(60) NOT NULL, \`passwordHash\` varchar(255) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX \`uq_user_email\` (\`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`uq_user_email\` ON \`user_account\``);
    await q.query(`DROP TABLE \`user_account\``);
    await q.query(`DROP INDEX \`uq_tenant_slug\` ON \`tenant\``);
    await q.query(`DROP TABLE \`tenant\``);
    await q.query(`DROP INDEX \`ix_session_tenant_user\` ON \`auth_session\``);
    await q.query(`DROP TABLE \`auth_session\``);
    await q.query(`DROP INDEX \`uq_region_tenant_name\` ON \`region\``);
    await q.query(`DROP TABLE \`region\``);
    await q.query(`DROP INDEX \`uq_property_tenant_name\` ON \`property\``);
    await q.query(`DROP INDEX \`ix_property_tenant_format\` ON \`property\``);
    await q.query(`DROP TABLE \`property\``);
    await q.query(`DROP INDEX \`uq_project_tenant_code\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_project_tenant_region\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_project_tenant_property\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_project_tenant_stage\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_project_tenant_name\` ON \`project\``);
    await q.query(`DROP INDEX \`ix_project_tenant_created\` ON \`project\``);
    await q.query(`DROP TABLE \`project\``);
    await q.query(`DROP INDEX \`uq_membership_tenant_user\` ON \`membership\``);
    await q.query(`DROP INDEX \`ix_membership_tenant_role\` ON \`membership\``);
    await q.query(`DROP TABLE \`membership\``);
    await q.query(`DROP INDEX \`ix_audit_tenant_created\` ON \`audit_entry\``);
    await q.query(`DROP INDEX \`ix_audit_tenant_entity\` ON \`audit_entry\``);
    await q.query(`DROP INDEX \`ix_audit_tenant_user\` ON \`audit_entry\``);
    await q.query(`DROP TABLE \`audit_entry\``);
  }
}
