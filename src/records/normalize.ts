/**
 * The one place where names and values take their model form (see the trailing-dot
 * rule in types.ts): absolute, lowercase, IDN labels in punycode, no final dot.
 *
 * Two ways to read a name, on purpose:
 * - `normalizeName(input, origin)` reads zone-file text, where the rule is strict: a
 *   name without a final dot is relative, so `mail.example.com` under origin
 *   `example.com` is `mail.example.com.example.com` (that is what BIND would load).
 * - `normalizeHostInput(input, zone)` reads what a person types in a form or what a
 *   control panel shows: there `mail.example.com` for zone `example.com` obviously
 *   means the full name, and only names outside the zone get the zone appended.
 */
import punycode from 'punycode/punycode.js';
import type { DnsRecord } from './types.js';
import { canonicalIPv6 } from './ip-address.js';

/** The dots UTS #46 treats as label separators (ASCII, ideographic, fullwidth, halfwidth). */
const LABEL_SEPARATORS = /[.\u3002\uFF0E\uFF61]/g;

const ASCII = /^[\x00-\x7F]*$/;

/** One label in its ASCII form: lowercase, composed (NFC), non-ASCII labels as `xn--…`. */
export function toAsciiLabel(label: string): string {
  if (ASCII.test(label)) return label.toLowerCase();
  const lower = label.normalize('NFC').toLowerCase();
  return ASCII.test(lower) ? lower : `xn--${punycode.encode(lower)}`;
}

/**
 * A name in its Unicode spelling, for people: `xn--` labels decoded, others as they are. Display
 * only (the model keeps punycode); a label that does not decode stays in its ASCII form.
 */
export function toUnicodeName(name: string): string {
  return name
    .split('.')
    .map((label) => {
      if (!/^xn--/i.test(label)) return label;
      try {
        return punycode.decode(label.slice(4).toLowerCase());
      } catch {
        return label;
      }
    })
    .join('.');
}

/** Lowercase + punycode per label; keeps empty labels so that validation can report them. */
function toAsciiName(name: string): string {
  // What the labels' mapping gives for an ASCII name (NFC changes no ASCII text; `.` is its only separator), without splitting it.
  if (ASCII.test(name)) return name.toLowerCase();
  return name.replace(LABEL_SEPARATORS, '.').split('.').map(toAsciiLabel).join('.');
}

/** An origin/zone in model form: trimmed, final dot dropped, ASCII. */
function normalizeOrigin(origin: string): string {
  const trimmed = origin.trim();
  return toAsciiName(trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed);
}

/**
 * Zone-file reading of a name. `@` or '' is the origin; a final dot makes the name
 * absolute (the dot is dropped); any other name is relative to `origin` when one is
 * given. Without an origin, names are taken as absolute and `@`/'' are returned
 * unchanged, so that validation reports them instead of inventing a zone.
 */
export function normalizeName(input: string, origin?: string): string {
  const text = input.trim().replace(LABEL_SEPARATORS, '.');
  if (text === '@' || text === '') {
    return origin === undefined ? text : normalizeOrigin(origin);
  }
  if (text.endsWith('.')) return toAsciiName(text.slice(0, -1));
  if (origin === undefined) return toAsciiName(text);
  const zone = normalizeOrigin(origin);
  return toAsciiName(zone === '' ? text : `${text}.${zone}`);
}

/**
 * Form/panel reading of a host inside `zone`: `@`, '' or the zone itself is the apex;
 * a name already ending in the zone (`www.example.com`) or ending in a dot is the full
 * name; anything else (`www`) is below the zone.
 */
export function normalizeHostInput(input: string, zone: string): string {
  const text = input.trim().replace(LABEL_SEPARATORS, '.');
  const apex = normalizeOrigin(zone);
  if (text === '@' || text === '') return apex;
  if (text.endsWith('.')) return toAsciiName(text.slice(0, -1));
  const name = toAsciiName(text);
  if (name === apex || name.endsWith(`.${apex}`)) return name;
  return `${name}.${apex}`;
}

/**
 * The name as written inside `zone`: `@` for the apex, the labels below the zone
 * otherwise. A name outside the zone keeps its absolute zone-file form, with the final
 * dot, so the result is always correct zone-file text.
 */
export function relativeName(fqdn: string, zone: string): string {
  const name = normalizeName(fqdn.endsWith('.') ? fqdn : `${fqdn}.`);
  const apex = normalizeOrigin(zone);
  if (name === apex) return '@';
  if (apex === '') return `${name}.`;
  if (name.endsWith(`.${apex}`)) return name.slice(0, -apex.length - 1);
  return `${name}.`;
}

/**
 * The record in model form: names and CNAME/MX/SRV targets normalized (absolute input
 * assumed: a model record has no origin), AAAA in RFC 5952 form, and only the fields
 * its type uses, so that two records meaning the same thing are deep-equal.
 */
export function normalizeRecord(record: DnsRecord): DnsRecord {
  const base = { type: record.type, name: normalizeName(record.name), ttl: record.ttl };
  switch (record.type) {
    case 'A':
      return { ...base, value: record.value.trim() };
    case 'AAAA': {
      const value = record.value.trim().toLowerCase();
      return { ...base, value: canonicalIPv6(value) ?? value };
    }
    case 'CNAME':
      return { ...base, value: normalizeName(record.value) };
    case 'MX':
      return withNumbers({ ...base, value: normalizeName(record.value) }, record, ['priority']);
    case 'SRV':
      return withNumbers({ ...base, value: normalizeName(record.value) }, record, [
        'priority',
        'weight',
        'port',
      ]);
    case 'TXT':
      // TXT text is case-sensitive data: kept exactly.
      return { ...base, value: record.value };
    default:
      // Data from outside the type system (JSON, messages): leave it for validateRecord to report.
      return { ...record };
  }
}

/** Copies the numeric fields the type uses, leaving absent ones absent (not `undefined`). */
function withNumbers(
  target: DnsRecord,
  source: DnsRecord,
  fields: readonly ('priority' | 'weight' | 'port')[],
): DnsRecord {
  for (const field of fields) {
    if (source[field] !== undefined) target[field] = source[field];
  }
  return target;
}
