import { expect } from 'vitest';
import type { Localized } from '../../../../src/i18n/lang.js';

/**
 * What a terminal or a report must never receive raw: C0 controls (line breaks aside), DEL, C1,
 * the line and paragraph separators, bidi controls and every other invisible format character
 * (Unicode Cf). The one escape (src/lib/visible-text.ts) shows them as `\DDD` or `\u{…}`.
 */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/u;

export function rawCharacterIn(text: string): string | undefined {
  const found = RAW.exec(text);
  return found ? `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} at ${found.index} in ${JSON.stringify(text.slice(Math.max(0, found.index - 40), found.index + 40))}` : undefined;
}

export function expectTerminalSafe(text: string, where: string): void {
  expect(rawCharacterIn(text), `${where} echoes a raw control or invisible character`).toBeUndefined();
}

/** Words that betray a program's internals instead of a sentence for people. */
const INTERNALS = /\bundefined\b|\bNaN\b|\[object \w+\]|\n\s+at |TypeError|RangeError|ReferenceError|SyntaxError|Cannot read propert/;

export function expectSentence(text: string, lang: 'en' | 'fr', where: string): void {
  const line = text.trim();
  expect(line, `${where}: empty`).not.toBe('');
  expect(line, `${where}: not a sentence`).toMatch(lang === 'en' ? /[.!?…]$/ : /[.!?»…]$/);
  expect(line, `${where}: internals leak`).not.toMatch(INTERNALS);
}

export function expectLocalizedSentence(problem: Localized, where: string): void {
  expectSentence(problem.en, 'en', `${where} (en)`);
  expectSentence(problem.fr, 'fr', `${where} (fr)`);
}

/**
 * Runs `work` and fails when it used enough of this process's CPU to be a hang (never a
 * performance check: see HANG_MS; CPU time, so a busy machine's other jobs do not count).
 */
export function withinHangCap<T>(work: () => T, capMs: number, where: string): T {
  const start = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(start);
  expect((used.user + used.system) / 1000, `${where}: CPU time long enough to be a hang`).toBeLessThan(capMs);
  return result;
}
