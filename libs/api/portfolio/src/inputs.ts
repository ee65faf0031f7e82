import { RULES, type ProjectStage, type PropertyFormat } from '@pinzhi/domain';
import { Code, IsIsoDate, IsTimeZone, PageArgs, Range, TextLength, type ListSort, LocalDate } from '@pinzhi/api-core';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { ProjectSort, ProjectStageEnum, PropertyFormatEnum, PropertySort } from './types';

const uuid = { context: { reason: 'INVALID_FORMAT' } } as const;

@InputType()
export class RegionInput {
  @Field()
  @TextLength(RULES.name.min, RULES.name.max)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Code()
  code?: string | null;
}

@InputType()
export class ZoneInput {
  @Field(() => ID, { nullable: true, description: 'Keep the id of an existing zone so references survive a rename' })
  @IsOptional()
  @IsUUID('all', uuid)
  id?: string | null;

  @Field()
  @TextLength(RULES.zoneName.min, RULES.zoneName.max)
  name!: string;
}

@InputType()
export class PropertyInput {
  @Field()
  @TextLength(RULES.name.min, RULES.name.max)
  name!: string;

  @Field(() => PropertyFormatEnum)
  format!: PropertyFormat;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, RULES.address.max)
  address?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Range(RULES.grossFloorArea.min, RULES.grossFloorArea.max)
  grossFloorArea?: number | null;

  @Field(() => [ZoneInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(RULES.zonesPerProperty.max, { context: { reason: 'TOO_LONG', params: { max: RULES.zonesPerProperty.max } } })
  @ValidateNested({ each: true })
  zones?: ZoneInput[] | null;
}

@InputType()
export class CreateProjectInput {
  @Field()
  @Code()
  code!: string;

  @Field()
  @TextLength(RULES.name.min, RULES.name.max)
  name!: string;

  @Field(() => ID)
  @IsUUID('all', uuid)
  propertyId!: string;

  @Field(() => ID)
  @IsUUID('all', uuid)
  regionId!: string;

  @Field(() => ProjectStageEnum, { nullable: true, description: 'Defaults to PROSPECT' })
  @IsOptional()
  stage?: ProjectStage | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  contractStart?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  contractEnd?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, RULES.serviceScope.max)
  serviceScope?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  managerUserId?: string | null;

  @Field(() => String, { nullable: true, description: "IANA zone; defaults to the company's (公司设置)" })
  @IsOptional()
  @IsTimeZone({ context: { reason: 'INVALID_VALUE' } })
  timeZone?: string | null;
}

/** Every field optional: only what is given changes. Send null to clear an optional field. */
@InputType()
export class UpdateProjectInput {
  @Field({ nullable: true })
  @IsOptional()
  @Code()
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TextLength(RULES.name.min, RULES.name.max)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  propertyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  regionId?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  contractStart?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  contractEnd?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(0, RULES.serviceScope.max)
  serviceScope?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  managerUserId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone({ context: { reason: 'INVALID_VALUE' } })
  timeZone?: string;
}

@InputType()
export class ProjectFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', uuid)
  regionId?: string;

  @Field(() => PropertyFormatEnum, { nullable: true })
  format?: PropertyFormat;

  @Field(() => ProjectStageEnum, { nullable: true })
  stage?: ProjectStage;

  @Field({ nullable: true, description: 'Matches code or name' })
  @IsOptional()
  @MaxLength(RULES.searchText.max, { context: { reason: 'TOO_LONG', params: { max: RULES.searchText.max } } })
  search?: string;

  @Field({ nullable: true })
  includeArchived?: boolean;
}

@InputType()
export class PropertyFilter {
  @Field(() => PropertyFormatEnum, { nullable: true })
  format?: PropertyFormat;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(RULES.searchText.max, { context: { reason: 'TOO_LONG', params: { max: RULES.searchText.max } } })
  search?: string;
}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true })
  @ValidateNested()
  filter?: ProjectFilter;

  @Field(() => ProjectSort, { nullable: true, description: 'Default: code ascending' })
  sort?: ListSort;
}

@ArgsType()
export class PropertiesArgs extends PageArgs {
  @Field(() => PropertyFilter, { nullable: true })
  @ValidateNested()
  filter?: PropertyFilter;

  @Field(() => PropertySort, { nullable: true, description: 'Default: name ascending' })
  sort?: ListSort;
}
