import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * Tenant isolation (ARCHITECTURE invariant 1): the admin of tenant `other` is handed real
 * ids of tenant `demo` and must get NOT_FOUND from every operation that takes an id, and
 * no list may show a row of `demo`. The operation table must cover every id-taking
 * operation in the schema — a new one without an entry fails this test.
 */
let t: TestApp;
let demoAdmin: string;
let otherAdmin: string;
/** QUALITY_CENTER in `other`: for operations only that role may call. */
let otherQuality: string;
/** A platform operator: a session with no company. */
let operator: string;
/** A 项目经理 of demo limited to project A (a project of its own with no other rows): every demo row of another project is out of scope. */
let scopedManager: string;
/** REGIONAL_OPS of demo limited to a region of its own with no project: every demo row is out of scope. */
let scopedOps: string;
const demoIds: Record<string, string> = {};
beforeAll(async () => {
  t = await TestApp.start();
  demoAdmin = await t.token('admin@demo.test');
  otherAdmin = await t.token('admin@other.test');
  const d = await t.ok(
    '{ projects(first: 100) { nodes { id property { id } region { id } } } members(first: 100) { nodes { id } } standards(first: 1) { nodes { id } } handbooks(first: 1, filter: { kind: PROJECT }) { nodes { id latest { id } } } inspectionTemplates(first: 1) { nodes { id latestVersion { id } } } holidayLists { id } inspectionFrequencies(first: 1) { nodes { id } } }',
    {},
    demoAdmin,
  );
  demoIds['Standard'] = d.standards.nodes[0].id;
  demoIds['Handbook'] = d.handbooks.nodes[0].id;
  demoIds['HandbookVersion'] = d.handbooks.nodes[0].latest.id;
  demoIds['Project'] = d.projects.nodes[0].id;
  demoIds['Property'] = d.projects.nodes[0].property.id;
  demoIds['Region'] = d.projects.nodes[0].region.id;
  demoIds['Member'] = d.members.nodes[0].id;
  demoIds['InspectionTemplate'] = d.inspectionTemplates.nodes[0].id;
  demoIds['InspectionTemplateVersion'] = d.inspectionTemplates.nodes[0].latestVersion.id;
  demoIds['HolidayList'] = d.holidayLists[0].id;
  demoIds['InspectionFrequency'] = d.inspectionFrequencies.nodes[0].id;
  // The month of demo history before the seeding instant (not the calendar: the range is capped at 62 days).
  const day = (offset: number) => new Date(t.seededAt.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const occ = await t.ok(
    'query($s: OccurrenceScope!) { inspectionOccurrences(first: 1, scope: $s) { nodes { id } } }',
    { s: { from: day(-30), to: day(0) } },
    demoAdmin,
  );
  demoIds['InspectionOccurrence'] = occ.inspectionOccurrences.nodes[0].id;
  demoIds['CalendarFeed'] = (await t.ok('mutation { createCalendarFeed { feed { id } } }', {}, demoAdmin)).createCalendarFeed.feed.id;
  // The seeded patrols of SH-001: a point, a route and a run.
  const sh1 = (await t.ok('{ projects(first: 100) { nodes { id code } } }', {}, demoAdmin)).projects.nodes.find(
    (p: any) => p.code === 'SH-001',
  );
  const patrols = await t.ok(
    'query($p: [ID!]!) { patrolRoutes(projectIds: $p) { id points { id } } patrolRuns(first: 1) { nodes { id } } }',
    { p: [sh1.id] },
    demoAdmin,
  );
  demoIds['PatrolRoute'] = patrols.patrolRoutes[0].id;
  demoIds['PatrolPoint'] = patrols.patrolRoutes[0].points[0].id;
  demoIds['PatrolRun'] = patrols.patrolRuns.nodes[0].id;

  // An ad-hoc inspection in demo with a failed critical item: an inspection, item results and a rectification.
  const tpl = await t.ok(
    '{ inspectionTemplates(first: 100) { nodes { id name latestVersion { sections { items { key critical } } } } } }',
    {},
    demoAdmin,
  );
  const residential = tpl.inspectionTemplates.nodes.find((n: any) => n.name === '住宅日常品质巡检表');
  const signature = await t.upload(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('signature')]),
    'image/png',
    demoAdmin,
  );
  demoIds['EvidenceFile'] = signature.json.id;
  const items = residential.latestVersion.sections
    .flatMap((sec: any) => sec.items)
    .map((i: any) => ({ itemKey: i.key, result: i.critical ? 'FAIL' : 'PASS', customerFacing: i.critical }));
  const submitted = await t.ok(
    'mutation($input: InspectionInput!) { submitInspection(input: $input) { id items { id result feedback { id } } rectifications { id } } }',
    {
      input: {
        clientKey: 'isolation-demo-1',
        projectId: demoIds['Project'],
        templateId: residential.id,
        signatureFileId: signature.json.id,
        items,
      },
    },
    demoAdmin,
  );
  demoIds['Inspection'] = submitted.submitInspection.id;
  demoIds['InspectionItemResult'] = submitted.submitInspection.items.find((i: any) => i.result === 'FAIL').id;
  demoIds['Rectification'] = submitted.submitInspection.rectifications[0].id;
  demoIds['Feedback'] = submitted.submitInspection.items.find((i: any) => i.result === 'FAIL').feedback.id;
  demoIds['InspectionTemplateForAdHoc'] = residential.id;

  const tr = await t.ok(
    '{ positions { id } employees(first: 1) { nodes { id } } courses { id } trainingPlans { id } trainingSessions(first: 1) { nodes { id } } }',
    {},
    demoAdmin,
  );
  demoIds['Position'] = tr.positions[0].id;
  demoIds['Employee'] = tr.employees.nodes[0].id;
  demoIds['Course'] = tr.courses[0].id;
  demoIds['TrainingPlan'] = tr.trainingPlans[0].id;
  demoIds['TrainingSession'] = tr.trainingSessions.nodes[0].id;

  const me = (await t.ok('{ me { user { id } } }', {}, demoAdmin)).me.user.id;
  const reg = await t.ok(
    'mutation($input: RegulationInput!) { createRegulation(input: $input) { id draft { version } } }',
    { input: { title: '隔离测试制度', scope: 'TENANT', ownerUserId: me, effectiveDate: '2026-12-01', appliesToRoles: ['TENANT_ADMIN'] } },
    demoAdmin,
  );
  demoIds['Regulation'] = reg.createRegulation.id;
  const saved = await t.ok(
    'mutation($id: ID!, $v: Int!) { saveRegulationDraft(regulationId: $id, expectedVersion: $v, input: { sections: [{ title: "总则", body: "x" }] }) { id version } }',
    { id: reg.createRegulation.id, v: reg.createRegulation.draft.version },
    demoAdmin,
  );
  await t.ok(
    'mutation($id: ID!, $v: Int!) { publishRegulation(regulationId: $id, changeSummary: "v1", expectedVersion: $v) { id } }',
    { id: reg.createRegulation.id, v: saved.saveRegulationDraft.version },
    demoAdmin,
  );
  demoIds['RegulationVersion'] = saved.saveRegulationDraft.id;
  const complaint = await t.ok(
    'mutation($input: ComplaintInput!) { createComplaint(input: $input) { id } }',
    { input: { projectId: demoIds['Project'], source: 'CLIENT', category: 'DISPUTE', severity: 'MAJOR', title: '隔离', description: 'x' } },
    demoAdmin,
  );
  demoIds['Complaint'] = complaint.createComplaint.id;
  // 审批: the demo flow turns a handbook publish into an approval request.
  const demoQuality = await t.token('quality@demo.test');
  const hbDraft = await t.ok(
    'mutation($id: ID!) { startHandbookDraft(handbookId: $id) { version } }',
    { id: demoIds['Handbook'] },
    demoQuality,
  );
  await t.ok(
    'mutation($id: ID!, $v: Int!) { publishHandbook(handbookId: $id, changeSummary: "隔离", expectedVersion: $v) { id } }',
    { id: demoIds['Handbook'], v: hbDraft.startHandbookDraft.version },
    demoQuality,
  );
  demoIds['ApprovalRequest'] = (
    await t.ok('{ approvalRequests(first: 1, filter: { view: MINE }) { nodes { id } } }', {}, demoQuality)
  ).approvalRequests.nodes[0].id;
  demoIds['ComplaintAction'] = (
    await t.ok(
      'mutation($id: ID!, $input: ComplaintActionInput!) { addComplaintAction(complaintId: $id, input: $input) { id } }',
      { id: demoIds['Complaint'], input: { description: 'x', ownerUserId: me, deadline: '2030-01-01' } },
      demoAdmin,
    )
  ).addComplaintAction.id;
  otherQuality = await t.token('consultant@pinzhi.test', 'other');
  const ob = await t.ok(
    '{ departments { id } duties { id } onboardingTemplates { id } onboardings(first: 1) { nodes { id tasks { id } } } }',
    {},
    demoAdmin,
  );
  demoIds['Department'] = ob.departments[0].id;
  demoIds['Duty'] = ob.duties[0].id;
  demoIds['OnboardingTemplate'] = ob.onboardingTemplates[0].id;
  demoIds['Onboarding'] = ob.onboardings.nodes[0].id;
  demoIds['OnboardingTask'] = ob.onboardings.nodes[0].tasks[0].id;
  // Customer surveys: a questionnaire, a round with a response, a handbook revision proposal.
  const q = await t.ok(
    'mutation { createSurveyQuestionnaire(input: { title: "隔离", questions: [{ key: "r", kind: RATING, text: "评分" }] }) { id } }',
    {},
    demoAdmin,
  );
  demoIds['SurveyQuestionnaire'] = q.createSurveyQuestionnaire.id;
  const sr = await t.ok(
    'mutation($p: ID!, $q: ID!) { createSurveyRound(input: { projectId: $p, questionnaireId: $q, name: "隔离", channels: [PAPER], opensOn: "2020-01-01", closesOn: "2099-12-31" }) { id } }',
    { p: demoIds['Project'], q: demoIds['SurveyQuestionnaire'] },
    demoAdmin,
  );
  demoIds['SurveyRound'] = sr.createSurveyRound.id;
  const hp = await t.ok(
    'mutation($r: ID!) { proposeHandbookRevision(input: { roundId: $r, text: "隔离" }) { id } }',
    { r: demoIds['SurveyRound'] },
    demoAdmin,
  );
  demoIds['HandbookRevisionProposal'] = hp.proposeHandbookRevision.id;
  demoIds['Invitation'] = (
    await t.ok(
      'mutation { inviteMember(input: { email: "isolation@demo.test", displayName: "隔离", role: VIEWER }) { invitation { id } } }',
      {},
      demoAdmin,
    )
  ).inviteMember.invitation.id;
  // Notifications: the customer-facing finding above notified Marketing & Customer Service; a channel; a job.
  demoIds['Notification'] = (
    await t.ok('{ notifications(first: 1) { nodes { id } } }', {}, await t.token('cs@demo.test'))
  ).notifications.nodes[0].id;
  demoIds['NotificationChannel'] = (
    await t.ok(
      'mutation { createNotificationChannel(input: { type: WEBHOOK, name: "隔离", enabled: false, url: "https://example.test/hook" }) { id } }',
      {},
      demoAdmin,
    )
  ).createNotificationChannel.id;
  await t.runDueJobs();
  demoIds['Job'] = (
    await t.ok('{ backgroundJobs(first: 1, filter: { states: [PENDING, DONE] }) { nodes { id } } }', {}, demoAdmin)
  ).backgroundJobs.nodes[0].id;
  // The platform operator (no company) and the demo company's id as the platform knows it.
  operator = (await t.ok('mutation { platformLogin(email: "operator@platform.test", password: "pinzhi-demo") { token } }')).platformLogin
    .token;
  demoIds['Company'] = (await t.ok('{ platformCompanies { nodes { id code } } }', {}, operator)).platformCompanies.nodes.find(
    (c: { code: string }) => c.code === 'demo',
  ).id;
  // Data scope: project A, and a PROJECT_MANAGER limited to it (by invitation, as an admin does it).
  const projectA = await t.ok(
    'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
    { input: { code: 'ISO-A', name: '范围测试项目', propertyId: demoIds['Property'], regionId: demoIds['Region'] } },
    demoAdmin,
  );
  const regionA = await t.ok('mutation { createRegion(input: { name: "范围测试区域" }) { id } }', {}, demoAdmin);
  const member = async (email: string, scope: Record<string, unknown>) => {
    const invited = await t.ok(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { acceptPath } }',
      { input: { email, displayName: '范围测试', ...scope } },
      demoAdmin,
    );
    return (
      await t.ok('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }', {
        input: {
          token: invited.inviteMember.acceptPath.replace(/^\/invitations\//, ''),
          createAccount: true,
          password: 'lantern-orchid-93-quay',
        },
      })
    ).acceptInvitation.token as string;
  };
  scopedManager = await member('scoped-pm@demo.test', { role: 'PROJECT_MANAGER', projectIds: [projectA.createProject.id] });
  scopedOps = await member('scoped-ops@demo.test', { role: 'REGIONAL_OPS', regionIds: [regionA.createRegion.id] });
  // A long set-up (a row of every kind in demo): more than the default 30 s on a busy shared MariaDB.
}, 180_000);
afterAll(() => t.stop());

const NIL = '00000000-0000-4000-8000-000000000000';
const EMPLOYEE_INPUT = `{ name: "盗用", positionId: "${NIL}", projectId: "${NIL}", hireDate: "2026-01-01" }`;
const COURSE_INPUT = `{ title: "盗用", handbookVersionId: "${NIL}", sectionKeys: ["x"] }`;
const PLAN_INPUT = `{ name: "盗用", positionId: "${NIL}", scope: TENANT, periodStart: "2026-01-01", periodEnd: "2026-12-31", items: [] }`;
const SESSION_INPUT = `{ courseIds: ["${NIL}"], trainerUserId: "${NIL}", startsAt: "2030-01-01T01:00:00Z", endsAt: "2030-01-01T02:00:00Z", place: "x", capacity: 1 }`;

const DUTY_INPUT = `{ position: 1, titleZh: "盗用", ownerDepartmentId: "${NIL}" }`;
const OB_TEMPLATE_INPUT = `{ name: "盗用", format: OTHER, tasks: [{ phase: SITE_SURVEY, title: "x", ownerDepartmentId: "${NIL}", dueOffsetDays: 1 }] }`;

const STANDARD_INPUT = '{ code: "X-01", category: ATTIRE, titleZh: "x", requirementZh: "x", checkMethod: OBSERVE, defaultScore: 1 }';

// The other tenant's own published checklist would be needed for a valid input; a random id
// keeps the input well-formed while only the project/frequency id decides the outcome.
const FREQUENCY_INPUT =
  '{ templateId: "00000000-0000-4000-8000-000000000000", rrule: "FREQ=DAILY;BYHOUR=9", windowMinutes: 60, startDate: "2030-01-01", assigneeRole: INSPECTOR }';

/** Each id-taking operation with valid other arguments, so only the id can fail it. */
const OPERATIONS: Record<
  string,
  {
    entity: string;
    doc: string;
    vars?: Record<string, unknown>;
    caller?: 'quality';
    expect?: 'FORBIDDEN';
    /** What a member limited to another project gets when their role may not do this at all (else NOT_FOUND). */
    scoped?: 'FORBIDDEN';
  }
> = {
  standard: { entity: 'Standard', doc: 'query($id: ID!) { standard(id: $id) { id } }' },
  updateStandard: { entity: 'Standard', doc: `mutation($id: ID!) { updateStandard(id: $id, input: ${STANDARD_INPUT}) { id } }` },
  archiveStandard: { entity: 'Standard', doc: 'mutation($id: ID!) { archiveStandard(id: $id) { id } }' },
  restoreStandard: { entity: 'Standard', doc: 'mutation($id: ID!) { restoreStandard(id: $id) { id } }' },
  handbook: { entity: 'Handbook', doc: 'query($id: ID!) { handbook(id: $id) { id } }' },
  handbookVersion: { entity: 'HandbookVersion', doc: 'query($id: ID!) { handbookVersion(id: $id) { id } }' },
  handbookDiff: { entity: 'Handbook', doc: 'query($id: ID!) { handbookDiff(handbookId: $id, fromNumber: 1, toNumber: 1) { fromNumber } }' },
  startHandbookDraft: { entity: 'Handbook', scoped: 'FORBIDDEN', doc: 'mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id } }' },
  saveHandbookDraft: {
    entity: 'Handbook',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { saveHandbookDraft(handbookId: $id, expectedVersion: 1, input: { sections: [{ titleZh: "x", items: [], frequencies: [] }] }) { id } }',
  },
  publishHandbook: {
    entity: 'Handbook',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { publishHandbook(handbookId: $id, changeSummary: "x", expectedVersion: 1) { id } }',
  },
  discardHandbookDraft: {
    entity: 'Handbook',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { discardHandbookDraft(handbookId: $id) { id } }',
  },
  createProjectHandbook: {
    entity: 'Project',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { createProjectHandbook(projectId: $id) { id } }',
  },
  project: { entity: 'Project', doc: 'query($id: ID!) { project(id: $id) { id } }' },
  property: { entity: 'Property', doc: 'query($id: ID!) { property(id: $id) { id } }' },
  region: { entity: 'Region', doc: 'query($id: ID!) { region(id: $id) { id } }' },
  updateProject: { entity: 'Project', doc: 'mutation($id: ID!) { updateProject(id: $id, input: { name: "盗用" }) { id } }' },
  changeProjectStage: { entity: 'Project', doc: 'mutation($id: ID!) { changeProjectStage(id: $id, stage: EXITED) { id } }' },
  archiveProject: { entity: 'Project', doc: 'mutation($id: ID!) { archiveProject(id: $id) { id } }' },
  updateProperty: {
    entity: 'Property',
    doc: 'mutation($id: ID!) { updateProperty(id: $id, input: { name: "盗用", format: OTHER }) { id } }',
  },
  updateRegion: { entity: 'Region', doc: 'mutation($id: ID!) { updateRegion(id: $id, input: { name: "盗用" }) { id } }' },
  updateMember: { entity: 'Member', doc: 'mutation($id: ID!) { updateMember(id: $id, input: { role: VIEWER }) { id } }' },
  deactivateMember: { entity: 'Member', doc: 'mutation($id: ID!) { deactivateMember(id: $id) { id } }' },
  reactivateMember: { entity: 'Member', doc: 'mutation($id: ID!) { reactivateMember(id: $id) { id } }' },
  resetMemberPassword: { entity: 'Member', doc: 'mutation($id: ID!) { resetMemberPassword(id: $id) { expiresAt } }' },
  resendInvitation: { entity: 'Invitation', doc: 'mutation($id: ID!) { resendInvitation(id: $id) { acceptPath } }' },
  revokeInvitation: { entity: 'Invitation', doc: 'mutation($id: ID!) { revokeInvitation(id: $id) { id } }' },
  inspectionTemplate: { entity: 'InspectionTemplate', doc: 'query($id: ID!) { inspectionTemplate(id: $id) { id } }' },
  inspectionTemplateVersion: { entity: 'InspectionTemplateVersion', doc: 'query($id: ID!) { inspectionTemplateVersion(id: $id) { id } }' },
  updateInspectionTemplate: {
    entity: 'InspectionTemplate',
    doc: 'mutation($id: ID!) { updateInspectionTemplate(id: $id, input: { name: "盗用" }) { id } }',
  },
  archiveInspectionTemplate: { entity: 'InspectionTemplate', doc: 'mutation($id: ID!) { archiveInspectionTemplate(id: $id) { id } }' },
  restoreInspectionTemplate: { entity: 'InspectionTemplate', doc: 'mutation($id: ID!) { restoreInspectionTemplate(id: $id) { id } }' },
  startInspectionTemplateDraft: {
    entity: 'InspectionTemplate',
    doc: 'mutation($id: ID!) { startInspectionTemplateDraft(templateId: $id) { id } }',
  },
  saveInspectionTemplateDraft: {
    entity: 'InspectionTemplate',
    doc: 'mutation($id: ID!) { saveInspectionTemplateDraft(templateId: $id, expectedVersion: 1, input: { passScore: 80, sections: [{ titleZh: "x", items: [] }] }) { id } }',
  },
  publishInspectionTemplate: {
    entity: 'InspectionTemplate',
    doc: 'mutation($id: ID!) { publishInspectionTemplate(templateId: $id, changeSummary: "x", expectedVersion: 1) { id } }',
  },
  discardInspectionTemplateDraft: {
    entity: 'InspectionTemplate',
    doc: 'mutation($id: ID!) { discardInspectionTemplateDraft(templateId: $id) { id } }',
  },
  updateHolidayList: {
    entity: 'HolidayList',
    doc: 'mutation($id: ID!) { updateHolidayList(id: $id, input: { name: "盗用", dates: [] }) { id } }',
  },
  deleteHolidayList: { entity: 'HolidayList', doc: 'mutation($id: ID!) { deleteHolidayList(id: $id) }' },
  inspectionFrequency: { entity: 'InspectionFrequency', doc: 'query($id: ID!) { inspectionFrequency(id: $id) { id } }' },
  updateInspectionFrequency: {
    entity: 'InspectionFrequency',
    scoped: 'FORBIDDEN',
    doc: `mutation($id: ID!) { updateInspectionFrequency(id: $id, input: ${FREQUENCY_INPUT}) { id } }`,
  },
  archiveInspectionFrequency: {
    entity: 'InspectionFrequency',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { archiveInspectionFrequency(id: $id) { id } }',
  },
  previewInspectionFrequency: {
    entity: 'Project',
    scoped: 'FORBIDDEN',
    doc: `query($id: ID!) { previewInspectionFrequency(projectId: $id, input: ${FREQUENCY_INPUT}) { timeZone } }`,
  },
  createInspectionFrequency: {
    entity: 'Project',
    scoped: 'FORBIDDEN',
    doc: `mutation($id: ID!) { createInspectionFrequency(projectId: $id, input: ${FREQUENCY_INPUT}) { id } }`,
  },
  applyInspectionFrequencyDefaults: {
    entity: 'Project',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { applyInspectionFrequencyDefaults(projectId: $id) { skipped { reason } } }',
  },
  inspectionOccurrence: { entity: 'InspectionOccurrence', doc: 'query($id: ID!) { inspectionOccurrence(id: $id) { id } }' },
  completeInspectionOccurrence: {
    entity: 'InspectionOccurrence',
    doc: 'mutation($id: ID!) { completeInspectionOccurrence(id: $id) { id } }',
  },
  revokeCalendarFeed: { entity: 'CalendarFeed', doc: 'mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }' },
  inspection: { entity: 'Inspection', doc: 'query($id: ID!) { inspection(id: $id) { id } }' },
  rectification: { entity: 'Rectification', doc: 'query($id: ID!) { rectification(id: $id) { id } }' },
  createRectification: { entity: 'InspectionItemResult', doc: 'mutation($id: ID!) { createRectification(itemResultId: $id) { id } }' },
  submitRectification: { entity: 'Rectification', doc: 'mutation($id: ID!) { submitRectification(id: $id, note: "x") { id } }' },
  verifyRectification: { entity: 'Rectification', doc: 'mutation($id: ID!) { verifyRectification(id: $id) { id } }' },
  rejectRectification: { entity: 'Rectification', doc: 'mutation($id: ID!) { rejectRectification(id: $id, reason: "x") { id } }' },
  assignRectification: {
    entity: 'Rectification',
    doc: `mutation($id: ID!) { assignRectification(id: $id, ownerUserId: "${NIL}", reason: "盗用") { id } }`,
  },
  feedback: { entity: 'Feedback', doc: 'query($id: ID!) { feedback(id: $id) { id } }' },
  chargeableEmployees: {
    entity: 'Project',
    doc: `query($id: ID!) { chargeableEmployees(projectId: $id, standardId: "${NIL}") { id } }`,
  },
  employeeFindings: { entity: 'Employee', doc: 'query($id: ID!) { employeeFindings(employeeId: $id) { totalCount } }' },
  projectFindings: { entity: 'Project', doc: 'query($id: ID!) { projectFindings(projectId: $id) { totalCount } }' },
  handleFeedback: { entity: 'Feedback', scoped: 'FORBIDDEN', doc: 'mutation($id: ID!) { handleFeedback(id: $id, note: "x") { id } }' },
  updatePosition: { entity: 'Position', doc: 'mutation($id: ID!) { updatePosition(id: $id, input: { name: "盗用" }) { id } }' },
  archivePosition: { entity: 'Position', doc: 'mutation($id: ID!) { archivePosition(id: $id) { id } }' },
  employee: { entity: 'Employee', doc: 'query($id: ID!) { employee(id: $id) { id } }' },
  updateEmployee: {
    entity: 'Employee',
    scoped: 'FORBIDDEN',
    doc: `mutation($id: ID!) { updateEmployee(id: $id, input: ${EMPLOYEE_INPUT}) { id } }`,
  },
  course: { entity: 'Course', doc: 'query($id: ID!) { course(id: $id) { id } }' },
  updateCourse: { entity: 'Course', doc: `mutation($id: ID!) { updateCourse(id: $id, input: ${COURSE_INPUT}) { id } }` },
  refreshCourseToVersion: {
    entity: 'Course',
    doc: `mutation($id: ID!) { refreshCourseToVersion(id: $id, handbookVersionId: "${NIL}") { id } }`,
  },
  archiveCourse: { entity: 'Course', doc: 'mutation($id: ID!) { archiveCourse(id: $id) { id } }' },
  trainingPlan: { entity: 'TrainingPlan', doc: 'query($id: ID!) { trainingPlan(id: $id) { id } }' },
  updateTrainingPlan: { entity: 'TrainingPlan', doc: `mutation($id: ID!) { updateTrainingPlan(id: $id, input: ${PLAN_INPUT}) { id } }` },
  archiveTrainingPlan: { entity: 'TrainingPlan', doc: 'mutation($id: ID!) { archiveTrainingPlan(id: $id) { id } }' },
  trainingSession: { entity: 'TrainingSession', doc: 'query($id: ID!) { trainingSession(id: $id) { id } }' },
  updateTrainingSession: {
    entity: 'TrainingSession',
    scoped: 'FORBIDDEN',
    doc: `mutation($id: ID!) { updateTrainingSession(id: $id, input: ${SESSION_INPUT}) { id } }`,
  },
  cancelTrainingSession: {
    entity: 'TrainingSession',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { cancelTrainingSession(id: $id) { id } }',
  },
  enrolEmployees: {
    entity: 'TrainingSession',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { enrolEmployees(sessionId: $id, employeeIds: []) { id } }',
  },
  enrolByGroup: {
    entity: 'TrainingSession',
    scoped: 'FORBIDDEN',
    doc: `mutation($id: ID!) { enrolByGroup(sessionId: $id, positionId: "${NIL}") { id } }`,
  },
  unenrol: {
    entity: 'TrainingSession',
    scoped: 'FORBIDDEN',
    doc: `mutation($id: ID!) { unenrol(sessionId: $id, employeeId: "${NIL}") { id } }`,
  },
  recordAttendance: { entity: 'TrainingSession', doc: 'mutation($id: ID!) { recordAttendance(sessionId: $id, entries: []) { id } }' },
  regulation: { entity: 'Regulation', doc: 'query($id: ID!) { regulation(id: $id) { id } }' },
  regulationVersion: { entity: 'RegulationVersion', doc: 'query($id: ID!) { regulationVersion(id: $id) { id } }' },
  regulationDiff: {
    entity: 'Regulation',
    doc: 'query($id: ID!) { regulationDiff(regulationId: $id, fromNumber: 1, toNumber: 1) { fromNumber } }',
  },
  regulationAcknowledgements: {
    entity: 'Regulation',
    doc: 'query($id: ID!) { regulationAcknowledgements(regulationId: $id) { required } }',
  },
  updateRegulation: {
    entity: 'Regulation',
    doc: 'mutation($id: ID!) { updateRegulation(id: $id, expectedVersion: 1, input: { title: "盗用", scope: TENANT, ownerUserId: "00000000-0000-4000-8000-000000000000", effectiveDate: "2026-12-01", appliesToRoles: [VIEWER] }) { id } }',
  },
  startRegulationDraft: { entity: 'Regulation', doc: 'mutation($id: ID!) { startRegulationDraft(regulationId: $id) { id } }' },
  saveRegulationDraft: {
    entity: 'Regulation',
    doc: 'mutation($id: ID!) { saveRegulationDraft(regulationId: $id, expectedVersion: 1, input: { sections: [{ title: "x", body: "x" }] }) { id } }',
  },
  publishRegulation: {
    entity: 'Regulation',
    doc: 'mutation($id: ID!) { publishRegulation(regulationId: $id, changeSummary: "x", expectedVersion: 1) { id } }',
  },
  discardRegulationDraft: { entity: 'Regulation', doc: 'mutation($id: ID!) { discardRegulationDraft(regulationId: $id) { id } }' },
  acknowledgeRegulation: {
    entity: 'Regulation',
    doc: 'mutation($id: ID!) { acknowledgeRegulation(regulationId: $id, versionNumber: 1) { id } }',
  },
  approvalRequest: { entity: 'ApprovalRequest', doc: 'query($id: ID!) { approvalRequest(id: $id) { id } }' },
  approveRequest: { entity: 'ApprovalRequest', doc: 'mutation($id: ID!) { approveRequest(id: $id) { id } }' },
  rejectRequest: { entity: 'ApprovalRequest', doc: 'mutation($id: ID!) { rejectRequest(id: $id, reason: "x") { id } }' },
  withdrawRequest: { entity: 'ApprovalRequest', doc: 'mutation($id: ID!) { withdrawRequest(id: $id) { id } }' },
  complaint: { entity: 'Complaint', doc: 'query($id: ID!) { complaint(id: $id) { id } }' },
  recordHistory: { entity: 'Project', doc: 'query($id: ID!) { recordHistory(entity: "Project", id: $id) { totalCount } }' },
  updateComplaint: {
    entity: 'Complaint',
    doc: 'mutation($id: ID!) { updateComplaint(id: $id, expectedVersion: 1, input: { source: CLIENT, category: DISPUTE, severity: MAJOR, title: "盗用", description: "x" }) { id } }',
  },
  addComplaintEvidence: {
    entity: 'Complaint',
    doc: `mutation($id: ID!) { addComplaintEvidence(id: $id, evidenceIds: ["${NIL}"]) { id } }`,
  },
  recordComplaintDiscussion: {
    entity: 'Complaint',
    doc: 'mutation($id: ID!) { recordComplaintDiscussion(complaintId: $id, input: { heldOn: "2030-01-01", departments: [LEGAL], minutes: "x" }) { id } }',
  },
  addComplaintAction: {
    entity: 'Complaint',
    doc: `mutation($id: ID!) { addComplaintAction(complaintId: $id, input: { description: "x", ownerUserId: "${NIL}", deadline: "2030-01-01" }) { id } }`,
  },
  setComplaintActionDone: {
    entity: 'ComplaintAction',
    doc: 'mutation($id: ID!) { setComplaintActionDone(id: $id, done: true, expectedVersion: 1) { id } }',
  },
  startComplaint: { entity: 'Complaint', doc: 'mutation($id: ID!) { startComplaint(id: $id) { id } }' },
  resolveComplaint: { entity: 'Complaint', doc: 'mutation($id: ID!) { resolveComplaint(id: $id, note: "x") { id } }' },
  verifyComplaint: {
    entity: 'Complaint',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { verifyComplaint(id: $id, note: "x") { id } }',
    caller: 'quality',
  },
  reopenComplaint: { entity: 'Complaint', scoped: 'FORBIDDEN', doc: 'mutation($id: ID!) { reopenComplaint(id: $id, reason: "x") { id } }' },
  updateDepartment: { entity: 'Department', doc: 'mutation($id: ID!) { updateDepartment(id: $id, input: { name: "盗用" }) { id } }' },
  archiveDepartment: { entity: 'Department', doc: 'mutation($id: ID!) { archiveDepartment(id: $id) { id } }' },
  setDepartmentMembers: { entity: 'Department', doc: 'mutation($id: ID!) { setDepartmentMembers(id: $id, userIds: []) { id } }' },
  updateDuty: { entity: 'Duty', doc: `mutation($id: ID!) { updateDuty(id: $id, input: ${DUTY_INPUT}) { id } }` },
  archiveDuty: { entity: 'Duty', doc: 'mutation($id: ID!) { archiveDuty(id: $id) { id } }' },
  onboardingTemplate: { entity: 'OnboardingTemplate', doc: 'query($id: ID!) { onboardingTemplate(id: $id) { id } }' },
  updateOnboardingTemplate: {
    entity: 'OnboardingTemplate',
    doc: `mutation($id: ID!) { updateOnboardingTemplate(id: $id, input: ${OB_TEMPLATE_INPUT}) { id } }`,
  },
  archiveOnboardingTemplate: { entity: 'OnboardingTemplate', doc: 'mutation($id: ID!) { archiveOnboardingTemplate(id: $id) { id } }' },
  onboarding: { entity: 'Onboarding', doc: 'query($id: ID!) { onboarding(id: $id) { id } }' },
  advanceOnboarding: { entity: 'Onboarding', doc: 'mutation($id: ID!) { advanceOnboarding(id: $id, overrideReason: "盗用理由") { id } }' },
  saveSiteSurvey: { entity: 'Onboarding', doc: 'mutation($id: ID!) { saveSiteSurvey(onboardingId: $id, input: { areas: [] }) { id } }' },
  saveServiceProposal: {
    entity: 'Onboarding',
    doc: 'mutation($id: ID!) { saveServiceProposal(onboardingId: $id, input: { title: "盗用", sections: [] }) { id } }',
  },
  updateOnboardingTask: {
    entity: 'OnboardingTask',
    doc: 'mutation($id: ID!) { updateOnboardingTask(id: $id, input: { status: DONE }) { id } }',
  },
  commentOnboardingTask: { entity: 'OnboardingTask', doc: 'mutation($id: ID!) { commentOnboardingTask(id: $id, text: "盗用") { id } }' },
  projectCosts: { entity: 'Project', doc: 'query($id: ID!) { projectCosts(projectId: $id, year: 2026) { year } }' },
  costReviews: { entity: 'Project', doc: 'query($id: ID!) { costReviews(projectId: $id) { id } }' },
  surveyQuestionnaire: { entity: 'SurveyQuestionnaire', doc: 'query($id: ID!) { surveyQuestionnaire(id: $id) { id } }' },
  updateSurveyQuestionnaire: {
    entity: 'SurveyQuestionnaire',
    doc: 'mutation($id: ID!) { updateSurveyQuestionnaire(id: $id, input: { title: "盗用", questions: [{ key: "r", kind: RATING, text: "x" }] }) { id } }',
  },
  copySurveyQuestionnaire: { entity: 'SurveyQuestionnaire', doc: 'mutation($id: ID!) { copySurveyQuestionnaire(id: $id) { id } }' },
  archiveSurveyQuestionnaire: { entity: 'SurveyQuestionnaire', doc: 'mutation($id: ID!) { archiveSurveyQuestionnaire(id: $id) { id } }' },
  surveyRound: { entity: 'SurveyRound', doc: 'query($id: ID!) { surveyRound(id: $id) { id } }' },
  updateSurveyRound: {
    entity: 'SurveyRound',
    scoped: 'FORBIDDEN',
    doc: `mutation($id: ID!) { updateSurveyRound(id: $id, input: { projectId: "${NIL}", questionnaireId: "${NIL}", name: "盗用", channels: [PAPER], opensOn: "2026-01-01", closesOn: "2026-12-31" }) { id } }`,
  },
  closeSurveyRound: { entity: 'SurveyRound', scoped: 'FORBIDDEN', doc: 'mutation($id: ID!) { closeSurveyRound(id: $id) { id } }' },
  issueSurveyTickets: {
    entity: 'SurveyRound',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { issueSurveyTickets(roundId: $id, count: 1) { id } }',
  },
  enterSurveyResponse: {
    entity: 'SurveyRound',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { enterSurveyResponse(roundId: $id, input: { channel: PAPER, answers: [{ questionKey: "r", rating: 5 }] }) { id } }',
  },
  notification: { entity: 'Notification', doc: 'query($id: ID!) { notification(id: $id) { id } }' },
  markNotificationsRead: { entity: 'Notification', doc: 'mutation($id: ID!) { markNotificationsRead(ids: [$id]) }' },
  updateNotificationChannel: {
    entity: 'NotificationChannel',
    doc: 'mutation($id: ID!) { updateNotificationChannel(id: $id, expectedVersion: 1, input: { type: WEBHOOK, name: "盗用", enabled: true, url: "https://evil.test/hook" }) { id } }',
  },
  deleteNotificationChannel: { entity: 'NotificationChannel', doc: 'mutation($id: ID!) { deleteNotificationChannel(id: $id) }' },
  testNotificationChannel: { entity: 'NotificationChannel', doc: 'mutation($id: ID!) { testNotificationChannel(id: $id) { ok } }' },
  retryBackgroundJob: { entity: 'Job', doc: 'mutation($id: ID!) { retryBackgroundJob(id: $id) { id } }' },
  patrolPoints: { entity: 'Project', doc: 'query($id: ID!) { patrolPoints(projectIds: [$id]) { id } }' },
  patrolPoint: { entity: 'PatrolPoint', doc: 'query($id: ID!) { patrolPoint(id: $id) { id } }' },
  createPatrolPoint: {
    entity: 'Project',
    doc: 'mutation($id: ID!) { createPatrolPoint(projectId: $id, input: { zoneId: "z", name: "盗用" }) { id } }',
  },
  updatePatrolPoint: {
    entity: 'PatrolPoint',
    doc: 'mutation($id: ID!) { updatePatrolPoint(id: $id, input: { zoneId: "z", name: "盗用" }) { id } }',
  },
  renewPatrolPointCode: { entity: 'PatrolPoint', doc: 'mutation($id: ID!) { renewPatrolPointCode(id: $id) { id } }' },
  archivePatrolPoint: { entity: 'PatrolPoint', doc: 'mutation($id: ID!) { archivePatrolPoint(id: $id) { id } }' },
  patrolRoutes: { entity: 'Project', doc: 'query($id: ID!) { patrolRoutes(projectIds: [$id]) { id } }' },
  patrolRoute: { entity: 'PatrolRoute', doc: 'query($id: ID!) { patrolRoute(id: $id) { id } }' },
  createPatrolRoute: {
    entity: 'Project',
    doc: `mutation($id: ID!) { createPatrolRoute(projectId: $id, input: { name: "盗用", pointIds: ["${NIL}"] }) { id } }`,
  },
  updatePatrolRoute: {
    entity: 'PatrolRoute',
    doc: `mutation($id: ID!) { updatePatrolRoute(id: $id, input: { name: "盗用", pointIds: ["${NIL}"] }) { id } }`,
  },
  archivePatrolRoute: { entity: 'PatrolRoute', doc: 'mutation($id: ID!) { archivePatrolRoute(id: $id) { id } }' },
  patrolRouteDay: { entity: 'PatrolRoute', doc: 'query($id: ID!) { patrolRouteDay(routeId: $id, date: "2026-11-01") { date } }' },
  patrolCoverage: { entity: 'Project', doc: 'query($id: ID!) { patrolCoverage(projectId: $id, month: "2026-11") { month } }' },
  patrolRun: { entity: 'PatrolRun', doc: 'query($id: ID!) { patrolRun(id: $id) { id } }' },
  decideHandbookProposal: {
    entity: 'HandbookRevisionProposal',
    scoped: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { decideHandbookProposal(id: $id, status: REJECTED) { id } }',
  },
  // The platform's operations: a company member (even an admin) is FORBIDDEN, whatever the id.
  platformCompany: { entity: 'Company', expect: 'FORBIDDEN', doc: 'query($id: ID!) { platformCompany(companyId: $id) { id } }' },
  suspendCompany: { entity: 'Company', expect: 'FORBIDDEN', doc: 'mutation($id: ID!) { suspendCompany(companyId: $id) { id } }' },
  reactivateCompany: { entity: 'Company', expect: 'FORBIDDEN', doc: 'mutation($id: ID!) { reactivateCompany(companyId: $id) { id } }' },
  setCompanyLimits: {
    entity: 'Company',
    expect: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { setCompanyLimits(companyId: $id, input: { maxMembers: 1 }) { id } }',
  },
  inviteCompanyAdmin: {
    entity: 'Company',
    expect: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { inviteCompanyAdmin(companyId: $id, input: { email: "evil@evil.test", displayName: "x" }) { acceptPath } }',
  },
  platformCompanyLifecycle: {
    entity: 'Company',
    expect: 'FORBIDDEN',
    doc: 'query($id: ID!) { platformCompanyLifecycle(companyId: $id) { companyId } }',
  },
  platformRequestCompanyExport: {
    entity: 'Company',
    expect: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { platformRequestCompanyExport(companyId: $id) { id } }',
  },
  platformRequestCompanyDeletion: {
    entity: 'Company',
    expect: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { platformRequestCompanyDeletion(companyId: $id, confirmCode: "demo") { id } }',
  },
  platformCancelCompanyDeletion: {
    entity: 'Company',
    expect: 'FORBIDDEN',
    doc: 'mutation($id: ID!) { platformCancelCompanyDeletion(companyId: $id) { id } }',
  },
};

/** Operations anyone may call without a session (sign-in, invitation and public survey links). */
const PUBLIC_OPERATIONS = ['login', 'invitationPreview', 'acceptInvitation', 'publicSurvey', 'submitPublicSurvey', 'platformLogin'];
/** The platform operator's own operations (platform.spec.ts). */
const PLATFORM_OPERATIONS = [
  'platformLogout',
  'platformMe',
  'platformCompanies',
  'platformCompany',
  'platformAuditEntries',
  'createCompany',
  'inviteCompanyAdmin',
  'suspendCompany',
  'reactivateCompany',
  'setCompanyLimits',
  // platform-lifecycle.spec.ts: a company's exports and deletion
  'platformCompanyLifecycle',
  'platformRequestCompanyExport',
  'platformRequestCompanyDeletion',
  'platformCancelCompanyDeletion',
];

const NIL_ID = '00000000-0000-4000-8000-000000000000';
/** Some valid value of an input type: required fields filled, lists empty, the first enum value, the first candidate a scalar accepts. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, placeholder(f.type)]),
    );
  }
  const scalar = (type as GraphQLScalarType).name;
  const known: Record<string, unknown> = { ID: NIL_ID, DateTimeISO: '2030-01-01T01:00:00.000Z', LocalDate: '2030-01-01', JSONObject: {} };
  if (scalar in known) return known[scalar];
  for (const candidate of ['2026-01-01', 1, true, {}, 'x']) {
    try {
      (type as GraphQLScalarType).parseValue(candidate);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Every root operation as a document with placeholder arguments (required ones only) and `__typename` as its selection. */
function everyOperation(schema: GraphQLSchema): Array<{ name: string; doc: string; vars: Record<string, unknown> }> {
  return (['query', 'mutation'] as const).flatMap((kind) => {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    if (!type) return [];
    return Object.values(type.getFields()).map((f) => {
      const args = f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
      const selection = isCompositeType(getNamedType(f.type)) ? ' { __typename }' : '';
      return {
        name: f.name,
        doc: `${kind}${defs ? `(${defs})` : ''} { ${f.name}${call}${selection} }`,
        vars: Object.fromEntries(args.map((a) => [a.name, placeholder(a.type)])),
      };
    });
  });
}

/** Operations with a required ID argument (id, handbookId, projectId …). */
function idTakingOperations(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    isObjectType(type)
      ? Object.values(type.getFields())
          .filter((f) => f.args.some((a) => getNamedType(a.type).name === 'ID' && isNonNullType(a.type)))
          .map((f) => f.name)
      : [],
  );
}

/**
 * Data scope (ARCHITECTURE invariant 9): the entities that belong to no project are the
 * company's (standards, templates, positions, members …) and are the same for every scope.
 * Every other id-taking operation's row belongs to a project, and a member limited to another
 * project gets NOT_FOUND for it.
 */
const COMPANY_WIDE_ENTITIES = new Set([
  'Standard',
  'Property',
  'Region',
  'Member',
  'Invitation',
  'InspectionTemplate',
  'InspectionTemplateVersion',
  'HolidayList',
  'CalendarFeed',
  'Position',
  'Course',
  'TrainingPlan',
  'Regulation',
  'RegulationVersion',
  'Department',
  'Duty',
  'OnboardingTemplate',
  'SurveyQuestionnaire',
  'Notification',
  'NotificationChannel',
  'Job',
  'Company',
]);

describe('data scope', () => {
  const placed = () => Object.entries(OPERATIONS).filter(([, op]) => !COMPANY_WIDE_ENTITIES.has(op.entity));

  it('classifies every id-taking operation as company-wide or placed in a project', () => {
    expect(placed().length).toBeGreaterThan(60);
  });

  /**
   * Out of scope must answer exactly as a row that does not exist: NOT_FOUND — or FORBIDDEN
   * when the caller's role may not do this at all (then a missing id is FORBIDDEN too).
   * Asked by a 项目经理 of project A and by regional operations of a region without projects.
   */
  it.each(placed())(
    "%s with another project's row is NOT_FOUND to members limited to project A or region A, and changes nothing",
    async (_name, op) => {
      const answered: Record<string, string> = {};
      for (const [who, token] of [
        ['PROJECT_MANAGER of A', scopedManager],
        ['REGIONAL_OPS of A', scopedOps],
      ] as const) {
        const audit = await t.countRows('audit_entry');
        const missing = codes(await t.gql(op.doc, { ...op.vars, id: NIL }, token));
        const r = await t.gql(op.doc, { id: demoIds[op.entity], ...op.vars }, token);
        const noData = r.data == null || Object.values(r.data as Record<string, unknown>).every((v) => v === null);
        expect({ who, codes: codes(r), noData }).toEqual({
          who,
          codes: missing[0] === 'FORBIDDEN' ? ['FORBIDDEN'] : ['NOT_FOUND'],
          noData: true,
        });
        expect(await t.countRows('audit_entry')).toBe(audit);
        answered[who] = codes(r)[0];
      }
      // At least one of the two scoped roles may call it, so the scope (not the role) refused it — or no scoped role may.
      expect(Object.values(answered).includes('NOT_FOUND') || op.scoped === 'FORBIDDEN').toBe(true);
    },
  );
});

describe('tenant isolation', () => {
  it('covers every operation that takes an id', async () => {
    const { printSchemaFromCode } = await import('../src/schema-file');
    const { buildSchema } = await import('graphql');
    const schema = buildSchema(await printSchemaFromCode());
    expect(idTakingOperations(schema).sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it.each(Object.entries(OPERATIONS))("%s with another tenant's id is NOT_FOUND and changes nothing", async (_name, op) => {
    const audit = await t.countRows('audit_entry');
    const r = await t.gql(op.doc, { id: demoIds[op.entity], ...op.vars }, op.caller === 'quality' ? otherQuality : otherAdmin);
    expect(codes(r)).toEqual([op.expect ?? 'NOT_FOUND']);
    expect(r.data).toBeNull();
    expect(await t.countRows('audit_entry')).toBe(audit);
  });

  it('the platform operator (a session with no company) is FORBIDDEN or NOT_FOUND on every company operation, and writes nothing', async () => {
    const { printSchemaFromCode } = await import('../src/schema-file');
    const { buildSchema } = await import('graphql');
    const schema = buildSchema(await printSchemaFromCode());
    const operations = everyOperation(schema).filter((o) => !PUBLIC_OPERATIONS.includes(o.name) && !PLATFORM_OPERATIONS.includes(o.name));
    expect(operations.length).toBeGreaterThan(200);
    const rows = async () => [await t.countRows('audit_entry'), await t.countRows('platform_audit_entry')];
    const before = await rows();
    const answered: Record<string, string> = {};
    for (const op of operations) {
      const r = await t.gql(op.doc, op.vars, operator);
      const got = codes(r);
      // A nullable field answers `data: { field: null }` next to its error rather than `data: null`.
      const noData = r.data == null || Object.values(r.data as Record<string, unknown>).every((v) => v === null);
      answered[op.name] =
        got.length === 1 && ['FORBIDDEN', 'NOT_FOUND'].includes(got[0]) && noData ? 'refused' : JSON.stringify(r).slice(0, 300);
    }
    expect(Object.entries(answered).filter(([, a]) => a !== 'refused')).toEqual([]);
    expect(await rows()).toEqual(before);
    // And over plain HTTP: a company file, the live stream.
    expect((await t.get(`/files/${demoIds['EvidenceFile']}`, operator)).status).toBe(403);
    expect((await t.get('/events', operator)).status).toBe(403);
  }, 180_000);

  it("cannot read another tenant's summaries, evaluations or trends by project or region id", async () => {
    const P = { kind: 'MONTH', year: 2026, index: 11 };
    const LEVELS = 'query($id: ID) { levelComparison(from: "2026-11-01", to: "2026-11-30", regionId: $id) { totalCount } }';
    const ops = [
      t.gql(
        'query($id: ID) { inspectionDailySummary(date: "2026-11-01", projectId: $id) { date } }',
        { id: demoIds['Project'] },
        otherAdmin,
      ),
      t.gql('query($id: ID) { inspectionDailySummary(date: "2026-11-01", regionId: $id) { date } }', { id: demoIds['Region'] }, otherAdmin),
      t.gql(
        'query($id: ID, $p: EvaluationPeriodInput!) { projectEvaluation(period: $p, regionId: $id) { totalCount } }',
        { id: demoIds['Region'], p: P },
        otherAdmin,
      ),
      t.gql('query($id: ID) { projectScoreTrend(kind: MONTH, projectId: $id) { kind } }', { id: demoIds['Project'] }, otherAdmin),
      t.gql('query($id: ID) { projectScoreTrend(kind: MONTH, regionId: $id) { kind } }', { id: demoIds['Region'] }, otherAdmin),
      // 三级检查对比 by region: another tenant's, or (scoped) a region outside the member's scope.
      t.gql(LEVELS, { id: demoIds['Region'] }, otherAdmin),
      t.gql(LEVELS, { id: demoIds['Region'] }, scopedManager),
      t.gql(LEVELS, { id: demoIds['Region'] }, scopedOps),
    ];
    for (const r of await Promise.all(ops)) expect(codes(r)).toEqual(['NOT_FOUND']);
    // Unfiltered, the comparison shows only the caller's own projects.
    const levels = await t.ok('{ levelComparison(from: "2026-11-01", to: "2026-11-30") { nodes { project { code } } } }', {}, otherAdmin);
    expect(levels.levelComparison.nodes.map((n: { project: { code: string } }) => n.project.code)).toEqual(['BJ-001']);
    const scoped = await t.ok(
      '{ levelComparison(from: "2026-11-01", to: "2026-11-30") { nodes { project { code } } } }',
      {},
      scopedManager,
    );
    expect(
      scoped.levelComparison.nodes.map((n: { project: { code: string } }) => n.project.code).filter((c: string) => c !== 'ISO-A'),
    ).toEqual([]);
    // Unfiltered, the other tenant sees only its own (empty) figures.
    const own = await t.ok(
      'query($p: EvaluationPeriodInput!) { projectEvaluation(period: $p) { tenantRankedCount nodes { project { code } } } projectScoreTrend(kind: MONTH, periods: 3) { points { score } } }',
      { p: P },
      otherAdmin,
    );
    expect(own.projectEvaluation.nodes.map((n: { project: { code: string } }) => n.project.code)).toEqual(['BJ-001']);
    expect(own.projectEvaluation.tenantRankedCount).toBe(0);
    expect(own.projectScoreTrend.points.every((p: { score: number | null }) => p.score === null)).toBe(true);
  });

  it("cannot inspect another tenant's occurrence, project or checklist, nor use or read its files", async () => {
    const rows = async () => [await t.countRows('inspection'), await t.countRows('audit_entry')];
    const before = await rows();
    const own = await t.upload(
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('theirs')]),
      'image/png',
      otherAdmin,
    );
    const submit = (input: Record<string, unknown>) =>
      t.gql(
        'mutation($input: InspectionInput!) { submitInspection(input: $input) { id } }',
        { input: { clientKey: `iso-${Math.random().toString(36).slice(2)}`, signatureFileId: own.json.id, items: [], ...input } },
        otherAdmin,
      );
    expect(codes(await submit({ occurrenceId: demoIds['InspectionOccurrence'] }))).toEqual(['NOT_FOUND']);
    expect(codes(await submit({ projectId: demoIds['Project'], templateId: demoIds['InspectionTemplateForAdHoc'] }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      codes(
        await t.gql(
          'mutation($input: InspectionInput!) { saveInspectionDraft(input: $input) { id } }',
          { input: { clientKey: 'iso-draft-1', projectId: demoIds['Project'], templateId: demoIds['InspectionTemplateForAdHoc'] } },
          otherAdmin,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    // The demo tenant's client key is not visible either: the same key is simply a new inspection here.
    expect(
      codes(
        await t.gql(
          'mutation($input: InspectionInput!) { saveInspectionDraft(input: $input) { id } }',
          { input: { clientKey: 'isolation-demo-1', projectId: demoIds['Project'], templateId: demoIds['InspectionTemplateForAdHoc'] } },
          otherAdmin,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(await rows()).toEqual([before[0], before[1] + 1]); // only the upload's audit entry
    expect((await t.get(`/files/${demoIds['EvidenceFile']}`, otherAdmin)).status).toBe(404);
    expect((await t.get(`/files/${demoIds['EvidenceFile']}`, demoAdmin)).status).toBe(200);
  });

  it("cannot enter costs or open surveys on another tenant's project or round (ids inside inputs)", async () => {
    const audit = await t.countRows('audit_entry');
    const month = await t.gql(
      'mutation($p: ID!) { saveCostMonth(input: { projectId: $p, month: "2026-01", lines: [{ category: STAFF, budgetFen: 1, actualFen: 1 }] }) { id } }',
      { p: demoIds['Project'] },
      otherAdmin,
    );
    expect(codes(month)).toEqual(['NOT_FOUND']);
    const review = await t.gql(
      'mutation($p: ID!) { reviewCosts(input: { projectId: $p, month: "2026-01", decision: ACCEPTED }) { id } }',
      { p: demoIds['Project'] },
      otherAdmin,
    );
    expect(codes(review)).toEqual(['NOT_FOUND']);
    const round = await t.gql(
      'mutation($p: ID!, $q: ID!) { createSurveyRound(input: { projectId: $p, questionnaireId: $q, name: "盗用", channels: [PAPER], opensOn: "2026-01-01", closesOn: "2026-12-31" }) { id } }',
      { p: demoIds['Project'], q: demoIds['SurveyQuestionnaire'] },
      otherAdmin,
    );
    expect(fieldReasons(round)).toEqual(['input.projectId:NOT_FOUND', 'input.questionnaireId:NOT_FOUND']);
    const proposal = await t.gql(
      'mutation($r: ID!) { proposeHandbookRevision(input: { roundId: $r, text: "盗用" }) { id } }',
      { r: demoIds['SurveyRound'] },
      otherAdmin,
    );
    expect(fieldReasons(proposal)).toEqual(['input.roundId:NOT_FOUND']);
    expect(await t.countRows('audit_entry')).toBe(audit);
  });

  it("never lists another tenant's rows", async () => {
    const r = await t.ok(
      '{ projects(first: 100, filter: { includeArchived: true }) { totalCount nodes { code } } properties(first: 100) { nodes { name } } regions { nodes { name } } members(first: 100) { nodes { user { email } } } invitations(status: OPEN) { nodes { email } } auditEntries(first: 100) { nodes { entityId } } standards { totalCount } handbooks { totalCount } inspections { totalCount } rectifications { totalCount } feedbackInbox { totalCount } positions { id } employees { totalCount } courses { id } trainingPlans { id } trainingSessions { totalCount } trainingRequirements { totalCount } trainingCoverage(groupBy: PROJECT) { required } regulations { totalCount } myUnreadRegulations { id } complaints { totalCount } escalatedComplaints { totalCount } departments { id } duties { id } onboardingTemplates { id } onboardings { totalCount } onboardingTasks { totalCount } onboardingDashboard { pipeline { survey } lateCount } }',
      {},
      otherAdmin,
    );
    expect(r.projects.nodes.map((p: { code: string }) => p.code)).toEqual(['BJ-001']);
    expect(r.projects.totalCount).toBe(1);
    expect(r.properties.nodes.map((p: { name: string }) => p.name)).toEqual(['北辰花园']);
    expect(r.regions.nodes.map((p: { name: string }) => p.name)).toEqual(['华北区域']);
    expect(r.members.nodes.map((m: { user: { email: string } }) => m.user.email).sort()).toEqual([
      'admin@other.test',
      'consultant@pinzhi.test',
    ]);
    expect(r.invitations.nodes).toEqual([]);
    expect(r.auditEntries.nodes.map((a: { entityId: string }) => a.entityId)).not.toContain(demoIds['Project']);
    expect(r.standards.totalCount).toBe(0);
    expect(r.handbooks.totalCount).toBe(0);
    expect(r.inspections.totalCount).toBe(0);
    expect(r.rectifications.totalCount).toBe(0);
    expect(r.feedbackInbox.totalCount).toBe(0);
    expect([r.positions, r.courses, r.trainingPlans, r.trainingCoverage]).toEqual([[], [], [], []]);
    expect([r.employees.totalCount, r.trainingSessions.totalCount, r.trainingRequirements.totalCount]).toEqual([0, 0, 0]);
    // Its own code of conduct only (seeded in both companies), none of demo's.
    expect([r.regulations.totalCount, r.myUnreadRegulations.length, r.complaints.totalCount, r.escalatedComplaints.totalCount]).toEqual([
      1, 1, 0, 0,
    ]);
    expect([r.departments, r.duties, r.onboardingTemplates, r.onboardingDashboard.pipeline]).toEqual([[], [], [], []]);
    expect([r.onboardings.totalCount, r.onboardingTasks.totalCount, r.onboardingDashboard.lateCount]).toEqual([0, 0, 0]);
    // starting onboarding of another tenant's project (an id inside the input) is NOT_FOUND too
    const audit = await t.countRows('audit_entry');
    expect(
      codes(await t.gql('mutation($p: ID!) { startOnboarding(input: { projectId: $p }) { id } }', { p: demoIds['Project'] }, otherAdmin)),
    ).toEqual(['NOT_FOUND']);
    expect(await t.countRows('audit_entry')).toBe(audit);
  });

  it("cannot attach another tenant's property, region or user to its own project", async () => {
    const other = await t.ok('{ regions { nodes { id } } properties { nodes { id } } }', {}, otherAdmin);
    const demoUser = await t.ok('{ me { user { id } } }', {}, demoAdmin);
    const r = await t.gql(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: {
          code: 'BJ-009',
          name: '越权',
          propertyId: demoIds['Property'],
          regionId: demoIds['Region'],
          managerUserId: demoUser.me.user.id,
        },
      },
      otherAdmin,
    );
    const reasons = (r.errors![0].extensions!['fields'] as Array<{ path: string[]; reason: string }>)
      .map((f) => `${f.path.join('.')}:${f.reason}`)
      .sort();
    expect(reasons).toEqual(['input.managerUserId:NOT_FOUND', 'input.propertyId:NOT_FOUND', 'input.regionId:NOT_FOUND']);
    expect(other.regions.nodes).toHaveLength(1);
  });
});
