import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { gqlError, renderWithApp, type RecordedOperation } from '../../test/utils';
import FrequencyDefaultsPage, { problemsByItem } from './FrequencyDefaultsPage';

const DEFAULTS = [
  {
    __typename: 'InspectionFrequencyDefault',
    id: 'd1',
    format: 'OFFICE',
    position: 1,
    anchor: 'CALENDAR',
    rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
    periodUnit: null,
    periodCount: null,
    startTime: null,
    windowMinutes: 120,
    allowLate: false,
    assigneeRole: 'INSPECTOR',
    holidayList: null,
    template: { __typename: 'InspectionTemplate', id: 'tpl-1', name: '大堂巡检' },
  },
  {
    __typename: 'InspectionFrequencyDefault',
    id: 'd2',
    format: 'OFFICE',
    position: 2,
    anchor: 'AFTER_COMPLETION',
    rrule: null,
    periodUnit: 'WEEK',
    periodCount: 1,
    startTime: '10:00',
    windowMinutes: 1440,
    allowLate: true,
    assigneeRole: 'PROJECT_MANAGER',
    holidayList: { __typename: 'HolidayList', id: 'h1', name: '2026 法定节假日' },
    template: { __typename: 'InspectionTemplate', id: 'tpl-2', name: '消防设施月检' },
  },
];

function handler(save: (op: RecordedOperation) => unknown) {
  return (op: RecordedOperation) => {
    if (op.operationName === 'InspectionFrequencyDefaults')
      return { data: { inspectionFrequencyDefaults: op.variables.format === 'OFFICE' ? DEFAULTS : [] } };
    if (op.operationName === 'SaveInspectionFrequencyDefaults') return save(op) as never;
    return { data: null };
  };
}

describe('default frequencies page', () => {
  it('reorders the defaults of a format and saves the whole set', async () => {
    const { calls } = renderWithApp(<FrequencyDefaultsPage />, {
      path: '/inspection-defaults?format=OFFICE',
      routePath: '/inspection-defaults',
      handler: handler(() => ({ data: { saveInspectionFrequencyDefaults: [DEFAULTS[1], DEFAULTS[0]] } })),
    });
    const table = await screen.findByTestId('defaults-table');
    await waitFor(() => expect(within(table).getByText('大堂巡检')).toBeTruthy());
    expect(within(table).getByText('上次完成后 1 周，首次 10:00')).toBeTruthy();
    expect((screen.getByTestId('save-defaults') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(table).getAllByLabelText('下移')[0]);
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    fireEvent.click(screen.getByTestId('save-defaults'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'SaveInspectionFrequencyDefaults')).toBe(true));
    const saved = calls.find((c) => c.operationName === 'SaveInspectionFrequencyDefaults')!;
    expect(saved.variables.format).toBe('OFFICE');
    expect(saved.variables.items).toEqual([
      {
        templateId: 'tpl-2',
        anchor: 'AFTER_COMPLETION',
        rrule: null,
        periodUnit: 'WEEK',
        periodCount: 1,
        startTime: '10:00',
        windowMinutes: 1440,
        allowLate: true,
        holidayListId: 'h1',
        assigneeRole: 'PROJECT_MANAGER',
      },
      {
        templateId: 'tpl-1',
        anchor: 'CALENDAR',
        rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
        periodUnit: null,
        periodCount: null,
        startTime: null,
        windowMinutes: 120,
        allowLate: false,
        holidayListId: null,
        assigneeRole: 'INSPECTOR',
      },
    ]);
  });

  it('names the item and the problem when the server refuses the set', async () => {
    renderWithApp(<FrequencyDefaultsPage />, {
      path: '/inspection-defaults?format=OFFICE',
      routePath: '/inspection-defaults',
      handler: handler(() =>
        gqlError('BAD_USER_INPUT', 'Invalid input', {
          fields: [
            { path: ['items', '1', 'templateId'], field: 'templateId', reason: 'INVALID_VALUE', message: 'This checklist is archived' },
          ],
        }),
      ),
    });
    const table = await screen.findByTestId('defaults-table');
    await waitFor(() => expect(within(table).getByText('大堂巡检')).toBeTruthy());
    fireEvent.click(within(table).getAllByLabelText('上移')[1]);
    fireEvent.click(screen.getByTestId('save-defaults'));
    const problems = await screen.findByTestId('defaults-problems');
    expect(problems.textContent).toContain('第 2 项（大堂巡检）：取值无效');
  });

  it('says what to do for a format without defaults', async () => {
    renderWithApp(<FrequencyDefaultsPage />, {
      path: '/inspection-defaults?format=RESIDENTIAL',
      routePath: '/inspection-defaults',
      handler: handler(() => ({ data: null })),
    });
    expect(await screen.findByText('「住宅」业态还没有默认频次')).toBeTruthy();
  });

  it('groups server problems by item index', () => {
    const p = (path: string[]) => ({ path, field: path[path.length - 1], reason: 'REQUIRED', message: '' });
    const { byItem, rest } = problemsByItem([
      p(['items', '0', 'rrule']),
      p(['items', '2', 'windowMinutes']),
      p(['items', '0', 'templateId']),
      p(['format']),
    ]);
    expect([...byItem.keys()]).toEqual([0, 2]);
    expect(byItem.get(0)).toHaveLength(2);
    expect(rest).toHaveLength(1);
  });
});
