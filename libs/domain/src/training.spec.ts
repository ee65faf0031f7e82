import {
  planItemDueProblem,
  addDays,
  attendanceProblem,
  coverage,
  enrolmentProblem,
  expiryDate,
  mergeDemands,
  passed,
  requirementStatus,
  localDateIn,
} from './training';

describe('training rules', () => {
  it('computes expiry by calendar months, clamped to the end of the month', () => {
    expect(expiryDate('2026-01-15', 12)).toBe('2027-01-15');
    expect(expiryDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(expiryDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(expiryDate('2026-08-31', 6)).toBe('2027-02-28');
    expect(expiryDate('2026-03-10', null)).toBeNull();
  });

  it('gives the status at a date', () => {
    const open = { requiredBy: '2026-06-30', completedOn: null, expiresOn: null };
    expect(requirementStatus(open, '2026-06-30')).toBe('REQUIRED');
    expect(requirementStatus(open, '2026-07-01')).toBe('OVERDUE');
    const done = { requiredBy: '2026-06-30', completedOn: '2026-03-01', expiresOn: '2027-03-01' };
    expect(requirementStatus(done, '2026-07-01')).toBe('COMPLETED');
    expect(requirementStatus(done, '2027-01-29')).toBe('COMPLETED');
    expect(requirementStatus(done, '2027-01-30')).toBe('EXPIRING_SOON');
    expect(requirementStatus(done, '2027-02-28')).toBe('EXPIRING_SOON');
    expect(requirementStatus(done, '2027-03-01')).toBe('EXPIRED');
    expect(requirementStatus({ ...done, expiresOn: null }, '2099-01-01')).toBe('COMPLETED');
  });

  it('passes on attendance and score', () => {
    expect(passed('PRESENT', 80, 80)).toBe(true);
    expect(passed('LATE', 90, 80)).toBe(true);
    expect(passed('PRESENT', 79, 80)).toBe(false);
    expect(passed('ABSENT', 100, 80)).toBe(false);
    expect(passed('PRESENT', null, 0)).toBe(false);
  });

  it('checks enrolment rules', () => {
    const s = { cancelled: false, date: '2026-05-10', capacity: 2, projectId: null };
    const e = { active: true, hireDate: '2026-01-01', projectId: 'p1' };
    expect(enrolmentProblem(e, s, false, 0)).toBeNull();
    expect(enrolmentProblem(e, s, false, 2)).toEqual({ rule: 'FULL', capacity: 2 });
    expect(enrolmentProblem(e, s, true, 0)).toEqual({ rule: 'ALREADY_ENROLLED' });
    expect(enrolmentProblem({ ...e, active: false }, s, false, 0)).toEqual({ rule: 'INACTIVE' });
    expect(enrolmentProblem(e, { ...s, projectId: 'p2' }, false, 0)).toEqual({ rule: 'PROJECT_MISMATCH' });
    expect(enrolmentProblem({ ...e, hireDate: '2026-05-10' }, s, false, 0)).toBeNull();
    expect(enrolmentProblem({ ...e, hireDate: '2026-05-11' }, s, false, 0)?.rule).toBe('HIRED_AFTER_SESSION');
    expect(enrolmentProblem(e, { ...s, cancelled: true }, false, 0)).toEqual({ rule: 'SESSION_CANCELLED' });
  });

  it('checks attendance entries', () => {
    expect(attendanceProblem({ attendance: 'PRESENT', score: 90 }, '2026-01-01', '2026-05-10', true)).toBeNull();
    expect(attendanceProblem({ attendance: 'PRESENT', score: 90 }, '2026-01-01', '2026-05-10', false)).toEqual({ rule: 'NOT_STARTED' });
    expect(attendanceProblem({ attendance: 'ABSENT', score: 90 }, '2026-01-01', '2026-05-10', true)).toEqual({
      rule: 'SCORE_WITHOUT_ATTENDANCE',
    });
    expect(attendanceProblem({ attendance: 'LATE', score: null }, '2026-06-01', '2026-05-10', true)).toEqual({
      rule: 'HIRED_AFTER_SESSION',
    });
    expect(attendanceProblem({ attendance: 'EXCUSED', score: null }, '2026-06-01', '2026-05-10', true)).toBeNull();
  });

  it('computes coverage and merges plan demands', () => {
    expect(coverage(2, 3)).toBe(66.7);
    expect(coverage(0, 0)).toBeNull();
    expect(
      mergeDemands([
        { requiredBy: '2026-05-01', passMark: 60, validityMonths: 12 },
        { requiredBy: '2026-04-01', passMark: 80, validityMonths: null },
      ]),
    ).toEqual({ requiredBy: '2026-04-01', passMark: 80, validityMonths: 12 });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(localDateIn(new Date('2026-05-09T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-05-10');
  });
});

describe('plan item due dates', () => {
  it('refuses a course due before the plan starts, not on its first day', () => {
    expect(planItemDueProblem('2026-12-01', '2026-11-01')).toBe('DATE_ORDER');
    expect(planItemDueProblem('2026-12-01', '2026-12-01')).toBeNull();
  });
});
