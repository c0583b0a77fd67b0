/**
 * TTLs as zone files write them, read the way BIND reads them (lib/dns/ttl.c): seconds
 * (`3600`), or amounts with units in any case and order (`1h30m`, `1W2d`, `2D`). A bare number
 * after units is refused (`1h30` is a typo), except after only zeros, as BIND does.
 */
import { MAX_TTL } from '../validate.js';

const MAX_UINT32 = 4294967295;
const UNITS: Readonly<Record<string, number>> = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };

/** The TTL in seconds, or undefined when the word is not a TTL (or exceeds 32 bits, as in BIND). */
export function parseTtlText(word: string): number | undefined {
  // BIND refuses more than 63 characters: no legal TTL is that long.
  if (word.length === 0 || word.length > 63) return undefined;
  let total = 0;
  let index = 0;
  while (index < word.length) {
    const start = index;
    while (index < word.length && word.charCodeAt(index) >= 48 && word.charCodeAt(index) <= 57) index += 1;
    if (index === start) return undefined;
    const amount = Number(word.slice(start, index));
    if (amount > MAX_UINT32) return undefined;
    if (index === word.length) {
      if (total !== 0) return undefined;
      total = amount;
      break;
    }
    const unit = UNITS[word[index]!.toLowerCase()];
    if (unit === undefined) return undefined;
    total += amount * unit;
    index += 1;
  }
  return total > MAX_UINT32 ? undefined : total;
}

/** What a server keeps of a TTL: over 2^31 − 1 it is 0 (RFC 2181 §8, BIND's limit_ttl). */
export function servedTtl(ttl: number): number {
  return ttl > MAX_TTL ? 0 : ttl;
}
