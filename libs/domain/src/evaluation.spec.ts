import {
  checkPeriod,
  competitionRanks,
  evaluationScore,
  periodKey,
  periodOf,
  periodRange,
  periodsEndingWith,
  previousPeriod,
  shiftPeriod,
} from './index';

describe('evaluation periods', () => {
  it('turns months and quarters into inclusive local-day ranges, leap years included', () => {
    expect(periodRange({ kind: 'MONTH', year: 2026, index: 11 })).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodRange({ kind: 'MONTH', year: 2028, index: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange({ kind: 'MONTH', year: 2027, index: 2 })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(periodRange({ kind: 'MONTH', year: 2026, index: 12 })).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodRange({ kind: 'QUARTER', year: 2026, index: 1 })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange({ kind: 'QUARTER', year: 2026, index: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('steps back and forth across year ends', () => {
    expect(previousPeriod({ kind: 'MONTH', year: 2027, index: 1 })).toEqual({ kind: 'MONTH', year: 2026, index: 12 });
    expect(previousPeriod({ kind: 'QUARTER', year: 2027, index: 1 })).toEqual({ kind: 'QUARTER', year: 2026, index: 4 });
    expect(shiftPeriod({ kind: 'MONTH', year: 2026, index: 11 }, 2)).toEqual({ kind: 'MONTH', year: 2027, index: 1 });
    expect(shiftPeriod({ kind: 'MONTH', year: 2026, index: 3 }, -15)).toEqual({ kind: 'MONTH', year: 2024, index: 12 });
    expect(periodsEndingWith({ kind: 'QUARTER', year: 2027, index: 1 }, 3).map(periodKey)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1']);
    expect(periodsEndingWith({ kind: 'MONTH', year: 2027, index: 2 }, 4).map(periodKey)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });

  it('finds the period of a day', () => {
    expect(periodOf('2026-11-27', 'MONTH')).toEqual({ kind: 'MONTH', year: 2026, index: 11 });
    expect(periodOf('2026-09-30', 'QUARTER')).toEqual({ kind: 'QUARTER', year: 2026, index: 3 });
    expect(periodOf('2026-10-01', 'QUARTER')).toEqual({ kind: 'QUARTER', year: 2026, index: 4 });
  });

  it('refuses impossible periods, by field', () => {
    expect(checkPeriod({ kind: 'MONTH', year: 2026, index: 12 })).toEqual([]);
    expect(checkPeriod({ kind: 'MONTH', year: 2026, index: 13 }).map((i) => i.field)).toEqual(['index']);
    expect(checkPeriod({ kind: 'QUARTER', year: 2026, index: 5 })[0]).toMatchObject({ field: 'index', params: { min: 1, max: 4 } });
    expect(checkPeriod({ kind: 'QUARTER', year: 1999, index: 0 }).map((i) => i.field)).toEqual(['year', 'index']);
  });
});

describe('evaluation scores and ranks', () => {
  it('scores earned over possible, null when nothing was applicable', () => {
    expect(evaluationScore(54, 57)).toBe(94.74);
    expect(evaluationScore(0, 0)).toBeNull();
    expect(evaluationScore(10, 10)).toBe(100);
  });

  it('ranks with ties sharing a rank (1, 1, 3), per group, leaving unscored rows unranked', () => {
    const rows = [
      { id: 'a', region: 'E', score: 90 },
      { id: 'b', region: 'E', score: 95 },
      { id: 'c', region: 'S', score: 95 },
      { id: 'd', region: 'S', score: null },
      { id: 'e', region: 'E', score: 90 },
      { id: 'f', region: 'S', score: 80 },
    ];
    const tenant = competitionRanks(rows, (r) => r.score);
    expect(rows.map((r) => tenant.get(r))).toEqual([3, 1, 1, null, 3, 5]);
    const region = competitionRanks(
      rows,
      (r) => r.score,
      (r) => r.region,
    );
    expect(rows.map((r) => region.get(r))).toEqual([2, 1, 1, null, 2, 2]);
  });
});
