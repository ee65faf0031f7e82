import type { Logger } from 'pino';
import type { RequestContext } from '@pinzhi/api-core';
import type { JobHandler } from '@pinzhi/api-jobs';
import type { OccurrenceMaterialiser } from '@pinzhi/api-inspection-planning';
import { deliveryHandler, digestHandler } from './deliveries';
import { JobDeliveryResolver, NotificationDeliveryResolver } from './jobs-view.resolver';
import { LiveHub, type LiveSource } from './live';
import { Notifier } from './notifier';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ReminderSweep, sweepHandler } from './reminders';
import { SecretBox } from './secrets';

export * from './types';
export { Notifier, stableUuid, signal, DELIVER_JOB } from './notifier';
export { ReminderSweep, SWEEP_JOB } from './reminders';
export { DIGEST_JOB } from './deliveries';
export { LiveHub } from './live';
export type { LiveSource } from './live';
export { SecretBox } from './secrets';
export { webhookSignature, dingtalkSignedUrl } from './senders';

export interface NotificationsOptions {
  /** Where links in e-mails and robot messages point (the web app's address). */
  publicUrl: string;
  /** Master secret the channel secrets are encrypted with. */
  secretKey: string;
  deliveryMaxAttempts: number;
  reminderSweepSeconds: number;
  livePollMs: number;
  liveSource: LiveSource;
  log: Logger;
  materialiser: OccurrenceMaterialiser;
}

/**
 * Notifications (消息): events → notifications (`notifier`, the EventSink every capability emits
 * to), deliveries by e-mail / 企业微信 / 钉钉 / webhooks as durable jobs, reminder sweeps, the
 * notification centre and preferences, and the live-update hub behind GET /events.
 */
export function notificationsModule(options: NotificationsOptions) {
  const secrets = new SecretBox(options.secretKey);
  const notifier = new Notifier(options.deliveryMaxAttempts);
  const service = new NotificationsService(secrets, options.publicUrl);
  const hub = new LiveHub(options.liveSource, options.livePollMs, options.log);
  const deps = { secrets, publicUrl: options.publicUrl, maxAttempts: options.deliveryMaxAttempts };
  const sweep = new ReminderSweep(notifier, options.materialiser);
  const handlers: JobHandler[] = [deliveryHandler(deps), digestHandler(deps), sweepHandler(sweep, options.reminderSweepSeconds)];

  /**
   * A Server-Sent Events stream for the signed-in person: the unread count now and after every
   * change (debounced), a comment every 25 s to keep proxies from closing it. Returns the
   * clean-up for when the browser goes away.
   */
  const openLiveStream = (ctx: RequestContext, write: (chunk: string) => void, end: () => void, stillValid: () => Promise<boolean>) => {
    const { tenantId, userId } = ctx.user;
    let timer: NodeJS.Timeout | null = null;
    const push = (topic: string) =>
      service
        .unreadCount(ctx.db, userId)
        .then((unread) => write(`event: ${topic}\ndata: ${JSON.stringify({ unread })}\n\n`))
        .catch((e) => ctx.log.warn({ err: e }, 'live push failed'));
    write('retry: 5000\n\n');
    void push('notifications');
    const unsubscribe = hub.subscribe(
      tenantId,
      userId,
      (topic) => {
        if (timer) return;
        timer = setTimeout(() => {
          timer = null;
          void push(topic);
        }, 100);
      },
      end,
    );
    // The session is checked again on every heartbeat: a sign-out or deactivation ends the stream.
    const heartbeat = setInterval(() => {
      void stillValid().then((ok) => (ok ? write(': ping\n\n') : end()));
    }, 25_000);
    return () => {
      unsubscribe();
      clearInterval(heartbeat);
      if (timer) clearTimeout(timer);
    };
  };

  return {
    notifier,
    service,
    hub,
    handlers,
    sweep,
    openLiveStream,
    resolvers: [NotificationsResolver, JobDeliveryResolver, NotificationDeliveryResolver] as const,
    instances: [new NotificationsResolver(service), new JobDeliveryResolver(), new NotificationDeliveryResolver()],
  };
}
