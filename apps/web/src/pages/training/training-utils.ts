// Pure parts of the training screens: the attendance sheet (keyboard entry as a reducer), status
// colours, form ↔ API input mapping and server field problems → sheet rows.
import { DEFAULT_TIME_ZONE, TRAINING_RULES, zonedTime, type Attendance, type RequirementStatus } from '@pinzhi/domain';
import { dayjs } from '../../lib/format';
import type { FieldProblem } from '../../lib/errors';

export const ATTENDANCE_KEYS: Record<string, Attendance> = { p: 'PRESENT', a: 'ABSENT', l: 'LATE', e: 'EXCUSED' };

export const STATUS_COLORS: Record<RequirementStatus, string> = {
  REQUIRED: 'blue',
  COMPLETED: 'green',
  OVERDUE: 'red',
  EXPIRING_SOON: 'orange',
  EXPIRED: 'volcano',
};

export const ATTENDANCE_COLORS: Record<Attendance, string> = { PRESENT: 'green', LATE: 'gold', ABSENT: 'red', EXCUSED: 'default' };

/** Progress colour of a coverage percentage. */
export function coverageColor(coverage: number | null | undefined): string {
  if (coverage == null) return '#bfbfbf';
  if (coverage >= 90) return '#52c41a';
  if (coverage >= 60) return '#faad14';
  return '#ff4d4f';
}

export interface SheetRow {
  employeeId: string;
  attendance: Attendance | null;
  /** As typed (digits only). */
  score: string;
}

export interface SheetState {
  rows: SheetRow[];
  /** The row with keyboard focus. */
  active: number;
  dirty: boolean;
}

export type SheetAction =
  | { type: 'load'; rows: SheetRow[] }
  | { type: 'focus'; index: number }
  | { type: 'move'; delta: number }
  | { type: 'attendance'; index: number; value: Attendance }
  | { type: 'score'; index: number; value: string }
  | { type: 'key'; key: string };

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

function setRow(state: SheetState, index: number, change: Partial<SheetRow>): SheetState {
  if (!state.rows[index]) return state;
  const rows = state.rows.map((r, i) => (i === index ? { ...r, ...change } : r));
  return { ...state, rows, dirty: true };
}

/**
 * The sheet's reducer. Keys on the active row: ↑/↓ and Enter move; P/A/L/E set attendance
 * (absent or excused clears the score); digits type the score (at most 3, capped at 100);
 * Backspace removes the last digit.
 */
export function sheetReducer(state: SheetState, action: SheetAction): SheetState {
  const last = state.rows.length - 1;
  switch (action.type) {
    case 'load':
      return { rows: action.rows, active: clamp(state.active, action.rows.length - 1), dirty: false };
    case 'focus':
      return { ...state, active: clamp(action.index, last) };
    case 'move':
      return { ...state, active: clamp(state.active + action.delta, last) };
    case 'attendance':
      return setRow(state, action.index, {
        attendance: action.value,
        ...(action.value === 'ABSENT' || action.value === 'EXCUSED' ? { score: '' } : {}),
      });
    case 'score': {
      const row = state.rows[action.index];
      if (row && (row.attendance === 'ABSENT' || row.attendance === 'EXCUSED') && action.value !== '') return state;
      const digits = action.value.replace(/\D/g, '').slice(0, 3);
      const capped = digits && Number(digits) > TRAINING_RULES.score.max ? String(TRAINING_RULES.score.max) : digits;
      return setRow(state, action.index, { score: capped });
    }
    case 'key': {
      const key = action.key;
      if (key === 'ArrowDown' || key === 'Enter') return sheetReducer(state, { type: 'move', delta: 1 });
      if (key === 'ArrowUp') return sheetReducer(state, { type: 'move', delta: -1 });
      const value = ATTENDANCE_KEYS[key.toLowerCase()];
      if (value) return sheetReducer(state, { type: 'attendance', index: state.active, value });
      const row = state.rows[state.active];
      if (!row) return state;
      if (/^\d$/.test(key)) return sheetReducer(state, { type: 'score', index: state.active, value: row.score + key });
      if (key === 'Backspace') return sheetReducer(state, { type: 'score', index: state.active, value: row.score.slice(0, -1) });
      return state;
    }
  }
}

/** The keys the sheet handles itself (the page prevents their default action). */
export function isSheetKey(key: string): boolean {
  return (
    key === 'ArrowDown' ||
    key === 'ArrowUp' ||
    key === 'Enter' ||
    key === 'Backspace' ||
    /^\d$/.test(key) ||
    !!ATTENDANCE_KEYS[key.toLowerCase()]
  );
}

/** The sheet → recordAttendance entries (rows without attendance are left out). */
export function sheetEntries(rows: SheetRow[]): { employeeId: string; attendance: Attendance; score: number | null }[] {
  return rows
    .filter((r): r is SheetRow & { attendance: Attendance } => r.attendance !== null)
    .map((r) => ({ employeeId: r.employeeId, attendance: r.attendance, score: r.score === '' ? null : Number(r.score) }));
}

/** Field problems of `entries.N.x` / `employeeIds.N` → by employee id (indexes refer to the sent list). */
export function problemsByEmployee(
  problems: FieldProblem[],
  sentIds: string[],
  list: 'entries' | 'employeeIds',
): Map<string, FieldProblem[]> {
  const out = new Map<string, FieldProblem[]>();
  for (const p of problems) {
    const path = p.path.length ? p.path : p.field.split('.');
    const at = path.indexOf(list);
    const index = at >= 0 ? Number(path[at + 1]) : NaN;
    const id = Number.isInteger(index) ? sentIds[index] : undefined;
    if (!id) continue;
    out.set(id, [...(out.get(id) ?? []), p]);
  }
  return out;
}

export interface PlanItemForm {
  courseId: string;
  requiredBy: string;
  passMark: number;
  validityMonths: number | null;
}

export interface PlanForm {
  name: string;
  positionId: string;
  scope: 'TENANT' | 'REGION' | 'PROJECT';
  regionId?: string | null;
  projectId?: string | null;
  periodStart: string;
  periodEnd: string;
  items: PlanItemForm[];
}

/** The plan builder's values → TrainingPlanInput (only the scope's own place is sent). */
export function planInput(form: PlanForm) {
  return {
    name: form.name.trim(),
    positionId: form.positionId,
    scope: form.scope,
    regionId: form.scope === 'REGION' ? (form.regionId ?? null) : null,
    projectId: form.scope === 'PROJECT' ? (form.projectId ?? null) : null,
    periodStart: form.periodStart,
    periodEnd: form.periodEnd,
    items: form.items.map((i) => ({
      courseId: i.courseId,
      requiredBy: i.requiredBy,
      passMark: Number(i.passMark),
      validityMonths: i.validityMonths == null || (i.validityMonths as unknown) === '' ? null : Number(i.validityMonths),
    })),
  };
}

/**
 * Session times are entered and shown in the session's zone: its project's, or the company
 * default (Asia/Shanghai) for company-wide sessions — never the browser's.
 */
export function sessionZone(project: { timeZone?: string | null } | null | undefined): string {
  return project?.timeZone || DEFAULT_TIME_ZONE;
}

/** A wall-clock value ("YYYY-MM-DDTHH:mm", what DateTimeField holds) read in `zone` → ISO instant (a repeated time: its first occurrence). */
export function zonedInputToIso(value: string, zone: string): string {
  return zonedTime(value.replace('T', ' '), zone).toISOString();
}

/** An ISO instant → wall-clock value ("YYYY-MM-DDTHH:mm") in `zone`. */
export function isoToZonedInput(iso: string, zone: string): string {
  return dayjs(iso).tz(zone).format('YYYY-MM-DDTHH:mm');
}

/** "HH:mm–HH:mm" of a session in its zone. */
export function sessionTimes(s: { startsAt: string; endsAt: string }, zone: string): string {
  return `${dayjs(s.startsAt).tz(zone).format('HH:mm')}–${dayjs(s.endsAt).tz(zone).format('HH:mm')}`;
}
