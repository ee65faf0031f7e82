import { Department, Duty, Onboarding, OnboardingTask, OnboardingTemplate, Project, ServiceProposal, SiteSurvey } from '@pinzhi/db';
import { entityRecordKind, type RecordKind, type RequestContext } from '@pinzhi/api-core';
import type { OnboardingService } from './onboarding.service';

export function onboardingRecordKinds(onboardings: OnboardingService): RecordKind[] {
  const ofOnboarding = async (onboardingId: string, ctx: RequestContext) => {
    const o = await ctx.loaders.entity(Onboarding).load(onboardingId);
    const p = o ? await ctx.loaders.entity(Project).load(o.projectId) : null;
    return o ? { name: p?.name ?? '', page: 'Onboarding' as const, pageId: o.id } : null;
  };
  return [
    entityRecordKind('Department', Department, (d) => ({ name: d.name, page: 'Departments', pageId: null })),
    entityRecordKind('Duty', Duty, (d) => ({ name: d.titleZh, page: 'Departments', pageId: null })),
    entityRecordKind('OnboardingTemplate', OnboardingTemplate, (t) => ({ name: t.name, page: 'OnboardingTemplates', pageId: null })),
    entityRecordKind(
      'Onboarding',
      Onboarding,
      (o, ctx) => ofOnboarding(o.id, ctx),
      (ctx, id) => onboardings.get(ctx, id),
    ),
    entityRecordKind('OnboardingTask', OnboardingTask, (t) => ({ name: t.title, page: 'Onboarding', pageId: t.onboardingId })),
    entityRecordKind('SiteSurvey', SiteSurvey, (s, ctx) => ofOnboarding(s.onboardingId, ctx)),
    entityRecordKind('ServiceProposal', ServiceProposal, (s, ctx) => ofOnboarding(s.onboardingId, ctx)),
  ];
}
