import type { CheckStatus } from '../dns/check/types.js';
import type { Lang } from '../i18n/lang.js';
import { textTable } from '../i18n/format.js';
import { typeset } from '../i18n/typeset.js';

/** One word per status, as the UI says them (live / missing / wrong / conflict / not visible everywhere yet / could not check). */
export const STATUS_WORDS: Record<CheckStatus, Record<Lang, string>> = typeset({
  ok: { en: 'OK', fr: 'OK' },
  missing: { en: 'MISSING', fr: 'ABSENT' },
  mismatch: { en: 'WRONG', fr: 'INCORRECT' },
  conflict: { en: 'CONFLICT', fr: 'CONFLIT' },
  pending: { en: 'PENDING', fr: 'EN ATTENTE' },
  error: { en: 'NOT CHECKED', fr: 'NON VÉRIFIÉ' },
});

/** A count of rows per status (`7 NOT CHECKED`, « 7 NON VÉRIFIÉS »): French agrees in number, 0 and 1 alike. */
export const statusCount = textTable({
  ok: { en: '{count} OK', fr: '{count} OK' },
  missing: { en: '{count} MISSING', fr: { one: '{count} ABSENT', other: '{count} ABSENTS' } },
  mismatch: { en: '{count} WRONG', fr: { one: '{count} INCORRECT', other: '{count} INCORRECTS' } },
  conflict: { en: '{count} CONFLICT', fr: { one: '{count} CONFLIT', other: '{count} CONFLITS' } },
  pending: { en: '{count} PENDING', fr: '{count} EN ATTENTE' },
  error: { en: '{count} NOT CHECKED', fr: { one: '{count} NON VÉRIFIÉ', other: '{count} NON VÉRIFIÉS' } },
} satisfies Record<CheckStatus, unknown>);
