import { recurrenceError } from '@pinzhi/domain';
import '../../i18n';
import {
  HANDBOOK_RECURRENCE,
  INSPECTION_RECURRENCE,
  buildRule,
  describeDays,
  describeRule,
  modelFromRule,
  parseFrequency,
  readRule,
  ruleError,
  ruleFromModel,
  windowHours,
  type BuilderModel,
  type RecurrenceSpec,
} from './recurrence';

// ── the shapes, as the handbooks read them ──
const CASES: Array<{ spec: RecurrenceSpec; rule: string; zh: string; en: string }> = [
  {
    spec: { kind: 'DAILY_TIMES', hours: [8, 12, 16], minute: 0 },
    rule: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0',
    zh: '每天 3 次：08:00、12:00、16:00',
    en: '3 times a day at 08:00, 12:00 and 16:00',
  },
  {
    spec: { kind: 'DAILY_TIMES', hours: [7], minute: 30 },
    rule: 'FREQ=DAILY;BYHOUR=7;BYMINUTE=30',
    zh: '每天 07:30',
    en: 'Daily at 07:30',
  },
  {
    spec: { kind: 'EVERY_MINUTES', every: 15, fromHour: 9, toHour: 18 },
    rule: 'FREQ=MINUTELY;INTERVAL=15;BYHOUR=9,10,11,12,13,14,15,16,17',
    zh: '每 15 分钟一次，09:00–17:45',
    en: 'Every 15 minutes, 09:00–17:45',
  },
  {
    spec: { kind: 'EVERY_HOURS', every: 2, fromHour: 8, toHour: 18, minute: 0 },
    rule: 'FREQ=HOURLY;BYHOUR=8,10,12,14,16,18;BYMINUTE=0',
    zh: '每 2 小时一次，08:00–18:00',
    en: 'Every 2 hours, 08:00–18:00',
  },
  {
    spec: { kind: 'WEEKLY', days: ['MO', 'WE', 'FR'], hours: [18], minute: 0, interval: 1 },
    rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0',
    zh: '每周一、周三、周五 18:00',
    en: 'Weekly on Mon, Wed and Fri at 18:00',
  },
  {
    spec: { kind: 'WEEKLY', days: ['MO', 'TU', 'WE', 'TH', 'FR'], hours: [9], minute: 0, interval: 1 },
    rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0',
    zh: '每个工作日（周一至周五）09:00',
    en: 'Every weekday (Mon–Fri) at 09:00',
  },
  {
    spec: { kind: 'WEEKLY', days: ['SA'], hours: [10], minute: 0, interval: 2 },
    rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;BYHOUR=10;BYMINUTE=0',
    zh: '每 2 周的周六 10:00',
    en: 'Every 2 weeks on Sat at 10:00',
  },
  {
    spec: { kind: 'MONTHLY_DAY', day: 15, hours: [9], minute: 0, interval: 1 },
    rule: 'FREQ=MONTHLY;BYMONTHDAY=15;BYHOUR=9;BYMINUTE=0',
    zh: '每月 15 日 09:00',
    en: 'Monthly on day 15 at 09:00',
  },
  {
    spec: { kind: 'MONTHLY_DAY', day: -1, hours: [17], minute: 0, interval: 1 },
    rule: 'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=17;BYMINUTE=0',
    zh: '每月最后一天 17:00',
    en: 'Monthly on the last day at 17:00',
  },
  {
    spec: { kind: 'MONTHLY_NTH', nth: 2, weekday: 'TU', hours: [9], minute: 30, interval: 1 },
    rule: 'FREQ=MONTHLY;BYDAY=2TU;BYHOUR=9;BYMINUTE=30',
    zh: '每月第二个星期二 09:30',
    en: 'Monthly on the second Tuesday at 09:30',
  },
  {
    spec: { kind: 'MONTHLY_NTH', nth: -1, weekday: 'FR', hours: [16], minute: 0, interval: 3 },
    rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;BYHOUR=16;BYMINUTE=0',
    zh: '每 3 个月的最后一个星期五 16:00',
    en: 'Every 3 months on the last Friday at 16:00',
  },
];

describe('frequency shapes ↔ RRULE', () => {
  it.each(CASES)('$rule', ({ spec, rule, zh, en }) => {
    expect(buildRule(spec)).toBe(rule);
    expect(recurrenceError(rule)).toBeNull();
    expect(parseFrequency(rule)).toEqual(spec);
    expect(describeRule(rule, 'zh-CN', HANDBOOK_RECURRENCE)).toBe(zh);
    expect(describeRule(rule, 'en-US', HANDBOOK_RECURRENCE)).toBe(en);
  });

  it('reads the seed data’s rules the way people say them', () => {
    expect(describeRule('FREQ=HOURLY;INTERVAL=2', 'zh-CN', HANDBOOK_RECURRENCE)).toBe('全天每 2 小时一次');
    expect(describeRule('FREQ=HOURLY;INTERVAL=2', 'en-US', HANDBOOK_RECURRENCE)).toBe('Every 2 hours, around the clock');
    expect(describeRule('FREQ=HOURLY;INTERVAL=2;BYHOUR=10,12,14,16,18,20', 'zh-CN', HANDBOOK_RECURRENCE)).toBe(
      '每 2 小时一次，10:00–20:00',
    );
    expect(describeRule('FREQ=HOURLY;BYHOUR=8,9,10,11,12,13,14,15,16,17,18', 'zh-CN', HANDBOOK_RECURRENCE)).toBe('每小时一次，08:00–18:00');
    expect(describeRule('FREQ=HOURLY;BYHOUR=8,9,10,11,12,13,14,15,16,17,18', 'en-US', HANDBOOK_RECURRENCE)).toBe('Every hour, 08:00–18:00');
    expect(describeRule('FREQ=DAILY;BYHOUR=18', 'zh-CN', HANDBOOK_RECURRENCE)).toBe('每天 18:00');
    expect(describeRule('freq=daily;byhour=9,15;byminute=0', 'en-US', HANDBOOK_RECURRENCE)).toBe('2 times a day at 09:00 and 15:00');
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0', 'zh-CN', HANDBOOK_RECURRENCE)).toBe('每周一 09:00');
  });

  it('falls back to describeRecurrence for other shapes', () => {
    expect(parseFrequency('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1')).toBeNull();
    expect(describeRule('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', 'zh-CN', HANDBOOK_RECURRENCE)).toBe('自定义规则：every March on the 1st');
    expect(describeRule('FREQ=DAILY;INTERVAL=2;BYHOUR=9', 'en-US', HANDBOOK_RECURRENCE)).toMatch(/^Custom: every 2 days/);
    expect(parseFrequency('FREQ=HOURLY;INTERVAL=5')).toBeNull(); // 5 does not divide a day: not the same hours every day
    expect(parseFrequency('FREQ=DAILY;BYHOUR=8;BYMINUTE=0,30')).toBeNull();
    expect(parseFrequency('not a rule')).toBeNull();
  });

  it('says when the builder is incomplete', () => {
    expect(buildRule({ kind: 'DAILY_TIMES', hours: [], minute: 0 })).toBeNull();
    expect(buildRule({ kind: 'WEEKLY', days: [], hours: [9], minute: 0, interval: 1 })).toBeNull();
    expect(buildRule({ kind: 'EVERY_MINUTES', every: 15, fromHour: 18, toHour: 9 })).toBeNull();
    expect(buildRule({ kind: 'EVERY_MINUTES', every: 30, fromHour: 0, toHour: 24 })).toBe('FREQ=MINUTELY;INTERVAL=30');
  });
});

// ── as inspection planning reads them: every N hours on chosen weekdays ──

const WORKDAY_WINDOW = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0';

describe('inspection rules ↔ builder model', () => {
  it('builds "every 3 h 09:00–18:00 Mon–Fri" as a weekly rule with the window hours', () => {
    const model: BuilderModel = {
      ...INSPECTION_RECURRENCE.defaults,
      mode: 'HOURS_ON_DAYS',
      hourEvery: 3,
      hourFrom: 9,
      hourTo: 18,
      minute: 0,
      days: ['MO', 'TU', 'WE', 'TH', 'FR'],
    };
    expect(ruleFromModel(model)).toBe(WORKDAY_WINDOW);
    expect(windowHours(model)).toEqual([9, 12, 15, 18]);
  });

  it('opens that rule in the hours-on-days mode and writes it back unchanged', () => {
    const model = modelFromRule(WORKDAY_WINDOW, INSPECTION_RECURRENCE);
    expect(model).toMatchObject({
      mode: 'HOURS_ON_DAYS',
      hourEvery: 3,
      hourFrom: 9,
      hourTo: 18,
      minute: 0,
      days: ['MO', 'TU', 'WE', 'TH', 'FR'],
    });
    expect(ruleFromModel(model)).toBe(WORKDAY_WINDOW);
  });

  it('keeps the last run inside the window when the step does not land on the end', () => {
    const model: BuilderModel = {
      ...INSPECTION_RECURRENCE.defaults,
      mode: 'HOURS_ON_DAYS',
      hourEvery: 4,
      hourFrom: 8,
      hourTo: 18,
      minute: 30,
      days: ['SA', 'SU'],
    };
    expect(ruleFromModel(model)).toBe('FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=8,12,16;BYMINUTE=30');
    expect(modelFromRule(ruleFromModel(model), INSPECTION_RECURRENCE)).toMatchObject({
      mode: 'HOURS_ON_DAYS',
      hourEvery: 4,
      hourFrom: 8,
      hourTo: 16,
      minute: 30,
      days: ['SA', 'SU'],
    });
  });

  it('writes every day of the week as an hourly rule, and reads it back with all days', () => {
    const model: BuilderModel = {
      ...INSPECTION_RECURRENCE.defaults,
      mode: 'HOURS_ON_DAYS',
      hourEvery: 2,
      hourFrom: 8,
      hourTo: 20,
      minute: 0,
      days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
    };
    const rule = ruleFromModel(model);
    expect(rule).toBe('FREQ=HOURLY;BYHOUR=8,10,12,14,16,18,20;BYMINUTE=0');
    expect(modelFromRule(rule, INSPECTION_RECURRENCE)).toMatchObject({
      mode: 'HOURS_ON_DAYS',
      hourEvery: 2,
      hourFrom: 8,
      hourTo: 20,
      days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
    });
  });

  it('is incomplete without weekdays or with the window the wrong way round', () => {
    expect(ruleFromModel({ ...INSPECTION_RECURRENCE.defaults, mode: 'HOURS_ON_DAYS', days: [] })).toBe('');
    expect(ruleFromModel({ ...INSPECTION_RECURRENCE.defaults, mode: 'HOURS_ON_DAYS', hourFrom: 18, hourTo: 9 })).toBe('');
    expect(ruleFromModel({ ...INSPECTION_RECURRENCE.defaults, mode: 'DAILY_TIMES', hours: [] })).toBe('');
    expect(ruleFromModel({ ...INSPECTION_RECURRENCE.defaults, mode: 'WEEKLY', days: [] })).toBe('');
  });

  it.each([
    ['daily at times', 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0', { mode: 'DAILY_TIMES', hours: [8, 12, 16] }],
    [
      'weekly on chosen days at two times',
      'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=9,17;BYMINUTE=30',
      { mode: 'WEEKLY', days: ['MO', 'WE', 'FR'], hours: [9, 17], minute: 30 },
    ],
    ['weekly every day with evenly spaced hours', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=9,12,15;BYMINUTE=0', { mode: 'WEEKLY' }],
    ['fortnightly', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=10;BYMINUTE=0', { mode: 'WEEKLY', weekInterval: 2, days: ['TU'] }],
    ['monthly on day 15', 'FREQ=MONTHLY;BYMONTHDAY=15;BYHOUR=9;BYMINUTE=0', { mode: 'MONTHLY', monthMode: 'DAY', monthDay: 15 }],
    ['monthly on the last day', 'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=17;BYMINUTE=0', { mode: 'MONTHLY', monthMode: 'LAST' }],
    [
      'monthly on the 2nd Tuesday',
      'FREQ=MONTHLY;BYDAY=2TU;BYHOUR=9;BYMINUTE=0',
      { mode: 'MONTHLY', monthMode: 'NTH', nth: 2, weekday: 'TU' },
    ],
    [
      'monthly on the last Friday',
      'FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=9;BYMINUTE=0',
      { mode: 'MONTHLY', monthMode: 'NTH', nth: -1, weekday: 'FR' },
    ],
  ])('round-trips %s', (_name, rule, expected) => {
    const model = modelFromRule(rule, INSPECTION_RECURRENCE);
    expect(model).toMatchObject(expected);
    expect(ruleFromModel(model)).toBe(rule);
  });

  it('opens anything else (yearly, every N minutes) as a raw RRULE and keeps it', () => {
    for (const rule of ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;BYHOUR=9', 'FREQ=MINUTELY;INTERVAL=30;BYHOUR=9,10']) {
      const model = modelFromRule(rule, INSPECTION_RECURRENCE);
      expect(model.mode).toBe('ADVANCED');
      expect(ruleFromModel(model)).toBe(rule);
    }
    expect(readRule('not a rule', INSPECTION_RECURRENCE)).toBeNull();
  });

  it('starts a new rule as every day at 09:00 and keeps choices when switching modes', () => {
    const model = modelFromRule('', INSPECTION_RECURRENCE);
    expect(ruleFromModel(model)).toBe('FREQ=DAILY;BYHOUR=9;BYMINUTE=0');
    expect(ruleFromModel({ ...model, mode: 'WEEKLY' })).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0');
    expect(ruleFromModel({ ...model, mode: 'HOURS_ON_DAYS' })).toBe(WORKDAY_WINDOW);
  });

  it('builds from a spec directly', () => {
    expect(buildRule({ kind: 'HOURS_ON_DAYS', every: 1, fromHour: 22, toHour: 23, minute: 0, days: ['FR', 'MO'] })).toBe(
      'FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=22,23;BYMINUTE=0',
    );
  });

  it('flags rules the domain refuses', () => {
    expect(ruleError('FREQ=MINUTELY;INTERVAL=1')).toMatch(/5 minutes/);
    expect(ruleError(WORKDAY_WINDOW)).toBeNull();
    expect(ruleError('')).toBeNull();
  });
});

describe('one rule, each screen’s reading', () => {
  it('opens an hourly rule in the mode the screen offers', () => {
    const rule = 'FREQ=HOURLY;BYHOUR=8,10,12,14,16,18;BYMINUTE=0';
    expect(modelFromRule(rule, HANDBOOK_RECURRENCE)).toMatchObject({ mode: 'EVERY_HOURS', hourEvery: 2, hourFrom: 8, hourTo: 18 });
    expect(modelFromRule(rule, INSPECTION_RECURRENCE)).toMatchObject({ mode: 'HOURS_ON_DAYS', hourEvery: 2, hourFrom: 8, hourTo: 18 });
    expect(modelFromRule('FREQ=MINUTELY;INTERVAL=30;BYHOUR=9,10', HANDBOOK_RECURRENCE)).toMatchObject({
      mode: 'EVERY_MINUTES',
      minuteEvery: 30,
      minuteFrom: 9,
      minuteTo: 11,
    });
    expect(describeRule(rule, 'zh-CN', HANDBOOK_RECURRENCE)).toBe('每 2 小时一次，08:00–18:00');
    expect(describeRule(rule, 'zh-CN', INSPECTION_RECURRENCE)).toBe('每天 08:00–18:00 每 2 小时一次（每天 6 次）');
  });
});

describe('describing inspection rules', () => {
  it('names the hours-on-days shape in Chinese and English', () => {
    expect(describeRule(WORKDAY_WINDOW, 'zh-CN', INSPECTION_RECURRENCE)).toBe(
      '每个工作日（周一至周五） 09:00–18:00 每 3 小时一次（每天 4 次）',
    );
    expect(describeRule(WORKDAY_WINDOW, 'en-US', INSPECTION_RECURRENCE)).toBe('Weekdays (Mon–Fri), every 3 hours 09:00–18:00 (4 a day)');
    expect(describeRule('FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=8,9,10;BYMINUTE=0', 'zh-CN', INSPECTION_RECURRENCE)).toBe(
      '每个周末 08:00–10:00 每小时一次（每天 3 次）',
    );
  });

  it('uses the handbook wording for the other shapes', () => {
    expect(describeRule('FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0', 'zh-CN', INSPECTION_RECURRENCE)).toBe('每天 3 次：08:00、12:00、16:00');
    expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=9;BYMINUTE=0', 'en-US', INSPECTION_RECURRENCE)).toBe(
      'Monthly on the last day at 09:00',
    );
    expect(describeRule('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;BYHOUR=9', 'zh-CN', INSPECTION_RECURRENCE)).toBe(
      '自定义规则：every March on the 1st',
    );
  });

  it('names weekday sets', () => {
    expect(describeDays(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], 'zh-CN')).toBe('每天');
    expect(describeDays(['WE', 'MO'], 'zh-CN')).toBe('每周一、周三');
    expect(describeDays(['MO', 'WE', 'FR'], 'en-US')).toBe('On Mon, Wed and Fri');
  });
});
