import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PatrolsAndFieldApp1796730000000 implements MigrationInterface {
  name = 'PatrolsAndFieldApp1796730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE \`patrol_point\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`zoneId\` varchar(36) NOT NULL, \`name\` varchar(60) NOT NULL, \`locationHint\` varchar(200) NULL, \`quickCheckStandardIds\` text NOT NULL, \`tag\` varchar(16) NOT NULL, \`archivedAt\` datetime(6) NULL, INDEX \`ix_patrolpoint_tenant_project\` (\`tenantId\`, \`projectId\`, \`archivedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`patrol_route\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`name\` varchar(60) NOT NULL, \`note\` varchar(500) NULL, \`pointIds\` text NOT NULL, \`pointCount\` int NOT NULL, \`frequencyId\` varchar(36) NULL, \`archivedAt\` datetime(6) NULL, INDEX \`ix_patrolroute_tenant_project\` (\`tenantId\`, \`projectId\`, \`archivedAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`patrol_run\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`clientKey\` varchar(64) NOT NULL, \`routeId\` varchar(36) NOT NULL, \`occurrenceId\` varchar(36) NULL, \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`guardUserId\` varchar(36) NOT NULL, \`startedAt\` datetime(6) NULL, \`finishedAt\` datetime(6) NULL, \`submittedAt\` datetime(6) NOT NULL, \`localDate\` date NOT NULL, \`windowEndsAt\` datetime(6) NULL, \`pointsPlanned\` int NOT NULL, \`pointsDone\` int NOT NULL, \`pointsLate\` int NOT NULL, \`pointsMissed\` int NOT NULL, \`pointsOutOfOrder\` int NOT NULL, \`pointsManual\` int NOT NULL, \`quickCheckFailures\` int NOT NULL, \`note\` varchar(500) NULL, INDEX \`ix_patrolrun_tenant_missed\` (\`tenantId\`, \`pointsMissed\`, \`id\`), INDEX \`ix_patrolrun_tenant_submitted\` (\`tenantId\`, \`submittedAt\`, \`id\`), INDEX \`ix_patrolrun_tenant_occurrence\` (\`tenantId\`, \`occurrenceId\`), INDEX \`ix_patrolrun_tenant_guard\` (\`tenantId\`, \`guardUserId\`, \`submittedAt\`), INDEX \`ix_patrolrun_tenant_region_day\` (\`tenantId\`, \`regionId\`, \`localDate\`), INDEX \`ix_patrolrun_tenant_project_day\` (\`tenantId\`, \`projectId\`, \`localDate\`), INDEX \`ix_patrolrun_tenant_route_day\` (\`tenantId\`, \`routeId\`, \`localDate\`), UNIQUE INDEX \`uq_patrolrun_tenant_clientkey\` (\`tenantId\`, \`clientKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(
      `CREATE TABLE \`patrol_run_point\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(6) NOT NULL, \`updatedAt\` datetime(6) NOT NULL, \`tenantId\` varchar(36) NOT NULL, \`version\` int NOT NULL DEFAULT '1', \`runId\` varchar(36) NOT NULL, \`routeId\` varchar(36) NOT NULL, \`pointId\` varchar(36) NOT NULL, \`projectId\` varchar(36) NOT NULL, \`regionId\` varchar(36) NOT NULL, \`localDate\` date NOT NULL, \`position\` int NOT NULL, \`outcome\` varchar(8) NOT NULL, \`scannedAt\` datetime(6) NULL, \`scanOrder\` int NULL, \`outOfOrder\` tinyint NOT NULL DEFAULT 0, \`manual\` tinyint NOT NULL DEFAULT 0, \`quickChecks\` text NOT NULL, \`failed\` tinyint NOT NULL DEFAULT 0, \`note\` varchar(500) NULL, \`photoFileIds\` text NOT NULL, INDEX \`ix_patrolrunpoint_tenant_project_day\` (\`tenantId\`, \`projectId\`, \`localDate\`), INDEX \`ix_patrolrunpoint_tenant_point_day\` (\`tenantId\`, \`pointId\`, \`localDate\`), INDEX \`ix_patrolrunpoint_tenant_run\` (\`tenantId\`, \`runId\`, \`position\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await q.query(`ALTER TABLE \`inspection_frequency\` ADD \`patrolRouteId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`inspection_occurrence\` ADD \`patrolRouteId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`rectification\` ADD \`patrolRunPointId\` varchar(36) NULL`);
    await q.query(`DROP INDEX \`ix_inspfreq_tenant_template\` ON \`inspection_frequency\``);
    await q.query(`ALTER TABLE \`inspection_frequency\` CHANGE \`templateId\` \`templateId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`inspection_occurrence\` CHANGE \`templateId\` \`templateId\` varchar(36) NULL`);
    await q.query(`DROP INDEX \`ix_rectification_tenant_inspection\` ON \`rectification\``);
    await q.query(`DROP INDEX \`uq_rectification_tenant_itemresult\` ON \`rectification\``);
    await q.query(`ALTER TABLE \`rectification\` CHANGE \`inspectionId\` \`inspectionId\` varchar(36) NULL`);
    await q.query(`ALTER TABLE \`rectification\` CHANGE \`itemResultId\` \`itemResultId\` varchar(36) NULL`);
    await q.query(`CREATE INDEX \`ix_inspfreq_tenant_template\` ON \`inspection_frequency\` (\`tenantId\`, \`templateId\`)`);
    await q.query(
      `CREATE INDEX \`ix_inspocc_tenant_route_day\` ON \`inspection_occurrence\` (\`tenantId\`, \`patrolRouteId\`, \`localDate\`)`,
    );
    await q.query(`CREATE UNIQUE INDEX \`uq_rectification_tenant_patrolpoint\` ON \`rectification\` (\`tenantId\`, \`patrolRunPointId\`)`);
    await q.query(`CREATE INDEX \`ix_rectification_tenant_inspection\` ON \`rectification\` (\`tenantId\`, \`inspectionId\`)`);
    await q.query(`CREATE UNIQUE INDEX \`uq_rectification_tenant_itemresult\` ON \`rectification\` (\`tenantId\`, \`itemResultId\`)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX \`uq_rectification_tenant_itemresult\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_rectification_tenant_inspection\` ON \`rectification\``);
    await q.query(`DROP INDEX \`uq_rectification_tenant_patrolpoint\` ON \`rectification\``);
    await q.query(`DROP INDEX \`ix_inspocc_tenant_route_day\` ON \`inspection_occurrence\``);
    await q.query(`DROP INDEX \`ix_inspfreq_tenant_template\` ON \`inspection_frequency\``);
    await q.query(`ALTER TABLE \`rectification\` CHANGE \`itemResultId\` \`itemResultId\` varchar(36) NOT NULL`);
    await q.query(`ALTER TABLE \`rectification\` CHANGE \`inspectionId\` \`inspectionId\` varchar(36) NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX \`uq_rectification_tenant_itemresult\` ON \`rectification\` (\`tenantId\`, \`itemResultId\`)`);
    await q.query(`CREATE INDEX \`ix_rectification_tenant_inspection\` ON \`rectification\` (\`tenantId\`, \`inspectionId\`)`);
    await q.query(`ALTER TABLE \`inspection_occurrence\` CHANGE \`templateId\` \`templateId\` varchar(36) NOT NULL`);
    await q.query(`ALTER TABLE \`inspection_frequency\` CHANGE \`templateId\` \`templateId\` varchar(36) NOT NULL`);
    await q.query(`CREATE INDEX \`ix_inspfreq_tenant_template\` ON \`inspection_frequency\` (\`tenantId\`, \`templateId\`)`);
    await q.query(`ALTER TABLE \`rectification\` DROP COLUMN \`patrolRunPointId\``);
    await q.query(`ALTER TABLE \`inspection_occurrence\` DROP COLUMN \`patrolRouteId\``);
    await q.query(`ALTER TABLE \`inspection_frequency\` DROP COLUMN \`patrolRouteId\``);
    await q.query(`DROP INDEX \`ix_patrolrunpoint_tenant_run\` ON \`patrol_run_point\``);
    await q.query(`DROP INDEX \`ix_patrolrunpoint_tenant_point_day\` ON \`patrol_run_point\``);
    await q.query(`DROP INDEX \`ix_patrolrunpoint_tenant_project_day\` ON \`patrol_run_point\``);
    await q.query(`DROP TABLE \`patrol_run_point\``);
    await q.query(`DROP INDEX \`uq_patrolrun_tenant_clientkey\` ON \`patrol_run\``);
    await q.query(`DROP INDEX \`ix_patrolrun_tenant_route_day\` ON \`patrol_run\``);
    await q.query(`DROP INDEX \`ix_patrolrun_tenant_project_day\` ON \`patrol_run\``);
    await q.query(`DROP INDEX \`ix_patrolrun_tenant_region_day\` ON \`patrol_run\``);
    await q.query(`DROP INDEX \`ix_patrolrun_tenant_guard\` ON \`patrol_run\``);
    await q.query(`DROP INDEX \`ix_patrolrun_tenant_occurrence\` ON \`patrol_run\``);
    await q.query(`DROP INDEX \`ix_patrolrun_tenant_submitted\` ON \`patrol_run\``);
    await q.query(`DROP INDEX \`ix_patrolrun_tenant_missed\` ON \`patrol_run\``);
    await q.query(`DROP TABLE \`patrol_run\``);
    await q.query(`DROP INDEX \`ix_patrolroute_tenant_project\` ON \`patrol_route\``);
    await q.query(`DROP TABLE \`patrol_route\``);
    await q.query(`DROP INDEX \`ix_patrolpoint_tenant_project\` ON \`patrol_point\``);
    await q.query(`DROP TABLE \`patrol_point\``);
  }
}
