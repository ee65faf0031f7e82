import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import InspectionCalendarPage from './InspectionCalendarPage';
import { currentUrl, gqlError, ME_ADMIN, renderWithApp, setViewportWidth, type RecordedOperation } from '../../test/utils';

// A desktop: the month grid (phones get the agenda; see the last test's file, AgendaView.spec.tsx).
setViewportWidth(1280);

const PROJECT = { __typename: 'Project', id: 'p1', code: 'SH-001', name: '滨江花园', timeZone: 'Asia/Shanghai' };

function occurrence(id: string, dueAt: string, state: string, template: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'InspectionOccurrence',
    id,
    dueAt,
    localDate: '2025-03-10',
    windowEndsAt: '2025-03-10T03:00:00.000Z',
    allowLate: true,
    state,
    assigneeRole: 'INSPECTOR',
    assigneeUser: { __typename: 'User', id: 'u2', displayName: '张检查' },
    completedAt: null,
    project: PROJECT,
    template: { __typename: 'InspectionTemplate', id: `t-${id}`, name: template },
    ...extra,
  };
}

const counts = (over: Record<string, number>) => ({
  __typename: 'OccurrenceCounts',
  total: 0,
  scheduled: 0,
  due: 0,
  overdue: 0,
  completed: 0,
  late: 0,
  missed: 0,
  ...over,
});

const DAY_ITEMS = [
  occurrence('o1', '2025-03-10T01:00:00.000Z', 'OVERDUE', '公共区域保洁检查'),
  occurrence('o2', '2025-03-10T06:30:00.000Z', 'COMPLETED', '消防设施巡查', { completedAt: '2025-03-10T06:40:00.000Z' }),
  occurrence('o3', '2025-03-10T08:00:00.000Z', 'MISSED', '电梯机房检查', { allowLate: false }),
];

function handler(op: RecordedOperation) {
  switch (op.operationName) {
    case 'CalendarProjectOptions':
      return { data: { projects: { __typename: 'ProjectConnection', nodes: [PROJECT] } } };
    case 'InspectionCalendar': {
      const scope = op.variables.scope as { from: string; to: string };
      return {
        data: {
          inspectionCalendar: {
            __typename: 'InspectionCalendar',
            from: scope.from,
            to: scope.to,
            totals: counts({ total: 6, overdue: 1, completed: 1, missed: 1, scheduled: 3 }),
            days: [
              {
                __typename: 'CalendarDay',
                date: '2025-03-10',
                counts: counts({ total: 4, overdue: 1, completed: 1, missed: 1, scheduled: 1 }),
                items: DAY_ITEMS,
              },
              {
                __typename: 'CalendarDay',
                date: '2025-03-12',
                counts: counts({ total: 2, scheduled: 2 }),
                items: [occurrence('o5', '2025-03-12T02:00:00.000Z', 'SCHEDULED', '绿化养护检查', { localDate: '2025-03-12' })],
              },
            ],
          },
        },
      };
    }
    case 'CalendarOccurrences':
      return {
        data: {
          inspectionOccurrences: {
            __typename: 'InspectionOccurrenceConnection',
            nodes: [...DAY_ITEMS, occurrence('o4', '2025-03-10T10:00:00.000Z', 'SCHEDULED', '夜间安防巡查')].map((o) => ({
              ...o,
              completedBy: null,
              completionNote: null,
            })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c4' },
            totalCount: 4,
          },
        },
      };
    case 'CompleteInspectionOccurrence':
      return gqlError('BAD_USER_INPUT', 'Invalid input', {
        fields: [
          {
            path: ['id'],
            field: 'id',
            reason: 'INVALID_TRANSITION',
            message: 'The window closed and late submission is not allowed: this one is missed',
            params: { windowEndsAt: '2025-03-10T03:00:00.000Z' },
          },
        ],
      });
    case 'CalendarFeeds':
      return { data: { calendarFeeds: [] } };
    case 'CreateCalendarFeed':
      return {
        data: {
          createCalendarFeed: {
            __typename: 'CreatedCalendarFeed',
            path: '/calendar/f1.s3cr3t.ics',
            feed: {
              __typename: 'CalendarFeed',
              id: 'f1',
              kind: 'USER',
              project: null,
              createdAt: '2025-03-05T00:00:00.000Z',
              lastUsedAt: null,
              revokedAt: null,
            },
          },
        },
      };
    default:
      return { data: null };
  }
}

const byName = (calls: RecordedOperation[], name: string) => calls.filter((c) => c.operationName === name);

describe('inspection calendar', () => {
  it("shows a project's month from the URL, opens a day and reports a refused completion", async () => {
    const { calls, router } = renderWithApp(<InspectionCalendarPage />, {
      routePath: '/inspection-calendar',
      path: '/inspection-calendar?scope=project&project=p1&date=2025-03-10',
      handler,
    });

    const day = await screen.findByTestId('calendar-day-2025-03-10');
    // Narrow scope: the month grid (whole weeks) with up to 3 items per day.
    expect(byName(calls, 'InspectionCalendar')[0].variables).toEqual({
      scope: { from: '2025-02-24', to: '2025-04-06', projectId: 'p1' },
      itemsPerDay: 3,
    });
    await waitFor(() => expect(within(day).getAllByTestId('calendar-item')).toHaveLength(3));
    const items = within(day).getAllByTestId('calendar-item');
    expect(items[0].textContent).toContain('09:00');
    expect(items[0].textContent).toContain('公共区域保洁检查');
    expect(within(day).getByText('还有 1 项')).toBeTruthy();
    // A project's day lists its items with their state's colour and no per-state badges too (each
    // count shows once); the legend says what the colours mean; the day is highlighted.
    expect(items.map((i) => i.getAttribute('data-state'))).toContain('OVERDUE');
    expect(within(day).queryByTestId('calendar-state-OVERDUE')).toBeNull();
    expect(within(screen.getByTestId('calendar-legend')).getByText('逾期未检')).toBeTruthy();
    expect(day.getAttribute('data-alert')).toBe('true');
    expect(screen.getByTestId('calendar-day-2025-03-12').getAttribute('data-alert')).toBeNull();
    expect(screen.getByTestId('calendar-title').textContent).toBe('2025年3月');
    expect(screen.getByTestId('calendar-total-total').textContent).toContain('6');

    // Click the day → drawer with the full, paginated list of that day.
    fireEvent.click(day);
    await waitFor(() => expect(currentUrl(router)).toBe('/inspection-calendar?scope=project&project=p1&date=2025-03-10&day=2025-03-10'));
    const drawer = await screen.findByTestId('day-drawer');
    expect(within(drawer).getByText('2025年3月10日 周一 的检查')).toBeTruthy();
    await waitFor(() => expect(within(drawer).getAllByTestId('calendar-item')).toHaveLength(4));
    expect(byName(calls, 'CalendarOccurrences')[0].variables).toEqual({
      scope: { from: '2025-03-10', to: '2025-03-10', projectId: 'p1' },
      states: null,
      first: 50,
    });
    expect(within(drawer).getByText('夜间安防巡查')).toBeTruthy();
    expect(within(drawer).getAllByTestId('calendar-state-MISSED')).toHaveLength(1);
    // Only the overdue one can still be recorded.
    const buttons = within(drawer).getAllByTestId('complete-occurrence');
    expect(buttons).toHaveLength(1);

    fireEvent.click(buttons[0]);
    fireEvent.change(await screen.findByTestId('complete-note'), { target: { value: '已补检' } });
    fireEvent.click(screen.getByText('确认完成'));
    expect(await screen.findByText('完成时限已过且不允许补检，该检查已记为漏检。')).toBeTruthy();
    expect(byName(calls, 'CompleteInspectionOccurrence')[0].variables).toEqual({ id: 'o1', note: '已补检' });
  });

  it('keeps view and date in the URL and creates an iCal feed shown once', async () => {
    const { calls, router } = renderWithApp(<InspectionCalendarPage />, {
      routePath: '/inspection-calendar',
      path: '/inspection-calendar?date=2025-03-10',
      handler,
      me: { ...ME_ADMIN, role: 'QUALITY_CENTER' },
    });
    await screen.findByTestId('calendar-day-2025-03-10');
    // Whole tenant: counts only, no items in month cells.
    expect(byName(calls, 'InspectionCalendar')[0].variables).toEqual({ scope: { from: '2025-02-24', to: '2025-04-06' }, itemsPerDay: 0 });
    expect(within(screen.getByTestId('calendar-scope')).getByText('检查员')).toBeTruthy(); // the Quality Center can view an inspector's calendar

    fireEvent.click(screen.getByTestId('calendar-view-week'));
    await waitFor(() => expect(currentUrl(router)).toBe('/inspection-calendar?date=2025-03-10&view=week'));
    await waitFor(() =>
      expect(byName(calls, 'InspectionCalendar').at(-1)?.variables).toEqual({
        scope: { from: '2025-03-10', to: '2025-03-16' },
        itemsPerDay: 50,
      }),
    );
    const weekItems = await within(await screen.findByTestId('calendar-day-2025-03-10')).findAllByTestId('calendar-item');
    expect(weekItems.map((i) => i.textContent?.slice(0, 5))).toEqual(['09:00', '14:30', '16:00']);

    fireEvent.click(screen.getByTestId('calendar-next'));
    await waitFor(() => expect(currentUrl(router)).toBe('/inspection-calendar?date=2025-03-17&view=week'));
    fireEvent.click(screen.getByTestId('calendar-prev'));
    fireEvent.click(screen.getByTestId('calendar-prev'));
    await waitFor(() => expect(currentUrl(router)).toBe('/inspection-calendar?date=2025-03-03&view=week'));

    fireEvent.click(screen.getByTestId('ical-button'));
    fireEvent.click(await screen.findByTestId('ical-create-mine'));
    const url = await screen.findByTestId('ical-url');
    expect(url.textContent).toContain(`${window.location.origin}/calendar/f1.s3cr3t.ics`);
    expect(screen.getByTestId('ical-webcal').textContent).toContain('webcal://');
    expect(screen.getByText(/此链接只显示这一次/)).toBeTruthy();
    expect(byName(calls, 'CreateCalendarFeed')[0].variables).toEqual({ projectId: null });
  });
});
