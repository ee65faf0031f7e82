import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegulationsComplaints1795798740586 implements MigrationInterface {
  name = 'RegulationsComplaints1795798740586';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`regulation\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`title\` varchar(100) NOT NULL, \`scope\` varchar(10) NOT NULL, \`format\` varchar(20) NULL, \`ownerUserId\` varchar(36) NOT NULL, \`effectiveDate\` date NOT NULL, \`appliesToRoles\` text NOT NULL, \`draftVersionId\` varchar(36) NULL, \`latestVersionId\` varchar(36) NULL, \`latestNumber\` int NOT NULL DEFAULT '0', INDEX \`ix_regulation_tenant_title\` (\`tenantId\`, \`title\`), INDEX \`ix_regulation_tenant_scope_format\` (\`tenantId\`, \`scope\`, \`format\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`regulation_version\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`regulationId\` varchar(36) NOT NULL, \`number\` int NULL, \`status\` varchar(10) NOT NULL, \`basedOnVersionId\` varchar(36) NULL, \`changeSummary\` text NULL, \`publishedAt\` datetime(6) NULL, \`publishedByUserId\` varchar(36) NULL, \`createdByUserId\` varchar(36) NULL, INDEX \`ix_regversion_tenant_regulation\` (\`tenantId\`, \`regulationId\`, \`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`regulation_section\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`versionId\` varchar(36) NOT NULL, \`key\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`title\` varchar(100) NOT NULL, \`body\` text NOT NULL, INDEX \`ix_regsection_tenant_version\` (\`tenantId\`, \`versionId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`regulation_acknowledgement\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`regulationId\` varchar(36) NOT NULL, \`versionId\` varchar(36) NOT NULL, \`versionNumber\` int NOT NULL, \`userId\` varchar(36) NOT NULL, \`acknowledgedAt\` datetime(6) NOT NULL, INDEX \`ix_regack_tenant_regulation\` (\`tenantId\`, \`regulationId\`, \`versionNumber\`), INDEX \`ix_regack_tenant_user\` (\`tenantId\`, \`userId\`), UNIQUE INDEX \`uq_regack_tenant_version_user\` (\`tenantId\`, \`versionId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`complaint\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`source\` varchar(16) NOT NULL, \`category\` varchar(12) NOT NULL, \`severity\` varchar(10) NOT NULL, \`title\` varchar(100) NOT NULL, \`description\` text NOT NULL, \`evidenceFileIds\` text NOT NULL, \`inspectionId\` varchar(36) NULL, \`itemResultId\` varchar(36) NULL, \`feedbackId\` varchar(36) NULL, \`state\` varchar(12) NOT NULL, \`openedAt\` datetime(6) NOT NULL, \`dueAt\` datetime(6) NOT NULL, \`createdByUserId\` varchar(36) NOT NULL, \`resolvedAt\` datetime(6) NULL, \`resolvedByUserId\` varchar(36) NULL, \`resolutionNote\` varchar(2000) NULL, \`verifiedAt\` datetime(6) NULL, \`verifiedByUserId\` varchar(36) NULL, \`verificationNote\` varchar(2000) NULL, \`reopenCount\` int NOT NULL DEFAULT '0', INDEX \`ix_complaint_tenant_feedback\` (\`tenantId\`, \`feedbackId\`), INDEX \`ix_complaint_tenant_itemresult\` (\`tenantId\`, \`itemResultId\`), INDEX \`ix_complaint_tenant_region_state\` (\`tenantId\`, \`regionId\`, \`state\`), INDEX \`ix_complaint_tenant_project_state\` (\`tenantId\`, \`projectId\`, \`state\`), INDEX \`ix_complaint_tenant_state_due\` (\`tenantId\`, \`state\`, \`dueAt\`), INDEX \`ix_complaint_tenant_opened\` (\`tenantId\`, \`openedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`complaint_discussion\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`complaintId\` varchar(36) NOT NULL, \`heldOn\` date NOT NULL, \`departments\` text NOT NULL, \`minutes\` text NOT NULL, \`decisions\` text NULL, \`recordedByUserId\` varchar(36) NOT NULL, INDEX \`ix_complaintdisc_tenant_complaint\` (\`tenantId\`, \`complaintId\`, \`heldOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`complaint_action\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`complaintId\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`description\` varchar(500) NOT NULL, \`ownerUserId\` varchar(36) NOT NULL, \`deadline\` date NOT NULL, \`done\` tinyint NOT NULL DEFAULT 0, \`doneAt\` datetime(6) NULL, \`doneByUserId\` varchar(36) NULL, INDEX \`ix_complaintaction_tenant_owner\` (\`tenantId\`, \`ownerUserId\`, \`done\`), INDEX \`ix_complaintaction_tenant_complaint\` (\`tenantId\`, \`complaintId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`complaint_event\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`complaintId\` varchar(36) NOT NULL, \`action\` varchar(12) NOT NULL, \`fromState\` varchar(12) NULL, \`toState\` varchar(12) NOT NULL, \`userId\` varchar(36) NOT NULL, \`note\` varchar(2000) NULL, \`at\` datetime(6) NOT NULL, INDEX \`ix_complaintevent_tenant_complaint\` (\`tenantId\`, \`complaintId\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_complaintevent_tenant_complaint\` ON \`complaint_event\``);
    await q.query(`DROP TABLE \`complaint_event\``);
    await q.query(`DROP INDEX \`ix_complaintaction_tenant_complaint\` ON \`complaint_action\``);
    await q.query(`DROP INDEX \`ix_complaintaction_tenant_owner\` ON \`complaint_action\``);
    await q.query(`DROP TABLE \`complaint_action\``);
    await q.query(`DROP INDEX \`ix_complaintdisc_tenant_complaint\` ON \`complaint_discussion\``);
    await q.query(`DROP TABLE \`complaint_discussion\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_opened\` ON \`complaint\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_state_due\` ON \`complaint\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_project_state\` ON \`complaint\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_region_state\` ON \`complaint\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_itemresult\` ON \`complaint\``);
    await q.query(`DROP INDEX \`ix_complaint_tenant_feedback\` ON \`complaint\``);
    await q.query(`DROP TABLE \`complaint\``);
    await q.query(`DROP INDEX \`uq_regack_tenant_version_user\` ON \`regulation_acknowledgement\``);
    await q.query(`DROP INDEX \`ix_regack_tenant_user\` ON \`regulation_acknowledgement\``);
    await q.query(`DROP INDEX \`ix_regack_tenant_regulation\` ON \`regulation_acknowledgement\``);
    await q.query(`DROP TABLE \`regulation_acknowledgement\``);
    await q.query(`DROP INDEX \`ix_regsection_tenant_version\` ON \`regulation_section\``);
    await q.query(`DROP TABLE \`regulation_section\``);
    await q.query(`DROP INDEX \`ix_regversion_tenant_regulation\` ON \`regulation_version\``);
    await q.query(`DROP TABLE \`regulation_version\``);
    await q.query(`DROP INDEX \`ix_regulation_tenant_scope_format\` ON \`regulation\``);
    await q.query(`DROP INDEX \`ix_regulation_tenant_title\` ON \`regulation\``);
    await q.query(`DROP TABLE \`regulation\``);
  }
}
