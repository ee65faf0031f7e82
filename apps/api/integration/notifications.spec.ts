import { randomBytes, randomUUID } from 'node:crypto';
import { Notification, Tenant } from '@pinzhi/db';
import { PlatformDb } from '@pinzhi/db/platform';
import { backgroundOf } from '@pinzhi/api-server';
import { TestApp, codes, fieldReasons, pastTenantScope } from '@pinzhi/api-testing';
import { localDate, localDayStart } from '@pinzhi/domain';

/**
 * Events → notifications, the notification centre, 我的待办 and the reminder sweep, through
 * the real HTTP endpoint on a real database. Delivery by e-mail and webhooks is in
 * notification-deliveries.spec.ts; two API processes in notification-cluster.spec.ts.
 */
let t: TestApp;
const tok: Record<string, string> = {};
const ids: Record<string, string> = {};
const userIds: Record<string, string> = {};
let demoTenant: string;
let criticalKeys: string[] = [];
let allKeys: string[] = [];

const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
const ZONE = 'Asia/Shanghai';
/** A local time on the seeded day + `days` (the demo data is relative to the seeding instant). */
const at = (days: number, hhmm: string) => {
  const day = localDate(new Date(t.seededAt.getTime() + days * 86_400_000), ZONE);
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(localDayStart(day, ZONE).getTime() + (h * 60 + m) * 60_000);
};

const NOTES = `notifications(first: 100) { totalCount nodes { id kind entityId link title body readAt params } }`;
const TODOS = `myTodos { total counts { kind count } items { kind entityId title subtitle dueAt overdue link } }`;

async function mine(email: string) {
  return (await t.ok(`{ notificationSummary { unread } ${NOTES} ${TODOS} }`, {}, tok[email])) as {
    notificationSummary: { unread: number };
    notifications: { totalCount: number; nodes: Array<Record<string, any>> };
    myTodos: { total: number; items: Array<Record<string, any>>; counts: Array<{ kind: string; count: number }> };
  };
}

beforeAll(async () => {
  t = await TestApp.start();
  for (const e of [
    'admin@demo.test',
    'quality@demo.test',
    'quality2@demo.test',
    'inspector@demo.test',
    'ops@demo.test',
    'viewer@demo.test',
    'cs@demo.test',
    'hr@demo.test',
  ])
    tok[e] = await t.token(e);
  tok['admin@other.test'] = await t.token('admin@other.test');
  tok['consultant@pinzhi.test/demo'] = await t.token('consultant@pinzhi.test', 'demo');
  tok['consultant@pinzhi.test/other'] = await t.token('consultant@pinzhi.test', 'other');
  const d = await t.ok(
    `{ projects(first: 100) { nodes { id code } } members(first: 100) { nodes { user { id email } } }
       inspectionTemplates(first: 100) { nodes { id name latestVersion { sections { items { key critical } } } } } }`,
    {},
    tok['admin@demo.test'],
  );
  for (const p of d.projects.nodes) ids[p.code] = p.id;
  for (const m of d.members.nodes) userIds[m.user.email] = m.user.id;
  const residential = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表');
  ids['residential'] = residential.id;
  const items = residential.latestVersion.sections.flatMap((s: any) => s.items);
  criticalKeys = items.filter((i: any) => i.critical).map((i: any) => i.key);
  allKeys = items.map((i: any) => i.key);
  demoTenant = (await t.dataSource.manager.findOneByOrFail(Tenant, { slug: 'demo' })).id;
});
afterAll(() => t.stop());
afterEach(() => t.setNow(null));

async function failCritical(token: string, projectCode: string) {
  const sig = await t.upload(png(), 'image/png', token);
  const r = await t.ok(
    'mutation($input: InspectionInput!) { submitInspection(input: $input) { id rectifications { id owner { email } } } }',
    {
      input: {
        clientKey: randomUUID(),
        projectId: ids[projectCode],
        templateId: ids['residential'],
        signatureFileId: sig.json.id,
        items: allKeys.map((k) => ({
          itemKey: k,
          result: k === criticalKeys[0] ? 'FAIL' : 'PASS',
          note: k === criticalKeys[0] ? '员工未佩戴工牌' : null,
        })),
      },
    },
    token,
  );
  return r.submitInspection.rectifications[0] as { id: string; owner: { email: string } };
}

describe('a failed critical item’s rectification (must show b)', () => {
  it('is in its owner’s 我的待办 and bell at once, and in the verifier’s after it is submitted', async () => {
    const before = { ops: await mine('ops@demo.test'), quality: await mine('quality@demo.test') };
    const rect = await failCritical(tok['inspector@demo.test'], 'SH-001');
    expect(rect.owner.email).toBe('ops@demo.test');

    // The owner: bell +1, the notification names it and links to it, and it is a to-do to submit.
    const ops = await mine('ops@demo.test');
    expect(ops.notificationSummary.unread).toBe(before.ops.notificationSummary.unread + 1);
    const assigned = ops.notifications.nodes.find((n) => n.entityId === rect.id)!;
    expect(assigned).toMatchObject({ kind: 'RECTIFICATION_ASSIGNED', link: `/rectifications/${rect.id}`, readAt: null });
    expect(assigned.title).toBe('新的整改单：翠湖花园物业服务项目');
    expect(assigned.body).toContain('员工未佩戴工牌');
    expect(ops.myTodos.items).toContainEqual(
      expect.objectContaining({
        kind: 'RECTIFICATION_SUBMIT',
        entityId: rect.id,
        link: `/rectifications/${rect.id}`,
        subtitle: '翠湖花园物业服务项目',
      }),
    );
    // Not yet the verifier's: nothing was submitted.
    const q1 = await mine('quality@demo.test');
    expect(q1.myTodos.items.some((i) => i.entityId === rect.id)).toBe(false);
    expect(q1.notifications.nodes.some((n) => n.entityId === rect.id)).toBe(false);

    const evidence = await t.upload(png(), 'image/png', tok['ops@demo.test']);
    await t.ok(
      'mutation($id: ID!, $e: [ID!]!) { submitRectification(id: $id, evidenceIds: $e, note: "已补发工牌") { state } }',
      { id: rect.id, e: [evidence.json.id] },
      tok['ops@demo.test'],
    );
    const quality = await mine('quality@demo.test');
    expect(quality.notificationSummary.unread).toBe(before.quality.notificationSummary.unread + 1);
    expect(quality.notifications.nodes.find((n) => n.entityId === rect.id)).toMatchObject({ kind: 'RECTIFICATION_SUBMITTED' });
    expect(quality.notifications.nodes.find((n) => n.entityId === rect.id)!.body).toContain('赵磊（华东区域运营）');
    expect(quality.myTodos.items).toContainEqual(expect.objectContaining({ kind: 'RECTIFICATION_VERIFY', entityId: rect.id }));
    // The owner submitted it: gone from their to-dos, and they do not verify their own.
    const after = await mine('ops@demo.test');
    expect(after.myTodos.items.some((i) => i.entityId === rect.id)).toBe(false);
    expect(after.notifications.nodes.filter((n) => n.entityId === rect.id).map((n) => n.kind)).toEqual(['RECTIFICATION_ASSIGNED']);

    // Rejected: back to the owner, with the reason.
    await t.ok(
      'mutation($id: ID!) { rejectRectification(id: $id, reason: "照片看不清工牌") { state } }',
      { id: rect.id },
      tok['quality@demo.test'],
    );
    const rejected = (await mine('ops@demo.test')).notifications.nodes.find(
      (n) => n.kind === 'RECTIFICATION_REJECTED' && n.entityId === rect.id,
    )!;
    expect(rejected.body).toContain('照片看不清工牌');
    expect((await mine('ops@demo.test')).myTodos.items).toContainEqual(
      expect.objectContaining({ kind: 'RECTIFICATION_SUBMIT', entityId: rect.id }),
    );
  });

  it('routes region-scoped roles by region: a verifier in another region hears nothing', async () => {
    // GZ-001 is in 华南: ops@ (华东) neither owns nor verifies it.
    const before = (await mine('ops@demo.test')).notificationSummary.unread;
    const rect = await failCritical(tok['quality@demo.test'], 'GZ-001');
    const q = await mine('quality@demo.test');
    // The actor does not notify themselves.
    expect(q.notifications.nodes.some((n) => n.entityId === rect.id)).toBe(false);
    expect((await mine('ops@demo.test')).notificationSummary.unread).toBe(before);
  });
});

describe('the outbox', () => {
  it('emits nothing when the business transaction rolls back', async () => {
    const tables = ['notification', 'notification_delivery', 'job', 'live_signal'];
    const counts = async () => Promise.all(tables.map((x) => t.countRows(x)));
    const before = await counts();
    const notifier = backgroundOf(t.app).notifications.notifier;
    const db = new PlatformDb(t.dataSource).tenant(demoTenant, userIds['quality@demo.test']);
    await expect(
      db.transaction(async (tx) => {
        await notifier.emit(tx, new Date(), {
          kind: 'FEEDBACK_RECEIVED',
          entity: { type: 'Feedback', id: randomUUID() },
          params: { project: 'x', description: 'y' },
          to: [{ roles: ['MARKETING_CS', 'TENANT_ADMIN'] }],
        });
        expect(await tx.repo(Notification).count()).toBeGreaterThan(0);
        throw new Error('the business rule failed after emitting');
      }),
    ).rejects.toThrow('the business rule failed');
    expect(await counts()).toEqual(before);
  });

  it('a failed mutation leaves no notification (the rectification was refused whole)', async () => {
    const before = await t.countRows('notification');
    const r = await t.gql(
      'mutation($input: InspectionInput!) { submitInspection(input: $input) { id } }',
      {
        input: {
          clientKey: randomUUID(),
          projectId: ids['SH-001'],
          templateId: ids['residential'],
          signatureFileId: (await t.upload(png(), 'image/png', tok['inspector@demo.test'])).json.id,
          items: allKeys.map((k) => ({
            itemKey: k,
            result: k === criticalKeys[0] ? 'FAIL' : 'PASS',
            ...(k === criticalKeys[0] ? { rectification: { deadline: '2000-01-01T00:00:00Z' } } : {}),
          })),
        },
      },
      tok['inspector@demo.test'],
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(await t.countRows('notification')).toBe(before);
  });
});

describe('events to role holders and departments', () => {
  it('a published regulation reaches everyone in the roles it applies to, once per version, in their language', async () => {
    await t.ok('mutation { setNotificationLanguage(language: en_US) { language } }', {}, tok['viewer@demo.test']);
    const admin = tok['admin@demo.test'];
    const reg = await t.ok(
      'mutation($input: RegulationInput!) { createRegulation(input: $input) { id draft { version } } }',
      {
        input: {
          title: '消息测试制度',
          scope: 'TENANT',
          ownerUserId: userIds['quality@demo.test'],
          effectiveDate: '2026-12-01',
          appliesToRoles: ['VIEWER', 'INSPECTOR'],
        },
      },
      admin,
    );
    const saved = await t.ok(
      'mutation($id: ID!, $v: Int!) { saveRegulationDraft(regulationId: $id, expectedVersion: $v, input: { sections: [{ title: "总则", body: "x" }] }) { version } }',
      { id: reg.createRegulation.id, v: reg.createRegulation.draft.version },
      admin,
    );
    await t.ok(
      'mutation($id: ID!, $v: Int!) { publishRegulation(regulationId: $id, changeSummary: "首次发布", expectedVersion: $v) { id } }',
      { id: reg.createRegulation.id, v: saved.saveRegulationDraft.version },
      admin,
    );
    const viewer = await mine('viewer@demo.test');
    const n = viewer.notifications.nodes.find((x) => x.entityId === reg.createRegulation.id)!;
    expect(n).toMatchObject({ kind: 'REGULATION_PUBLISHED', link: `/regulations/${reg.createRegulation.id}` });
    expect(n.title).toBe('Regulation published, please acknowledge: 消息测试制度');
    expect(viewer.myTodos.items).toContainEqual(expect.objectContaining({ kind: 'REGULATION_ACK', entityId: reg.createRegulation.id }));
    expect((await mine('inspector@demo.test')).notifications.nodes.some((x) => x.entityId === reg.createRegulation.id)).toBe(true);
    // Roles it does not apply to hear nothing.
    expect((await mine('hr@demo.test')).notifications.nodes.some((x) => x.entityId === reg.createRegulation.id)).toBe(false);
    // Acknowledged: off the to-do list (computed from the data, not from the notification).
    await t.ok(
      'mutation($id: ID!) { acknowledgeRegulation(regulationId: $id, versionNumber: 1) { id } }',
      { id: reg.createRegulation.id },
      tok['viewer@demo.test'],
    );
    expect((await mine('viewer@demo.test')).myTodos.items.some((i) => i.entityId === reg.createRegulation.id)).toBe(false);
  });

  it('a customer-facing finding reaches Marketing & Customer Service, an inspection assignment its inspector', async () => {
    const cs0 = (await mine('cs@demo.test')).notificationSummary.unread;
    const sig = await t.upload(png(), 'image/png', tok['quality@demo.test']);
    await t.ok(
      'mutation($input: InspectionInput!) { submitInspection(input: $input) { id } }',
      {
        input: {
          clientKey: randomUUID(),
          projectId: ids['SH-002'],
          templateId: ids['residential'],
          signatureFileId: sig.json.id,
          items: allKeys.map((k, i) => ({
            itemKey: k,
            result: i === 1 ? 'FAIL' : 'PASS',
            customerFacing: i === 1,
            note: i === 1 ? '大堂有积水' : null,
          })),
        },
      },
      tok['quality@demo.test'],
    );
    const cs = await mine('cs@demo.test');
    expect(cs.notificationSummary.unread).toBe(cs0 + 1);
    expect(cs.notifications.nodes[0]).toMatchObject({ kind: 'FEEDBACK_RECEIVED', title: '新的客户反馈：金融中心大厦物业服务项目' });
    expect(cs.notifications.nodes[0].link).toBe(`/feedback?open=${cs.notifications.nodes[0].entityId}`);
    expect(cs.myTodos.items).toContainEqual(expect.objectContaining({ kind: 'FEEDBACK', entityId: cs.notifications.nodes[0].entityId }));
  });
});

describe('the notification centre', () => {
  it('filters by kind and unread, pages, marks read and all read', async () => {
    const token = tok['ops@demo.test'];
    const all = await t.ok(
      '{ notifications(first: 100) { totalCount nodes { id kind readAt } } notificationSummary { unread } }',
      {},
      token,
    );
    expect(all.notifications.totalCount).toBeGreaterThanOrEqual(2);
    const page1 = await t.ok('{ notifications(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }', {}, token);
    const page2 = await t.ok(
      'query($a: String) { notifications(first: 1, after: $a) { nodes { id } } }',
      { a: page1.notifications.pageInfo.endCursor },
      token,
    );
    expect(page1.notifications.pageInfo.hasNextPage).toBe(true);
    expect(page2.notifications.nodes[0].id).toBe(all.notifications.nodes[1].id);
    const rejected = await t.ok(
      '{ notifications(first: 100, filter: { kinds: [RECTIFICATION_REJECTED] }) { nodes { id kind } } }',
      {},
      token,
    );
    expect(rejected.notifications.nodes.length).toBeGreaterThan(0);
    expect(rejected.notifications.nodes.every((n: any) => n.kind === 'RECTIFICATION_REJECTED')).toBe(true);

    const one = all.notifications.nodes.find((n: any) => !n.readAt).id;
    expect((await t.ok('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [one] }, token)).markNotificationsRead).toBe(
      1,
    );
    expect((await t.ok('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [one] }, token)).markNotificationsRead).toBe(
      0,
    );
    const s = await t.ok(
      '{ notificationSummary { unread } notifications(first: 100, filter: { unreadOnly: true }) { totalCount } }',
      {},
      token,
    );
    expect(s.notificationSummary.unread).toBe(all.notificationSummary.unread - 1);
    expect(s.notifications.totalCount).toBe(s.notificationSummary.unread);
    await t.ok('mutation { markAllNotificationsRead }', {}, token);
    expect((await t.ok('{ notificationSummary { unread } }', {}, token)).notificationSummary.unread).toBe(0);
  });

  it('does not show or change someone else’s notification', async () => {
    const theirs = (await mine('quality@demo.test')).notifications.nodes[0].id;
    expect(codes(await t.gql('query($id: ID!) { notification(id: $id) { id } }', { id: theirs }, tok['viewer@demo.test']))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      codes(await t.gql('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [theirs] }, tok['viewer@demo.test'])),
    ).toEqual(['NOT_FOUND']);
    const still = await t.ok('query($id: ID!) { notification(id: $id) { readAt } }', { id: theirs }, tok['quality@demo.test']);
    expect(still.notification.readAt).toBeNull();
    expect(codes(await t.gql('{ notificationSummary { unread } }'))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('preferences', () => {
  const PREF =
    'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { language timeZone quietStart quietEnd digest digestHour channels { kind channels } available } }';
  const base = { language: 'zh_CN', timeZone: 'Asia/Shanghai', channels: [], digest: false, digestHour: 8 };

  it('saves per-kind channels, quiet hours and the digest', async () => {
    const r = await t.ok(
      PREF,
      {
        input: {
          ...base,
          channels: [{ kind: 'RECTIFICATION_ASSIGNED', channels: ['EMAIL', 'WEBHOOK'] }],
          quietStart: '22:00',
          quietEnd: '07:30',
          digest: true,
          digestHour: 9,
        },
      },
      tok['hr@demo.test'],
    );
    const p = r.updateNotificationPreferences;
    expect(p).toMatchObject({ quietStart: '22:00', quietEnd: '07:30', digest: true, digestHour: 9 });
    expect(p.channels.find((c: any) => c.kind === 'RECTIFICATION_ASSIGNED').channels).toEqual(['EMAIL', 'WEBHOOK']);
    expect(p.channels.find((c: any) => c.kind === 'FEEDBACK_RECEIVED').channels).toEqual([]);
  });

  it('refuses half quiet hours, bad times and zones, and a kind listed twice, with the field', async () => {
    const bad = await t.gql(
      PREF,
      {
        input: {
          ...base,
          timeZone: 'Mars/Olympus',
          quietStart: '25:00',
          channels: [
            { kind: 'FEEDBACK_RECEIVED', channels: ['EMAIL'] },
            { kind: 'FEEDBACK_RECEIVED', channels: [] },
          ],
        },
      },
      tok['hr@demo.test'],
    );
    expect(fieldReasons(bad).sort()).toEqual(['input.quietStart:INVALID_FORMAT', 'input.timeZone:INVALID_VALUE'].sort());
    const half = await t.gql(
      PREF,
      {
        input: {
          ...base,
          quietStart: '22:00',
          channels: [
            { kind: 'FEEDBACK_RECEIVED', channels: ['EMAIL'] },
            { kind: 'FEEDBACK_RECEIVED', channels: [] },
          ],
        },
      },
      tok['hr@demo.test'],
    );
    expect(fieldReasons(half).sort()).toEqual(['input.channels.1.kind:TAKEN', 'input.quietEnd:REQUIRED']);
  });
});

describe('company channels', () => {
  const CREATE =
    'mutation($input: NotificationChannelInput!) { createNotificationChannel(input: $input) { id type name secretSet host port username fromAddress url version } }';
  const smtp = {
    type: 'SMTP',
    name: '公司邮箱',
    enabled: true,
    host: '127.0.0.1',
    port: 2525,
    security: 'NONE',
    username: 'robot',
    fromAddress: 'noreply@demo.test',
    secret: 's3cret-smtp-password',
  };

  it('stores secrets so the API never returns them, one SMTP server per company, admins only', async () => {
    const admin = tok['admin@demo.test'];
    const c = (await t.ok(CREATE, { input: smtp }, admin)).createNotificationChannel;
    expect(c).toMatchObject({ type: 'SMTP', secretSet: true, host: '127.0.0.1', port: 2525, username: 'robot' });
    expect(JSON.stringify(await t.ok('{ notificationChannels { id name secretSet url host } }', {}, admin))).not.toContain('s3cret');
    const [row] = await pastTenantScope(() =>
      t.dataSource.query(
        t.dialect === 'mysql'
          ? 'SELECT secretCipher FROM notification_channel WHERE id = ?'
          : 'SELECT "secretCipher" FROM notification_channel WHERE id = ?',
        [c.id],
      ),
    );
    expect(row.secretCipher).toMatch(/^v1\./);
    expect(row.secretCipher).not.toContain('s3cret');
    // The schema has no field that could return it.
    const introspect = await t.ok('{ __type(name: "NotificationChannelConfig") { fields { name } } }', {}, admin);
    expect(introspect.__type.fields.map((f: any) => f.name)).not.toContain('secret');

    expect(fieldReasons(await t.gql(CREATE, { input: smtp }, admin))).toEqual(['input.type:TAKEN']);
    expect(fieldReasons(await t.gql(CREATE, { input: { type: 'WEBHOOK', name: 'x', enabled: true, url: 'ftp://x' } }, admin))).toEqual([
      'input.url:INVALID_FORMAT',
    ]);
    expect(
      codes(await t.gql(CREATE, { input: { ...smtp, type: 'WEBHOOK', url: 'https://example.test/hook' } }, tok['quality@demo.test'])),
    ).toEqual(['FORBIDDEN']);

    // Keeping, changing and removing the secret on update.
    const UPDATE =
      'mutation($id: ID!, $v: Int!, $input: NotificationChannelInput!) { updateNotificationChannel(id: $id, expectedVersion: $v, input: $input) { secretSet version } }';
    const kept = await t.ok(UPDATE, { id: c.id, v: c.version, input: { ...smtp, secret: null, name: '公司邮箱（主）' } }, admin);
    expect(kept.updateNotificationChannel.secretSet).toBe(true);
    const removed = await t.ok(UPDATE, { id: c.id, v: kept.updateNotificationChannel.version, input: { ...smtp, secret: '' } }, admin);
    expect(removed.updateNotificationChannel.secretSet).toBe(false);
    expect(codes(await t.gql(UPDATE, { id: c.id, v: c.version, input: smtp }, admin))).toEqual(['CONFLICT']);
    expect(codes(await t.gql('mutation($id: ID!) { deleteNotificationChannel(id: $id) }', { id: c.id }, tok['admin@other.test']))).toEqual([
      'NOT_FOUND',
    ]);
    expect((await t.ok('mutation($id: ID!) { deleteNotificationChannel(id: $id) }', { id: c.id }, admin)).deleteNotificationChannel).toBe(
      true,
    );
  });
});

describe('the reminder sweep', () => {
  const FREQ = 'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id } }';

  it('notifies an assigned inspection due soon exactly once, then missed when its window closes', async () => {
    const day = localDate(at(3, '07:00'), ZONE);
    t.setNow(at(3, '07:00'));
    await t.runDueJobs(); // the sweep's watermark starts here
    const f = await t.ok(
      FREQ,
      {
        p: ids['SH-001'],
        input: {
          templateId: ids['residential'],
          rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=17',
          windowMinutes: 60,
          startDate: day,
          assigneeUserId: userIds['inspector@demo.test'],
        },
      },
      tok['quality@demo.test'],
    );
    const assigned = (await mine('inspector@demo.test')).notifications.nodes.find((n) => n.entityId === f.createInspectionFrequency.id);
    expect(assigned).toMatchObject({ kind: 'OCCURRENCE_ASSIGNED' });

    const ofMine = async (kind: string) =>
      (
        await t.ok(
          `{ notifications(first: 100, filter: { kinds: [${kind}] }) { nodes { entityId params link } } }`,
          {},
          tok['inspector@demo.test'],
        )
      ).notifications.nodes.filter(
        (n: any) => n.params.project === '翠湖花园物业服务项目' && n.params.dueAt === at(3, '10:17').toISOString(),
      );
    t.setNow(at(3, '09:10'));
    await t.runDueJobs();
    t.setNow(at(3, '09:20'));
    await t.runDueJobs();
    const due = await ofMine('OCCURRENCE_DUE_SOON');
    expect(due).toHaveLength(1);
    expect(due[0].link).toBe(`/inspections/perform?occurrence=${due[0].entityId}`);
    // In 我的待办 too (computed: due today, window open).
    expect((await mine('inspector@demo.test')).myTodos.items).toContainEqual(
      expect.objectContaining({ kind: 'INSPECTION', entityId: due[0].entityId }),
    );

    t.setNow(at(3, '11:30'));
    await t.runDueJobs();
    await t.runDueJobs();
    const missed = await ofMine('OCCURRENCE_MISSED');
    expect(missed.map((n: any) => n.entityId)).toEqual([due[0].entityId]);
  });

  it('is set-based: 24 due inspections take the statements of one (not one more per inspection)', async () => {
    // SH-001 is the demo's residential project: one frequency due at 13:07, 24 at 15:07.
    const sweep = backgroundOf(t.app).notifications.sweep;
    const day = localDate(at(5, '06:00'), ZONE);
    t.setNow(at(5, '06:00'));
    const input = (hour: number, windowMinutes: number) => ({
      templateId: ids['residential'],
      rrule: `FREQ=DAILY;BYHOUR=${hour};BYMINUTE=7`,
      windowMinutes,
      startDate: day,
      assigneeRole: 'INSPECTOR',
    });
    await t.ok(FREQ, { p: ids['SH-001'], input: input(13, 60) }, tok['quality@demo.test']);
    for (let i = 0; i < 24; i++) await t.ok(FREQ, { p: ids['SH-001'], input: input(15, 60 + i) }, tok['quality@demo.test']);
    const db = new PlatformDb(t.dataSource).tenant(demoTenant, null);
    const measure = async (from: Date, to: Date) => {
      t.resetSqlCount();
      const events = await sweep.sweep(db, from, to);
      return { events, statements: t.sqlCount };
    };
    const one = await measure(at(5, '12:05'), at(5, '12:09'));
    const many = await measure(at(5, '14:05'), at(5, '14:09'));
    expect(one.events).toBeGreaterThanOrEqual(1);
    expect(many.events).toBeGreaterThanOrEqual(one.events + 23);
    // MySQL writes up to 1,000 rows per INSERT; SQLite splits the rows after the last full
    // statement into power-of-two statements (insertIgnoringDuplicates), so a few more there.
    if (t.dialect === 'mysql') expect(many.statements).toBe(one.statements);
    else expect(many.statements).toBeLessThanOrEqual(one.statements + 4);
  });
});

describe('demo data (must show f)', () => {
  it('every demo account has unread notifications and a non-empty 我的待办, sorted by due time, each with its screen', async () => {
    const fresh = await TestApp.start();
    for (const account of Object.keys(tok)) {
      const [email, tenant] = account.split('/');
      const token = await fresh.token(email, tenant);
      const r = await fresh.ok(`{ notificationSummary { unread } ${TODOS} }`, {}, token);
      expect([account, r.notificationSummary.unread > 0, r.myTodos.total > 0]).toEqual([account, true, true]);
      const dues = r.myTodos.items.map((i: { dueAt: string | null }) => i.dueAt).filter(Boolean) as string[];
      expect(dues).toEqual([...dues].sort());
      for (const i of r.myTodos.items) expect(i.link).toMatch(/^\//);
    }
    await fresh.stop();
  });
});
