import type { CheckStatus } from '../dns/check/types.js';
import type { Lang } from '../i18n/lang.js';
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
