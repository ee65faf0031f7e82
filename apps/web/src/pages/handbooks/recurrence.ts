// Service frequencies (服务频次) as people say them: the common RRULE shapes ↔ a builder model, and
// a description in the UI language. Anything else falls back to @pinzhi/domain's describeRecurrence.
import { describeRecurrence, normaliseRecurrence } from '@pinzhi/domain';
import i18n, { type Language } from '../../i18n';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Minute steps that divide an hour, so "every N minutes" lands on the same minutes each hour. */
export const MINUTE_STEPS = [5, 10, 15, 20, 30] as const;
export const HOUR_STEPS = [1, 2, 3, 4, 6, 8, 12] as const;

interface AtTimes {
  /** Hours of the day (0–23), ascending. */
  hours: number[];
  /** The minute of each of those hours (0–59). */
  minute: number;
}

/** The shapes the frequency builder produces and the describer names. */
export type FrequencySpec =
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
  | ({ kind: 'MONTHLY_NTH'; nth: number; weekday: Weekday; interval: number } & AtTimes);

export type FrequencyKind = FrequencySpec['kind'];

const range = (from: number, to: number, step = 1) => {
  const out: number[] = [];
  for (let i = from; i <= to; i += step) out.push(i);
  return out;
};

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

function isStep(list: number[]): number | null {
  if (list.length < 2) return null;
  const step = list[1] - list[0];
  return list.every((n, i) => i === 0 || n - list[i - 1] === step) ? step : null;
}

/**
 * The builder model of a rule when it has one of the common shapes; null otherwise (the UI then
 * offers the raw RRULE and describes it with describeRecurrence).
 */
export function parseFrequency(rule: string): FrequencySpec | null {
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
      if (h.length > 1 && isStep(h) !== 1) return null;
      return { kind: 'EVERY_MINUTES', every: interval, fromHour: h[0], toHour: h[h.length - 1] + 1 };
    }
    case 'HOURLY': {
      if (p.has('BYDAY') || p.has('BYMONTHDAY') || minutes.length !== 1) return null;
      // DTSTART is local midnight, so INTERVAL=k runs at the hours divisible by k (when k divides 24).
      if (24 % interval !== 0) return null;
      const h = (p.has('BYHOUR') ? hours : range(0, 23)).filter((x) => x % interval === 0);
      if (!h.length) return null;
      const step = h.length === 1 ? interval : isStep(h);
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

/** The RRULE for a builder model, or null while it is incomplete (no hour, no weekday, an empty window). */
export function buildFrequency(spec: FrequencySpec): string | null {
  const at = (s: AtTimes) => (s.hours.length ? `BYHOUR=${[...new Set(s.hours)].sort((a, b) => a - b).join(',')};BYMINUTE=${s.minute}` : null);
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
  }
}

// ── describing ─────────────────────────────────────────────────────────────

/** A rule for display: may wrap after ; and , (zero-width spaces), never inside a number. */
export function wrappable(rule: string): string {
  return rule.replace(/([;,])/g, '$1\u200b');
}

const pad = (n: number) => String(n).padStart(2, '0');
export const clock = (hour: number, minute = 0) => `${pad(hour)}:${pad(minute)}`;

function joinList(items: string[], lang: Language): string {
  if (lang === 'zh-CN') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A frequency in words, in the given language. */
export function describeSpec(spec: FrequencySpec, lang: Language): string {
  const t = i18n.getFixedT(lang);
  const times = 'hours' in spec ? joinList(spec.hours.map((h) => clock(h, spec.minute)), lang) : '';
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
      return spec.interval === 1 ? t('recurrence.weekly', { days, times }) : t('recurrence.weeklyInterval', { interval: spec.interval, days, times });
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
  }
}

/** Any RRULE in words: the common shapes in the UI language, the rest through describeRecurrence. */
export function describeFrequency(rule: string, lang: Language): string {
  const spec = parseFrequency(rule);
  if (spec) return describeSpec(spec, lang);
  return i18n.getFixedT(lang)('recurrence.custom', { text: describeRecurrence(rule) });
}
