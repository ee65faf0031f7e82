import i18n from '../../i18n';
import {
  applySaved,
  checklistReducer,
  draftFingerprint,
  draftToInput,
  draftTotals,
  hasErrors,
  mapServerProblems,
  validateChecklist,
  versionToDraft,
} from './checklist';
import { checklistVersion, standard } from './checklist.fixtures';

const t = i18n.getFixedT('zh-CN');

describe('checklist draft model', () => {
  it('round-trips a version into the whole-draft input, keys kept and blanks as null', () => {
    const doc = versionToDraft(checklistVersion(1));
    expect(draftToInput(doc)).toEqual({
      passScore: 80,
      sections: [
        {
          key: 'sec-1',
          titleZh: '一、大堂保洁',
          titleEn: 'Lobby cleaning',
          items: [
            {
              key: 'item-1',
              standardId: 'std-1',
              checkpointZh: null,
              checkpointEn: null,
              points: 10,
              naAllowed: false,
              critical: true,
              deductions: [{ key: 'ded-1', labelZh: '地面有污渍', labelEn: null, points: 3 }],
            },
            {
              key: 'item-2',
              standardId: 'std-2',
              checkpointZh: '玻璃门无指纹',
              checkpointEn: null,
              points: 5,
              naAllowed: true,
              critical: false,
              deductions: [],
            },
          ],
        },
      ],
    });
    expect(draftTotals(doc)).toEqual({ sections: 1, items: 2, points: 15, critical: 1 });
  });

  it('adds library standards with their default score and critical flag, once per section', () => {
    const doc = versionToDraft(checklistVersion(1));
    const next = checklistReducer(doc, {
      type: 'addItems',
      section: 'sec-1',
      standards: [standard('std-2', 'CLN-02'), standard('std-3', 'CLN-03', 0, true)],
    });
    const items = next.sections[0].items;
    expect(items.map((i) => i.standard?.code)).toEqual(['CLN-01', 'CLN-02', 'CLN-03']);
    // A default score of 0 still gives the minimum of 1 point.
    expect(items[2]).toMatchObject({ key: null, points: 1, critical: true, naAllowed: false, deductions: [] });
    expect(draftFingerprint(next)).not.toBe(draftFingerprint(doc));
  });

  it('checks what the server checks: deductions within the item, an item somewhere, the pass mark', () => {
    let doc = versionToDraft(checklistVersion(1));
    expect(hasErrors(validateChecklist(doc, t))).toBe(false);
    doc = checklistReducer(doc, { type: 'updateItem', section: 'sec-1', item: 'item-1', patch: { points: 2 } });
    doc = checklistReducer(doc, { type: 'setPassScore', passScore: null });
    let errors = validateChecklist(doc, t);
    expect(errors.byUid['ded-1'].points).toBe('扣分应在 1 到 2 之间（不超过本项分值）');
    expect(errors.byUid.$doc.passScore).toBe('此项为必填项');

    doc = checklistReducer(doc, { type: 'removeItem', section: 'sec-1', item: 'item-1' });
    doc = checklistReducer(doc, { type: 'removeItem', section: 'sec-1', item: 'item-2' });
    errors = validateChecklist(doc, t);
    expect(errors.doc).toEqual(['至少需要一个检查项']);
  });

  it('puts server field paths on the deduction, item and section they name', () => {
    const doc = versionToDraft(checklistVersion(1));
    const errors = mapServerProblems(
      doc,
      [
        {
          path: ['input', 'sections', '0', 'items', '0', 'deductions', '0', 'points'],
          field: 'points',
          reason: 'OUT_OF_RANGE',
          message: 'x',
          params: { min: 1, max: 10 },
        },
        { path: ['input', 'sections', '0', 'items', '1', 'standardId'], field: 'standardId', reason: 'NOT_FOUND', message: 'x' },
        { path: ['input', 'sections', '0', 'titleZh'], field: 'titleZh', reason: 'TOO_LONG', message: 'x', params: { max: 100 } },
        { path: ['input', 'passScore'], field: 'passScore', reason: 'OUT_OF_RANGE', message: 'x', params: { min: 0, max: 100 } },
        { path: ['input', 'sections'], field: 'sections', reason: 'REQUIRED', message: 'x' },
      ],
      t,
    );
    expect(errors.byUid['ded-1']).toEqual({ points: '扣分应在 1 到 10 之间（不超过本项分值）' });
    expect(errors.byUid['item-2']).toEqual({ standardId: '所选记录不存在或已被删除' });
    expect(errors.byUid['sec-1']).toEqual({ titleZh: '不能超过 100 个字符' });
    expect(errors.byUid.$doc).toEqual({ passScore: '数值应在 0 到 100 之间' });
    expect(errors.doc).toEqual(['至少需要一个检查项']);
  });

  it('keeps editor identities after a save gives new entries their keys', () => {
    let doc = versionToDraft(checklistVersion(1));
    doc = checklistReducer(doc, { type: 'addDeduction', section: 'sec-1', item: 'item-2' });
    const newUid = doc.sections[0].items[1].deductions[0].uid;
    const saved = checklistVersion(2);
    saved.sections[0].items[1].deductions = [{ key: 'ded-new', labelZh: '有指纹', labelEn: null, points: 1 }];
    const applied = applySaved(doc, saved);
    expect(applied.sections[0].items[1].deductions[0]).toMatchObject({ uid: newUid, key: 'ded-new' });
  });
});
