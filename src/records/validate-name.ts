/**
 * Domain-name validation for records and variables: the one name parser (names/parse-name.ts)
 * asked for every problem at once, plus the rule a zone file cannot catch by itself (no
 * top-level domain is all digits: that is an IP address typed where a name goes).
 */
import type { Localized } from '../i18n/lang.js';
import { visibleText } from '../lib/visible-text.js';
import { nameMessages as say } from './names/name-messages.js';
import { nameProblems, parseName } from './names/parse-name.js';

export interface NameRules {
  /** `_dmarc`, `_autodiscover._tcp`, DKIM selectors: service labels, not host names. */
  allowUnderscore?: boolean;
  /** `*` as the whole leftmost label (a wildcard owner). */
  allowWildcard?: boolean;
}

export type DomainNameReading = { ok: true; name: string; labels: number } | { ok: false; problems: Localized[] };

/** The name in model form (ASCII, lowercase, no final dot), or every problem it has. */
export function readDomainName(name: string, rules: NameRules = {}): DomainNameReading {
  const parserRules = { allowUnderscore: rules.allowUnderscore ?? false, allowWildcard: rules.allowWildcard ?? false, allowReservedHyphens: true };
  const parsed = parseName(name, parserRules);
  if (!parsed.ok) return { ok: false, problems: nameProblems(name, parserRules) };
  const top = parsed.ascii.slice(parsed.ascii.lastIndexOf('.') + 1);
  if (parsed.labels > 1 && /^[0-9]+$/.test(top)) return { ok: false, problems: [say.numericTop(visibleText(name.trim()), top)] };
  return { ok: true, name: parsed.ascii, labels: parsed.labels };
}

export function validateDomainName(name: string, rules: NameRules = {}): Localized[] {
  const read = readDomainName(name, rules);
  return read.ok ? [] : read.problems;
}
