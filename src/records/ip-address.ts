/**
 * IPv4/IPv6 text parsing, kept apart from validation so that normalize.ts can put an
 * AAAA value in one canonical form (RFC 5952) and comparisons see `2001:DB8:0::1` and
 * `2001:db8::1` as the same address.
 */

/** Four octets, or undefined. Leading zeros are refused: `010` reads as octal in some tools. */
export function parseIPv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    octets.push(octet);
  }
  return octets;
}

/** Eight 16-bit groups, or undefined. Accepts `::` once and a trailing dotted IPv4 (`::ffff:192.0.2.1`). */
export function parseIPv6(text: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  const present = head.length + tail.length;
  if (halves.length === 2) {
    // `::` stands for at least one zero group (RFC 4291 2.2).
    if (present > 7) return undefined;
    return [...head, ...new Array<number>(8 - present).fill(0), ...tail];
  }
  return present === 8 ? head : undefined;
}

/** `a:b:c` or `a:b:1.2.3.4` → groups; '' → none (one side of `::`). */
function groupsOf(text: string): number[] | undefined {
  if (text === '') return [];
  const pieces = text.split(':');
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    const isLast = index === pieces.length - 1;
    if (isLast && piece.includes('.')) {
      const octets = parseIPv4(piece);
      if (!octets) return undefined;
      const [a = 0, b = 0, c = 0, d = 0] = octets;
      groups.push((a << 8) | b, (c << 8) | d);
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(piece)) {
      groups.push(parseInt(piece, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

/**
 * RFC 5952 text: lowercase, no leading zeros, the longest run of two or more zero
 * groups (the first one on a tie) written `::`. Dotted IPv4 tails are written in hex,
 * so that every source (zone file, DoH answer, form) gives the same string.
 */
export function formatIPv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < groups.length; ) {
    if (groups[start] !== 0) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < groups.length && groups[end] === 0) end += 1;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  const before = hex.slice(0, bestStart).join(':');
  const after = hex.slice(bestStart + bestLength).join(':');
  return `${before}::${after}`;
}

/** The canonical form of an IPv6 address, or undefined when the text is not one. */
export function canonicalIPv6(text: string): string | undefined {
  const groups = parseIPv6(text.trim());
  return groups ? formatIPv6(groups) : undefined;
}
