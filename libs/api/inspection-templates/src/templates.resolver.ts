import { InspectionTemplate, InspectionTemplateVersion, Standard } from '@pinzhi/db';
import { pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { StandardType } from '@pinzhi/api-handbooks';
import { UserType } from '@pinzhi/api-tenancy';
import { INSPECTION_PLANNERS, checklistTotals } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChecklistDraftInput, InspectionTemplateInput, InspectionTemplatesArgs } from './inputs';
import { InspectionTemplatesService, canPlanInspections } from './templates.service';
import {
  ChecklistItemType,
  ChecklistSectionType,
  ChecklistTotalsType,
  InspectionTemplateConnection,
  InspectionTemplateType,
  InspectionTemplateVersionType,
} from './types';

const PLANNERS = [...INSPECTION_PLANNERS];

@Resolver(() => InspectionTemplateType)
export class InspectionTemplateResolver {
  constructor(private readonly service: InspectionTemplatesService) {}

  @Authorized()
  @Query(() => InspectionTemplateConnection, { complexity: pageComplexity, description: 'Inspection checklists, by name' })
  inspectionTemplates(@Args() args: InspectionTemplatesArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => InspectionTemplateType)
  inspectionTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Query(() => InspectionTemplateVersionType, { description: 'Any published version; drafts for planners only' })
  inspectionTemplateVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.version(ctx, id);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionTemplateType, {
    description: 'A new checklist with a first draft (empty, or copied from a handbook version’s standards)',
  })
  createInspectionTemplate(
    @Arg('input') input: InspectionTemplateInput,
    @Arg('fromHandbookVersionId', () => ID, { nullable: true }) fromHandbookVersionId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.create(ctx, input, fromHandbookVersionId);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionTemplateType)
  updateInspectionTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: InspectionTemplateInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.update(ctx, id, input, expectedVersion);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionTemplateType, { description: 'No new frequencies can use it; existing ones keep working' })
  archiveInspectionTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.setArchived(ctx, id, true);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionTemplateType)
  restoreInspectionTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.setArchived(ctx, id, false);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionTemplateVersionType, {
    description: 'Opens a draft from the latest version (returns the open one if there is one)',
  })
  startInspectionTemplateDraft(@Arg('templateId', () => ID) templateId: string, @Ctx() ctx: RequestContext) {
    return this.service.startDraft(ctx, templateId);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionTemplateVersionType, { description: 'Replaces the draft; a stale expectedVersion is refused with CONFLICT' })
  saveInspectionTemplateDraft(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('input') input: ChecklistDraftInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveDraft(ctx, templateId, input, expectedVersion);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionTemplateVersionType, { description: 'Freezes the draft as the next version; new occurrences use it' })
  publishInspectionTemplate(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('changeSummary') changeSummary: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.publish(ctx, templateId, changeSummary, expectedVersion);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionTemplateType)
  discardInspectionTemplateDraft(@Arg('templateId', () => ID) templateId: string, @Ctx() ctx: RequestContext) {
    return this.service.discardDraft(ctx, templateId);
  }

  @FieldResolver(() => InspectionTemplateVersionType, { nullable: true, description: 'The latest published version' })
  latestVersion(@Root() t: InspectionTemplate, @Ctx() ctx: RequestContext) {
    return t.latestVersionId ? ctx.loaders.entity(InspectionTemplateVersion).load(t.latestVersionId) : null;
  }

  @FieldResolver(() => InspectionTemplateVersionType, { nullable: true, description: 'The open draft (planners only)' })
  draft(@Root() t: InspectionTemplate, @Ctx() ctx: RequestContext) {
    return t.draftVersionId && canPlanInspections(ctx.user) ? ctx.loaders.entity(InspectionTemplateVersion).load(t.draftVersionId) : null;
  }

  @FieldResolver(() => [InspectionTemplateVersionType], { description: 'Published versions, newest first' })
  versions(@Root() t: InspectionTemplate, @Ctx() ctx: RequestContext) {
    return this.service.versions(ctx, t.id);
  }
}

@Resolver(() => InspectionTemplateVersionType)
export class InspectionTemplateVersionResolver {
  constructor(private readonly service: InspectionTemplatesService) {}

  @FieldResolver(() => [ChecklistSectionType])
  async sections(@Root() v: InspectionTemplateVersion, @Ctx() ctx: RequestContext) {
    return (await this.service.content(ctx, v.id)).sections;
  }

  @FieldResolver(() => ChecklistTotalsType)
  async totals(@Root() v: InspectionTemplateVersion, @Ctx() ctx: RequestContext) {
    return checklistTotals(await this.service.content(ctx, v.id));
  }

  @FieldResolver(() => InspectionTemplateType)
  template(@Root() v: InspectionTemplateVersion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(InspectionTemplate).load(v.templateId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  publishedBy(@Root() v: InspectionTemplateVersion, @Ctx() ctx: RequestContext) {
    return v.publishedByUserId ? ctx.loaders.users.load(v.publishedByUserId) : null;
  }
}

@Resolver(() => ChecklistItemType)
export class ChecklistItemResolver {
  @FieldResolver(() => StandardType, { nullable: true, description: 'The library standard (null if it was deleted)' })
  standard(@Root() item: ChecklistItemType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Standard).load(item.standardId);
  }
}
