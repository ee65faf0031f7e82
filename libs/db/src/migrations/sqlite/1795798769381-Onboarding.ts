import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Onboarding1795798769381 implements MigrationInterface {
  name = 'Onboarding1795798769381';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "department" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(60) NOT NULL, "nameEn" varchar(60), "code" varchar(30), "position" integer NOT NULL DEFAULT (0), "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_department_tenant_name" ON "department" ("tenantId", "name") `);
    await q.query(
      `CREATE TABLE "department_member" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "departmentId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_deptmember_tenant_user" ON "department_member" ("tenantId", "userId") `);
    await q.query(`CREATE UNIQUE INDEX "uq_deptmember_tenant_dept_user" ON "department_member" ("tenantId", "departmentId", "userId") `);
    await q.query(
      `CREATE TABLE "duty" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "position" integer NOT NULL, "titleZh" varchar(500) NOT NULL, "titleEn" varchar(500), "ownerDepartmentId" varchar(36) NOT NULL, "collaboratorDepartmentIds" text NOT NULL, "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_duty_tenant_owner" ON "duty" ("tenantId", "ownerDepartmentId", "position") `);
    await q.query(
      `CREATE TABLE "onboarding_template" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(60) NOT NULL, "format" varchar(20) NOT NULL, "tasks" text NOT NULL, "proposalSections" text NOT NULL, "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_obtemplate_tenant_format" ON "onboarding_template" ("tenantId", "format", "name") `);
    await q.query(
      `CREATE TABLE "onboarding" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36), "startDate" varchar(10) NOT NULL, "status" varchar(10) NOT NULL, "startedByUserId" varchar(36) NOT NULL, "completedAt" datetime(6), "handbookId" varchar(36), "frequencyCount" integer, "requirementCount" integer)`,
    );
    await q.query(`CREATE INDEX "ix_onboarding_tenant_created" ON "onboarding" ("tenantId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_onboarding_tenant_region" ON "onboarding" ("tenantId", "regionId", "status") `);
    await q.query(`CREATE UNIQUE INDEX "uq_onboarding_tenant_project" ON "onboarding" ("tenantId", "projectId") `);
    await q.query(
      `CREATE TABLE "onboarding_task" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "onboardingId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "phase" varchar(24) NOT NULL, "position" integer NOT NULL, "title" varchar(200) NOT NULL, "ownerDepartmentId" varchar(36) NOT NULL, "collaboratorDepartmentIds" text NOT NULL, "dueDate" varchar(10) NOT NULL, "required" boolean NOT NULL, "checklist" text NOT NULL, "status" varchar(12) NOT NULL, "skipReason" varchar(500), "assigneeUserId" varchar(36), "completedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_obtask_tenant_due" ON "onboarding_task" ("tenantId", "status", "dueDate") `);
    await q.query(`CREATE INDEX "ix_obtask_tenant_onboarding" ON "onboarding_task" ("tenantId", "onboardingId", "position") `);
    await q.query(
      `CREATE TABLE "onboarding_task_department" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "taskId" varchar(36) NOT NULL, "departmentId" varchar(36) NOT NULL, "owner" boolean NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_obtaskdept_tenant_dept" ON "onboarding_task_department" ("tenantId", "departmentId", "taskId") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_obtaskdept_tenant_task_dept" ON "onboarding_task_department" ("tenantId", "taskId", "departmentId") `,
    );
    await q.query(
      `CREATE TABLE "onboarding_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "onboardingId" varchar(36) NOT NULL, "taskId" varchar(36), "kind" varchar(12) NOT NULL, "userId" varchar(36), "text" text, "fileIds" text NOT NULL, "data" text)`,
    );
    await q.query(`CREATE INDEX "ix_obevent_tenant_task" ON "onboarding_event" ("tenantId", "taskId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_obevent_tenant_onboarding" ON "onboarding_event" ("tenantId", "onboardingId", "createdAt") `);
    await q.query(
      `CREATE TABLE "site_survey" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "onboardingId" varchar(36) NOT NULL, "content" text NOT NULL, "updatedByUserId" varchar(36))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_sitesurvey_tenant_onboarding" ON "site_survey" ("tenantId", "onboardingId") `);
    await q.query(
      `CREATE TABLE "service_proposal" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "onboardingId" varchar(36) NOT NULL, "content" text NOT NULL, "updatedByUserId" varchar(36))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_proposal_tenant_onboarding" ON "service_proposal" ("tenantId", "onboardingId") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_proposal_tenant_onboarding"`);
    await q.query(`DROP TABLE "service_proposal"`);
    await q.query(`DROP INDEX "uq_sitesurvey_tenant_onboarding"`);
    await q.query(`DROP TABLE "site_survey"`);
    await q.query(`DROP INDEX "ix_obevent_tenant_onboarding"`);
    await q.query(`DROP INDEX "ix_obevent_tenant_task"`);
    await q.query(`DROP TABLE "onboarding_event"`);
    await q.query(`DROP INDEX "uq_obtaskdept_tenant_task_dept"`);
    await q.query(`DROP INDEX "ix_obtaskdept_tenant_dept"`);
    await q.query(`DROP TABLE "onboarding_task_department"`);
    await q.query(`DROP INDEX "ix_obtask_tenant_onboarding"`);
    await q.query(`DROP INDEX "ix_obtask_tenant_due"`);
    await q.query(`DROP TABLE "onboarding_task"`);
    await q.query(`DROP INDEX "uq_onboarding_tenant_project"`);
    await q.query(`DROP INDEX "ix_onboarding_tenant_region"`);
    await q.query(`DROP INDEX "ix_onboarding_tenant_created"`);
    await q.query(`DROP TABLE "onboarding"`);
    await q.query(`DROP INDEX "ix_obtemplate_tenant_format"`);
    await q.query(`DROP TABLE "onboarding_template"`);
    await q.query(`DROP INDEX "ix_duty_tenant_owner"`);
    await q.query(`DROP TABLE "duty"`);
    await q.query(`DROP INDEX "uq_deptmember_tenant_dept_user"`);
    await q.query(`DROP INDEX "ix_deptmember_tenant_user"`);
    await q.query(`DROP TABLE "department_member"`);
    await q.query(`DROP INDEX "uq_department_tenant_name"`);
    await q.query(`DROP TABLE "department"`);
  }
}
