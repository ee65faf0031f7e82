import { RRule, rrulestr } from 'rrule';

/** Frequencies a service or inspection schedule may use (a function, so bundlers can drop rrule where unused). */
const allowedFreq = () => new Set([RRule.MINUTELY, RRule.HOURLY, RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);

/**
 * Checks an RFC 5545 RRULE body (no DTSTART; times are local to the project's time zone).
 * Returns null when it is usable, or a message saying what is wrong.
 */
export function recurrenceError(rule: string): string | null {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (!text) return 'a recurrence rule is required';
  if (/DTSTART|\n/i.test(text)) return 'give the rule without DTSTART (the start comes from the schedule)';
  try {
    const r = rrulestr(`RRULE:${text}`);
    if (!allowedFreq().has(r.options.freq)) return 'FREQ must be MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY';
    if (r.options.freq === RRule.MINUTELY && (r.options.interval ?? 1) < 5) return 'at most one run every 5 minutes';
    return null;
  } catch (e) {
    return `not a valid RRULE: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Normalises a rule for storage: upper-case, without an RRULE: prefix. */
export function normaliseRecurrence(rule: string): string {
  return rule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
}

/** A short English description ("every day at 8, 12 and 16"); the UI has its own Chinese one. */
export function describeRecurrence(rule: string): string {
  try {
    return rrulestr(`RRULE:${normaliseRecurrence(rule)}`).toText();
  } catch {
    return rule;
  }
}
