import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformOperator1796700000000 implements MigrationInterface {
  name = 'PlatformOperator1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`platform_operator\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`email\` varchar(254) NOT NULL, \`displayName\` varchar(60) NOT NULL, \`passwordHash\` varchar(255) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX \`uq_platform_operator_email\` (\`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`platform_session\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`operatorId\` varchar(36) NOT NULL, \`expiresAt\` datetime(6) NOT NULL, \`revokedAt\` datetime(6) NULL, \`ip\` varchar(64) NULL, INDEX \`ix_platform_session_operator\` (\`operatorId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`platform_audit_entry\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`operatorId\` varchar(36) NULL, \`companyId\` varchar(36) NULL, \`operation\` varchar(60) NOT NULL, \`entity\` varchar(40) NOT NULL, \`entityId\` varchar(36) NOT NULL, \`changes\` text NOT NULL, INDEX \`ix_platform_audit_company\` (\`companyId\`, \`createdAt\`), INDEX \`ix_platform_audit_created\` (\`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(`ALTER TABLE \`tenant\` ADD \`suspendedAt\` datetime(6) NULL`);
    await q.query(`ALTER TABLE \`tenant\` ADD \`maxMembers\` int NULL`);
    await q.query(`ALTER TABLE \`tenant\` ADD \`maxProjects\` int NULL`);
    await q.query(`ALTER TABLE \`tenant\` ADD \`maxStorageMb\` int NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`tenant\` DROP COLUMN \`maxStorageMb\``);
    await q.query(`ALTER TABLE \`tenant\` DROP COLUMN \`maxProjects\``);
    await q.query(`ALTER TABLE \`tenant\` DROP COLUMN \`maxMembers\``);
    await q.query(`ALTER TABLE \`tenant\` DROP COLUMN \`suspendedAt\``);
    await q.query(`DROP INDEX \`ix_platform_audit_created\` ON \`platform_audit_entry\``);
    await q.query(`DROP INDEX \`ix_platform_audit_company\` ON \`platform_audit_entry\``);
    await q.query(`DROP TABLE \`platform_audit_entry\``);
    await q.query(`DROP INDEX \`ix_platform_session_operator\` ON \`platform_session\``);
    await q.query(`DROP TABLE \`platform_session\``);
    await q.query(`DROP INDEX \`uq_platform_operator_email\` ON \`platform_operator\``);
    await q.query(`DROP TABLE \`platform_operator\``);
  }
}
