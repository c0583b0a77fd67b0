import { normalizeName, toUnicodeName } from '../records/normalize.js';

/**
 * Both spellings of an internationalised domain (`café.example` / `xn--caf-dma.example`), or
 * undefined for a plain ASCII one. The records and the check name the zone in its DNS form
 * (punycode) while the registrar may show either: the form says which is which, so the user can
 * match the names whatever the registrar writes.
 */
export function idnSpellings(domain: string): { unicode: string; ascii: string } | undefined {
  const ascii = normalizeName(domain.trim());
  const unicode = toUnicodeName(ascii);
  return unicode === ascii ? undefined : { unicode, ascii };
}
