import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsAndJobs1796631304164 implements MigrationInterface {
  name = 'NotificationsAndJobs1796631304164';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`job\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`kind\` varchar(60) NOT NULL, \`jobKey\` varchar(191) NOT NULL, \`state\` varchar(10) NOT NULL, \`runAt\` datetime(6) NOT NULL, \`attempts\` int NOT NULL DEFAULT '0', \`maxAttempts\` int NOT NULL, \`leaseOwner\` varchar(100) NULL, \`leaseUntil\` datetime(6) NULL, \`lastError\` varchar(1000) NULL, \`payload\` text NOT NULL, \`summary\` varchar(300) NOT NULL, \`everySeconds\` int NULL, \`finishedAt\` datetime(6) NULL, INDEX \`ix_job_due\` (\`state\`, \`runAt\`), INDEX \`ix_job_tenant_state\` (\`tenantId\`, \`state\`, \`runAt\`), UNIQUE INDEX \`uq_job_tenant_key\` (\`tenantId\`, \`jobKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`live_signal\` (\`id\` varchar(36) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`userId\` varchar(36) NOT NULL, \`topic\` varchar(20) NOT NULL, \`createdAt\` datetime(6) NOT NULL, INDEX \`ix_livesignal_created\` (\`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`notification\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`recipientUserId\` varchar(36) NOT NULL, \`kind\` varchar(40) NOT NULL, \`params\` text NOT NULL, \`entityType\` varchar(30) NOT NULL, \`entityId\` varchar(36) NULL, \`link\` varchar(300) NOT NULL, \`dedupeKey\` varchar(191) NOT NULL, \`actorUserId\` varchar(36) NULL, \`readAt\` datetime(6) NULL, INDEX \`ix_notification_tenant_recipient_read\` (\`tenantId\`, \`recipientUserId\`, \`readAt\`), INDEX \`ix_notification_tenant_recipient_created\` (\`tenantId\`, \`recipientUserId\`, \`createdAt\`), UNIQUE INDEX \`uq_notification_tenant_recipient_key\` (\`tenantId\`, \`recipientUserId\`, \`dedupeKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`notification_delivery\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`notificationId\` varchar(36) NULL, \`userId\` varchar(36) NOT NULL, \`channel\` varchar(10) NOT NULL, \`channelConfigId\` varchar(36) NULL, \`target\` varchar(254) NOT NULL, \`state\` varchar(10) NOT NULL, \`deliveryKey\` varchar(191) NOT NULL, \`attempts\` int NOT NULL DEFAULT '0', \`log\` text NOT NULL, \`lastError\` varchar(1000) NULL, \`sentAt\` datetime(6) NULL, \`notBefore\` datetime(6) NOT NULL, \`notificationIds\` text NULL, INDEX \`ix_delivery_tenant_state_due\` (\`tenantId\`, \`state\`, \`notBefore\`), INDEX \`ix_delivery_tenant_notification\` (\`tenantId\`, \`notificationId\`), UNIQUE INDEX \`uq_delivery_tenant_key\` (\`tenantId\`, \`deliveryKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`notification_channel\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`type\` varchar(16) NOT NULL, \`name\` varchar(60) NOT NULL, \`enabled\` tinyint NOT NULL DEFAULT 1, \`config\` text NOT NULL, \`secretCipher\` text NULL, \`kinds\` text NOT NULL, INDEX \`ix_notifchannel_tenant_type\` (\`tenantId\`, \`type\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`notification_preference\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`userId\` varchar(36) NOT NULL, \`language\` varchar(5) NOT NULL, \`timeZone\` varchar(40) NOT NULL, \`channels\` text NOT NULL, \`quietStart\` varchar(5) NULL, \`quietEnd\` varchar(5) NULL, \`digest\` tinyint NOT NULL DEFAULT 0, \`digestHour\` int NOT NULL DEFAULT '8', UNIQUE INDEX \`uq_notifpref_tenant_user\` (\`tenantId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(`CREATE INDEX \`ix_inspocc_tenant_windowend\` ON \`inspection_occurrence\` (\`tenantId\`, \`windowEndsAt\`)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_inspocc_tenant_windowend\` ON \`inspection_occurrence\``);
    await q.query(`DROP INDEX \`uq_notifpref_tenant_user\` ON \`notification_preference\``);
    await q.query(`DROP TABLE \`notification_preference\``);
    await q.query(`DROP INDEX \`ix_notifchannel_tenant_type\` ON \`notification_channel\``);
    await q.query(`DROP TABLE \`notification_channel\``);
    await q.query(`DROP INDEX \`uq_delivery_tenant_key\` ON \`notification_delivery\``);
    await q.query(`DROP INDEX \`ix_delivery_tenant_notification\` ON \`notification_delivery\``);
    await q.query(`DROP INDEX \`ix_delivery_tenant_state_due\` ON \`notification_delivery\``);
    await q.query(`DROP TABLE \`notification_delivery\``);
    await q.query(`DROP INDEX \`uq_notification_tenant_recipient_key\` ON \`notification\``);
    await q.query(`DROP INDEX \`ix_notification_tenant_recipient_created\` ON \`notification\``);
    await q.query(`DROP INDEX \`ix_notification_tenant_recipient_read\` ON \`notification\``);
    await q.query(`DROP TABLE \`notification\``);
    await q.query(`DROP INDEX \`ix_livesignal_created\` ON \`live_signal\``);
    await q.query(`DROP TABLE \`live_signal\``);
    await q.query(`DROP INDEX \`uq_job_tenant_key\` ON \`job\``);
    await q.query(`DROP INDEX \`ix_job_tenant_state\` ON \`job\``);
    await q.query(`DROP INDEX \`ix_job_due\` ON \`job\``);
    await q.query(`DROP TABLE \`job\``);
  }
}
