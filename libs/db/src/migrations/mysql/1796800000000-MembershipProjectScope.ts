import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MembershipProjectScope1796800000000 implements MigrationInterface {
  name = 'MembershipProjectScope1796800000000';

  async up(q: QueryRunner): Promise<void> {
    // Existing memberships and invitations hold no project: filled with an empty list before NOT NULL.
    await q.query(`ALTER TABLE \`membership\` ADD \`projectIds\` text NULL`);
    await q.query(`ALTER TABLE \`member_invitation\` ADD \`projectIds\` text NULL`);
    await q.query(`UPDATE \`membership\` SET \`projectIds\` = '[]'`);
    await q.query(`UPDATE \`member_invitation\` SET \`projectIds\` = '[]'`);
    await q.query(`ALTER TABLE \`membership\` MODIFY \`projectIds\` text NOT NULL`);
    await q.query(`ALTER TABLE \`member_invitation\` MODIFY \`projectIds\` text NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE \`member_invitation\` DROP COLUMN \`projectIds\``);
    await q.query(`ALTER TABLE \`membership\` DROP COLUMN \`projectIds\``);
  }
}
