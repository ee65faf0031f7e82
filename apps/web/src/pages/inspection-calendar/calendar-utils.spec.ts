import {
  calendarStateFromParams,
  countEntries,
  feedUrls,
  localDateTime,
  localTime,
  mayComplete,
  monthGrid,
  needsAttention,
  scopeKindsFor,
  scopeParams,
  shiftAnchor,
  STATE_COLORS,
  toScopeVariable,
  viewRange,
  weekRange,
} from './calendar-utils';

const counts = (over: Partial<Record<string, number>> = {}) => ({
  total: 0,
  scheduled: 0,
  due: 0,
  overdue: 0,
  completed: 0,
  late: 0,
  missed: 0,
  ...over,
});

describe('grid ranges (weeks start on Monday)', () => {
  it('covers a month with whole weeks, spilling into the neighbouring months', () => {
    // March 2025 starts on a Saturday and ends on a Monday → 6 rows.
    const grid = monthGrid('2025-03-15');
    expect(grid.from).toBe('2025-02-24');
    expect(grid.to).toBe('2025-04-06');
    expect(grid.days).toHaveLength(42);
    expect(grid.days[0]).toBe('2025-02-24');
    expect(grid.days[5]).toBe('2025-03-01');
    expect(grid.days.at(-1)).toBe('2025-04-06');
  });

  it('uses exactly four rows for a February that starts on Monday', () => {
    const grid = monthGrid('2021-02-28');
    expect(grid).toMatchObject({ from: '2021-02-01', to: '2021-02-28' });
    expect(grid.days).toHaveLength(28);
  });

  it('handles a month starting on a Sunday and leap days', () => {
    const grid = monthGrid('2024-09-01'); // 2024-09-01 is a Sunday
    expect(grid.from).toBe('2024-08-26');
    expect(grid.to).toBe('2024-10-06');
    expect(monthGrid('2024-02-10').days).toContain('2024-02-29');
  });

  it('never asks the API for more than 62 days', () => {
    for (const anchor of ['2025-03-01', '2026-08-31', '2027-02-01', '2030-12-25']) {
      expect(viewRange('month', anchor).days.length).toBeLessThanOrEqual(42);
    }
  });

  it('finds the Monday–Sunday week of any day', () => {
    expect(weekRange('2025-03-05')).toMatchObject({ from: '2025-03-03', to: '2025-03-09' }); // Wednesday
    expect(weekRange('2025-03-09').from).toBe('2025-03-03'); // Sunday belongs to the week before
    expect(weekRange('2025-03-10').from).toBe('2025-03-10'); // Monday starts one
    expect(weekRange('2024-12-31')).toMatchObject({ from: '2024-12-30', to: '2025-01-05' }); // across the year
    expect(viewRange('week', '2025-03-05').days).toEqual([
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
    ]);
  });

  it('steps by month (clamping the day) or by week', () => {
    expect(shiftAnchor('month', '2025-01-31', 1)).toBe('2025-02-28');
    expect(shiftAnchor('month', '2025-03-15', -1)).toBe('2025-02-15');
    expect(shiftAnchor('month', '2025-12-10', 1)).toBe('2026-01-10');
    expect(shiftAnchor('week', '2025-03-05', 1)).toBe('2025-03-12');
    expect(shiftAnchor('week', '2025-03-03', -1)).toBe('2025-02-24');
  });
});

describe('states', () => {
  it('makes overdue and missed stand out in red, the rest per the legend', () => {
    expect(STATE_COLORS).toEqual({
      OVERDUE: 'red',
      MISSED: 'volcano',
      DUE: 'orange',
      COMPLETED: 'green',
      LATE: 'gold',
      SCHEDULED: 'blue',
    });
  });

  it('lists non-zero counts, what needs attention first', () => {
    expect(countEntries(counts({ total: 9, scheduled: 3, completed: 4, missed: 2 }))).toEqual([
      { state: 'MISSED', count: 2 },
      { state: 'SCHEDULED', count: 3 },
      { state: 'COMPLETED', count: 4 },
    ]);
    expect(countEntries(counts())).toEqual([]);
    expect(countEntries(undefined)).toEqual([]);
  });

  it('highlights days with overdue or missed inspections only', () => {
    expect(needsAttention(counts({ overdue: 1 }))).toBe(true);
    expect(needsAttention(counts({ missed: 1 }))).toBe(true);
    expect(needsAttention(counts({ due: 5, late: 2, scheduled: 1 }))).toBe(false);
    expect(needsAttention(undefined)).toBe(false);
  });
});

describe('URL state', () => {
  const parse = (query: string, role: Parameters<typeof calendarStateFromParams>[1] = 'TENANT_ADMIN') =>
    calendarStateFromParams(new URLSearchParams(query), role, '2025-03-05');

  it('defaults to "mine" for inspectors and the whole tenant for others, month view, today', () => {
    expect(parse('', 'INSPECTOR')).toMatchObject({ scope: 'mine', view: 'month', anchor: '2025-03-05', states: [] });
    expect(parse('', 'QUALITY_CENTER')).toMatchObject({ scope: 'all' });
    expect(parse('', 'REGIONAL_OPS')).toMatchObject({ scope: 'all' });
  });

  it('reads scope, ids, view, date, open day and drawer states, ignoring junk', () => {
    expect(parse('scope=project&project=p1&region=r9&view=week&date=2025-04-02&day=2025-04-03&states=MISSED,OVERDUE,FOO')).toEqual({
      scope: 'project',
      projectId: 'p1',
      regionId: undefined,
      inspectorId: undefined,
      view: 'week',
      anchor: '2025-04-02',
      day: '2025-04-03',
      states: ['OVERDUE', 'MISSED'],
    });
    expect(parse('scope=nope&view=year&date=2025-02-30&day=x')).toMatchObject({
      scope: 'all',
      view: 'month',
      anchor: '2025-03-05',
      day: undefined,
    });
    // Inspectors cannot look at another inspector's calendar.
    expect(parse('scope=inspector&inspector=u2', 'INSPECTOR')).toMatchObject({ scope: 'mine', inspectorId: undefined });
  });

  it('offers the inspector scope only to non-inspectors who can list members', () => {
    expect(scopeKindsFor('TENANT_ADMIN', true)).toEqual(['all', 'project', 'region', 'inspector', 'mine']);
    expect(scopeKindsFor('QUALITY_CENTER', false)).toEqual(['all', 'project', 'region', 'mine']);
    expect(scopeKindsFor('INSPECTOR', true)).not.toContain('inspector');
    // The data scope: a project-scoped user picks no region; a region-scoped one still may (their own).
    expect(scopeKindsFor('PROJECT_MANAGER', true, 'PROJECTS')).not.toContain('region');
    expect(scopeKindsFor('REGIONAL_OPS', true, 'REGIONS')).toContain('region');
  });

  it('drops the other scopes’ ids when the scope changes', () => {
    expect(scopeParams('region', 'r1')).toEqual({ scope: 'region', project: undefined, region: 'r1', inspector: undefined });
    expect(scopeParams('mine')).toEqual({ scope: 'mine', project: undefined, region: undefined, inspector: undefined });
  });

  it('builds the API scope, or null until the picker has a value', () => {
    expect(toScopeVariable({ scope: 'all' }, 'a', 'b')).toEqual({ from: 'a', to: 'b' });
    expect(toScopeVariable({ scope: 'mine' }, 'a', 'b')).toEqual({ from: 'a', to: 'b', mine: true });
    expect(toScopeVariable({ scope: 'project', projectId: 'p1' }, 'a', 'b')).toEqual({ from: 'a', to: 'b', projectId: 'p1' });
    expect(toScopeVariable({ scope: 'region', regionId: 'r1' }, 'a', 'b')).toEqual({ from: 'a', to: 'b', regionId: 'r1' });
    expect(toScopeVariable({ scope: 'inspector', inspectorId: 'u2' }, 'a', 'b')).toEqual({ from: 'a', to: 'b', assigneeUserId: 'u2' });
    expect(toScopeVariable({ scope: 'project' }, 'a', 'b')).toBeNull();
    expect(toScopeVariable({ scope: 'inspector' }, 'a', 'b')).toBeNull();
  });
});

describe('who may record a completion', () => {
  const inspector = { role: 'INSPECTOR' as const, userId: 'u2' };
  it('allows DUE and OVERDUE only', () => {
    for (const state of ['SCHEDULED', 'COMPLETED', 'LATE', 'MISSED'] as const) {
      expect(mayComplete({ state, assigneeUser: { id: 'u2' } }, inspector)).toBe(false);
    }
    expect(mayComplete({ state: 'DUE', assigneeUser: { id: 'u2' } }, inspector)).toBe(true);
    expect(mayComplete({ state: 'OVERDUE', assigneeUser: { id: 'u2' } }, inspector)).toBe(true);
  });

  it('allows the named assignee, else holders of the assignee role, and planners', () => {
    expect(mayComplete({ state: 'DUE', assigneeUser: { id: 'u3' }, assigneeRole: 'INSPECTOR' }, inspector)).toBe(false);
    expect(mayComplete({ state: 'DUE', assigneeUser: null, assigneeRole: 'INSPECTOR' }, inspector)).toBe(true);
    expect(mayComplete({ state: 'DUE', assigneeUser: null, assigneeRole: 'PROJECT_MANAGER' }, inspector)).toBe(false);
    expect(mayComplete({ state: 'DUE', assigneeUser: { id: 'u3' } }, { role: 'QUALITY_CENTER', userId: 'u1' })).toBe(true);
    expect(mayComplete({ state: 'DUE', assigneeUser: null, assigneeRole: null }, { role: 'VIEWER', userId: 'u1' })).toBe(false);
  });
});

describe('times and feed URLs', () => {
  it('shows times in the project zone', () => {
    expect(localTime('2025-03-03T01:00:00.000Z', 'Asia/Shanghai')).toBe('09:00');
    expect(localTime('2025-03-03T01:00:00.000Z', 'Asia/Urumqi')).toBe('07:00');
    expect(localDateTime('2025-03-03T17:30:00.000Z', 'Asia/Shanghai')).toBe('2025-03-04 01:30');
    expect(localDateTime(null, 'Asia/Shanghai')).toBe('');
  });

  it('builds the https and webcal URLs of a feed path', () => {
    expect(feedUrls('https://pz.example.com', '/calendar/f1.s3cr3t.ics')).toEqual({
      url: 'https://pz.example.com/calendar/f1.s3cr3t.ics',
      webcal: 'webcal://pz.example.com/calendar/f1.s3cr3t.ics',
    });
    expect(feedUrls('http://localhost:4200/', 'calendar/x.ics').webcal).toBe('webcal://localhost:4200/calendar/x.ics');
  });
});
