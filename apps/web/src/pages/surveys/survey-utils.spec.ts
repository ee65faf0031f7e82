import { formAnswers } from './survey-utils';

describe('formAnswers', () => {
  it('turns form values into answers and leaves empty ones out', () => {
    const qs = [
      { key: 'r', kind: 'RATING' as const },
      { key: 's', kind: 'SINGLE_CHOICE' as const },
      { key: 'm', kind: 'MULTIPLE_CHOICE' as const },
      { key: 't', kind: 'TEXT' as const },
    ];
    expect(formAnswers(qs, { r: 4, s: 'a', m: [], t: '' })).toEqual([
      { questionKey: 'r', rating: 4 },
      { questionKey: 's', choices: ['a'] },
    ]);
    expect(formAnswers(qs, { m: ['x', 'y'], t: '好' })).toEqual([
      { questionKey: 'm', choices: ['x', 'y'] },
      { questionKey: 't', text: '好' },
    ]);
  });
});
