import type { Localized } from '../i18n/lang.js';
import type { Setup } from '../services/desired.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { isVariableName, setupFromJson } from './setup-shape.js';
import { shareMessages } from './share-messages.js';

export const SHARE_CODE_PREFIX = 'DSA1:';

/** Real setups take a few hundred characters; a cap keeps pasted documents out of JSON.parse. */
export const SHARE_CODE_MAX_LENGTH = 4096;

export type SetupResult = { ok: true; setup: Setup } | { ok: false; problem: Localized };

/** `DSA1:` + base64url (no padding) of the UTF-8 JSON `{"domain","service","vars"}`, keys in that order. */
export function encodeShareCode(setup: Setup): string {
  const json = JSON.stringify({ domain: setup.domain, service: setup.service, vars: setup.vars });
  return SHARE_CODE_PREFIX + encodeBase64Url(json);
}

/** The setup a code carries, or the sentence saying why it was refused. Only surrounding whitespace is forgiven. */
export function decodeShareCode(text: string): SetupResult {
  const code = text.trim();
  if (code === '') return { ok: false, problem: shareMessages.empty };
  if (code.length > SHARE_CODE_MAX_LENGTH) return { ok: false, problem: shareMessages.tooLong(SHARE_CODE_MAX_LENGTH) };
  if (!code.startsWith(SHARE_CODE_PREFIX)) return { ok: false, problem: shareMessages.wrongPrefix };
  const json = decodeBase64Url(code.slice(SHARE_CODE_PREFIX.length));
  if (json === undefined || json === '') return { ok: false, problem: shareMessages.badEncoding };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: shareMessages.badJson };
  }
  return setupFromJson(value);
}

/** Parameters of the popup's address that are not variables. */
const RESERVED_PARAMS = new Set(['domain', 'service', 'code', 'tabId', 'lang']);

/**
 * A setup from `popup.html?domain=…&service=…&<variable>=…` or `popup.html?code=DSA1:…`.
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
    return decodeShareCode(code);
  }
  if (!hasFields) return { ok: 'absent' };

  const domain = params.get('domain')?.trim() ?? '';
  const service = params.get('service')?.trim() ?? '';
  if (domain === '') return { ok: false, problem: shareMessages.urlMissingField('domain') };
  if (service === '') return { ok: false, problem: shareMessages.urlMissingField('service') };
  const badName = variableNames.find((name) => !isVariableName(name));
  if (badName !== undefined) return { ok: false, problem: shareMessages.badVariableName(badName) };
  const vars = Object.fromEntries(variableNames.map((name) => [name, params.get(name) ?? '']));
  return { ok: true, setup: { domain, service, vars } };
}
