// en-US texts of the feature screens; typed as FeatureMessages (and each `<feature>.en-US.ts` as its zh-CN
// object), so the keys must match zh-CN.ts exactly.
import type { FeatureMessages } from './zh-CN';
import { templatesEn } from './templates.en-US';
import { planningEn } from './planning.en-US';
import { calendarEn } from './calendar.en-US';
import { inspectionsEn } from './inspections.en-US';
import { evaluationEn, summaryEn } from './evaluation.en-US';
import { feedbackEn } from './feedback.en-US';
import { trainingEn } from './training.en-US';
import { regulationsEn } from './regulations.en-US';
import { complaintsEn } from './complaints.en-US';
import { onboardingEn } from './onboarding.en-US';
import { costsEn } from './costs.en-US';
import { surveysEn } from './surveys.en-US';
import { notificationsEn } from './notifications.en-US';
import { companySettingsEn } from './company-settings.en-US';
import { fieldEn } from './field.en-US';
import { setupEn } from './setup.en-US';
import { dataLifecycleEn } from './data-lifecycle.en-US';

import { findingsEn } from './findings.en-US';
import { approvalsEn } from './approvals.en-US';
import { levelComparisonEn } from './level-comparison.en-US';
export const featuresEn: FeatureMessages = {
  approvals: approvalsEn,
  inspectionTemplates: templatesEn,
  inspectionPlanning: planningEn,
  inspectionCalendar: calendarEn,
  inspections: inspectionsEn,
  evaluation: evaluationEn,
  inspectionSummary: summaryEn,
  feedback: feedbackEn,
  training: trainingEn,
  findings: findingsEn,
  levelComparison: levelComparisonEn,
  regulations: regulationsEn,
  complaints: complaintsEn,
  onboarding: onboardingEn,
  costs: costsEn,
  surveys: surveysEn,
  notifications: notificationsEn,
  companySettings: companySettingsEn,
  field: fieldEn,
  setup: setupEn,
  dataLifecycle: dataLifecycleEn,
};
