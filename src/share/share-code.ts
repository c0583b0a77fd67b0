import type { Setup } from '../services/desired.js';
import { decodeDsa1, DSA1_PREFIX, encodeDsa1 } from './dsa1-code.js';
import { decodeDsa2, encodeDsa2 } from './dsa2/dsa2-code.js';
import { findShareCode } from './find-code.js';
import { checkedSetup, isVariableName, type SetupResult } from './setup-shape.js';
import { shareMessages } from './share-messages.js';

export const SHARE_FORMATS = ['dsa2', 'dsa1'] as const;
export type ShareFormat = (typeof SHARE_FORMATS)[number];

/** A code of the setup: DSA2 (compact, read out on the phone) unless DSA1 is asked for. */
export function encodeShareCode(setup: Setup, format: ShareFormat = 'dsa2'): string {
  return format === 'dsa1' ? encodeDsa1(setup) : encodeDsa2(setup);
}

/** The setup a code carries, or the sentence saying why it was refused. Only surrounding whitespace is forgiven. */
export function decodeShareCode(text: string): SetupResult {
  const code = text.trim();
  if (code === '') return { ok: false, problem: shareMessages.empty };
  if (code.startsWith(DSA1_PREFIX)) return decodeDsa1(code);
  if (/^DSA2(?![A-Za-z0-9])/i.test(code)) return decodeDsa2(code);
  return { ok: false, problem: shareMessages.wrongPrefix };
}

/** The setup of the code found in pasted text (findShareCode): what every `--code` and code box takes. */
export function readShareCode(text: string): SetupResult {
  const found = findShareCode(text);
  return found.ok ? decodeShareCode(found.code) : found;
}

/** Parameters of the popup's address that are not variables. */
const RESERVED_PARAMS = new Set(['domain', 'service', 'code', 'tabId', 'lang']);

/**
 * A setup from `popup.html?domain=…&service=…&<variable>=…` or `popup.html?code=DSA2-…`.
 * `absent` when the address carries no setup at all; a partial or ambiguous one is refused,
 * never half-applied.
 */
export function setupFromUrlParams(params: URLSearchParams): SetupResult | { ok: 'absent' } {
  const names = [...new Set(params.keys())];
  const repeated = names.find((name) => params.getAll(name).length > 1);
  if (repeated !== undefined) return { ok: false, problem: shareMessages.urlRepeatedParam(repeated) };

  const variableNames = names.filter((name) => !RESERVED_PARAMS.has(name));
  const code = params.get('code');
  const hasFields = params.has('domain') || params.has('service') || variableNames.length > 0;
  if (code !== null) {
    if (hasFields) return { ok: false, problem: shareMessages.urlMixesCodeAndFields };
    return readShareCode(code);
  }
  if (!hasFields) return { ok: 'absent' };

  const domain = params.get('domain')?.trim() ?? '';
  const service = params.get('service')?.trim() ?? '';
  if (domain === '') return { ok: false, problem: shareMessages.urlMissingField('domain') };
  if (service === '') return { ok: false, problem: shareMessages.urlMissingField('service') };
  const badName = variableNames.find((name) => !isVariableName(name));
  // Checked before building the object: `__proto__` must never become a key.
  if (badName !== undefined) return { ok: false, problem: shareMessages.badVariableName(badName) };
  const vars = Object.fromEntries(variableNames.map((name) => [name, params.get(name) ?? '']));
  return checkedSetup({ domain, service, vars });
}
