import { AuditEntry } from './audit-entry.entity';
import { Membership } from './membership.entity';
import { Project } from './project.entity';
import { Property } from './property.entity';
import { Region } from './region.entity';
import { AuthSession } from './session.entity';
import { Tenant } from './tenant.entity';
import { PlatformAuditEntry, PlatformOperator, PlatformSession } from './platform.entity';
import { User } from './user.entity';
import { MemberInvitation } from './invitation.entity';
import { RateLimitCounter } from './rate-limit.entity';
import { Standard } from './standard.entity';
import { Handbook, HandbookItem, HandbookSection, HandbookVersion, ServiceFrequency } from './handbook.entity';
import {
  InspectionTemplate,
  InspectionTemplateItem,
  InspectionTemplateSection,
  InspectionTemplateVersion,
} from './inspection-template.entity';
import {
  CalendarFeed,
  HolidayList,
  InspectionFrequency,
  InspectionFrequencyDefault,
  InspectionOccurrence,
} from './inspection-planning.entity';
import {
  Course,
  Employee,
  Position,
  TrainingEnrolment,
  TrainingPlan,
  TrainingPlanItem,
  TrainingRequirement,
  TrainingSession,
  TrainingSessionCourse,
} from './training.entity';
import { Regulation, RegulationAcknowledgement, RegulationSection, RegulationVersion } from './regulation.entity';
import { Complaint, ComplaintAction, ComplaintDiscussion, ComplaintEvent } from './complaint.entity';
import {
  Department,
  DepartmentMember,
  Duty,
  Onboarding,
  OnboardingEvent,
  OnboardingTask,
  OnboardingTaskDepartment,
  OnboardingTemplate,
  ServiceProposal,
  SiteSurvey,
} from './onboarding.entity';
import { CostEntry, CostReview, CostSettings } from './costs.entity';
import { CompanySettings } from './company-settings.entity';
import { HandbookRevisionProposal, SurveyQuestionnaire, SurveyResponse, SurveyRound, SurveyTicket } from './surveys.entity';
import { Job, LiveSignal, CROSS_TENANT_INDEXES } from './job.entity';
import { Notification, NotificationChannel, NotificationDelivery, NotificationPreference } from './notification.entity';
import { PatrolPoint, PatrolRoute, PatrolRun, PatrolRunPoint } from './patrol.entity';
import { CompanyDeletion, CompanyExport, TenantTombstone } from './lifecycle.entity';
import { ApprovalAssignment, ApprovalFlow, ApprovalFlowVersion, ApprovalRequest } from './approval.entity';
import { EvidenceFile, Feedback, Inspection, InspectionItemResult, Rectification, RectificationEvent } from './inspection.entity';

export * from './base';
export { PlatformOperator, PlatformSession, PlatformAuditEntry };
export {
  AuditEntry,
  Membership,
  Project,
  Property,
  Region,
  AuthSession,
  Tenant,
  User,
  MemberInvitation,
  RateLimitCounter,
  Standard,
  Handbook,
  HandbookVersion,
  HandbookSection,
  HandbookItem,
  ServiceFrequency,
};
export { InspectionTemplate, InspectionTemplateVersion, InspectionTemplateSection, InspectionTemplateItem };
export { HolidayList, InspectionFrequency, InspectionOccurrence, InspectionFrequencyDefault, CalendarFeed };
export { EvidenceFile, Feedback, Inspection, InspectionItemResult, Rectification, RectificationEvent };
export { PatrolPoint, PatrolRoute, PatrolRun, PatrolRunPoint };
export type { QuickCheckEntry } from './patrol.entity';
export {
  Position,
  Employee,
  Course,
  TrainingPlan,
  TrainingPlanItem,
  TrainingSession,
  TrainingSessionCourse,
  TrainingEnrolment,
  TrainingRequirement,
};
export { Regulation, RegulationVersion, RegulationSection, RegulationAcknowledgement };
export { Complaint, ComplaintDiscussion, ComplaintAction, ComplaintEvent };
export {
  Department,
  DepartmentMember,
  Duty,
  OnboardingTemplate,
  Onboarding,
  OnboardingTask,
  OnboardingTaskDepartment,
  OnboardingEvent,
  SiteSurvey,
  ServiceProposal,
};
export type { OnboardingTemplateTask, OnboardingEventKind } from './onboarding.entity';
export { CompanySettings, CompanyExport, CompanyDeletion, TenantTombstone };
export type { CompanyExportState, CompanyDeletionState } from './lifecycle.entity';
export { CostEntry, CostSettings, CostReview, SurveyQuestionnaire, SurveyRound, SurveyTicket, SurveyResponse, HandbookRevisionProposal };
export { Job, LiveSignal, CROSS_TENANT_INDEXES, Notification, NotificationChannel, NotificationDelivery, NotificationPreference };
export { ApprovalFlow, ApprovalFlowVersion, ApprovalRequest, ApprovalAssignment };
export type { JobState } from './job.entity';
export type { DeliveryState, DeliveryAttempt } from './notification.entity';
export type { TrainingSessionStatus } from './training.entity';
export type { DraftItemResult } from './inspection.entity';
export type { HandbookKind, HandbookVersionStatus } from './handbook.entity';
export type { FieldChanges } from './audit-entry.entity';
export type { PropertyZone } from './property.entity';

/** Every entity the DataSource knows; migrations must match exactly these. */
export const ENTITIES = [
  Tenant,
  PlatformOperator,
  PlatformSession,
  PlatformAuditEntry,
  User,
  Membership,
  AuthSession,
  MemberInvitation,
  RateLimitCounter,
  Region,
  Property,
  Project,
  AuditEntry,
  Standard,
  Handbook,
  HandbookVersion,
  HandbookSection,
  HandbookItem,
  ServiceFrequency,
  InspectionTemplate,
  InspectionTemplateVersion,
  InspectionTemplateSection,
  InspectionTemplateItem,
  HolidayList,
  InspectionFrequency,
  InspectionOccurrence,
  InspectionFrequencyDefault,
  CalendarFeed,
  EvidenceFile,
  Inspection,
  InspectionItemResult,
  Rectification,
  RectificationEvent,
  Feedback,
  Position,
  Employee,
  Course,
  TrainingPlan,
  TrainingPlanItem,
  TrainingSession,
  TrainingSessionCourse,
  TrainingEnrolment,
  TrainingRequirement,
  Regulation,
  RegulationVersion,
  RegulationSection,
  RegulationAcknowledgement,
  Complaint,
  ComplaintDiscussion,
  ComplaintAction,
  ComplaintEvent,
  Department,
  DepartmentMember,
  Duty,
  OnboardingTemplate,
  Onboarding,
  OnboardingTask,
  OnboardingTaskDepartment,
  OnboardingEvent,
  SiteSurvey,
  ServiceProposal,
  CostEntry,
  CostSettings,
  CostReview,
  SurveyQuestionnaire,
  SurveyRound,
  SurveyTicket,
  SurveyResponse,
  HandbookRevisionProposal,
  Job,
  LiveSignal,
  Notification,
  NotificationDelivery,
  NotificationChannel,
  NotificationPreference,
  CompanySettings,
  PatrolPoint,
  PatrolRoute,
  PatrolRun,
  PatrolRunPoint,
  CompanyExport,
  CompanyDeletion,
  TenantTombstone,
  ApprovalFlow,
  ApprovalFlowVersion,
  ApprovalRequest,
  ApprovalAssignment,
];
