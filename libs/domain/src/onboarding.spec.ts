import {
  gateBlockers,
  isTaskLate,
  proposalMonthlyCost,
  stageOfPhase,
  surveyMissingFields,
  taskCompletionBlockers,
  taskStatusProblem,
} from './onboarding';
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

describe('task completion gate (who closes a task, and when it is done)', () => {
  const task = {
    required: true,
    ownerDepartmentId: 'hr',
    checklist: [
      { text: '总平面图', done: true },
      { text: '现场照片', done: false },
    ],
    deliverable: null,
  };
  const survey = {
    surveyedOn: '2026-12-01',
    areas: [{ name: '大堂', squareMeters: 300, note: null }],
    facilities: [],
    staffing: [],
    risks: [],
    summary: null,
  };

  it('lets only the owning department (or an admin) close it', () => {
    expect(taskCompletionBlockers(task, { role: 'REGIONAL_OPS', departmentIds: ['ops'] }, null)[0]).toEqual({
      reason: 'NOT_OWNER_DEPARTMENT',
      department: 'hr',
    });
    expect(taskCompletionBlockers(task, { role: 'TENANT_ADMIN', departmentIds: [] }, null).map((b) => b.reason)).toEqual([
      'CHECKLIST_OPEN',
    ]);
  });

  it('names the open checklist items and the empty survey fields of a required task', () => {
    const hr = { role: 'HR' as const, departmentIds: ['hr'] };
    expect(taskCompletionBlockers(task, hr, null)).toEqual([{ reason: 'CHECKLIST_OPEN', items: ['现场照片'] }]);
    expect(taskCompletionBlockers({ ...task, checklist: [], deliverable: 'SITE_SURVEY' }, hr, survey)).toEqual([
      { reason: 'SURVEY_INCOMPLETE', fields: ['facilities', 'staffing'] },
    ]);
    expect(surveyMissingFields(null)).toEqual(['surveyedOn', 'areas', 'facilities', 'staffing']);
    // not required: its checklist is a reminder, not a gate
    expect(taskCompletionBlockers({ ...task, required: false }, hr, null)).toEqual([]);
  });
});
