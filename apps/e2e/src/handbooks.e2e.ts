// Standards library and versioned project handbooks (工作手册): revise SH-002's handbook (score
// override, a standard from the library, a frequency from the builder), publish, and compare
// v1 ↔ v2; a stale save shows the conflict; an import with a bad row writes nothing.
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { chooseOption, graphql, launchBrowser, openPage, shot, signIn, tokenOf, setHandbookApprovalFlow } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // These tests publish handbooks directly (approvals.e2e covers the approval flow).
  await setHandbookApprovalFlow(false);
});
afterAll(async () => {
  await browser?.close();
});

const SECTIONS =
  'sections { key titleZh titleEn items { key score requirementZh requirementEn note standard { id } } frequencies { key taskZh taskEn zoneId locationZh rrule note } }';

interface VersionDoc {
  sections: {
    key: string;
    titleZh: string;
    titleEn: string | null;
    items: {
      key: string;
      score: number | null;
      requirementZh: string | null;
      requirementEn: string | null;
      note: string | null;
      standard: { id: string };
    }[];
    frequencies: {
      key: string;
      taskZh: string;
      taskEn: string | null;
      zoneId: string | null;
      locationZh: string | null;
      rrule: string;
      note: string | null;
    }[];
  }[];
}

/** What another client sends back: the whole draft, keys kept. */
function toDraftInput(version: VersionDoc) {
  return {
    sections: version.sections.map((s) => ({
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
    })),
  };
}

async function openProjectHandbook(page: Page, code: string) {
  await page.goto(`/projects?q=${code}`);
  await page.getByTestId('projects-table').getByRole('link', { name: code, exact: true }).click();
  await page.getByTestId('project-descriptions').waitFor();
  await page.getByTestId('project-tab-handbook').click();
  await page.waitForURL(/tab=handbook/);
  await page.getByTestId('handbook-view').waitFor();
}

async function startRevision(page: Page) {
  await page.getByTestId('tab-draft').click();
  await page.getByTestId('start-revision').click();
  await page.getByTestId('draft-editor').waitFor();
}

function section(page: Page, titleZh: string): Locator {
  return page.locator(`[data-testid="draft-section"][data-section="${titleZh}"]`);
}

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('标准');
  ws.addRow(['编码', '分类', '标题', '要求', '适用岗位', '检查方式', '默认分值', '关键项', '适用业态']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const BAD_FILE = () =>
  workbook([
    ['E2E-IMP-001', '保洁', '楼道无杂物', '楼道、消防通道无堆放杂物。', 'CLEANER', '观察', 2, '否', '住宅'],
    ['E2E-IMP-002', '不存在的分类', '', '要求', '', '观察', 'abc', '否', ''],
  ]);

async function uploadToImport(page: Page, file: Buffer, name = 'standards.xlsx') {
  await page.getByTestId('import-standards').click();
  await page.getByTestId('import-modal').waitFor();
  await page
    .getByTestId('import-modal')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await page.getByTestId('import-report').waitFor();
}

async function standardCount(token: string, search: string): Promise<number> {
  const r = await graphql(token, 'query($s: String) { standards(filter: { search: $s, includeArchived: true }) { totalCount } }', {
    s: search,
  });
  return r.standards.totalCount;
}

describe('project handbook revision', () => {
  it('revises SH-002: a score override, a standard from the library, a frequency from the builder; publishes; v1 ↔ v2 shows exactly that', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'quality@demo.test');
    await openProjectHandbook(page, 'SH-002');
    await expect(page.getByTestId('latest-number').innerText()).resolves.toContain('V1');
    await startRevision(page);

    const cleaning = section(page, '三、保洁服务');
    await cleaning.waitFor();
    // 1. Override the score of OPS-CLN-01 (library default shown as the placeholder).
    const score = cleaning.getByRole('spinbutton', { name: '分值 OPS-CLN-01' });
    await expect(score.getAttribute('placeholder')).resolves.toBe('3');
    await score.fill('4');
    await page.getByTestId('draft-status').getByText('有未保存的修改').waitFor();

    // 2. Add OPS-CLN-03 from the library (OPS-CLN-01 is already there: not selectable).
    await cleaning.getByTestId('add-from-library').click();
    const library = page.getByTestId('library-table');
    await library.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('library-search').locator('input').fill('OPS-CLN');
    await library.locator('tr[data-code="OPS-CLN-03"]').waitFor();
    await expect(library.locator('tr[data-code="OPS-CLN-01"] input[type=checkbox]').isDisabled()).resolves.toBe(true);
    await library.locator('tr[data-code="OPS-CLN-03"] input[type=checkbox]').check();
    await page.getByTestId('add-selected-standards').click();
    await cleaning.locator('tr[data-code="OPS-CLN-03"]').waitFor();

    // 3. A frequency from the builder: Mon/Wed/Fri at 18:00 in the lift lobby.
    await cleaning.getByTestId('add-frequency').click();
    await page.getByTestId('frequency-form').waitFor();
    await page.locator('#taskZh').fill('会议室整理');
    // On a loaded machine a click can land while the list is still opening (antd motion) and
    // select nothing: choose again until the select shows the zone.
    const zoneShown = page
      .getByTestId('frequency-zone')
      .locator('.ant-select-content, .ant-select-selection-item')
      .getByText('电梯厅')
      .first();
    for (let attempt = 0; attempt < 3 && !(await zoneShown.isVisible()); attempt++) {
      await chooseOption(page, 'frequency-zone', '电梯厅');
      await zoneShown.waitFor({ timeout: 3000 }).catch(() => undefined);
    }
    await zoneShown.waitFor();
    await page.locator('.ant-modal-title').filter({ hasText: '添加服务频次' }).click(); // make sure the zone list is closed
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
    await page.getByTestId('builder-mode-WEEKLY').click();
    await page.getByTestId('builder-days').getByText('周三').click();
    await page.getByTestId('builder-days').getByText('周五').click();
    const hours = page.getByTestId('builder-hours');
    await hours.click();
    await page.keyboard.type('18:00');
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active')
      .filter({ hasText: '18:00' })
      .waitFor();
    await page.keyboard.press('Enter'); // picks the one option the search left
    await hours.locator('.ant-select-selection-item').filter({ hasText: '18:00' }).waitFor();
    await hours.locator('.ant-select-selection-item').filter({ hasText: '09:00' }).locator('.ant-select-selection-item-remove').click(); // the default
    await page.locator('.ant-modal-title').filter({ hasText: '添加服务频次' }).click(); // closes the dropdown
    await expect(hours.locator('.ant-select-selection-item').allInnerTexts()).resolves.toEqual(['18:00']);
    await expect(
      page
        .getByTestId('builder-rrule')
        .innerText()
        .then((x) => x.replace(/\u200b/g, '')),
    ).resolves.toContain('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0');
    await expect(page.getByTestId('builder-description').innerText()).resolves.toBe('每周一、周三、周五 18:00');
    await shot(page, 'zh-handbook-frequency-builder', { fullPage: false });
    await page.getByTestId('save-frequency').click();
    const meeting = cleaning.locator('tr[data-task="会议室整理"]');
    await meeting.waitFor();
    await expect(meeting.innerText()).resolves.toContain('每周一、周三、周五 18:00');
    await expect(meeting.innerText()).resolves.toContain('电梯厅');
    await cleaning.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -140)); // below the sticky header and toolbar
    await shot(page, 'zh-handbook-editor', { fullPage: false });

    // Save (the whole draft, with the draft's version).
    await page.getByTestId('save-draft').click();
    await page.getByText('草稿已保存').waitFor();
    await page
      .getByTestId('draft-status')
      .getByText(/已保存于/)
      .waitFor();

    // Publish: the dialog shows the diff against V1 and needs a summary.
    await page.getByTestId('publish').click();
    const publishDiff = page.getByTestId('publish-diff');
    await publishDiff.getByTestId('handbook-diff').waitFor();
    await expect(publishDiff.getByTestId('diff-items-changed').count()).resolves.toBe(1);
    await expect(publishDiff.getByTestId('diff-items-added').count()).resolves.toBe(1);
    await expect(publishDiff.getByTestId('diff-frequencies-added').count()).resolves.toBe(1);
    await page.getByTestId('confirm-publish').click();
    await page.getByText('此项为必填项').waitFor(); // the summary is required
    await page.locator('#changeSummary').fill('保洁：大堂地面分值调整为4分，增加垃圾日产日清标准和会议室整理频次');
    await shot(page, 'zh-handbook-publish', { fullPage: false });
    await page.getByTestId('confirm-publish').click();
    await page.getByText('已发布 V2').waitFor();
    await page.getByTestId('latest-number').getByText('当前 V2').waitFor();
    // The current version shows the override.
    const currentRow = page.getByTestId('version-view').locator('tr', { hasText: 'OPS-CLN-01' });
    await expect(currentRow.getByTestId('overridden-tag').count()).resolves.toBe(1);

    // History: compare V1 ↔ V2.
    await page.getByTestId('tab-history').click();
    await page.getByTestId('versions-table').getByText('保洁：大堂地面分值调整为4分').waitFor();
    await page.getByTestId('compare-version-2').click();
    await page.waitForURL(/from=1&to=2/);
    const compare = page.getByTestId('compare-result');
    await compare.getByTestId('handbook-diff').waitFor();
    const entries = compare.locator('[data-testid^="diff-sections-"], [data-testid^="diff-items-"], [data-testid^="diff-frequencies-"]');
    expect(await entries.count()).toBe(3);
    await expect(compare.getByTestId('diff-part-sections').innerText()).resolves.toContain('无变化');
    const changed = compare.getByTestId('diff-items-changed');
    await expect(changed.getByTestId('diff-label').innerText()).resolves.toBe('OPS-CLN-01 大堂地面洁净');
    expect(await changed.getByTestId('diff-change').count()).toBe(1);
    const scoreChange = await changed.locator('[data-field="score"]').innerText();
    expect(scoreChange).toContain('分值');
    expect(scoreChange).toContain('默认分值');
    expect(scoreChange).toContain('4');
    const added = compare.getByTestId('diff-items-added');
    await expect(added.getByTestId('diff-label').innerText()).resolves.toBe('OPS-CLN-03 垃圾日产日清');
    await expect(added.innerText()).resolves.toContain('所在章节：三、保洁服务');
    const freq = compare.getByTestId('diff-frequencies-added');
    await expect(freq.getByTestId('diff-label').innerText()).resolves.toBe('会议室整理');
    await expect(freq.innerText()).resolves.toContain('每周一、周三、周五 18:00');
    expect(await compare.locator('[data-testid$="-removed"]').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'zh-handbook-diff');

    // The link reproduces the comparison.
    const url = page.url();
    await page.goto(url);
    await page.getByTestId('compare-result').getByTestId('handbook-diff').waitFor();
    expect(await page.getByTestId('compare-result').locator('[data-testid^="diff-items-"]').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a stale save as a conflict and reloads the other editor’s draft', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'quality@demo.test');
    await openProjectHandbook(page, 'SH-003');
    await startRevision(page);
    const firstScore = page.getByTestId('draft-section').first().getByRole('spinbutton').first();
    await firstScore.waitFor();

    // Someone else saves the same draft through the API in between.
    const token = await tokenOf(page);
    const p = await graphql(token, 'query($s: String) { projects(filter: { search: $s }) { nodes { code handbook { id } } } }', {
      s: 'SH-003',
    });
    const handbookId = p.projects.nodes.find((n: { code: string }) => n.code === 'SH-003').handbook.id;
    const h = await graphql(token, `query($id: ID!) { handbook(id: $id) { draft { version ${SECTIONS} } } }`, { id: handbookId });
    const input = toDraftInput(h.handbook.draft);
    input.sections[0].titleZh = '一、仪容仪表（他人修改）';
    await graphql(
      token,
      'mutation($id: ID!, $input: HandbookDraftInput!, $v: Int!) { saveHandbookDraft(handbookId: $id, input: $input, expectedVersion: $v) { version } }',
      {
        id: handbookId,
        input,
        v: h.handbook.draft.version,
      },
    );

    // This editor's copy is stale: saving is refused with a clear message, nothing is lost yet.
    await firstScore.fill('9');
    await page.getByTestId('save-draft').click();
    const conflict = page.getByTestId('draft-conflict');
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toContain('其他人已保存了这份草稿');
    await expect(firstScore.inputValue()).resolves.toBe('9');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'zh-handbook-conflict', { fullPage: false });

    // Reload (after confirming that local edits are dropped): their change is there, ours is gone.
    await page.getByTestId('reload-draft').click();
    await page.getByTestId('confirm-reload').click();
    await page.getByTestId('draft-section').first().getByTestId('section-title').getByText('一、仪容仪表（他人修改）').waitFor();
    await conflict.waitFor({ state: 'detached' });
    await expect(page.getByTestId('draft-section').first().getByRole('spinbutton').first().inputValue()).resolves.toBe('');

    // And saving works again on top of it.
    await page.getByTestId('draft-section').first().getByRole('spinbutton').first().fill('5');
    await page.getByTestId('save-draft').click();
    await page.getByText('草稿已保存').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('creates a handbook for a project that has none, from a template of its format', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'quality@demo.test');
    await page.goto('/projects?q=SH-004');
    await page.getByTestId('projects-table').getByRole('link', { name: 'SH-004', exact: true }).click();
    await page.getByTestId('project-tab-handbook').click();
    await page.getByText('该项目还没有工作手册。').waitFor();
    await expect(page.getByTestId('template-select').innerText()).resolves.toContain('住宅项目工作手册模板');
    await page.getByTestId('create-project-handbook').click();
    await page.getByTestId('draft-editor').waitFor();
    await page.waitForURL(/view=draft/);
    await expect(page.getByTestId('latest-number').innerText()).resolves.toBe('未发布');
    expect(await page.getByTestId('draft-section').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('discard-draft').count()).toBe(0); // the first draft cannot be discarded
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets readers read but not edit', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'viewer@demo.test');
    await openProjectHandbook(page, 'SH-001');
    await page.getByTestId('version-view').waitFor();
    expect(await page.getByTestId('tab-draft').count()).toBe(0);
    await page.getByTestId('export-latest').waitFor();
    await page.goto('/standards');
    await page.getByTestId('standards-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('create-standard').count()).toBe(0);
    expect(await page.getByTestId('import-standards').count()).toBe(0);
    await page.getByTestId('export-standards').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('standards library Excel', () => {
  it('exports the library, and an import with a bad row reports it and writes nothing', async () => {
    const { page, context, problems } = await openPage(browser);
    await signIn(page, 'quality@demo.test');
    const token = await tokenOf(page);
    await page.goto('/standards');
    await page.getByTestId('standards-table').locator('tbody tr.ant-table-row').first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-standards').click()]);
    expect(download.suggestedFilename()).toBe('标准库.xlsx');
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.readFile(await download.path());
    expect(exported.worksheets[0].getRow(1).getCell(1).value).toBe('编码');

    // A file with a bad row: the dry run reports every problem by row and column; nothing written.
    await uploadToImport(page, await BAD_FILE());
    await page.getByTestId('import-nothing-written').waitFor();
    const errors = await page.getByTestId('import-errors').locator('tbody tr').allInnerTexts();
    expect(errors.map((r) => r.replace(/\s+/g, ' ').trim()).sort()).toEqual([
      '3 分类 无法识别的值「不存在的分类」，可选值见模板中的列表',
      '3 标题 必填，不能为空',
      '3 默认分值 「abc」不是 0–100 的整数',
    ]);
    await expect(page.getByTestId('confirm-import').isDisabled()).resolves.toBe(true);
    await shot(page, 'zh-standards-import-errors', { fullPage: false });
    expect(await standardCount(token, 'E2E-IMP-00')).toBe(0);

    // A clean file: dry run first (nothing written), then "Import" writes.
    await page.getByRole('button', { name: '重新选择文件' }).click();
    await page
      .getByTestId('import-modal')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'clean.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await workbook([['E2E-IMP-001', '保洁', '楼道无杂物', '楼道、消防通道无堆放杂物。', 'CLEANER', '观察', 2, '否', '住宅']]),
      });
    await page.getByTestId('import-report').getByText('检查通过，尚未写入').waitFor();
    expect(await standardCount(token, 'E2E-IMP-001')).toBe(0);
    await page.getByTestId('confirm-import').click();
    await page.getByText('导入完成：新增 1 条标准，更新 0 条。').waitFor();
    expect(await standardCount(token, 'E2E-IMP-001')).toBe(1);
    await page.getByRole('button', { name: '关 闭' }).click();
    await page.getByTestId('standard-search').locator('input').fill('E2E-IMP-001');
    await page.getByTestId('standards-table').locator('tr[data-code="E2E-IMP-001"]').waitFor();
    await page.waitForURL(/q=E2E-IMP-001/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.each(['zh-CN', 'en-US'] as const)('standards and handbook screens in %s', (language) => {
  const prefix = language === 'zh-CN' ? 'zh' : 'en';
  const en = language === 'en-US';

  it('renders the library, the import report, the current version, the diff and the editor', async () => {
    const { page, context, problems } = await openPage(browser, { language });
    await signIn(page, 'quality@demo.test');

    await page.getByTestId('nav-standards').click();
    await page.getByTestId('standards-table').locator('tr[data-code="CON-ATT-01"]').waitFor();
    await expect(page.getByTestId('side-nav').innerText()).resolves.toContain(en ? 'Standards library' : '标准库');
    await shot(page, `${prefix}-standards`);
    // A filter change asks once (a pending router transition used to make the list flip between
    // the old and new variables, refetching without end).
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && /"operationName":"Standards"/.test(r.postData() ?? '')) asked.push(r.postData() ?? '');
    });
    const answered = page.waitForResponse((r) => {
      const body = r.request().postData() ?? '';
      return r.url().endsWith('/graphql') && body.includes('"operationName":"Standards"') && body.includes('"position":"SECURITY"');
    });
    await chooseOption(page, 'filter-position', en ? 'Security guard' : '保安');
    await page.waitForURL(/position=SECURITY/);
    // Conditions, not a fixed wait (which raced on a busy machine): the answer arrived, the
    // table rendered it, and two more frames passed — a refetch loop asks again within them.
    await answered;
    await page.getByTestId('standards-table').locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
    expect(asked.length).toBe(1);
    expect(asked[0]).toContain('"position":"SECURITY"');
    await page.getByTestId('standards-table').locator('tr[data-code="CON-HAI-03"]').getByTestId('standard-code').click();
    await page.getByTestId('standard-form').waitFor();
    await shot(page, `${prefix}-standard-drawer`, { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByTestId('standard-form').waitFor({ state: 'detached' });

    await uploadToImport(page, await BAD_FILE());
    await page.getByTestId('import-errors').waitFor();
    await shot(page, `${prefix}-standards-import-report`, { fullPage: false });
    await page.keyboard.press('Escape');

    await page.getByTestId('nav-handbooks').click();
    await page.getByTestId('templates-table').getByText('住宅项目工作手册模板').waitFor();
    await shot(page, `${prefix}-handbook-templates`);

    await openProjectHandbook(page, 'SH-001');
    await page.getByTestId('version-view').waitFor();
    await shot(page, `${prefix}-handbook-current`);
    await page.getByTestId('tab-history').click();
    await page.getByTestId('compare-version-2').click();
    const compare = page.getByTestId('compare-result');
    await compare.getByTestId('handbook-diff').waitFor();
    await expect(compare.getByTestId('diff-frequencies-changed').innerText()).resolves.toContain(
      en ? '3 times a day at 08:00, 12:00 and 16:00' : '每天 3 次：08:00、12:00、16:00',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `${prefix}-handbook-diff`);

    // A template in the editor (the frequency builder open on one of its frequencies).
    await page.goto('/handbooks');
    await page
      .getByTestId('templates-table')
      .getByText(en ? '写字楼项目工作手册模板' : '住宅项目工作手册模板')
      .click();
    await page.getByTestId('handbook-view').waitFor();
    await startRevision(page);
    await page
      .getByTestId('draft-section')
      .nth(2)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -140));
    await shot(page, `${prefix}-handbook-template-editor`, { fullPage: false });
    await page.getByTestId('edit-frequency').first().click();
    await page.getByTestId('frequency-builder').waitFor();
    await shot(page, `${prefix}-handbook-frequency-modal`, { fullPage: false });
    expect(problems).toEqual([]);
    await context.close();
  });
});
