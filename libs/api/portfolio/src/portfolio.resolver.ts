import { Membership, Project, Property, Region } from '@pinzhi/db';
import { PageArgs, pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { PORTFOLIO_EDITORS, type ProjectStage } from '@pinzhi/domain';
import { InvitationType, MeType, MemberType, UserType } from '@pinzhi/api-tenancy';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CreateProjectInput, ProjectsArgs, PropertiesArgs, PropertyInput, RegionInput, UpdateProjectInput } from './inputs';
import { PortfolioService } from './portfolio.service';
import { importProjects } from './excel';
import {
  ProjectConnection,
  ProjectImportReportType,
  ProjectStageEnum,
  ProjectType,
  PropertyConnection,
  PropertyType,
  RegionConnection,
  RegionType,
} from './types';

const editors = [...PORTFOLIO_EDITORS];

@Resolver(() => RegionType)
export class RegionResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @Authorized()
  @Query(() => RegionConnection, { complexity: pageComplexity })
  regions(@Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return this.portfolio.listRegions(ctx, args);
  }

  @Authorized()
  @Query(() => RegionType)
  region(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.portfolio.getRegion(ctx, id);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => RegionType)
  createRegion(@Arg('input') input: RegionInput, @Ctx() ctx: RequestContext) {
    return this.portfolio.saveRegion(ctx, null, input);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => RegionType)
  updateRegion(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: RegionInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.portfolio.saveRegion(ctx, id, input, expectedVersion);
  }
}

@Resolver(() => PropertyType)
export class PropertyResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @Authorized()
  @Query(() => PropertyConnection, { complexity: pageComplexity })
  properties(@Args() args: PropertiesArgs, @Ctx() ctx: RequestContext) {
    return this.portfolio.listProperties(ctx, args);
  }

  @Authorized()
  @Query(() => PropertyType)
  property(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.portfolio.getProperty(ctx, id);
  }

  @Authorized(editors)
  @Mutation(() => PropertyType)
  createProperty(@Arg('input') input: PropertyInput, @Ctx() ctx: RequestContext) {
    return this.portfolio.saveProperty(ctx, null, input);
  }

  @Authorized(editors)
  @Mutation(() => PropertyType)
  updateProperty(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: PropertyInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.portfolio.saveProperty(ctx, id, input, expectedVersion);
  }
}

@Resolver(() => ProjectType)
export class ProjectResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @Authorized()
  @Query(() => ProjectConnection, { complexity: pageComplexity, description: 'REGIONAL_OPS see only their regions' })
  projects(@Args() args: ProjectsArgs, @Ctx() ctx: RequestContext) {
    return this.portfolio.listProjects(ctx, args);
  }

  @Authorized()
  @Query(() => ProjectType)
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.portfolio.getProject(ctx, id);
  }

  @Authorized(editors)
  @Mutation(() => ProjectType)
  createProject(@Arg('input') input: CreateProjectInput, @Ctx() ctx: RequestContext) {
    return this.portfolio.createProject(ctx, input);
  }

  @Authorized(editors)
  @Mutation(() => ProjectImportReportType, {
    description:
      '.xlsx as base64: 项目编码, 项目名称, 物业名称, 业态, 区域 (+ 地址, 建筑面积（㎡）, 分区, 合同开始, 合同结束, 服务范围); ' +
      'a known 项目编码 updates that project, a new 物业名称 creates the property; writes nothing when any row is wrong',
  })
  importProjects(
    @Arg('fileBase64') fileBase64: string,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return importProjects(ctx, fileBase64, dryRun);
  }

  @Authorized(editors)
  @Mutation(() => ProjectType)
  updateProject(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateProjectInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.portfolio.updateProject(ctx, id, input, expectedVersion);
  }

  @Authorized(editors)
  @Mutation(() => ProjectType)
  changeProjectStage(
    @Arg('id', () => ID) id: string,
    @Arg('stage', () => ProjectStageEnum) stage: ProjectStage,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.portfolio.changeStage(ctx, id, stage, expectedVersion);
  }

  @Authorized(editors)
  @Mutation(() => ProjectType, { description: 'Removes the project from lists; its history stays' })
  archiveProject(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.portfolio.archiveProject(ctx, id);
  }

  @FieldResolver(() => PropertyType)
  property(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Property).load(p.propertyId);
  }

  @FieldResolver(() => RegionType)
  region(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Region).load(p.regionId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  manager(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return p.managerUserId ? ctx.loaders.users.load(p.managerUserId) : null;
  }
}

/** Regions on the tenancy types (a member's regions, the caller's regions). */
@Resolver(() => MemberType)
export class MemberRegionsResolver {
  @FieldResolver(() => [RegionType])
  async regions(@Root() m: Membership, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.entity(Region).loadMany(m.regionIds ?? []);
    return rows.filter((r): r is Region => Boolean(r) && !(r instanceof Error));
  }
}

@Resolver(() => InvitationType)
export class InvitationRegionsResolver {
  @FieldResolver(() => [RegionType])
  async regions(@Root() i: { regionIds: string[] }, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.entity(Region).loadMany(i.regionIds ?? []);
    return rows.filter((r): r is Region => Boolean(r) && !(r instanceof Error));
  }
}

@Resolver(() => MeType)
export class MeRegionsResolver {
  @FieldResolver(() => [RegionType])
  async regions(@Root() me: MeType, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.entity(Region).loadMany(me.regionIds ?? []);
    return rows.filter((r): r is Region => Boolean(r) && !(r instanceof Error));
  }
}
