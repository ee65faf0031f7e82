import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CostsAndSurveys1795800727911 implements MigrationInterface {
  name = 'CostsAndSurveys1795800727911';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "cost_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "projectId" varchar(36) NOT NULL, "month" varchar(7) NOT NULL, "category" varchar(20) NOT NULL, "budgetFen" integer NOT NULL DEFAULT (0), "actualFen" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE INDEX "ix_cost_entry_tenant_month" ON "cost_entry" ("tenantId", "month") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_cost_entry_tenant_project_month_category" ON "cost_entry" ("tenantId", "projectId", "month", "category") `,
    );
    await q.query(
      `CREATE TABLE "cost_settings" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "thresholdBp" integer NOT NULL)`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_cost_settings_tenant" ON "cost_settings" ("tenantId") `);
    await q.query(
      `CREATE TABLE "cost_review" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "projectId" varchar(36) NOT NULL, "month" varchar(7) NOT NULL, "decision" varchar(20) NOT NULL, "note" text, "reviewerUserId" varchar(36) NOT NULL, "budgetFen" integer NOT NULL, "actualFen" integer NOT NULL, "thresholdBp" integer NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_cost_review_tenant_project_month" ON "cost_review" ("tenantId", "projectId", "month", "createdAt") `);
    await q.query(
      `CREATE TABLE "survey_questionnaire" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "title" varchar(100) NOT NULL, "titleEn" varchar(100), "questions" text NOT NULL, "frozenAt" datetime(6), "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_survey_questionnaire_tenant_title" ON "survey_questionnaire" ("tenantId", "title") `);
    await q.query(
      `CREATE TABLE "survey_round" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "projectId" varchar(36) NOT NULL, "questionnaireId" varchar(36) NOT NULL, "name" varchar(100) NOT NULL, "channels" text NOT NULL, "opensOn" varchar(10) NOT NULL, "closesOn" varchar(10) NOT NULL, "closedAt" datetime(6), "linkSecret" varchar(64))`,
    );
    await q.query(`CREATE INDEX "ix_survey_round_tenant_opens" ON "survey_round" ("tenantId", "opensOn") `);
    await q.query(`CREATE INDEX "ix_survey_round_tenant_project_opens" ON "survey_round" ("tenantId", "projectId", "opensOn") `);
    await q.query(
      `CREATE TABLE "survey_ticket" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "roundId" varchar(36) NOT NULL, "code" varchar(32) NOT NULL, "usedAt" datetime(6))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_survey_ticket_tenant_round_code" ON "survey_ticket" ("tenantId", "roundId", "code") `);
    await q.query(
      `CREATE TABLE "survey_response" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "roundId" varchar(36) NOT NULL, "channel" varchar(20) NOT NULL, "answers" text NOT NULL, "enteredByUserId" varchar(36), "deviceId" varchar(64), "ticketId" varchar(36))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_survey_response_tenant_ticket" ON "survey_response" ("tenantId", "ticketId") `);
    await q.query(`CREATE UNIQUE INDEX "uq_survey_response_tenant_round_device" ON "survey_response" ("tenantId", "roundId", "deviceId") `);
    await q.query(`CREATE INDEX "ix_survey_response_tenant_round_created" ON "survey_response" ("tenantId", "roundId", "createdAt") `);
    await q.query(
      `CREATE TABLE "handbook_revision_proposal" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "projectId" varchar(36) NOT NULL, "handbookId" varchar(36), "roundId" varchar(36), "questionKey" varchar(40), "text" text NOT NULL, "status" varchar(20) NOT NULL, "proposedByUserId" varchar(36) NOT NULL, "decidedByUserId" varchar(36), "decisionNote" text)`,
    );
    await q.query(`CREATE INDEX "ix_handbook_proposal_tenant_project" ON "handbook_revision_proposal" ("tenantId", "projectId") `);
    await q.query(
      `CREATE INDEX "ix_handbook_proposal_tenant_status_created" ON "handbook_revision_proposal" ("tenantId", "status", "createdAt") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_handbook_proposal_tenant_status_created"`);
    await q.query(`DROP INDEX "ix_handbook_proposal_tenant_project"`);
    await q.query(`DROP TABLE "handbook_revision_proposal"`);
    await q.query(`DROP INDEX "ix_survey_response_tenant_round_created"`);
    await q.query(`DROP INDEX "uq_survey_response_tenant_round_device"`);
    await q.query(`DROP INDEX "uq_survey_response_tenant_ticket"`);
    await q.query(`DROP TABLE "survey_response"`);
    await q.query(`DROP INDEX "uq_survey_ticket_tenant_round_code"`);
    await q.query(`DROP TABLE "survey_ticket"`);
    await q.query(`DROP INDEX "ix_survey_round_tenant_project_opens"`);
    await q.query(`DROP INDEX "ix_survey_round_tenant_opens"`);
    await q.query(`DROP TABLE "survey_round"`);
    await q.query(`DROP INDEX "ix_survey_questionnaire_tenant_title"`);
    await q.query(`DROP TABLE "survey_questionnaire"`);
    await q.query(`DROP INDEX "ix_cost_review_tenant_project_month"`);
    await q.query(`DROP TABLE "cost_review"`);
    await q.query(`DROP INDEX "uq_cost_settings_tenant"`);
    await q.query(`DROP TABLE "cost_settings"`);
    await q.query(`DROP INDEX "uq_cost_entry_tenant_project_month_category"`);
    await q.query(`DROP INDEX "ix_cost_entry_tenant_month"`);
    await q.query(`DROP TABLE "cost_entry"`);
  }
}
