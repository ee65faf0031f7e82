import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Approvals1796870000000 implements MigrationInterface {
  name = 'Approvals1796870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "approval_flow" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "kind" varchar(40) NOT NULL, "name" varchar(60) NOT NULL, "active" boolean NOT NULL, "currentVersionId" varchar(36), "latestNumber" integer NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_approval_flow_tenant_kind" ON "approval_flow" ("tenantId", "kind") `);
    await q.query(
      `CREATE TABLE "approval_flow_version" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "flowId" varchar(36) NOT NULL, "number" integer NOT NULL, "steps" text NOT NULL, "createdByUserId" varchar(36))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_approval_flow_version_tenant_flow_number" ON "approval_flow_version" ("tenantId", "flowId", "number") `,
    );
    await q.query(
      `CREATE TABLE "approval_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "kind" varchar(40) NOT NULL, "status" varchar(20) NOT NULL, "flowId" varchar(36) NOT NULL, "flowVersionId" varchar(36) NOT NULL, "flowNumber" integer NOT NULL, "steps" text NOT NULL, "stepIndex" integer, "subjectId" varchar(36) NOT NULL, "subjectVersionId" varchar(36), "title" varchar(200) NOT NULL, "amount" bigint, "payload" text NOT NULL, "requesterUserId" varchar(36) NOT NULL, "projectId" varchar(36), "regionId" varchar(36), "reason" varchar(500), "decidedAt" datetime(6))`,
    );
    await q.query(
      `CREATE INDEX "ix_approval_request_tenant_requester" ON "approval_request" ("tenantId", "requesterUserId", "createdAt") `,
    );
    await q.query(`CREATE INDEX "ix_approval_request_tenant_subject" ON "approval_request" ("tenantId", "subjectId", "createdAt") `);
    await q.query(`CREATE INDEX "ix_approval_request_tenant_status" ON "approval_request" ("tenantId", "status", "createdAt") `);
    await q.query(
      `CREATE TABLE "approval_assignment" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "requestId" varchar(36) NOT NULL, "stepIndex" integer NOT NULL, "userId" varchar(36) NOT NULL, "decision" varchar(20), "comment" varchar(500), "decidedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_approval_assignment_tenant_user" ON "approval_assignment" ("tenantId", "userId", "decision") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_approval_assignment_tenant_request_step_user" ON "approval_assignment" ("tenantId", "requestId", "stepIndex", "userId") `,
    );
    await q.query(`ALTER TABLE "department" ADD COLUMN "headUserId" varchar(36)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "department" DROP COLUMN "headUserId"`);
    await q.query(`DROP INDEX "uq_approval_assignment_tenant_request_step_user"`);
    await q.query(`DROP INDEX "ix_approval_assignment_tenant_user"`);
    await q.query(`DROP TABLE "approval_assignment"`);
    await q.query(`DROP INDEX "ix_approval_request_tenant_status"`);
    await q.query(`DROP INDEX "ix_approval_request_tenant_subject"`);
    await q.query(`DROP INDEX "ix_approval_request_tenant_requester"`);
    await q.query(`DROP TABLE "approval_request"`);
    await q.query(`DROP INDEX "uq_approval_flow_version_tenant_flow_number"`);
    await q.query(`DROP TABLE "approval_flow_version"`);
    await q.query(`DROP INDEX "uq_approval_flow_tenant_kind"`);
    await q.query(`DROP TABLE "approval_flow"`);
  }
}
