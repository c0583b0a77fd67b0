import { expect } from 'vitest';

/**
 * A hang cap for hostile input, counted in this process's CPU time rather than on the clock: the
 * other jobs of a busy machine take turns on its cores but add nothing to it, so only the work's
 * own cost can fail it. The inputs it guards each took 2 s to minutes of CPU before their pattern
 * was rewritten, and take milliseconds now: the cap sits far from both.
 *
 * (A ratio of two input sizes was tried instead and is not steady: V8's cost per character steps
 * up past some string sizes and with the garbage collector's work, so linear code measured 65× to
 * 400× for 16× the input.)
 */
export const HOSTILE_INPUT_CPU_MS = 500;

/** Milliseconds of this process's CPU (every thread: the collector's and compiler's too) that `work` took. */
export async function cpuMs(work: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Fails when `work` used more than `capMs` of CPU: stuck, not slow. */
export async function expectNoHang(work: () => unknown, where: string, capMs = HOSTILE_INPUT_CPU_MS): Promise<void> {
  expect(await cpuMs(work), `${where}: CPU time long enough to be a hang`).toBeLessThan(capMs);
}
