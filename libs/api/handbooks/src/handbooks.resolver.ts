import { ApprovalRequest, Handbook, HandbookVersion, Project, Standard } from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import { ApprovalRequestType } from '@pinzhi/api-approvals';
import type { HandbookDoc } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadDocs } from './handbook-content';
import { HandbooksService } from './handbooks.service';
import { importStandards } from './excel';
import { HandbookDraftInput, HandbookTemplateInput, HandbooksArgs, StandardInput, StandardsArgs } from './inputs';
import { HANDBOOK_EDITORS, canEditHandbooks } from './roles';
import { StandardsService } from './standards.service';
import {
  HandbookConnection,
  HandbookDiffType,
  HandbookItemType,
  HandbookSectionType,
  HandbookType,
  HandbookVersionType,
  StandardConnection,
  StandardImportReportType,
  StandardType,
} from './types';

@Resolver(() => StandardType)
export class StandardResolver {
  constructor(private readonly service: StandardsService) {}

  @Authorized()
  @Query(() => StandardConnection, { complexity: pageComplexity, description: 'The standards library, by code' })
  standards(@Args() args: StandardsArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => StandardType)
  standard(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => StandardType)
  createStandard(@Arg('input') input: StandardInput, @Ctx() ctx: RequestContext) {
    return this.service.save(ctx, null, input);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => StandardType)
  updateStandard(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: StandardInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.save(ctx, id, input, expectedVersion);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => StandardType, { description: 'Hides it from the library; handbooks that use it keep it' })
  archiveStandard(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.setArchived(ctx, id, true);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => StandardType)
  restoreStandard(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.setArchived(ctx, id, false);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => StandardImportReportType, {
    description:
      'Imports standards from an .xlsx (base64). Any row error → nothing is written and every error is reported. dryRun only checks.',
  })
  importStandards(
    @Arg('fileBase64') fileBase64: string,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return importStandards(ctx, fileBase64, dryRun);
  }
}

@Resolver(() => HandbookType)
export class HandbookResolver {
  constructor(private readonly service: HandbooksService) {}

  @Authorized()
  @Query(() => HandbookConnection, {
    complexity: pageComplexity,
    description: 'Templates and project handbooks (REGIONAL_OPS: templates and their regions)',
  })
  handbooks(@Args() args: HandbooksArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => HandbookType)
  handbook(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Query(() => HandbookVersionType, { description: 'Any published version; drafts for editors only' })
  handbookVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.version(ctx, id);
  }

  @Authorized()
  @Query(() => HandbookDiffType, { description: 'What changed between two versions (toNumber null = the draft)' })
  handbookDiff(
    @Arg('handbookId', () => ID) handbookId: string,
    @Arg('fromNumber', () => Int) fromNumber: number,
    @Arg('toNumber', () => Int, { nullable: true }) toNumber: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.diff(ctx, handbookId, fromNumber, toNumber);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => HandbookType)
  createHandbookTemplate(@Arg('input') input: HandbookTemplateInput, @Ctx() ctx: RequestContext) {
    return this.service.createTemplate(ctx, input);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => HandbookType, { description: 'Creates the project’s handbook as a draft copied from a published template of its format' })
  createProjectHandbook(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('templateId', () => ID, { nullable: true }) templateId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.createForProject(ctx, projectId, templateId);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => HandbookVersionType, { description: 'Opens a draft from the latest version (returns the open one if there is one)' })
  startHandbookDraft(@Arg('handbookId', () => ID) handbookId: string, @Ctx() ctx: RequestContext) {
    return this.service.startDraft(ctx, handbookId);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => HandbookVersionType, { description: 'Replaces the draft; a stale expectedVersion is refused with CONFLICT' })
  saveHandbookDraft(
    @Arg('handbookId', () => ID) handbookId: string,
    @Arg('input') input: HandbookDraftInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveDraft(ctx, handbookId, input, expectedVersion);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => HandbookVersionType, { description: 'Freezes the draft as the next numbered version' })
  publishHandbook(
    @Arg('handbookId', () => ID) handbookId: string,
    @Arg('changeSummary') changeSummary: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.publish(ctx, handbookId, changeSummary, expectedVersion);
  }

  @Authorized(HANDBOOK_EDITORS)
  @Mutation(() => HandbookType)
  discardHandbookDraft(@Arg('handbookId', () => ID) handbookId: string, @Ctx() ctx: RequestContext) {
    return this.service.discardDraft(ctx, handbookId);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() h: Handbook, @Ctx() ctx: RequestContext) {
    return h.projectId ? ctx.loaders.entity(Project).load(h.projectId) : null;
  }

  @FieldResolver(() => HandbookType, { nullable: true })
  sourceTemplate(@Root() h: Handbook, @Ctx() ctx: RequestContext) {
    return h.sourceTemplateId ? ctx.loaders.entity(Handbook).load(h.sourceTemplateId) : null;
  }

  @FieldResolver(() => HandbookVersionType, { nullable: true, description: 'The latest published version' })
  latest(@Root() h: Handbook, @Ctx() ctx: RequestContext) {
    return h.latestVersionId ? ctx.loaders.entity(HandbookVersion).load(h.latestVersionId) : null;
  }

  @FieldResolver(() => ApprovalRequestType, {
    nullable: true,
    description: 'The approval request of the open draft: pending, or the rejection (with its reason) that returned it (editors only)',
  })
  draftApproval(@Root() h: Handbook, @Ctx() ctx: RequestContext) {
    return canEditHandbooks(ctx.user) ? this.service.draftApproval(ctx, h) : null;
  }

  @FieldResolver(() => HandbookVersionType, { nullable: true, description: 'The open draft (editors only)' })
  draft(@Root() h: Handbook, @Ctx() ctx: RequestContext) {
    return h.draftVersionId && canEditHandbooks(ctx.user) ? ctx.loaders.entity(HandbookVersion).load(h.draftVersionId) : null;
  }

  @FieldResolver(() => [HandbookVersionType], { description: 'Published versions, newest first' })
  versions(@Root() h: Handbook, @Ctx() ctx: RequestContext) {
    // One query for all handbooks on a page, not one per handbook.
    return ctx.loaders
      .custom<string, HandbookVersion[]>('publishedVersionsByHandbook', async (db, ids) => {
        const rows = await db
          .repo(HandbookVersion)
          .query('v')
          .andWhere('v.handbookId IN (:...ids)', { ids })
          .andWhere("v.status = 'PUBLISHED'")
          .orderBy('v.number', 'DESC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.handbookId === id));
      })
      .load(h.id);
  }
}

@Resolver(() => HandbookVersionType)
export class HandbookVersionResolver {
  @FieldResolver(() => [HandbookSectionType], { description: 'Sections in order, with their standards and frequencies' })
  async sections(@Root() v: HandbookVersion, @Ctx() ctx: RequestContext) {
    const doc = await ctx.loaders
      .custom<string, HandbookDoc>('handbookDocs', async (db, ids) => {
        const docs = await loadDocs(db, ids);
        return ids.map((id) => docs.get(id)!);
      })
      .load(v.id);
    return doc.sections;
  }

  @FieldResolver(() => UserType, { nullable: true })
  publishedBy(@Root() v: HandbookVersion, @Ctx() ctx: RequestContext) {
    return v.publishedByUserId ? ctx.loaders.users.load(v.publishedByUserId) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Number of the version this draft started from' })
  async basedOnNumber(@Root() v: HandbookVersion, @Ctx() ctx: RequestContext) {
    return v.basedOnVersionId ? ((await ctx.loaders.entity(HandbookVersion).load(v.basedOnVersionId))?.number ?? null) : null;
  }
}

@Resolver(() => HandbookItemType)
export class HandbookItemResolver {
  @FieldResolver(() => StandardType)
  standard(@Root() item: HandbookItemType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Standard).load(item.standardId);
  }
}

/** A project's handbook on the Project type. */
@Resolver(() => ProjectType)
export class ProjectHandbookResolver {
  @FieldResolver(() => HandbookType, { nullable: true })
  async handbook(@Root() p: ProjectType, @Ctx() ctx: RequestContext) {
    return ctx.loaders
      .custom<string, Handbook | null>('handbookByProject', async (db, projectIds) => {
        const rows = await db.repo(Handbook).query('h').andWhere('h.projectId IN (:...projectIds)', { projectIds }).getMany();
        return projectIds.map((id) => rows.find((r) => r.projectId === id) ?? null);
      })
      .load(p.id);
  }
}

/** What the approver of a handbook publish sees: the submitted draft against the current version. */
@Resolver(() => ApprovalRequestType)
export class HandbookApprovalResolver {
  constructor(private readonly service: HandbooksService) {}

  @FieldResolver(() => HandbookDiffType, { nullable: true, description: 'HANDBOOK_PUBLISH: the draft against the current version' })
  handbookDiff(@Root() r: ApprovalRequest, @Ctx() ctx: RequestContext) {
    if (r.kind !== 'HANDBOOK_PUBLISH' || !r.subjectVersionId) return null;
    return this.service.approvalDiff(ctx.db, r.subjectId, r.subjectVersionId).catch(() => null);
  }

  @FieldResolver(() => HandbookType, { nullable: true, description: 'HANDBOOK_PUBLISH: the handbook' })
  handbook(@Root() r: ApprovalRequest, @Ctx() ctx: RequestContext) {
    return r.kind === 'HANDBOOK_PUBLISH' ? ctx.loaders.entity(Handbook).load(r.subjectId) : null;
  }
}
