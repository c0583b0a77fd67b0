/**
 * Which rule a label broke, once UTS #46 refused it: tr46 only says "refused", and the user needs
 * the sentence that says what to change. The checks follow UTS #46's validity criteria in order.
 */
import type { Localized } from '../../i18n/lang.js';
import { visibleText } from '../../lib/visible-text.js';
import { nameMessages as say } from './name-messages.js';

/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

export function labelProblem(label: string, shown: string, allowUnderscore: boolean): Localized {
  const quoted = visibleText(label);
  const asciiProblem = badAscii(label, shown, allowUnderscore);
  if (asciiProblem) return asciiProblem;
  const lower = label.toLowerCase();
  // A refused xn-- label is either not punycode or encodes what no name may hold: either way, not an IDN.
  if (lower.startsWith('xn--')) return say.badPunycode(shown, quoted);
  if (lower.startsWith('-') || lower.endsWith('-')) return say.hyphenEdge(shown, quoted);
  if (lower.slice(2, 4) === '--') return say.hyphen34(shown, quoted);
  if (/^\p{M}/u.test(label.normalize('NFC'))) return say.combiningStart(shown, quoted);
  if (/[\u200c\u200d]/u.test(label)) return say.joiner(shown, quoted);
  if (RIGHT_TO_LEFT.test(label)) return say.bidi(shown);
  return say.notIdna(shown, quoted);
}

/** ASCII characters outside letters, digits, hyphens (and `_` where allowed). */
function badAscii(label: string, shown: string, allowUnderscore: boolean): Localized | undefined {
  const allowed = allowUnderscore ? /[A-Za-z0-9_-]/ : /[A-Za-z0-9-]/;
  const bad = [...new Set([...label].filter((char) => char <= '\u007f' && !allowed.test(char)))];
  if (bad.length === 0) return undefined;
  return say.ascii(shown, visibleText(label), bad, !allowUnderscore && bad.includes('_'));
}
