import type { DownloadRoute } from '@pinzhi/api-core';
import type { PortfolioService } from '@pinzhi/api-portfolio';
import type { HandbooksService } from '@pinzhi/api-handbooks';
import type { FrequenciesService } from '@pinzhi/api-inspection-planning';
import { DepartmentsService } from './departments.service';
import { exportProposal } from './excel';
import {
  DepartmentResolver,
  DepartmentTaskCountResolver,
  DutyResolver,
  OnboardingResolver,
  OnboardingTaskResolver,
  OnboardingTemplateResolver,
  PipelineRowResolver,
  ProjectOnboardingResolver,
} from './onboarding.resolver';
import { onboardingRecordKinds } from './records';
import { OnboardingService, type TrainingPreview } from './onboarding.service';

export * from './types';
export { DepartmentsService } from './departments.service';
export { OnboardingService, nextStage, openOnboarding } from './onboarding.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * New-project onboarding (前期接管): departments and the duty matrix, templates per format,
 * onboardings with tasks, survey and proposal, stage gates and go-live provisioning.
 * `onStageChange` goes into portfolio's stage listeners (schema.ts): the gate is enforced
 * on every stage change of an onboarded project, whichever mutation makes it.
 */
export function onboardingModule(deps: {
  portfolio: PortfolioService;
  handbooks: HandbooksService;
  frequencies: FrequenciesService;
  /** Training's go-live preview (the composition root wires it; onboarding never imports training). */
  trainingPreview?: TrainingPreview;
}) {
  const departments = new DepartmentsService();
  const onboarding = new OnboardingService(deps.portfolio, deps.handbooks, deps.frequencies, deps.trainingPreview);
  const downloads: DownloadRoute[] = [
    {
      path: '/downloads/onboardings/:id/proposal.xlsx',
      handle: async (ctx, params) => ({ contentType: XLSX, ...(await exportProposal(ctx, onboarding, params['id'])) }),
    },
  ];
  return {
    records: onboardingRecordKinds(onboarding),
    departments,
    onboarding,
    downloads,
    onStageChange: onboarding.onStageChange,
    resolvers: [
      DepartmentResolver,
      DutyResolver,
      OnboardingTemplateResolver,
      OnboardingResolver,
      OnboardingTaskResolver,
      PipelineRowResolver,
      DepartmentTaskCountResolver,
      ProjectOnboardingResolver,
    ] as const,
    instances: [
      new DepartmentResolver(departments),
      new DutyResolver(departments),
      new OnboardingTemplateResolver(departments),
      new OnboardingResolver(onboarding),
      new OnboardingTaskResolver(onboarding),
      new PipelineRowResolver(),
      new DepartmentTaskCountResolver(),
      new ProjectOnboardingResolver(onboarding),
    ],
  };
}
