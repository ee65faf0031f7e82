// 检查频次 rules: the shapes planners use (daily at times, weekly on chosen days at times, monthly,
// every N hours inside a daily window on chosen weekdays) ↔ a builder model, and descriptions in
// the UI language. Builds on the handbook recurrence helpers (read-only here).
import { recurrenceError } from '@pinzhi/domain';
import i18n, { type Language } from '../../i18n';
import { WEEKDAYS, buildFrequency, clock, describeFrequency, describeSpec, parseFrequency, type FrequencySpec, type Weekday } from '../handbooks/recurrence';

export { WEEKDAYS, clock, type Weekday };

export const WORKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
export const INTERVAL_HOURS = [1, 2, 3, 4, 6, 8, 12] as const;

/** Every N hours from fromHour to toHour (inclusive) at :minute, on the chosen weekdays. */
export interface HoursOnDaysSpec {
  kind: 'HOURS_ON_DAYS';
  every: number;
  fromHour: number;
  toHour: number;
  minute: number;
  days: Weekday[];
}

export type InspectionSpec = FrequencySpec | HoursOnDaysSpec;

export type RuleMode = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'HOURS_ON_DAYS' | 'ADVANCED';
export const RULE_MODES: readonly RuleMode[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'HOURS_ON_DAYS', 'ADVANCED'];

/** Every field of every mode, so switching modes keeps what was chosen. */
export interface RuleModel {
  mode: RuleMode;
  /** DAILY / WEEKLY / MONTHLY: the hours of the day (ascending) … */
  hours: number[];
  /** … and the minute of each of them; also the minute of HOURS_ON_DAYS. */
  minute: number;
  /** WEEKLY and HOURS_ON_DAYS: the weekdays. */
  days: Weekday[];
  weekInterval: number;
  monthMode: 'DAY' | 'LAST' | 'NTH';
  monthDay: number;
  nth: number;
  weekday: Weekday;
  monthInterval: number;
  every: number;
  fromHour: number;
  toHour: number;
  advanced: string;
}

export const DEFAULT_RULE_MODEL: RuleModel = {
  mode: 'DAILY',
  hours: [9],
  minute: 0,
  days: [...WORKDAYS],
  weekInterval: 1,
  monthMode: 'DAY',
  monthDay: 1,
  nth: 1,
  weekday: 'MO',
  monthInterval: 1,
  every: 3,
  fromHour: 9,
  toHour: 18,
  advanced: '',
};

export const NEW_INSPECTION_RULE = 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0';

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

/**
 * The shape of a rule, or null when it is none of the common ones. Weekly rules (on some days)
 * with three or more evenly spaced hours read as "every N hours between two times on those
 * days"; hourly rules (every day) likewise.
 */
export function parseInspectionRule(rule: string | null | undefined): InspectionSpec | null {
  if (!rule?.trim()) return null;
  const spec = parseFrequency(rule);
  if (!spec) return null;
  if (spec.kind === 'EVERY_HOURS') {
    return { kind: 'HOURS_ON_DAYS', every: spec.every, fromHour: spec.fromHour, toHour: spec.toHour, minute: spec.minute, days: [...WEEKDAYS] };
  }
  if (spec.kind === 'WEEKLY' && spec.interval === 1 && spec.hours.length >= 3 && spec.days.length < WEEKDAYS.length) {
    const step = constantStep(spec.hours);
    if (step) {
      return { kind: 'HOURS_ON_DAYS', every: step, fromHour: spec.hours[0], toHour: spec.hours[spec.hours.length - 1], minute: spec.minute, days: spec.days };
    }
  }
  return spec;
}

/** The RRULE of a shape, or null while it is incomplete (no hour, no weekday, an empty window). */
export function buildInspectionRule(spec: InspectionSpec): string | null {
  if (spec.kind !== 'HOURS_ON_DAYS') return buildFrequency(spec);
  if (spec.toHour < spec.fromHour || spec.every < 1 || !spec.days.length) return null;
  const days = WEEKDAYS.filter((d) => spec.days.includes(d));
  const hours = range(spec.fromHour, spec.toHour, spec.every);
  if (days.length === WEEKDAYS.length) {
    return buildFrequency({ kind: 'EVERY_HOURS', every: spec.every, fromHour: spec.fromHour, toHour: spec.toHour, minute: spec.minute });
  }
  return `FREQ=WEEKLY;BYDAY=${days.join(',')};BYHOUR=${hours.join(',')};BYMINUTE=${spec.minute}`;
}

/** The builder's state for a rule: a common shape opens its mode, anything else "advanced". */
export function modelFromRule(rule: string | null | undefined): RuleModel {
  const text = (rule ?? '').trim();
  if (!text) return { ...DEFAULT_RULE_MODEL, days: [...DEFAULT_RULE_MODEL.days] };
  const base: RuleModel = { ...DEFAULT_RULE_MODEL, days: [...DEFAULT_RULE_MODEL.days], advanced: text };
  const spec = parseInspectionRule(text);
  if (!spec) return { ...base, mode: 'ADVANCED' };
  switch (spec.kind) {
    case 'DAILY_TIMES':
      return { ...base, mode: 'DAILY', hours: spec.hours, minute: spec.minute };
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
      return { ...base, mode: 'MONTHLY', monthMode: 'NTH', nth: spec.nth, weekday: spec.weekday, hours: spec.hours, minute: spec.minute, monthInterval: spec.interval };
    case 'HOURS_ON_DAYS':
      return { ...base, mode: 'HOURS_ON_DAYS', every: spec.every, fromHour: spec.fromHour, toHour: spec.toHour, minute: spec.minute, days: spec.days };
    case 'EVERY_MINUTES':
    case 'EVERY_HOURS':
      return { ...base, mode: 'ADVANCED' };
  }
}

export function specFromModel(m: RuleModel): InspectionSpec | null {
  switch (m.mode) {
    case 'DAILY':
      return { kind: 'DAILY_TIMES', hours: m.hours, minute: m.minute };
    case 'WEEKLY':
      return { kind: 'WEEKLY', days: m.days, hours: m.hours, minute: m.minute, interval: m.weekInterval };
    case 'MONTHLY':
      if (m.monthMode === 'NTH') return { kind: 'MONTHLY_NTH', nth: m.nth, weekday: m.weekday, hours: m.hours, minute: m.minute, interval: m.monthInterval };
      return { kind: 'MONTHLY_DAY', day: m.monthMode === 'LAST' ? -1 : m.monthDay, hours: m.hours, minute: m.minute, interval: m.monthInterval };
    case 'HOURS_ON_DAYS':
      return { kind: 'HOURS_ON_DAYS', every: m.every, fromHour: m.fromHour, toHour: m.toHour, minute: m.minute, days: m.days };
    case 'ADVANCED':
      return null;
  }
}

/** The RRULE the builder stands for ('' while incomplete). */
export function ruleFromModel(m: RuleModel): string {
  if (m.mode === 'ADVANCED') return m.advanced.trim();
  const spec = specFromModel(m);
  return (spec && buildInspectionRule(spec)) ?? '';
}

/** The hours an "every N hours" window actually runs at (the last may be before toHour). */
export function windowHours(m: Pick<RuleModel, 'every' | 'fromHour' | 'toHour'>): number[] {
  return m.toHour < m.fromHour ? [] : range(m.fromHour, m.toHour, m.every);
}

// ── describing ─────────────────────────────────────────────────────────────

function joinList(items: string[], lang: Language): string {
  if (lang === 'zh-CN') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The weekdays in words: every day, Monday to Friday, or the list. */
export function describeDays(days: readonly Weekday[], lang: Language): string {
  const t = i18n.getFixedT(lang);
  const ordered = WEEKDAYS.filter((d) => days.includes(d));
  if (ordered.length === WEEKDAYS.length) return t('inspectionPlanning.rule.everyDay');
  if (ordered.join() === WORKDAYS.join()) return t('inspectionPlanning.rule.workdays');
  if (ordered.join() === 'SA,SU') return t('inspectionPlanning.rule.weekends');
  return t('inspectionPlanning.rule.onDays', { days: joinList(ordered.map((d) => t(`recurrence.weekdays.${d}`)), lang) });
}

export function describeInspectionSpec(spec: InspectionSpec, lang: Language): string {
  if (spec.kind !== 'HOURS_ON_DAYS') return describeSpec(spec, lang);
  const t = i18n.getFixedT(lang);
  const hours = range(spec.fromHour, spec.toHour, spec.every);
  const from = clock(spec.fromHour, spec.minute);
  const to = clock(hours[hours.length - 1] ?? spec.toHour, spec.minute);
  const days = describeDays(spec.days, lang);
  return spec.every === 1
    ? t('inspectionPlanning.rule.hourlyOnDays', { days, from, to, n: hours.length })
    : t('inspectionPlanning.rule.everyHoursOnDays', { days, every: spec.every, from, to, n: hours.length });
}

/** Any RRULE in words: the planners' shapes in the UI language, the rest through the handbook describer. */
export function describeInspectionRule(rule: string, lang: Language): string {
  const spec = parseInspectionRule(rule);
  if (spec) return describeInspectionSpec(spec, lang);
  return describeFrequency(rule, lang);
}

/** A client-side problem with a rule (the server checks the rest), or null. */
export function inspectionRuleError(rule: string): string | null {
  return rule.trim() ? recurrenceError(rule) : null;
}
