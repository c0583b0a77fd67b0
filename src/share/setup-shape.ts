import type { Localized } from '../i18n/lang.js';
import { firstHiddenCharacter } from '../lib/visible-text.js';
import { parseZoneName } from '../records/names/zone-name.js';
import type { Setup } from '../services/desired.js';
import { shareMessages } from './share-messages.js';

export type SetupResult = { ok: true; setup: Setup } | { ok: false; problem: Localized };

/**
 * Variable names as the catalog writes them (`server`, `dkim_selector1`), and as Domain Connect
 * templates do (`MX`, `fwd-key`). Checked here because a name is part of the shape: it also keeps
 * `__proto__` and friends out of every vars object.
 */
const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export function isVariableName(name: string): boolean {
  return VARIABLE_NAME.test(name);
}

const SETUP_KEYS = ['domain', 'service', 'vars'] as const;

/**
 * The setup inside a decoded DSA1 code, when it has exactly the shape `{domain, service, vars}`
 * with text everywhere.
 */
export function setupFromJson(value: unknown): SetupResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: shareMessages.notAnObject };
  }
  const record = value as Record<string, unknown>;
  const extra = Object.keys(record).find((key) => !(SETUP_KEYS as readonly string[]).includes(key));
  if (extra !== undefined) return { ok: false, problem: shareMessages.extraKey(extra) };
  const { domain, service, vars } = record;
  if (typeof domain !== 'string') return { ok: false, problem: shareMessages.missingField('domain') };
  if (typeof service !== 'string') return { ok: false, problem: shareMessages.missingField('service') };
  if (typeof vars !== 'object' || vars === null || Array.isArray(vars)) {
    return { ok: false, problem: shareMessages.varsNotObject };
  }
  const entries = Object.entries(vars as Record<string, unknown>);
  const notText = entries.find(([, text]) => typeof text !== 'string');
  if (notText !== undefined) return { ok: false, problem: shareMessages.variableNotText(notText[0]) };
  return checkedSetup({ domain, service, vars: Object.fromEntries(entries) as Record<string, string> });
}

/**
 * What every code's setup must be, whatever its format: a domain and a service, variable names
 * as the catalog writes them, and no text a terminal or a report would have to escape (a code
 * is pasted from anywhere). Whether the service exists and the values are valid is not checked
 * here: callers pass the setup through expandService, which says so in its own words.
 */
export function checkedSetup(setup: Setup): SetupResult {
  if (setup.domain.trim() === '') return { ok: false, problem: shareMessages.missingField('domain') };
  // The one name rule: a code or an address is an entry point like the form.
  const domain = parseZoneName(setup.domain);
  if (!domain.ok) return { ok: false, problem: shareMessages.badDomain(domain.problem) };
  if (setup.service.trim() === '') return { ok: false, problem: shareMessages.missingField('service') };
  const badName = Object.keys(setup.vars).find((name) => !isVariableName(name));
  if (badName !== undefined) return { ok: false, problem: shareMessages.badVariableName(badName) };
  const texts: [string, string][] = [['service', setup.service], ...Object.entries(setup.vars)];
  for (const [field, text] of texts) {
    const hidden = firstHiddenCharacter(text);
    if (hidden !== undefined) return { ok: false, problem: shareMessages.hiddenCharacter(field, hidden) };
  }
  return { ok: true, setup: { ...setup, domain: domain.name } };
}
