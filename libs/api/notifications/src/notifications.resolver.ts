import type { Notification, NotificationDelivery } from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { NOTIFICATION_KINDS, type NotificationKind } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MarkReadArgs, NotificationChannelInput, NotificationPreferencesInput, NotificationsArgs } from './inputs';
import type { NotificationsService } from './notifications.service';
import {
  ChannelTestResultType,
  NotificationChannelType,
  NotificationConnection,
  NotificationDeliveryType,
  NotificationKindEnum,
  NotificationLanguageEnum,
  NotificationPreferencesType,
  NotificationSummaryType,
  NotificationType,
} from './types';

const ADMINS = ['TENANT_ADMIN'] as const;
void NOTIFICATION_KINDS;

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Authorized()
  @Query(() => NotificationConnection, { complexity: pageComplexity, description: 'My notifications, newest first' })
  notifications(@Args() args: NotificationsArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => NotificationType, { description: 'One of my notifications (someone else’s is NOT_FOUND)' })
  notification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Query(() => NotificationSummaryType, { description: 'My unread count (the bell)' })
  async notificationSummary(@Ctx() ctx: RequestContext) {
    return { unread: await this.service.unreadCount(ctx.db, ctx.user.userId) };
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks my notifications read; returns how many changed' })
  markNotificationsRead(@Args() args: MarkReadArgs, @Ctx() ctx: RequestContext) {
    return this.service.markRead(ctx, args);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks all my unread notifications read (optionally of some kinds)' })
  markAllNotificationsRead(
    @Arg('kinds', () => [NotificationKindEnum], { nullable: true }) kinds: NotificationKind[] | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.markAllRead(ctx, kinds);
  }

  @FieldResolver(() => String, { description: 'Worded in the recipient’s language' })
  async title(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return (await this.service.text(ctx, n)).title;
  }

  @FieldResolver(() => String)
  async body(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return (await this.service.text(ctx, n)).body;
  }

  @FieldResolver(() => [NotificationDeliveryType], { description: 'Channels beyond the app: state and attempts' })
  deliveries(@Root() n: Notification, @Ctx() ctx: RequestContext): Promise<NotificationDelivery[]> {
    return this.service.deliveries(ctx, n.id);
  }

  // --- Preferences

  @Authorized()
  @Query(() => NotificationPreferencesType)
  notificationPreferences(@Ctx() ctx: RequestContext) {
    return this.service.preferences(ctx);
  }

  @Authorized()
  @Mutation(() => NotificationPreferencesType)
  updateNotificationPreferences(
    @Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.savePreferences(ctx, input);
  }

  @Authorized()
  @Mutation(() => NotificationPreferencesType, {
    description: 'The language my notifications are written in (the web sets it from its language switch)',
  })
  setNotificationLanguage(@Arg('language', () => NotificationLanguageEnum) language: string, @Ctx() ctx: RequestContext) {
    return this.service.setLanguage(ctx, language);
  }

  // --- Channels (admin)

  @Authorized([...ADMINS])
  @Query(() => [NotificationChannelType], { description: 'The company’s SMTP server, robots and webhooks (secrets never returned)' })
  notificationChannels(@Ctx() ctx: RequestContext) {
    return this.service.channels(ctx);
  }

  @Authorized([...ADMINS])
  @Mutation(() => NotificationChannelType)
  createNotificationChannel(@Arg('input', () => NotificationChannelInput) input: NotificationChannelInput, @Ctx() ctx: RequestContext) {
    return this.service.createChannel(ctx, input);
  }

  @Authorized([...ADMINS])
  @Mutation(() => NotificationChannelType)
  updateNotificationChannel(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => NotificationChannelInput) input: NotificationChannelInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.updateChannel(ctx, id, input, expectedVersion);
  }

  @Authorized([...ADMINS])
  @Mutation(() => Boolean)
  deleteNotificationChannel(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.deleteChannel(ctx, id);
  }

  @Authorized([...ADMINS])
  @Mutation(() => ChannelTestResultType, { description: 'Sends a test message through the channel now' })
  testNotificationChannel(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.testChannel(ctx, id);
  }
}
