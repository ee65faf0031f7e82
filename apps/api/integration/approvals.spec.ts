import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * 审批 (issue 21): the demo flow "handbook publish: Quality Center head (钱芳, quality2@) → GM
 * (gm@)". Publishing SH-001's draft submits it; nothing is published until both approve; the GM
 * sees the diff; after approval version 3 is current and retraining runs; rejection returns the
 * draft with its reason; a flow change does not alter a running request.
 */
let t: TestApp;
let admin: string;
let quality: string;
let head: string;
let gm: string;
let hr: string;
let other: string;
let handbookId: string;
beforeAll(async () => {
  t = await TestApp.start();
  [admin, quality, head, gm, hr, other] = await Promise.all(
    ['admin@demo.test', 'quality@demo.test', 'quality2@demo.test', 'gm@demo.test', 'hr@demo.test', 'admin@other.test'].map((e) =>
      t.token(e),
    ),
  );
  const p = await t.ok('{ projects(first: 100) { nodes { code handbook { id } } } }', {}, quality);
  handbookId = p.projects.nodes.find((n: any) => n.code === 'SH-001').handbook.id;
}, 180_000);
afterAll(() => t.stop());

const SECTIONS =
  'sections { key titleZh titleEn items { key score requirementZh requirementEn note standard { id } } frequencies { key taskZh taskEn zoneId locationZh rrule note } }';
const HANDBOOK = `query($id: ID!) { handbook(id: $id) { latestNumber latest { number publishedBy { email } }
  draft { id version } draftApproval { id status reason stepIndex version } } }`;
const REQUEST = `query($id: ID!) { approvalRequest(id: $id) {
  id kind status title flowNumber stepIndex reason version canDecide requester { email }
  steps { name approverKind mode }
  history { stepIndex decision comment user { email } }
  handbook { id }
  handbookDiff { fromNumber toNumber items { changed { label changes { field from to } } } }
} }`;
const WAITING = '{ approvalRequests(first: 50) { totalCount nodes { id title } } }';

/** Opens SH-001's draft, changes it and publishes (= submits while the flow is active). */
async function reviseAndPublish(change: (sections: any[]) => void, summary = '修订') {
  const draft = await t.ok('mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id version } }', { id: handbookId }, quality);
  const v = await t.ok(`query($id: ID!) { handbookVersion(id: $id) { ${SECTIONS} } }`, { id: draft.startHandbookDraft.id }, quality);
  const sections = v.handbookVersion.sections.map((s: any) => ({
    key: s.key,
    titleZh: s.titleZh,
    titleEn: s.titleEn,
    items: s.items.map((i: any) => ({
      key: i.key,
      standardId: i.standard.id,
      requirementZh: i.requirementZh,
      requirementEn: i.requirementEn,
      score: i.score,
      note: i.note,
    })),
    frequencies: s.frequencies.map((f: any) => ({
      key: f.key,
      taskZh: f.taskZh,
      taskEn: f.taskEn,
      zoneId: f.zoneId,
      locationZh: f.locationZh,
      rrule: f.rrule,
      note: f.note,
    })),
  }));
  change(sections);
  const saved = await t.ok(
    'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
    { id: handbookId, input: { sections }, v: draft.startHandbookDraft.version },
    quality,
  );
  const pub = await t.ok(
    'mutation($id: ID!, $s: String!, $v: Int!) { publishHandbook(handbookId: $id, changeSummary: $s, expectedVersion: $v) { id number status } }',
    { id: handbookId, s: summary, v: saved.saveHandbookDraft.version },
    quality,
  );
  return { pub: pub.publishHandbook, draftVersion: saved.saveHandbookDraft.version, sections };
}

const conductChange = (text: string) => (sections: any[]) => {
  const conduct = sections.find((s) => s.titleZh.includes('行为'));
  conduct.items[0].requirementZh = text;
};

describe('the demo flow: handbook publish, Quality Center head → GM', () => {
  let requestId: string;

  it('is seeded active with its two steps', async () => {
    const r = await t.ok('{ approvalFlows { kind name active latestNumber steps { name approverKind mode departmentId } } }', {}, admin);
    expect(r.approvalFlows).toEqual([
      expect.objectContaining({
        kind: 'HANDBOOK_PUBLISH',
        active: true,
        latestNumber: 1,
        steps: [
          expect.objectContaining({ name: '品质中心负责人审核', approverKind: 'DEPARTMENT_HEAD', mode: 'ONE' }),
          expect.objectContaining({ name: '总经理审批', approverKind: 'GENERAL_MANAGER', mode: 'ONE' }),
        ],
      }),
    ]);
  });

  it('quality@ submits SH-001’s draft: nothing is published, the draft is frozen, the head is asked', async () => {
    const { pub, sections } = await reviseAndPublish(
      conductChange('与业主交谈时应面带微笑，使用普通话和文明用语（审批修订）'),
      '行为规范修订',
    );
    expect(pub).toMatchObject({ status: 'DRAFT', number: null });
    const h = (await t.ok(HANDBOOK, { id: handbookId }, quality)).handbook;
    expect(h.latestNumber).toBe(2);
    expect(h.draftApproval).toMatchObject({ status: 'PENDING_APPROVAL', stepIndex: 0, reason: null });
    requestId = h.draftApproval.id;

    // The draft cannot change while it waits, nor be submitted twice.
    const save = await t.gql(
      'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
      { id: handbookId, input: { sections }, v: h.draft.version },
      quality,
    );
    expect(fieldReasons(save)).toEqual(['handbookId:INVALID_VALUE']);

    expect((await t.ok(WAITING, {}, head)).approvalRequests.nodes.map((n: any) => n.id)).toEqual([requestId]);
    expect((await t.ok(WAITING, {}, gm)).approvalRequests.totalCount).toBe(0);
    const early = await t.gql('mutation($id: ID!) { approveRequest(id: $id) { status } }', { id: requestId }, gm);
    expect(codes(early)).toEqual(['FORBIDDEN']);

    // The head is notified; the request is a to-do of theirs.
    const n = await t.ok('{ notifications(first: 20) { nodes { kind entityId link } } }', {}, head);
    expect(n.notifications.nodes).toContainEqual({ kind: 'APPROVAL_REQUESTED', entityId: requestId, link: `/approvals/${requestId}` });
    const todos = await t.ok('{ myTodos { items { kind entityId link } } }', {}, head);
    expect(todos.myTodos.items).toContainEqual({ kind: 'APPROVAL', entityId: requestId, link: `/approvals/${requestId}` });
  });

  it('changing the flow while the request runs does not change its steps', async () => {
    const saved = await t.ok(
      `mutation($input: ApprovalFlowInput!) { saveApprovalFlow(input: $input) { latestNumber steps { name } } }`,
      {
        input: {
          kind: 'HANDBOOK_PUBLISH',
          name: '工作手册发布审批',
          active: true,
          steps: [{ name: '人力资源会签', approverKind: 'ROLE', role: 'HR', mode: 'ONE' }],
        },
      },
      admin,
    );
    expect(saved.saveApprovalFlow).toEqual({ latestNumber: 2, steps: [{ name: '人力资源会签' }] });
    const r = (await t.ok(REQUEST, { id: requestId }, quality)).approvalRequest;
    expect(r.flowNumber).toBe(1);
    expect(r.steps.map((s: any) => s.name)).toEqual(['品质中心负责人审核', '总经理审批']);
    expect((await t.ok(WAITING, {}, hr)).approvalRequests.totalCount).toBe(0);
  });

  it('after the head approves, it waits for the GM, who sees the diff; still nothing is published', async () => {
    const a = await t.ok('mutation($id: ID!) { approveRequest(id: $id, comment: "同意") { status stepIndex } }', { id: requestId }, head);
    expect(a.approveRequest).toEqual({ status: 'PENDING_APPROVAL', stepIndex: 1 });
    expect((await t.ok(HANDBOOK, { id: handbookId }, quality)).handbook.latestNumber).toBe(2);
    const again = await t.gql('mutation($id: ID!) { approveRequest(id: $id) { status } }', { id: requestId }, head);
    expect(codes(again)).toEqual(['FORBIDDEN']);

    const r = (await t.ok(REQUEST, { id: requestId }, gm)).approvalRequest;
    expect(r).toMatchObject({ canDecide: true, stepIndex: 1, requester: { email: 'quality@demo.test' }, handbook: { id: handbookId } });
    expect(r.handbookDiff.fromNumber).toBe(2);
    expect(r.handbookDiff.items.changed).toHaveLength(1);
    expect(r.handbookDiff.items.changed[0].changes).toContainEqual(
      expect.objectContaining({ field: 'requirementZh', to: '与业主交谈时应面带微笑，使用普通话和文明用语（审批修订）' }),
    );
  });

  it('after the GM approves, version 3 is current, retraining runs and the history shows both approvals', async () => {
    const before = await t.ok('{ courses(outdated: true) { title } }', {}, quality);
    expect(before.courses).toEqual([]);
    const a = await t.ok('mutation($id: ID!) { approveRequest(id: $id) { status stepIndex decidedAt } }', { id: requestId }, gm);
    expect(a.approveRequest).toMatchObject({ status: 'APPROVED', stepIndex: null });
    const h = (await t.ok(HANDBOOK, { id: handbookId }, quality)).handbook;
    expect(h).toMatchObject({
      latestNumber: 3,
      latest: { number: 3, publishedBy: { email: 'gm@demo.test' } },
      draft: null,
      draftApproval: null,
    });

    // The existing retraining mechanism ran: the course teaching the changed section is outdated.
    const c = await t.ok('{ courses(outdated: true) { title } }', {}, quality);
    expect(c.courses.map((x: any) => x.title)).toEqual(['保安员行为规范']);

    const r = (await t.ok(REQUEST, { id: requestId }, quality)).approvalRequest;
    expect(r.history).toEqual([
      { stepIndex: 0, decision: 'APPROVED', comment: '同意', user: { email: 'quality2@demo.test' } },
      { stepIndex: 1, decision: 'APPROVED', comment: null, user: { email: 'gm@demo.test' } },
    ]);
    const audit = await t.ok(
      'query($id: ID!) { recordHistory(entity: "Handbook", id: $id, first: 20) { nodes { operation user { displayName } } } }',
      { id: handbookId },
      quality,
    );
    const ops = audit.recordHistory.nodes.map((n: any) => n.operation);
    expect(ops.filter((o: string) => o === 'approveApproval').length).toBeGreaterThanOrEqual(2);
    expect(ops).toContain('submitApproval');
    expect(ops).toContain('publishHandbook');
    const n = await t.ok('{ notifications(first: 20) { nodes { kind entityId } } }', {}, quality);
    expect(n.notifications.nodes).toContainEqual({ kind: 'APPROVAL_APPROVED', entityId: requestId });
  });
});

describe('rejection, withdrawal and the rules', () => {
  beforeAll(async () => {
    // Back to the demo flow (the test above changed it to one HR step).
    const depts = await t.ok('{ departments { id code } }', {}, admin);
    const qc = depts.departments.find((d: any) => d.code === 'QC').id;
    await t.ok(
      `mutation($input: ApprovalFlowInput!) { saveApprovalFlow(input: $input) { id } }`,
      {
        input: {
          kind: 'HANDBOOK_PUBLISH',
          name: '工作手册发布审批',
          active: true,
          steps: [
            { name: '品质中心负责人审核', approverKind: 'DEPARTMENT_HEAD', departmentId: qc, mode: 'ONE' },
            { name: '总经理审批', approverKind: 'GENERAL_MANAGER', mode: 'ONE' },
          ],
        },
      },
      admin,
    );
  });

  it('a rejection needs a reason, returns the draft to its author, who sees the reason', async () => {
    await reviseAndPublish(conductChange('再次修订'));
    const h = (await t.ok(HANDBOOK, { id: handbookId }, quality)).handbook;
    const id = h.draftApproval.id;
    const empty = await t.gql('mutation($id: ID!) { rejectRequest(id: $id, reason: "  ") { status } }', { id }, head);
    expect(fieldReasons(empty)).toEqual(['reason:REQUIRED']);
    const r = await t.ok('mutation($id: ID!) { rejectRequest(id: $id, reason: "措辞需与公司制度一致") { status reason } }', { id }, head);
    expect(r.rejectRequest).toEqual({ status: 'REJECTED', reason: '措辞需与公司制度一致' });
    const after = (await t.ok(HANDBOOK, { id: handbookId }, quality)).handbook;
    expect(after.latestNumber).toBe(3);
    expect(after.draft).not.toBeNull();
    expect(after.draftApproval).toMatchObject({ id, status: 'REJECTED', reason: '措辞需与公司制度一致' });
    const n = await t.ok('{ notifications(first: 20) { nodes { kind entityId body } } }', {}, quality);
    expect(n.notifications.nodes).toContainEqual(expect.objectContaining({ kind: 'APPROVAL_REJECTED', entityId: id }));
    // Nobody waits on it any more; the GM never saw it.
    expect((await t.ok(WAITING, {}, head)).approvalRequests.totalCount).toBe(0);
    const late = await t.gql('mutation($id: ID!) { approveRequest(id: $id) { status } }', { id }, gm);
    expect(fieldReasons(late)).toEqual(['id:INVALID_TRANSITION']);
  });

  it('the requester may withdraw (nobody else), then change and resubmit', async () => {
    const h = (await t.ok(HANDBOOK, { id: handbookId }, quality)).handbook;
    const pub = await t.ok(
      'mutation($id: ID!, $v: Int!) { publishHandbook(handbookId: $id, changeSummary: "再次提交", expectedVersion: $v) { status } }',
      { id: handbookId, v: h.draft.version },
      quality,
    );
    expect(pub.publishHandbook.status).toBe('DRAFT');
    const id = (await t.ok(HANDBOOK, { id: handbookId }, quality)).handbook.draftApproval.id;
    const notMine = await t.gql('mutation($id: ID!) { withdrawRequest(id: $id) { status } }', { id }, head);
    expect(fieldReasons(notMine)).toEqual(['id:INVALID_VALUE']);
    const w = await t.ok('mutation($id: ID!) { withdrawRequest(id: $id) { status } }', { id }, quality);
    expect(w.withdrawRequest.status).toBe('WITHDRAWN');
    const twice = await t.gql('mutation($id: ID!) { withdrawRequest(id: $id) { status } }', { id }, quality);
    expect(fieldReasons(twice)).toEqual(['id:INVALID_TRANSITION']);
    const d = (await t.ok(HANDBOOK, { id: handbookId }, quality)).handbook;
    expect(d.draftApproval).toMatchObject({ status: 'WITHDRAWN' });
    await t.ok('mutation($id: ID!) { discardHandbookDraft(handbookId: $id) { id } }', { id: handbookId }, quality);
  });

  it('another company and people outside the request get NOT_FOUND', async () => {
    const mine = await t.ok('{ approvalRequests(first: 5, filter: { view: MINE }) { nodes { id } } }', {}, quality);
    const id = mine.approvalRequests.nodes[0].id;
    expect(codes(await t.gql('query($id: ID!) { approvalRequest(id: $id) { id } }', { id }, other))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql('query($id: ID!) { approvalRequest(id: $id) { id } }', { id }, hr))).toEqual(['NOT_FOUND']);
    expect(
      (await t.ok('{ approvalRequests(first: 5, filter: { view: ALL }) { totalCount } }', {}, other)).approvalRequests.totalCount,
    ).toBe(0);
    // The GM reads every request of the company.
    expect((await t.ok('{ approvalRequests(first: 50, filter: { view: ALL }) { totalCount } }', {}, gm)).approvalRequests.totalCount).toBe(
      3,
    );
  });

  it('flows are edited by admins only, with field-named errors', async () => {
    const bad = await t.gql(
      `mutation($input: ApprovalFlowInput!) { saveApprovalFlow(input: $input) { id } }`,
      {
        input: {
          kind: 'BUDGET_ADJUSTMENT',
          name: '预算调整',
          active: true,
          steps: [
            { name: '会签', approverKind: 'MEMBERS', userIds: [], mode: 'ALL' },
            { name: '总经理', approverKind: 'GENERAL_MANAGER', mode: 'ONE', minAmount: -1 },
          ],
        },
      },
      admin,
    );
    expect(fieldReasons(bad)).toEqual(['input.steps.0.userIds:REQUIRED', 'input.steps.1.minAmount:INVALID_VALUE']);
    const forbidden = await t.gql('mutation { setApprovalFlowActive(kind: HANDBOOK_PUBLISH, active: false) { active } }', {}, quality);
    expect(codes(forbidden)).toEqual(['FORBIDDEN']);
  });

  it('without an active flow, publishing is immediate', async () => {
    await t.ok('mutation { setApprovalFlowActive(kind: HANDBOOK_PUBLISH, active: false) { active } }', {}, admin);
    const { pub } = await reviseAndPublish(conductChange('直接发布'));
    expect(pub).toMatchObject({ status: 'PUBLISHED', number: 4 });
  });

  it('a burst of the same approval (a double click, a retry) advances the request once', async () => {
    await t.ok('mutation { setApprovalFlowActive(kind: HANDBOOK_PUBLISH, active: true) { active } }', {}, admin);
    await reviseAndPublish(conductChange('并发审批'));
    const id = (await t.ok(HANDBOOK, { id: handbookId }, quality)).handbook.draftApproval.id;
    const APPROVE = 'mutation($id: ID!) { approveRequest(id: $id) { stepIndex } }';
    const answers = await Promise.all([1, 2, 3].map(() => t.gql(APPROVE, { id }, head)));
    // One decision is taken; the others are refused: the step has moved on (no longer the head's
    // to decide), or CONFLICT on MariaDB when they raced the first.
    expect(answers.filter((a) => !a.errors).map((a) => a.data!.approveRequest)).toEqual([{ stepIndex: 1 }]);
    for (const a of answers.filter((x) => x.errors)) expect(codes(a)[0]).toMatch(/^(FORBIDDEN|BAD_USER_INPUT|CONFLICT)$/);
    const r = (await t.ok(REQUEST, { id }, admin)).approvalRequest;
    expect(r.history.map((h: any) => `${h.stepIndex}:${h.decision}:${h.user.email}`)).toEqual([
      '0:APPROVED:quality2@demo.test',
      '1:null:gm@demo.test',
    ]);
    await t.ok('mutation($id: ID!) { withdrawRequest(id: $id) { status } }', { id }, quality);
    await t.ok('mutation($id: ID!) { discardHandbookDraft(handbookId: $id) { id } }', { id: handbookId }, quality);
  });
});
