import type { Setup } from '../services/desired.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { setupFromJson, type SetupResult } from './setup-shape.js';
import { shareMessages } from './share-messages.js';

export const DSA1_PREFIX = 'DSA1:';

/** Real setups take a few hundred characters; a cap keeps pasted documents out of JSON.parse. */
export const DSA1_MAX_LENGTH = 4096;

/**
 * The first code format, kept for `share --format dsa1` and read forever (codes sit in old
 * tickets): `DSA1:` + base64url (no padding) of the UTF-8 JSON `{"domain","service","vars"}`.
 */
export function encodeDsa1(setup: Setup): string {
  const json = JSON.stringify({ domain: setup.domain, service: setup.service, vars: setup.vars });
  return DSA1_PREFIX + encodeBase64Url(json);
}

/** The setup of a DSA1 code standing alone (prefix already checked). */
export function decodeDsa1(code: string): SetupResult {
  if (code.length > DSA1_MAX_LENGTH) return { ok: false, problem: shareMessages.tooLong(DSA1_MAX_LENGTH) };
  const json = decodeBase64Url(code.slice(DSA1_PREFIX.length));
  if (json === undefined || json === '') return { ok: false, problem: shareMessages.badEncoding };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: shareMessages.badJson };
  }
  return setupFromJson(value);
}
