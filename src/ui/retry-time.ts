import type { Lang } from '../i18n/lang.js';

/** The locales the UI writes dates in (the same as the check's "Checked …" line). */
const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * When a row's `retryAfterSeconds` runs out, as a clock time in the user's language: "14:05"
 * the same day, "Tue 14:05" / "mar. 14:05" on a later one. Rounded up to the minute, so the time
 * shown is never before caches may have changed. `timeZone` is for tests (default: the user's).
 */
export function retryClockTime(checkedAt: string, retryAfterSeconds: number, lang: Lang, timeZone?: string): string {
  const start = new Date(checkedAt);
  const at = new Date(Math.ceil((start.getTime() + retryAfterSeconds * 1000) / 60_000) * 60_000);
  const zone = timeZone === undefined ? {} : { timeZone };
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { ...zone, dateStyle: 'short' }).format(date);
  const sameDay = day(start) === day(at);
  return new Intl.DateTimeFormat(LOCALES[lang], { ...zone, hour: '2-digit', minute: '2-digit', ...(!sameDay && { weekday: 'short' }) }).format(at);
}
