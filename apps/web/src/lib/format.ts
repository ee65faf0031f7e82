// Dates: calendar days stay calendar days; instants are shown in a time zone (the project's when
// known) using the chosen language's dayjs locale.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import type { Language } from '../i18n';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(localizedFormat);
dayjs.extend(customParseFormat);

export const DAYJS_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

export function applyDayjsLocale(lang: Language): void {
  dayjs.locale(DAYJS_LOCALE[lang]);
}

function zoned(value: string, timeZone?: string | null) {
  const d = dayjs(value);
  if (!timeZone) return d;
  try {
    return d.tz(timeZone);
  } catch {
    return d;
  }
}

/** An instant (DateTime scalar) as date and time, e.g. 2025年3月1日 14:05 / Mar 1, 2025 2:05 PM. */
export function formatDateTime(value: string | null | undefined, timeZone?: string | null, style: 'long' | 'short' = 'long'): string {
  if (!value) return '—';
  const d = zoned(value, timeZone);
  return d.isValid() ? d.format(style === 'short' ? 'L LT' : 'lll') : value;
}

/** A calendar date (YYYY-MM-DD) in the language's long ('ll') or numeric ('L') date format. */
export function formatDate(value: string | null | undefined, style: 'long' | 'short' = 'long'): string {
  if (!value) return '—';
  const d = dayjs(value, 'YYYY-MM-DD', true);
  return d.isValid() ? d.format(style === 'short' ? 'L' : 'll') : value;
}

export function formatNumber(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(lang).format(value);
}

export { dayjs };
