import type { Lang } from '../i18n/lang.js';
import { relativeName } from '../records/normalize.js';
import type { RecordNotation } from '../sites/types.js';

/** An owner name as the current site writes it: in full (default), or relative with `@` for the apex. */
export function displayName(fqdn: string, zone: string, notation: RecordNotation): string {
  return notation === 'relative' ? relativeName(fqdn, zone) : fqdn;
}

/** A duration for humans: `1 h`, `5 min`, `2 d 3 h`, `45 s` (French writes days `j`). */
export function formatDuration(seconds: number, lang: Lang = 'en'): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts = [days && `${days} ${lang === 'fr' ? 'j' : 'd'}`, hours && `${hours} h`, minutes && `${minutes} min`, rest && `${rest} s`].filter(Boolean);
  return parts.length > 0 ? parts.slice(0, 2).join(' ') : '0 s';
}
