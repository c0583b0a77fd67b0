import { textTable } from '../../i18n/format.js';
import CHECK_WORDS from './check-words.json';

/**
 * The words of a finished check (kept apart from ui-text.ts: they load with the check's section,
 * after the first render). In `summary`, `count` is the records that could not be checked; in
 * `summaryPending`, the records not visible everywhere yet: French agrees with it.
 */
export const checkText = textTable(CHECK_WORDS);
