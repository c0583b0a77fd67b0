import type { Localized } from '../i18n/lang.js';

/** Bad input or usage: the CLI prints the sentence as one stderr line and exits with 2. */
export class UsageError extends Error {
  constructor(readonly problem: Localized) {
    super(problem.en);
  }
}
