import {
  checkItemResults,
  completionError,
  earnedPoints,
  resolveRectificationOwner,
  startableFrom,
  isRectificationOverdue,
  percentOf,
  rectificationStep,
  scoreInspection,
  sniffImageType,
  sniffUploadType,
  type ChecklistDoc,
  type ItemResultEntry,
} from './index';

const item = (key: string, points: number, extra: Partial<ChecklistDoc['sections'][0]['items'][0]> = {}) => ({
  key,
  standardId: `std-${key}`,
  checkpointZh: null,
  checkpointEn: null,
  points,
  deductions: [],
  naAllowed: false,
  critical: false,
  ...extra,
});

const DOC: ChecklistDoc = {
  passScore: 85,
  sections: [
    {
      key: 's1',
      titleZh: '保洁',
      titleEn: null,
      items: [
        item('floor', 10, {
          deductions: [
            { key: 'd-stain', labelZh: '污渍', labelEn: null, points: 3 },
            { key: 'd-water', labelZh: '积水', labelEn: null, points: 5 },
          ],
        }),
        item('bins', 8),
      ],
    },
    { key: 's2', titleZh: '秩序', titleEn: null, items: [item('exits', 15, { critical: true }), item('hair', 3, { naAllowed: true })] },
  ],
};

const all = (over: Record<string, Partial<ItemResultEntry>> = {}): ItemResultEntry[] =>
  ['floor', 'bins', 'exits', 'hair'].map((k) => ({ itemKey: k, result: 'PASS', ...over[k] }) as ItemResultEntry);

describe('earned points', () => {
  const floor = DOC.sections[0].items[0];
  it('pass = full points, fail = 0 or points minus the chosen deductions, an explicit score wins, N/A = none', () => {
    expect(earnedPoints(floor, { itemKey: 'floor', result: 'PASS' })).toBe(10);
    expect(earnedPoints(floor, { itemKey: 'floor', result: 'FAIL' })).toBe(0);
    expect(earnedPoints(floor, { itemKey: 'floor', result: 'FAIL', deductionKeys: ['d-stain'] })).toBe(7);
    expect(earnedPoints(floor, { itemKey: 'floor', result: 'FAIL', deductionKeys: ['d-stain', 'd-water'] })).toBe(2);
    expect(earnedPoints(floor, { itemKey: 'floor', result: 'FAIL', score: 4 })).toBe(4);
    expect(earnedPoints(floor, { itemKey: 'floor', result: 'NA' })).toBeNull();
  });
  it('never goes below zero', () => {
    const small = { ...floor, points: 6 };
    expect(earnedPoints(small, { itemKey: 'floor', result: 'FAIL', deductionKeys: ['d-stain', 'd-water'] })).toBe(0);
  });
  it('rounds percentages to two decimals; nothing applicable is 100', () => {
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(0, 0)).toBe(100);
  });
});

describe('scoring an inspection', () => {
  it('passes with full points', () => {
    const s = scoreInspection(DOC, all());
    expect(s).toMatchObject({ earned: 36, possible: 36, percent: 100, passed: true, criticalFailed: false, failedItems: 0 });
  });

  it('leaves an allowed N/A out of the denominator', () => {
    const s = scoreInspection(DOC, all({ hair: { result: 'NA' }, floor: { result: 'FAIL', deductionKeys: ['d-stain'] } }));
    // (7 + 8 + 15) / (10 + 8 + 15) = 30 / 33
    expect(s).toMatchObject({ earned: 30, possible: 33, percent: 90.91, passed: true, failedItems: 1 });
    expect(s.items.find((i) => i.itemKey === 'hair')).toMatchObject({ possible: 0, earned: null });
  });

  it('fails below the pass score', () => {
    const s = scoreInspection(DOC, all({ floor: { result: 'FAIL' } }));
    expect(s).toMatchObject({ earned: 26, possible: 36, percent: 72.22, passed: false, criticalFailed: false });
  });

  it('fails on a failed critical item whatever the score', () => {
    const s = scoreInspection({ ...DOC, passScore: 0 }, all({ exits: { result: 'FAIL', score: 14 } }));
    expect(s).toMatchObject({ percent: 97.22, passed: false, criticalFailed: true });
    expect(s.items.filter((i) => i.failedCritical).map((i) => i.itemKey)).toEqual(['exits']);
  });
});

describe('checking results', () => {
  it('accepts a complete, valid set', () => {
    expect(checkItemResults(DOC, all({ hair: { result: 'NA' } }), { complete: true })).toEqual([]);
  });

  it('requires every item on submission, but not in a draft', () => {
    const partial = all()
      .slice(0, 2)
      .concat([{ itemKey: 'exits', result: null }]);
    expect(checkItemResults(DOC, partial, { complete: false })).toEqual([]);
    const issues = checkItemResults(DOC, partial, { complete: true });
    expect(issues.map((i) => `${i.index}.${i.field}:${i.reason}`)).toEqual(['2.result:REQUIRED', 'null.items:REQUIRED']);
    expect(issues[1].params).toEqual({ missingItemKeys: ['hair'] });
  });

  it('refuses N/A where not allowed, scores out of range, unknown or misplaced deductions, unknown and repeated items', () => {
    const issues = checkItemResults(
      DOC,
      [
        { itemKey: 'floor', result: 'FAIL', deductionKeys: ['nope'] },
        { itemKey: 'bins', result: 'NA' },
        { itemKey: 'exits', result: 'FAIL', score: 16 },
        { itemKey: 'hair', result: 'NA', score: 1 },
        { itemKey: 'ghost', result: 'PASS' },
        { itemKey: 'bins', result: 'PASS', deductionKeys: ['d-stain'] },
        { itemKey: 'floor', result: 'FAIL', score: 2, deductionKeys: ['d-stain'] },
      ],
      { complete: true },
    );
    expect(issues.map((i) => `${i.index}.${i.field}:${i.reason}`)).toEqual([
      '0.deductionKeys:NOT_FOUND',
      '1.result:INVALID_VALUE',
      '2.score:OUT_OF_RANGE',
      '3.score:INVALID_VALUE',
      '4.itemKey:NOT_FOUND',
      '5.itemKey:INVALID_VALUE',
      '5.deductionKeys:INVALID_VALUE',
      '6.itemKey:INVALID_VALUE',
      '6.score:INVALID_VALUE',
    ]);
  });
});

describe('rectification states', () => {
  it('goes OPEN → SUBMITTED → VERIFIED, or back to OPEN when rejected', () => {
    expect(rectificationStep('OPEN', 'SUBMIT')).toEqual({ to: 'SUBMITTED', action: 'SUBMITTED' });
    expect(rectificationStep('SUBMITTED', 'VERIFY')).toEqual({ to: 'VERIFIED', action: 'VERIFIED' });
    expect(rectificationStep('SUBMITTED', 'REJECT')).toEqual({ to: 'OPEN', action: 'REJECTED' });
    expect(rectificationStep('OPEN', 'VERIFY')).toBeNull();
    expect(rectificationStep('VERIFIED', 'SUBMIT')).toBeNull();
    expect(rectificationStep('VERIFIED', 'REJECT')).toBeNull();
  });

  it('is overdue past its deadline until verified', () => {
    const deadline = new Date('2026-12-04T00:00:00Z');
    expect(isRectificationOverdue({ state: 'OPEN', deadline }, new Date('2026-12-03T23:59:59Z'))).toBe(false);
    expect(isRectificationOverdue({ state: 'OPEN', deadline }, new Date('2026-12-04T00:00:01Z'))).toBe(true);
    expect(isRectificationOverdue({ state: 'SUBMITTED', deadline }, new Date('2026-12-05T00:00:00Z'))).toBe(true);
    expect(isRectificationOverdue({ state: 'VERIFIED', deadline }, new Date('2026-12-05T00:00:00Z'))).toBe(false);
  });
});

describe('evidence file types', () => {
  it('recognises JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImageType(new Uint8Array([...Buffer.from('RIFF'), 1, 2, 3, 4, ...Buffer.from('WEBPVP8 ')]))).toBe('image/webp');
    expect(sniffImageType(new Uint8Array([...Buffer.from('GIF89a')]))).toBeNull();
    expect(sniffImageType(new Uint8Array([0xff]))).toBeNull();
  });
});

describe('sniffUploadType', () => {
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const zip = (name: string) =>
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, ...Buffer.from(`[Content_Types].xml....${name}document.xml`)]);
  it('tells PDF and Office documents by their bytes, images as before, and refuses the rest', () => {
    expect(sniffUploadType(new Uint8Array(Buffer.from('%PDF-1.7\n')), 'application/pdf')).toBe('application/pdf');
    expect(sniffUploadType(zip('word/'), DOCX)).toBe(DOCX);
    // a Word archive declared as a spreadsheet is not one
    expect(sniffUploadType(zip('word/'), XLSX)).toBeNull();
    expect(sniffUploadType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'application/msword')).toBe(
      'application/msword',
    );
    expect(sniffUploadType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'application/pdf')).toBeNull();
    expect(sniffUploadType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]), 'image/jpeg')).toBe('image/jpeg');
    expect(sniffUploadType(new Uint8Array(Buffer.from('hello')), 'text/plain')).toBeNull();
  });
});

describe('rectification owner', () => {
  const active = (ids: string[]) => (id: string) => ids.includes(id);
  it('is the project manager, then the company fallback, then the finder — active members only', () => {
    const c = { projectManager: 'pm', companyFallback: 'qc', finder: 'insp' };
    expect(resolveRectificationOwner(c, active(['pm', 'qc', 'insp']))).toEqual({ ownerUserId: 'pm', source: 'PROJECT_MANAGER' });
    expect(resolveRectificationOwner({ ...c, projectManager: null }, active(['qc', 'insp']))).toEqual({
      ownerUserId: 'qc',
      source: 'COMPANY_FALLBACK',
    });
    expect(resolveRectificationOwner(c, active(['insp']))).toEqual({ ownerUserId: 'insp', source: 'FINDER' });
  });

  it('may be started early when the company allows it', () => {
    const o = {
      dueAt: new Date('2030-03-06T01:00:00Z'),
      windowEndsAt: new Date('2030-03-06T03:00:00Z'),
      allowLate: false,
      completedAt: null,
    };
    expect(completionError(o, new Date('2030-03-06T00:00:00Z'))).toBe('NOT_YET_DUE');
    expect(completionError(o, new Date('2030-03-06T00:00:00Z'), 1)).toBeNull();
    expect(completionError(o, new Date('2030-03-05T23:59:59Z'), 1)).toBe('NOT_YET_DUE');
    expect(startableFrom(o.dueAt, 2).toISOString()).toBe('2030-03-05T23:00:00.000Z');
  });
});
