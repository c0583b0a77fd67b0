import { format } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { relativeName } from '../records/normalize.js';
import type { RecordNotation } from '../sites/types.js';

/** An owner name as the current site writes it: in full (default), or relative with `@` for the apex. */
export function displayName(fqdn: string, zone: string, notation: RecordNotation): string {
  return notation === 'relative' ? relativeName(fqdn, zone) : fqdn;
}

const UNITS = {
  days: { en: '{count} d', fr: '{count} j' },
  hours: { en: '{count} h', fr: '{count} h' },
  minutes: { en: '{count} min', fr: '{count} min' },
  seconds: { en: '{count} s', fr: '{count} s' },
} as const;

/** A duration for humans: `1 h`, `5 min`, `2 d 3 h`, `45 s` (French writes days `j`, each number bound to its unit). */
export function formatDuration(seconds: number, lang: Lang = 'en'): string {
  const amounts = {
    days: Math.floor(seconds / 86_400),
    hours: Math.floor((seconds % 86_400) / 3600),
    minutes: Math.floor((seconds % 3600) / 60),
    seconds: seconds % 60,
  };
  const parts = (Object.keys(UNITS) as (keyof typeof UNITS)[]).filter((unit) => amounts[unit] > 0);
  return (parts.length > 0 ? parts.slice(0, 2) : (['seconds'] as const)).map((unit) => format(lang, UNITS[unit], { count: amounts[unit] })).join(' ');
}
