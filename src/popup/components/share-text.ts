import { textTable } from '../../i18n/format.js';
import SHARE_WORDS from './share-words.json';

/** The share box's words (kept apart from ui-text.ts: they load with the box, after the form). */
export const shareText = textTable(SHARE_WORDS);
