import { expect } from 'vitest';

/**
 * Each input, read by `read`, gives the reading beside it: a table of inputs for a name or text
 * reader, kept as data. A failure names the input (JSON, so hidden characters show).
 */
export function expectReadings(read: (input: string) => string, readings: Record<string, string>): void {
  for (const [input, reading] of Object.entries(readings)) expect(read(input), JSON.stringify(input)).toBe(reading);
}

/** `read` with its second argument (the zone, the origin) fixed, for expectReadings. */
export function readingIn<Context>(read: (input: string, context: Context) => string, context: Context): (input: string) => string {
  return (input) => read(input, context);
}
