import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountSecurity1796628134517 implements MigrationInterface {
  name = 'AccountSecurity1796628134517';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`member_invitation\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`email\` varchar(254) NOT NULL, \`displayName\` varchar(60) NOT NULL, \`phone\` varchar(30) NULL, \`role\` varchar(20) NOT NULL, \`regionIds\` text NOT NULL, \`secretHash\` varchar(64) NOT NULL, \`expiresAt\` datetime(6) NOT NULL, \`sentAt\` datetime(6) NOT NULL, \`invitedByUserId\` varchar(36) NULL, \`acceptedAt\` datetime(6) NULL, \`acceptedUserId\` varchar(36) NULL, \`revokedAt\` datetime(6) NULL, INDEX \`ix_invitation_tenant_created\` (\`tenantId\`, \`createdAt\`), INDEX \`ix_invitation_tenant_email\` (\`tenantId\`, \`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`rate_limit\` (\`key\` varchar(64) NOT NULL, \`points\` int NOT NULL, \`resetAt\` bigint NOT NULL, PRIMARY KEY (\`key\`)) ENGINE=InnoDB`,
    );
    await q.query(`ALTER TABLE \`membership\` ADD \`displayName\` varchar(60) NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE \`membership\` ADD \`phone\` varchar(30) NULL`);
    await q.query(`ALTER TABLE \`user_account\` ADD \`mustChangePassword\` tinyint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE \`user_account\` ADD \`passwordExpiresAt\` datetime(6) NULL`);
    // Each company starts by knowing its members by their account's name.
    await q.query(
      `UPDATE \`membership\` m INNER JOIN \`user_account\` u ON u.\`id\` = m.\`userId\` SET m.\`displayName\` = u.\`displayName\` WHERE m.\`displayName\` = ''`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`user_account\` DROP COLUMN \`passwordExpiresAt\``);
    await q.query(`ALTER TABLE \`user_account\` DROP COLUMN \`mustChangePassword\``);
    await q.query(`ALTER TABLE \`membership\` DROP COLUMN \`phone\``);
    await q.query(`ALTER TABLE \`membership\` DROP COLUMN \`displayName\``);
    await q.query(`DROP TABLE \`rate_limit\``);
    await q.query(`DROP INDEX \`ix_invitation_tenant_email\` ON \`member_invitation\``);
    await q.query(`DROP INDEX \`ix_invitation_tenant_created\` ON \`member_invitation\``);
    await q.query(`DROP TABLE \`member_invitation\``);
  }
}
