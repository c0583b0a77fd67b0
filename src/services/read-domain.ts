import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { normalizeName } from '../records/normalize.js';
import { validateDomainName } from '../records/validate.js';

/** The zone a setup is for, as the user typed it → its model form, or why it cannot be one. */
export function readDomain(domain: string): { ok: true; value: string } | { ok: false; problems: Localized[] } {
  const trimmed = domain.trim();
  if (trimmed === '') {
    return { ok: false, problems: [localized({ en: 'The domain is empty: type the domain whose zone you edit, e.g. example.com.', fr: 'Le domaine est vide : indiquez le domaine dont vous modifiez la zone, par exemple example.com.' })] };
  }
  const value = normalizeName(trimmed.endsWith('.') ? trimmed : `${trimmed}.`);
  const problems = validateDomainName(value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
