/** Small runtime guards for data crossing a messaging boundary (nothing there is trusted). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

export function isShortString(value: unknown, max = 1024): value is string {
  return typeof value === 'string' && value.length <= max;
}

export function isTabId(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}
