import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyTemplate } from '../../../../src/services/domain-connect/apply-template.js';
import { parseTemplate } from '../../../../src/services/domain-connect/parse-template.js';
import { templateVariableNames } from '../../../../src/services/domain-connect/template-variables.js';
import { validateRecord } from '../../../../src/records/validate.js';
import { expectLocalizedSentence, rawCharacterIn, withinHangCap } from './expect-safe.js';
import { FUZZ_TEST_TIMEOUT, fuzzParams, HANG_MS } from './fuzz-settings.js';
import { DOMAINS, hostilePiece, nearValid } from './hostile-text.js';
import { TEMPLATES } from './samples.js';

/**
 * Domain Connect templates (a file given to --template, one imported in the options page):
 * published templates changed in their JSON structure (a field's value swapped for another kind,
 * hostile text, huge numbers, `__proto__`, deep nesting) or in their text, then applied with
 * near-valid variables. Read and applied in bounded time, as records the engine accepts or as
 * sentences.
 */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  nearValid(fc.constantFrom('@', 'www', '%host%', '%fqdn%', 'v=spf1 include:%spf% ~all', 'mx.%domain%', '3600', 'TXT', 'CNAME', 'SPFM'), 3),
  fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e308, [], {}, [[[[[[[]]]]]]], { __proto__: { polluted: true } }),
  fc.string({ unit: hostilePiece, maxLength: 10 }),
  fc.constant('%'.repeat(50) + 'a'.repeat(5000)),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The value at a path drawn by `steps` replaced by `replacement`, or a key added beside it. */
function changed(value: Json, steps: readonly number[], replacement: unknown, addKey: string | undefined): Json {
  if (steps.length === 0 || value === null || typeof value !== 'object') return replacement as Json;
  const [step = 0, ...rest] = steps;
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement as Json];
    const i = step % value.length;
    return value.map((item, j) => (j === i ? changed(item, rest, replacement, addKey) : item));
  }
  const keys = Object.keys(value);
  if (keys.length === 0 || (addKey !== undefined && rest.length === 0)) return { ...value, [addKey ?? 'extra']: replacement as Json };
  const key = keys[step % keys.length] ?? '';
  return { ...value, [key]: changed(value[key] ?? null, rest, replacement, addKey) };
}

const structuralChange = fc.record({
  steps: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
  replacement: hostileValue,
  addKey: fc.option(fc.constantFrom('__proto__', 'constructor', 'records', 'hostRequired', 'x'), { nil: undefined, freq: 4 }),
});

const templateText = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...TEMPLATES), fc.array(structuralChange, { minLength: 1, maxLength: 3 })).map(([text, edits]) => JSON.stringify(edits.reduce((value, edit) => changed(value, edit.steps, edit.replacement, edit.addKey), JSON.parse(text) as Json))) },
  { weight: 1, arbitrary: nearValid(fc.constantFrom(...TEMPLATES), 3) },
);

const variableValue = nearValid(fc.constantFrom('example-com.mail.protection.outlook.com', '192.0.2.1', 'v=spf1 -all', 'MS=ms12345678', 'abc'), 2);

describe('fuzz: Domain Connect templates', { timeout: FUZZ_TEST_TIMEOUT }, () => {
  test('changed templates, applied: records the engine accepts, or sentences', () => {
    fc.assert(
      fc.property(templateText, fc.constantFrom(...DOMAINS), fc.option(nearValid(fc.constantFrom('www', 'mail', '')), { nil: undefined }), fc.array(variableValue, { maxLength: 12 }), (text, domain, host, values) => {
        const where = JSON.stringify(text.slice(0, 300));
        const parsed = withinHangCap(() => parseTemplate(text), HANG_MS, where);
        if (!parsed.ok) return parsed.problems.forEach((problem) => expectLocalizedSentence(problem, where));
        const names = templateVariableNames(parsed.template.records);
        const vars = Object.fromEntries(names.map((name, i) => [name, values[i] ?? 'abc']));
        const applied = withinHangCap(() => applyTemplate(parsed.template, { domain, vars, ...(host === undefined ? {} : { host }) }), HANG_MS, where);
        if (!applied.ok) return applied.problems.forEach((problem) => expectLocalizedSentence(problem, where));
        for (const record of applied.set.records) {
          expect(validateRecord(record), `${JSON.stringify(record)} from ${where}`).toEqual([]);
          expect(rawCharacterIn(`${record.name} ${record.value}`), where).toBeUndefined();
        }
      }),
      fuzzParams('templates'),
    );
  });
});
