import { scoreInspection } from '@pinzhi/domain';
import {
  adoptClientKey,
  checklistDoc,
  clientKeyFor,
  findServerDraft,
  customerFacingOf,
  emptyDraft,
  emptyItem,
  forgetInspection,
  fromSavedInspection,
  loadLocalDraft,
  mapFieldProblems,
  previewScore,
  storeLocalDraft,
  submissionProblems,
  toInspectionInput,
  type FormDraft,
} from './inspection-form';
import { rectificationActions } from './rectification-actions';
import { uploadErrorOf } from './uploads';
import { VERSION } from './inspection-form.fixtures';

const doc = checklistDoc(VERSION);

function draftWith(items: Record<string, Partial<ReturnType<typeof emptyItem>>>): FormDraft {
  const d = emptyDraft('key-12345678', new Date('2026-11-27T02:00:00Z'));
  for (const [k, v] of Object.entries(items)) d.items[k] = { ...emptyItem(), ...v };
  return d;
}

describe('score preview', () => {
  it('is the server’s score once every item has a result (N/A leaves the denominator, deductions subtract)', () => {
    const d = draftWith({ fire: { result: 'PASS' }, lobby: { result: 'FAIL', deductionKeys: ['d1', 'd2'] }, lawn: { result: 'NA' } });
    const p = previewScore(doc, d);
    const server = scoreInspection(doc, [
      { itemKey: 'fire', result: 'PASS' },
      { itemKey: 'lobby', result: 'FAIL', deductionKeys: ['d1', 'd2'] },
      { itemKey: 'lawn', result: 'NA' },
    ]);
    expect(p).toMatchObject({
      complete: true,
      answered: 3,
      total: 3,
      earned: 15,
      possible: 20,
      percent: 75,
      passed: false,
      criticalFailed: false,
    });
    expect(p.percent).toBe(server.percent);
    expect(p.passed).toBe(server.passed);
  });

  it('fails a critical item whatever the score, and lists the rectifications that will open', () => {
    const d = draftWith({ fire: { result: 'FAIL' }, lobby: { result: 'FAIL', rectify: true }, lawn: { result: 'PASS' } });
    const p = previewScore(doc, d);
    expect(p.passed).toBe(false);
    expect(p.criticalFailed).toBe(true);
    expect(p.rectifications).toEqual([
      { itemKey: 'fire', automatic: true },
      { itemKey: 'lobby', automatic: false },
    ]);
  });

  it('shows a provisional score over the answered items while incomplete', () => {
    const p = previewScore(doc, draftWith({ lobby: { result: 'PASS', score: 8 } }));
    expect(p).toMatchObject({ complete: false, answered: 1, total: 3, earned: 8, possible: 10, percent: 80, passed: null });
  });

  it('names what blocks a submission: missing results and the signature', () => {
    const problems = submissionProblems(doc, draftWith({ fire: { result: 'PASS' }, lobby: { result: 'PASS', score: 99 } }));
    expect(problems.items).toEqual({ lobby: ['OUT_OF_RANGE'], lawn: ['RESULT_REQUIRED'] });
    expect(problems.signature).toBe(true);
  });
});

describe('draft ↔ input', () => {
  const adHoc = { projectId: 'p1', templateId: 'tpl1' };

  it('maps a submission to InspectionInput in checklist order, with rectification options only for flagged non-critical failures', () => {
    const d = draftWith({
      lawn: { result: 'NA', score: 3 },
      fire: { result: 'FAIL', note: ' 堵塞 ', evidence: [{ id: 'f1', url: '/files/f1' }], rectify: true },
      lobby: {
        result: 'FAIL',
        deductionKeys: ['d1'],
        rectify: true,
        rectification: { ownerUserId: 'u7', deadline: '2026-11-30T10:00:00.000Z', description: '清洁地面', evidenceRequired: false },
      },
    });
    d.signature = { id: 'sig', url: '/files/sig' };
    d.locationText = '3 号楼';
    const input = toInspectionInput(doc, d, adHoc, { submit: true, performedAt: '2026-11-27T02:00:00.000Z' });
    expect(input).toMatchObject({
      clientKey: 'key-12345678',
      projectId: 'p1',
      templateId: 'tpl1',
      signatureFileId: 'sig',
      locationText: '3 号楼',
      note: null,
      performedAt: '2026-11-27T02:00:00.000Z',
    });
    expect(input.occurrenceId).toBeUndefined();
    expect(input.items).toEqual([
      { itemKey: 'fire', result: 'FAIL', score: null, deductionKeys: [], note: '堵塞', evidenceIds: ['f1'] },
      {
        itemKey: 'lobby',
        result: 'FAIL',
        score: null,
        deductionKeys: ['d1'],
        note: null,
        evidenceIds: [],
        rectification: { ownerUserId: 'u7', deadline: '2026-11-30T10:00:00.000Z', description: '清洁地面', evidenceRequired: false },
      },
      { itemKey: 'lawn', result: 'NA', score: null, deductionKeys: [], note: null, evidenceIds: [] },
    ]);
  });

  it('sends only touched items in a draft, for the planned occurrence', () => {
    const input = toInspectionInput(doc, draftWith({ lobby: { note: '看一下' }, lawn: {} }), { occurrenceId: 'o1' }, { submit: false });
    expect(input.occurrenceId).toBe('o1');
    expect(input.projectId).toBeUndefined();
    expect(input.items!.map((i) => i.itemKey)).toEqual(['lobby']);
    expect(input.items![0].result).toBeNull();
  });

  it('reads a saved draft back into the form', () => {
    const d = fromSavedInspection({
      clientKey: 'abc-12345678',
      note: '总体良好',
      latitude: 31.2,
      longitude: 121.5,
      locationText: null,
      performedAt: '2026-11-27T02:00:00Z',
      signature: { id: 's', url: '/files/s' },
      items: [
        { itemKey: 'lobby', result: 'FAIL', score: null, deductionKeys: ['d2'], note: '垃圾', evidence: [{ id: 'e1', url: '/files/e1' }] },
      ],
    });
    expect(d).toMatchObject({
      clientKey: 'abc-12345678',
      note: '总体良好',
      latitude: 31.2,
      locationText: '',
      signature: { id: 's' },
      startedAt: '2026-11-27T02:00:00.000Z',
    });
    expect(d.items.lobby).toMatchObject({
      result: 'FAIL',
      deductionKeys: ['d2'],
      note: '垃圾',
      evidence: [{ id: 'e1', url: '/files/e1' }],
      rectify: false,
    });
    // and round-trips to the same input
    expect(toInspectionInput(doc, d, adHoc, { submit: false }).items).toEqual([
      { itemKey: 'lobby', result: 'FAIL', score: null, deductionKeys: ['d2'], note: '垃圾', evidenceIds: ['e1'] },
    ]);
  });

  it('sends the customer-facing flag only on failed items, in drafts and submissions, and reads it back', () => {
    const d = draftWith({
      fire: { result: 'PASS', customerFacing: true },
      lobby: { result: 'FAIL', customerFacing: true },
      lawn: { result: 'NA', customerFacing: true },
    });
    for (const submit of [true, false]) {
      const items = toInspectionInput(doc, d, adHoc, { submit }).items!;
      expect(items.map((i) => [i.itemKey, i.customerFacing])).toEqual([
        ['fire', undefined],
        ['lobby', true],
        ['lawn', undefined],
      ]);
    }
    expect(customerFacingOf({ result: 'FAIL', customerFacing: false })).toBe(false);
    const back = fromSavedInspection({
      clientKey: 'abc-12345678',
      items: [
        { itemKey: 'lobby', result: 'FAIL', deductionKeys: [], customerFacing: true, evidence: [] },
        { itemKey: 'fire', result: 'PASS', deductionKeys: [], customerFacing: true, evidence: [] },
      ],
    });
    expect(back.items.lobby.customerFacing).toBe(true);
    expect(back.items.fire.customerFacing).toBe(false);
  });

  it('keeps the flag in the local copy, and reads older copies without it as not customer-facing', () => {
    localStorage.clear();
    const d = draftWith({ lobby: { result: 'FAIL', customerFacing: true } });
    storeLocalDraft(adHoc, d);
    expect(loadLocalDraft(adHoc, d.clientKey)?.items.lobby.customerFacing).toBe(true);
    const old = JSON.parse(JSON.stringify(d)) as FormDraft;
    delete (old.items.lobby as Partial<FormDraft['items'][string]>).customerFacing;
    localStorage.setItem('pinzhi.inspection.draft.adhoc:p1:tpl1', JSON.stringify(old));
    expect(loadLocalDraft(adHoc, d.clientKey)?.items.lobby).toMatchObject({ result: 'FAIL', customerFacing: false });
  });

  it('puts server field errors (input.items.N.field) on the item sent at N', () => {
    const input = { items: [{ itemKey: 'fire' }, { itemKey: 'lobby' }] } as never;
    const mapped = mapFieldProblems(
      [
        { path: ['input', 'items', '1', 'score'], field: 'score', reason: 'OUT_OF_RANGE', message: 'x' },
        { path: ['input', 'signatureFileId'], field: 'signatureFileId', reason: 'REQUIRED', message: 'y' },
        { path: ['input', 'performedAt'], field: 'performedAt', reason: 'OUT_OF_RANGE', message: 'z' },
      ],
      input,
    );
    expect(Object.keys(mapped.items)).toEqual(['lobby']);
    expect(mapped.items.lobby[0].field).toBe('score');
    expect(mapped.signature).toHaveLength(1);
    expect(mapped.other.map((p) => p.field)).toEqual(['performedAt']);
  });
});

describe('client key persistence', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one key per occurrence (a reload and a retried submit reuse it) until the inspection is submitted', () => {
    let n = 0;
    const gen = () => `key-${++n}-abcdefgh`;
    const key = clientKeyFor({ occurrenceId: 'o1' }, localStorage, gen);
    expect(clientKeyFor({ occurrenceId: 'o1' }, localStorage, gen)).toBe(key);
    expect(clientKeyFor({ occurrenceId: 'o2' }, localStorage, gen)).not.toBe(key);
    expect(clientKeyFor({ projectId: 'p', templateId: 't' }, localStorage, gen)).toBe('key-3-abcdefgh');

    const d = draftWith({ fire: { result: 'PASS' } });
    d.clientKey = key;
    storeLocalDraft({ occurrenceId: 'o1' }, d);
    expect(loadLocalDraft({ occurrenceId: 'o1' }, key)?.items.fire.result).toBe('PASS');
    expect(loadLocalDraft({ occurrenceId: 'o1' }, 'another-key')).toBeNull();

    forgetInspection({ occurrenceId: 'o1' });
    expect(loadLocalDraft({ occurrenceId: 'o1' }, key)).toBeNull();
    expect(clientKeyFor({ occurrenceId: 'o1' }, localStorage, gen)).toBe('key-4-abcdefgh');
  });

  it('resumes a draft saved on another device: its own key first, else the latest for the same inspection', () => {
    const draft = (clientKey: string, updatedAt: string, target: { occurrence?: string; project: string; template: string }) => ({
      clientKey,
      updatedAt,
      occurrence: target.occurrence ? { id: target.occurrence } : null,
      project: { id: target.project },
      template: { id: target.template },
    });
    const drafts = [
      draft('phone-key-1', '2026-11-27T02:00:00.000Z', { occurrence: 'o1', project: 'p', template: 't' }),
      draft('phone-key-2', '2026-11-27T03:00:00.000Z', { occurrence: 'o1', project: 'p', template: 't' }),
      draft('adhoc-key', '2026-11-27T04:00:00.000Z', { project: 'p', template: 't' }),
      draft('tablet-key', '2026-11-27T01:00:00.000Z', { occurrence: 'o2', project: 'p', template: 't' }),
    ];
    expect(findServerDraft(drafts, { occurrenceId: 'o1' }, 'new-key')?.clientKey).toBe('phone-key-2');
    expect(findServerDraft(drafts, { occurrenceId: 'o1' }, 'phone-key-1')?.clientKey).toBe('phone-key-1');
    expect(findServerDraft(drafts, { projectId: 'p', templateId: 't' }, 'new-key')?.clientKey).toBe('adhoc-key');
    expect(findServerDraft(drafts, { occurrenceId: 'o3' }, 'new-key')).toBeNull();

    // continuing it here: the next open of the same inspection uses its key
    clientKeyFor({ occurrenceId: 'o1' });
    adoptClientKey({ occurrenceId: 'o1' }, 'phone-key-2');
    expect(clientKeyFor({ occurrenceId: 'o1' })).toBe('phone-key-2');
  });

  it('generates keys the API accepts', () => {
    expect(clientKeyFor({ occurrenceId: 'x' })).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});

describe('uploads and rectification steps', () => {
  it('reads the API’s upload limit errors', () => {
    expect(uploadErrorOf(413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'big', maxBytes: 1024 } })).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      maxBytes: 1024,
    });
    expect(uploadErrorOf(415, { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'no' } }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(uploadErrorOf(500, null).code).toBe('FAILED');
  });

  it('lets the owner submit and verifiers other than the submitter verify, saying why not otherwise', () => {
    const owner = { id: 'ops' };
    expect(rectificationActions({ state: 'OPEN', owner }, { role: 'INSPECTOR', userId: 'ops' }).submit).toEqual({
      shown: true,
      allowed: true,
      reason: null,
    });
    expect(rectificationActions({ state: 'OPEN', owner }, { role: 'INSPECTOR', userId: 'x' }).submit).toMatchObject({
      allowed: false,
      reason: 'notOwner',
    });
    const submitted = { state: 'SUBMITTED' as const, owner, submittedBy: { id: 'ops' } };
    expect(rectificationActions(submitted, { role: 'REGIONAL_OPS', userId: 'ops' }).verify).toMatchObject({
      shown: true,
      allowed: false,
      reason: 'ownSubmission',
    });
    expect(rectificationActions(submitted, { role: 'HR', userId: 'hr' }).verify).toMatchObject({ allowed: false, reason: 'notVerifier' });
    expect(rectificationActions(submitted, { role: 'QUALITY_CENTER', userId: 'q' }).reject).toMatchObject({ allowed: true });
    expect(rectificationActions({ ...submitted, state: 'VERIFIED' }, { role: 'QUALITY_CENTER', userId: 'q' }).verify.shown).toBe(false);
  });
});
