import { diffHandbooks, isEmptyDiff, touchedKeys, type HandbookDoc } from './handbook';
import { describeRecurrence, recurrenceError } from './recurrence';

const base: HandbookDoc = {
  sections: [
    {
      key: 's1',
      titleZh: '仪容仪表',
      titleEn: null,
      items: [
        { key: 'i1', standardId: 'std-1', requirementZh: null, requirementEn: null, score: null, note: null },
        { key: 'i2', standardId: 'std-2', requirementZh: null, requirementEn: null, score: null, note: null },
      ],
      frequencies: [
        {
          key: 'f1',
          taskZh: '大堂地面拖洗',
          taskEn: null,
          zoneId: 'z1',
          locationZh: '大堂',
          rrule: 'FREQ=DAILY;BYHOUR=8,12,16',
          note: null,
        },
      ],
    },
    { key: 's2', titleZh: '行为举止', titleEn: null, items: [], frequencies: [] },
  ],
};

describe('diffHandbooks', () => {
  it('finds nothing between identical versions', () => {
    expect(isEmptyDiff(diffHandbooks(base, structuredClone(base)))).toBe(true);
  });

  it('names exactly what changed, field by field', () => {
    const next = structuredClone(base);
    next.sections[0].items[0].score = 5; // override score
    next.sections[0].items.splice(1, 1); // remove i2
    next.sections[1].items.push({
      key: 'i3',
      standardId: 'std-3',
      requirementZh: '自定义要求',
      requirementEn: null,
      score: null,
      note: null,
    });
    next.sections[0].frequencies[0].rrule = 'FREQ=DAILY;BYHOUR=8,11,14,17';
    next.sections[1].titleZh = '行为举止规范';
    next.sections.push({ key: 's3', titleZh: '新章节', titleEn: null, items: [], frequencies: [] });
    const d = diffHandbooks(base, next);
    expect(d.sections.added.map((e) => e.key)).toEqual(['s3']);
    expect(d.sections.changed).toEqual([
      { key: 's2', sectionKey: null, changes: [{ field: 'titleZh', from: '行为举止', to: '行为举止规范' }] },
    ]);
    expect(d.items.changed).toEqual([{ key: 'i1', sectionKey: 's1', changes: [{ field: 'score', from: null, to: 5 }] }]);
    expect(d.items.removed.map((e) => e.key)).toEqual(['i2']);
    expect(d.items.added.map((e) => [e.key, e.sectionKey])).toEqual([['i3', 's2']]);
    expect(d.frequencies.changed[0].changes).toEqual([
      { field: 'rrule', from: 'FREQ=DAILY;BYHOUR=8,12,16', to: 'FREQ=DAILY;BYHOUR=8,11,14,17' },
    ]);
    const touched = touchedKeys(d);
    expect([...touched.itemKeys].sort()).toEqual(['i1', 'i2', 'i3']);
    expect([...touched.sectionKeys].sort()).toEqual(['s1', 's2', 's3']);
  });

  it('reports a move to another section as a change of section and position', () => {
    const next = structuredClone(base);
    const [moved] = next.sections[0].items.splice(0, 1);
    next.sections[1].items.push(moved);
    const d = diffHandbooks(base, next);
    expect(d.items.changed.find((e) => e.key === 'i1')!.changes).toEqual([{ field: 'sectionKey', from: 's1', to: 's2' }]);
    expect(d.items.changed.find((e) => e.key === 'i2')!.changes).toEqual([{ field: 'position', from: 2, to: 1 }]);
  });
});

describe('service recurrences', () => {
  it('accepts 3×/day and every 15 minutes 09:00–18:00', () => {
    expect(recurrenceError('FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0')).toBeNull();
    expect(recurrenceError('FREQ=MINUTELY;INTERVAL=15;BYHOUR=9,10,11,12,13,14,15,16,17')).toBeNull();
    expect(describeRecurrence('FREQ=DAILY;BYHOUR=8,12,16')).toBe('every day at 8, 12 and 16');
  });

  it('explains what is wrong', () => {
    expect(recurrenceError('')).toMatch(/required/);
    expect(recurrenceError('FREQ=SOMETIMES')).toMatch(/not a valid RRULE/);
    expect(recurrenceError('FREQ=SECONDLY')).toMatch(/FREQ must be/);
    expect(recurrenceError('FREQ=MINUTELY;INTERVAL=1')).toMatch(/5 minutes/);
    expect(recurrenceError('DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY')).toMatch(/without DTSTART/);
  });
});
