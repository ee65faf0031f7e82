import { REGULATION_SCOPES, type PropertyFormat, type RegulationScope, type Role } from '@pinzhi/domain';
import { Connection, DiffPartType } from '@pinzhi/api-core';
import { PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { RoleEnum, UserType } from '@pinzhi/api-tenancy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const RegulationScopeEnum = Object.fromEntries(REGULATION_SCOPES.map((v) => [v, v])) as { [K in RegulationScope]: K };
registerEnumType(RegulationScopeEnum, {
  name: 'RegulationScope',
  description: 'TENANT: company-wide; FORMAT: for one property format (业态)',
});
export const RegulationVersionStatusEnum = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
registerEnumType(RegulationVersionStatusEnum, { name: 'RegulationVersionStatus' });

@ObjectType('RegulationSection')
export class RegulationSectionType {
  @Field(() => ID, { description: 'Stable across versions' }) key!: string;
  @Field() title!: string;
  @Field() body!: string;
}

@ObjectType('RegulationVersion')
export class RegulationVersionType {
  @Field(() => ID) id!: string;
  regulationId!: string;
  @Field(() => Int, { nullable: true, description: 'null while a draft' }) number!: number | null;
  @Field(() => RegulationVersionStatusEnum) status!: 'DRAFT' | 'PUBLISHED';
  @Field(() => String, { nullable: true }) changeSummary!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  publishedByUserId!: string | null;
  @Field(() => Int, { description: 'Send back as expectedVersion when saving or publishing a draft' }) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('AcknowledgementCounts')
export class AcknowledgementCountsType {
  @Field(() => Int, { description: 'Active members in the roles it applies to' }) required!: number;
  @Field(() => Int, { description: 'Of those, how many acknowledged the current version' }) acknowledged!: number;
}

@ObjectType('Regulation', { description: '品质控制管理制度: a versioned quality-control regulation' })
export class RegulationType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => RegulationScopeEnum) scope!: RegulationScope;
  @Field(() => PropertyFormatEnum, { nullable: true }) format!: PropertyFormat | null;
  ownerUserId!: string;
  @Field({ description: 'The calendar day it takes effect (YYYY-MM-DD)' }) effectiveDate!: string;
  @Field(() => [RoleEnum], { description: 'Members in these roles acknowledge each published version' }) appliesToRoles!: Role[];
  draftVersionId!: string | null;
  latestVersionId!: string | null;
  @Field(() => Int, { description: 'Number of the latest published version; 0 = never published' }) latestNumber!: number;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('RegulationConnection')
export class RegulationConnection extends Connection(RegulationType) {}

@ObjectType('RegulationReader', { description: 'A member the regulation applies to, and whether they read the current version' })
export class RegulationReaderType {
  @Field(() => UserType) user!: UserType;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => Date, { nullable: true, description: 'When they acknowledged the current version; null = not yet' })
  acknowledgedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'The newest version they acknowledged (may be older than the current one)' })
  lastAcknowledgedNumber!: number | null;
}

@ObjectType('RegulationAcknowledgementStatus')
export class RegulationAcknowledgementStatusType {
  @Field(() => Int, { nullable: true, description: 'The current published version; null = never published' }) versionNumber!: number | null;
  @Field(() => Int) required!: number;
  @Field(() => Int) acknowledged!: number;
  @Field(() => [RegulationReaderType], { description: 'Not yet acknowledged first, then by name' }) readers!: RegulationReaderType[];
}

@ObjectType('RegulationDiff')
export class RegulationDiffType {
  @Field(() => Int) fromNumber!: number;
  @Field(() => Int, { nullable: true, description: 'null = the draft' }) toNumber!: number | null;
  @Field(() => DiffPartType) sections!: DiffPartType;
}
