// Navigation by role: one table, one row per page. Later features (品质 Quality, 培训 Training,
// 接管 Onboarding) add groups and rows here; the menu and the route guards both read it.
import type { ReactNode } from 'react';
import {
  CloudDownloadOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  CustomerServiceOutlined,
  FundOutlined,
  LineChartOutlined,
  DiffOutlined,
  FileDoneOutlined,
  ToolOutlined,
  ScheduleOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  ProjectOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  SolutionOutlined,
  IdcardOutlined,
  PieChartOutlined,
  FileTextOutlined,
  ContactsOutlined,
  FileProtectOutlined,
  AlertOutlined,
  RocketOutlined,
  NodeIndexOutlined,
  UnorderedListOutlined,
  ProfileOutlined,
  AccountBookOutlined,
  FormOutlined,
  NotificationOutlined,
  ControlOutlined,
  QrcodeOutlined,
  SignatureOutlined,
} from '@ant-design/icons';
import {
  COMPANY_SETTINGS_EDITORS,
  COST_READERS,
  INSPECTION_PLANNERS,
  PATROL_REPORT_READERS,
  ROLES,
  SURVEY_READERS,
  type Role,
} from '@pinzhi/domain';
import { COMPLAINT_READERS, EVALUATION_VIEWERS, FEEDBACK_READERS, TRAINING_READERS } from '../session/permissions';

export type NavGroupKey = 'portfolio' | 'quality' | 'training' | 'onboarding' | 'settings';
export type NavKey =
  | 'dashboard'
  | 'approvals'
  | 'projects'
  | 'properties'
  | 'regions'
  | 'standards'
  | 'handbooks'
  | 'inspectionTemplates'
  | 'inspectionCalendar'
  | 'inspections'
  | 'rectifications'
  | 'evaluation'
  | 'levelComparison'
  | 'inspectionSummary'
  | 'patrols'
  | 'feedback'
  | 'regulations'
  | 'complaints'
  | 'frequencyDefaults'
  | 'trainingPlans'
  | 'trainingCourses'
  | 'trainingSessions'
  | 'trainingEmployees'
  | 'trainingPositions'
  | 'trainingCoverage'
  | 'onboardingPipeline'
  | 'onboardingTasks'
  | 'onboardingTemplates'
  | 'departments'
  | 'costs'
  | 'surveys'
  | 'holidays'
  | 'dataLifecycle'
  | 'companySettings'
  | 'members'
  | 'audit'
  | 'notificationChannels';

export interface NavGroup {
  key: NavGroupKey;
  label: `nav.${string}`;
  icon: ReactNode;
}

export interface NavItem {
  key: NavKey;
  /** Top-level when absent. */
  group?: NavGroupKey;
  path: string;
  label: `nav.${string}`;
  icon: ReactNode;
  roles: readonly Role[];
}

export const NAV_GROUPS: readonly NavGroup[] = [
  { key: 'portfolio', label: 'nav.portfolio', icon: <ApartmentOutlined /> },
  { key: 'quality', label: 'nav.quality', icon: <SafetyCertificateOutlined /> },
  { key: 'training', label: 'nav.training', icon: <SolutionOutlined /> },
  { key: 'onboarding', label: 'nav.onboarding', icon: <RocketOutlined /> },
  { key: 'settings', label: 'nav.settings', icon: <SettingOutlined /> },
];

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', path: '/', label: 'nav.dashboard', icon: <DashboardOutlined />, roles: ROLES },
  // 我的审批: anyone may submit or be named an approver; the API shows each person their own.
  { key: 'approvals', path: '/approvals', label: 'nav.approvals', icon: <SignatureOutlined />, roles: ROLES },
  { key: 'projects', group: 'portfolio', path: '/projects', label: 'nav.projects', icon: <ProjectOutlined />, roles: ROLES },
  { key: 'properties', group: 'portfolio', path: '/properties', label: 'nav.properties', icon: <HomeOutlined />, roles: ROLES },
  { key: 'regions', group: 'portfolio', path: '/regions', label: 'nav.regions', icon: <EnvironmentOutlined />, roles: ROLES },
  // 运营成本: regional ops enter (their regions), the Quality Center reviews, admins see all.
  { key: 'costs', group: 'portfolio', path: '/costs', label: 'nav.costs', icon: <AccountBookOutlined />, roles: COST_READERS },
  // Everyone reads the library and the handbooks; editing is for HANDBOOK_EDITORS (permissions.ts).
  { key: 'standards', group: 'quality', path: '/standards', label: 'nav.standards', icon: <BookOutlined />, roles: ROLES },
  { key: 'handbooks', group: 'quality', path: '/handbooks', label: 'nav.handbooks', icon: <ReadOutlined />, roles: ROLES },
  // Everyone reads checklists and the calendar (inspectors: their own; regional ops: their regions).
  {
    key: 'inspectionTemplates',
    group: 'quality',
    path: '/inspection-templates',
    label: 'nav.inspectionTemplates',
    icon: <CheckSquareOutlined />,
    roles: ROLES,
  },
  {
    key: 'inspectionCalendar',
    group: 'quality',
    path: '/inspection-calendar',
    label: 'nav.inspectionCalendar',
    icon: <CalendarOutlined />,
    roles: ROLES,
  },
  // Everyone reads inspections and rectifications (inspectors: their own; regional ops: their regions);
  // performing and verifying are narrower (permissions.ts).
  { key: 'inspections', group: 'quality', path: '/inspections', label: 'nav.inspections', icon: <FileDoneOutlined />, roles: ROLES },
  { key: 'rectifications', group: 'quality', path: '/rectifications', label: 'nav.rectifications', icon: <ToolOutlined />, roles: ROLES },
  // Summaries and rankings: everyone but inspectors (their own work is under 检查记录).
  {
    key: 'evaluation',
    group: 'quality',
    path: '/evaluation',
    label: 'nav.evaluation',
    icon: <LineChartOutlined />,
    roles: EVALUATION_VIEWERS,
  },
  // 三级检查对比: self-checks beside the regional and company checks (same readers as the evaluation).
  {
    key: 'levelComparison',
    group: 'quality',
    path: '/level-comparison',
    label: 'nav.levelComparison',
    icon: <DiffOutlined />,
    roles: EVALUATION_VIEWERS,
  },
  {
    key: 'inspectionSummary',
    group: 'quality',
    path: '/inspection-summary',
    label: 'nav.inspectionSummary',
    icon: <FundOutlined />,
    roles: EVALUATION_VIEWERS,
  },
  // 巡逻: routes, printable QR codes and the reports (the field app walks them).
  { key: 'patrols', group: 'quality', path: '/patrols', label: 'nav.patrols', icon: <QrcodeOutlined />, roles: PATROL_REPORT_READERS },
  // Feedback found during inspections, for Marketing & Customer Service (and who passes it on).
  {
    key: 'feedback',
    group: 'quality',
    path: '/feedback',
    label: 'nav.feedback',
    icon: <CustomerServiceOutlined />,
    roles: FEEDBACK_READERS,
  },
  // 品质制度: everyone reads published regulations and acknowledges those for their role; the Quality Center writes.
  { key: 'regulations', group: 'quality', path: '/regulations', label: 'nav.regulations', icon: <FileProtectOutlined />, roles: ROLES },
  // 重大投诉: the Quality Center, regional operations (their regions), admins; Marketing & CS and viewers read.
  { key: 'complaints', group: 'quality', path: '/complaints', label: 'nav.complaints', icon: <AlertOutlined />, roles: COMPLAINT_READERS },
  // 客户意见调查 (sales offices): the Quality Center runs them; regional ops read their regions.
  { key: 'surveys', group: 'quality', path: '/surveys', label: 'nav.surveys', icon: <FormOutlined />, roles: SURVEY_READERS },
  {
    key: 'frequencyDefaults',
    group: 'quality',
    path: '/inspection-defaults',
    label: 'nav.frequencyDefaults',
    icon: <ScheduleOutlined />,
    roles: INSPECTION_PLANNERS,
  },
  // 培训: HR manages; the Quality Center writes courses and teaches; regional ops and viewers read
  // (the API's TRAINING_READERS). Inspectors and Marketing & CS have no access to employee data.
  {
    key: 'trainingPlans',
    group: 'training',
    path: '/training/plans',
    label: 'nav.trainingPlans',
    icon: <FileTextOutlined />,
    roles: TRAINING_READERS,
  },
  {
    key: 'trainingCourses',
    group: 'training',
    path: '/training/courses',
    label: 'nav.trainingCourses',
    icon: <ReadOutlined />,
    roles: TRAINING_READERS,
  },
  {
    key: 'trainingSessions',
    group: 'training',
    path: '/training/sessions',
    label: 'nav.trainingSessions',
    icon: <ContactsOutlined />,
    roles: TRAINING_READERS,
  },
  {
    key: 'trainingEmployees',
    group: 'training',
    path: '/training/employees',
    label: 'nav.trainingEmployees',
    icon: <IdcardOutlined />,
    roles: TRAINING_READERS,
  },
  {
    key: 'trainingPositions',
    group: 'training',
    path: '/training/positions',
    label: 'nav.trainingPositions',
    icon: <ClusterOutlined />,
    roles: TRAINING_READERS,
  },
  {
    key: 'trainingCoverage',
    group: 'training',
    path: '/training/coverage',
    label: 'nav.trainingCoverage',
    icon: <PieChartOutlined />,
    roles: TRAINING_READERS,
  },
  // 接管: everyone reads the pipeline, templates and the duty matrix (regional ops: their regions);
  // running onboarding is for ONBOARDING_MANAGERS, tasks for the members of their departments.
  {
    key: 'onboardingPipeline',
    group: 'onboarding',
    path: '/onboarding',
    label: 'nav.onboardingPipeline',
    icon: <NodeIndexOutlined />,
    roles: ROLES,
  },
  {
    key: 'onboardingTasks',
    group: 'onboarding',
    path: '/onboarding/tasks',
    label: 'nav.onboardingTasks',
    icon: <UnorderedListOutlined />,
    roles: ROLES,
  },
  {
    key: 'onboardingTemplates',
    group: 'onboarding',
    path: '/onboarding/templates',
    label: 'nav.onboardingTemplates',
    icon: <ProfileOutlined />,
    roles: ROLES,
  },
  {
    key: 'departments',
    group: 'onboarding',
    path: '/onboarding/departments',
    label: 'nav.departments',
    icon: <ClusterOutlined />,
    roles: ROLES,
  },
  {
    key: 'holidays',
    group: 'settings',
    path: '/settings/holidays',
    label: 'nav.holidays',
    icon: <CarryOutOutlined />,
    roles: INSPECTION_PLANNERS,
  },
  {
    key: 'companySettings',
    group: 'settings',
    path: '/settings/company',
    label: 'nav.companySettings',
    icon: <ControlOutlined />,
    roles: COMPANY_SETTINGS_EDITORS,
  },
  { key: 'members', group: 'settings', path: '/settings/members', label: 'nav.members', icon: <TeamOutlined />, roles: ['TENANT_ADMIN'] },
  { key: 'audit', group: 'settings', path: '/settings/audit', label: 'nav.audit', icon: <AuditOutlined />, roles: ['TENANT_ADMIN'] },
  {
    key: 'dataLifecycle',
    group: 'settings',
    path: '/settings/data',
    label: 'nav.dataLifecycle',
    icon: <CloudDownloadOutlined />,
    roles: ['TENANT_ADMIN'],
  },
  // The company's e-mail server, robots and webhooks, and the deliveries that failed (the bell and
  // 消息中心 / 消息设置 are for everyone and reached from the header).
  {
    key: 'notificationChannels',
    group: 'settings',
    path: '/settings/notification-channels',
    label: 'nav.notificationChannels',
    icon: <NotificationOutlined />,
    roles: ['TENANT_ADMIN'],
  },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

export function mayVisit(role: Role, key: NavKey): boolean {
  return NAV_ITEMS.some((item) => item.key === key && item.roles.includes(role));
}

/** The nav item a location belongs to (longest matching path). */
export function navItemForPath(pathname: string): NavItem | undefined {
  return [...NAV_ITEMS]
    .sort((a, b) => b.path.length - a.path.length)
    .find((item) => (item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`)));
}
