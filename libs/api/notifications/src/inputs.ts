import { NOTIFICATION_RULES as R, type ChannelType, type DeliveryChannel, type NotificationKind } from '@pinzhi/domain';
import { IsTimeZone, PageArgs, Range, TextLength } from '@pinzhi/api-core';
import { ArrayMaxSize, IsBoolean, IsEmail, IsIn, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ChannelTypeEnum, DeliveryChannelEnum, NotificationKindEnum, NotificationLanguageEnum } from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;
const quiet = { message: 'use a time like 22:00', context: { reason: 'INVALID_FORMAT' } };

@InputType()
export class NotificationFilter {
  @Field(() => [NotificationKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(40, { context: { reason: 'TOO_LONG', params: { max: 40 } } })
  kinds?: NotificationKind[] | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() unreadOnly?: boolean | null;
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => NotificationFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: NotificationFilter | null;
}

@InputType()
export class KindChannelsInput {
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => [DeliveryChannelEnum])
  @ArrayMaxSize(4, { context: { reason: 'TOO_LONG', params: { max: 4 } } })
  channels!: DeliveryChannel[];
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => NotificationLanguageEnum) @IsIn(['zh-CN', 'en-US'], uuid) language!: string;
  @Field({ description: 'IANA zone for quiet hours and the digest' })
  @IsTimeZone({ context: { reason: 'INVALID_VALUE' } })
  timeZone!: string;
  @Field(() => [KindChannelsInput])
  @ArrayMaxSize(40, { context: { reason: 'TOO_LONG', params: { max: 40 } } })
  @ValidateNested({ each: true })
  channels!: KindChannelsInput[];
  @Field(() => String, { nullable: true, description: 'Local time of day (HH:mm) the quiet hours start' })
  @IsOptional()
  @Matches(R.quietTime, quiet)
  quietStart?: string | null;
  @Field(() => String, { nullable: true, description: 'Local time of day (HH:mm) the quiet hours ends' })
  @IsOptional()
  @Matches(R.quietTime, quiet)
  quietEnd?: string | null;
  @Field() @IsBoolean() digest!: boolean;
  @Field(() => Int) @Range(0, 23) digestHour!: number;
}

@InputType({ description: 'A delivery endpoint. `secret`: omit or null to keep the stored one, "" to remove it.' })
export class NotificationChannelInput {
  @Field(() => ChannelTypeEnum) type!: ChannelType;
  @Field() @TextLength(R.channelName.min, R.channelName.max) name!: string;
  @Field() @IsBoolean() enabled!: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(R.url.max, { context: { reason: 'TOO_LONG', params: { max: R.url.max } } })
  url?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(253, { context: { reason: 'TOO_LONG', params: { max: 253 } } })
  host?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Range(1, 65535) port?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['TLS', 'STARTTLS', 'NONE'], { context: { reason: 'INVALID_VALUE' } })
  security?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254, { context: { reason: 'TOO_LONG', params: { max: 254 } } })
  username?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'fromAddress must be an email address', context: { reason: 'INVALID_FORMAT' } })
  fromAddress?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(R.secret.max, { context: { reason: 'TOO_LONG', params: { max: R.secret.max } } })
  secret?: string | null;
  @Field(() => [NotificationKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(R.maxKindsPerChannel, { context: { reason: 'TOO_LONG', params: { max: R.maxKindsPerChannel } } })
  kinds?: NotificationKind[] | null;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => [ID])
  @ArrayMaxSize(100, { context: { reason: 'TOO_LONG', params: { max: 100 } } })
  @IsUUID('all', { each: true, ...uuid })
  ids!: string[];
}
