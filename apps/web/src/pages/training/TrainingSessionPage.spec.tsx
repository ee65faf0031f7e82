import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import TrainingSessionPage from './TrainingSessionPage';
import TrainingCoveragePage from './TrainingCoveragePage';
import { gqlError, renderWithApp, type RecordedOperation } from '../../test/utils';

const PROJECT = {
  __typename: 'Project',
  id: 'p1',
  code: 'SH-001',
  name: '翠湖花园',
  timeZone: 'Asia/Shanghai',
  region: { __typename: 'Region', id: 'r1' },
};
const POSITION = { __typename: 'Position', id: 'pos1', name: '保安', code: 'SECURITY' };

function employee(id: string, name: string) {
  return { __typename: 'Employee', id, name, employeeNo: `SA-${id}`, hireDate: '2024-01-01', position: POSITION, project: PROJECT };
}

const SESSION = {
  __typename: 'TrainingSession',
  id: 's1',
  startsAt: new Date(Date.now() - 3600_000).toISOString(),
  endsAt: new Date(Date.now() + 3600_000).toISOString(),
  localDate: '2026-11-27',
  place: '会议室',
  capacity: 30,
  passMark: 80,
  status: 'PLANNED',
  note: null,
  version: 1,
  enrolledCount: 2,
  courses: [{ __typename: 'Course', id: 'c1', title: '保安员行为规范', outdated: false }],
  trainer: { __typename: 'User', id: 'u1', displayName: '管理员' },
  project: PROJECT,
  enrolments: [
    {
      __typename: 'TrainingEnrolment',
      id: 'e1',
      attendance: null,
      score: null,
      passed: null,
      recordedAt: null,
      employee: employee('1', '张伟'),
    },
    {
      __typename: 'TrainingEnrolment',
      id: 'e2',
      attendance: null,
      score: null,
      passed: null,
      recordedAt: null,
      employee: employee('2', '王强'),
    },
  ],
};

function handler(calls: RecordedOperation[]) {
  return (op: RecordedOperation) => {
    calls.push(op);
    switch (op.operationName) {
      case 'TrainingSession':
        return { data: { trainingSession: SESSION } };
      case 'TrainingOptions':
        return {
          data: {
            positions: [POSITION],
            projects: { __typename: 'ProjectConnection', nodes: [PROJECT] },
            regions: { __typename: 'RegionConnection', nodes: [] },
          },
        };
      case 'TrainingEmployees':
        return {
          data: {
            employees: {
              __typename: 'EmployeeConnection',
              nodes: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              totalCount: 0,
            },
          },
        };
      case 'RecordAttendance':
        return gqlError('BAD_USER_INPUT', 'invalid', {
          fields: [
            {
              path: ['entries', '1', 'score'],
              field: 'score',
              reason: 'INVALID_VALUE',
              message: 'Only someone who attended has a score',
              params: { rule: 'SCORE_WITHOUT_ATTENDANCE' },
            },
          ],
        });
      default:
        return { data: null };
    }
  };
}

describe('TrainingSessionPage', () => {
  it('records attendance with the keyboard and shows a server problem at its row', async () => {
    const calls: RecordedOperation[] = [];
    renderWithApp(<TrainingSessionPage />, { routePath: '/training/sessions/:id', path: '/training/sessions/s1', handler: handler(calls) });
    const sheet = await screen.findByTestId('attendance-sheet');
    expect(await screen.findByText('张伟')).toBeTruthy();
    fireEvent.click(within(sheet).getAllByTestId('sheet-row')[0]);
    for (const key of ['p', '9', '0', 'Enter', 'l', '7']) fireEvent.keyDown(sheet, { key });
    const rows = within(sheet).getAllByTestId('sheet-row');
    expect(rows[0].getAttribute('data-attendance')).toBe('PRESENT');
    expect((within(rows[0]).getByTestId('row-score') as HTMLInputElement).value).toBe('90');
    expect(rows[1].getAttribute('data-attendance')).toBe('LATE');
    fireEvent.click(screen.getByTestId('save-sheet'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'RecordAttendance')).toBe(true));
    const sent = calls.find((c) => c.operationName === 'RecordAttendance')!.variables;
    expect(sent.entries).toEqual([
      { employeeId: '1', attendance: 'PRESENT', score: 90 },
      { employeeId: '2', attendance: 'LATE', score: 7 },
    ]);
    const error = await screen.findByTestId('row-error');
    expect(error.textContent).toBe('缺勤或请假的员工不能有成绩');
    expect(within(sheet).getAllByTestId('sheet-row')[1].getAttribute('data-error')).toBe('true');
  });
});

describe('TrainingCoveragePage', () => {
  it('shows coverage per position and drills down to the requirements', async () => {
    const calls: RecordedOperation[] = [];
    renderWithApp(<TrainingCoveragePage />, {
      routePath: '/training/coverage',
      path: '/training/coverage?by=position',
      handler: (op) => {
        calls.push(op);
        if (op.operationName === 'TrainingCoverage')
          return {
            data: {
              trainingCoverage: [
                {
                  __typename: 'TrainingCoverageRow',
                  required: 24,
                  completed: 8,
                  pending: 0,
                  overdue: 16,
                  expiringSoon: 3,
                  expired: 0,
                  coverage: 33.3,
                  project: null,
                  position: POSITION,
                },
              ],
            },
          };
        if (op.operationName === 'TrainingRequirements')
          return {
            data: {
              trainingRequirements: {
                __typename: 'TrainingRequirementConnection',
                nodes: [],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                totalCount: 0,
              },
            },
          };
        return {
          data: {
            positions: [POSITION],
            projects: { __typename: 'ProjectConnection', nodes: [] },
            regions: { __typename: 'RegionConnection', nodes: [] },
          },
        };
      },
    });
    const row = await screen.findByTestId('coverage-row');
    expect(row.getAttribute('data-name')).toBe('保安');
    expect(within(row).getByTestId('coverage-value').textContent).toBe('33.3%');
    fireEvent.click(within(row).getByTestId('count-overdue'));
    await screen.findByTestId('coverage-drilldown');
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'TrainingRequirements')?.variables.filter).toEqual({
        positionId: 'pos1',
        status: 'OVERDUE',
      }),
    );
  });
});
