import { answerProblems, questionnaireProblems, surveyRoundState, tally, type SurveyQuestion } from './surveys';

const Q: SurveyQuestion[] = [
  { key: 'r', kind: 'RATING', text: '评分', textEn: null, required: true, options: [] },
  {
    key: 's',
    kind: 'SINGLE_CHOICE',
    text: '单选',
    textEn: null,
    required: true,
    options: [
      { key: 'a', text: 'A', textEn: null },
      { key: 'b', text: 'B', textEn: null },
    ],
  },
  {
    key: 'm',
    kind: 'MULTIPLE_CHOICE',
    text: '多选',
    textEn: null,
    required: false,
    options: [
      { key: 'x', text: 'X', textEn: null },
      { key: 'y', text: 'Y', textEn: null },
    ],
  },
  { key: 't', kind: 'TEXT', text: '建议', textEn: null, required: false, options: [] },
];

describe('survey rules', () => {
  it('checks answers against the questions', () => {
    expect(
      answerProblems(Q, [
        { questionKey: 'r', rating: 5 },
        { questionKey: 's', choices: ['a'] },
      ]),
    ).toEqual([]);
    const p = answerProblems(Q, [
      { questionKey: 'r', rating: 6 },
      { questionKey: 's', choices: ['a', 'b'] },
      { questionKey: 'm', choices: ['z'] },
      { questionKey: 'zz', text: 'x' },
    ]);
    expect(p.map((x) => `${x.index}:${x.field}:${x.reason}`)).toEqual([
      '0:rating:OUT_OF_RANGE',
      '1:choices:INVALID_VALUE',
      '2:choices:INVALID_VALUE',
      '3:questionKey:NOT_FOUND',
    ]);
    expect(answerProblems(Q, []).map((x) => `${x.questionKey}:${x.reason}`)).toEqual(['r:REQUIRED', 's:REQUIRED']);
  });

  it('checks a questionnaire’s structure', () => {
    expect(questionnaireProblems(Q)).toEqual([]);
    expect(
      questionnaireProblems([
        { ...Q[1], options: [Q[1].options[0]] },
        { ...Q[0], key: 's', options: Q[1].options },
      ]).map((p) => `${p.index}:${p.field}:${p.reason}`),
    ).toEqual(['0:options:REQUIRED', '1:key:TAKEN', '1:options:INVALID_VALUE']);
  });

  it('tallies counts, percentages and the average', () => {
    const [r, s, m, t] = tally(Q, [
      [
        { questionKey: 'r', rating: 5 },
        { questionKey: 's', choices: ['a'] },
        { questionKey: 't', text: '好' },
      ],
      [
        { questionKey: 'r', rating: 4 },
        { questionKey: 's', choices: ['b'] },
        { questionKey: 'm', choices: ['x', 'y'] },
      ],
      [
        { questionKey: 'r', rating: 4 },
        { questionKey: 's', choices: ['a'] },
      ],
    ]);
    expect(r.averageRating).toBe(4.33);
    expect(r.counts.map((c) => c.count)).toEqual([0, 0, 0, 2, 1]);
    expect(s.counts).toEqual([
      { key: 'a', count: 2, percent: 66.67 },
      { key: 'b', count: 1, percent: 33.33 },
    ]);
    expect(m).toMatchObject({
      answered: 1,
      counts: [
        { key: 'x', count: 1, percent: 100 },
        { key: 'y', count: 1, percent: 100 },
      ],
    });
    expect(t.texts).toEqual(['好']);
  });

  it('derives a round’s state from its dates and manual close', () => {
    expect(surveyRoundState('2026-01-10', '2026-01-20', null, '2026-01-09')).toBe('SCHEDULED');
    expect(surveyRoundState('2026-01-10', '2026-01-20', null, '2026-01-20')).toBe('OPEN');
    expect(surveyRoundState('2026-01-10', '2026-01-20', null, '2026-01-21')).toBe('CLOSED');
    expect(surveyRoundState('2026-01-10', '2026-01-20', new Date(), '2026-01-15')).toBe('CLOSED');
  });
});
