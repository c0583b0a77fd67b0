import { format, type Message } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import REPORT_WORDS from './report-words.json';

/** The diagnostic report's own words: it is pasted into tickets, so it cannot use the browser's i18n. */
export const REPORT_LABELS = REPORT_WORDS satisfies Record<string, Message>;

export type ReportLabel = keyof typeof REPORT_LABELS;

export function reportLabel(key: ReportLabel, lang: Lang): string {
  return format(lang, REPORT_LABELS[key]);
}
