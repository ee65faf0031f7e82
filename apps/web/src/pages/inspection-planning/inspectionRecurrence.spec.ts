import {
  DEFAULT_RULE_MODEL,
  buildInspectionRule,
  describeDays,
  describeInspectionRule,
  inspectionRuleError,
  modelFromRule,
  parseInspectionRule,
  ruleFromModel,
  windowHours,
  type RuleModel,
} from './inspectionRecurrence';

const WORKDAY_WINDOW = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0';

describe('inspection rules ↔ builder model', () => {
  it('builds "every 3 h 09:00–18:00 Mon–Fri" as a weekly rule with the window hours', () => {
    const model: RuleModel = { ...DEFAULT_RULE_MODEL, mode: 'HOURS_ON_DAYS', every: 3, fromHour: 9, toHour: 18, minute: 0, days: ['MO', 'TU', 'WE', 'TH', 'FR'] };
    expect(ruleFromModel(model)).toBe(WORKDAY_WINDOW);
    expect(windowHours(model)).toEqual([9, 12, 15, 18]);
  });

  it('opens that rule in the hours-on-days mode and writes it back unchanged', () => {
    const model = modelFromRule(WORKDAY_WINDOW);
    expect(model).toMatchObject({ mode: 'HOURS_ON_DAYS', every: 3, fromHour: 9, toHour: 18, minute: 0, days: ['MO', 'TU', 'WE', 'TH', 'FR'] });
    expect(ruleFromModel(model)).toBe(WORKDAY_WINDOW);
  });

  it('keeps the last run inside the window when the step does not land on the end', () => {
    const model: RuleModel = { ...DEFAULT_RULE_MODEL, mode: 'HOURS_ON_DAYS', every: 4, fromHour: 8, toHour: 18, minute: 30, days: ['SA', 'SU'] };
    expect(ruleFromModel(model)).toBe('FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=8,12,16;BYMINUTE=30');
    expect(modelFromRule(ruleFromModel(model))).toMatchObject({ mode: 'HOURS_ON_DAYS', every: 4, fromHour: 8, toHour: 16, minute: 30, days: ['SA', 'SU'] });
  });

  it('writes every day of the week as an hourly rule, and reads it back with all days', () => {
    const model: RuleModel = { ...DEFAULT_RULE_MODEL, mode: 'HOURS_ON_DAYS', every: 2, fromHour: 8, toHour: 20, minute: 0, days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] };
    const rule = ruleFromModel(model);
    expect(rule).toBe('FREQ=HOURLY;BYHOUR=8,10,12,14,16,18,20;BYMINUTE=0');
    expect(modelFromRule(rule)).toMatchObject({ mode: 'HOURS_ON_DAYS', every: 2, fromHour: 8, toHour: 20, days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] });
  });

  it('is incomplete without weekdays or with the window the wrong way round', () => {
    expect(ruleFromModel({ ...DEFAULT_RULE_MODEL, mode: 'HOURS_ON_DAYS', days: [] })).toBe('');
    expect(ruleFromModel({ ...DEFAULT_RULE_MODEL, mode: 'HOURS_ON_DAYS', fromHour: 18, toHour: 9 })).toBe('');
    expect(ruleFromModel({ ...DEFAULT_RULE_MODEL, mode: 'DAILY', hours: [] })).toBe('');
    expect(ruleFromModel({ ...DEFAULT_RULE_MODEL, mode: 'WEEKLY', days: [] })).toBe('');
  });

  it.each([
    ['daily at times', 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0', { mode: 'DAILY', hours: [8, 12, 16] }],
    ['weekly on chosen days at two times', 'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=9,17;BYMINUTE=30', { mode: 'WEEKLY', days: ['MO', 'WE', 'FR'], hours: [9, 17], minute: 30 }],
    ['weekly every day with evenly spaced hours', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=9,12,15;BYMINUTE=0', { mode: 'WEEKLY' }],
    ['fortnightly', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=10;BYMINUTE=0', { mode: 'WEEKLY', weekInterval: 2, days: ['TU'] }],
    ['monthly on day 15', 'FREQ=MONTHLY;BYMONTHDAY=15;BYHOUR=9;BYMINUTE=0', { mode: 'MONTHLY', monthMode: 'DAY', monthDay: 15 }],
    ['monthly on the last day', 'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=17;BYMINUTE=0', { mode: 'MONTHLY', monthMode: 'LAST' }],
    ['monthly on the 2nd Tuesday', 'FREQ=MONTHLY;BYDAY=2TU;BYHOUR=9;BYMINUTE=0', { mode: 'MONTHLY', monthMode: 'NTH', nth: 2, weekday: 'TU' }],
    ['monthly on the last Friday', 'FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=9;BYMINUTE=0', { mode: 'MONTHLY', monthMode: 'NTH', nth: -1, weekday: 'FR' }],
  ])('round-trips %s', (_name, rule, expected) => {
    const model = modelFromRule(rule);
    expect(model).toMatchObject(expected);
    expect(ruleFromModel(model)).toBe(rule);
  });

  it('opens anything else (yearly, every N minutes) as a raw RRULE and keeps it', () => {
    for (const rule of ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;BYHOUR=9', 'FREQ=MINUTELY;INTERVAL=30;BYHOUR=9,10']) {
      const model = modelFromRule(rule);
      expect(model.mode).toBe('ADVANCED');
      expect(ruleFromModel(model)).toBe(rule);
    }
    expect(parseInspectionRule('not a rule')).toBeNull();
  });

  it('starts a new rule as every day at 09:00 and keeps choices when switching modes', () => {
    const model = modelFromRule('');
    expect(ruleFromModel(model)).toBe('FREQ=DAILY;BYHOUR=9;BYMINUTE=0');
    expect(ruleFromModel({ ...model, mode: 'WEEKLY' })).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0');
    expect(ruleFromModel({ ...model, mode: 'HOURS_ON_DAYS' })).toBe(WORKDAY_WINDOW);
  });

  it('builds from a spec directly', () => {
    expect(buildInspectionRule({ kind: 'HOURS_ON_DAYS', every: 1, fromHour: 22, toHour: 23, minute: 0, days: ['FR', 'MO'] })).toBe(
      'FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=22,23;BYMINUTE=0',
    );
  });

  it('flags rules the domain refuses', () => {
    expect(inspectionRuleError('FREQ=MINUTELY;INTERVAL=1')).toMatch(/5 minutes/);
    expect(inspectionRuleError(WORKDAY_WINDOW)).toBeNull();
    expect(inspectionRuleError('')).toBeNull();
  });
});

describe('describing inspection rules', () => {
  it('names the hours-on-days shape in Chinese and English', () => {
    expect(describeInspectionRule(WORKDAY_WINDOW, 'zh-CN')).toBe('每个工作日（周一至周五） 09:00–18:00 每 3 小时一次（每天 4 次）');
    expect(describeInspectionRule(WORKDAY_WINDOW, 'en-US')).toBe('Weekdays (Mon–Fri), every 3 hours 09:00–18:00 (4 a day)');
    expect(describeInspectionRule('FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=8,9,10;BYMINUTE=0', 'zh-CN')).toBe('每个周末 08:00–10:00 每小时一次（每天 3 次）');
  });

  it('uses the handbook wording for the other shapes', () => {
    expect(describeInspectionRule('FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0', 'zh-CN')).toBe('每天 3 次：08:00、12:00、16:00');
    expect(describeInspectionRule('FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=9;BYMINUTE=0', 'en-US')).toBe('Monthly on the last day at 09:00');
    expect(describeInspectionRule('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;BYHOUR=9', 'zh-CN')).toBe('自定义规则：every March on the 1st');
  });

  it('names weekday sets', () => {
    expect(describeDays(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], 'zh-CN')).toBe('每天');
    expect(describeDays(['WE', 'MO'], 'zh-CN')).toBe('每周一、周三');
    expect(describeDays(['MO', 'WE', 'FR'], 'en-US')).toBe('On Mon, Wed and Fri');
  });
});
