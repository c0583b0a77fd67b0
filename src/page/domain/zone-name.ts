import { normalizeName } from '../../records/normalize.js';
import { validateDomainName } from '../../records/validate-name.js';

/** Last labels that are file types in a path or a title (`index.html`), not top-level domains. */
const FILE_TYPES = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'jsp', 'js', 'mjs', 'css', 'json', 'xml', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'pdf', 'txt', 'zip', 'cgi', 'csv']);

/** Characters that cannot be part of a written domain name: they end a candidate. */
const NOT_IN_NAME = /[^\p{L}\p{N}\p{M}.\-]+/u;

/**
 * The one place a domain read off a page becomes a zone name (the model's form: lowercase,
 * punycode, no final dot), through the project's name rules; undefined for anything else. At
 * least two labels, and a last label of letters (or an `xn--` one): `v2.3` and `index.html` are not zones.
 */
export function zoneNameOf(candidate: string): string | undefined {
  const text = candidate.replace(/^[.-]+/, '').replace(/-+$/, '');
  const labels = text.replace(/\.$/, '').split('.');
  const last = labels[labels.length - 1]!.toLowerCase();
  if (labels.length < 2 || labels.some((label) => label === '') || FILE_TYPES.has(last)) return undefined;
  if (!/^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u.test(last)) return undefined;
  if (validateDomainName(text).length > 0) return undefined;
  return normalizeName(text.endsWith('.') ? text : `${text}.`);
}

/** The zone names written in a text, in order (text capped: a heading or a title, not a page). */
export function zoneNamesIn(text: string): string[] {
  return text
    .slice(0, 512)
    .split(NOT_IN_NAME)
    .map(zoneNameOf)
    .filter((name): name is string => name !== undefined);
}
