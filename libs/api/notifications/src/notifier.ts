import { createHash, randomUUID } from 'node:crypto';
import {
  LiveSignal,
  Notification,
  NotificationChannel,
  NotificationDelivery,
  NotificationPreference,
  type NewRow,
  type TenantDb,
} from '@pinzhi/db';
import {
  CHANNEL_OF_TYPE,
  afterQuietHours,
  nextDigestAt,
  notificationLink,
  type DeliveryChannel,
  type NotificationKind,
} from '@pinzhi/domain';
import type { EventSink, NotificationEvent } from '@pinzhi/api-core';
import { enqueueJobs, type NewJob } from '@pinzhi/api-jobs';
import { resolveRecipients } from './recipients';

export const DELIVER_JOB = 'notification.deliver';

/** A UUID derived from its parts: the same notification or delivery always gets the same id. */
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface PreferenceView {
  language: string;
  timeZone: string;
  channels: Partial<Record<NotificationKind, DeliveryChannel[]>>;
  quietStart: string | null;
  quietEnd: string | null;
  digest: boolean;
  digestHour: number;
}

export const DEFAULT_PREFERENCE: PreferenceView = {
  language: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  channels: {},
  quietStart: null,
  quietEnd: null,
  digest: false,
  digestHour: 8,
};

/** People's preferences by user id (defaults for those who never saved any). */
export async function preferencesOf(db: TenantDb, userIds: readonly string[]): Promise<Map<string, PreferenceView>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .repo(NotificationPreference)
    .query('np')
    .andWhere('np.userId IN (:...prefUsers)', { prefUsers: [...new Set(userIds)] })
    .getMany();
  const byUser = new Map(rows.map((r) => [r.userId, r as PreferenceView]));
  return new Map(userIds.map((u) => [u, byUser.get(u) ?? DEFAULT_PREFERENCE]));
}

/** A "something changed for you" signal for each user, picked up by every instance's live hub. */
export async function signal(db: TenantDb, userIds: Iterable<string>, topic: 'notifications' | 'todos' = 'notifications') {
  const rows = [...new Set(userIds)].map((userId) => ({ userId, topic }) as NewRow<LiveSignal>);
  await db.repo(LiveSignal).insertIgnoringDuplicates(rows);
}

/**
 * Events → notifications, inside the caller's transaction (the outbox): resolve the recipients,
 * write one notification per person (INSERT … IGNORE on (recipient, dedupeKey), ids derived from
 * it, so a repeated event changes nothing), then per person and kind the chosen channels'
 * deliveries and their jobs, and a live signal. A fixed number of statements per call,
 * whatever the number of events and recipients — a reminder sweep passes all of its events in
 * one call.
 */
export class Notifier implements EventSink {
  constructor(private readonly deliveryMaxAttempts: number) {}

  async emit(db: TenantDb, now: Date, input: NotificationEvent | readonly NotificationEvent[]): Promise<void> {
    const events = (Array.isArray(input) ? input : [input]) as readonly NotificationEvent[];
    if (events.length === 0) return;
    const recipients = await resolveRecipients(
      db,
      events.map((e) => e.to),
    );
    const actor = db.actorUserId;
    const notifications: Array<NewRow<Notification> & { id: string }> = [];
    events.forEach((event, i) => {
      const dedupeKey = (event.dedupeKey ?? `${event.kind}:${event.entity.id}:${randomUUID()}`).slice(0, 191);
      for (const userId of recipients[i]) {
        if (userId === actor && !event.notifyActor) continue;
        notifications.push({
          id: stableUuid(db.tenantId, userId, dedupeKey),
          recipientUserId: userId,
          kind: event.kind,
          params: event.params,
          entityType: event.entity.type,
          entityId: event.entity.id,
          link: notificationLink(event.kind, event.entity.id, event.params),
          dedupeKey,
          actorUserId: actor,
          readAt: null,
        });
      }
    });
    if (notifications.length === 0) return;
    const needsActorName = actor && notifications.some((n) => n.params['actor'] === undefined);
    const people = [...new Set(notifications.map((n) => n.recipientUserId))];
    const members = await db.members(needsActorName ? [...people, actor!] : people);
    const names = new Map(members.map((m) => [m.user.id, m.user]));
    if (needsActorName) {
      const name = names.get(actor!)?.displayName ?? null;
      for (const n of notifications) if (n.params['actor'] === undefined) n.params = { ...n.params, actor: name };
    }
    await db.repo(Notification).insertIgnoringDuplicates(notifications);
    await this.plan(db, now, notifications, names);
    await signal(db, people);
  }

  /** The deliveries beyond the app that each person chose for each kind, and their jobs. */
  private async plan(
    db: TenantDb,
    now: Date,
    notifications: Array<NewRow<Notification> & { id: string }>,
    users: Map<string, { email: string; displayName: string }>,
  ): Promise<void> {
    const prefs = await preferencesOf(
      db,
      notifications.map((n) => n.recipientUserId),
    );
    const wanted = notifications.filter((n) => (prefs.get(n.recipientUserId)!.channels[n.kind] ?? []).length > 0);
    if (wanted.length === 0) return;
    const endpoints = (await db.repo(NotificationChannel).find({ where: { enabled: true } })).sort((a, b) => a.id.localeCompare(b.id));
    const deliveries: Array<NewRow<NotificationDelivery> & { id: string }> = [];
    const jobs: NewJob[] = [];
    for (const n of wanted) {
      const pref = prefs.get(n.recipientUserId)!;
      const person = users.get(n.recipientUserId);
      for (const channel of new Set(pref.channels[n.kind])) {
        const targets = endpoints.filter((e) => CHANNEL_OF_TYPE[e.type] === channel && (e.kinds.length === 0 || e.kinds.includes(n.kind)));
        // One SMTP server per company; robots and webhooks: every endpoint that carries the kind.
        for (const endpoint of channel === 'EMAIL' ? targets.slice(0, 1) : targets) {
          if (channel === 'EMAIL' && !person?.email) continue;
          const deliveryKey = `${n.id}:${channel}:${endpoint.id}`;
          const id = stableUuid(db.tenantId, deliveryKey);
          const digest = channel === 'EMAIL' && pref.digest;
          // Quiet hours hold back what a person reads (e-mail, group robots); systems (webhooks) get it at once.
          const notBefore = digest
            ? nextDigestAt(now, pref.digestHour, pref.timeZone)
            : channel === 'WEBHOOK'
              ? now
              : afterQuietHours(now, { start: pref.quietStart, end: pref.quietEnd }, pref.timeZone);
          const target = channel === 'EMAIL' ? person!.email : endpoint.name;
          deliveries.push({
            id,
            notificationId: n.id,
            userId: n.recipientUserId,
            channel,
            channelConfigId: endpoint.id,
            target,
            state: digest ? 'DIGEST' : 'PENDING',
            deliveryKey,
            attempts: 0,
            log: [],
            lastError: null,
            sentAt: null,
            notBefore,
            notificationIds: null,
          });
          if (!digest)
            jobs.push({
              kind: DELIVER_JOB,
              key: `deliver:${id}`,
              runAt: notBefore,
              payload: { deliveryId: id },
              summary: `${channel} → ${target} · ${n.kind}`,
              maxAttempts: this.deliveryMaxAttempts,
            });
        }
      }
    }
    await db.repo(NotificationDelivery).insertIgnoringDuplicates(deliveries);
    await enqueueJobs(db, jobs);
  }
}
