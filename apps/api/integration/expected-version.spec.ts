// The expectedVersion rule is documented in docs/architecture.md ("Data access"): which mutations
// require it and which accept it. This keeps that list and the schema the same, so a new mutation
// that requires it (or stops requiring it) has to update the documented rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isNonNullType } from 'graphql';

const ROOT = join(__dirname, '../../..');

function documentedRequired(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const start = doc.indexOf('**`expectedVersion`, the rule.**');
  const end = doc.indexOf('It is **optional**', start);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const names = [...doc.slice(start, end).matchAll(/`([a-z][A-Za-z]+)`/g)].map((m) => m[1]);
  return names.filter((n) => n !== 'version' && n !== 'expectedVersion').sort();
}

describe('the expectedVersion rule', () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.graphql'), 'utf8'));
  const mutations = Object.values(schema.getMutationType()!.getFields());
  const withArg = mutations.flatMap((m) =>
    m.args.filter((a) => a.name === 'expectedVersion').map((a) => ({ name: m.name, required: isNonNullType(a.type) })),
  );

  it('is required on exactly the mutations the architecture document lists', () => {
    expect(
      withArg
        .filter((m) => m.required)
        .map((m) => m.name)
        .sort(),
    ).toEqual(documentedRequired());
  });

  it('is accepted (optional) on the other mutations that edit an existing row', () => {
    // A floor, not an exact count: new optional uses are fine; the required list is the rule.
    expect(withArg.filter((m) => !m.required).length).toBeGreaterThanOrEqual(20);
  });
});
