// zh-CN texts of the feature screens, one top-level key per feature. Not in the first bundle: index.ts loads
// them (with en-US.ts, as one lazy chunk) after sign-in. A new feature adds its `<feature>.zh-CN.ts` here.
import { templatesZh } from './templates.zh-CN';
import { planningZh } from './planning.zh-CN';
import { calendarZh } from './calendar.zh-CN';
import { inspectionsZh } from './inspections.zh-CN';
import { evaluationZh, summaryZh } from './evaluation.zh-CN';
import { feedbackZh } from './feedback.zh-CN';
import { trainingZh } from './training.zh-CN';
import { regulationsZh } from './regulations.zh-CN';
import { complaintsZh } from './complaints.zh-CN';
import { onboardingZh } from './onboarding.zh-CN';
import { costsZh } from './costs.zh-CN';
import { surveysZh } from './surveys.zh-CN';
import { notificationsZh } from './notifications.zh-CN';
import { companySettingsZh } from './company-settings.zh-CN';
import { fieldZh } from './field.zh-CN';
import { setupZh } from './setup.zh-CN';
import { dataLifecycleZh } from './data-lifecycle.zh-CN';

import { findingsZh } from './findings.zh-CN';
import { approvalsZh } from './approvals.zh-CN';
import { levelComparisonZh } from './level-comparison.zh-CN';
export const featuresZh = {
  approvals: approvalsZh,
  inspectionTemplates: templatesZh,
  inspectionPlanning: planningZh,
  inspectionCalendar: calendarZh,
  inspections: inspectionsZh,
  evaluation: evaluationZh,
  inspectionSummary: summaryZh,
  feedback: feedbackZh,
  training: trainingZh,
  findings: findingsZh,
  levelComparison: levelComparisonZh,
  regulations: regulationsZh,
  complaints: complaintsZh,
  onboarding: onboardingZh,
  costs: costsZh,
  surveys: surveysZh,
  notifications: notificationsZh,
  companySettings: companySettingsZh,
  field: fieldZh,
  setup: setupZh,
  dataLifecycle: dataLifecycleZh,
};

export type FeatureMessages = typeof featuresZh;
