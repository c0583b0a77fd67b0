import { describe, expect, it } from 'vitest';
import { EXIT, worseExitCode } from '../../../src/cli/exit-codes.js';

describe('worseExitCode', () => {
  it('ranks 2 > 1 > 3 > 0, in any order of arrival', () => {
    const worst = (codes: number[]) => codes.reduce(worseExitCode, EXIT.ok);
    expect(worst([0, 3, 0])).toBe(3);
    expect(worst([3, 1, 3])).toBe(1);
    expect(worst([1, 2, 1])).toBe(2);
    expect(worst([2, 1, 3, 0])).toBe(2);
    expect(worst([0, 1, 3])).toBe(1);
    expect(worst([])).toBe(0);
  });

  it('puts a bug (70) above every finding', () => {
    expect(worseExitCode(EXIT.usage, EXIT.internal)).toBe(EXIT.internal);
    expect(worseExitCode(EXIT.internal, EXIT.problems)).toBe(EXIT.internal);
  });
});
