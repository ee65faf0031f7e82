import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795792315654 implements MigrationInterface {
  name = 'Training1795792315654';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "position" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(60) NOT NULL, "code" varchar(30), "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_position_tenant_name" ON "position" ("tenantId", "name") `);
    await q.query(
      `CREATE TABLE "employee" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(60) NOT NULL, "employeeNo" varchar(30), "positionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "hireDate" varchar(10) NOT NULL, "active" boolean NOT NULL DEFAULT (1))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_employee_tenant_no" ON "employee" ("tenantId", "employeeNo") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_name" ON "employee" ("tenantId", "name") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_position" ON "employee" ("tenantId", "positionId") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_project_position" ON "employee" ("tenantId", "projectId", "positionId") `);
    await q.query(
      `CREATE TABLE "course" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "title" varchar(100) NOT NULL, "description" text, "handbookId" varchar(36) NOT NULL, "handbookVersionId" varchar(36) NOT NULL, "sectionKeys" text NOT NULL, "standardIds" text NOT NULL, "attachments" text NOT NULL, "defaultPassMark" integer NOT NULL DEFAULT (60), "defaultValidityMonths" integer, "outdatedSince" datetime(6), "outdatedByVersionId" varchar(36), "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_course_tenant_title" ON "course" ("tenantId", "title") `);
    await q.query(`CREATE INDEX "ix_course_tenant_handbook" ON "course" ("tenantId", "handbookId") `);
    await q.query(
      `CREATE TABLE "training_plan" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(100) NOT NULL, "positionId" varchar(36) NOT NULL, "scope" varchar(10) NOT NULL, "regionId" varchar(36), "projectId" varchar(36), "periodStart" varchar(10) NOT NULL, "periodEnd" varchar(10) NOT NULL, "archivedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_trplan_tenant_position" ON "training_plan" ("tenantId", "positionId") `);
    await q.query(
      `CREATE TABLE "training_plan_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "planId" varchar(36) NOT NULL, "courseId" varchar(36) NOT NULL, "position" integer NOT NULL, "requiredBy" varchar(10) NOT NULL, "passMark" integer NOT NULL, "validityMonths" integer)`,
    );
    await q.query(`CREATE INDEX "ix_trplanitem_tenant_course" ON "training_plan_item" ("tenantId", "courseId") `);
    await q.query(`CREATE INDEX "ix_trplanitem_tenant_plan" ON "training_plan_item" ("tenantId", "planId", "position") `);
    await q.query(
      `CREATE TABLE "training_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "courseId" varchar(36) NOT NULL, "trainerUserId" varchar(36) NOT NULL, "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "localDate" varchar(10) NOT NULL, "place" varchar(100) NOT NULL, "capacity" integer NOT NULL, "passMark" integer NOT NULL, "projectId" varchar(36), "status" varchar(10) NOT NULL, "note" varchar(500))`,
    );
    await q.query(`CREATE INDEX "ix_trsession_tenant_course" ON "training_session" ("tenantId", "courseId", "localDate") `);
    await q.query(`CREATE INDEX "ix_trsession_tenant_trainer" ON "training_session" ("tenantId", "trainerUserId", "startsAt") `);
    await q.query(`CREATE INDEX "ix_trsession_tenant_starts" ON "training_session" ("tenantId", "startsAt") `);
    await q.query(
      `CREATE TABLE "training_enrolment" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "sessionId" varchar(36) NOT NULL, "employeeId" varchar(36) NOT NULL, "courseId" varchar(36) NOT NULL, "attendance" varchar(10), "score" integer, "passed" boolean, "recordedAt" datetime(6), "recordedByUserId" varchar(36))`,
    );
    await q.query(`CREATE INDEX "ix_trenrol_tenant_employee" ON "training_enrolment" ("tenantId", "employeeId") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_trenrol_tenant_session_employee" ON "training_enrolment" ("tenantId", "sessionId", "employeeId") `,
    );
    await q.query(
      `CREATE TABLE "training_requirement" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "employeeId" varchar(36) NOT NULL, "courseId" varchar(36) NOT NULL, "reason" varchar(12) NOT NULL, "requiredBy" varchar(10) NOT NULL, "passMark" integer NOT NULL, "validityMonths" integer, "notBefore" varchar(10), "completedOn" varchar(10), "expiresOn" varchar(10), "completedSessionId" varchar(36), "sourcePlanItemId" varchar(36), "sourceVersionId" varchar(36))`,
    );
    await q.query(`CREATE INDEX "ix_trreq_tenant_course" ON "training_requirement" ("tenantId", "courseId") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_trreq_tenant_employee_course_reason" ON "training_requirement" ("tenantId", "employeeId", "courseId", "reason") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "uq_trreq_tenant_employee_course_reason"`);
    await q.query(`DROP INDEX "ix_trreq_tenant_course"`);
    await q.query(`DROP TABLE "training_requirement"`);
    await q.query(`DROP INDEX "uq_trenrol_tenant_session_employee"`);
    await q.query(`DROP INDEX "ix_trenrol_tenant_employee"`);
    await q.query(`DROP TABLE "training_enrolment"`);
    await q.query(`DROP INDEX "ix_trsession_tenant_starts"`);
    await q.query(`DROP INDEX "ix_trsession_tenant_trainer"`);
    await q.query(`DROP INDEX "ix_trsession_tenant_course"`);
    await q.query(`DROP TABLE "training_session"`);
    await q.query(`DROP INDEX "ix_trplanitem_tenant_plan"`);
    await q.query(`DROP INDEX "ix_trplanitem_tenant_course"`);
    await q.query(`DROP TABLE "training_plan_item"`);
    await q.query(`DROP INDEX "ix_trplan_tenant_position"`);
    await q.query(`DROP TABLE "training_plan"`);
    await q.query(`DROP INDEX "ix_course_tenant_handbook"`);
    await q.query(`DROP INDEX "uq_course_tenant_title"`);
    await q.query(`DROP TABLE "course"`);
    await q.query(`DROP INDEX "ix_employee_tenant_project_position"`);
    await q.query(`DROP INDEX "ix_employee_tenant_position"`);
    await q.query(`DROP INDEX "ix_employee_tenant_name"`);
    await q.query(`DROP INDEX "uq_employee_tenant_no"`);
    await q.query(`DROP TABLE "employee"`);
    await q.query(`DROP INDEX "uq_position_tenant_name"`);
    await q.query(`DROP TABLE "position"`);
  }
}
