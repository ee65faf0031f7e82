import { chargeProblem, findingsCallForRetraining, FINDINGS_RETRAINING_THRESHOLD } from './findings';

const guard = { active: true, projectId: 'p1', positionCode: 'SECURITY', gender: 'MALE' as const };
const hair = { positions: ['SECURITY'], condition: 'MEN_ONLY' as const };

describe('findings charged to people', () => {
  it('a male guard of the project may be charged with the guards’ hair standard', () => {
    expect(chargeProblem(guard, hair, 'p1')).toBeNull();
  });

  it('a woman cannot be charged with a men-only standard; an unrecorded gender neither', () => {
    expect(chargeProblem({ ...guard, gender: 'FEMALE' }, hair, 'p1')).toEqual({ rule: 'GENDER', condition: 'MEN_ONLY' });
    expect(chargeProblem({ ...guard, gender: null }, hair, 'p1')).toEqual({ rule: 'GENDER_UNKNOWN', condition: 'MEN_ONLY' });
    expect(chargeProblem({ ...guard, gender: 'FEMALE' }, { positions: [], condition: 'WOMEN_ONLY' }, 'p1')).toBeNull();
  });

  it('the standard’s positions, the project and being active decide too', () => {
    expect(chargeProblem({ ...guard, positionCode: 'CLEANER' }, hair, 'p1')).toEqual({ rule: 'POSITION', positions: ['SECURITY'] });
    expect(chargeProblem({ ...guard, positionCode: null }, hair, 'p1')?.rule).toBe('POSITION');
    expect(chargeProblem({ ...guard, positionCode: 'CLEANER', gender: null }, { positions: [], condition: null }, 'p1')).toBeNull();
    expect(chargeProblem(guard, hair, 'p2')).toEqual({ rule: 'OTHER_PROJECT' });
    expect(chargeProblem({ ...guard, active: false }, hair, 'p1')).toEqual({ rule: 'INACTIVE' });
  });

  it('retraining from the threshold on (charged twice)', () => {
    expect(FINDINGS_RETRAINING_THRESHOLD).toBe(2);
    expect([1, 2, 3].map((n) => findingsCallForRetraining(n))).toEqual([false, true, true]);
  });
});
