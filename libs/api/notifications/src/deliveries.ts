import { Notification, NotificationChannel, NotificationDelivery, type DeliveryAttempt, type NewRow, type TenantDb } from '@pinzhi/db';
import { localTime, notificationLanguage, notificationText, type NotificationLanguage } from '@pinzhi/domain';
import { enqueueJobs, type JobContext, type JobHandler, type NewJob } from '@pinzhi/api-jobs';
import { DELIVER_JOB, preferencesOf, stableUuid } from './notifier';
import type { SecretBox } from './secrets';
import { send, type OutgoingMessage } from './senders';

export const DIGEST_JOB = 'notification.digest';

const MAX_LOG = 20;
const appendLog = (log: DeliveryAttempt[], entry: DeliveryAttempt) => [...log, entry].slice(-MAX_LOG);

const DIGEST_TITLE: Record<NotificationLanguage, (n: number) => string> = {
  'zh-CN': (n) => `品质：今日消息摘要（${n} 条）`,
  'en-US': (n) => `Pinzhi: your daily digest (${n})`,
};
const DIGEST_BODY: Record<NotificationLanguage, (day: string) => string> = {
  'zh-CN': (day) => `以下是截至 ${day} 的消息：`,
  'en-US': (day) => `Your notifications up to ${day}:`,
};

export interface DeliveryDeps {
  secrets: SecretBox;
  publicUrl: string;
  maxAttempts: number;
}

/**
 * `notification.deliver`: sends one delivery. Idempotent: a delivery already SENT (an earlier
 * attempt that finished sending but not its job, e.g. killed in between) is not sent again; the
 * receiver also gets the delivery id (Message-ID, X-Pinzhi-Delivery) to recognise a resend.
 */
export function deliveryHandler(deps: DeliveryDeps): JobHandler {
  return {
    kind: DELIVER_JOB,
    maxAttempts: deps.maxAttempts,
    async run(ctx) {
      const d = await ctx.db.repo(NotificationDelivery).findById(String(ctx.job.payload['deliveryId']));
      if (!d || d.state === 'SENT' || d.state === 'DIGESTED') return;
      const endpoint = d.channelConfigId ? await ctx.db.repo(NotificationChannel).findById(d.channelConfigId) : null;
      if (!endpoint) throw new Error('The channel was removed');
      if (!endpoint.enabled) throw new Error('The channel is switched off');
      const message = await compose(ctx.db, d, deps.publicUrl);
      const answer = await send(
        { type: endpoint.type, config: endpoint.config, secret: endpoint.secretCipher ? deps.secrets.open(endpoint.secretCipher) : null },
        message,
      );
      await ctx.db.repo(NotificationDelivery).updateWhere(
        { id: d.id },
        {
          state: 'SENT',
          sentAt: ctx.now,
          attempts: ctx.job.attempts,
          lastError: null,
          log: appendLog(d.log, { at: ctx.now.toISOString(), ok: true, by: ctx.owner, error: answer.slice(0, 200) }),
        },
      );
    },
    async onFailure(ctx, error, final) {
      const d = await ctx.db.repo(NotificationDelivery).findById(String(ctx.job.payload['deliveryId']));
      if (!d || d.state === 'SENT') return;
      await ctx.db.repo(NotificationDelivery).updateWhere(
        { id: d.id },
        {
          state: final ? 'DEAD' : 'FAILED',
          attempts: ctx.job.attempts,
          lastError: error.message.slice(0, 1000),
          log: appendLog(d.log, { at: ctx.now.toISOString(), ok: false, by: ctx.owner, error: error.message.slice(0, 300) }),
        },
      );
    },
    async onRetry(db, job) {
      await db.repo(NotificationDelivery).updateWhere({ id: String(job.payload['deliveryId']) }, { state: 'PENDING' });
    },
  };
}

/** The message of a delivery, worded in its recipient's language and time zone. */
async function compose(db: TenantDb, d: NotificationDelivery, publicUrl: string): Promise<OutgoingMessage> {
  const ids = d.notificationIds ?? (d.notificationId ? [d.notificationId] : []);
  const [notifications, [member], prefs] = await Promise.all([
    db.repo(Notification).findByIds(ids),
    db.members([d.userId]),
    preferencesOf(db, [d.userId]),
  ]);
  const pref = prefs.get(d.userId)!;
  const language = notificationLanguage(pref.language);
  const render = (n: Notification) => ({
    ...notificationText(n.kind, n.params, { language, timeZone: pref.timeZone }),
    url: new URL(n.link, publicUrl).toString(),
  });
  const recipient = { userId: d.userId, email: member?.user.email ?? d.target, name: member?.user.displayName ?? '' };
  if (d.notificationIds) {
    const sorted = notifications.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const day = localTime(d.notBefore, pref.timeZone, 'YYYY-MM-DD');
    return {
      deliveryId: d.id,
      kind: 'DIGEST',
      title: DIGEST_TITLE[language](sorted.length),
      body: DIGEST_BODY[language](day),
      url: new URL('/notifications', publicUrl).toString(),
      recipient,
      data: { notificationIds: d.notificationIds },
      items: sorted.map(render),
    };
  }
  const n = notifications[0];
  if (!n) throw new Error('The notification is gone');
  return {
    deliveryId: d.id,
    kind: n.kind,
    ...render(n),
    recipient,
    data: {
      notificationId: n.id,
      createdAt: n.createdAt.toISOString(),
      entity: { type: n.entityType, id: n.entityId },
      params: n.params,
      language,
    },
  };
}

/**
 * `notification.digest` (every tenant, every 15 minutes): the e-mails people asked to get as a
 * daily digest and whose hour has come become one delivery per person — set-based: one read,
 * one multi-row insert of digests, their jobs, one update of what they replace.
 */
export function digestHandler(deps: DeliveryDeps): JobHandler {
  return {
    kind: DIGEST_JOB,
    recurring: { everySeconds: 15 * 60, summary: 'Daily e-mail digests', payload: () => ({}) },
    async run(ctx: JobContext) {
      const waiting = await ctx.db
        .repo(NotificationDelivery)
        .query('d')
        .andWhere("d.state = 'DIGEST'")
        .andWhere('d.notBefore <= :now', { now: ctx.now })
        .orderBy('d.notBefore', 'ASC')
        .limit(5000)
        .getMany();
      if (waiting.length === 0) return;
      const groups = new Map<string, NotificationDelivery[]>();
      for (const d of waiting) {
        const key = `${d.userId}:${d.channelConfigId}`;
        groups.set(key, [...(groups.get(key) ?? []), d]);
      }
      const digests: Array<NewRow<NotificationDelivery> & { id: string }> = [];
      const jobs: NewJob[] = [];
      for (const group of groups.values()) {
        const first = group[0];
        const deliveryKey = `digest:${first.userId}:${first.channelConfigId}:${first.id}`;
        const id = stableUuid(ctx.db.tenantId, deliveryKey);
        digests.push({
          id,
          notificationId: null,
          userId: first.userId,
          channel: 'EMAIL',
          channelConfigId: first.channelConfigId,
          target: first.target,
          state: 'PENDING',
          deliveryKey,
          attempts: 0,
          log: [],
          lastError: null,
          sentAt: null,
          notBefore: ctx.now,
          notificationIds: group.map((d) => d.notificationId!).filter(Boolean),
        });
        jobs.push({
          kind: DELIVER_JOB,
          key: `deliver:${id}`,
          runAt: ctx.now,
          payload: { deliveryId: id },
          summary: `EMAIL → ${first.target} · DIGEST (${group.length})`,
          maxAttempts: deps.maxAttempts,
        });
      }
      await ctx.db.transaction(async (tx) => {
        await tx.repo(NotificationDelivery).insertIgnoringDuplicates(digests);
        await enqueueJobs(tx, jobs);
        await tx.repo(NotificationDelivery).updateByIds(
          waiting.map((d) => d.id),
          { state: 'DIGESTED' },
        );
      });
    },
  };
}
