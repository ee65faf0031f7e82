/**
 * Inspection templates (检查表) and inspection planning (检查频次): the shapes, limits and
 * the occurrence state rule, shared by the API and the web client.
 */

import { startableFrom } from './company-settings';

/** A deduction an inspector can pick for an item ("地面有污渍 −2"). */
export interface ChecklistDeductionDoc {
  key: string;
  labelZh: string;
  labelEn: string | null;
  points: number;
}

export interface ChecklistItemDoc {
  key: string;
  /** The library standard this checkpoint inspects. */
  standardId: string;
  /** Checkpoint wording for the inspector; null = the standard's own text. */
  checkpointZh: string | null;
  checkpointEn: string | null;
  /** Points the item is worth (its weight in the score). */
  points: number;
  deductions: ChecklistDeductionDoc[];
  /** May the inspector mark it not applicable (then it leaves the denominator)? */
  naAllowed: boolean;
  /** A failed critical item fails the whole inspection, whatever the score. */
  critical: boolean;
}

export interface ChecklistSectionDoc {
  key: string;
  titleZh: string;
  titleEn: string | null;
  items: ChecklistItemDoc[];
}

/** The content of one inspection-template version. */
export interface ChecklistDoc {
  /** Percentage of the applicable points needed to pass (0–100). */
  passScore: number;
  sections: ChecklistSectionDoc[];
}

export const CHECKLIST_RULES = {
  title: { min: 1, max: 100 },
  checkpoint: { max: 500 },
  points: { min: 1, max: 100 },
  deductionsPerItem: { max: 10 },
  deductionLabel: { min: 1, max: 100 },
  passScore: { min: 0, max: 100 },
  sections: { max: 50 },
  itemsPerSection: { max: 200 },
} as const;

/** Who an inspection frequency is assigned to, when it is not a named user. */
export const ASSIGNEE_ROLES = ['PROJECT_MANAGER', 'INSPECTOR', 'QUALITY_CENTER', 'REGIONAL_OPS'] as const;
export type AssigneeRole = (typeof ASSIGNEE_ROLES)[number];

/** CALENDAR: due on the rule's dates. AFTER_COMPLETION: due one period after the last one was done. */
export const SCHEDULE_ANCHORS = ['CALENDAR', 'AFTER_COMPLETION'] as const;
export type ScheduleAnchor = (typeof SCHEDULE_ANCHORS)[number];

export const PERIOD_UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH'] as const;

export const FREQUENCY_RULES = {
  /** Completion window after the due time: 15 minutes to 31 days. */
  windowMinutes: { min: 15, max: 31 * 24 * 60 },
  periodCount: { min: 1, max: 365 },
  excludedDates: { max: 366 },
  holidayDates: { max: 400 },
  holidayListName: { min: 1, max: 60 },
  /** Calendar queries: at most this many days in one request … */
  calendarDays: { max: 62 },
  /** … and not further ahead than this (occurrences are materialised up to the range's end). */
  horizonDays: { max: 400 },
  previewCount: { max: 50 },
} as const;

/**
 * SCHEDULED (not yet due) → DUE (inside its completion window) → COMPLETED (done in the
 * window) or LATE (done after it), or — when the window passes undone — MISSED, unless late
 * submission is allowed, in which case it is OVERDUE until done.
 */
export const OCCURRENCE_STATES = ['SCHEDULED', 'DUE', 'OVERDUE', 'COMPLETED', 'LATE', 'MISSED'] as const;
export type OccurrenceState = (typeof OCCURRENCE_STATES)[number];

export interface OccurrenceTimes {
  dueAt: Date;
  windowEndsAt: Date;
  allowLate: boolean;
  completedAt: Date | null;
}

export function occurrenceState(o: OccurrenceTimes, now: Date): OccurrenceState {
  if (o.completedAt) return o.completedAt.getTime() <= o.windowEndsAt.getTime() ? 'COMPLETED' : 'LATE';
  if (now.getTime() < o.dueAt.getTime()) return 'SCHEDULED';
  if (now.getTime() < o.windowEndsAt.getTime()) return 'DUE';
  return o.allowLate ? 'OVERDUE' : 'MISSED';
}

/**
 * Can it be completed at `now`? Not after a closed window, and not before it is due — unless the
 * company allows early starts: then from `earlyStartHours` before the window opens.
 */
export function completionError(
  o: OccurrenceTimes,
  now: Date,
  earlyStartHours = 0,
): 'ALREADY_COMPLETED' | 'NOT_YET_DUE' | 'WINDOW_CLOSED' | null {
  const state = occurrenceState(o, now);
  if (state === 'COMPLETED' || state === 'LATE') return 'ALREADY_COMPLETED';
  if (state === 'SCHEDULED' && now.getTime() < startableFrom(o.dueAt, earlyStartHours).getTime()) return 'NOT_YET_DUE';
  if (state === 'MISSED') return 'WINDOW_CLOSED';
  return null;
}

/** Maximum points of a checklist and the number of items (for summaries). */
export function checklistTotals(doc: ChecklistDoc): { items: number; points: number; critical: number } {
  let items = 0;
  let points = 0;
  let critical = 0;
  for (const s of doc.sections) {
    for (const i of s.items) {
      items++;
      points += i.points;
      if (i.critical) critical++;
    }
  }
  return { items, points, critical };
}
