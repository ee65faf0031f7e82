// The audit trail for people: after changes with references (a project's manager, a complaint's
// action owner), money, dates and enums, the Chinese audit trail shows no raw identifier — no
// camelCase word, no UUID — but names linked to their records; the date filter narrows it; and the
// project's own history tab shows the same changes.
import type { Browser, Page } from 'playwright-core';
import { graphql, launchBrowser, openPage, shot, signIn, tokenOf } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function rawIdentifiers(text: string): string[] {
  return [...(text.match(CAMEL) ?? []), ...(text.match(UUID) ?? [])];
}

async function expandAll(page: Page): Promise<void> {
  const icons = page.getByTestId('audit-table').locator('button.ant-table-row-expand-icon-collapsed');
  for (let n = await icons.count(); n > 0; n = await icons.count()) await icons.first().click();
}

describe('audit trail in Chinese', () => {
  it('shows names, links and words, never camelCase identifiers or UUIDs', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await signIn(page, 'admin@demo.test');
      const token = await tokenOf(page);
      const d = await graphql(
        token,
        '{ projects(first: 100) { nodes { id code name version } } members(first: 100) { nodes { id role user { id email } } } }',
      );
      const project = d.projects.nodes.find((p: { code: string }) => p.code === 'SH-003');
      const quality = d.members.nodes.find((m: { user: { email: string } }) => m.user.email === 'quality@demo.test');
      await graphql(
        token,
        'mutation($id: ID!, $m: ID!) { updateProject(id: $id, input: { managerUserId: $m, contractEnd: "2030-12-31" }) { id } }',
        {
          id: project.id,
          m: quality.user.id,
        },
      );
      await graphql(
        token,
        'mutation($p: ID!) { saveCostMonth(input: { projectId: $p, month: "2024-01", lines: [{ category: STAFF, budgetFen: 100000, actualFen: 508500 }] }) { id } }',
        { p: project.id },
      );
      const c = await graphql(
        token,
        'mutation($p: ID!) { createComplaint(input: { projectId: $p, source: CLIENT, category: TECHNICAL, severity: CRITICAL, title: "空调机组异响", description: "样板房空调机组运行噪音大。" }) { id } }',
        { p: project.id },
      );
      await graphql(
        token,
        'mutation($id: ID!, $o: ID!) { addComplaintAction(complaintId: $id, input: { description: "联系厂家检修", ownerUserId: $o, deadline: "2030-01-15" }) { id } }',
        { id: c.createComplaint.id, o: quality.user.id },
      );
      const viewer = d.members.nodes.find((m: { user: { email: string } }) => m.user.email === 'viewer@demo.test');
      await graphql(token, 'mutation($id: ID!) { updateMember(id: $id, input: { role: MARKETING_CS }) { id } }', { id: viewer.id });
      await graphql(token, 'mutation($id: ID!) { updateMember(id: $id, input: { role: VIEWER }) { id } }', { id: viewer.id });

      await page.goto('/settings/audit');
      const table = page.getByTestId('audit-table');
      await table.locator('tbody tr.ant-table-row').first().waitFor();
      await table.getByText('修改项目').first().waitFor();
      await expandAll(page);
      await table.getByTestId('audit-changes').first().waitFor();
      await shot(page, 'audit-trail-zh', { fullPage: true });
      const text = await page.locator('.ant-layout-content').innerText();
      expect(rawIdentifiers(text)).toEqual([]);
      // Names instead of ids: the project and its new manager; money and enum values in words.
      expect(text).toContain(`${project.code} ${project.name}`);
      expect(text).toContain('李静（品质中心）');
      expect(text).toContain('¥5,085.00');
      expect(text).toContain('市场客服中心');
      expect(text).toContain('联系厂家检修');

      // The record column links to the record.
      await table.getByTestId('record-link').filter({ hasText: project.name }).first().click();
      await page.waitForURL(new RegExp(`/projects/${project.id}$`));

      // The project's own history (变更记录 tab) shows the same change in words.
      await page.goto(`/projects/${project.id}?tab=history`);
      const history = page.getByTestId('record-history');
      await history.getByText('修改项目').first().waitFor();
      await history.getByText('项目经理').first().waitFor();
      await shot(page, 'project-history-zh');
      expect(rawIdentifiers(await history.innerText())).toEqual([]);

      // The complaint's history holds its action too.
      await page.goto(`/complaints/${c.createComplaint.id}`);
      await page.getByTestId('record-history').getByText('添加处理措施').waitFor();
      expect(rawIdentifiers(await page.getByTestId('record-history').innerText())).toEqual([]);

      // A date range with nothing in it empties the list; today's range keeps the changes.
      await page.goto('/settings/audit?from=2001-01-01&to=2001-01-31');
      await page.getByText('没有符合筛选条件的记录。').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
