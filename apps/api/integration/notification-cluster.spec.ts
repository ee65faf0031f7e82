import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TEST_JWT_SECRET, TestApp, pastTenantScope } from '@pinzhi/api-testing';
import { localDate, localTime } from '@pinzhi/domain';
import { startHttpReceiver, startMailServer, type HttpReceiver, type MailServer } from './support/receivers';

/**
 * Must show (a): an occurrence assigned to inspector@demo.test that becomes due produces exactly
 * one in-app notification, one e-mail and one signed webhook call — with two API processes
 * running their schedulers on one MariaDB, and again when the one sending the e-mail is killed
 * with SIGKILL in the middle of it (its lease runs out and the other one sends; nothing is lost
 * and nothing is sent twice). MariaDB only: SQLite is one process by design.
 *
 * The API processes run with the real clock, so the occurrences are put a minute or so ahead
 * of "due soon" and the test waits for the schedulers to see them (conditions, not fixed sleeps).
 */
const mysql = (process.env.DATABASE_URL ?? '').startsWith('mysql');
const maybe = mysql ? describe : describe.skip;
jest.setTimeout(480_000);

const ROOT = resolve(__dirname, '../../..');
const ZONE = 'Asia/Shanghai';
const LEAD_MS = 60 * 60_000;

let t: TestApp;
let mail: MailServer;
let http: HttpReceiver;
const children: Array<{ proc: ChildProcess; port: number; exited: Promise<void> }> = [];
const logDir = mkdtempSync(join(tmpdir(), 'pinzhi-cluster-'));

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} (logs in ${logDir})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function startApi(name: string): Promise<(typeof children)[number]> {
  const port = await freePort();
  const out = createWriteStream(join(logDir, `${name}.log`));
  const proc = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      DATABASE_URL: t.config.databaseUrl,
      // The same secret as the test's app: it encrypted the channel secrets these instances read.
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      WEB_DIST: join(logDir, 'no-web'),
      UPLOAD_DIR: join(logDir, 'uploads'),
      SCHEDULER: 'true',
      SCHEDULER_INTERVAL_MS: '200',
      JOB_LEASE_SECONDS: '5',
      JOB_RETRY_BASE_SECONDS: '1',
      REMINDER_SWEEP_SECONDS: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.pipe(out);
  proc.stderr?.pipe(out);
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  await waitFor(`${name} to answer /readyz`, async () => {
    if (proc.exitCode !== null) throw new Error(`${name} exited (${proc.exitCode}); log in ${logDir}`);
    try {
      return (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;
    } catch {
      return false;
    }
  });
  const child = { proc, port, exited };
  children.push(child);
  return child;
}

/** The next minute boundary at least `ahead` ms after now plus the lead time, not on :00 or :30 (the demo's times). */
function dueMinute(aheadMs: number): Date {
  let m = Math.ceil((Date.now() + LEAD_MS + aheadMs) / 60_000) * 60_000;
  while (new Date(m).getUTCMinutes() % 30 === 0) m += 60_000;
  return new Date(m);
}

maybe('two API instances on one MariaDB (must show a)', () => {
  const tok: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    mail = await startMailServer('pinzhi-robot', 'cluster-smtp-password');
    http = await startHttpReceiver({ webhookSecret: 'cluster-webhook-secret', dingtalkSecret: 'unused' });
    t = await TestApp.start();
    for (const e of ['admin@demo.test', 'quality@demo.test', 'inspector@demo.test']) tok[e] = await t.token(e);
    const d = await t.ok(
      '{ projects(first: 100) { nodes { id code } } members(first: 100) { nodes { user { id email } } } inspectionTemplates(first: 100) { nodes { id name } } }',
      {},
      tok['admin@demo.test'],
    );
    for (const p of d.projects.nodes) ids[p.code] = p.id;
    for (const m of d.members.nodes) ids[m.user.email] = m.user.id;
    ids['residential'] = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表').id;
    const CHANNEL = 'mutation($input: NotificationChannelInput!) { createNotificationChannel(input: $input) { id } }';
    await t.ok(
      CHANNEL,
      {
        input: {
          type: 'SMTP',
          name: '公司邮箱',
          enabled: true,
          host: '127.0.0.1',
          port: mail.port,
          security: 'NONE',
          username: 'pinzhi-robot',
          fromAddress: 'noreply@demo.test',
          secret: 'cluster-smtp-password',
        },
      },
      tok['admin@demo.test'],
    );
    await t.ok(
      CHANNEL,
      {
        input: {
          type: 'WEBHOOK',
          name: '客户OA',
          enabled: true,
          url: `${http.url}/hook`,
          secret: 'cluster-webhook-secret',
          kinds: ['OCCURRENCE_DUE_SOON'],
        },
      },
      tok['admin@demo.test'],
    );
    await t.ok(
      'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { language } }',
      {
        input: {
          language: 'zh_CN',
          timeZone: ZONE,
          channels: [{ kind: 'OCCURRENCE_DUE_SOON', channels: ['EMAIL', 'WEBHOOK'] }],
          digest: false,
          digestHour: 8,
        },
      },
      tok['inspector@demo.test'],
    );
    await Promise.all([startApi('api-a'), startApi('api-b')]);
  });

  afterAll(async () => {
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGTERM');
    await Promise.all(children.map((c) => c.exited));
    await t?.stop();
    await mail?.close();
    await http?.close();
  });

  /** An inspection at SH-001 for inspector@, due at `due` (so "due soon" an hour before). */
  async function schedule(due: Date): Promise<void> {
    const [h, m] = localTime(due, ZONE, 'HH:mm').split(':').map(Number);
    await t.ok(
      'mutation($p: ID!, $input: InspectionFrequencyInput!) { createInspectionFrequency(projectId: $p, input: $input) { id } }',
      {
        p: ids['SH-001'],
        input: {
          templateId: ids['residential'],
          rrule: `FREQ=DAILY;BYHOUR=${h};BYMINUTE=${m}`,
          windowMinutes: 120,
          startDate: localDate(due, ZONE),
          assigneeUserId: ids['inspector@demo.test'],
        },
      },
      tok['quality@demo.test'],
    );
  }

  /** What the receivers and the database hold for the occurrence due at `due`. */
  async function outcome(due: Date) {
    const shown = localTime(due, ZONE, 'YYYY-MM-DD HH:mm');
    const notes = await t.ok(
      '{ notifications(first: 100, filter: { kinds: [OCCURRENCE_DUE_SOON] }) { nodes { id params deliveries { channel state attempts log { ok } } } } }',
      {},
      tok['inspector@demo.test'],
    );
    const inApp = notes.notifications.nodes.filter((n: any) => n.params.dueAt === due.toISOString());
    return {
      inApp,
      mails: mail.accepted.filter((m) => m.text.includes(shown)),
      calls: http.calls.filter((c) => c.path === '/hook' && c.body.params?.dueAt === due.toISOString()),
    };
  }

  it('sends exactly once with both instances running', async () => {
    const due = dueMinute(15_000);
    await schedule(due);
    await waitFor('the e-mail and the webhook call', async () => {
      const o = await outcome(due);
      return o.mails.length >= 1 && o.calls.length >= 1 && o.inApp[0]?.deliveries.every((d: any) => d.state === 'SENT');
    });
    // Both schedulers keep sweeping and claiming: wait for a few more rounds of each.
    const sweepsBefore = await sweepRuns();
    await waitFor('three more sweeps', async () => (await sweepRuns()) >= sweepsBefore + 3);
    const o = await outcome(due);
    expect(o.inApp).toHaveLength(1);
    expect(o.mails).toHaveLength(1);
    expect(o.calls).toHaveLength(1);
    expect(o.calls[0].signatureValid).toBe(true);
    expect(o.mails[0].messageId).toBe(`<${o.mails[0].delivery}@pinzhi>`);
  });

  it('sends exactly once when the instance sending the e-mail is killed with SIGKILL in the middle of it', async () => {
    const due = dueMinute(15_000);
    const shown = localTime(due, ZONE, 'YYYY-MM-DD HH:mm');
    let killed: number | null = null;
    // The SMTP server holds its answer to our e-mail until the instance sending it is dead.
    mail.hold(async (m, senderGone) => {
      if (!m.text.includes(shown)) return false;
      const [job] = await pastTenantScope(() =>
        t.dataSource.query(
          "SELECT leaseOwner FROM job WHERE kind = 'notification.deliver' AND state = 'RUNNING' AND summary LIKE 'EMAIL%inspector@demo.test%'",
        ),
      );
      const pid = Number(String(job.leaseOwner).split(':')[1]);
      const victim = children.find((c) => c.proc.pid === pid)!;
      killed = pid;
      victim.proc.kill('SIGKILL');
      await victim.exited;
      await waitFor('the SMTP session to close', async () => senderGone(), 30_000);
      return true;
    });
    await schedule(due);
    await waitFor('the e-mail, sent by the surviving instance', async () => {
      const o = await outcome(due);
      return killed !== null && o.mails.length >= 1 && o.calls.length >= 1 && o.inApp[0]?.deliveries.every((d: any) => d.state === 'SENT');
    });
    const sweepsBefore = await sweepRuns();
    await waitFor('three more sweeps', async () => (await sweepRuns()) >= sweepsBefore + 3);
    const o = await outcome(due);
    expect(o.inApp).toHaveLength(1);
    expect(o.mails).toHaveLength(1);
    expect(o.calls).toHaveLength(1);
    expect(o.calls[0].signatureValid).toBe(true);
    // The e-mail took two claims: the killed instance's, then the survivor's after the lease ran out.
    const email = o.inApp[0].deliveries.find((d: any) => d.channel === 'EMAIL');
    expect(email).toMatchObject({ state: 'SENT', attempts: 2, log: [{ ok: true }] });
    const survivor = children.find((c) => c.proc.pid !== killed)!;
    expect((await fetch(`http://127.0.0.1:${survivor.port}/readyz`)).status).toBe(200);
  });

  /** How many reminder sweeps ran so far (the recurring job's version moves on every run). */
  async function sweepRuns(): Promise<number> {
    const [row] = await pastTenantScope(() => t.dataSource.query("SELECT SUM(version) AS n FROM job WHERE kind = 'reminders.sweep'"));
    return Number(row.n ?? 0);
  }
});
