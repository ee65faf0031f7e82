import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795792315654 implements MigrationInterface {
  name = 'Training1795792315654';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`position\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(60) NOT NULL, \`code\` varchar(30) NULL, \`archivedAt\` datetime(6) NULL, UNIQUE INDEX \`uq_position_tenant_name\` (\`tenantId\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`employee\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(60) NOT NULL, \`employeeNo\` varchar(30) NULL, \`positionId\` varchar(36) NOT NULL, \`projectId\` varchar(36) NOT NULL, \`hireDate\` varchar(10) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX \`uq_employee_tenant_no\` (\`tenantId\`, \`employeeNo\`), INDEX \`ix_employee_tenant_name\` (\`tenantId\`, \`name\`), INDEX \`ix_employee_tenant_position\` (\`tenantId\`, \`positionId\`), INDEX \`ix_employee_tenant_project_position\` (\`tenantId\`, \`projectId\`, \`positionId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`course\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`title\` varchar(100) NOT NULL, \`description\` text NULL, \`handbookId\` varchar(36) NOT NULL, \`handbookVersionId\` varchar(36) NOT NULL, \`sectionKeys\` text NOT NULL, \`standardIds\` text NOT NULL, \`attachments\` text NOT NULL, \`defaultPassMark\` int NOT NULL DEFAULT '60', \`defaultValidityMonths\` int NULL, \`outdatedSince\` datetime(6) NULL, \`outdatedByVersionId\` varchar(36) NULL, \`archivedAt\` datetime(6) NULL, UNIQUE INDEX \`uq_course_tenant_title\` (\`tenantId\`, \`title\`), INDEX \`ix_course_tenant_handbook\` (\`tenantId\`, \`handbookId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`training_plan\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(100) NOT NULL, \`positionId\` varchar(36) NOT NULL, \`scope\` varchar(10) NOT NULL, \`regionId\` varchar(36) NULL, \`projectId\` varchar(36) NULL, \`periodStart\` varchar(10) NOT NULL, \`periodEnd\` varchar(10) NOT NULL, \`archivedAt\` datetime(6) NULL, INDEX \`ix_trplan_tenant_position\` (\`tenantId\`, \`positionId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`training_plan_item\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`planId\` varchar(36) NOT NULL, \`courseId\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`requiredBy\` varchar(10) NOT NULL, \`passMark\` int NOT NULL, \`validityMonths\` int NULL, INDEX \`ix_trplanitem_tenant_course\` (\`tenantId\`, \`courseId\`), INDEX \`ix_trplanitem_tenant_plan\` (\`tenantId\`, \`planId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`training_session\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`courseId\` varchar(36) NOT NULL, \`trainerUserId\` varchar(36) NOT NULL, \`startsAt\` datetime(6) NOT NULL, \`endsAt\` datetime(6) NOT NULL, \`localDate\` varchar(10) NOT NULL, \`place\` varchar(100) NOT NULL, \`capacity\` int NOT NULL, \`passMark\` int NOT NULL, \`projectId\` varchar(36) NULL, \`status\` varchar(10) NOT NULL, \`note\` varchar(500) NULL, INDEX \`ix_trsession_tenant_course\` (\`tenantId\`, \`courseId\`, \`localDate\`), INDEX \`ix_trsession_tenant_trainer\` (\`tenantId\`, \`trainerUserId\`, \`startsAt\`), INDEX \`ix_trsession_tenant_starts\` (\`tenantId\`, \`startsAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`training_enrolment\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`sessionId\` varchar(36) NOT NULL, \`employeeId\` varchar(36) NOT NULL, \`courseId\` varchar(36) NOT NULL, \`attendance\` varchar(10) NULL, \`score\` int NULL, \`passed\` tinyint NULL, \`recordedAt\` datetime(6) NULL, \`recordedByUserId\` varchar(36) NULL, INDEX \`ix_trenrol_tenant_employee\` (\`tenantId\`, \`employeeId\`), UNIQUE INDEX \`uq_trenrol_tenant_session_employee\` (\`tenantId\`, \`sessionId\`, \`employeeId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`training_requirement\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`employeeId\` varchar(36) NOT NULL, \`courseId\` varchar(36) NOT NULL, \`reason\` varchar(12) NOT NULL, \`requiredBy\` varchar(10) NOT NULL, \`passMark\` int NOT NULL, \`validityMonths\` int NULL, \`notBefore\` varchar(10) NULL, \`completedOn\` varchar(10) NULL, \`expiresOn\` varchar(10) NULL, \`completedSessionId\` varchar(36) NULL, \`sourcePlanItemId\` varchar(36) NULL, \`sourceVersionId\` varchar(36) NULL, INDEX \`ix_trreq_tenant_course\` (\`tenantId\`, \`courseId\`), UNIQUE INDEX \`uq_trreq_tenant_employee_course_reason\` (\`tenantId\`, \`employeeId\`, \`courseId\`, \`reason\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`uq_trreq_tenant_employee_course_reason\` ON \`training_requirement\``);
    await q.query(`DROP INDEX \`ix_trreq_tenant_course\` ON \`training_requirement\``);
    await q.query(`DROP TABLE \`training_requirement\``);
    await q.query(`DROP INDEX \`uq_trenrol_tenant_session_employee\` ON \`training_enrolment\``);
    await q.query(`DROP INDEX \`ix_trenrol_tenant_employee\` ON \`training_enrolment\``);
    await q.query(`DROP TABLE \`training_enrolment\``);
    await q.query(`DROP INDEX \`ix_trsession_tenant_starts\` ON \`training_session\``);
    await q.query(`DROP INDEX \`ix_trsession_tenant_trainer\` ON \`training_session\``);
    await q.query(`DROP INDEX \`ix_trsession_tenant_course\` ON \`training_session\``);
    await q.query(`DROP TABLE \`training_session\``);
    await q.query(`DROP INDEX \`ix_trplanitem_tenant_plan\` ON \`training_plan_item\``);
    await q.query(`DROP INDEX \`ix_trplanitem_tenant_course\` ON \`training_plan_item\``);
    await q.query(`DROP TABLE \`training_plan_item\``);
    await q.query(`DROP INDEX \`ix_trplan_tenant_position\` ON \`training_plan\``);
    await q.query(`DROP TABLE \`training_plan\``);
    await q.query(`DROP INDEX \`ix_course_tenant_handbook\` ON \`course\``);
    await q.query(`DROP INDEX \`uq_course_tenant_title\` ON \`course\``);
    await q.query(`DROP TABLE \`course\``);
    await q.query(`DROP INDEX \`ix_employee_tenant_project_position\` ON \`employee\``);
    await q.query(`DROP INDEX \`ix_employee_tenant_position\` ON \`employee\``);
    await q.query(`DROP INDEX \`ix_employee_tenant_name\` ON \`employee\``);
    await q.query(`DROP INDEX \`uq_employee_tenant_no\` ON \`employee\``);
    await q.query(`DROP TABLE \`employee\``);
    await q.query(`DROP INDEX \`uq_position_tenant_name\` ON \`position\``);
    await q.query(`DROP TABLE \`position\``);
  }
}
