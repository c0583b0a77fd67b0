import { textTable } from '../../i18n/format.js';
import FILL_WORDS from './fill-words.json';

/** The fill section's words, EN and FR side by side (kept apart from ui-text.ts: loaded lazily). */
export const fillPanelText = textTable(FILL_WORDS);
