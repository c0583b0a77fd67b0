import { nameCandidate } from '../../records/names/name-candidate.js';

/** Last labels that are file types in a path or a title (`index.html`), not top-level domains. */
const FILE_TYPES = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'jsp', 'js', 'mjs', 'css', 'json', 'xml', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'pdf', 'txt', 'zip', 'cgi', 'csv']);

/** Characters that cannot be part of a written domain name: they end a candidate. */
const NOT_IN_NAME = /[^\p{L}\p{N}\p{M}.\-]+/u;

/** A top-level label: letters (of any script: an IDN's `.рф`), or an ACE label (`xn--p1ai`). */
const TOP_LABEL = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/u;

/**
 * The one place a domain read off a page becomes a zone candidate; undefined for anything else.
 * Read without the UTS #46 table (name-candidate.ts): ASCII in model form, an IDN as the page
 * writes it, for the strict reading where the table is (the background's `strictPage`, the
 * filler's page editor). Two labels or more, a last label of letters (or an `xn--` one): `v2.3`,
 * `localhost` and `index.html` are not zones.
 */
export function zoneNameOf(text: string): string | undefined {
  const candidate = nameCandidate(text.replace(/^[.-]+/, '').replace(/-+$/, ''));
  if (candidate === undefined || !candidate.includes('.')) return undefined;
  const last = candidate.slice(candidate.lastIndexOf('.') + 1);
  if (FILE_TYPES.has(last) || !TOP_LABEL.test(last)) return undefined;
  return candidate;
}

/** The zone names written in a text, in order (text capped: a heading or a title, not a page). */
export function zoneNamesIn(text: string): string[] {
  return text
    .slice(0, 512)
    .split(NOT_IN_NAME)
    .map(zoneNameOf)
    .filter((name): name is string => name !== undefined);
}
