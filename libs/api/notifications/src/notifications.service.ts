import {
  Notification,
  NotificationChannel,
  NotificationDelivery,
  NotificationPreference,
  paginate,
  type SelectQueryBuilder,
  type TenantDb,
} from '@pinzhi/db';
import {
  BadUserInputError,
  NotFoundError,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type FieldError,
  type RequestContext,
} from '@pinzhi/api-core';
import {
  CHANNEL_OF_TYPE,
  DELIVERY_CHANNELS,
  NOTIFICATION_KINDS,
  notificationLanguage,
  notificationText,
  type DeliveryChannel,
  type NotificationKind,
} from '@pinzhi/domain';
import type { MarkReadArgs, NotificationChannelInput, NotificationPreferencesInput, NotificationsArgs } from './inputs';
import { DEFAULT_PREFERENCE, preferencesOf, signal } from './notifier';
import type { SecretBox } from './secrets';
import { send, type OutgoingMessage } from './senders';

/** The channel as the API shows it: configuration without the secret. */
export function channelView(c: NotificationChannel) {
  const v = c.config;
  const s = (k: string) => (v[k] === undefined || v[k] === null || v[k] === '' ? null : String(v[k]));
  return {
    id: c.id,
    type: c.type,
    name: c.name,
    enabled: c.enabled,
    url: s('url'),
    host: s('host'),
    port: v['port'] == null ? null : Number(v['port']),
    security: s('security'),
    username: s('username'),
    fromAddress: s('fromAddress'),
    secretSet: !!c.secretCipher,
    kinds: c.kinds,
    version: c.version,
    updatedAt: c.updatedAt,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export class NotificationsService {
  constructor(
    private readonly secrets: SecretBox,
    private readonly publicUrl: string,
  ) {}

  // --- My notifications

  async list(ctx: RequestContext, args: NotificationsArgs) {
    checkPageArgs(args);
    const qb = ctx.db.repo(Notification).query('n').andWhere('n.recipientUserId = :me', { me: ctx.user.userId });
    const f = args.filter ?? {};
    if (f.kinds?.length) qb.andWhere('n.kind IN (:...kinds)', { kinds: f.kinds });
    if (f.unreadOnly) qb.andWhere('n.readAt IS NULL');
    const page = await paginate(qb, { alias: 'n', sortProperty: 'createdAt', direction: 'DESC', defaultSize: 20, ...args }).catch(
      cursorError,
    );
    return toConnection(page);
  }

  unreadCount(db: TenantDb, userId: string): Promise<number> {
    return db.repo(Notification).query('n').andWhere('n.recipientUserId = :me AND n.readAt IS NULL', { me: userId }).getCount();
  }

  async get(ctx: RequestContext, id: string): Promise<Notification> {
    const n = await ctx.db.repo(Notification).getById(id);
    // Someone else's notification is as good as missing.
    if (n.recipientUserId !== ctx.user.userId) throw new NotFoundError('Notification', id);
    return n;
  }

  /** Marks some of my notifications read (others' ids and already read ones are left alone). */
  async markRead(ctx: RequestContext, args: MarkReadArgs): Promise<number> {
    const ids = [...new Set(args.ids)];
    if (ids.length === 0) return 0;
    // A missing or someone else's id is NOT_FOUND, like everywhere else.
    const mine = await ctx.db
      .repo(Notification)
      .query('n')
      .select('n.id')
      .andWhere('n.recipientUserId = :me AND n.id IN (:...ids)', { me: ctx.user.userId, ids })
      .getMany();
    const missing = ids.find((id) => !mine.some((n) => n.id === id));
    if (missing) throw new NotFoundError('Notification', missing);
    return this.mark(ctx, (qb) => qb.andWhere('n.id IN (:...ids)', { ids }));
  }

  /** Marks all my unread notifications read (or those of some kinds). */
  async markAllRead(ctx: RequestContext, kinds: NotificationKind[] | null): Promise<number> {
    return this.mark(ctx, (qb) => (kinds?.length ? qb.andWhere('n.kind IN (:...kinds)', { kinds }) : qb));
  }

  private async mark(ctx: RequestContext, narrow: (qb: SelectQueryBuilder<Notification>) => unknown): Promise<number> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const qb = db
        .repo(Notification)
        .query('n')
        .select('n.id')
        .andWhere('n.recipientUserId = :me AND n.readAt IS NULL', { me: ctx.user.userId });
      narrow(qb);
      const ids = (await qb.getMany()).map((n) => n.id);
      const affected = await db.repo(Notification).updateByIds(ids, { readAt: now });
      // Other tabs and devices of mine update their bell too.
      if (affected) await signal(db, [ctx.user.userId]);
      return affected;
    });
  }

  /** Delivery history of a notification (batched per request). */
  deliveries(ctx: RequestContext, notificationId: string): Promise<NotificationDelivery[]> {
    return ctx.loaders
      .custom<string, NotificationDelivery[]>('notificationDeliveries', async (db, ids) => {
        const rows = await db
          .repo(NotificationDelivery)
          .query('d')
          .andWhere('d.notificationId IN (:...ids)', { ids })
          .orderBy('d.createdAt', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((d) => d.notificationId === id));
      })
      .load(notificationId);
  }

  /** Title and body worded in the recipient's language (for API clients; the web words them itself). */
  async text(ctx: RequestContext, n: Notification) {
    const pref = await ctx.loaders
      .custom<string, { language: string; timeZone: string }>('notificationPreference', async (db, users) => {
        const prefs = await preferencesOf(db, users);
        return users.map((u) => prefs.get(u)!);
      })
      .load(n.recipientUserId);
    return notificationText(n.kind, n.params, { language: notificationLanguage(pref.language), timeZone: pref.timeZone });
  }

  // --- My preferences

  private async enabledChannels(db: TenantDb): Promise<DeliveryChannel[]> {
    const rows = await db.repo(NotificationChannel).find({ where: { enabled: true } });
    return DELIVERY_CHANNELS.filter((c) => rows.some((r) => CHANNEL_OF_TYPE[r.type] === c));
  }

  async preferences(ctx: RequestContext) {
    const pref = (await preferencesOf(ctx.db, [ctx.user.userId])).get(ctx.user.userId) ?? DEFAULT_PREFERENCE;
    return {
      ...pref,
      channels: NOTIFICATION_KINDS.map((kind) => ({ kind, channels: pref.channels[kind] ?? [] })),
      available: await this.enabledChannels(ctx.db),
    };
  }

  async savePreferences(ctx: RequestContext, input: NotificationPreferencesInput) {
    const errors: FieldError[] = [];
    if (!!input.quietStart !== !!input.quietEnd)
      errors.push(fieldError(['input', input.quietStart ? 'quietEnd' : 'quietStart'], 'REQUIRED', 'Give both ends of the quiet hours'));
    const seen = new Set<string>();
    input.channels.forEach((c, i) => {
      if (seen.has(c.kind)) errors.push(fieldError(['input', 'channels', String(i), 'kind'], 'TAKEN', 'This kind is listed twice'));
      seen.add(c.kind);
    });
    if (errors.length) throw new BadUserInputError(errors);
    const channels = Object.fromEntries(input.channels.filter((c) => c.channels.length).map((c) => [c.kind, [...new Set(c.channels)]]));
    const values = {
      language: input.language,
      timeZone: input.timeZone,
      channels,
      quietStart: input.quietStart || null,
      quietEnd: input.quietEnd || null,
      digest: input.digest,
      digestHour: input.digestHour,
    };
    await ctx.db.transaction(async (db) => {
      const existing = await db.repo(NotificationPreference).findOne({ userId: ctx.user.userId });
      if (existing) await db.repo(NotificationPreference).update(existing.id, values);
      else await db.repo(NotificationPreference).insert({ userId: ctx.user.userId, ...values });
    });
    return this.preferences(ctx);
  }

  /** The language notifications are written in follows the app's language switch. */
  async setLanguage(ctx: RequestContext, language: string) {
    await ctx.db.transaction(async (db) => {
      const existing = await db.repo(NotificationPreference).findOne({ userId: ctx.user.userId });
      if (existing) {
        if (existing.language !== language) await db.repo(NotificationPreference).update(existing.id, { language });
      } else await db.repo(NotificationPreference).insert({ userId: ctx.user.userId, ...DEFAULT_PREFERENCE, language });
    });
    return this.preferences(ctx);
  }

  // --- The company's channels (admin)

  async channels(ctx: RequestContext) {
    const rows = await ctx.db.repo(NotificationChannel).find({ order: { type: 'ASC', name: 'ASC' } });
    return rows.map(channelView);
  }

  private async check(db: TenantDb, input: NotificationChannelInput, id: string | null): Promise<void> {
    const errors: FieldError[] = [];
    const p = (f: string) => ['input', f];
    if (input.type === 'SMTP') {
      if (!input.host?.trim()) errors.push(fieldError(p('host'), 'REQUIRED', 'Give the SMTP server'));
      if (!input.port) errors.push(fieldError(p('port'), 'REQUIRED', 'Give the port'));
      if (!input.fromAddress) errors.push(fieldError(p('fromAddress'), 'REQUIRED', 'Give the sender address'));
      const others = await db.repo(NotificationChannel).find({ where: { type: 'SMTP' } });
      if (others.some((o) => o.id !== id)) errors.push(fieldError(p('type'), 'TAKEN', 'The company has an SMTP server already'));
    } else if (!input.url?.trim()) errors.push(fieldError(p('url'), 'REQUIRED', 'Give the URL'));
    else if (!isHttpUrl(input.url.trim())) errors.push(fieldError(p('url'), 'INVALID_FORMAT', 'Use an http(s):// URL'));
    if (errors.length) throw new BadUserInputError(errors);
  }

  private values(input: NotificationChannelInput) {
    const config: NotificationChannel['config'] =
      input.type === 'SMTP'
        ? {
            host: input.host!.trim(),
            port: input.port!,
            security: input.security ?? 'STARTTLS',
            username: input.username?.trim() || null,
            fromAddress: input.fromAddress!.trim(),
          }
        : { url: input.url!.trim() };
    return { type: input.type, name: input.name.trim(), enabled: input.enabled, config, kinds: [...new Set(input.kinds ?? [])] };
  }

  async createChannel(ctx: RequestContext, input: NotificationChannelInput) {
    return ctx.db.transaction(async (db) => {
      await this.check(db, input, null);
      const row = await db.repo(NotificationChannel).insert({
        ...this.values(input),
        secretCipher: input.secret ? this.secrets.seal(input.secret) : null,
      });
      await db.audit({
        operation: 'createNotificationChannel',
        entity: 'NotificationChannel',
        entityId: row.id,
        changes: {
          type: { from: null, to: row.type },
          name: { from: null, to: row.name },
          secret: { from: null, to: row.secretCipher ? 'set' : null },
        },
      });
      return channelView(row);
    });
  }

  async updateChannel(ctx: RequestContext, id: string, input: NotificationChannelInput, expectedVersion: number) {
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(NotificationChannel).getById(id);
      if (before.type !== input.type)
        throw BadUserInputError.field(['input', 'type'], 'INVALID_VALUE', 'The type of a channel cannot change');
      await this.check(db, input, id);
      const secretCipher =
        input.secret === undefined || input.secret === null
          ? before.secretCipher
          : input.secret === ''
            ? null
            : this.secrets.seal(input.secret);
      const after = await db.repo(NotificationChannel).update(id, { ...this.values(input), secretCipher }, expectedVersion);
      await db.audit({
        operation: 'updateNotificationChannel',
        entity: 'NotificationChannel',
        entityId: id,
        changes: {
          name: { from: before.name, to: after.name },
          enabled: { from: before.enabled, to: after.enabled },
          ...(secretCipher !== before.secretCipher
            ? { secret: { from: before.secretCipher ? 'set' : null, to: secretCipher ? 'changed' : null } }
            : {}),
        },
      });
      return channelView(after);
    });
  }

  async deleteChannel(ctx: RequestContext, id: string): Promise<boolean> {
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(NotificationChannel).getById(id);
      await db.repo(NotificationChannel).delete(id);
      await db.audit({
        operation: 'deleteNotificationChannel',
        entity: 'NotificationChannel',
        entityId: id,
        changes: { name: { from: before.name, to: null } },
      });
      return true;
    });
  }

  /** Sends a test message through a channel now (to the admin's own address for SMTP). */
  async testChannel(ctx: RequestContext, id: string) {
    const c = await ctx.db.repo(NotificationChannel).getById(id);
    const [me] = await ctx.db.members([ctx.user.userId]);
    const pref = (await preferencesOf(ctx.db, [ctx.user.userId])).get(ctx.user.userId)!;
    const en = notificationLanguage(pref.language) === 'en-US';
    const message: OutgoingMessage = {
      deliveryId: `test-${c.id}-${ctx.now().getTime()}`,
      kind: 'TEST',
      title: en ? 'Pinzhi: test message' : '品质：测试消息',
      body: en ? `This channel ("${c.name}") works.` : `通道「${c.name}」工作正常。`,
      url: new URL('/notifications', this.publicUrl).toString(),
      recipient: { userId: ctx.user.userId, email: me?.user.email ?? '', name: me?.user.displayName ?? '' },
      data: { test: true },
    };
    try {
      const answer = await send(
        { type: c.type, config: c.config, secret: c.secretCipher ? this.secrets.open(c.secretCipher) : null },
        message,
      );
      return { ok: true, message: answer };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }
}
