import { Regulation, RegulationVersion } from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { UserType } from '@pinzhi/api-tenancy';
import { REGULATION_WRITERS, mustAcknowledge, type RegulationDoc } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadRegulationDocs } from './content';
import { RegulationDraftInput, RegulationInput, RegulationsArgs } from './inputs';
import { RegulationsService, canWriteRegulations } from './regulations.service';
import {
  AcknowledgementCountsType,
  RegulationAcknowledgementStatusType,
  RegulationConnection,
  RegulationDiffType,
  RegulationSectionType,
  RegulationType,
  RegulationVersionType,
} from './types';

@Resolver(() => RegulationType)
export class RegulationResolver {
  constructor(private readonly service: RegulationsService) {}

  @Authorized()
  @Query(() => RegulationConnection, {
    complexity: pageComplexity,
    description: 'QC regulations by title (unpublished ones for writers only)',
  })
  regulations(@Args() args: RegulationsArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => RegulationType)
  regulation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Query(() => RegulationVersionType, { description: 'Any published version; drafts for writers only' })
  regulationVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.version(ctx, id);
  }

  @Authorized()
  @Query(() => RegulationDiffType, { description: 'What changed in the sections between two versions (toNumber null = the draft)' })
  regulationDiff(
    @Arg('regulationId', () => ID) regulationId: string,
    @Arg('fromNumber', () => Int) fromNumber: number,
    @Arg('toNumber', () => Int, { nullable: true }) toNumber: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.diff(ctx, regulationId, fromNumber, toNumber);
  }

  @Authorized(REGULATION_WRITERS)
  @Query(() => RegulationAcknowledgementStatusType, {
    description: 'Who must read the current version and who has (Quality Center, admins)',
  })
  regulationAcknowledgements(@Arg('regulationId', () => ID) regulationId: string, @Ctx() ctx: RequestContext) {
    return this.service.status(ctx, regulationId);
  }

  @Authorized()
  @Query(() => [RegulationType], { description: 'Published regulations for my role whose current version I have not acknowledged' })
  myUnreadRegulations(@Ctx() ctx: RequestContext) {
    return this.service.myUnread(ctx);
  }

  @Authorized(REGULATION_WRITERS)
  @Mutation(() => RegulationType, { description: 'A new regulation with an empty first draft' })
  createRegulation(@Arg('input') input: RegulationInput, @Ctx() ctx: RequestContext) {
    return this.service.create(ctx, input);
  }

  @Authorized(REGULATION_WRITERS)
  @Mutation(() => RegulationType, { description: 'Title, scope, owner, effective date, roles' })
  updateRegulation(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: RegulationInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.update(ctx, id, input, expectedVersion);
  }

  @Authorized(REGULATION_WRITERS)
  @Mutation(() => RegulationVersionType, { description: 'Opens a draft from the latest version (returns the open one if there is one)' })
  startRegulationDraft(@Arg('regulationId', () => ID) regulationId: string, @Ctx() ctx: RequestContext) {
    return this.service.startDraft(ctx, regulationId);
  }

  @Authorized(REGULATION_WRITERS)
  @Mutation(() => RegulationVersionType, { description: 'Replaces the draft’s sections; a stale expectedVersion is refused with CONFLICT' })
  saveRegulationDraft(
    @Arg('regulationId', () => ID) regulationId: string,
    @Arg('input') input: RegulationDraftInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveDraft(ctx, regulationId, input, expectedVersion);
  }

  @Authorized(REGULATION_WRITERS)
  @Mutation(() => RegulationVersionType, {
    description: 'Freezes the draft as the next numbered version; everyone it applies to must acknowledge it again',
  })
  publishRegulation(
    @Arg('regulationId', () => ID) regulationId: string,
    @Arg('changeSummary') changeSummary: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.publish(ctx, regulationId, changeSummary, expectedVersion);
  }

  @Authorized(REGULATION_WRITERS)
  @Mutation(() => RegulationType)
  discardRegulationDraft(@Arg('regulationId', () => ID) regulationId: string, @Ctx() ctx: RequestContext) {
    return this.service.discardDraft(ctx, regulationId);
  }

  @Authorized()
  @Mutation(() => RegulationType, { description: '“I have read version N” — the current version, by a member in the roles it applies to' })
  acknowledgeRegulation(
    @Arg('regulationId', () => ID) regulationId: string,
    @Arg('versionNumber', () => Int) versionNumber: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.acknowledge(ctx, regulationId, versionNumber);
  }

  @FieldResolver(() => UserType, { nullable: true })
  owner(@Root() r: Regulation, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(r.ownerUserId);
  }

  @FieldResolver(() => RegulationVersionType, { nullable: true, description: 'The current (latest published) version' })
  latest(@Root() r: Regulation, @Ctx() ctx: RequestContext) {
    return r.latestVersionId ? ctx.loaders.entity(RegulationVersion).load(r.latestVersionId) : null;
  }

  @FieldResolver(() => RegulationVersionType, { nullable: true, description: 'The open draft (writers only)' })
  draft(@Root() r: Regulation, @Ctx() ctx: RequestContext) {
    return r.draftVersionId && canWriteRegulations(ctx.user) ? ctx.loaders.entity(RegulationVersion).load(r.draftVersionId) : null;
  }

  @FieldResolver(() => [RegulationVersionType], { description: 'Published versions, newest first' })
  versions(@Root() r: Regulation, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .custom<string, RegulationVersion[]>('publishedVersionsByRegulation', async (db, ids) => {
        const rows = await db
          .repo(RegulationVersion)
          .query('v')
          .andWhere('v.regulationId IN (:...ids)', { ids })
          .andWhere("v.status = 'PUBLISHED'")
          .orderBy('v.number', 'DESC')
          .getMany();
        return ids.map((id) => rows.filter((x) => x.regulationId === id));
      })
      .load(r.id);
  }

  @FieldResolver(() => Boolean, { description: 'Does it apply to my role (so I must acknowledge each version)?' })
  appliesToMe(@Root() r: Regulation, @Ctx() ctx: RequestContext) {
    return mustAcknowledge(r.appliesToRoles, ctx.user.role);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When I acknowledged the current version; null = not (yet)' })
  async acknowledgedByMeAt(@Root() r: Regulation, @Ctx() ctx: RequestContext) {
    return (await this.service.mine(ctx, r))?.acknowledgedAt ?? null;
  }

  @FieldResolver(() => AcknowledgementCountsType, { nullable: true, description: 'Acknowledgements of the current version (writers only)' })
  acknowledgementCounts(@Root() r: Regulation, @Ctx() ctx: RequestContext) {
    return this.service.counts(ctx, r);
  }
}

@Resolver(() => RegulationVersionType)
export class RegulationVersionResolver {
  @FieldResolver(() => [RegulationSectionType])
  async sections(@Root() v: RegulationVersion, @Ctx() ctx: RequestContext) {
    const doc = await ctx.loaders
      .custom<string, RegulationDoc>('regulationDocs', async (db, ids) => {
        const docs = await loadRegulationDocs(db, ids);
        return ids.map((id) => docs.get(id)!);
      })
      .load(v.id);
    return doc.sections;
  }

  @FieldResolver(() => UserType, { nullable: true })
  publishedBy(@Root() v: RegulationVersion, @Ctx() ctx: RequestContext) {
    return v.publishedByUserId ? ctx.loaders.users.load(v.publishedByUserId) : null;
  }
}
