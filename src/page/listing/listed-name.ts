import { normalizeHostInput, normalizeName } from '../../records/normalize.js';
import { APEX_MARKERS, TTL_UNITS } from './vocabulary.js';

/**
 * A listed owner name resolved against the zone: `@`, an empty cell, « (racine) », "(root)" or
 * the zone itself are the apex; a final dot or the zone at the end make it absolute; anything
 * else is below the zone (a listing never shows `www.example.com` meaning `www.example.com.example.com`).
 */
export function listedOwner(text: string, zone: string): string {
  const cleaned = text.trim();
  return normalizeHostInput(APEX_MARKERS.test(cleaned) ? '@' : cleaned, zone);
}

/**
 * A listed target: absolute when it holds a dot (`shops.example.org`, with or without its final
 * dot: listings show targets as people write them), relative to the zone when it is one label.
 */
export function listedTarget(text: string, zone: string): string {
  const cleaned = text.trim();
  return /\.(?!$)/.test(cleaned) ? normalizeName(cleaned.endsWith('.') ? cleaned : `${cleaned}.`) : normalizeName(cleaned, zone);
}

/** A listed TTL in seconds: `3600`, `3600 s`, `1 hour`, « 4 heures », `1h30m`; undefined for "Auto" and the like. */
export function listedTtl(text: string): number | undefined {
  const cleaned = text.trim().slice(0, 60).replace(/^(?:ttl|durée de vie|time to live)\s*[:：]?\s*/iu, '').toLowerCase();
  if (/^\d+$/.test(cleaned)) return Number(cleaned);
  // Amount and unit pairs: `1h30m` splits at each digit/letter edge.
  const tokens = cleaned.split(/[\s,]+|(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)/u).filter((token) => token !== '' && token !== 'and' && token !== 'et');
  if (tokens.length === 0 || tokens.length % 2 !== 0) return undefined;
  let seconds = 0;
  for (let i = 0; i < tokens.length; i += 2) {
    const factor = TTL_UNITS.find(([pattern]) => pattern.test(tokens[i + 1]!))?.[1];
    if (!/^\d+$/.test(tokens[i]!) || factor === undefined) return undefined;
    seconds += Number(tokens[i]) * factor;
  }
  return seconds;
}
