import { base64UrlEncode } from '../dns/base64url.js';

/**
 * base64url (RFC 4648 §5, no padding) of UTF-8 text, with TextEncoder and btoa/atob only:
 * the same code runs in the popup, the service worker and Node (no Buffer).
 */

export function encodeBase64Url(text: string): string {
  return base64UrlEncode(new TextEncoder().encode(text));
}

/** The UTF-8 text, or undefined when the input is not unpadded base64url of valid UTF-8. */
export function decodeBase64Url(encoded: string): string | undefined {
  // A length of 4n+1 cannot come from any byte string; atob would also refuse it.
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return undefined;
  const standard = encoded.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  try {
    // fatal: a code cut or edited by hand must be refused, not turned into U+FFFD.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
