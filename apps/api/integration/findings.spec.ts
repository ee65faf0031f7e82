import { randomUUID } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * 扣分到人: a failed item names the employee responsible; the standard's positions and gender
 * condition decide who may be named; repeated findings on a taught standard require retraining
 * (once while it is open); the employee's findings and the per-project table.
 */
let t: TestApp;
let quality: string;
let hr: string;
let inspector: string;
let viewer: string;
let otherAdmin: string;
const ids: Record<string, string> = {};
const items: Record<string, { key: string }> = {};
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

const SUBMIT =
  'mutation($input: InspectionInput!) { submitInspection(input: $input) { id items { result employeeId employee { name } standard { code } } } }';
const DRAFT =
  'mutation($input: InspectionInput!) { saveInspectionDraft(input: $input) { id items { itemKey result employeeId employee { name } } } }';
const REQUIREMENTS =
  'query($e: ID) { trainingRequirements(first: 50, filter: { employeeId: $e, reason: FINDINGS }) { totalCount nodes { course { title } requiredBy status sourceStandard { code } } } }';

beforeAll(async () => {
  t = await TestApp.start();
  [quality, hr, inspector, viewer] = await Promise.all(
    ['quality@demo.test', 'hr@demo.test', 'inspector@demo.test', 'viewer@demo.test'].map((e) => t.token(e)),
  );
  otherAdmin = await t.token('admin@other.test');
  const d = await t.ok(
    `{ projects(first: 100) { nodes { id code } } positions { id name }
       employees(first: 100) { nodes { id name } }
       inspectionTemplates { nodes { id name latestVersion { sections { items { key standard { id code } } } } } } }`,
    {},
    quality,
  );
  for (const p of d.projects.nodes) ids[p.code] = p.id;
  for (const p of d.positions) ids[p.name] = p.id;
  for (const e of d.employees.nodes) ids[e.name] = e.id;
  const residential = d.inspectionTemplates.nodes.find((x: any) => x.name === '住宅日常品质巡检表');
  ids['template'] = residential.id;
  for (const s of residential.latestVersion.sections)
    for (const i of s.items) {
      items[i.standard.code] = { key: i.key };
      ids[i.standard.code] = i.standard.id;
    }
});
afterAll(() => t.stop());

async function input(token: string, over: Record<string, Record<string, unknown>>, extra: Record<string, unknown> = {}) {
  const up = await t.upload(png(), 'image/png', token);
  return {
    clientKey: randomUUID(),
    projectId: ids['SH-002'],
    templateId: ids['template'],
    signatureFileId: up.json.id,
    items: Object.entries(items).map(([code, i]) => ({ itemKey: i.key, result: 'PASS', ...over[code] })),
    ...extra,
  };
}
const index = (code: string) => Object.keys(items).indexOf(code);

describe('findings charged to people', () => {
  it('offers only the employees the standard applies to: male guards of the project for the hair standard', async () => {
    const r = await t.ok(
      'query($p: ID!, $s: ID!) { chargeableEmployees(projectId: $p, standardId: $s) { name positionName } }',
      { p: ids['SH-002'], s: ids['CON-HAI-03'] },
      inspector,
    );
    expect(r.chargeableEmployees.map((e: any) => e.name).sort()).toEqual(['吴磊', '周建华', '杨帆', '黄志明'].sort());
    expect(new Set(r.chargeableEmployees.map((e: any) => e.positionName))).toEqual(new Set(['保安']));
  });

  it('a female employee cannot be charged with a men-only standard, nor a cleaner with a guards-only one; nothing is written', async () => {
    const created = await t.ok(
      'mutation($input: EmployeeInput!) { createEmployee(input: $input) { id gender } }',
      {
        input: { name: '李娜', positionId: ids['保安'], projectId: ids['SH-002'], hireDate: '2024-03-01', active: true, gender: 'FEMALE' },
      },
      hr,
    );
    ids['李娜'] = created.createEmployee.id;
    expect(created.createEmployee.gender).toBe('FEMALE');
    const offered = await t.ok(
      'query($p: ID!, $s: ID!) { chargeableEmployees(projectId: $p, standardId: $s) { id } }',
      { p: ids['SH-002'], s: ids['CON-HAI-03'] },
      inspector,
    );
    expect(offered.chargeableEmployees.map((e: any) => e.id)).not.toContain(ids['李娜']);
    const rows = await t.countRows('inspection_item_result');
    const r = await t.gql(
      SUBMIT,
      { input: await input(inspector, { 'CON-HAI-03': { result: 'FAIL', employeeId: ids['李娜'] } }) },
      inspector,
    );
    expect(fieldReasons(r)).toEqual([`input.items.${index('CON-HAI-03')}.employeeId:INVALID_VALUE`]);
    expect(JSON.stringify(r.errors)).toContain('GENDER');
    const cleaner = await t.gql(
      SUBMIT,
      { input: await input(inspector, { 'CON-HAI-03': { result: 'FAIL', employeeId: ids['郭桂兰'] } }) },
      inspector,
    );
    expect(fieldReasons(cleaner)).toEqual([`input.items.${index('CON-HAI-03')}.employeeId:INVALID_VALUE`]);
    expect(JSON.stringify(cleaner.errors)).toContain('POSITION');
    // Another project's employee, and a passed item.
    const elsewhere = await t.gql(
      SUBMIT,
      { input: await input(inspector, { 'CON-HAI-03': { result: 'FAIL', employeeId: ids['张伟'] } }) },
      inspector,
    );
    expect(fieldReasons(elsewhere)).toEqual([`input.items.${index('CON-HAI-03')}.employeeId:INVALID_VALUE`]);
    const passed = await t.gql(SUBMIT, { input: await input(inspector, { 'CON-HAI-03': { employeeId: ids['吴磊'] } }) }, inspector);
    expect(fieldReasons(passed)).toEqual([`input.items.${index('CON-HAI-03')}.employeeId:INVALID_VALUE`]);
    // An unknown (or another company's) employee id is not found.
    const unknown = await t.gql(
      DRAFT,
      { input: await input(inspector, { 'CON-HAI-03': { result: 'FAIL', employeeId: randomUUID() } }) },
      inspector,
    );
    expect(fieldReasons(unknown)).toEqual([`input.items.${index('CON-HAI-03')}.employeeId:NOT_FOUND`]);
    expect(await t.countRows('inspection_item_result')).toBe(rows);
  });

  it('a draft keeps the employee named; a guard charged twice with the hair standard must retake the course that teaches it, once', async () => {
    const first = await input(inspector, { 'CON-HAI-03': { result: 'FAIL', employeeId: ids['吴磊'], note: '头发过长' } });
    const draft = await t.ok(DRAFT, { input: first }, inspector);
    expect(draft.saveInspectionDraft.items[index('CON-HAI-03')]).toMatchObject({ employeeId: ids['吴磊'], employee: { name: '吴磊' } });
    const one = await t.ok(SUBMIT, { input: first }, inspector);
    expect(one.submitInspection.items.find((i: any) => i.standard.code === 'CON-HAI-03')).toMatchObject({
      result: 'FAIL',
      employee: { name: '吴磊' },
    });
    expect((await t.ok(REQUIREMENTS, { e: ids['吴磊'] }, hr)).trainingRequirements.totalCount).toBe(0);

    await t.ok(SUBMIT, { input: await input(inspector, { 'CON-HAI-03': { result: 'FAIL', employeeId: ids['吴磊'] } }) }, inspector);
    const after2 = (await t.ok(REQUIREMENTS, { e: ids['吴磊'] }, hr)).trainingRequirements;
    expect(after2.totalCount).toBe(1);
    expect(after2.nodes[0]).toMatchObject({
      course: { title: '保安员行为规范' },
      status: 'REQUIRED',
      sourceStandard: { code: 'CON-HAI-03' },
    });

    await t.ok(SUBMIT, { input: await input(inspector, { 'CON-HAI-03': { result: 'FAIL', employeeId: ids['吴磊'] } }) }, inspector);
    const after3 = (await t.ok(REQUIREMENTS, { e: ids['吴磊'] }, hr)).trainingRequirements;
    expect(after3.totalCount).toBe(1);
    expect(after3.nodes[0].requiredBy).toBe(after2.nodes[0].requiredBy);
    // The retraining shows on the employee's record with the requirement mechanism's reason.
    const record = await t.ok(
      'query($id: ID!) { employee(id: $id) { trainingRecord { requirements { reason } } } }',
      { id: ids['吴磊'] },
      hr,
    );
    expect(record.employee.trainingRecord.requirements.map((r: any) => r.reason)).toContain('FINDINGS');
  });

  it("shows the employee's findings and the project's table per employee and standard, to readers only", async () => {
    const mine = await t.ok(
      'query($e: ID!) { employeeFindings(employeeId: $e, first: 2) { totalCount pageInfo { hasNextPage } nodes { localDate inspection { id } project { code } standard { code } employee { name } } } }',
      { e: ids['吴磊'] },
      viewer,
    );
    expect(mine.employeeFindings.totalCount).toBe(3);
    expect(mine.employeeFindings.pageInfo.hasNextPage).toBe(true);
    expect(mine.employeeFindings.nodes[0]).toMatchObject({
      project: { code: 'SH-002' },
      standard: { code: 'CON-HAI-03' },
      employee: { name: '吴磊' },
    });
    expect(mine.employeeFindings.nodes[0].inspection.id).toBeTruthy();

    const table = await t.ok(
      'query($p: ID!) { projectFindings(projectId: $p, first: 100) { totalCount nodes { count lastDate employee { name } standard { code } } } }',
      { p: ids['SH-002'] },
      quality,
    );
    expect(table.projectFindings.nodes).toContainEqual(
      expect.objectContaining({ count: 3, employee: { name: '吴磊' }, standard: { code: 'CON-HAI-03' } }),
    );
    const page = await t.ok(
      'query($p: ID!) { projectFindings(projectId: $p, first: 1) { pageInfo { hasNextPage endCursor } nodes { count } } }',
      { p: ids['SH-002'] },
      hr,
    );
    expect(page.projectFindings.nodes).toHaveLength(1);

    expect(codes(await t.gql('query($p: ID!) { projectFindings(projectId: $p) { totalCount } }', { p: ids['SH-002'] }, inspector))).toEqual(
      ['FORBIDDEN'],
    );
    expect(codes(await t.gql('query($e: ID!) { employeeFindings(employeeId: $e) { totalCount } }', { e: ids['吴磊'] }, inspector))).toEqual(
      ['FORBIDDEN'],
    );
    expect(
      codes(
        await t.gql(
          'query($p: ID!, $s: ID!) { chargeableEmployees(projectId: $p, standardId: $s) { id } }',
          { p: ids['SH-002'], s: ids['CON-HAI-03'] },
          viewer,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it("another company cannot read an employee's findings, a project's table or its chargeable employees", async () => {
    expect(
      codes(await t.gql('query($e: ID!) { employeeFindings(employeeId: $e) { totalCount } }', { e: ids['吴磊'] }, otherAdmin)),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(await t.gql('query($p: ID!) { projectFindings(projectId: $p) { totalCount } }', { p: ids['SH-002'] }, otherAdmin)),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await t.gql(
          'query($p: ID!, $s: ID!) { chargeableEmployees(projectId: $p, standardId: $s) { id } }',
          { p: ids['SH-002'], s: ids['CON-HAI-03'] },
          otherAdmin,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('the demo company has a guard charged twice with the hair standard, with a retraining requirement', async () => {
    const r = await t.ok(REQUIREMENTS, { e: null }, hr);
    const seeded = r.trainingRequirements.nodes.filter((n: any) => n.sourceStandard?.code === 'CON-HAI-03');
    expect(seeded.length).toBeGreaterThanOrEqual(1);
  });
});
