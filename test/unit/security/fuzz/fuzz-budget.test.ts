import { expect, test } from 'vitest';
import { FUZZ_BUDGET } from './fuzz-settings.js';

// Issue 11: at least 2,000 generated inputs per run, in-process. Some targets feed two properties.
test('the fuzz budget is at least 2,000 generated inputs per run', () => {
  expect(Object.values(FUZZ_BUDGET).reduce((sum, runs) => sum + runs, 0)).toBeGreaterThanOrEqual(2000);
});
