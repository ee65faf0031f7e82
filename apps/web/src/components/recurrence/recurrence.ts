// Recurrence rules (RRULE) as people say them: the common shapes ↔ a builder model, and a
// description in the UI language. One module for the handbooks' service frequencies (服务频次) and
// the inspection frequencies (检查频次); each screen has a profile naming the modes it offers.
// Anything that is none of the shapes falls back to @pinzhi/domain's describeRecurrence.
import { describeRecurrence, nextOccurrences, normaliseRecurrence, recurrenceError } from '@pinzhi/domain';
import i18n, { type Language } from '../../i18n';
import { dayjs } from '../../lib/format';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WORKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

/** Minute steps that divide an hour, so "every N minutes" lands on the same minutes each hour. */
export const MINUTE_STEPS = [5, 10, 15, 20, 30] as const;
/** Hour steps that divide a day (see HOURLY in parseFrequency). */
export const HOUR_STEPS = [1, 2, 3, 4, 6, 8, 12] as const;

interface AtTimes {
  /** Hours of the day (0–23), ascending. */
  hours: number[];
  /** The minute of each of those hours (0–59). */
  minute: number;
}

/** The shapes the builder produces and the describer names. */
export type RecurrenceSpec =
  /** Every day at the chosen hours: FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0 */
  | ({ kind: 'DAILY_TIMES' } & AtTimes)
  /** Every N minutes from fromHour:00 until (not including) toHour:00: FREQ=MINUTELY;INTERVAL=15;BYHOUR=9,…,17 */
  | { kind: 'EVERY_MINUTES'; every: number; fromHour: number; toHour: number }
  /** Every N hours from fromHour to toHour (inclusive) at :minute: FREQ=HOURLY;BYHOUR=8,10,…,18;BYMINUTE=0 */
  | { kind: 'EVERY_HOURS'; every: number; fromHour: number; toHour: number; minute: number }
  /** On the chosen weekdays: FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0 */
  | ({ kind: 'WEEKLY'; days: Weekday[]; interval: number } & AtTimes)
  /** On day N of the month (-1 = the last day): FREQ=MONTHLY;BYMONTHDAY=15;BYHOUR=9;BYMINUTE=0 */
  | ({ kind: 'MONTHLY_DAY'; day: number; interval: number } & AtTimes)
  /** On the nth weekday of the month (-1 = the last): FREQ=MONTHLY;BYDAY=2TU;BYHOUR=9;BYMINUTE=0 */
  | ({ kind: 'MONTHLY_NTH'; nth: number; weekday: Weekday; interval: number } & AtTimes)
  /**
   * Every N hours from fromHour to toHour (inclusive) at :minute on the chosen weekdays:
   * FREQ=WEEKLY;BYDAY=MO,…,FR;BYHOUR=9,12,15,18;BYMINUTE=0 (on all seven days, the HOURLY rule).
   */
  | { kind: 'HOURS_ON_DAYS'; every: number; fromHour: number; toHour: number; minute: number; days: Weekday[] };

export type SpecKind = RecurrenceSpec['kind'];

export function range(from: number, to: number, step = 1): number[] {
  const out: number[] = [];
  if (step < 1) return out;
  for (let i = from; i <= to; i += step) out.push(i);
  return out;
}

function constantStep(list: readonly number[]): number | null {
  if (list.length < 2) return null;
  const step = list[1] - list[0];
  if (step < 1) return null;
  return list.every((n, i) => i === 0 || n - list[i - 1] === step) ? step : null;
}

function parts(rule: string): Map<string, string> | null {
  const text = normaliseRecurrence(rule);
  if (!text) return null;
  const map = new Map<string, string>();
  for (const piece of text.split(';')) {
    if (!piece) continue;
    const [key, value, ...rest] = piece.split('=');
    if (!key || value === undefined || rest.length || map.has(key)) return null;
    map.set(key, value);
  }
  return map;
}

function ints(value: string | undefined, min: number, max: number): number[] | null {
  if (value === undefined) return null;
  const list = value.split(',').map((v) => (/^[+-]?\d+$/.test(v) ? Number(v) : Number.NaN));
  if (!list.length || list.some((n) => !Number.isInteger(n) || n < min || n > max)) return null;
  return [...new Set(list)].sort((a, b) => a - b);
}

/**
 * The shape of a rule when it is one of the common ones (never HOURS_ON_DAYS: see readRule);
 * null otherwise (the UI then offers the raw RRULE and describes it with describeRecurrence).
 */
export function parseFrequency(rule: string): Exclude<RecurrenceSpec, { kind: 'HOURS_ON_DAYS' }> | null {
  const p = parts(rule);
  if (!p) return null;
  const allowed = new Set(['FREQ', 'INTERVAL', 'BYHOUR', 'BYMINUTE', 'BYDAY', 'BYMONTHDAY', 'WKST']);
  if ([...p.keys()].some((k) => !allowed.has(k))) return null;
  const freq = p.get('FREQ');
  const interval = p.has('INTERVAL') ? (ints(p.get('INTERVAL'), 1, 1000)?.[0] ?? null) : 1;
  if (interval === null) return null;
  const hours = p.has('BYHOUR') ? ints(p.get('BYHOUR'), 0, 23) : [0];
  const minutes = p.has('BYMINUTE') ? ints(p.get('BYMINUTE'), 0, 59) : [0];
  if (!hours || !minutes) return null;

  switch (freq) {
    case 'DAILY': {
      if (interval !== 1 || p.has('BYDAY') || p.has('BYMONTHDAY') || minutes.length !== 1 || !p.has('BYHOUR')) return null;
      return { kind: 'DAILY_TIMES', hours, minute: minutes[0] };
    }
    case 'MINUTELY': {
      if (p.has('BYDAY') || p.has('BYMONTHDAY') || p.has('BYMINUTE')) return null;
      if (!(MINUTE_STEPS as readonly number[]).includes(interval)) return null;
      const h = p.has('BYHOUR') ? hours : range(0, 23);
      if (h.length > 1 && constantStep(h) !== 1) return null;
      return { kind: 'EVERY_MINUTES', every: interval, fromHour: h[0], toHour: h[h.length - 1] + 1 };
    }
    case 'HOURLY': {
      if (p.has('BYDAY') || p.has('BYMONTHDAY') || minutes.length !== 1) return null;
      // DTSTART is local midnight, so INTERVAL=k runs at the hours divisible by k (when k divides 24).
      if (24 % interval !== 0) return null;
      const h = (p.has('BYHOUR') ? hours : range(0, 23)).filter((x) => x % interval === 0);
      if (!h.length) return null;
      const step = h.length === 1 ? interval : constantStep(h);
      if (!step) return null;
      return { kind: 'EVERY_HOURS', every: step, fromHour: h[0], toHour: h[h.length - 1], minute: minutes[0] };
    }
    case 'WEEKLY': {
      if (p.has('BYMONTHDAY') || minutes.length !== 1) return null;
      const days = p.get('BYDAY')?.split(',');
      if (!days?.length || days.some((d) => !(WEEKDAYS as readonly string[]).includes(d))) return null;
      const ordered = WEEKDAYS.filter((d) => days.includes(d));
      return { kind: 'WEEKLY', days: ordered, hours, minute: minutes[0], interval };
    }
    case 'MONTHLY': {
      if (minutes.length !== 1) return null;
      if (p.has('BYMONTHDAY') && !p.has('BYDAY')) {
        const day = ints(p.get('BYMONTHDAY'), -1, 31);
        if (!day || day.length !== 1 || day[0] === 0) return null;
        return { kind: 'MONTHLY_DAY', day: day[0], hours, minute: minutes[0], interval };
      }
      if (p.has('BYDAY') && !p.has('BYMONTHDAY')) {
        const m = /^([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(p.get('BYDAY') ?? '');
        if (!m) return null;
        const nth = Number(m[1]);
        if (!(nth === -1 || (nth >= 1 && nth <= 4))) return null;
        return { kind: 'MONTHLY_NTH', nth, weekday: m[2] as Weekday, hours, minute: minutes[0], interval };
      }
      return null;
    }
    default:
      return null;
  }
}

/** The RRULE of a shape, or null while it is incomplete (no hour, no weekday, an empty window). */
export function buildRule(spec: RecurrenceSpec): string | null {
  const at = (s: AtTimes) =>
    s.hours.length ? `BYHOUR=${[...new Set(s.hours)].sort((a, b) => a - b).join(',')};BYMINUTE=${s.minute}` : null;
  const every = (interval: number) => (interval > 1 ? `;INTERVAL=${interval}` : '');
  switch (spec.kind) {
    case 'DAILY_TIMES': {
      const times = at(spec);
      return times ? `FREQ=DAILY;${times}` : null;
    }
    case 'EVERY_MINUTES': {
      if (spec.toHour <= spec.fromHour) return null;
      const whole = spec.fromHour === 0 && spec.toHour >= 24;
      return `FREQ=MINUTELY;INTERVAL=${spec.every}${whole ? '' : `;BYHOUR=${range(spec.fromHour, spec.toHour - 1).join(',')}`}`;
    }
    case 'EVERY_HOURS': {
      if (spec.toHour < spec.fromHour || spec.every < 1) return null;
      return `FREQ=HOURLY;BYHOUR=${range(spec.fromHour, spec.toHour, spec.every).join(',')};BYMINUTE=${spec.minute}`;
    }
    case 'WEEKLY': {
      const times = at(spec);
      if (!spec.days.length || !times) return null;
      return `FREQ=WEEKLY${every(spec.interval)};BYDAY=${WEEKDAYS.filter((d) => spec.days.includes(d)).join(',')};${times}`;
    }
    case 'MONTHLY_DAY': {
      const times = at(spec);
      return times ? `FREQ=MONTHLY${every(spec.interval)};BYMONTHDAY=${spec.day};${times}` : null;
    }
    case 'MONTHLY_NTH': {
      const times = at(spec);
      return times ? `FREQ=MONTHLY${every(spec.interval)};BYDAY=${spec.nth}${spec.weekday};${times}` : null;
    }
    case 'HOURS_ON_DAYS': {
      if (spec.toHour < spec.fromHour || spec.every < 1 || !spec.days.length) return null;
      const days = WEEKDAYS.filter((d) => spec.days.includes(d));
      if (days.length === WEEKDAYS.length) return buildRule({ ...spec, kind: 'EVERY_HOURS' });
      return `FREQ=WEEKLY;BYDAY=${days.join(',')};BYHOUR=${range(spec.fromHour, spec.toHour, spec.every).join(',')};BYMINUTE=${spec.minute}`;
    }
  }
}

// ── the builder model, per screen ──────────────────────────────────────────

export type BuilderMode = 'DAILY_TIMES' | 'EVERY_MINUTES' | 'EVERY_HOURS' | 'WEEKLY' | 'MONTHLY' | 'HOURS_ON_DAYS' | 'ADVANCED';

/** Every field of every mode, so switching modes keeps what was chosen. */
export interface BuilderModel {
  mode: BuilderMode;
  /** DAILY_TIMES / WEEKLY / MONTHLY: the hours of the day (ascending) … */
  hours: number[];
  /** … and the minute of each of them; also the minute of HOURS_ON_DAYS. */
  minute: number;
  /** EVERY_MINUTES: the step and the window [from, to). */
  minuteEvery: number;
  minuteFrom: number;
  minuteTo: number;
  /** EVERY_HOURS and HOURS_ON_DAYS: the step and the window [from, to]. */
  hourEvery: number;
  hourFrom: number;
  hourTo: number;
  /** EVERY_HOURS: the minute of each run. */
  hourMinute: number;
  /** WEEKLY and HOURS_ON_DAYS: the weekdays. */
  days: Weekday[];
  weekInterval: number;
  monthMode: 'DAY' | 'LAST' | 'NTH';
  monthDay: number;
  nth: number;
  weekday: Weekday;
  monthInterval: number;
  advanced: string;
}

/** What a screen offers: its modes (in this order), where their fields start, an example RRULE. */
export interface RecurrenceProfile {
  modes: readonly BuilderMode[];
  defaults: BuilderModel;
  /** Shown in the advanced mode's empty input. */
  example: string;
}

const BASE_MODEL: BuilderModel = {
  mode: 'DAILY_TIMES',
  hours: [9],
  minute: 0,
  minuteEvery: 15,
  minuteFrom: 9,
  minuteTo: 18,
  hourEvery: 2,
  hourFrom: 8,
  hourTo: 18,
  hourMinute: 0,
  days: ['MO'],
  weekInterval: 1,
  monthMode: 'DAY',
  monthDay: 1,
  nth: 1,
  weekday: 'MO',
  monthInterval: 1,
  advanced: '',
};

/** 服务频次 in handbooks: times a day, every N minutes / hours in a window, weekly, monthly. */
export const HANDBOOK_RECURRENCE: RecurrenceProfile = {
  modes: ['DAILY_TIMES', 'EVERY_MINUTES', 'EVERY_HOURS', 'WEEKLY', 'MONTHLY', 'ADVANCED'],
  defaults: BASE_MODEL,
  example: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0',
};

/** 检查频次: planners think in weekdays, so "every N hours" is a window on chosen weekdays. */
export const INSPECTION_RECURRENCE: RecurrenceProfile = {
  modes: ['DAILY_TIMES', 'WEEKLY', 'MONTHLY', 'HOURS_ON_DAYS', 'ADVANCED'],
  defaults: { ...BASE_MODEL, days: [...WORKDAYS], hourEvery: 3, hourFrom: 9, hourTo: 18 },
  example: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0',
};

/** A new frequency, on either screen: every day at 09:00. */
export const NEW_RULE = 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0';

/**
 * The shape of a rule as a screen reads it, or null when it is none of the common ones. Where the
 * screen offers HOURS_ON_DAYS, hourly rules (every day) and weekly rules on some days with three or
 * more evenly spaced hours read as "every N hours between two times on those days".
 */
export function readRule(rule: string | null | undefined, profile: Pick<RecurrenceProfile, 'modes'>): RecurrenceSpec | null {
  if (!rule?.trim()) return null;
  const spec = parseFrequency(rule);
  if (!spec || !profile.modes.includes('HOURS_ON_DAYS')) return spec;
  if (spec.kind === 'EVERY_HOURS') return { ...spec, kind: 'HOURS_ON_DAYS', days: [...WEEKDAYS] };
  if (spec.kind === 'WEEKLY' && spec.interval === 1 && spec.hours.length >= 3 && spec.days.length < WEEKDAYS.length) {
    const step = constantStep(spec.hours);
    if (step) {
      return {
        kind: 'HOURS_ON_DAYS',
        every: step,
        fromHour: spec.hours[0],
        toHour: spec.hours[spec.hours.length - 1],
        minute: spec.minute,
        days: spec.days,
      };
    }
  }
  return spec;
}

function modelOf(spec: RecurrenceSpec, base: BuilderModel): BuilderModel {
  switch (spec.kind) {
    case 'DAILY_TIMES':
      return { ...base, mode: 'DAILY_TIMES', hours: spec.hours, minute: spec.minute };
    case 'EVERY_MINUTES':
      return { ...base, mode: 'EVERY_MINUTES', minuteEvery: spec.every, minuteFrom: spec.fromHour, minuteTo: spec.toHour };
    case 'EVERY_HOURS':
      return { ...base, mode: 'EVERY_HOURS', hourEvery: spec.every, hourFrom: spec.fromHour, hourTo: spec.toHour, hourMinute: spec.minute };
    case 'WEEKLY':
      return { ...base, mode: 'WEEKLY', days: spec.days, hours: spec.hours, minute: spec.minute, weekInterval: spec.interval };
    case 'MONTHLY_DAY':
      return {
        ...base,
        mode: 'MONTHLY',
        monthMode: spec.day === -1 ? 'LAST' : 'DAY',
        monthDay: spec.day === -1 ? 1 : spec.day,
        hours: spec.hours,
        minute: spec.minute,
        monthInterval: spec.interval,
      };
    case 'MONTHLY_NTH':
      return {
        ...base,
        mode: 'MONTHLY',
        monthMode: 'NTH',
        nth: spec.nth,
        weekday: spec.weekday,
        hours: spec.hours,
        minute: spec.minute,
        monthInterval: spec.interval,
      };
    case 'HOURS_ON_DAYS':
      return {
        ...base,
        mode: 'HOURS_ON_DAYS',
        hourEvery: spec.every,
        hourFrom: spec.fromHour,
        hourTo: spec.toHour,
        minute: spec.minute,
        days: spec.days,
      };
  }
}

/** The builder's state for a rule: a shape the screen offers opens its mode, anything else "advanced". */
export function modelFromRule(rule: string | null | undefined, profile: RecurrenceProfile): BuilderModel {
  const text = (rule ?? '').trim();
  const base: BuilderModel = { ...profile.defaults, hours: [...profile.defaults.hours], days: [...profile.defaults.days] };
  if (!text) return base;
  const spec = readRule(text, profile);
  const model = spec && modelOf(spec, { ...base, advanced: text });
  return model && profile.modes.includes(model.mode) ? model : { ...base, advanced: text, mode: 'ADVANCED' };
}

export function specFromModel(m: BuilderModel): RecurrenceSpec | null {
  switch (m.mode) {
    case 'DAILY_TIMES':
      return { kind: 'DAILY_TIMES', hours: m.hours, minute: m.minute };
    case 'EVERY_MINUTES':
      return { kind: 'EVERY_MINUTES', every: m.minuteEvery, fromHour: m.minuteFrom, toHour: m.minuteTo };
    case 'EVERY_HOURS':
      return { kind: 'EVERY_HOURS', every: m.hourEvery, fromHour: m.hourFrom, toHour: m.hourTo, minute: m.hourMinute };
    case 'WEEKLY':
      return { kind: 'WEEKLY', days: m.days, hours: m.hours, minute: m.minute, interval: m.weekInterval };
    case 'MONTHLY':
      if (m.monthMode === 'NTH')
        return { kind: 'MONTHLY_NTH', nth: m.nth, weekday: m.weekday, hours: m.hours, minute: m.minute, interval: m.monthInterval };
      return {
        kind: 'MONTHLY_DAY',
        day: m.monthMode === 'LAST' ? -1 : m.monthDay,
        hours: m.hours,
        minute: m.minute,
        interval: m.monthInterval,
      };
    case 'HOURS_ON_DAYS':
      return { kind: 'HOURS_ON_DAYS', every: m.hourEvery, fromHour: m.hourFrom, toHour: m.hourTo, minute: m.minute, days: m.days };
    case 'ADVANCED':
      return null;
  }
}

/** The RRULE the builder stands for ('' while incomplete). */
export function ruleFromModel(m: BuilderModel): string {
  if (m.mode === 'ADVANCED') return m.advanced.trim();
  const spec = specFromModel(m);
  return (spec && buildRule(spec)) ?? '';
}

/** The hours an "every N hours" window actually runs at (the last may be before hourTo). */
export function windowHours(m: Pick<BuilderModel, 'hourEvery' | 'hourFrom' | 'hourTo'>): number[] {
  return m.hourTo < m.hourFrom ? [] : range(m.hourFrom, m.hourTo, m.hourEvery);
}

/** A client-side problem with a rule (the server checks the rest), or null; blank is no problem here. */
export function ruleError(rule: string): string | null {
  return rule.trim() ? recurrenceError(rule) : null;
}

/** The next occurrences of a rule from `now`, as local date-times of `timeZone`. */
export function upcoming(rule: string, timeZone: string, now: Date, count: number, lang: Language): string[] {
  if (!rule || recurrenceError(rule)) return [];
  const startDate = dayjs(now).tz(timeZone).format('YYYY-MM-DD');
  const format = lang === 'en-US' ? 'ddd, MMM D HH:mm' : 'M月D日 ddd HH:mm';
  try {
    return nextOccurrences({ rrule: rule, timeZone, startDate }, now, count).map((d) => dayjs(d).tz(timeZone).format(format));
  } catch {
    return [];
  }
}

// ── describing ─────────────────────────────────────────────────────────────

/** A rule for display: may wrap after ; and , (zero-width spaces), never inside a number. */
export function wrappable(rule: string): string {
  return rule.replace(/([;,])/g, '$1\u200b');
}

const pad = (n: number) => String(n).padStart(2, '0');
export const clock = (hour: number, minute = 0) => `${pad(hour)}:${pad(minute)}`;

export function joinList(items: string[], lang: Language): string {
  if (lang === 'zh-CN') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The weekdays in words: every day, Monday to Friday, weekends, or the list. */
export function describeDays(days: readonly Weekday[], lang: Language): string {
  const t = i18n.getFixedT(lang);
  const ordered = WEEKDAYS.filter((d) => days.includes(d));
  if (ordered.length === WEEKDAYS.length) return t('recurrence.days.everyDay');
  if (ordered.join() === WORKDAYS.join()) return t('recurrence.days.workdays');
  if (ordered.join() === 'SA,SU') return t('recurrence.days.weekends');
  return t('recurrence.days.onDays', {
    days: joinList(
      ordered.map((d) => t(`recurrence.weekdays.${d}`)),
      lang,
    ),
  });
}

/** A shape in words, in the given language. */
export function describeSpec(spec: RecurrenceSpec, lang: Language): string {
  const t = i18n.getFixedT(lang);
  const times =
    'hours' in spec
      ? joinList(
          spec.hours.map((h) => clock(h, spec.minute)),
          lang,
        )
      : '';
  const weekday = (d: Weekday) => t(`recurrence.weekdays.${d}`);
  switch (spec.kind) {
    case 'DAILY_TIMES':
      return spec.hours.length === 1 ? t('recurrence.dailyOnce', { times }) : t('recurrence.dailyTimes', { n: spec.hours.length, times });
    case 'EVERY_MINUTES': {
      if (spec.fromHour === 0 && spec.toHour >= 24) return t('recurrence.everyMinutesAllDay', { every: spec.every });
      const last = spec.toHour * 60 - spec.every;
      return t('recurrence.everyMinutes', { every: spec.every, from: clock(spec.fromHour), to: clock(Math.floor(last / 60), last % 60) });
    }
    case 'EVERY_HOURS': {
      const allDay = spec.fromHour === 0 && spec.minute === 0 && spec.toHour + spec.every >= 24;
      if (allDay) return spec.every === 1 ? t('recurrence.everyHourAllDay') : t('recurrence.everyHoursAllDay', { every: spec.every });
      const from = clock(spec.fromHour, spec.minute);
      const to = clock(spec.toHour, spec.minute);
      return spec.every === 1 ? t('recurrence.everyHour', { from, to }) : t('recurrence.everyHours', { every: spec.every, from, to });
    }
    case 'WEEKLY': {
      if (spec.interval === 1 && spec.days.length === 7) return t('recurrence.dailyOnce', { times });
      if (spec.interval === 1 && spec.days.join() === 'MO,TU,WE,TH,FR') return t('recurrence.weekdaysOnly', { times });
      const days = joinList(spec.days.map(weekday), lang);
      return spec.interval === 1
        ? t('recurrence.weekly', { days, times })
        : t('recurrence.weeklyInterval', { interval: spec.interval, days, times });
    }
    case 'MONTHLY_DAY': {
      const period = spec.interval === 1 ? t('recurrence.everyMonth') : t('recurrence.everyNMonths', { interval: spec.interval });
      if (spec.day === -1) return t('recurrence.monthlyLastDay', { period, times });
      return t('recurrence.monthlyDay', { period, day: spec.day, times });
    }
    case 'MONTHLY_NTH': {
      const period = spec.interval === 1 ? t('recurrence.everyMonth') : t('recurrence.everyNMonths', { interval: spec.interval });
      const nth = t(`recurrence.nth.${spec.nth === -1 ? 'last' : String(spec.nth)}` as 'recurrence.nth.1');
      return t('recurrence.monthlyNth', { period, nth, weekday: t(`recurrence.weekdaysLong.${spec.weekday}`), times });
    }
    case 'HOURS_ON_DAYS': {
      const hours = range(spec.fromHour, spec.toHour, spec.every);
      const from = clock(spec.fromHour, spec.minute);
      const to = clock(hours[hours.length - 1] ?? spec.toHour, spec.minute);
      const days = describeDays(spec.days, lang);
      return spec.every === 1
        ? t('recurrence.hourlyOnDays', { days, from, to, n: hours.length })
        : t('recurrence.everyHoursOnDays', { days, every: spec.every, from, to, n: hours.length });
    }
  }
}

/** Any RRULE in words: the screen's shapes in the UI language, the rest through describeRecurrence. */
export function describeRule(rule: string, lang: Language, profile: Pick<RecurrenceProfile, 'modes'>): string {
  const spec = readRule(rule, profile);
  if (spec) return describeSpec(spec, lang);
  return i18n.getFixedT(lang)('recurrence.custom', { text: describeRecurrence(rule) });
}
