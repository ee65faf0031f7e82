import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingSessionCourses1795799626015 implements MigrationInterface {
  name = 'TrainingSessionCourses1795799626015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_trsession_tenant_course\` ON \`training_session\``);
    await q.query(
      `CREATE TABLE \`training_session_course\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`sessionId\` varchar(36) NOT NULL, \`courseId\` varchar(36) NOT NULL, \`position\` int NOT NULL, INDEX \`ix_trsesscourse_tenant_course\` (\`tenantId\`, \`courseId\`), UNIQUE INDEX \`uq_trsesscourse_tenant_session_course\` (\`tenantId\`, \`sessionId\`, \`courseId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    // Hand-added: each session's one course becomes its first (only) session course; the row reuses the session's id.
    await q.query(
      `INSERT INTO \`training_session_course\` (\`id\`, \`createdAt\`, \`updatedAt\`, \`tenantId\`, \`version\`, \`sessionId\`, \`courseId\`, \`position\`) SELECT \`id\`, \`createdAt\`, \`updatedAt\`, \`tenantId\`, 1, \`id\`, \`courseId\`, 1 FROM \`training_session\``,
    );
    await q.query(`ALTER TABLE \`training_session\` DROP COLUMN \`courseId\``);
    await q.query(`ALTER TABLE \`training_enrolment\` DROP COLUMN \`courseId\``);
    // Hand-edited (the generated DROP + ADD would lose the data): widen in place.
    await q.query(`ALTER TABLE \`evidence_file\` MODIFY \`contentType\` varchar(100) NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Hand-edited: narrow in place (fails while documents with longer types are stored).
    await q.query(`ALTER TABLE \`evidence_file\` MODIFY \`contentType\` varchar(40) NOT NULL`);
    await q.query(`ALTER TABLE \`training_enrolment\` ADD \`courseId\` varchar(36) NOT NULL`);
    await q.query(`ALTER TABLE \`training_session\` ADD \`courseId\` varchar(36) NOT NULL`);
    // Hand-added: back to one course per session (the first), copied to the enrolments.
    await q.query(
      `UPDATE \`training_session\` s SET s.\`courseId\` = (SELECT sc.\`courseId\` FROM \`training_session_course\` sc WHERE sc.\`sessionId\` = s.\`id\` AND sc.\`tenantId\` = s.\`tenantId\` ORDER BY sc.\`position\` LIMIT 1)`,
    );
    await q.query(
      `UPDATE \`training_enrolment\` e JOIN \`training_session\` s ON s.\`id\` = e.\`sessionId\` SET e.\`courseId\` = s.\`courseId\``,
    );
    await q.query(`DROP INDEX \`uq_trsesscourse_tenant_session_course\` ON \`training_session_course\``);
    await q.query(`DROP INDEX \`ix_trsesscourse_tenant_course\` ON \`training_session_course\``);
    await q.query(`DROP TABLE \`training_session_course\``);
    await q.query(`CREATE INDEX \`ix_trsession_tenant_course\` ON \`training_session\` (\`tenantId\`, \`courseId\`, \`localDate\`)`);
  }
}
