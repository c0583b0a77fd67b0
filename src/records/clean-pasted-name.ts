/** Longer pastes are not names: left as they are, for the validator to refuse with its sentence. */
const MAX_INPUT = 2048;

export interface CleanedName {
  value: string;
  /** What was taken away, so the UI can say it ("kept the host name from the address"). */
  removed: ('scheme' | 'path' | 'spaces' | 'final-dot')[];
}

/**
 * A host or domain name as users paste it: `https://ex5.mail.ovh.net/owa`, ` example.com. `,
 * `mail.example.com:443/`. Keeps the host alone; anything that is not shaped like an address
 * is returned trimmed, for the validator to judge. Linear: one pass of anchored patterns.
 */
export function cleanPastedName(raw: string): CleanedName {
  const removed: CleanedName['removed'] = [];
  if (raw.length > MAX_INPUT) return { value: raw, removed };
  let value = raw.trim();
  if (value !== raw) removed.push('spaces');
  const scheme = /^[a-z][a-z0-9+.-]{0,15}:\/\//i.exec(value);
  if (scheme) {
    value = value.slice(scheme[0].length);
    removed.push('scheme');
  }
  // user@ before the host, then the host, then :port, /path, ?query or #fragment.
  const address = /^(?:[^@/\s]{1,256}@)?([^:/?#\s]+)(?::\d{1,5})?([/?#].*)?$/s.exec(value);
  // After a scheme, everything but the host goes; without one, only a path after a dotted host
  // (`ex5.mail.ovh.net/owa`), never a port alone or `_dmarc/…`, which are not addresses.
  const host = address?.[1];
  if (host !== undefined && host !== value && (scheme || (address?.[2] !== undefined && host.includes('.')))) {
    value = host;
    removed.push('path');
  }
  if (value.length > 1 && value.endsWith('.') && !value.endsWith('..')) {
    value = value.slice(0, -1);
    removed.push('final-dot');
  }
  return { value, removed };
}
