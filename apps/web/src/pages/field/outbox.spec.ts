// The outbox's documents are plain strings (the service worker has no Apollo, so codegen does not
// see them): they are checked against the API's schema here, and the conflict rules on answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { SUBMIT_INSPECTION, SUBMIT_PATROL_RUN } from './outbox';
import { pathOfScan } from './Scanner';

const schema = buildSchema(readFileSync(join(__dirname, '../../../../api/schema.graphql'), 'utf8'));

describe('outbox documents', () => {
  it.each([
    ['submitInspection', SUBMIT_INSPECTION],
    ['submitPatrolRun', SUBMIT_PATROL_RUN],
  ])('%s is valid against the schema', (_name, doc) => {
    expect(validate(schema, parse(doc)).map((e) => e.message)).toEqual([]);
  });
});

describe('scanned codes', () => {
  const id = '0b9f2c4e-5d6a-4f7b-8c9d-0e1f2a3b4c5d';
  it('opens a patrol point from its printed link, whatever host printed it', () => {
    expect(pathOfScan(`https://pinzhi.example.com/field/p/${id}?k=Ab3_x`)).toBe(`/field/p/${id}?k=Ab3_x`);
    expect(pathOfScan(`/field/p/${id}`)).toBe(`/field/p/${id}`);
  });
  it('refuses anything else', () => {
    expect(pathOfScan('https://example.com/')).toBeNull();
    expect(pathOfScan(`/field/p/not-an-id?k=x`)).toBeNull();
    expect(pathOfScan('hello')).toBeNull();
  });
});
