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

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Drops the milliseconds, as the slow paths (which format to whole seconds) do. */
const wholeSeconds = (ms: number) => ms - (((ms % 1000) + 1000) % 1000);

/** The local wall-clock time of an instant, written as if it were UTC (rrule's "floating" time). Exact but slow (Intl per call). */
function toFloatingSlow(instant: Date, tz: string): Date {
  return new Date(`${dayjs(instant).tz(tz).format('YYYY-MM-DDTHH:mm:ss')}Z`);
}

/**
 * The instant at which the local wall-clock time `floating` happens in `tz`, as RFC 5545
 * (3.3.5) and Temporal's "compatible" disambiguation have it: a time repeated by a fall-back
 * change is its first occurrence (01:30 EDT, not EST), a time skipped by spring forward moves
 * on by the gap (02:30 → 03:30). Exact but slow. (dayjs.tz(wall, zone) resolves a repeated
 * time with the zone's offset at the moment of the call, so its answer changed with the season
 * the code ran in.)
 */
function fromFloatingSlow(floating: Date, tz: string): Date {
  const wall = wholeSeconds(floating.getTime());
  // Real zones change offset at most once within a day on either side of a wall time.
  const before = offsetAt(wall - DAY_MS, tz);
  const after = offsetAt(wall + DAY_MS, tz);
  const candidates = [wall - before, wall - after].filter((t, i) => offsetAt(t, tz) === (i === 0 ? before : after));
  if (candidates.length === 0) return new Date(wall - before); // skipped: read with the offset before the change
  return new Date(Math.min(...candidates));
}

/** The instant of a local wall-clock time ('YYYY-MM-DD HH:mm[:ss]') in `tz`, resolved like fromFloatingSlow. */
export function zonedTime(wall: string, tz: string): Date {
  return fromFloatingSlow(new Date(`${wall.replace(' ', 'T')}${wall.length <= 16 ? ':00' : ''}Z`), tz);
}

/*
 * Converting between a zone and UTC through Intl costs several microseconds per instant —
 * about six times the rrule expansion itself when materialising occurrences. Within one local
 * day the offset is almost always constant, so it is looked up once per (zone, local day) and
 * cached; a day on which the offset changes (or may change: a transition within the window of
 * instants that can belong to that day) is marked, and its instants take the exact slow path
 * above. Results are therefore identical to the per-instant conversion, DST days included.
 */

/** One local day of one zone: its date, and the zone's offset (local − UTC, ms) if constant over the whole day. */
interface LocalDay {
  date: string;
  offset: number | null;
}

/** Per zone, local days by day number (floating ms / DAY_MS). */
const dayCache = new Map<string, Map<number, LocalDay>>();
/** Enough for ~27 years of days in each zone; a full zone cache is dropped and refilled. */
const MAX_DAYS_PER_ZONE = 10_000;
const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset of `tz` at the instant `ms` (local − UTC, whole seconds, in ms), as dayjs's zone parser computes it. */
function offsetAt(ms: number, tz: string): number {
  let f = partsFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(new Date(ms))) p[type] = Number(value);
  const wall = Date.UTC(p['year'], p['month'] - 1, p['day'], p['hour'] === 24 ? 0 : p['hour'], p['minute'], p['second']);
  return wall - wholeSeconds(ms);
}

function localDay(dayNumber: number, tz: string): LocalDay {
  let days = dayCache.get(tz);
  if (!days) {
    days = new Map();
    dayCache.set(tz, days);
  }
  let info = days.get(dayNumber);
  if (info) return info;
  // Every instant whose local time falls on this day lies within [start − 15 h, end + 15 h]
  // (offsets are within ±14 h); the offset is taken as constant over the day if it is the
  // same at both ends and in the middle of that window.
  const start = dayNumber * DAY_MS;
  const before = offsetAt(start - 15 * HOUR_MS, tz);
  const constant =
    Math.abs(before) <= 14 * HOUR_MS &&
    offsetAt(start + 12 * HOUR_MS, tz) === before &&
    offsetAt(start + DAY_MS + 15 * HOUR_MS, tz) === before;
  info = { date: new Date(start).toISOString().slice(0, 10), offset: constant ? before : null };
  if (days.size >= MAX_DAYS_PER_ZONE) days.clear();
  days.set(dayNumber, info);
  return info;
}

/** The local wall-clock time of an instant as floating ms, or null if it falls near an offset change (use the slow path). */
function toFloatingFast(ms: number, tz: string): number | null {
  // Guess the local day from the offset of the UTC day, then check the instant really lands on it.
  // If the guessed day's offset is constant and the instant lands on that day with it, that
  // offset is the one in force at the instant (the instant is inside the day's checked window).
  const guess = localDay(Math.floor(ms / DAY_MS), tz).offset;
  if (guess === null) return null;
  const n = Math.floor((ms + guess) / DAY_MS);
  const offset = localDay(n, tz).offset;
  if (offset === null) return null;
  const floating = ms + offset;
  return Math.floor(floating / DAY_MS) === n ? floating : null;
}

function toFloating(instant: Date, tz: string): Date {
  const fast = toFloatingFast(instant.getTime(), tz);
  return fast === null ? toFloatingSlow(instant, tz) : new Date(fast);
}

function fromFloating(floating: Date, tz: string): Date {
  const ms = floating.getTime();
  const offset = localDay(Math.floor(ms / DAY_MS), tz).offset;
  return offset === null ? fromFloatingSlow(floating, tz) : new Date(wholeSeconds(ms) - offset);
}

/** The local day (YYYY-MM-DD) of an instant in `tz`; the same as localTime(instant, tz, 'YYYY-MM-DD'), cached per zone and day. */
export function localDate(instant: Date, tz: string): string {
  const fast = toFloatingFast(instant.getTime(), tz);
  return fast === null ? localTime(instant, tz, 'YYYY-MM-DD') : localDay(Math.floor(fast / DAY_MS), tz).date;
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
  const lo = new Date(toFloating(from, tz).getTime() - DAY_MS);
  const hi = new Date(toFloating(to, tz).getTime() + DAY_MS);
  const excluded = new Set(rule.excludedDates ?? []);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const out: Date[] = [];
  for (const floating of r.between(lo, hi, true)) {
    const ms = floating.getTime();
    const local = localDay(Math.floor(ms / DAY_MS), tz);
    const day = local.date;
    if (day < rule.startDate) continue;
    if (rule.endDate && day > rule.endDate) continue;
    if (excluded.has(day)) continue;
    const instant = local.offset === null ? fromFloatingSlow(floating, tz).getTime() : wholeSeconds(ms) - local.offset;
    if (instant >= fromMs && instant < toMs) out.push(new Date(instant));
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
    const day = localDate(at, rule.timeZone);
    if (rule.endDate && day > rule.endDate) return null;
    if (!excluded.has(day)) return at;
    at = dueAfterCompletion(at, { unit: 'DAY', count: 1 }, rule.timeZone);
  }
  return null;
}

export function firstDueAfterCompletion(rule: AfterCompletionRule): Date | null {
  return allowedOrNext(rule, zonedTime(`${rule.startDate} ${rule.startTime}`, rule.timeZone));
}

/** The next due instant one period after `previous` (a completion, or the due time of one that was missed). */
export function nextDueAfterCompletion(rule: AfterCompletionRule, previous: Date): Date | null {
  return allowedOrNext(rule, dueAfterCompletion(previous, rule.period, rule.timeZone));
}

/** The instant a local day starts in `tz` (YYYY-MM-DD). */
export function localDayStart(day: string, tz: string): Date {
  return zonedTime(`${day} 00:00:00`, tz);
}

/** YYYY-MM of the month `offset` months after `month` (YYYY-MM). */
export function addMonths(month: string, offset: number): string {
  return dayjs.utc(`${month}-01`).add(offset, 'month').format('YYYY-MM');
}
