import { recurrenceError } from '@pinzhi/domain';
import '../../i18n';
import { buildFrequency, describeFrequency, parseFrequency, type FrequencySpec } from './recurrence';

const CASES: Array<{ spec: FrequencySpec; rule: string; zh: string; en: string }> = [
  {
    spec: { kind: 'DAILY_TIMES', hours: [8, 12, 16], minute: 0 },
    rule: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0',
    zh: '每天 3 次：08:00、12:00、16:00',
    en: '3 times a day at 08:00, 12:00 and 16:00',
  },
  { spec: { kind: 'DAILY_TIMES', hours: [7], minute: 30 }, rule: 'FREQ=DAILY;BYHOUR=7;BYMINUTE=30', zh: '每天 07:30', en: 'Daily at 07:30' },
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
    expect(buildFrequency(spec)).toBe(rule);
    expect(recurrenceError(rule)).toBeNull();
    expect(parseFrequency(rule)).toEqual(spec);
    expect(describeFrequency(rule, 'zh-CN')).toBe(zh);
    expect(describeFrequency(rule, 'en-US')).toBe(en);
  });

  it('reads the seed data’s rules the way people say them', () => {
    expect(describeFrequency('FREQ=HOURLY;INTERVAL=2', 'zh-CN')).toBe('全天每 2 小时一次');
    expect(describeFrequency('FREQ=HOURLY;INTERVAL=2', 'en-US')).toBe('Every 2 hours, around the clock');
    expect(describeFrequency('FREQ=HOURLY;INTERVAL=2;BYHOUR=10,12,14,16,18,20', 'zh-CN')).toBe('每 2 小时一次，10:00–20:00');
    expect(describeFrequency('FREQ=HOURLY;BYHOUR=8,9,10,11,12,13,14,15,16,17,18', 'zh-CN')).toBe('每小时一次，08:00–18:00');
    expect(describeFrequency('FREQ=HOURLY;BYHOUR=8,9,10,11,12,13,14,15,16,17,18', 'en-US')).toBe('Every hour, 08:00–18:00');
    expect(describeFrequency('FREQ=DAILY;BYHOUR=18', 'zh-CN')).toBe('每天 18:00');
    expect(describeFrequency('freq=daily;byhour=9,15;byminute=0', 'en-US')).toBe('2 times a day at 09:00 and 15:00');
    expect(describeFrequency('FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0', 'zh-CN')).toBe('每周一 09:00');
  });

  it('falls back to describeRecurrence for other shapes', () => {
    expect(parseFrequency('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1')).toBeNull();
    expect(describeFrequency('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', 'zh-CN')).toBe('自定义规则：every March on the 1st');
    expect(describeFrequency('FREQ=DAILY;INTERVAL=2;BYHOUR=9', 'en-US')).toMatch(/^Custom: every 2 days/);
    expect(parseFrequency('FREQ=HOURLY;INTERVAL=5')).toBeNull(); // 5 does not divide a day: not the same hours every day
    expect(parseFrequency('FREQ=DAILY;BYHOUR=8;BYMINUTE=0,30')).toBeNull();
    expect(parseFrequency('not a rule')).toBeNull();
  });

  it('says when the builder is incomplete', () => {
    expect(buildFrequency({ kind: 'DAILY_TIMES', hours: [], minute: 0 })).toBeNull();
    expect(buildFrequency({ kind: 'WEEKLY', days: [], hours: [9], minute: 0, interval: 1 })).toBeNull();
    expect(buildFrequency({ kind: 'EVERY_MINUTES', every: 15, fromHour: 18, toHour: 9 })).toBeNull();
    expect(buildFrequency({ kind: 'EVERY_MINUTES', every: 30, fromHour: 0, toHour: 24 })).toBe('FREQ=MINUTELY;INTERVAL=30');
  });
});
