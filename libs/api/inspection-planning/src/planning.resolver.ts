import {
  HolidayList,
  InspectionFrequency,
  Membership,
  InspectionFrequencyDefault,
  InspectionOccurrence,
  InspectionTemplate,
  InspectionTemplateVersion,
  Project,
  type CalendarFeed,
} from '@pinzhi/db';
import { LocalDate, pageComplexity, type RequestContext } from '@pinzhi/api-core';
import { ProjectType, PropertyFormatEnum } from '@pinzhi/api-portfolio';
import { UserType } from '@pinzhi/api-tenancy';
import { InspectionTemplateType, InspectionTemplateVersionType } from '@pinzhi/api-inspection-templates';
import { INSPECTION_PLANNERS, completionError, describeRecurrence, startableFrom, type PropertyFormat } from '@pinzhi/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CalendarFeedsService } from './feeds.service';
import { FrequenciesService } from './frequencies.service';
import {
  HolidayListInput,
  InspectionFrequenciesArgs,
  InspectionFrequencyDefaultInput,
  InspectionFrequencyInput,
  InspectionOccurrencesArgs,
  OccurrenceScope,
} from './inputs';
import { OccurrencesService, mayCompleteOccurrence } from './occurrences.service';
import {
  ApplyDefaultsResultType,
  CalendarFeedType,
  CreatedCalendarFeedType,
  FrequencyPreviewType,
  HolidayListType,
  InspectionAssigneeType,
  InspectionCalendarType,
  InspectionFrequencyConnection,
  InspectionFrequencyDefaultType,
  InspectionFrequencyType,
  InspectionOccurrenceConnection,
  InspectionOccurrenceType,
  OccurrenceKindEnum,
  SkippedDefaultType,
  type OccurrenceKind,
} from './types';

const PLANNERS = [...INSPECTION_PLANNERS];

@Resolver(() => InspectionFrequencyType)
export class InspectionFrequencyResolver {
  constructor(private readonly service: FrequenciesService) {}

  @Authorized()
  @Query(() => [HolidayListType], { description: 'The tenant’s holiday lists (at most 100), by name' })
  holidayLists(@Ctx() ctx: RequestContext) {
    return this.service.holidayLists(ctx);
  }

  @Authorized(PLANNERS)
  @Mutation(() => HolidayListType)
  createHolidayList(@Arg('input') input: HolidayListInput, @Ctx() ctx: RequestContext) {
    return this.service.saveHolidayList(ctx, null, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => HolidayListType, { description: 'New dates apply to occurrences not yet planned' })
  updateHolidayList(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: HolidayListInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveHolidayList(ctx, id, input, expectedVersion);
  }

  @Authorized(PLANNERS)
  @Mutation(() => Boolean, { description: 'Refused while a frequency or default uses it' })
  deleteHolidayList(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.deleteHolidayList(ctx, id);
  }

  @Authorized()
  @Query(() => InspectionFrequencyConnection, {
    complexity: pageComplexity,
    description: 'Frequencies (REGIONAL_OPS: their regions; INSPECTOR: assigned to them)',
  })
  inspectionFrequencies(@Args() args: InspectionFrequenciesArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => InspectionFrequencyType)
  inspectionFrequency(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Query(() => [InspectionAssigneeType], {
    description: 'Active members who can be assigned inspections (admins, Quality Center, regional operations, inspectors), for pickers',
  })
  async inspectionAssignees(@Ctx() ctx: RequestContext) {
    const rows = await ctx.db.repo(Membership).find({ where: { active: true } });
    return rows
      .filter((m) => ['TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS', 'INSPECTOR'].includes(m.role))
      .map((m) => ({ userId: m.userId, role: m.role }));
  }

  @Authorized(PLANNERS)
  @Query(() => FrequencyPreviewType, {
    description: 'The next occurrences and the assignee’s monthly workload, before saving (frequencyId: previewing a change)',
  })
  previewInspectionFrequency(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input') input: InspectionFrequencyInput,
    @Arg('frequencyId', () => ID, { nullable: true }) frequencyId: string | null,
    @Arg('count', () => Int, { defaultValue: 10 }) count: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.preview(ctx, projectId, input, frequencyId, count);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionFrequencyType)
  createInspectionFrequency(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input') input: InspectionFrequencyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.create(ctx, projectId, input);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionFrequencyType, { description: 'Takes effect from now: past and in-progress occurrences keep the old rule' })
  updateInspectionFrequency(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: InspectionFrequencyInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.update(ctx, id, input, expectedVersion);
  }

  @Authorized(PLANNERS)
  @Mutation(() => InspectionFrequencyType, { description: 'Stops it from now on; its past occurrences stay' })
  archiveInspectionFrequency(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.archive(ctx, id);
  }

  @Authorized()
  @Query(() => [InspectionFrequencyDefaultType], { description: 'The default frequencies for projects of a format' })
  inspectionFrequencyDefaults(@Arg('format', () => PropertyFormatEnum) format: PropertyFormat, @Ctx() ctx: RequestContext) {
    return this.service.defaults(ctx, format);
  }

  @Authorized(PLANNERS)
  @Mutation(() => [InspectionFrequencyDefaultType], { description: 'Replaces the format’s default set' })
  saveInspectionFrequencyDefaults(
    @Arg('format', () => PropertyFormatEnum) format: PropertyFormat,
    @Arg('items', () => [InspectionFrequencyDefaultInput]) items: InspectionFrequencyDefaultInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.saveDefaults(ctx, format, items);
  }

  @Authorized(PLANNERS)
  @Mutation(() => ApplyDefaultsResultType, {
    description: 'Creates the project’s frequencies from its format’s defaults; already scheduled checklists are skipped',
  })
  applyInspectionFrequencyDefaults(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('startDate', () => LocalDate, { nullable: true, description: 'YYYY-MM-DD; default today in the project’s zone' })
    startDate: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.applyDefaults(ctx, projectId, startDate);
  }

  @FieldResolver(() => ProjectType)
  project(@Root() f: InspectionFrequency, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(f.projectId);
  }

  @FieldResolver(() => InspectionTemplateType, { nullable: true })
  template(@Root() f: InspectionFrequency, @Ctx() ctx: RequestContext) {
    return f.templateId ? ctx.loaders.entity(InspectionTemplate).load(f.templateId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  assigneeUser(@Root() f: InspectionFrequency, @Ctx() ctx: RequestContext) {
    return f.assigneeUserId ? ctx.loaders.users.load(f.assigneeUserId) : null;
  }

  @FieldResolver(() => HolidayListType, { nullable: true })
  holidayList(@Root() f: InspectionFrequency, @Ctx() ctx: RequestContext) {
    return f.holidayListId ? ctx.loaders.entity(HolidayList).load(f.holidayListId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The rule in English words (the web client has its own Chinese)' })
  ruleText(@Root() f: InspectionFrequency) {
    return f.rrule ? describeRecurrence(f.rrule) : null;
  }
}

@Resolver(() => InspectionAssigneeType)
export class InspectionAssigneeResolver {
  @FieldResolver(() => UserType, { nullable: true })
  user(@Root() a: InspectionAssigneeType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.users.load(a.userId);
  }
}

@Resolver(() => InspectionFrequencyDefaultType)
export class InspectionFrequencyDefaultResolver {
  @FieldResolver(() => InspectionTemplateType, { nullable: true })
  template(@Root() d: InspectionFrequencyDefault, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(InspectionTemplate).load(d.templateId);
  }

  @FieldResolver(() => HolidayListType, { nullable: true })
  holidayList(@Root() d: InspectionFrequencyDefault, @Ctx() ctx: RequestContext) {
    return d.holidayListId ? ctx.loaders.entity(HolidayList).load(d.holidayListId) : null;
  }
}

@Resolver(() => SkippedDefaultType)
export class SkippedDefaultResolver {
  @FieldResolver(() => InspectionTemplateType, { nullable: true })
  template(@Root() s: SkippedDefaultType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(InspectionTemplate).load(s.templateId);
  }
}

@Resolver(() => InspectionOccurrenceType)
export class InspectionOccurrenceResolver {
  constructor(private readonly service: OccurrencesService) {}

  @Authorized()
  @Query(() => InspectionOccurrenceConnection, {
    complexity: pageComplexity,
    description: 'Occurrences of a scope and range of local days, by due time',
  })
  inspectionOccurrences(@Args() args: InspectionOccurrencesArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Authorized()
  @Query(() => InspectionOccurrenceType)
  inspectionOccurrence(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(ctx, id);
  }

  @Authorized()
  @Query(() => InspectionCalendarType, {
    description: 'Counts by state per local day and the first itemsPerDay occurrences of each (month and week views)',
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Math.max(1, Number(args['itemsPerDay'] ?? 5)),
  })
  inspectionCalendar(
    @Arg('scope') scope: OccurrenceScope,
    @Arg('itemsPerDay', () => Int, { defaultValue: 5 }) itemsPerDay: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.calendar(ctx, scope, itemsPerDay);
  }

  @Authorized()
  @Mutation(() => InspectionOccurrenceType, { description: 'Records that it was done now (by its assignee or the Quality Center)' })
  completeInspectionOccurrence(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.complete(ctx, id, note);
  }

  @FieldResolver(() => ProjectType)
  project(@Root() o: InspectionOccurrence, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(Project).load(o.projectId);
  }

  @FieldResolver(() => OccurrenceKindEnum, { description: 'An inspection (checklist) or a patrol run (route)' })
  kind(@Root() o: InspectionOccurrence): OccurrenceKind {
    return o.patrolRouteId ? 'PATROL' : 'INSPECTION';
  }

  @FieldResolver(() => InspectionTemplateType, { nullable: true })
  template(@Root() o: InspectionOccurrence, @Ctx() ctx: RequestContext) {
    return o.templateId ? ctx.loaders.entity(InspectionTemplate).load(o.templateId) : null;
  }

  @FieldResolver(() => InspectionTemplateVersionType, { nullable: true, description: 'The checklist version it was planned with' })
  templateVersion(@Root() o: InspectionOccurrence, @Ctx() ctx: RequestContext) {
    return o.templateVersionId ? ctx.loaders.entity(InspectionTemplateVersion).load(o.templateVersionId) : null;
  }

  @FieldResolver(() => InspectionFrequencyType, { nullable: true })
  frequency(@Root() o: InspectionOccurrence, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity(InspectionFrequency).load(o.frequencyId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  assigneeUser(@Root() o: InspectionOccurrence, @Ctx() ctx: RequestContext) {
    return o.assigneeUserId ? ctx.loaders.users.load(o.assigneeUserId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  completedBy(@Root() o: InspectionOccurrence, @Ctx() ctx: RequestContext) {
    return o.completedByUserId ? ctx.loaders.users.load(o.completedByUserId) : null;
  }

  @FieldResolver(() => Date, {
    description: 'From when it may be started: its due time, or earlier when the company allows early starts (公司设置 → 提前开始)',
  })
  async startableFrom(@Root() o: InspectionOccurrence, @Ctx() ctx: RequestContext) {
    return startableFrom(o.dueAt, (await this.service.settingsOf(ctx)).earlyStartHours);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may start (and submit) it now: theirs to do, not done, not missed, and startable at the server’s clock',
  })
  async canStart(@Root() o: InspectionOccurrence, @Ctx() ctx: RequestContext) {
    if (!mayCompleteOccurrence(ctx.user, o)) return false;
    return completionError(o, ctx.now(), (await this.service.settingsOf(ctx)).earlyStartHours) === null;
  }
}

@Resolver(() => CalendarFeedType)
export class CalendarFeedResolver {
  constructor(private readonly service: CalendarFeedsService) {}

  @Authorized()
  @Query(() => [CalendarFeedType], { description: 'My calendar feeds, newest first' })
  calendarFeeds(@Ctx() ctx: RequestContext) {
    return this.service.mine(ctx);
  }

  @Authorized()
  @Mutation(() => CreatedCalendarFeedType, {
    description: 'A new .ics feed of my assignments, or of a project (projectId); the secret path is shown once',
  })
  createCalendarFeed(@Arg('projectId', () => ID, { nullable: true }) projectId: string | null, @Ctx() ctx: RequestContext) {
    return this.service.create(ctx, projectId);
  }

  @Authorized()
  @Mutation(() => CalendarFeedType, { description: 'Stops the feed at once' })
  revokeCalendarFeed(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.revoke(ctx, id);
  }

  @FieldResolver(() => ProjectType, { nullable: true })
  project(@Root() f: CalendarFeed, @Ctx() ctx: RequestContext) {
    return f.projectId ? ctx.loaders.entity(Project).load(f.projectId) : null;
  }
}

/** Planning's fields on the portfolio's Project (portfolio does not depend on planning). */
@Resolver(() => ProjectType)
export class ProjectPlanningResolver {
  constructor(private readonly service: OccurrencesService) {}

  @FieldResolver(() => InspectionOccurrenceType, {
    nullable: true,
    description:
      'The earliest occurrence not yet done whose window is still open (DUE or SCHEDULED) that the caller may see; batched per page',
  })
  nextDueOccurrence(@Root() p: Project, @Ctx() ctx: RequestContext) {
    return this.service.nextDue(ctx, p.id);
  }
}
