import { CompanySettings, Membership, Project, Property, Region } from '@pinzhi/db';
import type { PlatformDb } from '@pinzhi/db/platform';
import { hashPassword } from '@pinzhi/api-tenancy';
import type { ProjectStage, PropertyFormat, Role } from '@pinzhi/domain';
import { randomUUID } from 'node:crypto';
import { applyStarterPack } from '@pinzhi/api-starter';
import { seedHandbooks } from './handbooks';
import { seedInspectionPlanning } from './inspections';
import { seedInspectionHistory } from './inspection-history';
import { seedLevelChecks } from './level-checks';
import { seedTraining } from './training';
import { seedChargedFindings } from './findings';
import { seedComplaints, seedRegulations } from './regulations-complaints';
import { seedOnboarding } from './onboarding';
import { seedCosts } from './costs';
import { seedSurveys } from './surveys';
import { seedDemoNotifications, seedOtherNotifications } from './notifications';
import { seedPatrols } from './patrols';
import { seedApprovals } from './approvals';

export const DEMO_PASSWORD = 'pinzhi-demo';

/** 示范物业's logo (a 48×48 PNG), shown in the header and on the public survey page. */
const DEMO_LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAq0lEQVR42u3aSwqAMBAD0JzCq3r8ulFRQS1IhiYm4MpNHvhphwJrprk1pQvHqJU/IVTL74gAAggggACGBWyRBFwjBbiLBOAtQwN6MyTgqSgTAXZ5NgIV5ZkIVJVnIVBZnoEAs3zPva8IsMuzEagoz0SgqjwL8R+A/CNk8RJbfEYtfmQWSwmLxZzFctpiQ2OxpbTY1FuMVSwGWxajxUynAwgggAByXiInVjrKL8ygWX30VaE+AAAAAElFTkSuQmCC';

/** The demo accounts, also printed at start-up and listed in the README. */
export const DEMO_ACCOUNTS: Array<{
  email: string;
  name: string;
  tenant: 'demo' | 'other';
  role: Role;
  region?: string;
  project?: string;
}> = [
  { email: 'admin@demo.test', name: '王敏（管理员）', tenant: 'demo', role: 'TENANT_ADMIN' },
  { email: 'quality@demo.test', name: '李静（品质中心）', tenant: 'demo', role: 'QUALITY_CENTER' },
  { email: 'quality2@demo.test', name: '钱芳（品质中心）', tenant: 'demo', role: 'QUALITY_CENTER' },
  { email: 'hr@demo.test', name: '陈晨（人力资源）', tenant: 'demo', role: 'HR' },
  { email: 'ops@demo.test', name: '赵磊（华东区域运营）', tenant: 'demo', role: 'REGIONAL_OPS', region: '华东区域' },
  { email: 'inspector@demo.test', name: '刘洋（品质检查员）', tenant: 'demo', role: 'INSPECTOR' },
  { email: 'viewer@demo.test', name: '孙悦（只读）', tenant: 'demo', role: 'VIEWER' },
  { email: 'cs@demo.test', name: '陈敏（市场客服中心）', tenant: 'demo', role: 'MARKETING_CS' },
  { email: 'pm@demo.test', name: '吴刚（项目经理）', tenant: 'demo', role: 'PROJECT_MANAGER', project: 'SH-001' },
  { email: 'gm@demo.test', name: '郑总（总经理）', tenant: 'demo', role: 'GENERAL_MANAGER' },
  { email: 'admin@other.test', name: 'Alex Zhou (admin)', tenant: 'other', role: 'TENANT_ADMIN' },
  // One person in both companies, to show the tenant choice at sign-in.
  { email: 'consultant@pinzhi.test', name: '周顾问', tenant: 'demo', role: 'VIEWER' },
  { email: 'consultant@pinzhi.test', name: '周顾问', tenant: 'other', role: 'QUALITY_CENTER' },
];

interface PropertySeed {
  name: string;
  format: PropertyFormat;
  address: string;
  area: number;
  zones: string[];
}

const DEMO_PROPERTIES: PropertySeed[] = [
  {
    name: '翠湖花园',
    format: 'RESIDENTIAL',
    address: '上海市闵行区翠湖路 88 号',
    area: 186000,
    zones: ['大堂', '电梯厅', '地下车库', '中心花园', '儿童游乐区', '垃圾房'],
  },
  {
    name: '金融中心大厦',
    format: 'OFFICE',
    address: '上海市浦东新区世纪大道 1200 号',
    area: 92000,
    zones: ['一层大堂', '电梯厅', '卫生间', '地下停车场', '屋顶设备层'],
  },
  {
    name: '云栖售楼中心',
    format: 'SALES_CENTER',
    address: '杭州市西湖区云栖路 6 号',
    area: 3200,
    zones: ['售楼大厅', '洽谈区', '样板房', '停车场', '卫生间'],
  },
  {
    name: '滨江购物广场',
    format: 'COMMERCIAL',
    address: '广州市天河区滨江东路 300 号',
    area: 145000,
    zones: ['中庭', '扶梯区', '美食街', '卸货区', '停车场'],
  },
  {
    name: '科创产业园',
    format: 'INDUSTRIAL_PARK',
    address: '深圳市南山区科苑路 18 号',
    area: 210000,
    zones: ['园区大门', '研发楼大堂', '食堂', '绿化带'],
  },
  {
    name: '市民服务中心',
    format: 'PUBLIC_BUILDING',
    address: '广州市海珠区新港中路 52 号',
    area: 38000,
    zones: ['办事大厅', '等候区', '卫生间'],
  },
  {
    name: '锦绣华庭',
    format: 'RESIDENTIAL',
    address: '苏州市工业园区星湖街 99 号',
    area: 124000,
    zones: ['大堂', '地下车库', '会所', '泳池'],
  },
];

const DEMO_PROJECTS: Array<{
  code: string;
  name: string;
  property: string;
  region: string;
  stage: ProjectStage;
  start?: string;
  end?: string;
  scope?: string;
  manager?: string;
}> = [
  {
    code: 'SH-001',
    name: '翠湖花园物业服务项目',
    property: '翠湖花园',
    region: '华东区域',
    stage: 'OPERATING',
    start: '2024-01-01',
    end: '2026-12-31',
    scope: '秩序维护、保洁、绿化养护、设施设备维护、客户服务',
    manager: 'ops@demo.test',
  },
  {
    code: 'SH-002',
    name: '金融中心大厦物业服务项目',
    property: '金融中心大厦',
    region: '华东区域',
    stage: 'OPERATING',
    start: '2025-03-01',
    end: '2028-02-29',
    scope: '写字楼综合物业服务（含前台接待、会议服务）',
  },
  {
    code: 'SH-003',
    name: '云栖售楼中心案场服务',
    property: '云栖售楼中心',
    region: '华东区域',
    stage: 'TAKEOVER',
    start: '2026-10-01',
    end: '2027-09-30',
    scope: '售楼处及样板房的案场接待、秩序维护、保洁服务，客户意见征询',
  },
  { code: 'SH-004', name: '锦绣华庭前期物业', property: '锦绣华庭', region: '华东区域', stage: 'SURVEY', scope: '前期物业管理（待定）' },
  {
    code: 'GZ-001',
    name: '滨江购物广场物业服务项目',
    property: '滨江购物广场',
    region: '华南区域',
    stage: 'OPERATING',
    start: '2023-07-01',
    end: '2026-06-30',
    scope: '商业综合体物业服务',
  },
  { code: 'GZ-002', name: '科创产业园物业服务', property: '科创产业园', region: '华南区域', stage: 'PROPOSAL', scope: '产业园区综合服务' },
  { code: 'GZ-003', name: '市民服务中心物业服务', property: '市民服务中心', region: '华南区域', stage: 'PROSPECT' },
];

/**
 * Creates the demo companies on an empty database: 示范物业 (slug demo) with two regions,
 * properties of several formats including a sales center, projects in several stages and
 * one account per role; and 其他物业 (slug other) to show tenant isolation.
 * Returns false (and does nothing) when any tenant exists already. Inspection history and
 * training records are placed relative to `now` (the seeding moment), so a fresh demo is
 * current whenever it is created; tests pass it to know the dates the demo was built around.
 */
/** The demo platform operator (平台管理员): signs in at /platform/login with DEMO_PASSWORD. */
export const DEMO_OPERATOR = { email: 'operator@platform.test', name: '平台管理员' } as const;

export async function seedDemo(platform: PlatformDb, now: Date = new Date()): Promise<boolean> {
  if ((await platform.countTenants()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await platform.transaction(async (p) => {
    const demo = await p.insertTenant({ slug: 'demo', name: '示范物业' });
    const other = await p.insertTenant({ slug: 'other', name: '其他物业' });
    const tenants = { demo, other };

    const demoDb = p.tenant(demo.id, null);
    const regions = new Map<string, Region>();
    for (const [name, code] of [
      ['华东区域', 'EAST'],
      ['华南区域', 'SOUTH'],
    ]) {
      regions.set(name, await demoDb.repo(Region).insert({ name, code }));
    }
    const otherDb = p.tenant(other.id, null);
    const north = await otherDb.repo(Region).insert({ name: '华北区域', code: 'NORTH' });

    const users = new Map<string, string>();
    for (const a of DEMO_ACCOUNTS) {
      let userId = users.get(a.email);
      if (!userId) {
        userId = (await p.insertUser({ email: a.email, displayName: a.name, passwordHash })).id;
        users.set(a.email, userId);
      }
      const regionIds = a.region ? [regions.get(a.region)!.id] : [];
      await p
        .tenant(tenants[a.tenant].id, null)
        .repo(Membership)
        .insert({ userId, role: a.role, regionIds, projectIds: [], displayName: a.name, phone: null, active: true });
    }
    await p.insertOperator({ email: DEMO_OPERATOR.email, displayName: DEMO_OPERATOR.name, passwordHash });

    const properties = new Map<string, Property>();
    for (const s of DEMO_PROPERTIES) {
      properties.set(
        s.name,
        await demoDb.repo(Property).insert({
          name: s.name,
          format: s.format,
          address: s.address,
          grossFloorArea: s.area,
          zones: s.zones.map((name) => ({ id: randomUUID(), name })),
        }),
      );
    }
    for (const s of DEMO_PROJECTS) {
      await demoDb.repo(Project).insert({
        code: s.code,
        name: s.name,
        propertyId: properties.get(s.property)!.id,
        regionId: regions.get(s.region)!.id,
        stage: s.stage,
        contractStart: s.start ?? null,
        contractEnd: s.end ?? null,
        serviceScope: s.scope ?? null,
        managerUserId: s.manager ? users.get(s.manager)! : null,
        timeZone: 'Asia/Shanghai',
        archivedAt: null,
      });
    }
    // Project-scoped accounts (项目经理 of SH-001) get their projects once the projects exist.
    for (const a of DEMO_ACCOUNTS.filter((x) => x.project)) {
      const project = await p.tenant(tenants[a.tenant].id, null).repo(Project).findOne({ code: a.project! });
      const m = await p
        .tenant(tenants[a.tenant].id, null)
        .repo(Membership)
        .findOne({ userId: users.get(a.email)! });
      await p
        .tenant(tenants[a.tenant].id, null)
        .repo(Membership)
        .update(m!.id, { projectIds: [project!.id] });
    }

    // The standard starter pack (standards library, templates, checklists, holidays, default
    // frequencies, departments and duties, onboarding templates), as a new company gets it; the
    // demo backdates its first versions.
    await applyStarterPack(p, demo.id, 'standard', {
      actorUserId: users.get('quality@demo.test')!,
      now,
      publishedAt: { handbooks: new Date('2026-01-05T02:00:00Z'), checklists: new Date(now.getTime() - 30 * 86_400_000) },
      audit: false,
    });
    await seedHandbooks(p.tenant(demo.id, users.get('quality@demo.test')!), users.get('quality@demo.test')!);
    await seedInspectionPlanning(
      p.tenant(demo.id, users.get('quality@demo.test')!),
      users.get('quality@demo.test')!,
      users.get('inspector@demo.test')!,
      now,
    );
    // 公司设置: 钱芳 of the Quality Center owns the rectifications of projects without a manager
    // (金融中心大厦, 滨江购物广场); planned inspections start when their window opens; the short
    // name and logo show in the header and on the public survey page.
    const demoSettings = p.tenant(demo.id, users.get('admin@demo.test')!).repo(CompanySettings);
    await demoSettings.updateWhere(
      {},
      {
        rectificationFallbackOwnerUserId: users.get('quality2@demo.test')!,
        earlyStartHours: 0,
        shortName: '示范',
        logo: DEMO_LOGO,
        timeZone: 'Asia/Shanghai',
        language: 'zh-CN',
        workingDays: [1, 2, 3, 4, 5],
      },
    );
    await seedInspectionHistory(
      p.tenant(demo.id, users.get('quality@demo.test')!),
      {
        quality: users.get('quality@demo.test')!,
        inspector: users.get('inspector@demo.test')!,
        ops: users.get('ops@demo.test')!,
        cs: users.get('cs@demo.test')!,
        fallbackOwner: users.get('quality2@demo.test')!,
      },
      now,
    );
    // 三级检查: a month of self-checks beside the spot checks; one project's self-checks are inflated.
    await seedLevelChecks(
      p.tenant(demo.id, users.get('quality@demo.test')!),
      {
        // The project manager self-checks SH-001; the demo has no project accounts for the others, so the admin records theirs.
        selfCheckers: {
          'SH-001': users.get('pm@demo.test')!,
          'SH-002': users.get('admin@demo.test')!,
          'GZ-001': users.get('admin@demo.test')!,
        },
        inspector: users.get('inspector@demo.test')!,
      },
      now,
    );
    await seedPatrols(
      p.tenant(demo.id, users.get('quality@demo.test')!),
      { inspector: users.get('inspector@demo.test')!, quality: users.get('quality@demo.test')! },
      now,
    );
    await seedTraining(p.tenant(demo.id, users.get('hr@demo.test')!), users.get('quality@demo.test')!, now);
    await seedChargedFindings(p.tenant(demo.id, users.get('quality@demo.test')!), now);
    const duty = {
      quality: users.get('quality@demo.test')!,
      quality2: users.get('quality2@demo.test')!,
      ops: users.get('ops@demo.test')!,
      inspector: users.get('inspector@demo.test')!,
      admin: users.get('admin@demo.test')!,
    };
    await seedRegulations(p.tenant(demo.id, duty.quality), duty, now);
    await seedComplaints(p.tenant(demo.id, duty.quality), duty, now);
    const u = (email: string) => users.get(email)!;
    await seedOnboarding(
      p.tenant(demo.id, u('ops@demo.test')),
      {
        admin: u('admin@demo.test'),
        quality: u('quality@demo.test'),
        hr: u('hr@demo.test'),
        ops: u('ops@demo.test'),
        cs: u('cs@demo.test'),
      },
      now,
    );
    await seedApprovals(p.tenant(demo.id, u('admin@demo.test')), { qualityHead: u('quality2@demo.test'), gm: u('gm@demo.test') });
    await seedCosts(p.tenant(demo.id, users.get('ops@demo.test')!), users.get('quality@demo.test')!, now);
    await seedSurveys(p.tenant(demo.id, users.get('quality@demo.test')!), users.get('quality@demo.test')!, now);

    const northProperty = await otherDb.repo(Property).insert({
      name: '北辰花园',
      format: 'RESIDENTIAL',
      address: '北京市朝阳区北辰东路 8 号',
      grossFloorArea: 98000,
      zones: [{ id: randomUUID(), name: '大堂' }],
    });
    await otherDb.repo(Project).insert({
      code: 'BJ-001',
      name: '北辰花园物业服务项目',
      propertyId: northProperty.id,
      regionId: north.id,
      stage: 'OPERATING',
      contractStart: '2025-01-01',
      contractEnd: '2027-12-31',
      serviceScope: '住宅物业综合服务',
      managerUserId: null,
      timeZone: 'Asia/Shanghai',
      archivedAt: null,
    });
    // Last: notifications are events about everything seeded above.
    await seedDemoNotifications(
      p.tenant(demo.id, null),
      { quality: users.get('quality@demo.test')!, inspector: users.get('inspector@demo.test')! },
      now,
    );
    await seedOtherNotifications(p.tenant(other.id, null), users.get('admin@other.test')!, now);
  });
  return true;
}
