import { afterApproval, approvalActionError, nextStepIndex, stepApplies, stepProblems, type ApprovalStep } from './approvals';

const head: ApprovalStep = { name: '品质中心负责人', approverKind: 'DEPARTMENT_HEAD', departmentId: 'qc', mode: 'ONE' };
const gm: ApprovalStep = { name: '总经理', approverKind: 'GENERAL_MANAGER', mode: 'ONE', condition: { minAmount: 1000 } };
const board: ApprovalStep = { name: '会签', approverKind: 'MEMBERS', userIds: ['a', 'b'], mode: 'ALL' };

describe('approval steps', () => {
  it('skips a step whose amount threshold is not reached', () => {
    expect(stepApplies(gm, 999)).toBe(false);
    expect(stepApplies(gm, 1000)).toBe(true);
    expect(stepApplies(gm, null)).toBe(false);
    expect(stepApplies(head, null)).toBe(true);
    expect(nextStepIndex([gm, head], 10, 0)).toBe(1);
    expect(nextStepIndex([head, gm], 10, 1)).toBeNull();
  });

  it('ONE completes with one approval, ALL with every approver; then moves on or approves', () => {
    expect(afterApproval([head, board], null, 0, ['x', 'y'], ['y'])).toEqual({ status: 'PENDING_APPROVAL', stepIndex: 1, advanced: true });
    expect(afterApproval([head, board], null, 1, ['a', 'b'], ['a'])).toEqual({ status: 'PENDING_APPROVAL', stepIndex: 1, advanced: false });
    expect(afterApproval([head, board], null, 1, ['a', 'b'], ['a', 'b'])).toEqual({ status: 'APPROVED', stepIndex: null, advanced: true });
    expect(afterApproval([head, gm], 5, 0, ['x'], ['x'])).toEqual({ status: 'APPROVED', stepIndex: null, advanced: true });
  });

  it('allows decisions only while pending, by current approvers, once; withdrawal only by the requester', () => {
    const pending = { status: 'PENDING_APPROVAL' as const, requesterUserId: 'r' };
    expect(approvalActionError(pending, 'APPROVE', { userId: 'x', isCurrentApprover: true, hasDecided: false })).toBeNull();
    expect(approvalActionError(pending, 'APPROVE', { userId: 'x', isCurrentApprover: false, hasDecided: false })?.reason).toBe(
      'NOT_APPROVER',
    );
    expect(approvalActionError(pending, 'REJECT', { userId: 'x', isCurrentApprover: true, hasDecided: true })?.reason).toBe(
      'ALREADY_DECIDED',
    );
    expect(approvalActionError(pending, 'WITHDRAW', { userId: 'x', isCurrentApprover: true, hasDecided: false })?.reason).toBe(
      'NOT_REQUESTER',
    );
    expect(approvalActionError(pending, 'WITHDRAW', { userId: 'r', isCurrentApprover: false, hasDecided: false })).toBeNull();
    expect(
      approvalActionError({ ...pending, status: 'APPROVED' }, 'WITHDRAW', { userId: 'r', isCurrentApprover: false, hasDecided: false })
        ?.reason,
    ).toBe('NOT_PENDING');
  });

  it('names the missing field of an incomplete step', () => {
    expect(stepProblems({ name: ' ', approverKind: 'ROLE', mode: 'ONE' }).map((p) => p.field)).toEqual(['name', 'role']);
    expect(stepProblems({ ...board, userIds: [] }).map((p) => p.field)).toEqual(['userIds']);
    expect(stepProblems(head)).toEqual([]);
  });
});
