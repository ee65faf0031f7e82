import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ComplaintPage from './ComplaintPage';
import { complaintFilterFromParams } from './ComplaintsPage';
import { ME_ADMIN, renderWithApp, type RecordedOperation } from '../../test/utils';

const PROJECT = { __typename: 'Project', id: 'p1', code: 'SH-001', name: '翠湖花园', timeZone: 'Asia/Shanghai' };
const USER = (id: string, displayName: string) => ({ __typename: 'User', id, displayName });

function complaint(state: 'RESOLVED' | 'VERIFIED') {
  const resolved = state === 'RESOLVED';
  return {
    __typename: 'Complaint',
    id: 'c1',
    title: '地下车库漏水',
    state,
    source: 'OWNER_RESIDENT',
    category: 'COMPLAINT',
    severity: 'MAJOR',
    openedAt: '2026-11-20T02:00:00.000Z',
    dueAt: '2026-11-27T02:00:00.000Z',
    overdue: false,
    escalationLevel: 0,
    version: resolved ? 4 : 5,
    project: PROJECT,
    region: { __typename: 'Region', id: 'r1', name: '华东区域' },
    description: '车库顶板渗水',
    evidenceFileIds: [],
    inspectionId: null,
    itemResultId: null,
    feedbackId: null,
    resolutionNote: '防水层已更换',
    verificationNote: resolved ? null : '复查无渗水',
    resolvedAt: '2026-11-25T02:00:00.000Z',
    verifiedAt: resolved ? null : '2026-11-26T02:00:00.000Z',
    reopenCount: 0,
    createdBy: USER('u1', '李静'),
    resolvedBy: USER('u1', '李静'),
    verifiedBy: resolved ? null : USER('u2', '钱芳'),
    discussions: [
      {
        __typename: 'ComplaintDiscussion',
        id: 'd1',
        heldOn: '2026-11-21',
        departments: ['QUALITY_CENTER', 'ENGINEERING'],
        minutes: '工程部现场查看',
        decisions: '更换防水层',
        recordedBy: USER('u1', '李静'),
      },
    ],
    actions: [
      {
        __typename: 'ComplaintAction',
        id: 'a1',
        description: '更换防水层',
        deadline: '2026-11-24',
        done: true,
        doneAt: '2026-11-24T02:00:00.000Z',
        version: 2,
        owner: USER('u3', '赵磊'),
      },
    ],
    history: [
      {
        __typename: 'ComplaintEvent',
        id: 'e1',
        action: 'OPENED',
        fromState: null,
        toState: 'OPEN',
        note: null,
        at: '2026-11-20T02:00:00.000Z',
        user: USER('u1', '李静'),
      },
      {
        __typename: 'ComplaintEvent',
        id: 'e2',
        action: 'STARTED',
        fromState: 'OPEN',
        toState: 'IN_PROGRESS',
        note: null,
        at: '2026-11-20T03:00:00.000Z',
        user: USER('u1', '李静'),
      },
      {
        __typename: 'ComplaintEvent',
        id: 'e3',
        action: 'RESOLVED',
        fromState: 'IN_PROGRESS',
        toState: 'RESOLVED',
        note: '防水层已更换',
        at: '2026-11-25T02:00:00.000Z',
        user: USER('u1', '李静'),
      },
    ],
    stepPermissions: [
      { __typename: 'ComplaintStepPermission', step: 'START', allowed: false, blocker: 'STATE' },
      { __typename: 'ComplaintStepPermission', step: 'RESOLVE', allowed: false, blocker: 'STATE' },
      { __typename: 'ComplaintStepPermission', step: 'VERIFY', allowed: false, blocker: resolved ? 'RESOLVED_BY_YOU' : 'STATE' },
      { __typename: 'ComplaintStepPermission', step: 'REOPEN', allowed: resolved, blocker: resolved ? null : 'STATE' },
    ],
  };
}

describe('ComplaintPage', () => {
  it('shows verify disabled with the reason to the resolver, and asks for a reason to reopen', async () => {
    const calls: RecordedOperation[] = [];
    renderWithApp(<ComplaintPage />, {
      path: '/complaints/c1',
      routePath: '/complaints/:id',
      me: { ...ME_ADMIN, role: 'QUALITY_CENTER' },
      handler: (op) => {
        calls.push(op);
        if (op.operationName === 'Complaint') return { data: { complaint: complaint('RESOLVED') } };
        return { data: null };
      },
    });
    const verify = await screen.findByTestId('complaint-step-VERIFY');
    expect((verify as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('complaint-step-VERIFY-reason').getAttribute('data-reason')).toBe('RESOLVED_BY_YOU');
    expect(screen.getByTestId('complaint-step-reasons').textContent).toContain('您是本案的解决人，需由品质中心的其他人员验证');
    // Steps that do not apply in this state are not offered.
    expect(screen.queryByTestId('complaint-step-START')).toBeNull();
    expect(screen.getAllByTestId('complaint-event').map((e) => e.getAttribute('data-to'))).toEqual(['OPEN', 'IN_PROGRESS', 'RESOLVED']);
    expect(within(screen.getByTestId('complaint-discussion')).getByText('工程部')).toBeTruthy();

    fireEvent.click(screen.getByTestId('complaint-step-REOPEN'));
    const modal = await screen.findByTestId('complaint-step-note');
    expect(modal).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: '退回重开' }).at(-1)!);
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() => expect(calls.some((c) => c.operationName === 'ReopenComplaint')).toBe(false));
  });

  it('reads its list filters from the URL', () => {
    expect(complaintFilterFromParams(new URLSearchParams('state=RESOLVED&severity=CRITICAL&overdue=1&project=p1'))).toEqual({
      states: ['RESOLVED'],
      category: undefined,
      severity: 'CRITICAL',
      projectId: 'p1',
      regionId: undefined,
      overdue: true,
    });
    expect(complaintFilterFromParams(new URLSearchParams('state=BOGUS')).states).toBeUndefined();
  });
});
