/**
 * Domain names in zone-file presentation (RFC 1035 §5.1, RFC 2181 §11) → the model's form.
 *
 * A label may hold any byte: `_dmarc`, `a+b`, `#%&`, a dot written `\.`, a byte written `\DDD`.
 * The model keeps a name the way BIND prints it, so that one string means one name: labels
 * joined by dots, ASCII letters lowercase, and inside a label the characters a zone file would
 * misread escaped (`\.` `\\` `\"` `\(` `\)` `\;` `\@` `\$`), bytes outside printable ASCII as
 * `\DDD`. A label written in Unicode (or as its UTF-8 bytes) is an IDN, kept as its `xn--`
 * form: the product's one rule for names (normalize.ts). Plain host names are unchanged.
 */
import type { Localized } from '../../i18n/lang.js';
import { toAsciiLabel } from '../normalize.js';
import { shownToken } from './shown.js';
import { badEscape, pushUtf8 } from './escapes.js';
import { localized } from '../../i18n/format.js';

export type NameResult = { ok: true; name: string } | { ok: false; problem: Localized };

const MAX_LABEL_BYTES = 63;
/** In wire form: each label's length byte and bytes, and the root's zero byte (RFC 1035 §3.1). */
const MAX_WIRE_BYTES = 255;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A name token as written (escapes kept) read against `origin` (model form; '' is the root):
 * `@` is the origin, a final dot makes the name absolute, any other name is relative.
 */
export function readZoneName(raw: string, origin: string | undefined): NameResult {
  if (raw === '@') return origin === undefined ? { ok: false, problem: noOrigin(raw) } : { ok: true, name: origin };
  if (raw === '.') return { ok: true, name: '' };
  // Four characters per byte at most (`\DDD`): a longer token cannot be a name, whatever it holds.
  if (raw.length > MAX_WIRE_BYTES * 4) return { ok: false, problem: tooLong(raw, raw.length) };
  const parsed = labelBytes(raw);
  if (!parsed.ok) return parsed;
  const labels: string[] = [];
  for (const bytes of parsed.labels) {
    const label = labelFromBytes(bytes, raw);
    if (!label.ok) return label;
    labels.push(label.name);
  }
  if (!parsed.absolute && origin === undefined) return { ok: false, problem: noOrigin(raw) };
  const name = parsed.absolute || origin === '' ? labels.join('.') : `${labels.join('.')}.${origin}`;
  const length = wireLength(name);
  return length > MAX_WIRE_BYTES ? { ok: false, problem: tooLong(raw, length) } : { ok: true, name };
}

function tooLong(raw: string, length: number): Localized {
  const shown = shownToken(raw);
  return localized({
    en: `The name "{shown}" takes more than {max} bytes in DNS form ({length}), the most a name takes: shorten it.`,
    fr: `Le nom « {shown} » occupe plus de {max} octets sous forme DNS ({length}), le maximum pour un nom : raccourcissez-le.`,
  }, { shown, max: MAX_WIRE_BYTES, length });
}

/** The name's labels as byte lists, and whether it ended with a dot. */
function labelBytes(raw: string): { ok: true; labels: number[][]; absolute: boolean } | { ok: false; problem: Localized } {
  const labels: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const char = raw[i];
    if (char === '.') {
      if (current.length === 0) return { ok: false, problem: emptyLabel(raw) };
      labels.push(current);
      current = [];
      i += 1;
      if (i === raw.length) return { ok: true, labels, absolute: true };
      continue;
    }
    if (char === '\\') {
      const digits = raw.slice(i + 1, i + 4);
      if (/^[0-9]{3}$/.test(digits) && Number(digits) <= 255) {
        current.push(Number(digits));
        i += 4;
        continue;
      }
      if (i + 1 >= raw.length || /^[0-9]/.test(digits)) return { ok: false, problem: badEscape(raw, `\\${digits}`) };
      i += 1;
    }
    i += pushUtf8(raw, i, current);
  }
  if (current.length === 0) return { ok: false, problem: emptyLabel(raw) };
  labels.push(current);
  return { ok: true, labels, absolute: false };
}

/** One label's bytes in the model's form (see the file comment); `raw` is the name as written, for the sentence. */
export function labelFromBytes(bytes: number[], raw: string): NameResult {
  let ascii = bytes;
  if (bytes.some((byte) => byte >= 0x80)) {
    const text = utf8(bytes);
    if (text !== undefined) ascii = Array.from(toAsciiLabel(text), (char) => char.charCodeAt(0));
  }
  if (ascii.length > MAX_LABEL_BYTES) {
    const shown = shownToken(raw);
    return {
      ok: false,
      problem: localized({
        en: `A label of "{shown}" is {length} bytes long; a label has at most {max}: shorten it.`,
        fr: `Un label de « {shown} » fait {length} octets ; un label en a au plus {max} : raccourcissez-le.`,
      }, { shown, length: ascii.length, max: MAX_LABEL_BYTES }),
    };
  }
  return { ok: true, name: ascii.map(byteText).join('') };
}

function utf8(bytes: number[]): string | undefined {
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/** The characters BIND escapes in a label, so that the text reads back as the same bytes. */
const SPECIAL = new Set(['"', '(', ')', '.', ';', '\\', '@', '$']);

function byteText(byte: number): string {
  if (byte <= 0x20 || byte >= 0x7f) return `\\${String(byte).padStart(3, '0')}`;
  const char = String.fromCharCode(byte).toLowerCase();
  return SPECIAL.has(char) ? `\\${char}` : char;
}

/** The labels of a model name, escapes kept (`a\.b.example` → `a\.b`, `example`); the root has none. */
export function nameLabels(name: string): string[] {
  const labels: string[] = [];
  let start = 0;
  for (let i = 0; i < name.length; i += 1) {
    if (name[i] === '\\') i += /^[0-9]{3}/.test(name.slice(i + 1, i + 4)) ? 3 : 1;
    else if (name[i] === '.') {
      labels.push(name.slice(start, i));
      start = i + 1;
    }
  }
  if (name !== '') labels.push(name.slice(start));
  return labels;
}

/** Bytes of the model name in DNS wire form. */
export function wireLength(name: string): number {
  return nameLabels(name).reduce((total, label) => total + 1 + label.replace(/\\([0-9]{3}|.)/g, '_').length, 1);
}

/** `name` is `zone` or below it, label by label (an escaped dot is not a label boundary). */
export function isAtOrBelow(name: string, zone: string): boolean {
  const labels = nameLabels(name);
  const zoneLabels = nameLabels(zone);
  return zoneLabels.length <= labels.length && zoneLabels.every((label, index) => label === labels[labels.length - zoneLabels.length + index]);
}

/** The owner as a zone file inside `zone` writes it: `@`, the labels below the zone, or the absolute name. */
export function relativeOwner(name: string, zone: string): string {
  if (name === zone) return '@';
  if (!isAtOrBelow(name, zone)) return absoluteName(name);
  const labels = nameLabels(name);
  return labels.slice(0, labels.length - nameLabels(zone).length).join('.');
}

/** The model name with its final dot: `example.com.`, and `.` for the root. */
export function absoluteName(name: string): string {
  return `${name}.`;
}

function noOrigin(raw: string): Localized {
  const shown = shownToken(raw);
  return localized({
    en: `The name "{shown}" is relative (no final dot) but no origin is known: end it with a dot, or put a $ORIGIN line before it.`,
    fr: `Le nom « {shown} » est relatif (sans point final) mais aucune origine n’est connue : terminez-le par un point, ou placez une ligne $ORIGIN avant lui.`,
  }, { shown });
}

function emptyLabel(raw: string): Localized {
  const shown = shownToken(raw);
  return localized({
    en: `"{shown}" has an empty label (two dots in a row, or a dot at the start): remove the extra dot.`,
    fr: `« {shown} » contient un label vide (deux points de suite, ou un point au début) : supprimez le point en trop.`,
  }, { shown });
}
