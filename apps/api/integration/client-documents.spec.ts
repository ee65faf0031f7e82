import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { checkClientDocument, createSchema, loadConfig } from '@pinzhi/api-server';
import { schemaOnlyModules } from '../src/schema-file';
import { TestApp } from '@pinzhi/api-testing';

/**
 * Every GraphQL document the web client ships must be one the server accepts: valid against the
 * schema and within the default limits (tokens, depth, aliases, cost, page sizes at their
 * largest). The documents are the generated ones (`npm run codegen` → apps/web/src/gql/graphql.ts,
 * which the production build serves one module per document), with the `__typename` fields Apollo
 * Client adds before sending. A screen whose query the server refuses (issue 23: the inspection
 * form's InspectionDrafts, depth 11 > 10) fails here, not in the field.
 */
function shippedDocuments(): Array<[string, DocumentNode]> {
  const source = readFileSync(join(__dirname, '../../web/src/gql/graphql.ts'), 'utf8');
  const found: Array<[string, DocumentNode]> = [];
  for (const m of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    found.push([m[1], JSON.parse(m[2]) as DocumentNode]);
  }
  return found;
}

describe('documents of the web client', () => {
  const documents = shippedDocuments();

  it('are found (the generated file has its usual shape)', () => {
    expect(documents.length).toBeGreaterThan(150);
    expect(documents.map(([name]) => name)).toContain('InspectionDrafts');
  });

  it('are all accepted by the schema and within the default limits', async () => {
    const m = schemaOnlyModules();
    const schema = await createSchema(m.resolvers, m.instances);
    const { limits } = loadConfig({});
    const refused = Object.fromEntries(
      documents
        .map(([name, doc]) => [name, checkClientDocument(schema, print(addTypenameToDocument(doc)), limits)] as const)
        .filter(([, problems]) => problems.length > 0),
    );
    expect(refused).toEqual({});
  });
});

describe('an inspection draft saved on one device', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('is found and resumed on another device through the queries the web client ships', async () => {
    const shipped = Object.fromEntries(shippedDocuments().map(([name, doc]) => [name, print(addTypenameToDocument(doc))]));
    const phone = await t.token('inspector@demo.test');
    t.forgetTokens();
    const tablet = await t.token('inspector@demo.test'); // a second sign-in: another session, another device
    expect(tablet).not.toBe(phone);
    const options = await t.ok(shipped['InspectionPickerOptions'], {}, phone);
    const project = options.projects.nodes.find((p: { property: { format: string } }) => p.property.format === 'RESIDENTIAL');
    const template = options.inspectionTemplates.nodes.find((x: { format: string }) => x.format === 'RESIDENTIAL');
    const checklist = await t.ok(shipped['PerformAdHoc'], { projectId: project.id, templateId: template.id }, phone);
    const firstItem = checklist.inspectionTemplate.latestVersion.sections[0].items[0].key as string;
    await t.ok(
      shipped['SaveInspectionDraft'],
      {
        input: {
          clientKey: 'phone-draft-0001',
          projectId: project.id,
          templateId: template.id,
          note: '手机上开始',
          items: [{ itemKey: firstItem, result: 'FAIL', note: '堆放杂物' }],
        },
      },
      phone,
    );

    const drafts = await t.gql(shipped['InspectionDrafts'], { first: 100 }, tablet);
    expect(drafts.errors).toBeUndefined();
    const draft = drafts.data!['inspections'].nodes.find((n: { clientKey: string }) => n.clientKey === 'phone-draft-0001');
    expect(draft).toMatchObject({
      note: '手机上开始',
      occurrence: null,
      project: { id: project.id },
      template: { id: template.id },
      items: [{ itemKey: firstItem, result: 'FAIL', note: '堆放杂物' }],
    });
    // The tablet goes on with it under the same key: still one draft.
    await t.ok(
      shipped['SaveInspectionDraft'],
      {
        input: {
          clientKey: 'phone-draft-0001',
          projectId: project.id,
          templateId: template.id,
          note: '平板上继续',
          items: [{ itemKey: firstItem, result: 'PASS' }],
        },
      },
      tablet,
    );
    const after = await t.ok(shipped['InspectionDrafts'], { first: 100 }, phone);
    const mine = after.inspections.nodes.filter((n: { clientKey: string }) => n.clientKey === 'phone-draft-0001');
    expect(mine.map((n: { note: string }) => n.note)).toEqual(['平板上继续']);
  });
});
