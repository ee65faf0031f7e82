import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionPlanning1795785909427 implements MigrationInterface {
  name = 'InspectionPlanning1795785909427';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`inspection_template\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(100) NOT NULL, \`format\` varchar(20) NULL, \`description\` varchar(500) NULL, \`draftVersionId\` varchar(36) NULL, \`latestVersionId\` varchar(36) NULL, \`latestNumber\` int NOT NULL DEFAULT '0', \`archivedAt\` datetime(6) NULL, INDEX \`ix_insptemplate_tenant_format\` (\`tenantId\`, \`format\`), UNIQUE INDEX \`uq_insptemplate_tenant_name\` (\`tenantId\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`inspection_template_version\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`templateId\` varchar(36) NOT NULL, \`number\` int NULL, \`status\` varchar(10) NOT NULL, \`basedOnVersionId\` varchar(36) NULL, \`changeSummary\` text NULL, \`publishedAt\` datetime(6) NULL, \`publishedByUserId\` varchar(36) NULL, \`createdByUserId\` varchar(36) NULL, \`passScore\` int NOT NULL DEFAULT '80', INDEX \`ix_insptplversion_tenant_template\` (\`tenantId\`, \`templateId\`, \`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`inspection_template_section\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`versionId\` varchar(36) NOT NULL, \`key\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`titleZh\` varchar(100) NOT NULL, \`titleEn\` varchar(200) NULL, INDEX \`ix_insptplsection_tenant_version\` (\`tenantId\`, \`versionId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`inspection_template_item\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`versionId\` varchar(36) NOT NULL, \`sectionKey\` varchar(36) NOT NULL, \`key\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`standardId\` varchar(36) NOT NULL, \`checkpointZh\` varchar(500) NULL, \`checkpointEn\` varchar(1000) NULL, \`points\` int NOT NULL, \`deductions\` text NOT NULL, \`naAllowed\` tinyint NOT NULL DEFAULT 0, \`critical\` tinyint NOT NULL DEFAULT 0, INDEX \`ix_insptplitem_tenant_standard\` (\`tenantId\`, \`standardId\`), INDEX \`ix_insptplitem_tenant_version\` (\`tenantId\`, \`versionId\`, \`sectionKey\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`holiday_list\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(60) NOT NULL, \`dates\` text NOT NULL, UNIQUE INDEX \`uq_holidaylist_tenant_name\` (\`tenantId\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`inspection_frequency\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`anchor\` varchar(20) NOT NULL, \`rrule\` varchar(500) NULL, \`periodUnit\` varchar(8) NULL, \`periodCount\` int NULL, \`startTime\` varchar(5) NULL, \`windowMinutes\` int NOT NULL, \`allowLate\` tinyint NOT NULL DEFAULT 0, \`holidayListId\` varchar(36) NULL, \`assigneeRole\` varchar(20) NULL, \`projectId\` varchar(36) NOT NULL, \`templateId\` varchar(36) NOT NULL, \`startDate\` date NOT NULL, \`endDate\` date NULL, \`excludedDates\` text NOT NULL, \`assigneeUserId\` varchar(36) NULL, \`note\` varchar(500) NULL, \`materialisedUntil\` datetime(6) NOT NULL, \`archivedAt\` datetime(6) NULL, INDEX \`ix_inspfreq_tenant_assignee\` (\`tenantId\`, \`assigneeUserId\`), INDEX \`ix_inspfreq_tenant_template\` (\`tenantId\`, \`templateId\`), INDEX \`ix_inspfreq_tenant_project\` (\`tenantId\`, \`projectId\`, \`archivedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`inspection_occurrence\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`frequencyId\` varchar(36) NOT NULL, \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`templateId\` varchar(36) NOT NULL, \`templateVersionId\` varchar(36) NULL, \`dueAt\` datetime(6) NOT NULL, \`localDate\` date NOT NULL, \`windowEndsAt\` datetime(6) NOT NULL, \`allowLate\` tinyint NOT NULL DEFAULT 0, \`assigneeUserId\` varchar(36) NULL, \`assigneeRole\` varchar(20) NULL, \`completedAt\` datetime(6) NULL, \`completedByUserId\` varchar(36) NULL, \`completionNote\` varchar(500) NULL, INDEX \`ix_inspocc_tenant_assignee_day\` (\`tenantId\`, \`assigneeUserId\`, \`localDate\`), INDEX \`ix_inspocc_tenant_region_day\` (\`tenantId\`, \`regionId\`, \`localDate\`), INDEX \`ix_inspocc_tenant_project_day\` (\`tenantId\`, \`projectId\`, \`localDate\`), INDEX \`ix_inspocc_tenant_day\` (\`tenantId\`, \`localDate\`), INDEX \`ix_inspocc_tenant_due\` (\`tenantId\`, \`dueAt\`), UNIQUE INDEX \`uq_inspocc_tenant_frequency_due\` (\`tenantId\`, \`frequencyId\`, \`dueAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`inspection_frequency_default\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`anchor\` varchar(20) NOT NULL, \`rrule\` varchar(500) NULL, \`periodUnit\` varchar(8) NULL, \`periodCount\` int NULL, \`startTime\` varchar(5) NULL, \`windowMinutes\` int NOT NULL, \`allowLate\` tinyint NOT NULL DEFAULT 0, \`holidayListId\` varchar(36) NULL, \`assigneeRole\` varchar(20) NULL, \`format\` varchar(20) NOT NULL, \`position\` int NOT NULL, \`templateId\` varchar(36) NOT NULL, INDEX \`ix_inspfreqdefault_tenant_format\` (\`tenantId\`, \`format\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`calendar_feed\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`kind\` varchar(10) NOT NULL, \`userId\` varchar(36) NOT NULL, \`projectId\` varchar(36) NULL, \`secretHash\` varchar(64) NOT NULL, \`lastUsedAt\` datetime(6) NULL, \`revokedAt\` datetime(6) NULL, INDEX \`ix_calfeed_tenant_user\` (\`tenantId\`, \`userId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_calfeed_tenant_user\` ON \`calendar_feed\``);
    await q.query(`DROP TABLE \`calendar_feed\``);
    await q.query(`DROP INDEX \`ix_inspfreqdefault_tenant_format\` ON \`inspection_frequency_default\``);
    await q.query(`DROP TABLE \`inspection_frequency_default\``);
    await q.query(`DROP INDEX \`uq_inspocc_tenant_frequency_due\` ON \`inspection_occurrence\``);
    await q.query(`DROP INDEX \`ix_inspocc_tenant_due\` ON \`inspection_occurrence\``);
    await q.query(`DROP INDEX \`ix_inspocc_tenant_day\` ON \`inspection_occurrence\``);
    await q.query(`DROP INDEX \`ix_inspocc_tenant_project_day\` ON \`inspection_occurrence\``);
    await q.query(`DROP INDEX \`ix_inspocc_tenant_region_day\` ON \`inspection_occurrence\``);
    await q.query(`DROP INDEX \`ix_inspocc_tenant_assignee_day\` ON \`inspection_occurrence\``);
    await q.query(`DROP TABLE \`inspection_occurrence\``);
    await q.query(`DROP INDEX \`ix_inspfreq_tenant_project\` ON \`inspection_frequency\``);
    await q.query(`DROP INDEX \`ix_inspfreq_tenant_template\` ON \`inspection_frequency\``);
    await q.query(`DROP INDEX \`ix_inspfreq_tenant_assignee\` ON \`inspection_frequency\``);
    await q.query(`DROP TABLE \`inspection_frequency\``);
    await q.query(`DROP INDEX \`uq_holidaylist_tenant_name\` ON \`holiday_list\``);
    await q.query(`DROP TABLE \`holiday_list\``);
    await q.query(`DROP INDEX \`ix_insptplitem_tenant_version\` ON \`inspection_template_item\``);
    await q.query(`DROP INDEX \`ix_insptplitem_tenant_standard\` ON \`inspection_template_item\``);
    await q.query(`DROP TABLE \`inspection_template_item\``);
    await q.query(`DROP INDEX \`ix_insptplsection_tenant_version\` ON \`inspection_template_section\``);
    await q.query(`DROP TABLE \`inspection_template_section\``);
    await q.query(`DROP INDEX \`ix_insptplversion_tenant_template\` ON \`inspection_template_version\``);
    await q.query(`DROP TABLE \`inspection_template_version\``);
    await q.query(`DROP INDEX \`uq_insptemplate_tenant_name\` ON \`inspection_template\``);
    await q.query(`DROP INDEX \`ix_insptemplate_tenant_format\` ON \`inspection_template\``);
    await q.query(`DROP TABLE \`inspection_template\``);
  }
}
