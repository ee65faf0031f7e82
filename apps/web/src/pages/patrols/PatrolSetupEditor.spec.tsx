import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { gqlError, ME_ADMIN, renderWithApp, type RecordedOperation } from '../../test/utils';
import PatrolsPage from './PatrolsPage';

const STANDARD = { __typename: 'Standard', id: 's1', code: 'AQ-001', titleZh: '消防通道畅通', titleEn: 'Fire lanes clear' };

function point(id: string, name: string, zoneId = 'z1', zoneName = '地下车库') {
  return {
    __typename: 'PatrolPoint',
    id,
    name,
    zoneId,
    zoneName,
    locationHint: null,
    version: 1,
    archivedAt: null,
    quickChecks: [],
    qrPath: `/field/p/${id}?k=ABCDEFGHJK`,
  };
}

const POINTS = [point('pt1', '1 号门岗'), point('pt2', '消防泵房', 'z2', '设备房')];
const HOLIDAYS = {
  __typename: 'HolidayList',
  id: 'h1',
  name: '法定节假日',
  dates: ['2026-10-01'],
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
};
/** A route walked every evening at 20:00 by one guard, except on holidays. */
const SCHEDULED = {
  __typename: 'PatrolRoute',
  id: 'r1',
  name: '夜间巡逻',
  note: null,
  version: 2,
  archivedAt: null,
  pointIds: ['pt1', 'pt2'],
  pointCount: 2,
  schedule: {
    __typename: 'InspectionFrequency',
    id: 'f1',
    ruleText: '每天 20:00',
    rrule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
    startDate: '2026-01-05',
    endDate: null,
    excludedDates: ['2026-02-17'],
    windowMinutes: 90,
    allowLate: true,
    assigneeRole: null,
    note: '夜班',
    assigneeUser: { __typename: 'User', id: 'u9', displayName: '王巡检' },
    holidayList: { __typename: 'HolidayList', id: 'h1' },
  },
};
/** The editor's answer with the scheduled route. */
const withRoute = (handle: (op: RecordedOperation) => unknown) => (op: RecordedOperation) => {
  const answer = handle(op) as { data: { patrolRoutes: unknown[] } };
  return { data: { ...answer.data, patrolRoutes: [SCHEDULED] } };
};

function handler(extra: Partial<Record<string, (op: RecordedOperation) => unknown>> = {}) {
  return (op: RecordedOperation) => {
    const custom = extra[op.operationName];
    if (custom) return custom(op) as never;
    switch (op.operationName) {
      case 'PatrolProjectOptions':
        return {
          data: {
            projects: {
              __typename: 'ProjectConnection',
              nodes: [{ __typename: 'Project', id: 'p1', code: 'SH-001', name: '静安府', timeZone: 'Asia/Shanghai' }],
            },
          },
        };
      case 'PatrolSetup':
        return { data: { patrolRoutes: [], patrolPoints: POINTS } };
      case 'PatrolEditor':
        return {
          data: {
            project: {
              __typename: 'Project',
              id: 'p1',
              timeZone: 'Asia/Shanghai',
              property: {
                __typename: 'Property',
                id: 'pr1',
                zones: [
                  { __typename: 'Zone', id: 'z1', name: '地下车库' },
                  { __typename: 'Zone', id: 'z2', name: '设备房' },
                ],
              },
            },
            patrolPoints: POINTS,
            patrolRoutes: [],
          },
        };
      case 'HolidayLists':
        return { data: { holidayLists: [HOLIDAYS] } };
      case 'PlanningAssignees':
        return {
          data: {
            inspectionAssignees: [
              { __typename: 'InspectionAssignee', role: 'INSPECTOR', user: { __typename: 'User', id: 'u9', displayName: '王巡检' } },
            ],
          },
        };
      case 'UpdatePatrolRoute': {
        const input = op.variables.input as { name: string; pointIds: string[] };
        return { data: { updatePatrolRoute: { ...SCHEDULED, name: input.name, version: 3 } } };
      }
      case 'PatrolStandardOptions':
        return { data: { standards: { __typename: 'StandardConnection', nodes: [STANDARD] } } };
      case 'CreatePatrolPoint': {
        const input = op.variables.input as { name: string; zoneId: string };
        return { data: { createPatrolPoint: { ...point('pt3', input.name, input.zoneId), quickChecks: [STANDARD] } } };
      }
      case 'CreatePatrolRoute': {
        const input = op.variables.input as { name: string; pointIds: string[] };
        return {
          data: {
            createPatrolRoute: {
              __typename: 'PatrolRoute',
              id: 'r1',
              name: input.name,
              note: null,
              version: 1,
              archivedAt: null,
              pointIds: input.pointIds,
              pointCount: input.pointIds.length,
              schedule: null,
            },
          },
        };
      }
      default:
        return { data: null };
    }
  };
}

async function choose(testId: string, title: string, scope: HTMLElement | Document = document) {
  fireEvent.mouseDown(within(within(scope as HTMLElement).getByTestId(testId)).getByRole('combobox'));
  const options = await screen.findAllByTitle(title);
  fireEvent.click(options[options.length - 1]);
}

describe('patrol points and routes set-up', () => {
  it('creates a point in a zone with a quick check from the standards library', async () => {
    const { calls } = renderWithApp(<PatrolsPage />, { path: '/?project=p1&tab=setup', handler: handler() });
    const table = await screen.findByTestId('patrol-points-table');
    await waitFor(() => expect(within(table).getByText('消防泵房')).toBeTruthy());

    fireEvent.click(screen.getByTestId('patrol-point-new'));
    const dialog = await screen.findByRole('dialog');
    await choose('patrol-point-zone', '设备房', dialog);
    fireEvent.change(within(dialog).getByTestId('patrol-point-name'), { target: { value: '  配电房 ' } });
    fireEvent.change(within(dialog).getByTestId('patrol-point-hint'), { target: { value: '2 号楼 B1' } });
    await choose('patrol-point-checks', 'AQ-001 消防通道畅通', dialog);
    fireEvent.click(screen.getByTestId('patrol-point-save'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CreatePatrolPoint')).toBe(true));
    expect(calls.find((c) => c.operationName === 'CreatePatrolPoint')?.variables).toEqual({
      projectId: 'p1',
      input: { zoneId: 'z2', name: '配电房', locationHint: '2 号楼 B1', quickCheckStandardIds: ['s1'] },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('creates a route of two points in walking order', async () => {
    const { calls } = renderWithApp(<PatrolsPage />, { path: '/?project=p1&tab=setup', handler: handler() });
    await waitFor(() => expect(within(screen.getByTestId('patrol-points-table')).getByText('消防泵房')).toBeTruthy());
    fireEvent.click(screen.getByTestId('patrol-route-new'));
    const routeDialog = await screen.findByRole('dialog');
    fireEvent.change(within(routeDialog).getByTestId('patrol-route-name'), { target: { value: '夜间巡逻' } });
    await choose('patrol-route-add-point', '1 号门岗 · 地下车库', routeDialog);
    await choose('patrol-route-add-point', '消防泵房 · 设备房', routeDialog);
    // The pump room first: move it up.
    const rows = within(routeDialog).getAllByTestId('patrol-route-point');
    expect(rows.map((r) => r.textContent)).toEqual(['1. 1 号门岗 · 地下车库', '2. 消防泵房 · 设备房']);
    fireEvent.click(within(rows[1]).getByRole('button', { name: 'up' }));
    expect(within(routeDialog).getAllByTestId('patrol-route-point')[0].textContent).toContain('消防泵房');
    fireEvent.click(screen.getByTestId('patrol-route-save'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CreatePatrolRoute')).toBe(true));
    expect(calls.find((c) => c.operationName === 'CreatePatrolRoute')?.variables).toEqual({
      projectId: 'p1',
      input: { name: '夜间巡逻', note: null, pointIds: ['pt2', 'pt1'] },
    });
  });

  it('schedules a new route with the planning schedule fields: rule, window, assignee role, first day', async () => {
    const { calls } = renderWithApp(<PatrolsPage />, { path: '/?project=p1&tab=setup', handler: handler() });
    await waitFor(() => expect(within(screen.getByTestId('patrol-points-table')).getByText('消防泵房')).toBeTruthy());
    fireEvent.click(screen.getByTestId('patrol-route-new'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('patrol-route-name'), { target: { value: '白班巡逻' } });
    await choose('patrol-route-add-point', '1 号门岗 · 地下车库', dialog);
    expect(within(dialog).queryByTestId('patrol-route-schedule')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('patrol-route-scheduled'));
    const schedule = await within(dialog).findByTestId('patrol-route-schedule');
    // A route has no checklist and no "after completion" rule.
    expect(within(schedule).queryByTestId('frequency-template-select')).toBeNull();
    expect(within(schedule).queryByTestId('frequency-anchor')).toBeNull();
    expect(within(schedule).getByTestId('rule-builder')).toBeTruthy();
    fireEvent.change(within(schedule).getByTestId('frequency-window'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('patrol-route-save'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CreatePatrolRoute')).toBe(true));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(calls.find((c) => c.operationName === 'CreatePatrolRoute')?.variables).toEqual({
      projectId: 'p1',
      input: {
        name: '白班巡逻',
        note: null,
        pointIds: ['pt1'],
        schedule: {
          rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
          windowMinutes: 180, // 3 hours: the window's unit follows the 120-minute default
          allowLate: false,
          holidayListId: null,
          assigneeRole: 'INSPECTOR',
          assigneeUserId: null,
          startDate: today,
          endDate: null,
          excludedDates: [],
          note: null,
        },
      },
    });
  });

  it('edits a route’s schedule as it is, or stops it', async () => {
    const { calls } = renderWithApp(<PatrolsPage />, {
      path: '/?project=p1&tab=setup',
      handler: handler({
        PatrolEditor: withRoute(handler()),
        // The report tab's list shares the cache's patrolRoutes field.
        PatrolSetup: () => ({
          data: {
            patrolRoutes: [{ ...SCHEDULED, points: POINTS.map((p) => ({ __typename: 'PatrolPoint', id: p.id, name: p.name })) }],
            patrolPoints: POINTS,
          },
        }),
      }),
    });
    const routes = await screen.findByTestId('patrol-routes-table');
    await waitFor(() => expect(within(routes).getByText('每天 20:00')).toBeTruthy());
    fireEvent.click(within(routes).getByTestId('patrol-route-edit'));
    let dialog = await screen.findByRole('dialog');
    const schedule = await within(dialog).findByTestId('patrol-route-schedule');
    await waitFor(() => expect(within(schedule).getByTestId('frequency-assignee-user').textContent).toContain('王巡检'));
    fireEvent.click(screen.getByTestId('patrol-route-save'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'UpdatePatrolRoute')).toBe(true));
    expect(calls.find((c) => c.operationName === 'UpdatePatrolRoute')?.variables).toEqual({
      id: 'r1',
      expectedVersion: 2,
      input: {
        name: '夜间巡逻',
        note: null,
        pointIds: ['pt1', 'pt2'],
        schedule: {
          rrule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
          windowMinutes: 90,
          allowLate: true,
          holidayListId: 'h1',
          assigneeRole: null,
          assigneeUserId: 'u9',
          startDate: '2026-01-05', // already started: kept although in the past
          endDate: null,
          excludedDates: ['2026-02-17'],
          note: '夜班',
        },
      },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Switched off: the route is walked on demand only.
    fireEvent.click(within(routes).getByTestId('patrol-route-edit'));
    dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByTestId('patrol-route-scheduled'));
    expect(within(dialog).queryByTestId('patrol-route-schedule')).toBeNull();
    fireEvent.click(screen.getByTestId('patrol-route-save'));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'UpdatePatrolRoute')).toHaveLength(2));
    expect((calls.filter((c) => c.operationName === 'UpdatePatrolRoute')[1]?.variables.input as { schedule: unknown }).schedule).toBeNull();
  });

  it('puts a server problem of the schedule on its field', async () => {
    renderWithApp(<PatrolsPage />, {
      path: '/?project=p1&tab=setup',
      handler: handler({
        CreatePatrolRoute: () =>
          gqlError('BAD_USER_INPUT', 'Invalid input', {
            fields: [
              { path: ['input', 'schedule', 'rrule'], field: 'rrule', reason: 'INVALID_VALUE', message: 'No occurrence in the next year' },
            ],
          }),
      }),
    });
    await waitFor(() => expect(within(screen.getByTestId('patrol-points-table')).getByText('消防泵房')).toBeTruthy());
    fireEvent.click(screen.getByTestId('patrol-route-new'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('patrol-route-name'), { target: { value: '白班巡逻' } });
    await choose('patrol-route-add-point', '1 号门岗 · 地下车库', dialog);
    fireEvent.click(within(dialog).getByTestId('patrol-route-scheduled'));
    const schedule = await within(dialog).findByTestId('patrol-route-schedule');
    fireEvent.click(screen.getByTestId('patrol-route-save'));
    const item = within(schedule).getByTestId('rule-builder').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(item.querySelector('.ant-form-item-explain-error')).not.toBeNull());
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows a server field error on the field it belongs to', async () => {
    const { calls } = renderWithApp(<PatrolsPage />, {
      path: '/?project=p1&tab=setup',
      handler: handler({
        CreatePatrolPoint: () =>
          gqlError('BAD_USER_INPUT', 'Invalid input', {
            fields: [
              {
                path: ['input', 'name'],
                field: 'name',
                reason: 'TAKEN',
                message: 'A point of this zone already has this name',
              },
            ],
          }),
      }),
    });
    fireEvent.click(await screen.findByTestId('patrol-point-new'));
    const dialog = await screen.findByRole('dialog');
    await choose('patrol-point-zone', '地下车库', dialog);
    fireEvent.change(within(dialog).getByTestId('patrol-point-name'), { target: { value: '1 号门岗' } });
    fireEvent.click(screen.getByTestId('patrol-point-save'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CreatePatrolPoint')).toBe(true));
    const item = within(dialog).getByTestId('patrol-point-name').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(item.querySelector('.ant-form-item-explain-error')?.textContent).toBe('该值已被使用，请换一个'));
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('offers no set-up to roles that do not manage patrols', async () => {
    renderWithApp(<PatrolsPage />, { path: '/?project=p1&tab=setup', handler: handler(), me: { ...ME_ADMIN, role: 'INSPECTOR' } });
    expect(await screen.findByTestId('patrols-page')).toBeTruthy();
    expect(screen.queryByTestId('patrol-tabs')).toBeNull();
    expect(screen.queryByTestId('patrol-point-new')).toBeNull();
  });
});
