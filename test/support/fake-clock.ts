import { expect, vi } from 'vitest';

/**
 * Time-bound behaviour observed on a fake clock (vitest's fake timers: setTimeout, Date.now,
 * performance.now): `run` starts, the clock moves to just before `ms` (it must still be waiting:
 * nothing cut it early), then to `ms` (it must have settled: the bound held). Exact to the
 * millisecond, and the machine's speed or load plays no part. For code whose I/O is faked too:
 * a real socket's answer does not arrive while the fake clock stands still.
 */
export async function settlesAt<T>(ms: number, run: () => Promise<T>): Promise<T> {
  vi.useFakeTimers();
  try {
    let settled = false;
    const outcome = run().finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(settled, `settled before ${ms} ms of fake time`).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled, `still waiting after ${ms} ms of fake time`).toBe(true);
    return await outcome;
  } finally {
    vi.useRealTimers();
  }
}
