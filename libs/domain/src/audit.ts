// The audit trail's words for people: every audited operation, entity and field in Chinese and
// English, in one place. `TenantDb.audit` only accepts the keys below (types derived from these
// objects), so an operation, entity or field without a label does not compile, and
// audit.spec.ts checks that every label has both languages.

export interface AuditLabel {
  zh: string;
  en: string;
}

/** Kinds of record a field may point at: audited entities, plus people and uploaded files. */
export type AuditRefKind = AuditEntity | 'User' | 'EvidenceFile';

/**
 * How the client shows a field's values: `ref` ids become names (one id or a list),
 * `document` values (JSON bodies, rules) are summarised as "changed", not printed.
 */
export interface AuditFieldLabel extends AuditLabel {
  ref?: AuditRefKind;
  /** Where the same field name points at a different kind of record in one entity. */
  refIn?: Partial<Record<AuditEntity, AuditRefKind>>;
  format?: 'datetime' | 'date' | 'fen' | 'basisPoints' | 'percent' | 'document' | 'count';
}

export const AUDIT_ENTITIES = {
  AuthSession: { zh: '登录会话', en: 'Sign-in session' },
  Membership: { zh: '用户', en: 'Member' },
  User: { zh: '账号', en: 'Account' },
  MemberInvitation: { zh: '用户邀请', en: 'Invitation' },
  Region: { zh: '区域', en: 'Region' },
  Property: { zh: '物业', en: 'Property' },
  Project: { zh: '项目', en: 'Project' },
  Standard: { zh: '标准', en: 'Standard' },
  Handbook: { zh: '工作手册', en: 'Handbook' },
  HandbookVersion: { zh: '手册版本', en: 'Handbook version' },
  InspectionTemplate: { zh: '检查表', en: 'Checklist' },
  InspectionTemplateVersion: { zh: '检查表版本', en: 'Checklist version' },
  InspectionFrequency: { zh: '检查频次', en: 'Inspection frequency' },
  InspectionFrequencyDefault: { zh: '业态默认频次', en: 'Default frequencies' },
  InspectionOccurrence: { zh: '计划检查', en: 'Planned inspection' },
  HolidayList: { zh: '节假日表', en: 'Holiday list' },
  CalendarFeed: { zh: '日历订阅', en: 'Calendar feed' },
  Inspection: { zh: '检查', en: 'Inspection' },
  Rectification: { zh: '整改单', en: 'Rectification' },
  Feedback: { zh: '客户反馈', en: 'Customer feedback' },
  EvidenceFile: { zh: '上传文件', en: 'Uploaded file' },
  Position: { zh: '岗位', en: 'Position' },
  Employee: { zh: '员工', en: 'Employee' },
  Course: { zh: '课程', en: 'Course' },
  TrainingPlan: { zh: '培训计划', en: 'Training plan' },
  TrainingSession: { zh: '培训场次', en: 'Training session' },
  Regulation: { zh: '品质制度', en: 'QC regulation' },
  RegulationVersion: { zh: '制度版本', en: 'Regulation version' },
  RegulationAcknowledgement: { zh: '制度阅读确认', en: 'Regulation acknowledgement' },
  Complaint: { zh: '重大投诉', en: 'Major complaint' },
  ComplaintAction: { zh: '投诉处理措施', en: 'Complaint action' },
  ComplaintDiscussion: { zh: '投诉协调会议', en: 'Complaint discussion' },
  Department: { zh: '部门', en: 'Department' },
  Duty: { zh: '部门职责', en: 'Duty' },
  OnboardingTemplate: { zh: '接管模板', en: 'Onboarding template' },
  Onboarding: { zh: '项目接管', en: 'Onboarding' },
  OnboardingTask: { zh: '接管任务', en: 'Onboarding task' },
  SiteSurvey: { zh: '现场勘查表', en: 'Site survey' },
  ServiceProposal: { zh: '服务方案', en: 'Service proposal' },
  CostSettings: { zh: '成本设置', en: 'Cost settings' },
  CostEntry: { zh: '成本记录', en: 'Cost entry' },
  CostReview: { zh: '成本审核', en: 'Cost review' },
  SurveyQuestionnaire: { zh: '调查问卷', en: 'Questionnaire' },
  SurveyRound: { zh: '调查轮次', en: 'Survey round' },
  SurveyResponse: { zh: '调查答卷', en: 'Survey response' },
  HandbookRevisionProposal: { zh: '手册修订建议', en: 'Handbook revision proposal' },
  NotificationChannel: { zh: '消息通道', en: 'Notification channel' },
  Job: { zh: '后台任务', en: 'Background job' },
  CompanySettings: { zh: '公司设置', en: 'Company settings' },
  PatrolPoint: { zh: '巡检点', en: 'Patrol point' },
  PatrolRoute: { zh: '巡逻路线', en: 'Patrol route' },
  PatrolRun: { zh: '巡逻记录', en: 'Patrol run' },
} as const satisfies Record<string, AuditLabel>;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;

export const AUDIT_OPERATIONS = {
  // sign-in and members
  login: { zh: '登录', en: 'Signed in' },
  logout: { zh: '退出登录', en: 'Signed out' },
  inviteMember: { zh: '邀请用户', en: 'Invited a member' },
  resendInvitation: { zh: '重新生成邀请链接', en: 'Renewed an invitation link' },
  revokeInvitation: { zh: '撤回邀请', en: 'Withdrew an invitation' },
  acceptInvitation: { zh: '接受邀请', en: 'Accepted an invitation' },
  changePassword: { zh: '修改密码', en: 'Changed their password' },
  resetMemberPassword: { zh: '重置用户密码', en: "Reset a member's password" },
  updateMember: { zh: '修改用户', en: 'Changed a member' },
  deactivateMember: { zh: '停用用户', en: 'Deactivated a member' },
  reactivateMember: { zh: '启用用户', en: 'Reactivated a member' },
  // portfolio
  createRegion: { zh: '新建区域', en: 'Created a region' },
  updateRegion: { zh: '修改区域', en: 'Changed a region' },
  createProperty: { zh: '新建物业', en: 'Created a property' },
  updateProperty: { zh: '修改物业', en: 'Changed a property' },
  createProject: { zh: '新建项目', en: 'Created a project' },
  updateProject: { zh: '修改项目', en: 'Changed a project' },
  changeProjectStage: { zh: '变更项目阶段', en: 'Changed the project stage' },
  archiveProject: { zh: '归档项目', en: 'Archived a project' },
  // standards and handbooks
  createStandard: { zh: '新建标准', en: 'Created a standard' },
  updateStandard: { zh: '修改标准', en: 'Changed a standard' },
  archiveStandard: { zh: '归档标准', en: 'Archived a standard' },
  restoreStandard: { zh: '恢复标准', en: 'Restored a standard' },
  importStandards: { zh: '导入标准', en: 'Imported standards' },
  createHandbookTemplate: { zh: '新建手册模板', en: 'Created a handbook template' },
  createProjectHandbook: { zh: '新建项目手册', en: 'Created a project handbook' },
  startHandbookDraft: { zh: '开始编辑手册草稿', en: 'Started a handbook draft' },
  saveHandbookDraft: { zh: '保存手册草稿', en: 'Saved a handbook draft' },
  publishHandbook: { zh: '发布手册', en: 'Published a handbook' },
  discardHandbookDraft: { zh: '放弃手册草稿', en: 'Discarded a handbook draft' },
  // checklists
  createInspectionTemplate: { zh: '新建检查表', en: 'Created a checklist' },
  updateInspectionTemplate: { zh: '修改检查表', en: 'Changed a checklist' },
  archiveInspectionTemplate: { zh: '归档检查表', en: 'Archived a checklist' },
  restoreInspectionTemplate: { zh: '恢复检查表', en: 'Restored a checklist' },
  startInspectionTemplateDraft: { zh: '开始编辑检查表草稿', en: 'Started a checklist draft' },
  saveInspectionTemplateDraft: { zh: '保存检查表草稿', en: 'Saved a checklist draft' },
  publishInspectionTemplate: { zh: '发布检查表', en: 'Published a checklist' },
  discardInspectionTemplateDraft: { zh: '放弃检查表草稿', en: 'Discarded a checklist draft' },
  // planning
  createInspectionFrequency: { zh: '新建检查频次', en: 'Created an inspection frequency' },
  updateInspectionFrequency: { zh: '修改检查频次', en: 'Changed an inspection frequency' },
  archiveInspectionFrequency: { zh: '停用检查频次', en: 'Archived an inspection frequency' },
  saveInspectionFrequencyDefaults: { zh: '保存业态默认频次', en: 'Saved the default frequencies' },
  createHolidayList: { zh: '新建节假日表', en: 'Created a holiday list' },
  updateHolidayList: { zh: '修改节假日表', en: 'Changed a holiday list' },
  deleteHolidayList: { zh: '删除节假日表', en: 'Deleted a holiday list' },
  createCalendarFeed: { zh: '创建日历订阅', en: 'Created a calendar feed' },
  revokeCalendarFeed: { zh: '撤销日历订阅', en: 'Revoked a calendar feed' },
  completeInspectionOccurrence: { zh: '完成计划检查', en: 'Completed a planned inspection' },
  // inspections and rectifications
  saveInspectionDraft: { zh: '保存检查草稿', en: 'Saved an inspection draft' },
  submitInspection: { zh: '提交检查', en: 'Submitted an inspection' },
  uploadEvidenceFile: { zh: '上传文件', en: 'Uploaded a file' },
  createRectification: { zh: '新建整改单', en: 'Opened a rectification' },
  submitRectification: { zh: '提交整改', en: 'Submitted a rectification' },
  verifyRectification: { zh: '验证通过整改', en: 'Verified a rectification' },
  rejectRectification: { zh: '驳回整改', en: 'Rejected a rectification' },
  createFeedback: { zh: '转客户反馈', en: 'Routed customer feedback' },
  handleFeedback: { zh: '处理客户反馈', en: 'Handled customer feedback' },
  // training
  createPosition: { zh: '新建岗位', en: 'Created a position' },
  updatePosition: { zh: '修改岗位', en: 'Changed a position' },
  archivePosition: { zh: '归档岗位', en: 'Archived a position' },
  createEmployee: { zh: '新建员工', en: 'Added an employee' },
  updateEmployee: { zh: '修改员工', en: 'Changed an employee' },
  importEmployees: { zh: '导入员工', en: 'Imported employees' },
  createCourse: { zh: '新建课程', en: 'Created a course' },
  updateCourse: { zh: '修改课程', en: 'Changed a course' },
  refreshCourseToVersion: { zh: '课程更新到新版手册', en: 'Moved a course to a newer handbook' },
  flagCourseOutdated: { zh: '标记课程需更新', en: 'Flagged a course as outdated' },
  archiveCourse: { zh: '归档课程', en: 'Archived a course' },
  createTrainingPlan: { zh: '新建培训计划', en: 'Created a training plan' },
  updateTrainingPlan: { zh: '修改培训计划', en: 'Changed a training plan' },
  archiveTrainingPlan: { zh: '归档培训计划', en: 'Archived a training plan' },
  createTrainingSession: { zh: '新建培训场次', en: 'Scheduled a training session' },
  updateTrainingSession: { zh: '修改培训场次', en: 'Changed a training session' },
  cancelTrainingSession: { zh: '取消培训场次', en: 'Cancelled a training session' },
  enrolEmployees: { zh: '报名培训', en: 'Enrolled employees' },
  unenrol: { zh: '取消报名', en: 'Removed an enrolment' },
  recordAttendance: { zh: '登记出勤与成绩', en: 'Recorded attendance' },
  // regulations
  createRegulation: { zh: '新建品质制度', en: 'Created a regulation' },
  updateRegulation: { zh: '修改品质制度', en: 'Changed a regulation' },
  startRegulationDraft: { zh: '开始编辑制度草稿', en: 'Started a regulation draft' },
  saveRegulationDraft: { zh: '保存制度草稿', en: 'Saved a regulation draft' },
  publishRegulation: { zh: '发布品质制度', en: 'Published a regulation' },
  discardRegulationDraft: { zh: '放弃制度草稿', en: 'Discarded a regulation draft' },
  acknowledgeRegulation: { zh: '确认已阅读制度', en: 'Acknowledged a regulation' },
  // complaints
  createComplaint: { zh: '登记重大投诉', en: 'Registered a complaint' },
  updateComplaint: { zh: '修改重大投诉', en: 'Changed a complaint' },
  addComplaintEvidence: { zh: '补充投诉照片', en: 'Added complaint photos' },
  recordComplaintDiscussion: { zh: '记录协调会议', en: 'Recorded a discussion' },
  addComplaintAction: { zh: '添加处理措施', en: 'Added an action' },
  setComplaintActionDone: { zh: '更新措施完成情况', en: 'Marked an action done or not done' },
  startComplaint: { zh: '开始处理投诉', en: 'Started work on a complaint' },
  resolveComplaint: { zh: '投诉已解决', en: 'Resolved a complaint' },
  verifyComplaint: { zh: '验证投诉处理效果', en: 'Verified a complaint' },
  reopenComplaint: { zh: '重开投诉', en: 'Reopened a complaint' },
  // onboarding
  createDepartment: { zh: '新建部门', en: 'Created a department' },
  updateDepartment: { zh: '修改部门', en: 'Changed a department' },
  archiveDepartment: { zh: '归档部门', en: 'Archived a department' },
  setDepartmentMembers: { zh: '设置部门成员', en: 'Set department members' },
  createDuty: { zh: '新建部门职责', en: 'Created a duty' },
  updateDuty: { zh: '修改部门职责', en: 'Changed a duty' },
  archiveDuty: { zh: '归档部门职责', en: 'Archived a duty' },
  createOnboardingTemplate: { zh: '新建接管模板', en: 'Created an onboarding template' },
  updateOnboardingTemplate: { zh: '修改接管模板', en: 'Changed an onboarding template' },
  archiveOnboardingTemplate: { zh: '归档接管模板', en: 'Archived an onboarding template' },
  startOnboarding: { zh: '启动项目接管', en: 'Started an onboarding' },
  updateOnboardingTask: { zh: '更新接管任务', en: 'Updated an onboarding task' },
  commentOnboardingTask: { zh: '评论接管任务', en: 'Commented on an onboarding task' },
  saveSiteSurvey: { zh: '保存现场勘查表', en: 'Saved the site survey' },
  saveServiceProposal: { zh: '保存服务方案', en: 'Saved the service proposal' },
  overrideOnboardingGate: { zh: '越过接管关卡', en: 'Overrode an onboarding gate' },
  goLiveOnboarding: { zh: '项目上线', en: 'Took a project live' },
  // costs
  updateCostSettings: { zh: '修改成本偏差阈值', en: 'Changed the cost threshold' },
  saveCostMonth: { zh: '录入月度成本', en: 'Entered monthly costs' },
  importCosts: { zh: '导入成本', en: 'Imported costs' },
  reviewCosts: { zh: '审核成本偏差', en: 'Reviewed a cost variance' },
  // surveys
  createQuestionnaire: { zh: '新建调查问卷', en: 'Created a questionnaire' },
  updateQuestionnaire: { zh: '修改调查问卷', en: 'Changed a questionnaire' },
  copyQuestionnaire: { zh: '复制调查问卷', en: 'Copied a questionnaire' },
  archiveQuestionnaire: { zh: '归档调查问卷', en: 'Archived a questionnaire' },
  createSurveyRound: { zh: '新建调查轮次', en: 'Created a survey round' },
  updateSurveyRound: { zh: '修改调查轮次', en: 'Changed a survey round' },
  closeSurveyRound: { zh: '结束调查轮次', en: 'Closed a survey round' },
  issueSurveyTickets: { zh: '生成问卷码', en: 'Issued one-time codes' },
  enterSurveyResponse: { zh: '录入答卷', en: 'Entered a response' },
  submitPublicSurvey: { zh: '客户在线提交答卷', en: 'A customer answered online' },
  proposeHandbookRevision: { zh: '提出手册修订建议', en: 'Proposed a handbook revision' },
  decideHandbookProposal: { zh: '处理手册修订建议', en: 'Decided a handbook proposal' },
  // notifications and background jobs
  createNotificationChannel: { zh: '新建消息通道', en: 'Created a notification channel' },
  updateNotificationChannel: { zh: '修改消息通道', en: 'Changed a notification channel' },
  deleteNotificationChannel: { zh: '删除消息通道', en: 'Deleted a notification channel' },
  retryBackgroundJob: { zh: '重试后台任务', en: 'Retried a background job' },
  // company settings and owners
  updateCompanySettings: { zh: '修改公司设置', en: 'Changed the company settings' },
  assignRectification: { zh: '指派整改负责人', en: 'Assigned a rectification owner' },
  // patrols
  createPatrolPoint: { zh: '新建巡检点', en: 'Created a patrol point' },
  updatePatrolPoint: { zh: '修改巡检点', en: 'Changed a patrol point' },
  archivePatrolPoint: { zh: '停用巡检点', en: 'Archived a patrol point' },
  renewPatrolPointCode: { zh: '重新生成巡检点二维码', en: 'Renewed a patrol point’s QR code' },
  createPatrolRoute: { zh: '新建巡逻路线', en: 'Created a patrol route' },
  updatePatrolRoute: { zh: '修改巡逻路线', en: 'Changed a patrol route' },
  archivePatrolRoute: { zh: '停用巡逻路线', en: 'Archived a patrol route' },
  submitPatrolRun: { zh: '提交巡逻记录', en: 'Submitted a patrol run' },
} as const satisfies Record<string, AuditLabel>;

export type AuditOperation = keyof typeof AUDIT_OPERATIONS;

const F = (zh: string, en: string, extra: Omit<AuditFieldLabel, 'zh' | 'en'> = {}): AuditFieldLabel => ({ zh, en, ...extra });

/** Field labels are shared across entities (a project's `name` and a region's `name` read the same). */
export const AUDIT_FIELDS = {
  // names and codes
  name: F('名称', 'Name'),
  nameEn: F('英文名称', 'English name'),
  code: F('编码', 'Code'),
  title: F('标题', 'Title'),
  titleEn: F('英文标题', 'English title'),
  titleZh: F('中文标题', 'Chinese title'),
  description: F('描述', 'Description'),
  note: F('备注', 'Note'),
  text: F('内容', 'Text'),
  email: F('邮箱', 'Email'),
  phone: F('手机号', 'Phone'),
  invitationId: F('邀请', 'Invitation', { ref: 'MemberInvitation' }),
  sessionsEnded: F('结束的登录会话', 'Sessions ended', { format: 'count' }),
  otherSessionsEnded: F('结束的其他登录会话', 'Other sessions ended', { format: 'count' }),
  displayName: F('姓名', 'Name'),
  employeeNo: F('工号', 'Employee number'),
  ip: F('登录地址', 'Address'),
  // references
  projectId: F('项目', 'Project', { ref: 'Project' }),
  regionId: F('区域', 'Region', { ref: 'Region' }),
  regionIds: F('负责区域', 'Regions', { ref: 'Region' }),
  propertyId: F('物业', 'Property', { ref: 'Property' }),
  positionId: F('岗位', 'Position', { ref: 'Position' }),
  templateId: F('模板', 'Template', { ref: 'InspectionTemplate', refIn: { Onboarding: 'OnboardingTemplate' } }),
  sourceTemplateId: F('来源模板', 'Source template', { ref: 'Handbook' }),
  handbookId: F('工作手册', 'Handbook', { ref: 'Handbook' }),
  handbookVersionId: F('手册版本', 'Handbook version', { ref: 'HandbookVersion' }),
  outdatedByVersionId: F('引起更新的手册版本', 'Outdated by handbook version', { ref: 'HandbookVersion' }),
  draftVersionId: F('草稿', 'Draft', { format: 'document' }),
  questionnaireId: F('问卷', 'Questionnaire', { ref: 'SurveyQuestionnaire' }),
  copiedFrom: F('复制自', 'Copied from', { ref: 'SurveyQuestionnaire' }),
  roundId: F('调查轮次', 'Survey round', { ref: 'SurveyRound' }),
  complaintId: F('重大投诉', 'Complaint', { ref: 'Complaint' }),
  employeeId: F('员工', 'Employee', { ref: 'Employee' }),
  employeeIds: F('员工', 'Employees', { ref: 'Employee' }),
  courseIds: F('课程', 'Courses', { ref: 'Course' }),
  standardIds: F('标准', 'Standards', { ref: 'Standard' }),
  holidayListId: F('节假日表', 'Holiday list', { ref: 'HolidayList' }),
  ownerDepartmentId: F('牵头部门', 'Owning department', { ref: 'Department' }),
  collaboratorDepartmentIds: F('协同部门', 'Collaborating departments', { ref: 'Department' }),
  members: F('成员', 'Members', { ref: 'User' }),
  managerUserId: F('项目经理', 'Project manager', { ref: 'User' }),
  ownerUserId: F('负责人', 'Owner', { ref: 'User' }),
  assigneeUserId: F('执行人', 'Assignee', { ref: 'User' }),
  trainerUserId: F('讲师', 'Trainer', { ref: 'User' }),
  evidenceFileIds: F('照片', 'Photos', { ref: 'EvidenceFile' }),
  comment: F('评论', 'Comment', { format: 'document' }),
  // states and kinds
  stage: F('阶段', 'Stage'),
  state: F('状态', 'State'),
  type: F('类型', 'Type'),
  enabled: F('是否启用', 'Enabled'),
  secret: F('密钥', 'Secret'),
  status: F('状态', 'Status'),
  role: F('角色', 'Role'),
  active: F('是否启用', 'Active'),
  kind: F('类型', 'Kind'),
  format: F('业态', 'Property format'),
  formats: F('适用业态', 'Property formats'),
  scope: F('适用范围', 'Scope'),
  category: F('分类', 'Category'),
  source: F('来源', 'Source'),
  severity: F('严重程度', 'Severity'),
  decision: F('审核结论', 'Decision'),
  decisionNote: F('处理意见', 'Decision note'),
  channel: F('渠道', 'Channel'),
  channels: F('渠道', 'Channels'),
  done: F('是否完成', 'Done'),
  passed: F('是否合格', 'Passed'),
  critical: F('关键项', 'Critical'),
  allowLate: F('允许补检', 'Late allowed'),
  // dates and times
  archivedAt: F('归档时间', 'Archived', { format: 'datetime' }),
  closedAt: F('结束时间', 'Closed', { format: 'datetime' }),
  revokedAt: F('撤销时间', 'Revoked', { format: 'datetime' }),
  expiresAt: F('有效期至', 'Valid until', { format: 'datetime' }),
  outdatedSince: F('需更新自', 'Outdated since', { format: 'datetime' }),
  startsAt: F('开始时间', 'Starts', { format: 'datetime' }),
  endsAt: F('结束时间', 'Ends', { format: 'datetime' }),
  contractStart: F('合同开始', 'Contract start', { format: 'date' }),
  contractEnd: F('合同结束', 'Contract end', { format: 'date' }),
  startDate: F('开始日期', 'Start date', { format: 'date' }),
  endDate: F('结束日期', 'End date', { format: 'date' }),
  hireDate: F('入职日期', 'Hire date', { format: 'date' }),
  effectiveDate: F('生效日期', 'Effective date', { format: 'date' }),
  periodStart: F('计划开始', 'Plan start', { format: 'date' }),
  periodEnd: F('计划结束', 'Plan end', { format: 'date' }),
  opensOn: F('开始日期', 'Opens on', { format: 'date' }),
  closesOn: F('截止日期', 'Closes on', { format: 'date' }),
  heldOn: F('会议日期', 'Held on', { format: 'date' }),
  deadline: F('完成期限', 'Deadline', { format: 'date' }),
  dueDate: F('截止日期', 'Due date', { format: 'date' }),
  month: F('月份', 'Month'),
  dates: F('日期', 'Dates', { format: 'count' }),
  excludedDates: F('排除日期', 'Excluded dates', { format: 'count' }),
  timeZone: F('时区', 'Time zone'),
  // numbers
  grossFloorArea: F('建筑面积', 'Gross floor area'),
  capacity: F('人数上限', 'Capacity'),
  passMark: F('及格分', 'Pass mark'),
  defaultPassMark: F('默认及格分', 'Default pass mark'),
  defaultValidityMonths: F('有效期（月）', 'Validity (months)'),
  defaultScore: F('默认分值', 'Default score'),
  scorePercent: F('得分', 'Score', { format: 'percent' }),
  budgetFen: F('预算', 'Budget', { format: 'fen' }),
  actualFen: F('实际', 'Actual', { format: 'fen' }),
  thresholdBp: F('偏差阈值', 'Variance threshold', { format: 'basisPoints' }),
  position: F('排序', 'Order'),
  version: F('修订次数', 'Revision'),
  versionNumber: F('版本号', 'Version number'),
  latestNumber: F('最新版本号', 'Latest version'),
  frequencyCount: F('检查频次数', 'Frequencies'),
  requirementCount: F('培训要求数', 'Training requirements'),
  count: F('数量', 'Count'),
  items: F('检查项数', 'Items', { format: 'count' }),
  tickets: F('问卷码数量', 'One-time codes'),
  bytes: F('文件大小', 'File size'),
  contentType: F('文件类型', 'File type'),
  // bodies (summarised, not printed)
  address: F('地址', 'Address'),
  place: F('地点', 'Place'),
  zones: F('区域划分', 'Zones', { format: 'document' }),
  serviceScope: F('服务范围', 'Service scope'),
  requirementZh: F('要求（中文）', 'Requirement (Chinese)'),
  requirementEn: F('要求（英文）', 'Requirement (English)'),
  positions: F('适用岗位', 'Positions', { format: 'count' }),
  condition: F('适用条件', 'Condition'),
  checkMethod: F('检查方式', 'Check method'),
  anchor: F('排期方式', 'Scheduling'),
  rrule: F('重复规则', 'Recurrence', { format: 'document' }),
  periodUnit: F('周期单位', 'Period unit'),
  periodCount: F('周期数', 'Period length'),
  startTime: F('开始时间', 'Start time'),
  windowMinutes: F('完成时限（分钟）', 'Window (minutes)'),
  assigneeRole: F('执行角色', 'Assignee role'),
  sectionKeys: F('手册章节', 'Handbook sections', { format: 'count' }),
  attachments: F('课件', 'Attachments', { format: 'count' }),
  appliesToRoles: F('适用角色', 'Applies to roles'),
  changeSummary: F('修订说明', 'Change summary'),
  questions: F('题目', 'Questions', { format: 'count' }),
  questionKey: F('题目', 'Question', { format: 'document' }),
  content: F('内容', 'Content', { format: 'document' }),
  tasks: F('任务', 'Tasks', { format: 'count' }),
  proposalSections: F('方案章节', 'Proposal sections', { format: 'count' }),
  checklist: F('检查清单', 'Checklist', { format: 'document' }),
  skipReason: F('跳过原因', 'Reason for skipping'),
  overrideReason: F('越过关卡原因', 'Override reason'),
  handlingNote: F('处理说明', 'Handling note'),
  entries: F('出勤记录', 'Attendance entries', { format: 'count' }),
  rectificationFallbackOwnerUserId: F('默认整改负责人', 'Fallback rectification owner', { ref: 'User' }),
  earlyStartHours: F('提前开始小时数', 'Early start (hours)'),
  reason: F('原因', 'Reason'),
  onBehalfOfDepartmentId: F('代为完成的部门', 'Done on behalf of', { ref: 'Department' }),
  // patrols
  zoneId: F('分区', 'Zone'),
  locationHint: F('位置说明', 'Location hint'),
  quickCheckStandardIds: F('快速检查项', 'Quick checks', { ref: 'Standard' }),
  pointIds: F('巡检点', 'Points', { ref: 'PatrolPoint' }),
  routeId: F('巡逻路线', 'Route', { ref: 'PatrolRoute' }),
  codeRenewed: F('二维码', 'QR code'),
  pointsDone: F('已巡点数', 'Points done', { format: 'count' }),
  pointsLate: F('超时点数', 'Points late', { format: 'count' }),
  pointsMissed: F('漏巡点数', 'Points missed', { format: 'count' }),
  pointsOutOfOrder: F('顺序错误点数', 'Points out of order', { format: 'count' }),
} as const satisfies Record<string, AuditFieldLabel>;

export type AuditField = keyof typeof AUDIT_FIELDS;

/** What changed in one audited write, field by field (JSON-safe values). */
export type AuditChanges = Partial<Record<AuditField, { from: unknown; to: unknown }>>;

export type AuditLanguage = 'zh' | 'en';

export function auditOperationLabel(op: string, lang: AuditLanguage): string | null {
  return (AUDIT_OPERATIONS as Record<string, AuditLabel>)[op]?.[lang] ?? null;
}

export function auditEntityLabel(entity: string, lang: AuditLanguage): string | null {
  return (AUDIT_ENTITIES as Record<string, AuditLabel>)[entity]?.[lang] ?? null;
}

export function auditFieldLabel(field: string, lang: AuditLanguage): string | null {
  return (AUDIT_FIELDS as Record<string, AuditFieldLabel>)[field]?.[lang] ?? null;
}

/** The kind of record a changed field points at, if any (for names instead of ids). */
export function auditFieldRef(entity: string, field: string): AuditRefKind | null {
  const f = (AUDIT_FIELDS as Record<string, AuditFieldLabel>)[field];
  if (!f) return null;
  return f.refIn?.[entity as AuditEntity] ?? f.ref ?? null;
}

export function auditFieldFormat(field: string): AuditFieldLabel['format'] | null {
  return (AUDIT_FIELDS as Record<string, AuditFieldLabel>)[field]?.format ?? null;
}
