import type { Localized } from '../i18n/lang.js';
import type { Setup } from '../services/desired.js';
import { shareMessages } from './share-messages.js';

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
 * The setup inside a decoded share code, when it has exactly the shape `{domain, service, vars}`
 * with text everywhere. Whether the service exists and the variables are valid is not checked
 * here: callers pass the setup through expandService, which says so in its own words.
 */
export function setupFromJson(value: unknown): { ok: true; setup: Setup } | { ok: false; problem: Localized } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: shareMessages.notAnObject };
  }
  const record = value as Record<string, unknown>;
  const extra = Object.keys(record).find((key) => !(SETUP_KEYS as readonly string[]).includes(key));
  if (extra !== undefined) return { ok: false, problem: shareMessages.extraKey(extra) };
  const { domain, service, vars } = record;
  if (typeof domain !== 'string' || domain.trim() === '') return { ok: false, problem: shareMessages.missingField('domain') };
  if (typeof service !== 'string' || service.trim() === '') return { ok: false, problem: shareMessages.missingField('service') };
  if (typeof vars !== 'object' || vars === null || Array.isArray(vars)) {
    return { ok: false, problem: shareMessages.varsNotObject };
  }
  const entries = Object.entries(vars as Record<string, unknown>);
  for (const [name, text] of entries) {
    if (!isVariableName(name)) return { ok: false, problem: shareMessages.badVariableName(name) };
    if (typeof text !== 'string') return { ok: false, problem: shareMessages.variableNotText(name) };
  }
  return { ok: true, setup: { domain, service, vars: Object.fromEntries(entries) as Record<string, string> } };
}
