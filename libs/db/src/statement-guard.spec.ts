import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { Region } from './entities';
import { PlatformDb } from './platform';
import { crossTenant, unscopedTables } from './statement-guard';
import { openTestDatabase } from './test-database';

const TABLES = new Set(['region', 'project', 'inspection_occurrence', 'onboarding_task_department', 'auth_session', 'membership']);
const check = (sql: string) => unscopedTables(sql, TABLES);

describe('unscopedTables', () => {
  it('accepts statements that carry the tenant predicate (both dialects’ quoting)', () => {
    for (const sql of [
      'SELECT "r"."id" AS "r_id" FROM "region" "r" WHERE "r"."tenantId" = ? AND ("r"."name" = ?)',
      'SELECT `r`.`id` AS `r_id` FROM `region` `r` WHERE `r`.`tenantId` = ? AND (1=1 OR `r`.`name` IS NOT NULL)',
      'SELECT "Region"."id" FROM "region" "Region" WHERE (("Region"."name" = ?) AND ("Region"."tenantId" = ?)) LIMIT 1',
      'UPDATE "region" SET "name" = ?, "version" = version + 1 WHERE id = ? AND tenantId = ? AND version = ?',
      'DELETE FROM `region` WHERE `id` = ? AND `tenantId` = ?',
      'INSERT INTO "region"("id", "createdAt", "tenantId", "name") VALUES (?, ?, ?, ?)',
      'INSERT IGNORE INTO `inspection_occurrence` (`id`, `tenantId`) VALUES (?, ?), (?, ?)',
      // Joins scoped in their ON, or through another scoped table's tenantId.
      'SELECT "r"."id" FROM "region" "r" LEFT JOIN "project" "p" ON ("p"."regionId" = "r"."id") AND "p"."tenantId" = ? WHERE "r"."tenantId" = ?',
      'SELECT s.id FROM auth_session s INNER JOIN membership m ON m.id = s.membershipId AND m.tenantId = s.tenantId WHERE s.tenantId = ?',
      // Subqueries: their own WHERE, a derived table, EXISTS, and a correlated tenant predicate.
      'SELECT "r"."id" FROM "region" "r" WHERE "r"."tenantId" = ? AND ("r"."id" IN (SELECT "x"."id" FROM "region" "x" WHERE "x"."tenantId" = ?))',
      'SELECT t.id AS id FROM (SELECT "o"."id" AS "id", ROW_NUMBER() OVER (PARTITION BY "o"."localDate" ORDER BY "o"."dueAt") AS "rn" FROM "inspection_occurrence" "o" WHERE "o"."tenantId" = ?) t WHERE t.rn <= ?',
      'SELECT "t"."id" FROM "project" "t" WHERE "t"."tenantId" = ? AND (EXISTS (SELECT 1 FROM "onboarding_task_department" "td" WHERE "td"."tenantId" = ? AND ("td"."taskId" = "t"."id")))',
      'SELECT "t"."id" FROM "project" "t" WHERE "t"."tenantId" = ? AND EXISTS (SELECT 1 FROM onboarding_task_department td WHERE td.tenantId = t.tenantId AND td.taskId = t.id)',
      // Not about tenant data at all.
      'SELECT 1',
      'START TRANSACTION',
      'CREATE TABLE "region" ("id" varchar(36))',
      'SELECT * FROM "user_account" WHERE "email" = ?',
    ])
      expect([sql, check(sql)]).toEqual([sql, []]);
  });

  it('reports tenant-owned tables reached without the predicate', () => {
    expect(check('SELECT * FROM "region" "r" WHERE "r"."name" = ?')).toEqual(['region r']);
    expect(check('SELECT COUNT(*) AS n FROM `region`')).toEqual(['region region']);
    expect(check('UPDATE "region" SET "name" = ? WHERE "id" = ?')).toEqual(['region region']);
    expect(check('DELETE FROM `project` WHERE `id` = ?')).toEqual(['project project']);
    expect(check('INSERT INTO "region"("id", "name") VALUES (?, ?)')).toEqual(['INSERT INTO region without tenantId']);
    // A join without its own predicate; a subquery without one.
    expect(check('SELECT r.id FROM region r INNER JOIN project p ON p.regionId = r.id WHERE r.tenantId = ?')).toEqual(['project p']);
    expect(check('SELECT r.id FROM region r WHERE r.tenantId = ? AND r.id IN (SELECT x.regionId FROM project x)')).toEqual(['project x']);
    // Predicates that do not restrict: under OR, NOT, CASE, in a function, compared to another column.
    expect(check('SELECT r.id FROM region r WHERE r.tenantId = ? OR r.name IS NOT NULL')).toEqual(['region r']);
    expect(check('SELECT r.id FROM region r WHERE (r.tenantId = ? OR 1=1) AND r.id = ?')).toEqual(['region r']);
    expect(check('SELECT r.id FROM region r WHERE NOT (r.tenantId = ?)')).toEqual(['region r']);
    expect(check('SELECT r.id FROM region r WHERE CASE WHEN r.tenantId = ? THEN 1 ELSE 1 END = 1')).toEqual(['region r']);
    expect(check('SELECT r.id FROM region r WHERE COALESCE(r.tenantId = ?, 1)')).toEqual(['region r']);
    expect(check('SELECT r.id FROM region r WHERE r.tenantId = r.name')).toEqual(['region r']);
    // Two tables scoped only by each other are not scoped.
    expect(check('SELECT r.id FROM region r JOIN project p ON p.tenantId = r.tenantId')).toEqual(['region r', 'project p']);
  });
});

describe('the guard on a real database (as the test harness installs it)', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ ds, drop } = await openTestDatabase());
  });
  afterAll(() => drop());

  it('stops an unscoped statement before it runs, and lets declared cross-tenant work through', async () => {
    const db = new PlatformDb(ds).tenant('tenant-a', null);
    await db.repo(Region).insert({ name: '东区', code: null });
    await expect(ds.query('DELETE FROM region')).rejects.toThrow(/without the tenant predicate \(region region\)/);
    expect(await db.repo(Region).count()).toBe(1);
    const [row] = await crossTenant('test harness', () => ds.query('SELECT COUNT(*) AS n FROM region'));
    expect(Number(row.n)).toBe(1);
  });
});
