import { expect } from 'vitest';
import type { Localized } from '../../../src/i18n/lang.js';

/**
 * Every problem is a sentence in both languages, and each one names the bad value so
 * the user can find it (`mentions`, when given, must appear in EN and FR alike).
 */
export function expectSentences(problems: readonly Localized[], ...mentions: string[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.en.trim()).not.toBe('');
    expect(problem.fr.trim()).not.toBe('');
    expect(problem.fr).not.toBe(problem.en);
    expect(problem.en).toMatch(/[.!?]$/);
    expect(problem.fr).toMatch(/[.!?»]$/);
  }
  for (const mention of mentions) {
    expect(problems.some((problem) => problem.en.includes(mention) && problem.fr.includes(mention))).toBe(true);
  }
}
