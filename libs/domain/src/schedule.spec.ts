import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { rrulestr } from 'rrule';
import { dueAfterCompletion, localDate, localTime, nextOccurrences, occurrencesBetween, zonedTime, type ScheduleRule } from './schedule';

dayjs.extend(utc);
dayjs.extend(timezone);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('occurrencesBetween', () => {
  it('every 3 hours 09:00–18:00 on weekdays in Asia/Shanghai gives 09, 12, 15, 18 local on weekdays only', () => {
    const rule: ScheduleRule = {
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0;BYSECOND=0',
      timeZone: 'Asia/Shanghai',
      startDate: '2026-01-01',
    };
    // Fri 2 Jan .. Mon 5 Jan 2026
    const got = occurrencesBetween(rule, new Date('2026-01-01T16:00:00Z'), new Date('2026-01-05T16:00:00Z')).map((d) =>
      localTime(d, 'Asia/Shanghai'),
    );
    expect(got).toEqual([
      '2026-01-02 09:00',
      '2026-01-02 12:00',
      '2026-01-02 15:00',
      '2026-01-02 18:00',
      '2026-01-05 09:00',
      '2026-01-05 12:00',
      '2026-01-05 15:00',
      '2026-01-05 18:00',
    ]);
  });

  it('keeps local times across a DST change in Europe/Berlin', () => {
    const rule: ScheduleRule = { rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0;BYSECOND=0', timeZone: 'Europe/Berlin', startDate: '2026-03-27' };
    const got = occurrencesBetween(rule, day('2026-03-27'), day('2026-03-31'));
    expect(got.map((d) => d.toISOString())).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('takes the last day of the month and the nth weekday', () => {
    const last: ScheduleRule = {
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=10;BYMINUTE=0;BYSECOND=0',
      timeZone: 'Asia/Shanghai',
      startDate: '2026-01-01',
    };
    expect(occurrencesBetween(last, day('2026-01-01'), day('2026-05-01')).map((d) => localTime(d, 'Asia/Shanghai', 'YYYY-MM-DD'))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    const secondTuesday: ScheduleRule = {
      rrule: 'FREQ=MONTHLY;BYDAY=+2TU;BYHOUR=14;BYMINUTE=0;BYSECOND=0',
      timeZone: 'Asia/Shanghai',
      startDate: '2026-01-01',
    };
    expect(occurrencesBetween(secondTuesday, day('2026-01-01'), day('2026-04-01')).map((d) => localTime(d, 'Asia/Shanghai'))).toEqual([
      '2026-01-13 14:00',
      '2026-02-10 14:00',
      '2026-03-10 14:00',
    ]);
  });

  it('honours the end date and excluded dates', () => {
    const rule: ScheduleRule = {
      rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0',
      timeZone: 'Asia/Shanghai',
      startDate: '2026-09-28',
      endDate: '2026-10-08',
      excludedDates: ['2026-10-01', '2026-10-02', '2026-10-03'],
    };
    const got = occurrencesBetween(rule, day('2026-09-01'), day('2026-11-01')).map((d) => localTime(d, 'Asia/Shanghai', 'MM-DD'));
    expect(got).toEqual(['09-28', '09-29', '09-30', '10-04', '10-05', '10-06', '10-07', '10-08']);
  });

  it('gives the next ten occurrences for a preview', () => {
    const rule: ScheduleRule = {
      rrule: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0;BYSECOND=0',
      timeZone: 'Asia/Shanghai',
      startDate: '2026-01-01',
    };
    const got = nextOccurrences(rule, new Date('2026-01-01T05:00:00Z'), 10).map((d) => localTime(d, 'Asia/Shanghai'));
    expect(got[0]).toBe('2026-01-01 16:00');
    expect(got).toHaveLength(10);
    expect(got[9]).toBe('2026-01-04 16:00');
  });
});

describe('occurrencesBetween across DST changes in America/New_York', () => {
  const ny = (rrule: string): ScheduleRule => ({ rrule, timeZone: 'America/New_York', startDate: '2026-01-01' });
  const iso = (ds: Date[]) => ds.map((d) => d.toISOString());

  it('keeps 09:00 local across spring forward (8 Mar 2026) and fall back (1 Nov 2026)', () => {
    expect(iso(occurrencesBetween(ny('FREQ=DAILY;BYHOUR=9;BYMINUTE=0'), day('2026-03-07'), day('2026-03-10')))).toEqual([
      '2026-03-07T14:00:00.000Z',
      '2026-03-08T13:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
    ]);
    expect(iso(occurrencesBetween(ny('FREQ=DAILY;BYHOUR=9;BYMINUTE=0'), day('2026-10-31'), day('2026-11-03')))).toEqual([
      '2026-10-31T13:00:00.000Z',
      '2026-11-01T14:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
    ]);
  });

  it('moves a time skipped by spring forward on by the gap (02:30 → 03:30 EDT)', () => {
    const got = occurrencesBetween(ny('FREQ=DAILY;BYHOUR=2;BYMINUTE=30'), day('2026-03-07'), new Date('2026-03-10T12:00:00Z'));
    expect(iso(got)).toEqual([
      '2026-03-07T07:30:00.000Z',
      '2026-03-08T07:30:00.000Z',
      '2026-03-09T06:30:00.000Z',
      '2026-03-10T06:30:00.000Z',
    ]);
    expect(got.map((d) => localTime(d, 'America/New_York'))).toEqual([
      '2026-03-07 02:30',
      '2026-03-08 03:30',
      '2026-03-09 02:30',
      '2026-03-10 02:30',
    ]);
  });

  it('gives a time repeated by fall back once, at its first occurrence (01:30 EDT, RFC 5545), whatever the season today', () => {
    const expected = ['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z'];
    // The answer must not depend on when the code runs (dayjs.tz resolved it with today's offset).
    for (const today of ['2026-12-07T12:00:00Z', '2027-07-01T12:00:00Z']) {
      jest.useFakeTimers({ now: new Date(today), doNotFake: ['setTimeout', 'setInterval', 'setImmediate', 'nextTick', 'queueMicrotask'] });
      try {
        const got = occurrencesBetween(ny('FREQ=DAILY;BYHOUR=1;BYMINUTE=30'), day('2026-10-31'), new Date('2026-11-02T12:00:00Z'));
        expect(iso(got)).toEqual(expected);
        expect(zonedTime('2026-11-01 01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
        expect(zonedTime('2026-03-08 02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
      } finally {
        jest.useRealTimers();
      }
    }
  });

  it('adds a day across spring forward in local time', () => {
    expect(dueAfterCompletion(new Date('2026-03-07T14:00:00Z'), { unit: 'DAY', count: 1 }, 'America/New_York').toISOString()).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(dueAfterCompletion(new Date('2026-10-31T13:00:00Z'), { unit: 'DAY', count: 1 }, 'America/New_York').toISOString()).toBe(
      '2026-11-01T14:00:00.000Z',
    );
  });
});

/**
 * The zone conversion is cached per local day; days on or next to an offset change take the
 * exact per-instant path. These compare it with that per-instant conversion (dayjs on every
 * occurrence, as before the cache): every quarter hour for a week around each offset change of
 * the year, and three times a day over the whole year, in zones with unusual changes: 30-minute
 * DST (Lord Howe), changes at midnight (Santiago), a skipped calendar day (Apia, 30 Dec 2011)
 * and no DST at all (Shanghai).
 */
describe('cached zone offsets give the same instants as per-instant conversion', () => {
  const iso = (ds: Date[]) => ds.map((d) => d.toISOString());
  function reference(rule: ScheduleRule, from: Date, to: Date): Date[] {
    const tz = rule.timeZone;
    const r = rrulestr(`DTSTART:${rule.startDate.replace(/-/g, '')}T000000Z\nRRULE:${rule.rrule}`);
    const lo = new Date(new Date(`${dayjs(from).tz(tz).format('YYYY-MM-DDTHH:mm:ss')}Z`).getTime() - 86_400_000);
    const hi = new Date(new Date(`${dayjs(to).tz(tz).format('YYYY-MM-DDTHH:mm:ss')}Z`).getTime() + 86_400_000);
    return r
      .between(lo, hi, true)
      .filter((f) => f.toISOString().slice(0, 10) >= rule.startDate)
      .map((f) => wallToInstant(f.getTime(), tz))
      .filter((d) => d >= from && d < to);
  }
  const H = 3_600_000;
  const formats = new Map<string, Intl.DateTimeFormat>();
  /** The zone's offset at `t` to the minute, from the platform's own zone data (en-CA: "2026-03-08, 03:30"). */
  const offsetOf = (t: number, tz: string) => {
    let f = formats.get(tz);
    if (!f) {
      f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, hourCycle: 'h23', dateStyle: 'short', timeStyle: 'short' });
      formats.set(tz, f);
    }
    return Date.parse(`${f.format(t).replace(', ', 'T')}Z`) - Math.floor(t / 60_000) * 60_000;
  };
  /** Every offset the zone has in the test's year (sampled every 6 hours), per zone. */
  const zoneOffsets = new Map<string, number[]>();
  /**
   * By brute force over the zone's offsets: those whose instant really has that offset; a
   * repeated time takes the earliest (RFC 5545), a skipped one the offset before the change.
   */
  function wallToInstant(wall: number, tz: string): Date {
    const valid = zoneOffsets
      .get(tz)!
      .filter((off) => offsetOf(wall - off, tz) === off)
      .map((off) => wall - off);
    return new Date(valid.length ? Math.min(...valid) : wall - offsetOf(wall - 24 * H, tz));
  }
  const cases: Array<[string, string, number]> = [
    ['America/New_York', '2026', 2],
    ['Europe/Berlin', '2026', 2],
    ['Australia/Lord_Howe', '2026', 2],
    ['America/Santiago', '2026', 2],
    ['Asia/Shanghai', '2026', 0],
    ['Pacific/Apia', '2011', 3],
  ];
  it.each(cases)('%s in %s (%i offset changes)', (tz, year, changeCount) => {
    const from = day(`${year}-01-01`);
    const to = day(`${Number(year) + 1}-01-01`);
    const changes: number[] = [];
    const offsets = new Set([offsetOf(from.getTime() - 24 * H, tz), offsetOf(to.getTime() + 24 * H, tz)]);
    for (let t = from.getTime() + 6 * H, previous = offsetOf(from.getTime(), tz); t < to.getTime(); t += 6 * H) {
      const offset = offsetOf(t, tz);
      offsets.add(offset);
      if (offset !== previous) changes.push(t);
      previous = offset;
    }
    zoneOffsets.set(tz, [...offsets]);
    expect(changes).toHaveLength(changeCount);

    const yearly: ScheduleRule = { rrule: 'FREQ=DAILY;BYHOUR=0,9,23;BYMINUTE=30;BYSECOND=0', timeZone: tz, startDate: `${year}-01-01` };
    expect(iso(occurrencesBetween(yearly, from, to))).toEqual(iso(reference(yearly, from, to)));

    const halfHourly: ScheduleRule = { rrule: 'FREQ=HOURLY;BYMINUTE=0,15,30,45;BYSECOND=0', timeZone: tz, startDate: `${year}-01-01` };
    const instants: number[] = [];
    for (let t = from.getTime(); t < to.getTime(); t += 733 * 60_000) instants.push(t);
    for (const change of changes) {
      const [a, b] = [new Date(change - 4 * 24 * H), new Date(change + 3 * 24 * H)];
      expect(iso(occurrencesBetween(halfHourly, a, b))).toEqual(iso(reference(halfHourly, a, b)));
      for (let t = a.getTime(); t < b.getTime(); t += 20 * 60_000) instants.push(t);
    }
    for (const t of instants) {
      const at = new Date(t);
      if (localDate(at, tz) !== localTime(at, tz, 'YYYY-MM-DD'))
        throw new Error(`localDate(${at.toISOString()}, ${tz}) = ${localDate(at, tz)}, expected ${localTime(at, tz, 'YYYY-MM-DD')}`);
    }
  });
});

describe('after-completion scheduling', () => {
  it('is due one period after the last completion, in local time', () => {
    expect(dueAfterCompletion(new Date('2026-01-31T02:00:00Z'), { unit: 'MONTH', count: 1 }, 'Asia/Shanghai').toISOString()).toBe(
      '2026-02-28T02:00:00.000Z',
    );
    expect(dueAfterCompletion(new Date('2026-03-28T08:00:00Z'), { unit: 'DAY', count: 1 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
  });
});
