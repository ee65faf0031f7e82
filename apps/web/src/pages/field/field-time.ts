// Times on the phone, in the project's zone (the phone may be elsewhere).
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { occurrenceState, type OccurrenceState } from '@pinzhi/domain';
import type { FieldOccurrence } from './field-db';

dayjs.extend(utc);
dayjs.extend(timezone);

export const hhmm = (iso: string | Date, tz: string) => dayjs(iso).tz(tz).format('HH:mm');
export const dayOf = (iso: string | Date, tz: string) => dayjs(iso).tz(tz).format('YYYY-MM-DD');
export const shortDateTime = (iso: string | Date, tz: string) => dayjs(iso).tz(tz).format('MM-DD HH:mm');

/** The state of a downloaded occurrence now (done on this phone counts as done). */
export function stateOf(o: FieldOccurrence, now = new Date()): OccurrenceState {
  return occurrenceState(
    { dueAt: new Date(o.dueAt), windowEndsAt: new Date(o.windowEndsAt), allowLate: o.allowLate, completedAt: o.doneHere ? now : null },
    now,
  );
}

/** May it be done now (due, or overdue where late is allowed)? */
export const isOpen = (state: OccurrenceState) => state === 'DUE' || state === 'OVERDUE';
