import {
  assigneeLabel,
  assigneeText,
  describeSchedule,
  formatWindow,
  missingParts,
  parseDateLines,
  problemsByField,
  splitWindow,
  toFrequencyInput,
  todayIn,
  windowInRange,
  type FrequencyDraft,
} from './planning';

const DRAFT: FrequencyDraft = {
  templateId: 'tpl-1',
  anchor: 'CALENDAR',
  rrule: ' FREQ=DAILY;BYHOUR=9;BYMINUTE=0 ',
  periodUnit: 'DAY',
  periodCount: 3,
  startTime: '09:00',
  windowMinutes: 120,
  allowLate: true,
  holidayListId: '',
  assigneeKind: 'ROLE',
  assigneeRole: 'INSPECTOR',
  assigneeUserId: 'u-9',
  startDate: '2026-12-01',
  endDate: '',
  excludedDates: ['2026-12-25', '2026-12-24', '2026-12-25'],
  note: '  ',
};

describe('completion windows', () => {
  it('splits minutes into the largest whole unit', () => {
    expect(splitWindow(90)).toEqual({ amount: 90, unit: 'MINUTE' });
    expect(splitWindow(120)).toEqual({ amount: 2, unit: 'HOUR' });
    expect(splitWindow(2880)).toEqual({ amount: 2, unit: 'DAY' });
  });

  it('formats and checks the range (15 min … 31 days)', () => {
    expect(formatWindow(1590, 'zh-CN')).toBe('1 天 2 小时 30 分钟');
    expect(formatWindow(60, 'en-US')).toBe('1 h');
    expect(windowInRange(14)).toBe(false);
    expect(windowInRange(15)).toBe(true);
    expect(windowInRange(31 * 1440)).toBe(true);
    expect(windowInRange(31 * 1440 + 1)).toBe(false);
  });
});

describe('schedules and assignees in words', () => {
  it('describes calendar and after-completion schedules', () => {
    expect(describeSchedule({ anchor: 'CALENDAR', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0' }, 'zh-CN')).toBe(
      '每个工作日（周一至周五） 09:00–18:00 每 3 小时一次（每天 4 次）',
    );
    expect(describeSchedule({ anchor: 'AFTER_COMPLETION', periodUnit: 'DAY', periodCount: 7, startTime: '10:00' }, 'zh-CN')).toBe(
      '上次完成后 7 天，首次 10:00',
    );
    expect(describeSchedule({ anchor: 'AFTER_COMPLETION', periodUnit: 'WEEK', periodCount: 2, startTime: null }, 'en-US')).toBe(
      '2 week(s) after the last completion',
    );
    expect(describeSchedule({ anchor: 'CALENDAR', rrule: null, ruleText: 'every day' }, 'zh-CN')).toBe('every day');
  });

  it('names the assignee', () => {
    expect(assigneeText({ assigneeRole: 'PROJECT_MANAGER', assigneeUser: null }, 'zh-CN')).toBe('项目经理');
    expect(assigneeText({ assigneeRole: null, assigneeUser: { displayName: '王检查' } }, 'zh-CN')).toBe('王检查');
    expect(assigneeLabel('INSPECTOR', 'en-US')).toBe('Quality inspector');
    expect(assigneeLabel('王检查', 'en-US')).toBe('王检查');
  });
});

describe('pasted dates', () => {
  it('reads one date per line in common spellings, sorted and unique', () => {
    const { dates, invalid } = parseDateLines('2026-10-02\n2026/10/1 国庆节\n20261003\n2026年10月4日\n\n2026-10-02');
    expect(dates).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(invalid).toEqual([]);
  });

  it('expands ranges and reports lines that are not dates', () => {
    const { dates, invalid } = parseDateLines('2026-10-01 ~ 2026-10-07\n2026-02-30\nhello');
    expect(dates).toHaveLength(7);
    expect(dates[0]).toBe('2026-10-01');
    expect(dates[6]).toBe('2026-10-07');
    expect(invalid).toEqual(['2026-02-30', 'hello']);
  });
});

describe('frequency form → API input', () => {
  it('needs a checklist, a rule, a window, a start date and an assignee before previewing', () => {
    expect(missingParts(DRAFT)).toEqual([]);
    expect(missingParts({ ...DRAFT, templateId: null, rrule: '' })).toEqual(['template', 'rule']);
    expect(missingParts({ ...DRAFT, anchor: 'AFTER_COMPLETION', startTime: null })).toEqual(['period']);
    expect(missingParts({ ...DRAFT, assigneeKind: 'USER', assigneeUserId: null })).toEqual(['assignee']);
  });

  it('sends only the chosen anchor’s and assignee kind’s fields, trimmed', () => {
    expect(toFrequencyInput(DRAFT)).toEqual({
      templateId: 'tpl-1',
      anchor: 'CALENDAR',
      rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
      periodUnit: null,
      periodCount: null,
      startTime: null,
      windowMinutes: 120,
      allowLate: true,
      holidayListId: null,
      assigneeRole: 'INSPECTOR',
      assigneeUserId: null,
      startDate: '2026-12-01',
      endDate: null,
      excludedDates: ['2026-12-24', '2026-12-25'],
      note: null,
      level: null,
    });
    expect(toFrequencyInput({ ...DRAFT, anchor: 'AFTER_COMPLETION', assigneeKind: 'USER' })).toMatchObject({
      rrule: null,
      periodUnit: 'DAY',
      periodCount: 3,
      startTime: '09:00',
      assigneeRole: null,
      assigneeUserId: 'u-9',
    });
  });

  it('groups server problems by top-level field', () => {
    const problem = (path: string[]) => ({ path, field: path[path.length - 1], reason: 'INVALID_FORMAT', message: 'bad' });
    const { byField, rest } = problemsByField(
      [problem(['input', 'rrule']), problem(['input', 'excludedDates', '3']), problem(['input', 'assigneeUserId']), problem(['projectId'])],
      ['rrule', 'excludedDates', 'assigneeRole'],
      { assigneeUserId: 'assigneeRole' },
    );
    expect([...byField.keys()]).toEqual(['rrule', 'excludedDates', 'assigneeRole']);
    expect(rest.map((p) => p.field)).toEqual(['projectId']);
  });

  it('knows today in the project’s zone', () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
    expect(todayIn('Europe/Berlin', new Date('2026-11-30T17:00:00Z'))).toBe('2026-11-30');
  });
});
