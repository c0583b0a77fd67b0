import type { StorageArea } from '../ext/browser.js';

/** The part of a browser storage area we use: injected so storage logic is unit-tested without a browser. */
export type StorageAreaLike = StorageArea;

/** An in-memory area (unit tests, and a fallback where storage is unavailable). */
export function memoryArea(): StorageAreaLike {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
    },
  };
}
