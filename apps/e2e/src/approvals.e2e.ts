// 审批 end to end with the demo flow "handbook publish: Quality Center head → GM": quality@ publishes
// SH-001's revised draft (it is submitted, not published), 钱芳 (the Quality Center's head) approves
// in 我的审批, the GM sees the diff and approves; then the next version is current and the request's
// history shows both approvals.
import type { Browser } from 'playwright-core';
import { PASSWORD, graphql, launchBrowser, openPage, setHandbookApprovalFlow, shot, signIn, watchGraphql } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await setHandbookApprovalFlow(true);
});
afterAll(async () => {
  await browser?.close();
});

const SECTIONS =
  'sections { key titleZh titleEn items { key score requirementZh requirementEn note standard { id } } frequencies { key taskZh taskEn zoneId locationZh rrule note } }';

interface Item {
  key: string;
  score: number | null;
  requirementZh: string | null;
  requirementEn: string | null;
  note: string | null;
  standard: { id: string };
}
interface Frequency {
  key: string;
  taskZh: string;
  taskEn: string | null;
  zoneId: string | null;
  locationZh: string | null;
  rrule: string;
  note: string | null;
}
interface Section {
  key: string;
  titleZh: string;
  titleEn: string | null;
  items: Item[];
  frequencies: Frequency[];
}

async function tokenFor(email: string): Promise<string> {
  const r = await graphql<{ login: { token: string } }>(
    '',
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p, tenantSlug: "demo") { token } }',
    { e: email, p: PASSWORD },
  );
  return r.login.token;
}

describe('approvals', () => {
  it('a handbook revision is published only after the Quality Center head and the GM approve it', async () => {
    // SH-001's draft with a changed conduct requirement (saved through the API; publishing is the UI's).
    const quality = await tokenFor('quality@demo.test');
    const p = await graphql(quality, '{ projects(first: 100) { nodes { code handbook { id latestNumber } } } }');
    const hb = p.projects.nodes.find((n: { code: string }) => n.code === 'SH-001').handbook;
    const draft = await graphql(quality, 'mutation($id: ID!) { startHandbookDraft(handbookId: $id) { id version } }', { id: hb.id });
    const v = await graphql(quality, `query($id: ID!) { handbookVersion(id: $id) { ${SECTIONS} } }`, { id: draft.startHandbookDraft.id });
    const sections = (v.handbookVersion.sections as Section[]).map((s) => ({
      key: s.key,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      items: s.items.map((i) => ({
        key: i.key,
        standardId: i.standard.id,
        requirementZh: i.requirementZh,
        requirementEn: i.requirementEn,
        score: i.score,
        note: i.note,
      })),
      frequencies: s.frequencies.map((f) => ({
        key: f.key,
        taskZh: f.taskZh,
        taskEn: f.taskEn,
        zoneId: f.zoneId,
        locationZh: f.locationZh,
        rrule: f.rrule,
        note: f.note,
      })),
    }));
    const conduct = sections.find((s) => s.titleZh.includes('行为'))!;
    conduct.items[0].requirementZh = '与业主交谈时应面带微笑，使用普通话（审批测试）';
    await graphql(
      quality,
      'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
      { id: hb.id, input: { sections }, v: draft.startHandbookDraft.version },
    );

    // quality@ publishes in the UI: it is submitted for approval, not published.
    const a = await openPage(browser);
    try {
      await signIn(a.page, 'quality@demo.test');
      await a.page.goto(`/handbooks/${hb.id}`);
      await a.page.getByTestId('handbook-view').waitFor();
      await a.page.getByTestId('tab-draft').click();
      await a.page.getByTestId('publish').click();
      await a.page.getByTestId('publish-diff').getByTestId('handbook-diff').waitFor();
      await a.page.locator('#changeSummary').fill('行为规范：调整文明用语');
      await a.page.getByTestId('confirm-publish').click();
      await a.page.getByTestId('draft-pending-approval').waitFor();
      await shot(a.page, 'approval-handbook-pending');
    } finally {
      await a.context.close();
    }
    const pending = await graphql(quality, 'query($id: ID!) { handbook(id: $id) { latestNumber draftApproval { id status } } }', {
      id: hb.id,
    });
    expect(pending.handbook.latestNumber).toBe(hb.latestNumber);
    expect(pending.handbook.draftApproval.status).toBe('PENDING_APPROVAL');
    const requestId = pending.handbook.draftApproval.id;

    // 钱芳, head of the Quality Center, approves it from 我的审批.
    const b = await openPage(browser);
    try {
      await signIn(b.page, 'quality2@demo.test');
      await b.page.goto('/approvals');
      await b.page.getByTestId('approvals-table').getByRole('link', { name: /V\d+/ }).first().click();
      await b.page.getByTestId('approval-page').waitFor();
      await b.page.getByTestId('approval-comment').fill('同意');
      const idle = watchGraphql(b.page);
      await b.page.getByTestId('approve').click();
      await idle.idle();
      await b.page.getByTestId('approval-history').getByText('同意').waitFor();
    } finally {
      await b.context.close();
    }
    const mid = await graphql(quality, 'query($id: ID!) { handbook(id: $id) { latestNumber } }', { id: hb.id });
    expect(mid.handbook.latestNumber).toBe(hb.latestNumber);

    // The GM sees the diff and approves: the version is published.
    const c = await openPage(browser);
    try {
      await signIn(c.page, 'gm@demo.test');
      await c.page.goto(`/approvals/${requestId}`);
      await c.page.getByTestId('approval-subject').getByTestId('handbook-diff').waitFor();
      expect(await c.page.getByTestId('approval-subject').innerText()).toContain('审批测试');
      await shot(c.page, 'approval-gm-diff');
      await c.page.getByTestId('approve').click();
      await c.page.getByTestId('approval-status').getByText('已通过').waitFor();
      const history = await c.page.getByTestId('approval-history').innerText();
      expect(history).toContain('钱芳');
      expect(history).toContain('郑总');
    } finally {
      await c.context.close();
    }
    const done = await graphql(quality, 'query($id: ID!) { handbook(id: $id) { latestNumber latest { number } draft { id } } }', {
      id: hb.id,
    });
    expect(done.handbook).toEqual({ latestNumber: hb.latestNumber + 1, latest: { number: hb.latestNumber + 1 }, draft: null });
  });
});
