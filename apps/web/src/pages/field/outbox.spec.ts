// The outbox's documents are plain strings (the service worker has no Apollo, so codegen does not
// see them): they are checked against the API's schema here, and the conflict rules on answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { planConflict, refusalCode, republishedNote, SUBMIT_INSPECTION, SUBMIT_PATROL_RUN, type GqlError } from './outbox';
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

describe('conflict rules (the plan or the checklist changed while the phone was offline)', () => {
  const field = (path: string, message = 'x', reason = 'INVALID_VALUE'): GqlError => ({
    message: 'Bad input',
    extensions: { code: 'BAD_USER_INPUT', fields: [{ path: path.split('.'), reason, message }] },
  });
  it('resends a planned record as ad hoc when its plan was cancelled, reassigned, done or closed', () => {
    expect(planConflict([{ message: 'gone', extensions: { code: 'NOT_FOUND' } }])).toBe('CANCELLED');
    expect(planConflict([{ message: 'not yours', extensions: { code: 'FORBIDDEN' } }])).toBe('REASSIGNED');
    expect(planConflict([field('input.occurrenceId', 'This inspection is already recorded')])).toBe('DONE');
    expect(planConflict([field('input.occurrenceId', 'The window has closed')])).toBe('WINDOW');
    // A refusal of the answers themselves is not a plan conflict: it stays on the phone.
    expect(planConflict([field('input.items.0.result')])).toBeNull();
    expect(planConflict([{ message: 'stale', extensions: { code: 'CONFLICT' } }])).toBeNull();
  });
  it('records a republished checklist against the version filled in, and says so', () => {
    expect(republishedNote({ id: 'i', templateVersion: { number: 2 }, template: { latestVersion: { number: 3 } } })).toEqual({
      code: 'CHECKLIST_REPUBLISHED',
      params: { used: 2, latest: 3 },
    });
    expect(republishedNote({ id: 'i', templateVersion: { number: 3 }, template: { latestVersion: { number: 3 } } })).toBeNull();
    expect(republishedNote({ id: 'patrol-run' })).toBeNull();
  });
  it('explains a refusal of a version replaced too long ago apart from other refusals', () => {
    expect(refusalCode([field('input.templateVersionId', 'replaced', 'OUT_OF_RANGE')])).toBe('REFUSED_CHECKLIST_REPLACED');
    expect(refusalCode([field('input.items.0.result')])).toBe('REFUSED_INPUT');
    expect(refusalCode([{ message: 'no', extensions: { code: 'FORBIDDEN' } }])).toBe('REFUSED_FORBIDDEN');
  });
});
