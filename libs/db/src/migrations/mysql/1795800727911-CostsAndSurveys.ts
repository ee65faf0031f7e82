import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CostsAndSurveys1795800727911 implements MigrationInterface {
  name = 'CostsAndSurveys1795800727911';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`cost_entry\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`projectId\` varchar(36) NOT NULL, \`month\` varchar(7) NOT NULL, \`category\` varchar(20) NOT NULL, \`budgetFen\` int NOT NULL DEFAULT '0', \`actualFen\` int NOT NULL DEFAULT '0', INDEX \`ix_cost_entry_tenant_month\` (\`tenantId\`, \`month\`), UNIQUE INDEX \`uq_cost_entry_tenant_project_month_category\` (\`tenantId\`, \`projectId\`, \`month\`, \`category\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`cost_settings\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`thresholdBp\` int NOT NULL, UNIQUE INDEX \`uq_cost_settings_tenant\` (\`tenantId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`cost_review\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`projectId\` varchar(36) NOT NULL, \`month\` varchar(7) NOT NULL, \`decision\` varchar(20) NOT NULL, \`note\` text NULL, \`reviewerUserId\` varchar(36) NOT NULL, \`budgetFen\` int NOT NULL, \`actualFen\` int NOT NULL, \`thresholdBp\` int NOT NULL, INDEX \`ix_cost_review_tenant_project_month\` (\`tenantId\`, \`projectId\`, \`month\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`survey_questionnaire\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`title\` varchar(100) NOT NULL, \`titleEn\` varchar(100) NULL, \`questions\` text NOT NULL, \`frozenAt\` datetime(6) NULL, \`archivedAt\` datetime(6) NULL, INDEX \`ix_survey_questionnaire_tenant_title\` (\`tenantId\`, \`title\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`survey_round\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`projectId\` varchar(36) NOT NULL, \`questionnaireId\` varchar(36) NOT NULL, \`name\` varchar(100) NOT NULL, \`channels\` text NOT NULL, \`opensOn\` varchar(10) NOT NULL, \`closesOn\` varchar(10) NOT NULL, \`closedAt\` datetime(6) NULL, \`linkSecret\` varchar(64) NULL, INDEX \`ix_survey_round_tenant_opens\` (\`tenantId\`, \`opensOn\`), INDEX \`ix_survey_round_tenant_project_opens\` (\`tenantId\`, \`projectId\`, \`opensOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`survey_ticket\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`roundId\` varchar(36) NOT NULL, \`code\` varchar(32) NOT NULL, \`usedAt\` datetime(6) NULL, UNIQUE INDEX \`uq_survey_ticket_tenant_round_code\` (\`tenantId\`, \`roundId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`survey_response\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`roundId\` varchar(36) NOT NULL, \`channel\` varchar(20) NOT NULL, \`answers\` text NOT NULL, \`enteredByUserId\` varchar(36) NULL, \`deviceId\` varchar(64) NULL, \`ticketId\` varchar(36) NULL, UNIQUE INDEX \`uq_survey_response_tenant_ticket\` (\`tenantId\`, \`ticketId\`), UNIQUE INDEX \`uq_survey_response_tenant_round_device\` (\`tenantId\`, \`roundId\`, \`deviceId\`), INDEX \`ix_survey_response_tenant_round_created\` (\`tenantId\`, \`roundId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`handbook_revision_proposal\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`projectId\` varchar(36) NOT NULL, \`handbookId\` varchar(36) NULL, \`roundId\` varchar(36) NULL, \`questionKey\` varchar(40) NULL, \`text\` text NOT NULL, \`status\` varchar(20) NOT NULL, \`proposedByUserId\` varchar(36) NOT NULL, \`decidedByUserId\` varchar(36) NULL, \`decisionNote\` text NULL, INDEX \`ix_handbook_proposal_tenant_project\` (\`tenantId\`, \`projectId\`), INDEX \`ix_handbook_proposal_tenant_status_created\` (\`tenantId\`, \`status\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_handbook_proposal_tenant_status_created\` ON \`handbook_revision_proposal\``);
    await q.query(`DROP INDEX \`ix_handbook_proposal_tenant_project\` ON \`handbook_revision_proposal\``);
    await q.query(`DROP TABLE \`handbook_revision_proposal\``);
    await q.query(`DROP INDEX \`ix_survey_response_tenant_round_created\` ON \`survey_response\``);
    await q.query(`DROP INDEX \`uq_survey_response_tenant_round_device\` ON \`survey_response\``);
    await q.query(`DROP INDEX \`uq_survey_response_tenant_ticket\` ON \`survey_response\``);
    await q.query(`DROP TABLE \`survey_response\``);
    await q.query(`DROP INDEX \`uq_survey_ticket_tenant_round_code\` ON \`survey_ticket\``);
    await q.query(`DROP TABLE \`survey_ticket\``);
    await q.query(`DROP INDEX \`ix_survey_round_tenant_project_opens\` ON \`survey_round\``);
    await q.query(`DROP INDEX \`ix_survey_round_tenant_opens\` ON \`survey_round\``);
    await q.query(`DROP TABLE \`survey_round\``);
    await q.query(`DROP INDEX \`ix_survey_questionnaire_tenant_title\` ON \`survey_questionnaire\``);
    await q.query(`DROP TABLE \`survey_questionnaire\``);
    await q.query(`DROP INDEX \`ix_cost_review_tenant_project_month\` ON \`cost_review\``);
    await q.query(`DROP TABLE \`cost_review\``);
    await q.query(`DROP INDEX \`uq_cost_settings_tenant\` ON \`cost_settings\``);
    await q.query(`DROP TABLE \`cost_settings\``);
    await q.query(`DROP INDEX \`uq_cost_entry_tenant_project_month_category\` ON \`cost_entry\``);
    await q.query(`DROP INDEX \`ix_cost_entry_tenant_month\` ON \`cost_entry\``);
    await q.query(`DROP TABLE \`cost_entry\``);
  }
}
