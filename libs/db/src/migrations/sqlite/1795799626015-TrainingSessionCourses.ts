import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingSessionCourses1795799626015 implements MigrationInterface {
  name = 'TrainingSessionCourses1795799626015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_trsession_tenant_course"`);
    await q.query(
      `CREATE TABLE "training_session_course" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "sessionId" varchar(36) NOT NULL, "courseId" varchar(36) NOT NULL, "position" integer NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_trsesscourse_tenant_course" ON "training_session_course" ("tenantId", "courseId") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_trsesscourse_tenant_session_course" ON "training_session_course" ("tenantId", "sessionId", "courseId") `,
    );
    // Hand-added: each session's one course becomes its first (only) session course; the row reuses the session's id.
    await q.query(
      `INSERT INTO "training_session_course" ("id", "createdAt", "updatedAt", "tenantId", "version", "sessionId", "courseId", "position") SELECT "id", "createdAt", "updatedAt", "tenantId", 1, "id", "courseId", 1 FROM "training_session"`,
    );
    await q.query(`DROP INDEX "ix_trsession_tenant_starts"`);
    await q.query(`DROP INDEX "ix_trsession_tenant_trainer"`);
    await q.query(
      `CREATE TABLE "temporary_training_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "trainerUserId" varchar(36) NOT NULL, "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "localDate" varchar(10) NOT NULL, "place" varchar(100) NOT NULL, "capacity" integer NOT NULL, "passMark" integer NOT NULL, "projectId" varchar(36), "status" varchar(10) NOT NULL, "note" varchar(500))`,
    );
    await q.query(
      `INSERT INTO "temporary_training_session"("id", "createdAt", "updatedAt", "tenantId", "version", "trainerUserId", "startsAt", "endsAt", "localDate", "place", "capacity", "passMark", "projectId", "status", "note") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "trainerUserId", "startsAt", "endsAt", "localDate", "place", "capacity", "passMark", "projectId", "status", "note" FROM "training_session"`,
    );
    await q.query(`DROP TABLE "training_session"`);
    await q.query(`ALTER TABLE "temporary_training_session" RENAME TO "training_session"`);
    await q.query(`CREATE INDEX "ix_trsession_tenant_starts" ON "training_session" ("tenantId", "startsAt") `);
    await q.query(`CREATE INDEX "ix_trsession_tenant_trainer" ON "training_session" ("tenantId", "trainerUserId", "startsAt") `);
    await q.query(`DROP INDEX "uq_trenrol_tenant_session_employee"`);
    await q.query(`DROP INDEX "ix_trenrol_tenant_employee"`);
    await q.query(
      `CREATE TABLE "temporary_training_enrolment" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "sessionId" varchar(36) NOT NULL, "employeeId" varchar(36) NOT NULL, "attendance" varchar(10), "score" integer, "passed" boolean, "recordedAt" datetime(6), "recordedByUserId" varchar(36))`,
    );
    await q.query(
      `INSERT INTO "temporary_training_enrolment"("id", "createdAt", "updatedAt", "tenantId", "version", "sessionId", "employeeId", "attendance", "score", "passed", "recordedAt", "recordedByUserId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "sessionId", "employeeId", "attendance", "score", "passed", "recordedAt", "recordedByUserId" FROM "training_enrolment"`,
    );
    await q.query(`DROP TABLE "training_enrolment"`);
    await q.query(`ALTER TABLE "temporary_training_enrolment" RENAME TO "training_enrolment"`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_trenrol_tenant_session_employee" ON "training_enrolment" ("tenantId", "sessionId", "employeeId") `,
    );
    await q.query(`CREATE INDEX "ix_trenrol_tenant_employee" ON "training_enrolment" ("tenantId", "employeeId") `);
    await q.query(`DROP INDEX "ix_evidence_tenant_uploader_sha"`);
    await q.query(
      `CREATE TABLE "temporary_evidence_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "contentType" varchar(100) NOT NULL, "bytes" integer NOT NULL, "sha256" varchar(64) NOT NULL, "storageKey" varchar(200) NOT NULL, "uploadedByUserId" varchar(36) NOT NULL)`,
    );
    await q.query(
      `INSERT INTO "temporary_evidence_file"("id", "createdAt", "updatedAt", "tenantId", "version", "contentType", "bytes", "sha256", "storageKey", "uploadedByUserId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "contentType", "bytes", "sha256", "storageKey", "uploadedByUserId" FROM "evidence_file"`,
    );
    await q.query(`DROP TABLE "evidence_file"`);
    await q.query(`ALTER TABLE "temporary_evidence_file" RENAME TO "evidence_file"`);
    await q.query(`CREATE INDEX "ix_evidence_tenant_uploader_sha" ON "evidence_file" ("tenantId", "uploadedByUserId", "sha256") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_evidence_tenant_uploader_sha"`);
    await q.query(`ALTER TABLE "evidence_file" RENAME TO "temporary_evidence_file"`);
    await q.query(
      `CREATE TABLE "evidence_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "contentType" varchar(40) NOT NULL, "bytes" integer NOT NULL, "sha256" varchar(64) NOT NULL, "storageKey" varchar(200) NOT NULL, "uploadedByUserId" varchar(36) NOT NULL)`,
    );
    await q.query(
      `INSERT INTO "evidence_file"("id", "createdAt", "updatedAt", "tenantId", "version", "contentType", "bytes", "sha256", "storageKey", "uploadedByUserId") SELECT "id", "createdAt", "updatedAt", "tenantId", "version", "contentType", "bytes", "sha256", "storageKey", "uploadedByUserId" FROM "temporary_evidence_file"`,
    );
    await q.query(`DROP TABLE "temporary_evidence_file"`);
    await q.query(`CREATE INDEX "ix_evidence_tenant_uploader_sha" ON "evidence_file" ("tenantId", "uploadedByUserId", "sha256") `);
    await q.query(`DROP INDEX "ix_trenrol_tenant_employee"`);
    await q.query(`DROP INDEX "uq_trenrol_tenant_session_employee"`);
    await q.query(`ALTER TABLE "training_enrolment" RENAME TO "temporary_training_enrolment"`);
    await q.query(
      `CREATE TABLE "training_enrolment" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "sessionId" varchar(36) NOT NULL, "employeeId" varchar(36) NOT NULL, "courseId" varchar(36) NOT NULL, "attendance" varchar(10), "score" integer, "passed" boolean, "recordedAt" datetime(6), "recordedByUserId" varchar(36))`,
    );
    // Hand-edited: courseId back from the first course of the enrolment's session.
    await q.query(
      `INSERT INTO "training_enrolment"("id", "createdAt", "updatedAt", "tenantId", "version", "sessionId", "employeeId", "courseId", "attendance", "score", "passed", "recordedAt", "recordedByUserId") SELECT t."id", t."createdAt", t."updatedAt", t."tenantId", t."version", t."sessionId", t."employeeId", (SELECT sc."courseId" FROM "training_session_course" sc WHERE sc."sessionId" = t."sessionId" ORDER BY sc."position" LIMIT 1), t."attendance", t."score", t."passed", t."recordedAt", t."recordedByUserId" FROM "temporary_training_enrolment" t`,
    );
    await q.query(`DROP TABLE "temporary_training_enrolment"`);
    await q.query(`CREATE INDEX "ix_trenrol_tenant_employee" ON "training_enrolment" ("tenantId", "employeeId") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_trenrol_tenant_session_employee" ON "training_enrolment" ("tenantId", "sessionId", "employeeId") `,
    );
    await q.query(`DROP INDEX "ix_trsession_tenant_trainer"`);
    await q.query(`DROP INDEX "ix_trsession_tenant_starts"`);
    await q.query(`ALTER TABLE "training_session" RENAME TO "temporary_training_session"`);
    await q.query(
      `CREATE TABLE "training_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "courseId" varchar(36) NOT NULL, "trainerUserId" varchar(36) NOT NULL, "startsAt" datetime(6) NOT NULL, "endsAt" datetime(6) NOT NULL, "localDate" varchar(10) NOT NULL, "place" varchar(100) NOT NULL, "capacity" integer NOT NULL, "passMark" integer NOT NULL, "projectId" varchar(36), "status" varchar(10) NOT NULL, "note" varchar(500))`,
    );
    // Hand-edited: courseId back from the session's first course.
    await q.query(
      `INSERT INTO "training_session"("id", "createdAt", "updatedAt", "tenantId", "version", "courseId", "trainerUserId", "startsAt", "endsAt", "localDate", "place", "capacity", "passMark", "projectId", "status", "note") SELECT t."id", t."createdAt", t."updatedAt", t."tenantId", t."version", (SELECT sc."courseId" FROM "training_session_course" sc WHERE sc."sessionId" = t."id" ORDER BY sc."position" LIMIT 1), t."trainerUserId", t."startsAt", t."endsAt", t."localDate", t."place", t."capacity", t."passMark", t."projectId", t."status", t."note" FROM "temporary_training_session" t`,
    );
    await q.query(`DROP TABLE "temporary_training_session"`);
    await q.query(`CREATE INDEX "ix_trsession_tenant_trainer" ON "training_session" ("tenantId", "trainerUserId", "startsAt") `);
    await q.query(`CREATE INDEX "ix_trsession_tenant_starts" ON "training_session" ("tenantId", "startsAt") `);
    await q.query(`DROP INDEX "uq_trsesscourse_tenant_session_course"`);
    await q.query(`DROP INDEX "ix_trsesscourse_tenant_course"`);
    await q.query(`DROP TABLE "training_session_course"`);
    await q.query(`CREATE INDEX "ix_trsession_tenant_course" ON "training_session" ("tenantId", "courseId", "localDate") `);
  }
}
