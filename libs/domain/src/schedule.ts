import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { rrulestr } from 'rrule';
import { normaliseRecurrence } from './recurrence';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * A recurring schedule in a place's own time zone: the RRULE describes local wall-clock
 * times ("every weekday at 09:00, 12:00, 15:00, 18:00"), which this module turns into UTC
 * instants — so a rule keeps its local times across daylight-saving changes.
 */
export interface ScheduleRule {
  /** RRULE body without DTSTART, e.g. FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0 */
  rrule: string;
  /** IANA zone of the project, e.g. Asia/Shanghai, Europe/Berlin */
  timeZone: string;
  /** First local day the schedule runs (YYYY-MM-DD). */
  startDate: string;
  /** Last local day (inclusive), or null for open-ended. */
  endDate?: string | null;
  /** Local days without occurrences (holidays), YYYY-MM-DD. */
  excludedDates?: readonly string[];
}

const WALL = 'YYYY-MM-DD HH:mm:ss';

/** The local wall-clock time of an instant, written as if it were UTC (rrule's "floating" time). */
function toFloating(instant: Date, tz: string): Date {
  return new Date(`${dayjs(instant).tz(tz).format('YYYY-MM-DDTHH:mm:ss')}Z`);
}

/** The instant at which the local wall-clock time `floating` happens in `tz`. A time skipped by a DST change moves forward by the gap. */
function fromFloating(floating: Date, tz: string): Date {
  return dayjs.tz(dayjs.utc(floating).format(WALL), tz).toDate();
}

/**
 * Due instants of `rule` in [from, to), in order. Works in local wall-clock time: 09:00 in
 * Berlin is 08:00 UTC in winter and 07:00 UTC in summer.
 */
export function occurrencesBetween(rule: ScheduleRule, from: Date, to: Date): Date[] {
  if (to <= from) return [];
  const tz = rule.timeZone;
  const start = rule.startDate.replace(/-/g, '');
  const r = rrulestr(`DTSTART:${start}T000000Z\nRRULE:${normaliseRecurrence(rule.rrule)}`);
  // Widen by a day on each side in floating time, then filter by real instants.
  const lo = new Date(toFloating(from, tz).getTime() - 86_400_000);
  const hi = new Date(toFloating(to, tz).getTime() + 86_400_000);
  const excluded = new Set(rule.excludedDates ?? []);
  const out: Date[] = [];
  for (const floating of r.between(lo, hi, true)) {
    const day = floating.toISOString().slice(0, 10);
    if (day < rule.startDate) continue;
    if (rule.endDate && day > rule.endDate) continue;
    if (excluded.has(day)) continue;
    const instant = fromFloating(floating, tz);
    if (instant >= from && instant < to) out.push(instant);
  }
  return out;
}

/** The next `count` due instants at or after `after`. */
export function nextOccurrences(rule: ScheduleRule, after: Date, count: number): Date[] {
  const out: Date[] = [];
  let from = after;
  // Look ahead a month at a time, for up to five years.
  for (let i = 0; i < 60 && out.length < count; i++) {
    const to = new Date(from.getTime() + 31 * 86_400_000);
    out.push(...occurrencesBetween(rule, from, to));
    from = to;
  }
  return out.slice(0, count);
}

/** Local date and time of an instant in `tz`, for display and tests. */
export function localTime(instant: Date, tz: string, format = 'YYYY-MM-DD HH:mm'): string {
  return dayjs(instant).tz(tz).format(format);
}

export type PeriodUnit = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH';

/**
 * "After completion" scheduling: the next one is due one period after the last completion,
 * counted in local time (a month after 31 Jan is the end of February).
 */
export function dueAfterCompletion(completedAt: Date, period: { unit: PeriodUnit; count: number }, tz: string): Date {
  const unit = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month' } as const;
  // Add in wall-clock time (dayjs's tz().add() drifts across DST changes), then convert back.
  return fromFloating(dayjs.utc(toFloating(completedAt, tz)).add(period.count, unit[period.unit]).toDate(), tz);
}

/** An "after completion" schedule: the first is due on the start date at `startTime`, each next one a period after the previous was done. */
export interface AfterCompletionRule {
  timeZone: string;
  startDate: string;
  /** Local time of day of the first occurrence, HH:mm. */
  startTime: string;
  endDate?: string | null;
  excludedDates?: readonly string[];
  period: { unit: PeriodUnit; count: number };
}

/** Moves a due instant off excluded days (to the next allowed day, same local time); null past the end date. */
function allowedOrNext(rule: AfterCompletionRule, due: Date): Date | null {
  const excluded = new Set(rule.excludedDates ?? []);
  let at = due;
  for (let i = 0; i < 400; i++) {
    const day = localTime(at, rule.timeZone, 'YYYY-MM-DD');
    if (rule.endDate && day > rule.endDate) return null;
    if (!excluded.has(day)) return at;
    at = dueAfterCompletion(at, { unit: 'DAY', count: 1 }, rule.timeZone);
  }
  return null;
}

export function firstDueAfterCompletion(rule: AfterCompletionRule): Date | null {
  return allowedOrNext(rule, dayjs.tz(`${rule.startDate} ${rule.startTime}:00`, rule.timeZone).toDate());
}

/** The next due instant one period after `previous` (a completion, or the due time of one that was missed). */
export function nextDueAfterCompletion(rule: AfterCompletionRule, previous: Date): Date | null {
  return allowedOrNext(rule, dueAfterCompletion(previous, rule.period, rule.timeZone));
}

/** The instant a local day starts in `tz` (YYYY-MM-DD). */
export function localDayStart(day: string, tz: string): Date {
  return dayjs.tz(`${day} 00:00:00`, tz).toDate();
}

/** YYYY-MM of the month `offset` months after `month` (YYYY-MM). */
export function addMonths(month: string, offset: number): string {
  return dayjs.utc(`${month}-01`).add(offset, 'month').format('YYYY-MM');
}
