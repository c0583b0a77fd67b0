/**
 * Which zone a file is: the caller says it, else the file's first `$ORIGIN` when absolute, else
 * the owner of its first SOA when absolute (issue 14's rule; later `$ORIGIN` lines apply as usual).
 */
import { readEntryHeader, type EntryHeader } from './entry.js';
import { readZoneName } from './name.js';
import { tokenizeZone, type LogicalLine } from './tokenize.js';

/** The file's first `$ORIGIN` when it is absolute, else the owner of its first SOA when absolute. */
export function startingOrigin(lines: readonly LogicalLine[]): string | undefined {
  const entries = lines.filter((entry) => !entry.broken && entry.tokens.length > 0);
  const origin = entries.find((entry) => isDirective(entry, '$ORIGIN'));
  const written = origin?.tokens[1]?.raw;
  if (written?.endsWith('.') && origin?.tokens.length === 2) {
    const name = readZoneName(written, undefined);
    if (name.ok) return name.name;
  }
  const owner = readZoneName(firstSoaOwner(entries) ?? '', undefined);
  return owner.ok ? owner.name : undefined;
}

/**
 * The zone a file without one most likely means: its SOA's owner written without the final dot
 * (`example.com`, as Cloudflare's exports write it), which BIND reads relative to an origin the
 * file does not give. Only a suggestion for the user to confirm (`--origin`), never assumed.
 */
export function relativeSoaOwner(text: string): string | undefined {
  const raw = firstSoaOwner(tokenizeZone(text).lines.filter((entry) => !entry.broken && entry.tokens.length > 0));
  if (!raw || raw === '@' || raw.endsWith('.')) return undefined;
  const name = readZoneName(`${raw}.`, undefined);
  return name.ok ? name.name : undefined;
}

/** The owner of the first SOA as written, when the entry writes one. */
function firstSoaOwner(entries: readonly LogicalLine[]): string | undefined {
  const soa = entries.find((entry) => !isDirective(entry) && headerOf(entry)?.type === 'SOA');
  return soa && !soa.blankOwner ? soa.tokens[0]?.raw : undefined;
}

export function isDirective(entry: LogicalLine, name?: string): boolean {
  const first = entry.tokens[0];
  if (!first || first.quoted || entry.blankOwner || !first.raw.startsWith('$')) return false;
  return name === undefined || first.raw.toUpperCase() === name;
}

function headerOf(entry: LogicalLine): EntryHeader | undefined {
  const header = readEntryHeader(entry.blankOwner ? entry.tokens : entry.tokens.slice(1));
  return header.ok ? header.header : undefined;
}
