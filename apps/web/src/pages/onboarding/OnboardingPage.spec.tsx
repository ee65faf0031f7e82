import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import OnboardingPage from './OnboardingPage';
import { gqlError, renderWithApp, type RecordedOperation } from '../../test/utils';

const DEPT = (id: string, name: string) => ({ __typename: 'Department', id, name, nameEn: null, members: [] });
const QC = DEPT('d1', '品质控制管理中心');
const SUPPORT = DEPT('d2', '运营支持管理中心');

function task(id: string, phase: string, title: string, status: string, required = true) {
  return {
    __typename: 'OnboardingTask',
    id,
    phase,
    position: 0,
    title,
    dueDate: '2026-12-01',
    required,
    status,
    skipReason: null,
    late: false,
    version: 1,
    checklist: [],
    deliverable: null,
    completionBlockers: [],
    owner: { __typename: 'Department', id: 'd2', name: '运营支持管理中心', nameEn: 'Operations Support' },
    collaborators: [{ __typename: 'Department', id: 'd1', name: '品质控制管理中心', nameEn: 'Quality Center' }],
    assignee: null,
    events: [],
  };
}

const ONBOARDING = {
  __typename: 'Onboarding',
  id: 'o1',
  status: 'ACTIVE',
  startDate: '2026-11-20',
  completedAt: null,
  handbookId: null,
  frequencyCount: null,
  requirementCount: null,
  version: 1,
  project: {
    __typename: 'Project',
    id: 'p1',
    code: 'GZ-003',
    name: '市民服务中心物业服务',
    stage: 'SURVEY',
    version: 2,
    timeZone: 'Asia/Shanghai',
    property: { __typename: 'Property', id: 'pr1', name: '市民服务中心', format: 'PUBLIC_BUILDING' },
    region: { __typename: 'Region', id: 'r1', name: '华南区域' },
  },
  template: { __typename: 'OnboardingTemplate', id: 't1', name: '公共建筑前期接管模板' },
  gate: {
    __typename: 'GateStatus',
    nextStage: 'PROPOSAL',
    phases: ['SITE_SURVEY', 'SERVICE_PLANNING'],
    open: false,
    blockers: [{ __typename: 'OnboardingTask', id: 'k2', title: '服务策划' }],
  },
  tasks: [task('k1', 'SITE_SURVEY', '现场踏勘', 'DONE'), task('k2', 'SERVICE_PLANNING', '服务策划', 'TODO')],
  survey: null,
  proposal: null,
  events: [],
};

function handler(calls: RecordedOperation[]) {
  return (op: RecordedOperation) => {
    calls.push(op);
    switch (op.operationName) {
      case 'Onboarding':
        return {
          data: {
            onboarding: ONBOARDING,
            positions: [{ __typename: 'Position', id: 'pos1', name: '保安' }],
            departments: [QC, SUPPORT],
            myDepartments: [],
          },
        };
      case 'AdvanceOnboarding':
        return gqlError('BAD_USER_INPUT', 'invalid', {
          fields: [{ path: ['overrideReason'], field: 'overrideReason', reason: 'TOO_LONG', message: 'too long', params: { max: 500 } }],
        });
      case 'SaveSiteSurvey':
        return gqlError('BAD_USER_INPUT', 'invalid', {
          fields: [
            {
              path: ['input', 'staffing', '0', 'positionId'],
              field: 'positionId',
              reason: 'NOT_FOUND',
              message: 'This position does not exist',
            },
          ],
        });
      default:
        return { data: null };
    }
  };
}

describe('OnboardingPage', () => {
  it('shows the closed gate with its blockers, and an admin override’s server error at the reason field', async () => {
    const calls: RecordedOperation[] = [];
    renderWithApp(<OnboardingPage />, { routePath: '/onboarding/:id', path: '/onboarding/o1', handler: handler(calls) });
    const gate = await screen.findByTestId('gate-closed');
    expect(within(gate).getByText('服务策划')).toBeTruthy();
    expect(screen.queryByTestId('advance')).toBeNull();
    expect(screen.getByTestId('phase-SITE_SURVEY')).toBeTruthy();
    fireEvent.click(screen.getByTestId('override'));
    fireEvent.change(await screen.findByTestId('override-reason'), { target: { value: '开发商要求提前出具方案' } });
    fireEvent.click(screen.getByTestId('override-confirm'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'AdvanceOnboarding')).toBe(true));
    expect(calls.find((c) => c.operationName === 'AdvanceOnboarding')!.variables).toMatchObject({
      id: 'o1',
      overrideReason: '开发商要求提前出具方案',
      expectedProjectVersion: 2,
    });
    expect(await screen.findByText('不能超过 500 个字符')).toBeTruthy();
  }); // the whole page with five phase tables is slow to render in jsdom on a loaded machine: the suite allows 120 s

  it('puts a survey field error on its row in the user’s language', async () => {
    const calls: RecordedOperation[] = [];
    renderWithApp(<OnboardingPage />, {
      routePath: '/onboarding/:id',
      path: '/onboarding/o1?tab=survey',
      handler: handler(calls),
      language: 'en-US',
    });
    fireEvent.click(await screen.findByTestId('survey-add-staffing'));
    fireEvent.mouseDown(
      screen.getByTestId('staffing-position').querySelector('.ant-select-selector') ?? screen.getByTestId('staffing-position'),
    );
    fireEvent.click(await screen.findByText('保安', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(screen.getByTestId('survey-save'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'SaveSiteSurvey')).toBe(true));
    expect(calls.find((c) => c.operationName === 'SaveSiteSurvey')!.variables).toMatchObject({
      onboardingId: 'o1',
      input: { staffing: [{ headcount: 1 }] },
    });
    expect(await screen.findByText('The selected record does not exist or was removed')).toBeTruthy();
  });
});
