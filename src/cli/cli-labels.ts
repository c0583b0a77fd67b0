import { textTable } from '../i18n/format.js';
import CLI_WORDS from './cli-words.json';

/** Words of the CLI's tables (the diagnostic report has its own, in src/report/): `cliText(lang)('status')`. */
export const cliText = textTable(CLI_WORDS);
