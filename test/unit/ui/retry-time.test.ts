import { describe, expect, it } from 'vitest';
import { retryClockTime } from '../../../src/ui/retry-time.js';

describe('retryClockTime', () => {
  it('the same day: the clock time, rounded up to the minute', () => {
    expect(retryClockTime('2026-12-07T13:59:10Z', 300, 'en', 'UTC')).toBe('14:05');
    expect(retryClockTime('2026-12-07T13:59:10Z', 300, 'fr', 'UTC')).toBe('14:05');
    expect(retryClockTime('2026-12-07T14:00:00Z', 60, 'en', 'UTC')).toBe('14:01');
  });

  it("in the user's time zone", () => {
    expect(retryClockTime('2026-12-07T13:59:10Z', 300, 'fr', 'Europe/Paris')).toBe('15:05');
  });

  it('on a later day: with the weekday', () => {
    expect(retryClockTime('2026-12-07T23:30:00Z', 3600, 'en', 'UTC')).toBe('Tue 00:30');
    expect(retryClockTime('2026-12-07T23:30:00Z', 3600, 'fr', 'UTC')).toBe('mar. 00:30');
  });
});
