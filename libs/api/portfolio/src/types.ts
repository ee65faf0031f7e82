import { PROJECT_STAGES, PROPERTY_FORMATS, allowedNextStages, type ProjectStage, type PropertyFormat } from '@pinzhi/domain';
import { Connection, ImportRowErrorType, SortInput } from '@pinzhi/api-core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const PropertyFormatEnum = Object.fromEntries(PROPERTY_FORMATS.map((f) => [f, f])) as { [K in PropertyFormat]: K };
registerEnumType(PropertyFormatEnum, { name: 'PropertyFormat', description: '业态' });

export const ProjectStageEnum = Object.fromEntries(PROJECT_STAGES.map((s) => [s, s])) as { [K in ProjectStage]: K };
registerEnumType(ProjectStageEnum, { name: 'ProjectStage' });

/** Sortable columns of each list (entity property names; each has a `(tenantId, column, id)` index). */
export const ProjectSortField = { CODE: 'code', NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;
export const ProjectSort = SortInput('Project', ProjectSortField);
export const PropertySortField = { NAME: 'name', GROSS_FLOOR_AREA: 'grossFloorArea', UPDATED_AT: 'updatedAt' } as const;
export const PropertySort = SortInput('Property', PropertySortField);

@ObjectType('Region')
export class RegionType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('RegionConnection')
export class RegionConnection extends Connection(RegionType) {}

@ObjectType('Zone', { description: 'A named area of a property (lobby, parking, sales hall …)' })
export class ZoneType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Property')
export class PropertyType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => PropertyFormatEnum) format!: PropertyFormat;
  @Field() address!: string;
  @Field(() => Float, { nullable: true, description: 'Gross floor area in m²' }) grossFloorArea!: number | null;
  @Field(() => [ZoneType]) zones!: ZoneType[];
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('PropertyConnection')
export class PropertyConnection extends Connection(PropertyType) {}

@ObjectType('Project')
export class ProjectType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => ProjectStageEnum) stage!: ProjectStage;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) contractStart!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) contractEnd!: string | null;
  @Field(() => String, { nullable: true, description: 'Contracted service scope' }) serviceScope!: string | null;
  @Field({ description: 'IANA time zone used for schedules at this project' }) timeZone!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  propertyId!: string;
  regionId!: string;
  managerUserId!: string | null;

  @Field(() => [ProjectStageEnum], { description: 'Stages this project may move to next' })
  get allowedNextStages(): ProjectStage[] {
    return allowedNextStages(this.stage);
  }
}

@ObjectType('ProjectConnection')
export class ProjectConnection extends Connection(ProjectType) {}

@ObjectType('ProjectImportReport')
export class ProjectImportReportType {
  @Field() written!: boolean;
  @Field(() => Int) rows!: number;
  @Field(() => Int, { description: 'Projects created (dry run: to create)' }) created!: number;
  @Field(() => Int, { description: 'Projects changed (dry run: to change); rows that change nothing are neither' }) updated!: number;
  @Field(() => Int, { description: 'Properties created for the projects (dry run: to create)' }) propertiesCreated!: number;
  @Field(() => [ImportRowErrorType]) errors!: ImportRowErrorType[];
}
