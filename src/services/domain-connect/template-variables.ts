import type { Localized } from '../../i18n/lang.js';
import { applyMessages as say } from './apply-messages.js';
import { hasUnsafeCharacters, MAX_TEXT_LENGTH, variableTokens } from './template-text.js';
import { BUILT_IN_VARIABLES, type DcRecord } from './template-types.js';

const TEXT_FIELDS = ['host', 'pointsTo', 'data', 'spfRules', 'name', 'service', 'protocol', 'target', 'ttl', 'priority', 'weight', 'port'] as const;

const isBuiltIn = (name: string) => (BUILT_IN_VARIABLES as readonly string[]).includes(name);

/** The variables the records use, each once, in order of appearance; `%host%`, `%domain%`, `%fqdn%` left out. */
export function templateVariableNames(records: readonly DcRecord[]): string[] {
  const names = records.flatMap((record) =>
    TEXT_FIELDS.flatMap((field) => {
      const value = record[field];
      return typeof value === 'string' ? (variableTokens(value) ?? []) : [];
    }),
  );
  return [...new Set(names.filter((name) => !isBuiltIn(name)))];
}

/**
 * The value of each variable the applied records use, from what the user gave. A name matches
 * exactly, or in another case when only one of the template's names has that spelling (`mx`
 * for `%MX%`): users copy names from descriptions in any case. Every problem is reported.
 */
export function resolveVariables(
  allNames: readonly string[],
  usedNames: readonly string[],
  given: Readonly<Record<string, string>>,
): { values: Map<string, string>; problems: Localized[] } {
  const problems: Localized[] = [];
  const values = new Map<string, string>();
  const byLowerCase = (name: string) => allNames.filter((known) => known.toLowerCase() === name.toLowerCase());
  const givenFor = new Map<string, string>();
  for (const [name, value] of Object.entries(given)) {
    if (isBuiltIn(name.toLowerCase())) {
      problems.push(say.builtInVariable(name));
      continue;
    }
    const matches = allNames.includes(name) ? [name] : byLowerCase(name);
    if (matches.length === 0) problems.push(say.unknownVariable(name, allNames));
    else if (matches.length > 1) problems.push(say.ambiguousVariable(name, matches));
    else if (!givenFor.has(matches[0]!) || name === matches[0]) givenFor.set(matches[0]!, value);
  }
  const missing: string[] = [];
  for (const name of usedNames) {
    const value = givenFor.get(name)?.trim();
    if (value === undefined || value === '') missing.push(name);
    else if (hasUnsafeCharacters(value)) problems.push(say.unsafeValue(name));
    else if (value.length > MAX_TEXT_LENGTH) problems.push(say.longValue(name, MAX_TEXT_LENGTH));
    else values.set(name, value);
  }
  if (missing.length > 0) problems.unshift(say.missingVariables(missing));
  return { values, problems };
}
