/**
 * base64url without padding (RFC 4648 §5), the encoding of RFC 8484's `?dns=` parameter.
 * Written on `btoa` rather than Buffer's 'base64url' because the npm `buffer` package that
 * the browser bundles does not know that encoding; `btoa` exists in Node, pages and workers.
 */
export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
