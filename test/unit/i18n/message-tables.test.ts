import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../../src/services/index.js';
import { SITE_ADAPTERS } from '../../../src/sites/registry.js';
import { everySentence } from '../../support/every-sentence.js';
import { sourceFiles } from '../../support/fr-literals.js';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * Words of English grammar and of our English UI that French never uses, in lower case: a French
 * sentence may still name a site's English label (Zone Editor, « Add Record »), a product, a
 * command (records, check) or a value: quotes, code and names are taken out first (quotedOut).
 */
const ENGLISH = /\b(the|your|you|could|would|with|and|is|are|was|were|this|these|that|which|has|have|not|of|to|from|at|in|for|by|now|live|here|editor|filler|DNS host|panel|offers|premises|demo)\b/;

/** `(s)` and its kin: a plural the toolkit writes for real (a Plural template chosen by the count). */
const HALF_PLURAL = /\p{L}\((?:s|es|x|e|es|nt)\)/u;

/** What a French sentence may leave in English: quotes, code, options, names with dots or slashes. */
function quotedOut(text: string): string {
  return text
    .replace(/«[^»]*»/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/\S*[-=/.:@_{}[\]|<>]\S*/g, ' ');
}

/** `export const NAME = textTable(` in src/: every table of sentences the product has. */
function tablesInSource(): string[] {
  return sourceFiles(join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/export const (\w+) = textTable\(/g)].map((match) => match[1]!));
}

describe('every message table', () => {
  const sentences = everySentence(ROOT);

  it('is walked: each textTable of src/ is among the sentences rendered', () => {
    const walked = new Set(sentences.map(([where]) => where.split('.')[0]));
    expect(tablesInSource().filter((name) => !walked.has(name))).toEqual([]);
  });

  it('says nothing in English in French', () => {
    const english = sentences.filter(([, text]) => ENGLISH.test(quotedOut(text.fr))).map(([where, text]) => `${where}: ${text.fr}`);
    expect(english).toEqual([]);
  });

  it('names sites and services in French too: a plain name is a brand, shown as it is in both languages', () => {
    const names = [
      ...SITE_ADAPTERS.map((site) => [`site ${site.id}`, typeof site.name === 'string' ? site.name : site.name.fr] as const),
      ...SERVICES.map((service) => [`service ${service.id}`, service.localName?.fr ?? service.name] as const),
    ];
    expect(names.filter(([, name]) => ENGLISH.test(quotedOut(name))).map(([where, name]) => `${where}: ${name}`)).toEqual([]);
  });

  it('writes real plurals, never "(s)"', () => {
    const half = sentences.filter(([, text]) => HALF_PLURAL.test(text.en) || HALF_PLURAL.test(text.fr)).map(([where, text]) => `${where}: ${text.en} | ${text.fr}`);
    expect(half).toEqual([]);
  });

  it('finds what it looks for', () => {
    // A check that flags nothing would pass for the wrong reason.
    expect(ENGLISH.test(quotedOut('Les enregistrements de your DNS host'))).toBe(true);
    expect(ENGLISH.test(quotedOut('Cliquez sur « Add Record » puis sur `Save`, dans example.com/dns.'))).toBe(false);
    expect(HALF_PLURAL.test('7 record(s) filled in')).toBe(true);
    expect(HALF_PLURAL.test('7 enregistrement(s) rempli(s)')).toBe(true);
    expect(HALF_PLURAL.test('(s) on its own')).toBe(false);
  });
});
