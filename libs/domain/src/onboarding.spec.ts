import { gateBlockers, isTaskLate, proposalMonthlyCost, stageOfPhase, taskStatusProblem } from './onboarding';
import { planRequirementsApply } from './training';

describe('onboarding rules', () => {
  const tasks = [
    { phase: 'SITE_SURVEY' as const, required: true, status: 'DONE' as const },
    { phase: 'SERVICE_PLANNING' as const, required: true, status: 'IN_PROGRESS' as const },
    { phase: 'SERVICE_PLANNING' as const, required: false, status: 'TODO' as const },
    { phase: 'SERVICE_PROPOSAL' as const, required: true, status: 'TODO' as const },
  ];

  it('blocks leaving a stage while a required task of its phases is not done', () => {
    expect(gateBlockers('SURVEY', tasks)).toEqual([tasks[1]]);
    expect(gateBlockers('PROPOSAL', tasks)).toEqual([tasks[3]]);
    expect(gateBlockers('PROSPECT', tasks)).toEqual([]);
    expect(gateBlockers('TAKEOVER', tasks)).toEqual([]);
    expect(gateBlockers('SURVEY', [{ ...tasks[1]!, status: 'SKIPPED' as const }])).toHaveLength(1);
  });

  it('maps phases to the stage they are worked in', () => {
    expect(stageOfPhase('SITE_SURVEY')).toBe('SURVEY');
    expect(stageOfPhase('SERVICE_PLANNING')).toBe('SURVEY');
    expect(stageOfPhase('SERVICE_PROPOSAL')).toBe('PROPOSAL');
    expect(stageOfPhase('GO_LIVE')).toBe('TAKEOVER');
  });

  it('skips only tasks that are not required, with a reason', () => {
    expect(taskStatusProblem(true, 'SKIPPED', '理由')).toMatch(/required/);
    expect(taskStatusProblem(false, 'SKIPPED', '  ')).toMatch(/reason/);
    expect(taskStatusProblem(false, 'SKIPPED', '不适用')).toBeNull();
    expect(taskStatusProblem(true, 'DONE', null)).toBeNull();
  });

  it('adds up the monthly cost to the cent', () => {
    expect(
      proposalMonthlyCost({
        staffing: [{ positionId: 'a', headcount: 3, monthlyCostPerHead: 4999.99 }],
        otherCosts: [
          { item: 'x', monthlyAmount: 0.1 },
          { item: 'y', monthlyAmount: 0.2 },
        ],
      }),
    ).toEqual({
      staff: 14999.97,
      other: 0.3,
      total: 15000.27,
    });
  });

  it('calls a task late when it is open after its due date', () => {
    expect(isTaskLate({ status: 'TODO', dueDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isTaskLate({ status: 'IN_PROGRESS', dueDate: '2026-01-02' }, '2026-01-02')).toBe(false);
    expect(isTaskLate({ status: 'DONE', dueDate: '2026-01-01' }, '2026-01-02')).toBe(false);
  });

  it('starts plan requirements only once a project is live', () => {
    expect(['PROSPECT', 'SURVEY', 'PROPOSAL', 'TAKEOVER'].map(planRequirementsApply)).toEqual([false, false, false, false]);
    expect(planRequirementsApply('OPERATING')).toBe(true);
  });
});
