// Pure helpers of the planning screens: completion windows, schedules and assignees in words,
// pasted date lists, and form values → API inputs.
import { ASSIGNEE_ROLES, FREQUENCY_RULES, type AssigneeRole, type InspectionLevel } from '@pinzhi/domain';
import i18n, { type Language } from '../../i18n';
import { dayjs } from '../../lib/format';
import type { FieldProblem } from '../../lib/errors';
import type { InspectionFrequencyInput, PeriodUnit, ScheduleAnchor } from '../../gql/graphql';
import { INSPECTION_RECURRENCE, describeRule } from '../../components/recurrence/recurrence';

// ── completion window ──────────────────────────────────────────────────────

export type WindowUnit = 'MINUTE' | 'HOUR' | 'DAY';
export const WINDOW_UNITS: readonly WindowUnit[] = ['MINUTE', 'HOUR', 'DAY'];
export const WINDOW_UNIT_MINUTES: Record<WindowUnit, number> = { MINUTE: 1, HOUR: 60, DAY: 1440 };

/** Minutes as an amount of the largest unit that divides them (90 → 90 min, 120 → 2 h, 2880 → 2 d). */
export function splitWindow(minutes: number): { amount: number; unit: WindowUnit } {
  if (minutes > 0 && minutes % WINDOW_UNIT_MINUTES.DAY === 0) return { amount: minutes / WINDOW_UNIT_MINUTES.DAY, unit: 'DAY' };
  if (minutes > 0 && minutes % WINDOW_UNIT_MINUTES.HOUR === 0) return { amount: minutes / WINDOW_UNIT_MINUTES.HOUR, unit: 'HOUR' };
  return { amount: minutes, unit: 'MINUTE' };
}

export function windowInRange(minutes: number | null | undefined): boolean {
  return (
    typeof minutes === 'number' &&
    Number.isInteger(minutes) &&
    minutes >= FREQUENCY_RULES.windowMinutes.min &&
    minutes <= FREQUENCY_RULES.windowMinutes.max
  );
}

/** A window in words: "1 天 2 小时 30 分钟" / "1 d 2 h 30 min". */
export function formatWindow(minutes: number, lang: Language): string {
  const t = i18n.getFixedT(lang);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(t('inspectionPlanning.windowUnits.DAY_n', { n: days }));
  if (hours) parts.push(t('inspectionPlanning.windowUnits.HOUR_n', { n: hours }));
  if (mins || !parts.length) parts.push(t('inspectionPlanning.windowUnits.MINUTE_n', { n: mins }));
  return parts.join(' ');
}

// ── schedules and assignees in words ───────────────────────────────────────

export interface ScheduleLike {
  anchor: ScheduleAnchor;
  rrule?: string | null;
  ruleText?: string | null;
  periodUnit?: PeriodUnit | null;
  periodCount?: number | null;
  startTime?: string | null;
}

/** How often, in the UI language: the rule in words, or "one period after the last was done". */
export function describeSchedule(s: ScheduleLike, lang: Language): string {
  const t = i18n.getFixedT(lang);
  if (s.anchor === 'AFTER_COMPLETION') {
    const period =
      s.periodUnit && s.periodCount
        ? t('inspectionPlanning.afterCompletion.period', { n: s.periodCount, unit: t(`inspectionPlanning.periodUnits.${s.periodUnit}`) })
        : '';
    const first = s.startTime ? t('inspectionPlanning.afterCompletion.firstAt', { time: s.startTime }) : '';
    return (
      [period, first].filter(Boolean).join(t('inspectionPlanning.afterCompletion.separator')) ||
      t('inspectionPlanning.anchors.AFTER_COMPLETION')
    );
  }
  if (!s.rrule) return s.ruleText ?? '—';
  return describeRule(s.rrule, lang, INSPECTION_RECURRENCE);
}

export function isAssigneeRole(value: string | null | undefined): value is AssigneeRole {
  return !!value && (ASSIGNEE_ROLES as readonly string[]).includes(value);
}

/** "张三" or the role's name. */
export function assigneeText(
  a: { assigneeRole?: AssigneeRole | null; assigneeUser?: { displayName: string } | null },
  lang: Language,
): string {
  const t = i18n.getFixedT(lang);
  if (a.assigneeUser) return a.assigneeUser.displayName;
  if (a.assigneeRole) return t(`inspectionPlanning.assigneeRoles.${a.assigneeRole}`);
  return '—';
}

/** The preview's assignee label (a person's name, or a role code the UI names). */
export function assigneeLabel(label: string, lang: Language): string {
  return isAssigneeRole(label) ? i18n.getFixedT(lang)(`inspectionPlanning.assigneeRoles.${label}`) : label;
}

// ── dates ──────────────────────────────────────────────────────────────────

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return dayjs(now).tz(timeZone).format('YYYY-MM-DD');
  } catch {
    return dayjs(now).format('YYYY-MM-DD');
  }
}

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const DATE_PATTERN = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;
const RANGE_SEPARATOR = /^\s*(~|～|至|到|–|—|-|to)\s*$/i;
const MAX_RANGE_DAYS = FREQUENCY_RULES.holidayDates.max;

/**
 * Dates pasted one per line ("2026-10-01", "2026/10/1 国庆节", "20261001"); a line
 * "2026-10-01 ~ 2026-10-07" is the whole range. Lines without a valid date are returned as invalid.
 */
export function parseDateLines(text: string): { dates: string[]; invalid: string[] } {
  const dates = new Set<string>();
  const invalid: string[] = [];
  for (const raw of text.split(/\r?\n|[,，;；]/)) {
    const line = raw.trim();
    if (!line) continue;
    const found: { iso: string | null; start: number; end: number }[] = [];
    for (const m of line.matchAll(DATE_PATTERN)) {
      const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
      found.push({ iso: isoOf(Number(y), Number(mo), Number(d)), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
    if (!found.length || found.some((f) => !f.iso)) {
      invalid.push(line);
      continue;
    }
    if (found.length === 2 && RANGE_SEPARATOR.test(line.slice(found[0].end, found[1].start))) {
      const [from, to] = [found[0].iso!, found[1].iso!].sort();
      let day = dayjs(from);
      for (let i = 0; i < MAX_RANGE_DAYS && day.format('YYYY-MM-DD') <= to; i++, day = day.add(1, 'day'))
        dates.add(day.format('YYYY-MM-DD'));
      continue;
    }
    for (const f of found) dates.add(f.iso!);
  }
  return { dates: [...dates].sort(), invalid };
}

/** Merges date lists: unique and ascending. */
export function mergeDates(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}

// ── forms ──────────────────────────────────────────────────────────────────

export type AssigneeKind = 'ROLE' | 'USER';

/** The values of the frequency form (dates as YYYY-MM-DD strings, times as HH:mm). */
export interface FrequencyDraft {
  templateId?: string | null;
  anchor: ScheduleAnchor;
  rrule?: string | null;
  periodUnit?: PeriodUnit | null;
  periodCount?: number | null;
  startTime?: string | null;
  windowMinutes?: number | null;
  allowLate?: boolean;
  holidayListId?: string | null;
  assigneeKind: AssigneeKind;
  assigneeRole?: AssigneeRole | null;
  assigneeUserId?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  excludedDates?: string[] | null;
  note?: string | null;
  /** 检查层级; empty: the checklist's level. */
  level?: InspectionLevel | null;
}

export type MissingPart = 'template' | 'rule' | 'period' | 'window' | 'startDate' | 'assignee';

/** What the preview still needs before it can be asked for; empty = ready. */
export function missingParts(d: FrequencyDraft): MissingPart[] {
  const out: MissingPart[] = [];
  if (!d.templateId) out.push('template');
  if (d.anchor === 'CALENDAR' && !d.rrule?.trim()) out.push('rule');
  if (d.anchor === 'AFTER_COMPLETION' && (!d.periodUnit || !d.periodCount || !d.startTime)) out.push('period');
  if (typeof d.windowMinutes !== 'number') out.push('window');
  if (!d.startDate) out.push('startDate');
  if (d.assigneeKind === 'ROLE' ? !d.assigneeRole : !d.assigneeUserId) out.push('assignee');
  return out;
}

/** The API input for a complete draft (only the fields of the chosen anchor and assignee kind). */
export function toFrequencyInput(d: FrequencyDraft): InspectionFrequencyInput | null {
  if (!d.templateId || !d.startDate || typeof d.windowMinutes !== 'number') return null;
  const calendar = d.anchor === 'CALENDAR';
  return {
    templateId: d.templateId,
    anchor: d.anchor,
    rrule: calendar ? (d.rrule?.trim() ?? null) : null,
    periodUnit: calendar ? null : (d.periodUnit ?? null),
    periodCount: calendar ? null : (d.periodCount ?? null),
    startTime: calendar ? null : (d.startTime ?? null),
    windowMinutes: d.windowMinutes,
    allowLate: !!d.allowLate,
    holidayListId: d.holidayListId || null,
    assigneeRole: d.assigneeKind === 'ROLE' ? (d.assigneeRole ?? null) : null,
    assigneeUserId: d.assigneeKind === 'USER' ? (d.assigneeUserId ?? null) : null,
    startDate: d.startDate,
    endDate: d.endDate || null,
    excludedDates: mergeDates(d.excludedDates ?? []),
    note: d.note?.trim() || null,
    level: d.level ?? null,
  };
}

/** Server field problems by top-level form field ("input.excludedDates.3" → excludedDates). */
export function problemsByField(
  problems: readonly FieldProblem[],
  fields: readonly string[],
  rename: Record<string, string> = {},
): { byField: Map<string, FieldProblem[]>; rest: FieldProblem[] } {
  const byField = new Map<string, FieldProblem[]>();
  const rest: FieldProblem[] = [];
  for (const p of problems) {
    const path = p.path.length ? [...p.path] : [p.field];
    if (path.length > 1 && path[0] === 'input') path.shift();
    const head = rename[path[0]] ?? path[0];
    if (fields.includes(head)) byField.set(head, [...(byField.get(head) ?? []), p]);
    else rest.push(p);
  }
  return { byField, rest };
}
