import {
  CHANNEL_TYPES,
  DELIVERY_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_LANGUAGES,
  type ChannelType,
  type DeliveryChannel,
  type NotificationKind,
} from '@pinzhi/domain';
import type { DeliveryState } from '@pinzhi/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '@pinzhi/api-core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NotificationKindEnum = asEnum(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What happened (wording per language in @pinzhi/domain notificationText)',
});
export const DeliveryChannelEnum = asEnum(DELIVERY_CHANNELS);
registerEnumType(DeliveryChannelEnum, {
  name: 'DeliveryChannel',
  description: 'A channel beyond the app: e-mail, 企业微信, 钉钉, webhook',
});
export const ChannelTypeEnum = asEnum(CHANNEL_TYPES);
registerEnumType(ChannelTypeEnum, {
  name: 'NotificationChannelType',
  description: 'SMTP server, 企业微信 / 钉钉 group robot, outgoing webhook',
});
export const NotificationLanguageEnum = { zh_CN: 'zh-CN', en_US: 'en-US' } as const;
registerEnumType(NotificationLanguageEnum, { name: 'NotificationLanguage' });
void NOTIFICATION_LANGUAGES;
export const DELIVERY_STATES = ['PENDING', 'SENT', 'FAILED', 'DEAD', 'DIGEST', 'DIGESTED'] as const;
export const DeliveryStateEnum = asEnum(DELIVERY_STATES);
registerEnumType(DeliveryStateEnum, {
  name: 'DeliveryState',
  description: 'PENDING (waiting or sending), SENT, FAILED (will retry), DEAD (gave up), DIGEST (waits for the daily digest), DIGESTED',
});

@ObjectType('DeliveryAttempt')
export class DeliveryAttemptType {
  @Field() at!: string;
  @Field() ok!: boolean;
  @Field(() => String, { nullable: true, description: 'The error, or the receiver’s answer' }) error?: string | null;
}

@ObjectType('NotificationDelivery', { description: 'One notification sent through one channel: its state and every attempt' })
export class NotificationDeliveryType {
  @Field(() => ID) id!: string;
  @Field(() => DeliveryChannelEnum) channel!: DeliveryChannel;
  @Field({ description: 'An e-mail address or the endpoint’s name' }) target!: string;
  @Field(() => DeliveryStateEnum) state!: DeliveryState;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field({ description: 'Not sent before (quiet hours, digest time)' }) notBefore!: Date;
  @Field(() => [DeliveryAttemptType]) log!: DeliveryAttemptType[];
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => GraphQLJSONObject, { description: 'The values the texts are worded from' }) params!: Record<string, unknown>;
  @Field() entityType!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field({ description: 'Path of the screen in the web app' }) link!: string;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationType) {}

@ObjectType('NotificationSummary')
export class NotificationSummaryType {
  @Field(() => Int) unread!: number;
}

@ObjectType('NotificationKindChannels')
export class NotificationKindChannelsType {
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => [DeliveryChannelEnum]) channels!: DeliveryChannel[];
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesType {
  @Field(() => NotificationLanguageEnum) language!: string;
  @Field() timeZone!: string;
  @Field(() => [NotificationKindChannelsType], { description: 'Channels beyond the app per kind (the app always gets everything)' })
  channels!: NotificationKindChannelsType[];
  @Field(() => String, { nullable: true, description: 'HH:mm local' }) quietStart!: string | null;
  @Field(() => String, { nullable: true }) quietEnd!: string | null;
  @Field({ description: 'E-mails come as one daily digest' }) digest!: boolean;
  @Field(() => Int) digestHour!: number;
  @Field(() => [DeliveryChannelEnum], { description: 'Channels the company has set up (others cannot be chosen)' })
  available!: DeliveryChannel[];
}

@ObjectType('NotificationChannelConfig', {
  description: 'A company delivery endpoint. Its secret is never returned: `secretSet` says whether there is one.',
})
export class NotificationChannelType {
  @Field(() => ID) id!: string;
  @Field(() => ChannelTypeEnum) type!: ChannelType;
  @Field() name!: string;
  @Field() enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'Robots and webhooks' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'SMTP' }) host!: string | null;
  @Field(() => Int, { nullable: true }) port!: number | null;
  @Field(() => String, { nullable: true, description: 'TLS, STARTTLS or NONE' }) security!: string | null;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String, { nullable: true }) fromAddress!: string | null;
  @Field() secretSet!: boolean;
  @Field(() => [NotificationKindEnum], { description: 'Kinds it carries; empty = all' }) kinds!: NotificationKind[];
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('ChannelTestResult')
export class ChannelTestResultType {
  @Field() ok!: boolean;
  @Field({ description: 'The receiver’s answer or the error' }) message!: string;
}
