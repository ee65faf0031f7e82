// Pure helpers of the inspection calendar: grid ranges (weeks start on Monday), URL state ↔
// API scope, state colours and who may record a completion.
import {
  FREQUENCY_RULES,
  INSPECTION_PLANNERS,
  OCCURRENCE_STATES,
  type OccurrenceState,
  type Role,
  type ScopeKind as DataScopeKind,
} from '@pinzhi/domain';
import { dayjs } from '../../lib/format';
import { pickEnum } from '../../lib/url-state';
import type { OccurrenceScope } from '../../gql/graphql';

export const DAY_FORMAT = 'YYYY-MM-DD';
/** agenda: the days from the anchor as a list (a phone's calendar: a month grid does not fit 390 px). */
export const CALENDAR_VIEWS = ['month', 'week', 'agenda'] as const;
/** Days an agenda shows: the anchor (today) and the next six. */
export const AGENDA_DAYS = 7;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
export const SCOPE_KINDS = ['all', 'project', 'region', 'inspector', 'mine'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Display order: what needs attention first. */
export const STATE_ORDER: readonly OccurrenceState[] = ['OVERDUE', 'MISSED', 'DUE', 'SCHEDULED', 'LATE', 'COMPLETED'];

/** antd Tag/Badge colours: overdue and missed stand out in red. */
export type StateColor = 'blue' | 'orange' | 'red' | 'volcano' | 'green' | 'gold';
export const STATE_COLORS: Record<OccurrenceState, StateColor> = {
  SCHEDULED: 'blue',
  DUE: 'orange',
  OVERDUE: 'red',
  MISSED: 'volcano',
  COMPLETED: 'green',
  LATE: 'gold',
};

/** States whose occurrence may still be recorded as done. */
export const COMPLETABLE_STATES: readonly OccurrenceState[] = ['DUE', 'OVERDUE'];
/** States that highlight a day. */
export const ALERT_STATES: readonly OccurrenceState[] = ['OVERDUE', 'MISSED'];

export type Counts = Record<'total' | 'scheduled' | 'due' | 'overdue' | 'completed' | 'late' | 'missed', number>;

export const COUNT_KEY: Record<OccurrenceState, Exclude<keyof Counts, 'total'>> = {
  SCHEDULED: 'scheduled',
  DUE: 'due',
  OVERDUE: 'overdue',
  COMPLETED: 'completed',
  LATE: 'late',
  MISSED: 'missed',
};

/** Non-zero counts in display order. */
export function countEntries(counts: Partial<Counts> | null | undefined): { state: OccurrenceState; count: number }[] {
  if (!counts) return [];
  return STATE_ORDER.map((state) => ({ state, count: counts[COUNT_KEY[state]] ?? 0 })).filter((e) => e.count > 0);
}

export function needsAttention(counts: Partial<Counts> | null | undefined): boolean {
  return !!counts && ALERT_STATES.some((s) => (counts[COUNT_KEY[s]] ?? 0) > 0);
}

export function isDay(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value, DAY_FORMAT, true).isValid();
}

/** Monday of the week holding `day`. */
export function startOfWeek(day: string): string {
  const d = dayjs(day, DAY_FORMAT);
  const offset = (d.day() + 6) % 7; // Monday = 0 … Sunday = 6
  return d.subtract(offset, 'day').format(DAY_FORMAT);
}

export function addDays(day: string, n: number): string {
  return dayjs(day, DAY_FORMAT).add(n, 'day').format(DAY_FORMAT);
}

export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export interface GridRange {
  from: string;
  to: string;
  /** Every day of the grid, from…to. */
  days: string[];
}

/** The whole weeks (Monday–Sunday) covering the month of `anchor`: 4 to 6 rows, ≤ 42 days. */
export function monthGrid(anchor: string): GridRange {
  const first = dayjs(anchor, DAY_FORMAT).startOf('month').format(DAY_FORMAT);
  const last = dayjs(anchor, DAY_FORMAT).endOf('month').format(DAY_FORMAT);
  const from = startOfWeek(first);
  const to = addDays(startOfWeek(last), 6);
  return { from, to, days: daysBetween(from, to) };
}

/** The agenda's days: the anchor and the next AGENDA_DAYS − 1. */
export function agendaRange(anchor: string): GridRange {
  const to = addDays(anchor, AGENDA_DAYS - 1);
  return { from: anchor, to, days: daysBetween(anchor, to) };
}

export function weekRange(anchor: string): GridRange {
  const from = startOfWeek(anchor);
  const to = addDays(from, 6);
  return { from, to, days: daysBetween(from, to) };
}

export function viewRange(view: CalendarView, anchor: string): GridRange {
  const range = view === 'week' ? weekRange(anchor) : view === 'agenda' ? agendaRange(anchor) : monthGrid(anchor);
  if (range.days.length > FREQUENCY_RULES.calendarDays.max) throw new Error('calendar range too long');
  return range;
}

/** The anchor one month or week earlier/later (month steps keep the day where it exists). */
export function shiftAnchor(view: CalendarView, anchor: string, direction: 1 | -1): string {
  const d = dayjs(anchor, DAY_FORMAT);
  return (view === 'month' ? d.add(direction, 'month') : d.add(AGENDA_DAYS * direction, 'day')).format(DAY_FORMAT);
}

export function isSameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

export function todayString(): string {
  return dayjs().format(DAY_FORMAT);
}

/** HH:mm of an instant in a time zone (the project's), falling back to the browser's. */
export function localTime(iso: string, timeZone?: string | null): string {
  const d = dayjs(iso);
  if (timeZone) {
    try {
      return d.tz(timeZone).format('HH:mm');
    } catch {
      /* unknown zone */
    }
  }
  return d.format('HH:mm');
}

/** Date and time of an instant in a time zone, e.g. 2025-03-03 09:00. */
export function localDateTime(iso: string | null | undefined, timeZone?: string | null): string {
  if (!iso) return '';
  const d = dayjs(iso);
  if (timeZone) {
    try {
      return d.tz(timeZone).format('YYYY-MM-DD HH:mm');
    } catch {
      /* unknown zone */
    }
  }
  return d.format('YYYY-MM-DD HH:mm');
}

// ——— URL state ———

export interface CalendarUrlState {
  scope: ScopeKind;
  projectId?: string;
  regionId?: string;
  inspectorId?: string;
  view: CalendarView;
  /** Any day of the month/week shown. */
  anchor: string;
  /** The day whose drawer is open. */
  day?: string;
  /** State filter of the drawer. */
  states: OccurrenceState[];
}

/** The calendar scopes a user may pick; a project-scoped user (data scope PROJECTS) picks no region. */
export function scopeKindsFor(role: Role, canListMembers: boolean, dataScope: DataScopeKind = 'COMPANY'): ScopeKind[] {
  return SCOPE_KINDS.filter((k) =>
    k === 'inspector' ? role !== 'INSPECTOR' && canListMembers : k === 'region' ? dataScope !== 'PROJECTS' : true,
  );
}

export function defaultScope(role: Role): ScopeKind {
  return role === 'INSPECTOR' ? 'mine' : 'all';
}

export function parseStates(value: string | null): OccurrenceState[] {
  if (!value) return [];
  const wanted = value.split(',');
  return OCCURRENCE_STATES.filter((s) => wanted.includes(s));
}

export function calendarStateFromParams(params: URLSearchParams, role: Role, today: string = todayString()): CalendarUrlState {
  const asked = pickEnum(params.get('scope'), SCOPE_KINDS) ?? defaultScope(role);
  // Inspectors see their own assignments only.
  const scope = asked === 'inspector' && role === 'INSPECTOR' ? 'mine' : asked;
  const date = params.get('date');
  const day = params.get('day');
  return {
    scope,
    projectId: scope === 'project' ? (params.get('project') ?? undefined) : undefined,
    regionId: scope === 'region' ? (params.get('region') ?? undefined) : undefined,
    inspectorId: scope === 'inspector' ? (params.get('inspector') ?? undefined) : undefined,
    view: pickEnum(params.get('view'), CALENDAR_VIEWS) ?? 'month',
    anchor: isDay(date) ? date : today,
    day: isDay(day) ? day : undefined,
    states: parseStates(params.get('states')),
  };
}

/** Query-string changes for a new scope (ids of other scopes are dropped). */
export function scopeParams(scope: ScopeKind, id?: string): Record<'scope' | 'project' | 'region' | 'inspector', string | undefined> {
  return {
    scope,
    project: scope === 'project' ? id : undefined,
    region: scope === 'region' ? id : undefined,
    inspector: scope === 'inspector' ? id : undefined,
  };
}

/** Does the scope show few enough occurrences to list them in month cells? */
export function isNarrowScope(scope: ScopeKind): boolean {
  return scope === 'project' || scope === 'inspector' || scope === 'mine';
}

/** The API scope for a range, or null while the chosen scope still lacks its project/region/inspector. */
export function toScopeVariable(
  state: Pick<CalendarUrlState, 'scope' | 'projectId' | 'regionId' | 'inspectorId'>,
  from: string,
  to: string,
): OccurrenceScope | null {
  switch (state.scope) {
    case 'all':
      return { from, to };
    case 'mine':
      return { from, to, mine: true };
    case 'project':
      return state.projectId ? { from, to, projectId: state.projectId } : null;
    case 'region':
      return state.regionId ? { from, to, regionId: state.regionId } : null;
    case 'inspector':
      return state.inspectorId ? { from, to, assigneeUserId: state.inspectorId } : null;
  }
}

// ——— Completion ———

export interface CompletableOccurrence {
  state: OccurrenceState;
  assigneeRole?: string | null;
  assigneeUser?: { id: string } | null;
}

/** Mirrors the API: its assignee (by name, else by role) or a planner, while DUE or OVERDUE. */
export function mayComplete(o: CompletableOccurrence, me: { role: Role; userId: string }): boolean {
  if (!COMPLETABLE_STATES.includes(o.state)) return false;
  if (INSPECTION_PLANNERS.includes(me.role)) return true;
  if (o.assigneeUser) return o.assigneeUser.id === me.userId;
  return !!o.assigneeRole && o.assigneeRole === me.role;
}

// ——— iCal ———

/** The https URL and its webcal:// variant (which calendar apps open as a subscription). */
export function feedUrls(origin: string, path: string): { url: string; webcal: string } {
  const url = `${origin.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
  return { url, webcal: url.replace(/^https?:\/\//, 'webcal://') };
}
