import { textTable } from '../i18n/format.js';
import LATER_WORDS from './later-words.json';

/**
 * The words of the records list, its copy buttons and the zone file, EN and FR side by side: kept
 * out of ui-text.ts so the first screen's chunk does not carry them (popup JS budget); the check's
 * words are in check-text.ts, the share box's in share-text.ts.
 */
export const laterText = textTable(LATER_WORDS);

export type LaterTextKey = keyof typeof laterText.table;
