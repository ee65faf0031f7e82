// A phone's calendar (390 px: the default matchMedia stub matches no min-width) is the agenda:
// day by day, overdue work first, a start button exactly where the API says the caller can start.
import { screen, waitFor, within } from '@testing-library/react';
import InspectionCalendarPage from './InspectionCalendarPage';
import { renderWithApp, setViewportWidth, type RecordedOperation } from '../../test/utils';
import { todayString } from './calendar-utils';

setViewportWidth(390);

const PROJECT = { __typename: 'Project', id: 'p1', code: 'SH-001', name: '翠湖花园', timeZone: 'Asia/Shanghai' };
// The page's today is the browser's day (the test's clock and zone, whatever they are).
const today = todayString();
const at = (day: string, hm: string) => new Date(`${day}T${hm}:00+08:00`).toISOString();
const dayBefore = (day: string) => new Date(new Date(`${day}T12:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);

function occurrence(id: string, day: string, from: string, to: string, state: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'InspectionOccurrence',
    id,
    dueAt: at(day, from),
    localDate: day,
    windowEndsAt: at(day, to),
    allowLate: true,
    state,
    assigneeRole: 'INSPECTOR',
    assigneeUser: null,
    completedAt: null,
    project: PROJECT,
    template: { __typename: 'InspectionTemplate', id: `t-${id}`, name: `检查表${id}` },
    kind: 'INSPECTION',
    patrolRoute: null,
    startableFrom: at(day, from),
    canStart: false,
    ...extra,
  };
}

describe('agenda on a phone', () => {
  it('lists my inspections from today with their windows; start where the API allows it, else from when', async () => {
    const calls: RecordedOperation[] = [];
    renderWithApp(<InspectionCalendarPage />, {
      routePath: '/inspection-calendar',
      path: '/inspection-calendar?scope=mine',
      handler: (op) => {
        calls.push(op);
        if (op.operationName !== 'Agenda') return { data: null };
        return {
          data: {
            upcoming: {
              __typename: 'InspectionOccurrenceConnection',
              totalCount: 3,
              nodes: [
                occurrence('a', today, '09:00', '10:00', 'DUE', { canStart: true }),
                occurrence('b', today, '15:00', '16:00', 'SCHEDULED', { startableFrom: at(today, '13:00') }),
                occurrence('d', today, '22:00', '23:00', 'SCHEDULED', {
                  canStart: true,
                  kind: 'PATROL',
                  template: null,
                  patrolRoute: { __typename: 'PatrolRoute', id: 'r1', name: '夜间安保巡逻' },
                }),
              ],
            },
            overdue: {
              __typename: 'InspectionOccurrenceConnection',
              totalCount: 1,
              nodes: [occurrence('c', dayBefore(today), '10:00', '12:00', 'OVERDUE', { canStart: true })],
            },
          },
        };
      },
    });
    const agenda = await screen.findByTestId('agenda');
    // No month grid and no view switch on a phone.
    expect(screen.queryByTestId('calendar-view')).toBeNull();
    expect(calls.some((c) => c.operationName === 'InspectionCalendar')).toBe(false);
    const vars = calls.find((c) => c.operationName === 'Agenda')!.variables as {
      scope: { from: string; mine: boolean };
      withOverdue: boolean;
    };
    expect(vars.scope.from).toBe(today);
    expect(vars.scope.mine).toBe(true);
    expect(vars.withOverdue).toBe(true);

    await waitFor(() => expect(within(agenda).getAllByTestId('agenda-item')).toHaveLength(4));
    const overdue = within(screen.getByTestId('agenda-overdue')).getByTestId('agenda-item');
    expect(within(overdue).getByTestId('agenda-start')).toBeTruthy();
    const [due, later, patrol] = within(screen.getAllByTestId('agenda-day')[0]).getAllByTestId('agenda-item');
    // A patrol round is named by its route and starts the field app's walk, not the inspection form.
    expect(patrol.textContent).toContain('夜间安保巡逻');
    expect(within(patrol).getByTestId('agenda-patrol')).toBeTruthy();
    expect(within(patrol).getByTestId('agenda-start').getAttribute('href')).toBe('/field/patrol/r1?occurrence=d');
    expect(within(due).getByTestId('agenda-window').textContent).toBe('09:00–10:00');
    expect(within(due).getByTestId('agenda-start').getAttribute('href')).toBe('/inspections/perform?occurrence=a');
    expect(within(later).queryByTestId('agenda-start')).toBeNull();
    expect(within(later).getByTestId('agenda-starts-at').textContent).toContain('13:00 起可开始');
  });
});
