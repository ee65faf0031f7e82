import i18n from '../../i18n';
import {
  adoptKeys,
  applySaved,
  draftFingerprint,
  draftReducer,
  draftToInput,
  mapServerProblems,
  validateDraft,
  versionToDraft,
  type LibraryStandard,
  type VersionContent,
} from './draft';

const t = i18n.getFixedT('zh-CN');

function standard(id: string, code: string, defaultScore = 2): LibraryStandard {
  return {
    id,
    code,
    category: 'CLEANING',
    titleZh: `标准 ${code}`,
    titleEn: null,
    requirementZh: `要求 ${code}`,
    requirementEn: null,
    positions: [],
    condition: null,
    checkMethod: 'OBSERVE',
    defaultScore,
    critical: false,
    formats: [],
    source: null,
    archivedAt: null,
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
  };
}

const VERSION: Pick<VersionContent, 'sections'> = {
  sections: [
    {
      key: 'sec-1',
      titleZh: '一、仪容仪表',
      titleEn: 'Appearance',
      items: [
        { key: 'item-1', requirementZh: null, requirementEn: null, score: null, note: null, standard: standard('std-1', 'CON-ATT-01') },
        {
          key: 'item-2',
          requirementZh: '项目要求',
          requirementEn: null,
          score: 4,
          note: '夏季',
          standard: standard('std-2', 'CON-ATT-02'),
        },
      ],
      frequencies: [],
    },
    {
      key: 'sec-2',
      titleZh: '三、保洁服务',
      titleEn: null,
      items: [],
      frequencies: [
        {
          key: 'freq-1',
          taskZh: '大堂地面拖洗',
          taskEn: null,
          zoneId: 'zone-1',
          locationZh: '大堂',
          rrule: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0',
          note: '每日3次',
        },
      ],
    },
  ],
};

describe('draft ↔ HandbookDraftInput', () => {
  it('turns a loaded version into the whole draft input, keeping every key and null for blanks', () => {
    expect(draftToInput(versionToDraft(VERSION))).toEqual({
      sections: [
        {
          key: 'sec-1',
          titleZh: '一、仪容仪表',
          titleEn: 'Appearance',
          items: [
            { key: 'item-1', standardId: 'std-1', requirementZh: null, requirementEn: null, score: null, note: null },
            { key: 'item-2', standardId: 'std-2', requirementZh: '项目要求', requirementEn: null, score: 4, note: '夏季' },
          ],
          frequencies: [],
        },
        {
          key: 'sec-2',
          titleZh: '三、保洁服务',
          titleEn: null,
          items: [],
          frequencies: [
            {
              key: 'freq-1',
              taskZh: '大堂地面拖洗',
              taskEn: null,
              zoneId: 'zone-1',
              locationZh: '大堂',
              rrule: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0',
              note: '每日3次',
            },
          ],
        },
      ],
    });
  });

  it('sends edits: overrides trimmed, cleared overrides as null, new entries without a key, moves in order', () => {
    let doc = versionToDraft(VERSION);
    doc = draftReducer(doc, { type: 'updateItem', section: 'sec-1', item: 'item-1', patch: { score: 5, requirementZh: '  新要求 ' } });
    doc = draftReducer(doc, { type: 'updateItem', section: 'sec-1', item: 'item-2', patch: { requirementZh: '   ', score: null } });
    doc = draftReducer(doc, { type: 'addItems', section: 'sec-2', standards: [standard('std-3', 'OPS-CLN-03')] });
    doc = draftReducer(doc, { type: 'addItems', section: 'sec-2', standards: [standard('std-3', 'OPS-CLN-03')] }); // already there: ignored
    doc = draftReducer(doc, {
      type: 'addFrequency',
      section: 'sec-2',
      frequency: {
        taskZh: '会议室整理',
        taskEn: '',
        zoneId: null,
        locationZh: '',
        rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0',
        note: '',
      },
    });
    doc = draftReducer(doc, { type: 'addSection', titleZh: '五、会议服务', titleEn: '' });
    doc = draftReducer(doc, { type: 'moveSection', section: 'sec-2', delta: -1 });
    doc = draftReducer(doc, { type: 'moveItem', section: 'sec-1', item: 'item-2', delta: -1 });
    const input = draftToInput(doc);
    expect(input.sections.map((s) => s.key ?? `new:${s.titleZh}`)).toEqual(['sec-2', 'sec-1', 'new:五、会议服务']);
    expect(input.sections[1].items).toEqual([
      { key: 'item-2', standardId: 'std-2', requirementZh: null, requirementEn: null, score: null, note: '夏季' },
      { key: 'item-1', standardId: 'std-1', requirementZh: '新要求', requirementEn: null, score: 5, note: null },
    ]);
    expect(input.sections[0].items).toEqual([{ standardId: 'std-3', requirementZh: null, requirementEn: null, score: null, note: null }]);
    expect(input.sections[0].frequencies[1]).toEqual({
      taskZh: '会议室整理',
      taskEn: null,
      zoneId: null,
      locationZh: null,
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0',
      note: null,
    });
    expect(input.sections[2]).toEqual({ titleZh: '五、会议服务', titleEn: null, items: [], frequencies: [] });
  });

  it('adopts the keys a save gives new entries, and keeps edits made while saving', () => {
    let sent = versionToDraft(VERSION);
    sent = draftReducer(sent, { type: 'addItems', section: 'sec-2', standards: [standard('std-3', 'OPS-CLN-03')] });
    const newUid = sent.sections[1].items[0].uid;
    const saved: Pick<VersionContent, 'sections'> = {
      sections: [
        VERSION.sections[0],
        {
          ...VERSION.sections[1],
          items: [
            { key: 'item-9', requirementZh: null, requirementEn: null, score: null, note: null, standard: standard('std-3', 'OPS-CLN-03') },
          ],
        },
      ],
    };
    const applied = applySaved(sent, saved);
    expect(applied.sections[1].items[0]).toMatchObject({ uid: newUid, key: 'item-9' });
    expect(draftFingerprint(applied)).not.toBe(draftFingerprint(sent)); // now with its key

    // Edited while the save was in flight: the edit stays, and the entry gets its key.
    const meanwhile = draftReducer(sent, { type: 'updateItem', section: 'sec-2', item: newUid, patch: { score: 7 } });
    const merged = adoptKeys(meanwhile, applied);
    expect(merged.sections[1].items[0]).toMatchObject({ uid: newUid, key: 'item-9', score: 7 });
    expect(draftFingerprint(merged)).not.toBe(draftFingerprint(applied));
  });
});

describe('problems on rows and cells', () => {
  it('maps server paths (input.sections.N.items.M.field) onto the entries that were sent', () => {
    const sent = versionToDraft(VERSION);
    const errors = mapServerProblems(
      sent,
      [
        {
          path: ['input', 'sections', '0', 'items', '1', 'score'],
          field: 'score',
          reason: 'OUT_OF_RANGE',
          message: 'x',
          params: { min: 0, max: 100 },
        },
        { path: ['input', 'sections', '1', 'frequencies', '0', 'zoneId'], field: 'zoneId', reason: 'NOT_FOUND', message: 'x' },
        { path: ['input', 'sections', '1', 'titleZh'], field: 'titleZh', reason: 'REQUIRED', message: 'x' },
        { path: ['input', 'sections', '0', 'items'], field: 'items', reason: 'TOO_LONG', message: 'x', params: { max: 200 } },
        { path: ['handbookId'], field: 'handbookId', reason: 'INVALID_VALUE', message: 'no draft' },
        { path: ['input', 'sections'], field: 'sections', reason: 'REQUIRED', message: 'x' },
      ],
      t,
    );
    expect(errors.byUid).toEqual({
      'item-2': { score: '数值应在 0 到 100 之间' },
      'freq-1': { zoneId: '所选记录不存在或已被删除' },
      'sec-2': { titleZh: '此项为必填项' },
      'sec-1': { items: '每个章节最多 200 项标准' },
    });
    expect(errors.doc).toEqual(['取值无效', '至少需要一个章节']);
  });

  it('checks a draft with the server’s rules before sending', () => {
    let doc = versionToDraft(VERSION);
    doc = draftReducer(doc, { type: 'updateItem', section: 'sec-1', item: 'item-1', patch: { score: 101, note: 'x'.repeat(501) } });
    doc = draftReducer(doc, { type: 'renameSection', section: 'sec-2', titleZh: ' ', titleEn: '' });
    doc = draftReducer(doc, { type: 'updateFrequency', section: 'sec-2', frequency: 'freq-1', patch: { rrule: 'FREQ=SOMETIMES' } });
    const errors = validateDraft(doc, t);
    expect(errors.byUid['item-1']).toEqual({ score: '数值应在 0 到 100 之间', note: '不能超过 500 个字符' });
    expect(errors.byUid['sec-2']).toEqual({ titleZh: '此项为必填项' });
    expect(errors.byUid['freq-1'].rrule).toMatch(/^重复规则无效：/);
    expect(validateDraft({ sections: [] }, t).doc).toEqual(['至少需要一个章节']);
    expect(validateDraft(versionToDraft(VERSION), t)).toEqual({ byUid: {}, doc: [] });
  });
});
