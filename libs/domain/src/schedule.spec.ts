import { dueAfterCompletion, localTime, nextOccurrences, occurrencesBetween, type ScheduleRule } from './schedule';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('occurrencesBetween', () => {
  it('every 3 hours 09:00–18:00 on weekdays in Asia/Shanghai gives 09, 12, 15, 18 local on weekdays only', () => {
    const rule: ScheduleRule = { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0;BYSECOND=0', timeZone: 'Asia/Shanghai', startDate: '2026-01-01' };
    // Fri 2 Jan .. Mon 5 Jan 2026
    const got = occurrencesBetween(rule, new Date('2026-01-01T16:00:00Z'), new Date('2026-01-05T16:00:00Z')).map((d) => localTime(d, 'Asia/Shanghai'));
    expect(got).toEqual(['2026-01-02 09:00', '2026-01-02 12:00', '2026-01-02 15:00', '2026-01-02 18:00', '2026-01-05 09:00', '2026-01-05 12:00', '2026-01-05 15:00', '2026-01-05 18:00']);
  });

  it('keeps local times across a DST change in Europe/Berlin', () => {
    const rule: ScheduleRule = { rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0;BYSECOND=0', timeZone: 'Europe/Berlin', startDate: '2026-03-27' };
    const got = occurrencesBetween(rule, day('2026-03-27'), day('2026-03-31'));
    expect(got.map((d) => d.toISOString())).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });

  it('takes the last day of the month and the nth weekday', () => {
    const last: ScheduleRule = { rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=10;BYMINUTE=0;BYSECOND=0', timeZone: 'Asia/Shanghai', startDate: '2026-01-01' };
    expect(occurrencesBetween(last, day('2026-01-01'), day('2026-05-01')).map((d) => localTime(d, 'Asia/Shanghai', 'YYYY-MM-DD'))).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    const secondTuesday: ScheduleRule = { rrule: 'FREQ=MONTHLY;BYDAY=+2TU;BYHOUR=14;BYMINUTE=0;BYSECOND=0', timeZone: 'Asia/Shanghai', startDate: '2026-01-01' };
    expect(occurrencesBetween(secondTuesday, day('2026-01-01'), day('2026-04-01')).map((d) => localTime(d, 'Asia/Shanghai'))).toEqual(['2026-01-13 14:00', '2026-02-10 14:00', '2026-03-10 14:00']);
  });

  it('honours the end date and excluded dates', () => {
    const rule: ScheduleRule = { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0', timeZone: 'Asia/Shanghai', startDate: '2026-09-28', endDate: '2026-10-08', excludedDates: ['2026-10-01', '2026-10-02', '2026-10-03'] };
    const got = occurrencesBetween(rule, day('2026-09-01'), day('2026-11-01')).map((d) => localTime(d, 'Asia/Shanghai', 'MM-DD'));
    expect(got).toEqual(['09-28', '09-29', '09-30', '10-04', '10-05', '10-06', '10-07', '10-08']);
  });

  it('gives the next ten occurrences for a preview', () => {
    const rule: ScheduleRule = { rrule: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0;BYSECOND=0', timeZone: 'Asia/Shanghai', startDate: '2026-01-01' };
    const got = nextOccurrences(rule, new Date('2026-01-01T05:00:00Z'), 10).map((d) => localTime(d, 'Asia/Shanghai'));
    expect(got[0]).toBe('2026-01-01 16:00');
    expect(got).toHaveLength(10);
    expect(got[9]).toBe('2026-01-04 16:00');
  });
});

describe('after-completion scheduling', () => {
  it('is due one period after the last completion, in local time', () => {
    expect(dueAfterCompletion(new Date('2026-01-31T02:00:00Z'), { unit: 'MONTH', count: 1 }, 'Asia/Shanghai').toISOString()).toBe('2026-02-28T02:00:00.000Z');
    expect(dueAfterCompletion(new Date('2026-03-28T08:00:00Z'), { unit: 'DAY', count: 1 }, 'Europe/Berlin').toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });
});
