import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { gqlError, renderWithApp, type RecordedOperation } from '../../test/utils';
import HolidaysPage from './HolidaysPage';

const LIST = {
  __typename: 'HolidayList',
  id: 'h1',
  name: '2026 法定节假日',
  dates: ['2026-10-01', '2026-10-02'],
  version: 2,
  updatedAt: '2026-01-01T00:00:00Z',
};

function handler(extra: Partial<Record<string, (op: RecordedOperation) => unknown>> = {}) {
  return (op: RecordedOperation) => {
    const custom = extra[op.operationName];
    if (custom) return custom(op) as never;
    if (op.operationName === 'HolidayLists') return { data: { holidayLists: [LIST] } };
    if (op.operationName === 'CreateHolidayList') {
      const input = op.variables.input as { name: string; dates: string[] };
      return { data: { createHolidayList: { ...LIST, id: 'h2', ...input, version: 1 } } };
    }
    return { data: null };
  };
}

describe('holidays page', () => {
  it('creates a list from pasted dates (one per line, ranges too) and reports what is not a date', async () => {
    const { calls } = renderWithApp(<HolidaysPage />, { handler: handler() });
    expect(await screen.findByText('2026 法定节假日')).toBeTruthy();
    fireEvent.click(screen.getByTestId('new-holiday-list'));
    fireEvent.change(await screen.findByTestId('holiday-name'), { target: { value: '2027 春节' } });
    fireEvent.click(screen.getByTestId('holiday-paste-toggle'));
    fireEvent.change(screen.getByLabelText('粘贴日期（每行一个）'), { target: { value: '2027-02-05 ~ 2027-02-07\n2027/2/10\n春节' } });
    fireEvent.click(screen.getByTestId('holiday-paste-add'));
    const feedback = screen.getByTestId('holiday-paste-feedback');
    expect(feedback.textContent).toContain('已添加 4 个日期');
    expect(feedback.textContent).toContain('春节');
    expect(within(screen.getByTestId('holiday-date-tags')).getAllByText(/^2027-02/)).toHaveLength(4);

    fireEvent.click(screen.getByTestId('holiday-save'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CreateHolidayList')).toBe(true));
    expect(calls.find((c) => c.operationName === 'CreateHolidayList')?.variables).toEqual({
      input: { name: '2027 春节', dates: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-10'] },
    });
  });

  it('explains why a list in use cannot be deleted', async () => {
    renderWithApp(<HolidaysPage />, {
      handler: handler({
        DeleteHolidayList: () =>
          gqlError('BAD_USER_INPUT', 'Invalid input', {
            fields: [
              {
                path: ['id'],
                field: 'id',
                reason: 'INVALID_VALUE',
                message: '3 frequencies or defaults use this list; change them first',
                params: { count: 3 },
              },
            ],
          }),
      }),
    });
    fireEvent.click(await screen.findByTestId('delete-holiday-list'));
    fireEvent.click(await screen.findByRole('button', { name: '删 除' }).catch(() => screen.findByRole('button', { name: '删除' })));
    expect(await screen.findByText('有 3 个检查频次或默认频次正在使用「2026 法定节假日」，请先修改它们再删除。')).toBeTruthy();
  });
});
