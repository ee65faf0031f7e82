import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FindingsChargedToPeople1796760000000 implements MigrationInterface {
  name = 'FindingsChargedToPeople1796760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_employee_tenant_name"`);
    await q.query(`DROP INDEX "ix_employee_tenant_no_id"`);
    await q.query(`DROP INDEX "ix_employee_tenant_hire"`);
    await q.query(`DROP INDEX "ix_employee_tenant_project_position"`);
    await q.query(`DROP INDEX "ix_employee_tenant_position"`);
    await q.query(`DROP INDEX "uq_employee_tenant_no"`);
    await q.query(
      `CREATE TABLE "temporary_employee" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(60) NOT NULL, "employeeNo" varchar(30), "positionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "hireDate" varchar(10) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "gender" varchar(6))`,
    );
    await q.query(
      `INSERT INTO "temporary_employee"("id", "createdAt", "updatedAt", "tenantId", "version", "name", "employeeNo", "positionId", "projectId", "hireDate", "active") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "name", "employeeNo", "positionId", "projectId", "hireDate", "active" FROM "employee"`,
    );
    await q.query(`DROP TABLE "employee"`);
    await q.query(`ALTER TABLE "temporary_employee" RENAME TO "employee"`);
    await q.query(`CREATE INDEX "ix_employee_tenant_name" ON "employee" ("tenantId", "name", "id") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_no_id" ON "employee" ("tenantId", "employeeNo", "id") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_hire" ON "employee" ("tenantId", "hireDate", "id") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_project_position" ON "employee" ("tenantId", "projectId", "positionId") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_position" ON "employee" ("tenantId", "positionId") `);
    await q.query(`CREATE UNIQUE INDEX "uq_employee_tenant_no" ON "employee" ("tenantId", "employeeNo") `);
    await q.query(`DROP INDEX "ix_trreq_tenant_required_by"`);
    await q.query(`DROP INDEX "ix_trreq_tenant_completed"`);
    await q.query(`DROP INDEX "ix_trreq_tenant_expires"`);
    await q.query(`DROP INDEX "uq_trreq_tenant_employee_course_reason"`);
    await q.query(`DROP INDEX "ix_trreq_tenant_course"`);
    await q.query(
      `CREATE TABLE "temporary_training_requirement" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "employeeId" varchar(36) NOT NULL, "courseId" varchar(36) NOT NULL, "reason" varchar(12) NOT NULL, "requiredBy" varchar(10) NOT NULL, "passMark" integer NOT NULL, "validityMonths" integer, "notBefore" varchar(10), "completedOn" varchar(10), "expiresOn" varchar(10), "completedSessionId" varchar(36), "sourcePlanItemId" varchar(36), "sourceVersionId" varchar(36), "sourceStandardId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_training_requirement"("id", "createdAt", "updatedAt", "tenantId", "version", "employeeId", "courseId", "reason", "requiredBy", "passMark", "validityMonths", "notBefore", "completedOn", "expiresOn", "completedSessionId", "sourcePlanItemId", "sourceVersionId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "employeeId", "courseId", "reason", "requiredBy", "passMark", "validityMonths", "notBefore", "completedOn", "expiresOn", "completedSessionId", "sourcePlanItemId", "sourceVersionId" FROM "training_requirement"`,
    );
    await q.query(`DROP TABLE "training_requirement"`);
    await q.query(`ALTER TABLE "temporary_training_requirement" RENAME TO "training_requirement"`);
    await q.query(`CREATE INDEX "ix_trreq_tenant_required_by" ON "training_requirement" ("tenantId", "requiredBy", "id") `);
    await q.query(`CREATE INDEX "ix_trreq_tenant_completed" ON "training_requirement" ("tenantId", "completedOn", "id") `);
    await q.query(`CREATE INDEX "ix_trreq_tenant_expires" ON "training_requirement" ("tenantId", "expiresOn", "id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_trreq_tenant_employee_course_reason" ON "training_requirement" ("tenantId", "employeeId", "courseId", "reason") `,
    );
    await q.query(`CREATE INDEX "ix_trreq_tenant_course" ON "training_requirement" ("tenantId", "courseId") `);
    await q.query(`DROP INDEX "ix_inspresult_tenant_day_eval"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_standard_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_inspection"`);
    await q.query(
      `CREATE TABLE "temporary_inspection_item_result" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "templateItemId" varchar(36) NOT NULL, "itemKey" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "position" integer NOT NULL, "result" varchar(4) NOT NULL, "possiblePoints" integer NOT NULL, "earnedPoints" integer, "score" integer, "deductionKeys" text NOT NULL, "critical" boolean NOT NULL DEFAULT (0), "note" varchar(1000), "evidenceFileIds" text NOT NULL, "submittedAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "customerFacing" boolean NOT NULL DEFAULT (0), "employeeId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_inspection_item_result"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate", "customerFacing") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate", "customerFacing" FROM "inspection_item_result"`,
    );
    await q.query(`DROP TABLE "inspection_item_result"`);
    await q.query(`ALTER TABLE "temporary_inspection_item_result" RENAME TO "inspection_item_result"`);
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_day_eval" ON "inspection_item_result" ("tenantId", "localDate", "projectId", "possiblePoints", "earnedPoints", "result", "critical") `,
    );
    await q.query(`CREATE INDEX "ix_inspresult_tenant_standard_day" ON "inspection_item_result" ("tenantId", "standardId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_region_day" ON "inspection_item_result" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_project_day" ON "inspection_item_result" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_inspection" ON "inspection_item_result" ("tenantId", "inspectionId", "position") `);
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_project_employee" ON "inspection_item_result" ("tenantId", "projectId", "employeeId") `,
    );
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_employee" ON "inspection_item_result" ("tenantId", "employeeId", "standardId", "localDate") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_inspresult_tenant_employee"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_employee"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_inspection"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_project_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_region_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_standard_day"`);
    await q.query(`DROP INDEX "ix_inspresult_tenant_day_eval"`);
    await q.query(`ALTER TABLE "inspection_item_result" RENAME TO "temporary_inspection_item_result"`);
    await q.query(
      `CREATE TABLE "inspection_item_result" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "inspectionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "regionId" varchar(36) NOT NULL, "templateId" varchar(36) NOT NULL, "templateVersionId" varchar(36) NOT NULL, "templateItemId" varchar(36) NOT NULL, "itemKey" varchar(36) NOT NULL, "sectionKey" varchar(36) NOT NULL, "standardId" varchar(36) NOT NULL, "position" integer NOT NULL, "result" varchar(4) NOT NULL, "possiblePoints" integer NOT NULL, "earnedPoints" integer, "score" integer, "deductionKeys" text NOT NULL, "critical" boolean NOT NULL DEFAULT (0), "note" varchar(1000), "evidenceFileIds" text NOT NULL, "submittedAt" datetime(6) NOT NULL, "localDate" date NOT NULL, "customerFacing" boolean NOT NULL DEFAULT (0))`,
    );
    await q.query(
      `INSERT INTO "inspection_item_result"("id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate", "customerFacing") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "inspectionId", "projectId", "regionId", "templateId", "templateVersionId", "templateItemId", "itemKey", "sectionKey", "standardId", "position", "result", "possiblePoints", "earnedPoints", "score", "deductionKeys", "critical", "note", "evidenceFileIds", "submittedAt", "localDate", "customerFacing" FROM "temporary_inspection_item_result"`,
    );
    await q.query(`DROP TABLE "temporary_inspection_item_result"`);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_inspection" ON "inspection_item_result" ("tenantId", "inspectionId", "position") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_project_day" ON "inspection_item_result" ("tenantId", "projectId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_region_day" ON "inspection_item_result" ("tenantId", "regionId", "localDate") `);
    await q.query(`CREATE INDEX "ix_inspresult_tenant_standard_day" ON "inspection_item_result" ("tenantId", "standardId", "localDate") `);
    await q.query(
      `CREATE INDEX "ix_inspresult_tenant_day_eval" ON "inspection_item_result" ("tenantId", "localDate", "projectId", "possiblePoints", "earnedPoints", "result", "critical") `,
    );
    await q.query(`DROP INDEX "ix_trreq_tenant_course"`);
    await q.query(`DROP INDEX "uq_trreq_tenant_employee_course_reason"`);
    await q.query(`DROP INDEX "ix_trreq_tenant_expires"`);
    await q.query(`DROP INDEX "ix_trreq_tenant_completed"`);
    await q.query(`DROP INDEX "ix_trreq_tenant_required_by"`);
    await q.query(`ALTER TABLE "training_requirement" RENAME TO "temporary_training_requirement"`);
    await q.query(
      `CREATE TABLE "training_requirement" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "employeeId" varchar(36) NOT NULL, "courseId" varchar(36) NOT NULL, "reason" varchar(12) NOT NULL, "requiredBy" varchar(10) NOT NULL, "passMark" integer NOT NULL, "validityMonths" integer, "notBefore" varchar(10), "completedOn" varchar(10), "expiresOn" varchar(10), "completedSessionId" varchar(36), "sourcePlanItemId" varchar(36), "sourceVersionId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "training_requirement"("id", "createdAt", "updatedAt", "tenantId", "version", "employeeId", "courseId", "reason", "requiredBy", "passMark", "validityMonths", "notBefore", "completedOn", "expiresOn", "completedSessionId", "sourcePlanItemId", "sourceVersionId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "employeeId", "courseId", "reason", "requiredBy", "passMark", "validityMonths", "notBefore", "completedOn", "expiresOn", "completedSessionId", "sourcePlanItemId", "sourceVersionId" FROM "temporary_training_requirement"`,
    );
    await q.query(`DROP TABLE "temporary_training_requirement"`);
    await q.query(`CREATE INDEX "ix_trreq_tenant_course" ON "training_requirement" ("tenantId", "courseId") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_trreq_tenant_employee_course_reason" ON "training_requirement" ("tenantId", "employeeId", "courseId", "reason") `,
    );
    await q.query(`CREATE INDEX "ix_trreq_tenant_expires" ON "training_requirement" ("tenantId", "expiresOn", "id") `);
    await q.query(`CREATE INDEX "ix_trreq_tenant_completed" ON "training_requirement" ("tenantId", "completedOn", "id") `);
    await q.query(`CREATE INDEX "ix_trreq_tenant_required_by" ON "training_requirement" ("tenantId", "requiredBy", "id") `);
    await q.query(`DROP INDEX "uq_employee_tenant_no"`);
    await q.query(`DROP INDEX "ix_employee_tenant_position"`);
    await q.query(`DROP INDEX "ix_employee_tenant_project_position"`);
    await q.query(`DROP INDEX "ix_employee_tenant_hire"`);
    await q.query(`DROP INDEX "ix_employee_tenant_no_id"`);
    await q.query(`DROP INDEX "ix_employee_tenant_name"`);
    await q.query(`ALTER TABLE "employee" RENAME TO "temporary_employee"`);
    await q.query(
      `CREATE TABLE "employee" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "name" varchar(60) NOT NULL, "employeeNo" varchar(30), "positionId" varchar(36) NOT NULL, "projectId" varchar(36) NOT NULL, "hireDate" varchar(10) NOT NULL, "active" boolean NOT NULL DEFAULT (1))`,
    );
    await q.query(
      `INSERT INTO "employee"("id", "createdAt", "updatedAt", "tenantId", "version", "name", "employeeNo", "positionId", "projectId", "hireDate", "active") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "name", "employeeNo", "positionId", "projectId", "hireDate", "active" FROM "temporary_employee"`,
    );
    await q.query(`DROP TABLE "temporary_employee"`);
    await q.query(`CREATE UNIQUE INDEX "uq_employee_tenant_no" ON "employee" ("tenantId", "employeeNo") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_position" ON "employee" ("tenantId", "positionId") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_project_position" ON "employee" ("tenantId", "projectId", "positionId") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_hire" ON "employee" ("tenantId", "hireDate", "id") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_no_id" ON "employee" ("tenantId", "employeeNo", "id") `);
    await q.query(`CREATE INDEX "ix_employee_tenant_name" ON "employee" ("tenantId", "name", "id") `);
  }
}
