import { parsePatrolLink, patrolCounts, patrolCoverage, patrolOutcomes, patrolPointPath } from './index';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const D = '00000000-0000-4000-8000-00000000000d';
const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 1, minute));

describe('patrol outcomes', () => {
  it('marks the points scanned in order as done and the others as missed', () => {
    const r = patrolOutcomes(
      [A, B, C],
      [
        { pointId: A, scannedAt: at(1) },
        { pointId: C, scannedAt: at(9) },
      ],
      at(30),
    );
    expect(r.map((p) => p.outcome)).toEqual(['DONE', 'MISSED', 'DONE']);
    expect(r.map((p) => p.scanOrder)).toEqual([1, null, 2]);
    expect(r.some((p) => p.outOfOrder)).toBe(false);
    expect(patrolCounts(r)).toEqual({ planned: 3, done: 2, late: 0, missed: 1, outOfOrder: 0 });
  });

  it('flags a point scanned after one further along the route, keeps the first of two scans, ignores strangers', () => {
    const r = patrolOutcomes(
      [A, B, C, D],
      [
        { pointId: A, scannedAt: at(1) },
        { pointId: C, scannedAt: at(3) },
        { pointId: B, scannedAt: at(5) },
        { pointId: B, scannedAt: at(6) },
        { pointId: '00000000-0000-4000-8000-0000000000ff', scannedAt: at(7) },
        { pointId: D, scannedAt: at(8) },
      ],
      null,
    );
    expect(r.map((p) => p.outOfOrder)).toEqual([false, true, false, false]);
    expect(r[1]!.scannedAt).toEqual(at(5));
    expect(r.map((p) => p.scanOrder)).toEqual([1, 3, 2, 4]);
  });

  it('is late after the window, and the input order of scans does not matter', () => {
    const r = patrolOutcomes(
      [A, B],
      [
        { pointId: B, scannedAt: at(40) },
        { pointId: A, scannedAt: at(10) },
      ],
      at(30),
    );
    expect(r.map((p) => p.outcome)).toEqual(['DONE', 'LATE']);
    expect(r.some((p) => p.outOfOrder)).toBe(false);
  });

  it('computes coverage and reads QR links back', () => {
    expect(patrolCoverage(0, 0)).toBeNull();
    expect(patrolCoverage(3, 2)).toBe(66.7);
    const path = patrolPointPath(A, 'ABCDEFGHJK');
    expect(parsePatrolLink(`https://pinzhi.example.com${path}`)).toEqual({ pointId: A, tag: 'ABCDEFGHJK' });
    expect(parsePatrolLink(path)).toEqual({ pointId: A, tag: 'ABCDEFGHJK' });
    expect(parsePatrolLink(`/field/p/${A}`)).toEqual({ pointId: A, tag: null });
    expect(parsePatrolLink('https://example.com/s/abc')).toBeNull();
    expect(parsePatrolLink('/field/p/not-a-uuid?k=1')).toBeNull();
    expect(parsePatrolLink('')).toBeNull();
  });
});
