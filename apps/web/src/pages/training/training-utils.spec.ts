import {
  coverageColor,
  isoToZonedInput,
  sessionTimes,
  sessionZone,
  zonedInputToIso,
  isSheetKey,
  planInput,
  problemsByEmployee,
  sheetEntries,
  sheetReducer,
  STATUS_COLORS,
  type SheetState,
} from './training-utils';

const sheet = (): SheetState => ({
  rows: [
    { employeeId: 'a', attendance: null, score: '' },
    { employeeId: 'b', attendance: null, score: '' },
    { employeeId: 'c', attendance: 'PRESENT', score: '70' },
  ],
  active: 0,
  dirty: false,
});

describe('attendance sheet keyboard entry', () => {
  it('sets attendance with P/A/L/E, types scores, and moves with arrows and Enter', () => {
    let s = sheet();
    for (const key of ['p', '9', '5', 'Enter', 'A', '8', 'ArrowDown', 'ArrowDown', 'ArrowUp']) s = sheetReducer(s, { type: 'key', key });
    expect(s.rows[0]).toEqual({ employeeId: 'a', attendance: 'PRESENT', score: '95' });
    // Absent: no score is typed.
    expect(s.rows[1]).toEqual({ employeeId: 'b', attendance: 'ABSENT', score: '' });
    expect(s.active).toBe(1);
    expect(s.dirty).toBe(true);
  });

  it('clears the score when absent or excused, caps scores at 100 and edits with Backspace', () => {
    let s = sheetReducer(sheet(), { type: 'focus', index: 2 });
    s = sheetReducer(s, { type: 'key', key: 'e' });
    expect(s.rows[2]).toEqual({ employeeId: 'c', attendance: 'EXCUSED', score: '' });
    s = sheetReducer(s, { type: 'key', key: 'L' });
    for (const key of ['1', '5', '0']) s = sheetReducer(s, { type: 'key', key });
    expect(s.rows[2].score).toBe('100');
    s = sheetReducer(s, { type: 'key', key: 'Backspace' });
    expect(s.rows[2].score).toBe('10');
    expect(sheetReducer(s, { type: 'move', delta: 5 }).active).toBe(2);
    expect(sheetReducer(s, { type: 'move', delta: -5 }).active).toBe(0);
  });

  it('ignores other keys and knows which keys it handles', () => {
    const s = sheet();
    expect(sheetReducer(s, { type: 'key', key: 'x' })).toBe(s);
    expect(['p', 'A', 'Enter', 'ArrowUp', '7', 'Backspace'].every(isSheetKey)).toBe(true);
    expect(['x', 'Tab', 'Escape'].some(isSheetKey)).toBe(false);
  });

  it('sends only rows with attendance, scores as numbers', () => {
    expect(sheetEntries(sheet().rows)).toEqual([{ employeeId: 'c', attendance: 'PRESENT', score: 70 }]);
    expect(sheetEntries([{ employeeId: 'x', attendance: 'ABSENT', score: '' }])).toEqual([
      { employeeId: 'x', attendance: 'ABSENT', score: null },
    ]);
  });

  it('puts server problems at the row of the employee they name', () => {
    const problems = [
      {
        path: ['entries', '1', 'score'],
        field: 'entries.1.score',
        reason: 'INVALID_VALUE',
        message: 'x',
        params: { rule: 'SCORE_WITHOUT_ATTENDANCE' },
      },
      { path: ['sessionId'], field: 'sessionId', reason: 'DATE_ORDER', message: 'y' },
    ];
    const byId = problemsByEmployee(problems, ['a', 'b'], 'entries');
    expect([...byId.keys()]).toEqual(['b']);
    expect(
      problemsByEmployee([{ path: ['employeeIds', '0'], field: 'employeeIds.0', reason: 'TAKEN', message: '' }], ['z'], 'employeeIds').get(
        'z',
      ),
    ).toHaveLength(1);
  });
});

describe('status colours and plan input', () => {
  it('colours statuses and coverage', () => {
    expect(STATUS_COLORS.OVERDUE).toBe('red');
    expect(STATUS_COLORS.COMPLETED).toBe('green');
    expect(coverageColor(null)).toBe('#bfbfbf');
    expect(coverageColor(95)).toBe('#52c41a');
    expect(coverageColor(70)).toBe('#faad14');
    expect(coverageColor(10)).toBe('#ff4d4f');
  });

  it('sends only the place of the chosen scope and numbers for the items', () => {
    const input = planInput({
      name: ' 保安计划 ',
      positionId: 'p1',
      scope: 'TENANT',
      regionId: 'r1',
      projectId: 'x',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      items: [{ courseId: 'c1', requiredBy: '2026-06-30', passMark: '80' as never, validityMonths: '' as never }],
    });
    expect(input).toEqual({
      name: '保安计划',
      positionId: 'p1',
      scope: 'TENANT',
      regionId: null,
      projectId: null,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      items: [{ courseId: 'c1', requiredBy: '2026-06-30', passMark: 80, validityMonths: null }],
    });
    expect(planInput({ ...input, scope: 'REGION', regionId: 'r1', items: [] }).regionId).toBe('r1');
  });
});

describe('session times in the session’s zone', () => {
  it('reads and shows wall-clock times in the project’s zone, or Asia/Shanghai for company-wide sessions', () => {
    expect(sessionZone(null)).toBe('Asia/Shanghai');
    expect(sessionZone({ timeZone: 'Europe/Berlin' })).toBe('Europe/Berlin');
    expect(zonedInputToIso('2026-03-02T09:00', 'Asia/Shanghai')).toBe('2026-03-02T01:00:00.000Z');
    // Berlin: winter +01:00, summer +02:00
    expect(zonedInputToIso('2026-01-15T09:00', 'Europe/Berlin')).toBe('2026-01-15T08:00:00.000Z');
    expect(zonedInputToIso('2026-07-15T09:00', 'Europe/Berlin')).toBe('2026-07-15T07:00:00.000Z');
    expect(isoToZonedInput('2026-07-15T07:00:00.000Z', 'Europe/Berlin')).toBe('2026-07-15T09:00');
    expect(isoToZonedInput('2026-03-02T01:00:00.000Z', 'Asia/Shanghai')).toBe('2026-03-02T09:00');
    expect(sessionTimes({ startsAt: '2026-03-02T01:00:00.000Z', endsAt: '2026-03-02T03:30:00.000Z' }, 'Asia/Shanghai')).toBe('09:00–11:30');
  });
});
