import { allowedNextStages, canChangeStage, isIsoDate, isValidTimeZone, RULES } from './index';

describe('project stages', () => {
  it('moves one step forward, or exits', () => {
    expect(allowedNextStages('PROSPECT')).toEqual(['SURVEY', 'EXITED']);
    expect(allowedNextStages('OPERATING')).toEqual(['EXITED']);
    expect(allowedNextStages('EXITED')).toEqual([]);
    expect(canChangeStage('SURVEY', 'PROPOSAL')).toBe(true);
    expect(canChangeStage('SURVEY', 'OPERATING')).toBe(false);
    expect(canChangeStage('PROPOSAL', 'SURVEY')).toBe(false);
  });
});

describe('shared field rules', () => {
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
  });

  it('knows IANA time zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Base')).toBe(false);
  });

  it('accepts project codes like SH-001 and refuses spaces or Chinese', () => {
    expect(RULES.code.pattern.test('SH-001')).toBe(true);
    expect(RULES.code.pattern.test('坏 code')).toBe(false);
    expect(RULES.code.pattern.test('-x')).toBe(false);
  });
});
