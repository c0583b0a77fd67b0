/**
 * Which zone a file is: the caller says it, else the file's first `$ORIGIN` when absolute, else
 * the owner of its first SOA when absolute (issue 14's rule; later `$ORIGIN` lines apply as usual).
 */
import { readEntryHeader, type EntryHeader } from './entry.js';
import { readZoneName } from './name.js';
import type { LogicalLine } from './tokenize.js';

/** The file's first `$ORIGIN` when it is absolute, else the owner of its first SOA when absolute. */
export function startingOrigin(lines: readonly LogicalLine[]): string | undefined {
  const entries = lines.filter((entry) => !entry.broken && entry.tokens.length > 0);
  const origin = entries.find((entry) => isDirective(entry, '$ORIGIN'));
  const written = origin?.tokens[1]?.raw;
  if (written?.endsWith('.') && origin?.tokens.length === 2) {
    const name = readZoneName(written, undefined);
    if (name.ok) return name.name;
  }
  const soa = entries.find((entry) => !isDirective(entry) && headerOf(entry)?.type === 'SOA');
  if (!soa || soa.blankOwner) return undefined;
  const owner = readZoneName(soa.tokens[0]?.raw ?? '', undefined);
  return owner.ok ? owner.name : undefined;
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
