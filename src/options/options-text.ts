import { textTable } from '../i18n/format.js';
import { uiText } from '../ui/ui-text.js';
import OPTIONS_WORDS from './options-words.json';

/**
 * The options page's words: its own (apart from the popup's table, so the popup never loads them),
 * and those it shares with the popup (title, copy…).
 */
export const optionsText = textTable({ ...uiText.table, ...OPTIONS_WORDS });
