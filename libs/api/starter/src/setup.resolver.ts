import { CompanySettings, Membership, Project, Region } from '@pinzhi/db';
import { BadUserInputError, companySettings, type RequestContext } from '@pinzhi/api-core';
import { COMPANY_SETTINGS_DEFAULTS, STARTER_PACKS, type StarterPackId } from '@pinzhi/domain';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { applyStarterPack, existingContent, type TenantOpener } from './starter-pack';

/** The first-day checklist's items, in the wizard's order. */
export const SETUP_ITEMS = ['settings', 'regions', 'projects', 'members', 'templates'] as const;
export type SetupItem = (typeof SETUP_ITEMS)[number];

@ObjectType('SetupChecklistItem')
export class SetupChecklistItemType {
  @Field(() => String, { description: 'settings | regions | projects | members | templates' }) key!: SetupItem;
  @Field() done!: boolean;
  @Field(() => Int, { description: 'How many there are (settings: 1 once saved)' }) count!: number;
  @Field({ description: 'Path of its screen in the web app' }) link!: string;
}

@ObjectType('SetupChecklist', { description: "开通清单: what is left of a new company's first day (company admins)" })
export class SetupChecklistType {
  @Field(() => [SetupChecklistItemType]) items!: SetupChecklistItemType[];
  @Field({ description: 'Every item is done' }) done!: boolean;
  @Field({ description: 'The admin closed the checklist' }) dismissed!: boolean;
  @Field({ description: 'Show it on the 工作台: neither done nor dismissed' }) visible!: boolean;
  @Field(() => String, { nullable: true, description: 'The starter pack applied, if any' }) starterPack!: string | null;
  @Field({ description: 'A starter pack can still be applied (none was, and the company has no standards, templates or departments)' })
  canApplyStarterPack!: boolean;
}

@ObjectType('StarterPackResult', { description: 'What a starter pack created' })
export class StarterPackResultType {
  @Field() packId!: string;
  @Field(() => Int) standards!: number;
  @Field(() => Int) handbookTemplates!: number;
  @Field(() => Int) checklists!: number;
  @Field(() => Int) holidayLists!: number;
  @Field(() => Int) frequencyDefaults!: number;
  @Field(() => Int) departments!: number;
  @Field(() => Int) duties!: number;
  @Field(() => Int) onboardingTemplates!: number;
}

const LINKS: Record<SetupItem, string> = {
  settings: '/settings/company',
  regions: '/regions',
  projects: '/projects',
  members: '/settings/members',
  templates: '/handbooks',
};

export class SetupService {
  constructor(private readonly platform: TenantOpener) {}

  async checklist(ctx: RequestContext): Promise<SetupChecklistType> {
    const db = ctx.db;
    const [settings, regions, projects, members, content] = await Promise.all([
      companySettings(db),
      db.repo(Region).count(),
      db.repo(Project).count(),
      db.repo(Membership).count({ active: true }),
      existingContent(db),
    ]);
    const counts: Record<SetupItem, number> = {
      settings: settings.version > 0 ? 1 : 0,
      regions,
      projects,
      // The admin alone does not make a team.
      members: Math.max(0, members - 1),
      templates: (content.handbookTemplates ?? 0) + (content.checklists ?? 0),
    };
    const items = SETUP_ITEMS.map((key) => ({
      key,
      count: counts[key],
      // 'empty' chosen on purpose counts as done for templates.
      done: counts[key] > 0 || (key === 'templates' && settings.starterPack === 'empty'),
      link: LINKS[key],
    }));
    const done = items.every((i) => i.done);
    const dismissed = settings.setupDismissedAt != null;
    return {
      items,
      done,
      dismissed,
      visible: !done && !dismissed,
      starterPack: settings.starterPack,
      canApplyStarterPack: !settings.starterPack && Object.keys(content).length === 0,
    };
  }

  async apply(ctx: RequestContext, packId: string): Promise<StarterPackResultType> {
    if (!(STARTER_PACKS as readonly string[]).includes(packId))
      throw BadUserInputError.field('packId', 'INVALID_VALUE', `One of ${STARTER_PACKS.join(', ')}`, { allowed: STARTER_PACKS });
    const counts = await applyStarterPack(this.platform, ctx.user.tenantId, packId as StarterPackId, {
      actorUserId: ctx.user.userId,
      now: ctx.now(),
    });
    return { packId, ...counts };
  }

  async dismiss(ctx: RequestContext, dismissed: boolean): Promise<SetupChecklistType> {
    await ctx.db.transaction(async (db) => {
      const row = await db.repo(CompanySettings).findOne({});
      const setupDismissedAt = dismissed ? ctx.now() : null;
      const saved = row
        ? await db.repo(CompanySettings).update(row.id, { setupDismissedAt })
        : await db.repo(CompanySettings).insert({
            ...COMPANY_SETTINGS_DEFAULTS,
            workingDays: null,
            starterPackAppliedAt: null,
            setupDismissedAt,
          });
      await db.audit({
        operation: 'dismissSetupChecklist',
        entity: 'CompanySettings',
        entityId: saved.id,
        changes: {},
      });
    });
    return this.checklist(ctx);
  }
}

@Resolver()
export class SetupResolver {
  constructor(private readonly service: SetupService) {}

  @Authorized(['TENANT_ADMIN'])
  @Query(() => SetupChecklistType, { description: "开通清单: what is left of the company's first day (company admins)" })
  setupChecklist(@Ctx() ctx: RequestContext) {
    return this.service.checklist(ctx);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => StarterPackResultType, {
    description:
      "Copies a starter pack ('standard' or 'empty') into the company: once, and only into a company without standards, templates or departments",
  })
  applyStarterPack(@Arg('packId', () => String) packId: string, @Ctx() ctx: RequestContext) {
    return this.service.apply(ctx, packId);
  }

  @Authorized(['TENANT_ADMIN'])
  @Mutation(() => SetupChecklistType, {
    description: 'Hides (or, with dismissed: false, shows again) the first-day checklist on the 工作台',
  })
  dismissSetupChecklist(@Arg('dismissed', () => Boolean, { defaultValue: true }) dismissed: boolean, @Ctx() ctx: RequestContext) {
    return this.service.dismiss(ctx, dismissed);
  }
}
