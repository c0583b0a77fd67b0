/**
 * The variables of a service and their problems as the user types: what the popup's setup form
 * needs on its first screen. The records they make (expand.ts: templates, SPF merge, record
 * validation) load after the first render.
 */
import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { COMMON_VARIABLES } from './common-records.js';
import type { ServiceTemplate, VariableSpec } from './types.js';
import { readVariable } from './variables.js';

/** Every variable a service accepts: its own, then those every service offers (dmarc). */
export function serviceVariables(service: ServiceTemplate): VariableSpec[] {
  // A template says itself whether it writes DMARC (with its own conflict mode).
  return service.domainConnect ? [...service.variables] : [...service.variables, ...COMMON_VARIABLES];
}

/** Per variable, the problems with its current value (for validation as the user types). */
export function validateVariables(
  service: ServiceTemplate,
  vars: Record<string, string>,
  domain = 'example.com',
): Record<string, Localized[]> {
  const problems: Record<string, Localized[]> = {};
  for (const spec of serviceVariables(service)) {
    const raw = vars[spec.name]?.trim() ?? '';
    if (raw === '') {
      problems[spec.name] = spec.required && spec.default === undefined ? [missingVariable(spec)] : [];
      continue;
    }
    const result = readVariable(spec, raw, domain);
    problems[spec.name] = result.ok ? [] : result.problems;
  }
  return problems;
}

export function missingVariable(spec: VariableSpec): Localized {
  return localized({
    en: `{name} is required: {description} Example: {example}.`,
    fr: `{name} est obligatoire : {description} Exemple : {example}.`,
  }, { name: spec.name, description: spec.description, example: spec.example });
}
