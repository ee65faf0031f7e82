import type { ChannelType, DeliveryChannel, NotificationKind, NotificationParams } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/**
 * One notification for one person: the kind and its parameters (worded per language when shown
 * or sent), the entity it is about and the screen it opens. Unique per (recipient, dedupeKey),
 * so a reminder sweep that runs twice, or on two instances, cannot notify twice.
 */
@Entity('notification')
@Index('uq_notification_tenant_recipient_key', ['tenantId', 'recipientUserId', 'dedupeKey'], { unique: true })
@Index('ix_notification_tenant_recipient_created', ['tenantId', 'recipientUserId', 'createdAt'])
@Index('ix_notification_tenant_recipient_read', ['tenantId', 'recipientUserId', 'readAt'])
export class Notification extends TenantOwnedEntity {
  @Column(UUID)
  recipientUserId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: NotificationKind;

  @Column({ type: 'simple-json' })
  params!: NotificationParams;

  @Column({ type: 'varchar', length: 30 })
  entityType!: string;

  @Column({ ...UUID, nullable: true })
  entityId!: string | null;

  /** Path in the web app. */
  @Column({ type: 'varchar', length: 300 })
  link!: string;

  @Column({ type: 'varchar', length: 191 })
  dedupeKey!: string;

  @Column({ ...UUID, nullable: true })
  actorUserId!: string | null;

  @Column({ ...INSTANT, nullable: true })
  readAt!: Date | null;
}

export type DeliveryState = 'PENDING' | 'SENT' | 'FAILED' | 'DEAD' | 'DIGEST' | 'DIGESTED';

export interface DeliveryAttempt {
  at: string;
  ok: boolean;
  error?: string;
  /** Which API instance tried. */
  by?: string;
}

/**
 * One notification sent to one person through one channel (and, for robots and webhooks, one
 * configured endpoint): its state and every attempt. The sending itself is a job keyed by
 * this row's `deliveryKey` (its idempotency key, also sent to the receiver as the e-mail Message-ID and
 * the webhook's X-Pinzhi-Delivery header). A daily digest is a delivery of its own that lists
 * the notifications it carries (`notificationIds`); the deliveries it replaces are DIGESTED.
 */
@Entity('notification_delivery')
@Index('uq_delivery_tenant_key', ['tenantId', 'deliveryKey'], { unique: true })
@Index('ix_delivery_tenant_notification', ['tenantId', 'notificationId'])
@Index('ix_delivery_tenant_state_due', ['tenantId', 'state', 'notBefore'])
export class NotificationDelivery extends TenantOwnedEntity {
  @Column({ ...UUID, nullable: true })
  notificationId!: string | null;

  @Column(UUID)
  userId!: string;

  @Column({ type: 'varchar', length: 10 })
  channel!: DeliveryChannel;

  /** The configured endpoint (SMTP server, robot, webhook). */
  @Column({ ...UUID, nullable: true })
  channelConfigId!: string | null;

  /** Where it goes, for people: an e-mail address or the endpoint's name. */
  @Column({ type: 'varchar', length: 254 })
  target!: string;

  @Column({ type: 'varchar', length: 10 })
  state!: DeliveryState;

  @Column({ type: 'varchar', length: 191 })
  deliveryKey!: string;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'simple-json' })
  log!: DeliveryAttempt[];

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ ...INSTANT, nullable: true })
  sentAt!: Date | null;

  /** When it will go out (after quiet hours, or with the digest). */
  @Column(INSTANT)
  notBefore!: Date;

  /** A digest: the notifications it lists. */
  @Column({ type: 'simple-json', nullable: true })
  notificationIds!: string[] | null;
}

/**
 * A company's delivery endpoint, configured by its admin: the SMTP server (at most one),
 * 企业微信 / 钉钉 group robots and generic outgoing webhooks. Secrets (SMTP password, robot
 * and webhook signing secrets) are stored encrypted and never returned by the API.
 */
@Entity('notification_channel')
@Index('ix_notifchannel_tenant_type', ['tenantId', 'type'])
export class NotificationChannel extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 16 })
  type!: ChannelType;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  /** SMTP: host, port, secure, username, fromAddress. Robots and webhooks: url. */
  @Column({ type: 'simple-json' })
  config!: Record<string, string | number | boolean | null>;

  /** AES-256-GCM ciphertext (base64) of the secret; null when none is set. */
  @Column({ type: 'text', nullable: true })
  secretCipher!: string | null;

  /** Kinds this endpoint carries; empty = every kind. */
  @Column({ type: 'simple-json' })
  kinds!: NotificationKind[];
}

/**
 * A person's choices in one company: which channels each kind goes to (the app always gets it),
 * quiet hours, the daily e-mail digest and the language notifications are written in.
 */
@Entity('notification_preference')
@Index('uq_notifpref_tenant_user', ['tenantId', 'userId'], { unique: true })
export class NotificationPreference extends TenantOwnedEntity {
  @Column(UUID)
  userId!: string;

  @Column({ type: 'varchar', length: 5 })
  language!: string;

  @Column({ type: 'varchar', length: 40 })
  timeZone!: string;

  /** kind → channels beyond the app. */
  @Column({ type: 'simple-json' })
  channels!: Partial<Record<NotificationKind, DeliveryChannel[]>>;

  @Column({ type: 'varchar', length: 5, nullable: true })
  quietStart!: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  quietEnd!: string | null;

  /** E-mails are collected into one daily digest at `digestHour` local time instead of one each. */
  @Column({ type: 'boolean', default: false })
  digest!: boolean;

  @Column({ type: 'int', default: 8 })
  digestHour!: number;
}
