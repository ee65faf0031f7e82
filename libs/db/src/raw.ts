/**
 * An instant read through getRawMany(): mysql2 gives a Date, SQLite the stored UTC text without
 * a zone ("2026-01-31 09:00:00.000"), which `new Date()` would read as local time.
 */
export function rawInstant(v: Date | string): Date {
  if (v instanceof Date) return v;
  return new Date(/^\d{4}-\d\d-\d\d \d/.test(v) ? `${v.replace(' ', 'T')}Z` : v);
}
