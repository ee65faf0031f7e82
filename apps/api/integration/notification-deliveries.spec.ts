import { randomBytes, randomUUID } from 'node:crypto';
import { TestApp, codes } from '@pinzhi/api-testing';
import { localDate, localDayStart } from '@pinzhi/domain';
import { startHttpReceiver, startMailServer, type HttpReceiver, type MailServer } from './support/receivers';

/**
 * Delivery beyond the app through real receivers: an SMTP server (smtp-server) that requires
 * the stored password, an HTTP server that checks the webhook's HMAC and 钉钉's signed URL, and
 * 企业微信's robot answer — with durable jobs run at the app's clock ("run due jobs now").
 */
let t: TestApp;
let mail: MailServer;
let http: HttpReceiver;
const tok: Record<string, string> = {};
const ids: Record<string, string> = {};
const channel: Record<string, { id: string; version: number }> = {};
let allKeys: string[] = [];
let criticalKey = '';

const SMTP_PASSWORD = `smtp-${randomBytes(6).toString('hex')}`;
const WEBHOOK_SECRET = `whsec-${randomBytes(8).toString('hex')}`;
const DINGTALK_SECRET = `SEC${randomBytes(8).toString('hex')}`;
const ZONE = 'Asia/Shanghai';
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
const at = (days: number, hhmm: string) => {
  const day = localDate(new Date(t.seededAt.getTime() + days * 86_400_000), ZONE);
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(localDayStart(day, ZONE).getTime() + (h * 60 + m) * 60_000);
};

const CHANNEL = 'mutation($input: NotificationChannelInput!) { createNotificationChannel(input: $input) { id version } }';
const PREF = 'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { language } }';
const JOBS = `query($s: [JobState!]) { backgroundJobs(first: 50, filter: { states: $s }) { nodes { id kind state attempts maxAttempts lastError runAt summary
  delivery { channel target state attempts lastError notification { kind } } } } jobQueueSummary { pending dead } }`;

async function prefs(token: string, input: Record<string, unknown>) {
  await t.ok(
    PREF,
    {
      input: {
        language: 'zh_CN',
        timeZone: ZONE,
        channels: [{ kind: 'RECTIFICATION_ASSIGNED', channels: ['EMAIL', 'WEBHOOK', 'DINGTALK', 'WECOM'] }],
        digest: false,
        digestHour: 8,
        ...input,
      },
    },
    token,
  );
}

/** A failed critical item at SH-001, whose rectification goes to its manager ops@. */
async function rectificationForOps(): Promise<string> {
  const sig = await t.upload(png(), 'image/png', tok['inspector@demo.test']);
  const r = await t.ok(
    'mutation($input: InspectionInput!) { submitInspection(input: $input) { rectifications { id } } }',
    {
      input: {
        clientKey: randomUUID(),
        projectId: ids['SH-001'],
        templateId: ids['residential'],
        signatureFileId: sig.json.id,
        items: allKeys.map((k) => ({
          itemKey: k,
          result: k === criticalKey ? 'FAIL' : 'PASS',
          note: k === criticalKey ? '保安未按规定着装' : null,
        })),
      },
    },
    tok['inspector@demo.test'],
  );
  return r.submitInspection.rectifications[0].id;
}

const deliveriesOf = async (rectificationId: string) => {
  const r = await t.ok(
    `{ notifications(first: 100, filter: { kinds: [RECTIFICATION_ASSIGNED] }) { nodes { entityId deliveries { channel target state attempts sentAt log { ok error } } } } }`,
    {},
    tok['ops@demo.test'],
  );
  return r.notifications.nodes.find((n: any) => n.entityId === rectificationId).deliveries as Array<Record<string, any>>;
};

beforeAll(async () => {
  mail = await startMailServer('pinzhi-robot', SMTP_PASSWORD);
  http = await startHttpReceiver({ webhookSecret: WEBHOOK_SECRET, dingtalkSecret: DINGTALK_SECRET });
  t = await TestApp.start({ env: { DELIVERY_MAX_ATTEMPTS: '3', PUBLIC_URL: 'https://pinzhi.example.com' } });
  for (const e of ['admin@demo.test', 'ops@demo.test', 'inspector@demo.test', 'quality@demo.test']) tok[e] = await t.token(e);
  const d = await t.ok(
    '{ projects(first: 100) { nodes { id code } } inspectionTemplates(first: 100) { nodes { id name latestVersion { sections { items { key critical } } } } } }',
    {},
    tok['admin@demo.test'],
  );
  for (const p of d.projects.nodes) ids[p.code] = p.id;
  const residential = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表');
  ids['residential'] = residential.id;
  const items = residential.latestVersion.sections.flatMap((s: any) => s.items);
  allKeys = items.map((i: any) => i.key);
  criticalKey = items.find((i: any) => i.critical).key;

  const admin = tok['admin@demo.test'];
  const make = async (key: string, input: Record<string, unknown>) =>
    (channel[key] = (await t.ok(CHANNEL, { input }, admin)).createNotificationChannel);
  await make('smtp', {
    type: 'SMTP',
    name: '公司邮箱',
    enabled: true,
    host: '127.0.0.1',
    port: mail.port,
    security: 'NONE',
    username: 'pinzhi-robot',
    fromAddress: 'noreply@demo.test',
    secret: SMTP_PASSWORD,
  });
  await make('webhook', { type: 'WEBHOOK', name: '客户OA', enabled: true, url: `${http.url}/hook`, secret: WEBHOOK_SECRET });
  await make('dingtalk', {
    type: 'DINGTALK_ROBOT',
    name: '品质钉钉群',
    enabled: true,
    url: `${http.url}/dingtalk?access_token=abc`,
    secret: DINGTALK_SECRET,
  });
  await make('wecom', { type: 'WECOM_ROBOT', name: '品质企业微信群', enabled: true, url: `${http.url}/wecom?key=wecom-key` });
});
afterAll(async () => {
  await t?.stop();
  await mail?.close();
  await http?.close();
});
afterEach(() => t.setNow(null));

describe('channels beyond the app', () => {
  it('sends one e-mail, one signed webhook call and one message to each robot, in the recipient’s language, once', async () => {
    await prefs(tok['ops@demo.test'], {});
    const [m0, h0] = [mail.accepted.length, http.calls.length];
    const id = await rectificationForOps();
    // Nothing leaves before the jobs run: the deliveries were written with the business transaction.
    expect(mail.accepted.length).toBe(m0);
    await t.runDueJobs();
    const mails = mail.accepted.slice(m0);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: '新的整改单：翠湖花园物业服务项目', user: 'pinzhi-robot' });
    expect(mails[0].to).toContain('ops@demo.test');
    expect(mails[0].text).toContain(`https://pinzhi.example.com/rectifications/${id}`);
    expect(mails[0].messageId).toBe(`<${mails[0].delivery}@pinzhi>`);

    const calls = http.calls.slice(h0);
    expect(calls.map((c) => c.path).sort()).toEqual(['/dingtalk', '/hook', '/wecom']);
    expect(calls.every((c) => c.signatureValid && c.status === 200)).toBe(true);
    const hook = calls.find((c) => c.path === '/hook')!;
    expect(hook.body).toMatchObject({
      kind: 'RECTIFICATION_ASSIGNED',
      title: '新的整改单：翠湖花园物业服务项目',
      url: `https://pinzhi.example.com/rectifications/${id}`,
      recipient: { email: 'ops@demo.test' },
      entity: { type: 'Rectification', id },
    });
    expect(hook.delivery).toBe(hook.body.id);
    expect(calls.find((c) => c.path === '/dingtalk')!.body.markdown.text).toContain('@赵磊（华东区域运营）');
    expect(calls.find((c) => c.path === '/wecom')!.body.markdown.content).toContain('保安未按规定着装');

    // Delivery history on the notification.
    const deliveries = await deliveriesOf(id);
    expect(deliveries.map((d) => [d.channel, d.state, d.attempts]).sort()).toEqual(
      [
        ['DINGTALK', 'SENT', 1],
        ['EMAIL', 'SENT', 1],
        ['WEBHOOK', 'SENT', 1],
        ['WECOM', 'SENT', 1],
      ].sort(),
    );
    expect(deliveries.find((d) => d.channel === 'EMAIL')).toMatchObject({ target: 'ops@demo.test', log: [{ ok: true }] });

    // Running again sends nothing twice.
    await t.runDueJobs();
    expect(mail.accepted.length).toBe(m0 + 1);
    expect(http.calls.length).toBe(h0 + 3);
  });

  it('writes in English for someone who reads the app in English', async () => {
    await prefs(tok['ops@demo.test'], { language: 'en_US', channels: [{ kind: 'RECTIFICATION_ASSIGNED', channels: ['EMAIL'] }] });
    const m0 = mail.accepted.length;
    await rectificationForOps();
    await t.runDueJobs();
    expect(mail.accepted.slice(m0).map((m) => m.subject)).toEqual(['New rectification: 翠湖花园物业服务项目']);
  });

  it('holds e-mail during quiet hours (webhooks go at once) and sends it when they end', async () => {
    await prefs(tok['ops@demo.test'], {
      quietStart: '22:00',
      quietEnd: '07:30',
      channels: [{ kind: 'RECTIFICATION_ASSIGNED', channels: ['EMAIL', 'WEBHOOK'] }],
    });
    t.setNow(at(2, '23:00'));
    const [m0, h0] = [mail.accepted.length, http.calls.length];
    const id = await rectificationForOps();
    await t.runDueJobs();
    expect(mail.accepted.length).toBe(m0);
    expect(http.calls.slice(h0).map((c) => c.path)).toEqual(['/hook']);
    const email = (await deliveriesOf(id)).find((d) => d.channel === 'EMAIL')!;
    expect(email.state).toBe('PENDING');
    t.setNow(at(3, '07:29'));
    await t.runDueJobs();
    expect(mail.accepted.length).toBe(m0);
    t.setNow(at(3, '07:31'));
    await t.runDueJobs();
    expect(mail.accepted.length).toBe(m0 + 1);
  });

  it('collects e-mails into one daily digest at the chosen hour', async () => {
    await prefs(tok['ops@demo.test'], { digest: true, digestHour: 9, channels: [{ kind: 'RECTIFICATION_ASSIGNED', channels: ['EMAIL'] }] });
    t.setNow(at(4, '08:00'));
    await t.runDueJobs();
    const m0 = mail.accepted.length;
    const a = await rectificationForOps();
    const b = await rectificationForOps();
    await t.runDueJobs();
    expect(mail.accepted.length).toBe(m0);
    expect((await deliveriesOf(a))[0].state).toBe('DIGEST');
    t.setNow(at(4, '09:20'));
    await t.runDueJobs();
    const digests = mail.accepted.slice(m0);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('品质：今日消息摘要（2 条）');
    expect(digests[0].text).toContain(`/rectifications/${a}`);
    expect(digests[0].text).toContain(`/rectifications/${b}`);
    expect((await deliveriesOf(a))[0].state).toBe('DIGESTED');
    await t.runDueJobs();
    expect(mail.accepted.length).toBe(m0 + 1);
  });
});

describe('retries and the dead-letter list (must show c)', () => {
  it('retries a failing webhook with back-off, dead-letters it after 3 attempts, and delivers it on retry from the admin list', async () => {
    await prefs(tok['ops@demo.test'], { channels: [{ kind: 'RECTIFICATION_ASSIGNED', channels: ['WEBHOOK'] }] });
    const t0 = at(6, '10:00');
    t.setNow(t0);
    http.failNext('/hook', 3);
    const h0 = http.calls.length;
    const id = await rectificationForOps();
    const hookCalls = () => http.calls.slice(h0).filter((c) => c.path === '/hook');

    await t.runDueJobs();
    expect(hookCalls().map((c) => c.status)).toEqual([500]);
    let d = (await deliveriesOf(id))[0];
    expect(d).toMatchObject({ state: 'FAILED', attempts: 1 });
    // Back-off: not again at once, nor before a minute has passed…
    await t.runDueJobs();
    t.setNow(new Date(t0.getTime() + 59_000));
    await t.runDueJobs();
    expect(hookCalls()).toHaveLength(1);
    // …then after 1 minute, then 2 more.
    t.setNow(new Date(t0.getTime() + 61_000));
    await t.runDueJobs();
    expect(hookCalls()).toHaveLength(2);
    t.setNow(new Date(t0.getTime() + 61_000 + 119_000));
    await t.runDueJobs();
    expect(hookCalls()).toHaveLength(2);
    t.setNow(new Date(t0.getTime() + 61_000 + 121_000));
    await t.runDueJobs();
    expect(hookCalls().map((c) => c.status)).toEqual([500, 500, 500]);
    d = (await deliveriesOf(id))[0];
    expect(d).toMatchObject({ state: 'DEAD', attempts: 3, log: [{ ok: false, error: 'HTTP 500' }, { ok: false }, { ok: false }] });
    // Much later: still dead, nothing sent.
    t.setNow(new Date(t0.getTime() + 86_400_000));
    await t.runDueJobs();
    expect(hookCalls()).toHaveLength(3);

    const dead = await t.ok(JOBS, { s: ['DEAD'] }, tok['admin@demo.test']);
    const job = dead.backgroundJobs.nodes.find((j: any) => j.delivery?.state === 'DEAD' && j.delivery.channel === 'WEBHOOK');
    expect(job).toMatchObject({ kind: 'notification.deliver', state: 'DEAD', attempts: 3, maxAttempts: 3, lastError: 'HTTP 500' });
    expect(job.delivery).toMatchObject({ target: '客户OA', notification: { kind: 'RECTIFICATION_ASSIGNED' } });
    expect(dead.jobQueueSummary.dead).toBeGreaterThanOrEqual(1);
    // Only an admin sees and retries them.
    expect(codes(await t.gql(JOBS, { s: ['DEAD'] }, tok['quality@demo.test']))).toEqual(['FORBIDDEN']);
    expect(
      codes(await t.gql('mutation($id: ID!) { retryBackgroundJob(id: $id) { id } }', { id: job.id }, tok['quality@demo.test'])),
    ).toEqual(['FORBIDDEN']);

    const retried = await t.ok(
      'mutation($id: ID!) { retryBackgroundJob(id: $id) { state attempts } }',
      { id: job.id },
      tok['admin@demo.test'],
    );
    expect(retried.retryBackgroundJob).toEqual({ state: 'PENDING', attempts: 0 });
    await t.runDueJobs();
    expect(hookCalls().map((c) => c.status)).toEqual([500, 500, 500, 200]);
    expect(hookCalls()[3].signatureValid).toBe(true);
    expect((await deliveriesOf(id))[0]).toMatchObject({ state: 'SENT', attempts: 1 });
    const after = await t.ok(JOBS, { s: ['DEAD'] }, tok['admin@demo.test']);
    expect(after.backgroundJobs.nodes.some((j: any) => j.id === job.id)).toBe(false);
    // A job that is not dead is not "retried".
    expect(codes(await t.gql('mutation($id: ID!) { retryBackgroundJob(id: $id) { id } }', { id: job.id }, tok['admin@demo.test']))).toEqual(
      ['BAD_USER_INPUT'],
    );
  });

  it('records a wrong SMTP password or an unreachable receiver as a failed attempt with the reason', async () => {
    const admin = tok['admin@demo.test'];
    const test = await t.ok('mutation($id: ID!) { testNotificationChannel(id: $id) { ok message } }', { id: channel['smtp'].id }, admin);
    expect(test.testNotificationChannel.ok).toBe(true);
    expect(mail.accepted[mail.accepted.length - 1].to).toContain('admin@demo.test');
    const wrong = await t.ok(
      CHANNEL,
      { input: { type: 'WEBHOOK', name: '坏的接收端', enabled: true, url: `${http.url}/hook`, secret: 'not-the-receivers-secret' } },
      admin,
    );
    const r = await t.ok(
      'mutation($id: ID!) { testNotificationChannel(id: $id) { ok message } }',
      { id: wrong.createNotificationChannel.id },
      admin,
    );
    expect(r.testNotificationChannel).toEqual({ ok: false, message: 'HTTP 401' });
    await t.ok('mutation($id: ID!) { deleteNotificationChannel(id: $id) }', { id: wrong.createNotificationChannel.id }, admin);
  });
});
