import { textTable } from '../i18n/format.js';
import { SHELL_TEXT } from './shell-text.js';
import UI_WORDS from './ui-words.json';

/**
 * The popup's own words, EN and FR side by side; the options page adds its own (options-text.ts),
 * which the popup never loads. chrome.i18n cannot switch language at runtime, so the UI carries
 * its tables and follows the browser or the user's choice.
 */
export const uiText = textTable({ ...SHELL_TEXT, ...UI_WORDS });

export type TextKey = keyof typeof uiText.table;

