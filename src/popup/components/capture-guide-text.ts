import { textTable } from '../../i18n/format.js';
import CAPTURE_GUIDE_WORDS from './capture-guide-words.json';

/** The words of the paste box, the captured-values list and the guide view (issue 5), EN and FR. */
export const captureGuideText = textTable(CAPTURE_GUIDE_WORDS);

export type CaptureGuideKey = keyof typeof captureGuideText.table;

