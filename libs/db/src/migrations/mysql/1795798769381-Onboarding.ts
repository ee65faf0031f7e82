import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Onboarding1795798769381 implements MigrationInterface {
  name = 'Onboarding1795798769381';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`department\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(60) NOT NULL, \`nameEn\` varchar(60) NULL, \`code\` varchar(30) NULL, \`position\` int NOT NULL DEFAULT '0', \`archivedAt\` datetime(6) NULL, UNIQUE INDEX \`uq_department_tenant_name\` (\`tenantId\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`department_member\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`departmentId\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, INDEX \`ix_deptmember_tenant_user\` (\`tenantId\`, \`userId\`), UNIQUE INDEX \`uq_deptmember_tenant_dept_user\` (\`tenantId\`, \`departmentId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`duty\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`position\` int NOT NULL, \`titleZh\` varchar(500) NOT NULL, \`titleEn\` varchar(500) NULL, \`ownerDepartmentId\` varchar(36) NOT NULL, \`collaboratorDepartmentIds\` text NOT NULL, \`archivedAt\` datetime(6) NULL, INDEX \`ix_duty_tenant_owner\` (\`tenantId\`, \`ownerDepartmentId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`onboarding_template\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(60) NOT NULL, \`format\` varchar(20) NOT NULL, \`tasks\` text NOT NULL, \`proposalSections\` text NOT NULL, \`archivedAt\` datetime(6) NULL, INDEX \`ix_obtemplate_tenant_format\` (\`tenantId\`, \`format\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`onboarding\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`templateId\` varchar(36) NULL, \`startDate\` varchar(10) NOT NULL, \`status\` varchar(10) NOT NULL, \`startedByUserId\` varchar(36) NOT NULL, \`completedAt\` datetime(6) NULL, \`handbookId\` varchar(36) NULL, \`frequencyCount\` int NULL, \`requirementCount\` int NULL, INDEX \`ix_onboarding_tenant_created\` (\`tenantId\`, \`createdAt\`), INDEX \`ix_onboarding_tenant_region\` (\`tenantId\`, \`regionId\`, \`status\`), UNIQUE INDEX \`uq_onboarding_tenant_project\` (\`tenantId\`, \`projectId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`onboarding_task\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`onboardingId\` varchar(36) NOT NULL, \`projectId\` varchar(36) NOT NULL, \`phase\` varchar(24) NOT NULL, \`position\` int NOT NULL, \`title\` varchar(200) NOT NULL, \`ownerDepartmentId\` varchar(36) NOT NULL, \`collaboratorDepartmentIds\` text NOT NULL, \`dueDate\` varchar(10) NOT NULL, \`required\` tinyint NOT NULL, \`checklist\` text NOT NULL, \`status\` varchar(12) NOT NULL, \`skipReason\` varchar(500) NULL, \`assigneeUserId\` varchar(36) NULL, \`completedAt\` datetime(6) NULL, INDEX \`ix_obtask_tenant_due\` (\`tenantId\`, \`status\`, \`dueDate\`), INDEX \`ix_obtask_tenant_onboarding\` (\`tenantId\`, \`onboardingId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`onboarding_task_department\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`taskId\` varchar(36) NOT NULL, \`departmentId\` varchar(36) NOT NULL, \`owner\` tinyint NOT NULL, INDEX \`ix_obtaskdept_tenant_dept\` (\`tenantId\`, \`departmentId\`, \`taskId\`), UNIQUE INDEX \`uq_obtaskdept_tenant_task_dept\` (\`tenantId\`, \`taskId\`, \`departmentId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`onboarding_event\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`onboardingId\` varchar(36) NOT NULL, \`taskId\` varchar(36) NULL, \`kind\` varchar(12) NOT NULL, \`userId\` varchar(36) NULL, \`text\` text NULL, \`fileIds\` text NOT NULL, \`data\` text NULL, INDEX \`ix_obevent_tenant_task\` (\`tenantId\`, \`taskId\`, \`createdAt\`), INDEX \`ix_obevent_tenant_onboarding\` (\`tenantId\`, \`onboardingId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`site_survey\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`onboardingId\` varchar(36) NOT NULL, \`content\` text NOT NULL, \`updatedByUserId\` varchar(36) NULL, UNIQUE INDEX \`uq_sitesurvey_tenant_onboarding\` (\`tenantId\`, \`onboardingId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`service_proposal\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`onboardingId\` varchar(36) NOT NULL, \`content\` text NOT NULL, \`updatedByUserId\` varchar(36) NULL, UNIQUE INDEX \`uq_proposal_tenant_onboarding\` (\`tenantId\`, \`onboardingId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`uq_proposal_tenant_onboarding\` ON \`service_proposal\``);
    await q.query(`DROP TABLE \`service_proposal\``);
    await q.query(`DROP INDEX \`uq_sitesurvey_tenant_onboarding\` ON \`site_survey\``);
    await q.query(`DROP TABLE \`site_survey\``);
    await q.query(`DROP INDEX \`ix_obevent_tenant_onboarding\` ON \`onboarding_event\``);
    await q.query(`DROP INDEX \`ix_obevent_tenant_task\` ON \`onboarding_event\``);
    await q.query(`DROP TABLE \`onboarding_event\``);
    await q.query(`DROP INDEX \`uq_obtaskdept_tenant_task_dept\` ON \`onboarding_task_department\``);
    await q.query(`DROP INDEX \`ix_obtaskdept_tenant_dept\` ON \`onboarding_task_department\``);
    await q.query(`DROP TABLE \`onboarding_task_department\``);
    await q.query(`DROP INDEX \`ix_obtask_tenant_onboarding\` ON \`onboarding_task\``);
    await q.query(`DROP INDEX \`ix_obtask_tenant_due\` ON \`onboarding_task\``);
    await q.query(`DROP TABLE \`onboarding_task\``);
    await q.query(`DROP INDEX \`uq_onboarding_tenant_project\` ON \`onboarding\``);
    await q.query(`DROP INDEX \`ix_onboarding_tenant_region\` ON \`onboarding\``);
    await q.query(`DROP INDEX \`ix_onboarding_tenant_created\` ON \`onboarding\``);
    await q.query(`DROP TABLE \`onboarding\``);
    await q.query(`DROP INDEX \`ix_obtemplate_tenant_format\` ON \`onboarding_template\``);
    await q.query(`DROP TABLE \`onboarding_template\``);
    await q.query(`DROP INDEX \`ix_duty_tenant_owner\` ON \`duty\``);
    await q.query(`DROP TABLE \`duty\``);
    await q.query(`DROP INDEX \`uq_deptmember_tenant_dept_user\` ON \`department_member\``);
    await q.query(`DROP INDEX \`ix_deptmember_tenant_user\` ON \`department_member\``);
    await q.query(`DROP TABLE \`department_member\``);
    await q.query(`DROP INDEX \`uq_department_tenant_name\` ON \`department\``);
    await q.query(`DROP TABLE \`department\``);
  }
}
