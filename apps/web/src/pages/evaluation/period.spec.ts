import { changeText, evaluationStateFromParams, formatScore, lastPeriod, periodLabel, periodParams, scoreLevel, trendAxis } from './period';

const p = (s: string) => new URLSearchParams(s);

describe('evaluation URL state', () => {
  it('defaults to the current month and a six-month trend', () => {
    expect(evaluationStateFromParams(p(''), '2026-11-27')).toEqual({
      period: { kind: 'MONTH', year: 2026, index: 11 },
      regionId: undefined,
      projectId: undefined,
      trendLength: 6,
    });
  });

  it('reads a quarter, a region, a project and an allowed trend length', () => {
    expect(evaluationStateFromParams(p('kind=QUARTER&year=2026&index=3&region=r1&project=p1&trend=8'), '2026-11-27')).toEqual({
      period: { kind: 'QUARTER', year: 2026, index: 3 },
      regionId: 'r1',
      projectId: 'p1',
      trendLength: 8,
    });
  });

  it('falls back to the current period of the kind when the URL holds nonsense', () => {
    expect(evaluationStateFromParams(p('kind=QUARTER&year=2026&index=7&trend=5'), '2026-11-27')).toMatchObject({
      period: { kind: 'QUARTER', year: 2026, index: 4 },
      trendLength: 4,
    });
    expect(evaluationStateFromParams(p('kind=YEAR&year=abc'), '2026-02-01').period).toEqual({ kind: 'MONTH', year: 2026, index: 2 });
  });

  it('knows last month and last quarter across a year boundary', () => {
    expect(lastPeriod('2026-01-15')).toEqual({ kind: 'MONTH', year: 2025, index: 12 });
    expect(lastPeriod('2026-02-15', 'QUARTER')).toEqual({ kind: 'QUARTER', year: 2025, index: 4 });
    expect(periodParams({ kind: 'MONTH', year: 2025, index: 12 })).toEqual({ kind: 'MONTH', year: '2025', index: '12' });
  });
});

describe('evaluation display helpers', () => {
  it('labels periods in both languages', () => {
    expect(periodLabel({ kind: 'MONTH', year: 2026, index: 11 }, 'zh-CN')).toBe('2026年11月');
    expect(periodLabel({ kind: 'MONTH', year: 2026, index: 11 }, 'en-US')).toBe('Nov 2026');
    expect(periodLabel({ kind: 'QUARTER', year: 2026, index: 4 }, 'zh-CN')).toBe('2026年第4季度');
    expect(periodLabel({ kind: 'QUARTER', year: 2026, index: 4 }, 'en-US')).toBe('Q4 2026');
  });

  it('colours scores against the pass mark and shows changes with arrows', () => {
    expect([scoreLevel(80), scoreLevel(75.5), scoreLevel(69.99)]).toEqual(['good', 'warning', 'bad']);
    expect(changeText(2.456)).toEqual({ text: '↑ 2.46', direction: 'up' });
    expect(changeText(-1)).toEqual({ text: '↓ 1', direction: 'down' });
    expect(changeText(0)).toEqual({ text: '0', direction: 'flat' });
    expect(changeText(null)).toEqual({ text: '—', direction: 'none' });
    expect(formatScore(91.2345)).toBe('91.23');
    expect(formatScore(null)).toBe('—');
  });
});

describe('trendAxis', () => {
  it('fits the scores and keeps the pass line in view', () => {
    expect(trendAxis([96.2, 97.5, null, 95.8], 85)).toEqual([80, 100]);
    expect(trendAxis([96.2, 97.5], null)).toEqual([90, 100]);
    expect(trendAxis([42, 88], 85)).toEqual([35, 100]);
    expect(trendAxis([3], 80)).toEqual([0, 100]);
    expect(trendAxis([null, null], null)).toEqual([0, 100]);
    expect(trendAxis([100, 100], 100)).toEqual([90, 100]);
  });
});
