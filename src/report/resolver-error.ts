import type { CheckRow } from '../dns/check/types.js';
import type { Lang } from '../i18n/lang.js';

/**
 * Why a resolver gave this row no answer, in `lang`; undefined when it answered. Reports stored
 * by older versions have no errorTexts: their English error is shown as it is.
 */
export function resolverError(row: CheckRow, url: string, lang: Lang): string | undefined {
  const answer = row.byResolver[url];
  if (answer === undefined || Array.isArray(answer)) return undefined;
  return row.errorTexts?.[url]?.[lang] ?? answer.error;
}
