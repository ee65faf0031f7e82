import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsAndJobs1796631304164 implements MigrationInterface {
  name = 'NotificationsAndJobs1796631304164';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "job" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "kind" varchar(60) NOT NULL, "jobKey" varchar(191) NOT NULL, "state" varchar(10) NOT NULL, "runAt" datetime(6) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "maxAttempts" integer NOT NULL, "leaseOwner" varchar(100), "leaseUntil" datetime(6), "lastError" varchar(1000), "payload" text NOT NULL, "summary" varchar(300) NOT NULL, "everySeconds" integer, "finishedAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_job_due" ON "job" ("state", "runAt") `);
    await q.query(`CREATE INDEX "ix_job_tenant_state" ON "job" ("tenantId", "state", "runAt") `);
    await q.query(`CREATE UNIQUE INDEX "uq_job_tenant_key" ON "job" ("tenantId", "jobKey") `);
    await q.query(
      `CREATE TABLE "live_signal" ("id" varchar(36) PRIMARY KEY NOT NULL, "tenantId" varchar(36) NOT NULL, "userId" varchar(36) NOT NULL, "topic" varchar(20) NOT NULL, "createdAt" datetime(6) NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_livesignal_created" ON "live_signal" ("createdAt") `);
    await q.query(
      `CREATE TABLE "notification" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "recipientUserId" varchar(36) NOT NULL, "kind" varchar(40) NOT NULL, "params" text NOT NULL, "entityType" varchar(30) NOT NULL, "entityId" varchar(36), "link" varchar(300) NOT NULL, "dedupeKey" varchar(191) NOT NULL, "actorUserId" varchar(36), "readAt" datetime(6))`,
    );
    await q.query(`CREATE INDEX "ix_notification_tenant_recipient_read" ON "notification" ("tenantId", "recipientUserId", "readAt") `);
    await q.query(
      `CREATE INDEX "ix_notification_tenant_recipient_created" ON "notification" ("tenantId", "recipientUserId", "createdAt") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_notification_tenant_recipient_key" ON "notification" ("tenantId", "recipientUserId", "dedupeKey") `,
    );
    await q.query(
      `CREATE TABLE "notification_delivery" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "notificationId" varchar(36), "userId" varchar(36) NOT NULL, "channel" varchar(10) NOT NULL, "channelConfigId" varchar(36), "target" varchar(254) NOT NULL, "state" varchar(10) NOT NULL, "deliveryKey" varchar(191) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "log" text NOT NULL, "lastError" varchar(1000), "sentAt" datetime(6), "notBefore" datetime(6) NOT NULL, "notificationIds" text)`,
    );
    await q.query(`CREATE INDEX "ix_delivery_tenant_state_due" ON "notification_delivery" ("tenantId", "state", "notBefore") `);
    await q.query(`CREATE INDEX "ix_delivery_tenant_notification" ON "notification_delivery" ("tenantId", "notificationId") `);
    await q.query(`CREATE UNIQUE INDEX "uq_delivery_tenant_key" ON "notification_delivery" ("tenantId", "deliveryKey") `);
    await q.query(
      `CREATE TABLE "notification_channel" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "type" varchar(16) NOT NULL, "name" varchar(60) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "config" text NOT NULL, "secretCipher" text, "kinds" text NOT NULL)`,
    );
    await q.query(`CREATE INDEX "ix_notifchannel_tenant_type" ON "notification_channel" ("tenantId", "type") `);
    await q.query(
      `CREATE TABLE "notification_preference" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(6) NOT NULL, "updatedAt" datetime(6) NOT NULL, "tenantId" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "userId" varchar(36) NOT NULL, "language" varchar(5) NOT NULL, "timeZone" varchar(40) NOT NULL, "channels" text NOT NULL, "quietStart" varchar(5), "quietEnd" varchar(5), "digest" boolean NOT NULL DEFAULT (0), "digestHour" integer NOT NULL DEFAULT (8))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_notifpref_tenant_user" ON "notification_preference" ("tenantId", "userId") `);
    await q.query(`CREATE INDEX "ix_inspocc_tenant_windowend" ON "inspection_occurrence" ("tenantId", "windowEndsAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_inspocc_tenant_windowend"`);
    await q.query(`DROP INDEX "uq_notifpref_tenant_user"`);
    await q.query(`DROP TABLE "notification_preference"`);
    await q.query(`DROP INDEX "ix_notifchannel_tenant_type"`);
    await q.query(`DROP TABLE "notification_channel"`);
    await q.query(`DROP INDEX "uq_delivery_tenant_key"`);
    await q.query(`DROP INDEX "ix_delivery_tenant_notification"`);
    await q.query(`DROP INDEX "ix_delivery_tenant_state_due"`);
    await q.query(`DROP TABLE "notification_delivery"`);
    await q.query(`DROP INDEX "uq_notification_tenant_recipient_key"`);
    await q.query(`DROP INDEX "ix_notification_tenant_recipient_created"`);
    await q.query(`DROP INDEX "ix_notification_tenant_recipient_read"`);
    await q.query(`DROP TABLE "notification"`);
    await q.query(`DROP INDEX "ix_livesignal_created"`);
    await q.query(`DROP TABLE "live_signal"`);
    await q.query(`DROP INDEX "uq_job_tenant_key"`);
    await q.query(`DROP INDEX "ix_job_tenant_state"`);
    await q.query(`DROP INDEX "ix_job_due"`);
    await q.query(`DROP TABLE "job"`);
  }
}
