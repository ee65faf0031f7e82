import { Notification, NotificationDelivery, type Job } from '@pinzhi/db';
import type { RequestContext } from '@pinzhi/api-core';
import { BackgroundJobType } from '@pinzhi/api-jobs';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DELIVER_JOB } from './notifier';
import { NotificationDeliveryType, NotificationType } from './types';

/** The admin's job list shows, for a delivery job, which delivery it is (channel, target, notification). */
@Resolver(() => BackgroundJobType)
export class JobDeliveryResolver {
  @FieldResolver(() => NotificationDeliveryType, { nullable: true, description: 'The delivery a notification.deliver job sends' })
  delivery(@Root() job: Job, @Ctx() ctx: RequestContext) {
    if (job.kind !== DELIVER_JOB) return null;
    return ctx.loaders.entity(NotificationDelivery).load(String(job.payload['deliveryId']));
  }
}

@Resolver(() => NotificationDeliveryType)
export class NotificationDeliveryResolver {
  @FieldResolver(() => NotificationType, { nullable: true, description: 'What was sent (null for a digest)' })
  notification(@Root() d: NotificationDelivery, @Ctx() ctx: RequestContext) {
    return d.notificationId ? ctx.loaders.entity(Notification).load(d.notificationId) : null;
  }

  @FieldResolver(() => Number, { description: 'How many notifications a digest carries (1 otherwise)' })
  itemCount(@Root() d: NotificationDelivery) {
    return d.notificationIds?.length ?? 1;
  }
}
