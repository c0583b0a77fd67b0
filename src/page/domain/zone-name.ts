import { parseZoneName, type ZoneName } from '../../records/names/zone-name.js';

/** Last labels that are file types in a path or a title (`index.html`), not top-level domains. */
const FILE_TYPES = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'jsp', 'js', 'mjs', 'css', 'json', 'xml', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'pdf', 'txt', 'zip', 'cgi', 'csv']);

/** Characters that cannot be part of a written domain name: they end a candidate. */
const NOT_IN_NAME = /[^\p{L}\p{N}\p{M}.\-]+/u;

/**
 * The one place a domain read off a page becomes a zone name, through the project's name parser;
 * undefined for anything else. A last label of letters (or an `xn--` one): `v2.3` and `index.html`
 * are not zones.
 */
export function zoneNameOf(candidate: string): ZoneName | undefined {
  const parsed = parseZoneName(candidate.replace(/^[.-]+/, '').replace(/-+$/, ''));
  if (!parsed.ok) return undefined;
  const last = parsed.name.slice(parsed.name.lastIndexOf('.') + 1);
  if (FILE_TYPES.has(last) || !/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(last)) return undefined;
  return parsed.name;
}

/** The zone names written in a text, in order (text capped: a heading or a title, not a page). */
export function zoneNamesIn(text: string): ZoneName[] {
  return text
    .slice(0, 512)
    .split(NOT_IN_NAME)
    .map(zoneNameOf)
    .filter((name): name is ZoneName => name !== undefined);
}
