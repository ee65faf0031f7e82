import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StandardsAndHandbooks1795777124197 implements MigrationInterface {
  name = 'StandardsAndHandbooks1795777124197';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`standard\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`code\` varchar(32) NOT NULL, \`category\` varchar(24) NOT NULL, \`titleZh\` varchar(100) NOT NULL, \`titleEn\` varchar(200) NULL, \`requirementZh\` text NOT NULL, \`requirementEn\` text NULL, \`positions\` text NOT NULL, \`condition\` varchar(16) NULL, \`checkMethod\` varchar(12) NOT NULL, \`defaultScore\` int NOT NULL, \`critical\` tinyint NOT NULL DEFAULT 0, \`formats\` text NOT NULL, \`source\` varchar(200) NULL, \`archivedAt\` datetime(6) NULL, INDEX \`ix_standard_tenant_category\` (\`tenantId\`, \`category\`, \`code\`), UNIQUE INDEX \`uq_standard_tenant_code\` (\`tenantId\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`handbook\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`kind\` varchar(10) NOT NULL, \`name\` varchar(100) NOT NULL, \`format\` varchar(20) NOT NULL, \`projectId\` varchar(36) NULL, \`sourceTemplateId\` varchar(36) NULL, \`draftVersionId\` varchar(36) NULL, \`latestVersionId\` varchar(36) NULL, \`latestNumber\` int NOT NULL DEFAULT '0', INDEX \`ix_handbook_tenant_kind_format\` (\`tenantId\`, \`kind\`, \`format\`), UNIQUE INDEX \`uq_handbook_tenant_project\` (\`tenantId\`, \`projectId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`handbook_version\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`handbookId\` varchar(36) NOT NULL, \`number\` int NULL, \`status\` varchar(10) NOT NULL, \`basedOnVersionId\` varchar(36) NULL, \`changeSummary\` text NULL, \`publishedAt\` datetime(6) NULL, \`publishedByUserId\` varchar(36) NULL, \`createdByUserId\` varchar(36) NULL, INDEX \`ix_hbversion_tenant_handbook\` (\`tenantId\`, \`handbookId\`, \`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`handbook_section\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`versionId\` varchar(36) NOT NULL, \`key\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`titleZh\` varchar(100) NOT NULL, \`titleEn\` varchar(200) NULL, INDEX \`ix_hbsection_tenant_version\` (\`tenantId\`, \`versionId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`handbook_item\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`versionId\` varchar(36) NOT NULL, \`sectionKey\` varchar(36) NOT NULL, \`key\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`standardId\` varchar(36) NOT NULL, \`requirementZh\` text NULL, \`requirementEn\` text NULL, \`score\` int NULL, \`note\` varchar(500) NULL, INDEX \`ix_hbitem_tenant_standard\` (\`tenantId\`, \`standardId\`), INDEX \`ix_hbitem_tenant_version\` (\`tenantId\`, \`versionId\`, \`sectionKey\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`service_frequency\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`versionId\` varchar(36) NOT NULL, \`sectionKey\` varchar(36) NOT NULL, \`key\` varchar(36) NOT NULL, \`position\` int NOT NULL, \`taskZh\` varchar(100) NOT NULL, \`taskEn\` varchar(200) NULL, \`zoneId\` varchar(36) NULL, \`locationZh\` varchar(100) NULL, \`rrule\` varchar(500) NOT NULL, \`note\` varchar(500) NULL, INDEX \`ix_svcfreq_tenant_version\` (\`tenantId\`, \`versionId\`, \`sectionKey\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`ix_svcfreq_tenant_version\` ON \`service_frequency\``);
    await q.query(`DROP TABLE \`service_frequency\``);
    await q.query(`DROP INDEX \`ix_hbitem_tenant_version\` ON \`handbook_item\``);
    await q.query(`DROP INDEX \`ix_hbitem_tenant_standard\` ON \`handbook_item\``);
    await q.query(`DROP TABLE \`handbook_item\``);
    await q.query(`DROP INDEX \`ix_hbsection_tenant_version\` ON \`handbook_section\``);
    await q.query(`DROP TABLE \`handbook_section\``);
    await q.query(`DROP INDEX \`ix_hbversion_tenant_handbook\` ON \`handbook_version\``);
    await q.query(`DROP TABLE \`handbook_version\``);
    await q.query(`DROP INDEX \`uq_handbook_tenant_project\` ON \`handbook\``);
    await q.query(`DROP INDEX \`ix_handbook_tenant_kind_format\` ON \`handbook\``);
    await q.query(`DROP TABLE \`handbook\``);
    await q.query(`DROP INDEX \`uq_standard_tenant_code\` ON \`standard\``);
    await q.query(`DROP INDEX \`ix_standard_tenant_category\` ON \`standard\``);
    await q.query(`DROP TABLE \`standard\``);
  }
}
