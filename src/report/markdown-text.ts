import { visibleText } from '../lib/visible-text.js';

/**
 * DNS data and pasted input inside the report's Markdown. A TXT value or a name may hold
 * `*[x](javascript:…)*`, `<img …>` or `&lt;`: rendered by a ticket system, it would become a
 * link, HTML or other text. Every character that can start such a construct is escaped with a
 * backslash (CommonMark §2.4); hidden characters are shown first (visibleText).
 */
const SPECIAL = /[\\`*_[\]<>&~|#]/g;

export function markdownText(text: string): string {
  return visibleText(text).replace(SPECIAL, '\\$&');
}

/**
 * A value as inline code, where Markdown reads nothing but backticks: values keep their
 * underscores and asterisks readable. The fence is longer than any run of backticks inside, and
 * a space pads a value that starts or ends with a backtick or a space, since CommonMark removes
 * one space from each end of a code span (§6.1).
 */
export function markdownCode(text: string): string {
  const value = visibleText(text);
  const fence = '`'.repeat(Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[ `]|[ `]$/.test(value) && value.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}
