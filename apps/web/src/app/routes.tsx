// Routes; every page is its own chunk (React.lazy), so /login loads only what sign-in needs.
import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration, useParams, type RouteObject } from 'react-router-dom';
import { RouteError } from '../components/ErrorBoundary';
import { NotFoundPage, PageSkeleton } from '../components/PageStates';
import { SessionProvider } from '../session/SessionProvider';
import { RequireAuth } from '../session/RequireAuth';
import { Allow } from '../session/Allow';

const LoginPage = lazy(() => import('../pages/login/LoginPage'));
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage'));
const ProjectsPage = lazy(() => import('../pages/projects/ProjectsPage'));
const ProjectDetailPage = lazy(() => import('../pages/projects/ProjectDetailPage'));
const ProjectFormPage = lazy(() => import('../pages/projects/ProjectFormPage'));
const PropertiesPage = lazy(() => import('../pages/properties/PropertiesPage'));
const PropertyFormPage = lazy(() => import('../pages/properties/PropertyFormPage'));
const RegionsPage = lazy(() => import('../pages/regions/RegionsPage'));
const StandardsPage = lazy(() => import('../pages/standards/StandardsPage'));
const HandbookTemplatesPage = lazy(() => import('../pages/handbooks/HandbookTemplatesPage'));
const HandbookPage = lazy(() => import('../pages/handbooks/HandbookPage'));
const InspectionTemplatesPage = lazy(() => import('../pages/inspection-templates/InspectionTemplatesPage'));
const InspectionTemplatePage = lazy(() => import('../pages/inspection-templates/InspectionTemplatePage'));
const InspectionCalendarPage = lazy(() => import('../pages/inspection-calendar/InspectionCalendarPage'));
const FrequencyDefaultsPage = lazy(() => import('../pages/inspection-planning/FrequencyDefaultsPage'));
const HolidaysPage = lazy(() => import('../pages/inspection-planning/HolidaysPage'));
const CompanySettingsPage = lazy(() => import('../pages/settings/CompanySettingsPage'));
const SetupWizardPage = lazy(() => import('../pages/setup/SetupWizardPage'));
const DataLifecyclePage = lazy(() => import('../pages/settings/DataLifecyclePage'));
const InspectionsPage = lazy(() => import('../pages/inspections/InspectionsPage'));
const InspectionFormPage = lazy(() => import('../pages/inspections/InspectionFormPage'));
const InspectionDetailPage = lazy(() => import('../pages/inspections/InspectionDetailPage'));
const RectificationsPage = lazy(() => import('../pages/inspections/RectificationsPage'));
const RectificationDetailPage = lazy(() => import('../pages/inspections/RectificationDetailPage'));
const EvaluationPage = lazy(() => import('../pages/evaluation/EvaluationPage'));
const LevelComparisonPage = lazy(() => import('../pages/level-comparison/LevelComparisonPage'));
const InspectionSummaryPage = lazy(() => import('../pages/inspection-summary/InspectionSummaryPage'));
const FeedbackPage = lazy(() => import('../pages/feedback/FeedbackPage'));
const TrainingPlansPage = lazy(() => import('../pages/training/TrainingPlansPage'));
const TrainingPlanPage = lazy(() => import('../pages/training/TrainingPlanPage'));
const TrainingCoursesPage = lazy(() => import('../pages/training/TrainingCoursesPage'));
const TrainingSessionsPage = lazy(() => import('../pages/training/TrainingSessionsPage'));
const TrainingSessionPage = lazy(() => import('../pages/training/TrainingSessionPage'));
const TrainingEmployeesPage = lazy(() => import('../pages/training/TrainingEmployeesPage'));
const TrainingEmployeePage = lazy(() => import('../pages/training/TrainingEmployeePage'));
const TrainingPositionsPage = lazy(() => import('../pages/training/TrainingPositionsPage'));
const TrainingCoveragePage = lazy(() => import('../pages/training/TrainingCoveragePage'));
const RegulationsPage = lazy(() => import('../pages/regulations/RegulationsPage'));
const ApprovalsPage = lazy(() => import('../pages/approvals/ApprovalsPage'));
const ApprovalPage = lazy(() => import('../pages/approvals/ApprovalPage'));
const ApprovalFlowsPage = lazy(() => import('../pages/approvals/ApprovalFlowsPage'));
const RegulationPage = lazy(() => import('../pages/regulations/RegulationPage'));
const ComplaintsPage = lazy(() => import('../pages/complaints/ComplaintsPage'));
const ComplaintPage = lazy(() => import('../pages/complaints/ComplaintPage'));
const OnboardingPipelinePage = lazy(() => import('../pages/onboarding/OnboardingPipelinePage'));
const OnboardingPage = lazy(() => import('../pages/onboarding/OnboardingPage'));
const ProposalPrintPage = lazy(() => import('../pages/onboarding/ProposalPrintPage'));
const MyDepartmentTasksPage = lazy(() => import('../pages/onboarding/MyDepartmentTasksPage'));
const OnboardingTemplatesPage = lazy(() => import('../pages/onboarding/OnboardingTemplatesPage'));
const DepartmentsPage = lazy(() => import('../pages/onboarding/DepartmentsPage'));
const SurveysPage = lazy(() => import('../pages/surveys/SurveysPage'));
const SurveyRoundPage = lazy(() => import('../pages/surveys/SurveyRoundPage'));
const SurveyCodesPrintPage = lazy(() => import('../pages/surveys/SurveyCodesPrintPage'));
const QuestionnairesPage = lazy(() => import('../pages/surveys/QuestionnairesPage'));
const PublicSurveyPage = lazy(() => import('../pages/surveys/PublicSurveyPage'));
const AcceptInvitationPage = lazy(() => import('../pages/invitations/AcceptInvitationPage'));
const CostsPage = lazy(() => import('../pages/costs/CostsPage'));
const ProjectCostsPage = lazy(() => import('../pages/costs/ProjectCostsPage'));
const MembersPage = lazy(() => import('../pages/settings/MembersPage'));
const AuditPage = lazy(() => import('../pages/settings/AuditPage'));
const NotificationsPage = lazy(() => import('../pages/notifications/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('../pages/notifications/NotificationSettingsPage'));
const NotificationChannelsPage = lazy(() => import('../pages/notifications/NotificationChannelsPage'));
const FieldApp = lazy(() => import('../pages/field/FieldApp'));
const PatrolsPage = lazy(() => import('../pages/patrols/PatrolsPage'));
const PatrolCodesPrintPage = lazy(() => import('../pages/patrols/PatrolCodesPrintPage'));
const PlatformLoginPage = lazy(() => import('../pages/platform/PlatformLoginPage'));
const PlatformLayout = lazy(() => import('../pages/platform/PlatformLayout'));
const PlatformCompaniesPage = lazy(() => import('../pages/platform/CompaniesPage'));
const PlatformAuditPage = lazy(() => import('../pages/platform/PlatformAuditPage'));

/** In the admin app (dev server) the public page is a route too; in production the API serves survey.html for /s/*. */
function PublicSurveyRoute() {
  const { token = '' } = useParams();
  return <PublicSurveyPage token={token} />;
}

function Root() {
  return (
    <SessionProvider>
      <Suspense fallback={<PageSkeleton />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
    </SessionProvider>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      // The public survey page: no sign-in, outside the admin shell (its own entry in production: survey.html).
      { path: '/s/:token', element: <PublicSurveyRoute /> },
      // An invitation link: accepted with or without a session.
      { path: '/invitations/:token', element: <AcceptInvitationPage /> },
      // 品质现场: the offline-first field app (phones); signs in through /login, opens from the service worker's cache offline.
      { path: '/field/*', element: <FieldApp /> },
      // The platform operator's console: its own sign-in, layout and session (no company).
      { path: '/platform/login', element: <PlatformLoginPage /> },
      {
        path: '/platform',
        element: <PlatformLayout />,
        children: [
          { index: true, element: <PlatformCompaniesPage /> },
          { path: 'audit', element: <PlatformAuditPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <DashboardPage /> },
          {
            path: 'projects',
            element: (
              <Allow nav="projects">
                <ProjectsPage />
              </Allow>
            ),
          },
          {
            path: 'projects/new',
            element: (
              <Allow nav="projects" permission="portfolio.edit">
                <ProjectFormPage />
              </Allow>
            ),
          },
          {
            path: 'projects/:id',
            element: (
              <Allow nav="projects">
                <ProjectDetailPage />
              </Allow>
            ),
          },
          {
            path: 'projects/:id/edit',
            element: (
              <Allow nav="projects" permission="portfolio.edit">
                <ProjectFormPage />
              </Allow>
            ),
          },
          {
            path: 'properties',
            element: (
              <Allow nav="properties">
                <PropertiesPage />
              </Allow>
            ),
          },
          {
            path: 'properties/new',
            element: (
              <Allow nav="properties" permission="portfolio.edit">
                <PropertyFormPage />
              </Allow>
            ),
          },
          {
            path: 'properties/:id/edit',
            element: (
              <Allow nav="properties" permission="portfolio.edit">
                <PropertyFormPage />
              </Allow>
            ),
          },
          {
            path: 'regions',
            element: (
              <Allow nav="regions">
                <RegionsPage />
              </Allow>
            ),
          },
          {
            path: 'standards',
            element: (
              <Allow nav="standards">
                <StandardsPage />
              </Allow>
            ),
          },
          {
            path: 'handbooks',
            element: (
              <Allow nav="handbooks">
                <HandbookTemplatesPage />
              </Allow>
            ),
          },
          {
            path: 'handbooks/:id',
            element: (
              <Allow nav="handbooks">
                <HandbookPage />
              </Allow>
            ),
          },
          {
            path: 'inspection-templates',
            element: (
              <Allow nav="inspectionTemplates">
                <InspectionTemplatesPage />
              </Allow>
            ),
          },
          {
            path: 'inspection-templates/:id',
            element: (
              <Allow nav="inspectionTemplates">
                <InspectionTemplatePage />
              </Allow>
            ),
          },
          {
            path: 'inspection-calendar',
            element: (
              <Allow nav="inspectionCalendar">
                <InspectionCalendarPage />
              </Allow>
            ),
          },
          {
            path: 'inspections',
            element: (
              <Allow nav="inspections">
                <InspectionsPage />
              </Allow>
            ),
          },
          {
            path: 'inspections/perform',
            element: (
              <Allow nav="inspections" permission="inspections.perform">
                <InspectionFormPage />
              </Allow>
            ),
          },
          {
            path: 'inspections/:id',
            element: (
              <Allow nav="inspections">
                <InspectionDetailPage />
              </Allow>
            ),
          },
          {
            path: 'rectifications',
            element: (
              <Allow nav="rectifications">
                <RectificationsPage />
              </Allow>
            ),
          },
          {
            path: 'rectifications/:id',
            element: (
              <Allow nav="rectifications">
                <RectificationDetailPage />
              </Allow>
            ),
          },
          {
            path: 'evaluation',
            element: (
              <Allow nav="evaluation">
                <EvaluationPage />
              </Allow>
            ),
          },
          {
            path: 'level-comparison',
            element: (
              <Allow nav="levelComparison">
                <LevelComparisonPage />
              </Allow>
            ),
          },
          {
            path: 'inspection-summary',
            element: (
              <Allow nav="inspectionSummary">
                <InspectionSummaryPage />
              </Allow>
            ),
          },
          {
            path: 'feedback',
            element: (
              <Allow nav="feedback">
                <FeedbackPage />
              </Allow>
            ),
          },
          // 我的审批: anyone signed in (the API shows each person what they submitted, approve or may read).
          { path: 'approvals', element: <ApprovalsPage /> },
          { path: 'approvals/:id', element: <ApprovalPage /> },
          {
            path: 'regulations',
            element: (
              <Allow nav="regulations">
                <RegulationsPage />
              </Allow>
            ),
          },
          {
            path: 'regulations/:id',
            element: (
              <Allow nav="regulations">
                <RegulationPage />
              </Allow>
            ),
          },
          {
            path: 'complaints',
            element: (
              <Allow nav="complaints">
                <ComplaintsPage />
              </Allow>
            ),
          },
          {
            path: 'complaints/:id',
            element: (
              <Allow nav="complaints">
                <ComplaintPage />
              </Allow>
            ),
          },
          {
            path: 'surveys',
            element: (
              <Allow nav="surveys">
                <SurveysPage />
              </Allow>
            ),
          },
          {
            path: 'surveys/questionnaires',
            element: (
              <Allow nav="surveys">
                <QuestionnairesPage />
              </Allow>
            ),
          },
          {
            path: 'surveys/:id',
            element: (
              <Allow nav="surveys">
                <SurveyRoundPage />
              </Allow>
            ),
          },
          {
            path: 'surveys/:id/codes',
            element: (
              <Allow nav="surveys">
                <SurveyCodesPrintPage />
              </Allow>
            ),
          },
          {
            path: 'costs',
            element: (
              <Allow nav="costs">
                <CostsPage />
              </Allow>
            ),
          },
          {
            path: 'costs/:projectId',
            element: (
              <Allow nav="costs">
                <ProjectCostsPage />
              </Allow>
            ),
          },
          {
            path: 'inspection-defaults',
            element: (
              <Allow nav="frequencyDefaults">
                <FrequencyDefaultsPage />
              </Allow>
            ),
          },
          {
            path: 'training/plans',
            element: (
              <Allow nav="trainingPlans">
                <TrainingPlansPage />
              </Allow>
            ),
          },
          {
            path: 'training/plans/new',
            element: (
              <Allow nav="trainingPlans" permission="training.manage">
                <TrainingPlanPage key="new" />
              </Allow>
            ),
          },
          {
            path: 'training/plans/:id',
            element: (
              <Allow nav="trainingPlans">
                <TrainingPlanPage />
              </Allow>
            ),
          },
          {
            path: 'training/courses',
            element: (
              <Allow nav="trainingCourses">
                <TrainingCoursesPage />
              </Allow>
            ),
          },
          {
            path: 'training/sessions',
            element: (
              <Allow nav="trainingSessions">
                <TrainingSessionsPage />
              </Allow>
            ),
          },
          {
            path: 'training/sessions/:id',
            element: (
              <Allow nav="trainingSessions">
                <TrainingSessionPage />
              </Allow>
            ),
          },
          {
            path: 'training/employees',
            element: (
              <Allow nav="trainingEmployees">
                <TrainingEmployeesPage />
              </Allow>
            ),
          },
          {
            path: 'training/employees/:id',
            element: (
              <Allow nav="trainingEmployees">
                <TrainingEmployeePage />
              </Allow>
            ),
          },
          {
            path: 'training/positions',
            element: (
              <Allow nav="trainingPositions">
                <TrainingPositionsPage />
              </Allow>
            ),
          },
          {
            path: 'training/coverage',
            element: (
              <Allow nav="trainingCoverage">
                <TrainingCoveragePage />
              </Allow>
            ),
          },
          {
            path: 'onboarding',
            element: (
              <Allow nav="onboardingPipeline">
                <OnboardingPipelinePage />
              </Allow>
            ),
          },
          {
            path: 'onboarding/tasks',
            element: (
              <Allow nav="onboardingTasks">
                <MyDepartmentTasksPage />
              </Allow>
            ),
          },
          {
            path: 'onboarding/templates',
            element: (
              <Allow nav="onboardingTemplates">
                <OnboardingTemplatesPage />
              </Allow>
            ),
          },
          {
            path: 'onboarding/departments',
            element: (
              <Allow nav="departments">
                <DepartmentsPage />
              </Allow>
            ),
          },
          {
            path: 'onboarding/:id',
            element: (
              <Allow nav="onboardingPipeline">
                <OnboardingPage />
              </Allow>
            ),
          },
          {
            path: 'onboarding/:id/proposal',
            element: (
              <Allow nav="onboardingPipeline">
                <ProposalPrintPage />
              </Allow>
            ),
          },
          {
            path: 'settings/holidays',
            element: (
              <Allow nav="holidays">
                <HolidaysPage />
              </Allow>
            ),
          },
          {
            path: 'setup',
            element: (
              <Allow nav="members">
                <SetupWizardPage />
              </Allow>
            ),
          },
          {
            path: 'settings/company',
            element: (
              <Allow nav="companySettings">
                <CompanySettingsPage />
              </Allow>
            ),
          },
          {
            // 审批流程: admins (the same role as 用户与角色).
            path: 'settings/approval-flows',
            element: (
              <Allow nav="members">
                <ApprovalFlowsPage />
              </Allow>
            ),
          },
          {
            path: 'settings/data',
            element: (
              <Allow nav="dataLifecycle">
                <DataLifecyclePage />
              </Allow>
            ),
          },
          {
            path: 'settings/members',
            element: (
              <Allow nav="members">
                <MembersPage />
              </Allow>
            ),
          },
          {
            path: 'settings/audit',
            element: (
              <Allow nav="audit">
                <AuditPage />
              </Allow>
            ),
          },
          {
            path: 'patrols',
            element: (
              <Allow nav="patrols">
                <PatrolsPage />
              </Allow>
            ),
          },
          {
            path: 'patrols/:projectId/codes',
            element: (
              <Allow nav="patrols">
                <PatrolCodesPrintPage />
              </Allow>
            ),
          },
          // Everyone's own notifications and settings (reached from the bell).
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'settings/notifications', element: <NotificationSettingsPage /> },
          {
            path: 'settings/notification-channels',
            element: (
              <Allow nav="notificationChannels">
                <NotificationChannelsPage />
              </Allow>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
