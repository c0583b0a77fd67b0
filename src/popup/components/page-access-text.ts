import { textTable } from '../../i18n/format.js';
import PAGE_ACCESS_WORDS from './page-access-words.json';

/** The side panel's words when it asks for access to the page (page-access.tsx); keys of the answers are PageAccessAnswer's. */
export const pageAccessText = textTable(PAGE_ACCESS_WORDS);
