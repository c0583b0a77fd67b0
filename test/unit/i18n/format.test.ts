import { describe, expect, test } from 'vitest';
import { format, localized, textTable } from '../../../src/i18n/format.js';
import { colon, joined, quoted } from '../../../src/i18n/phrases.js';
import { typeset } from '../../../src/i18n/typeset.js';
import { frenchTypography } from '../../../src/i18n/typography.js';
import { formatWhen } from '../../../src/i18n/when.js';

const NB = '\u00a0';
const NNB = '\u202f';

describe('frenchTypography', () => {
  test('no-break space before the colon and inside guillemets, narrow before ; ? !', () => {
    expect(frenchTypography('Lu comme : {shape} ; « Suivant » ? Oui !')).toBe(`Lu comme${NB}: {shape}${NNB}; «${NB}Suivant${NB}»${NNB}? Oui${NNB}!`);
  });

  test('a narrow no-break space between the digit groups of a number the template writes', () => {
    expect(frenchTypography('environ 1 000 caractères, 86 400 s, 12 345 678')).toBe(`environ 1${NNB}000 caractères, 86${NNB}400 s, 12${NNB}345${NNB}678`);
    expect(frenchTypography('entre 2 1000 et 3 42')).toBe('entre 2 1000 et 3 42');
  });

  test('a guillemet keeps its own space before a mark that follows it', () => {
    expect(frenchTypography('une requête « ?dns= »')).toBe(`une requête «${NB}?dns=${NB}»`);
  });

  test('leaves code alone: no space before the mark, no change', () => {
    expect(frenchTypography('DSA1:… v=DMARC1; p=none ip6:2001:db8::10')).toBe('DSA1:… v=DMARC1; p=none ip6:2001:db8::10');
  });
});

describe('format', () => {
  test('fills placeholders with text, never markup', () => {
    expect(format('en', { en: 'Copied: {what}', fr: 'Copié : {what}' }, { what: '<b>x</b>' })).toBe('Copied: <b>x</b>');
  });

  test('applies French typography to the template, never to the parameters', () => {
    const message = { en: 'Value: {value}', fr: 'Valeur : {value}' };
    expect(format('fr', message, { value: 'v=DMARC1 ; p=none « x » ?' })).toBe(`Valeur${NB}: v=DMARC1 ; p=none « x » ?`);
    expect(format('en', message, { value: 'a : b' })).toBe('Value: a : b');
  });

  test('keeps a missing parameter visible rather than saying nothing', () => {
    const loose: Record<'en' | 'fr', string> = { en: 'Hello {who} and {other}', fr: 'Salut {who} et {other}' };
    expect(format('en', loose, { who: 'Ann' })).toBe('Hello Ann and {other}');
    // Not inherited names either: a page could send `constructor`.
    expect(format('en', { en: '{constructor}', fr: '{constructor}' } as Record<'en' | 'fr', string>, {})).toBe('{constructor}');
  });

  test('fills a parameter once: a value that looks like a placeholder stays as it is', () => {
    expect(format('en', { en: '{a} {b}', fr: '{a} {b}' }, { a: '{b}', b: 'x' })).toBe('{b} x');
  });

  test('binds a French number to the word after it, not a code given as text', () => {
    const message = { en: '{count} records at {status} ok', fr: '{count} enregistrements au {status} près' };
    expect(format('fr', message, { count: 3, status: '500' })).toBe(`3${NB}enregistrements au 500 près`);
    expect(format('en', message, { count: 3, status: '500' })).toBe('3 records at 500 ok');
  });

  test('takes a sentence of ours as a parameter, in the same language', () => {
    const inner = localized({ en: 'the other', fr: 'l’autre' });
    expect(localized({ en: 'Delete {which}.', fr: 'Supprimez {which}.' }, { which: inner })).toEqual({ en: 'Delete the other.', fr: 'Supprimez l’autre.' });
  });

  test('chooses the plural form of each language for the count', () => {
    const message = {
      en: { one: '{count} record', other: '{count} records' },
      fr: { one: '{count} enregistrement', other: '{count} enregistrements' },
    };
    expect([0, 1, 7].map((count) => format('en', message, { count }))).toEqual(['0 records', '1 record', '7 records']);
    // French counts zero as one; its `many` (a million) reads `other`.
    expect([0, 1, 7, 1_000_000].map((count) => format('fr', message, { count }))).toEqual([
      `0${NB}enregistrement`,
      `1${NB}enregistrement`,
      `7${NB}enregistrements`,
      `1000000${NB}enregistrements`,
    ]);
  });

  test('types its parameters from a literal template', () => {
    // @ts-expect-error a missing parameter is a type error where the template is a literal
    format('en', { en: 'Hello {who}', fr: 'Salut {who}' }, {});
    // @ts-expect-error so is one the template does not name
    format('en', { en: 'Hello', fr: 'Salut' }, { who: 'x' });
    // @ts-expect-error a plural needs its count
    format('en', { en: { one: 'a', other: 'b' }, fr: { one: 'a', other: 'b' } }, {});
    // JSON in a template is text, not a placeholder.
    expect(format('en', { en: '[{"id","name"}] {x}', fr: '[{"id","name"}] {x}' }, { x: 1 })).toBe('[{"id","name"}] 1');
  });
});

describe('the small family on format', () => {
  test('quoted, joined and colon follow each language', () => {
    expect(joined(['a', 'b'].map(quoted))).toEqual({ en: '"a", "b"', fr: `«${NB}a${NB}», «${NB}b${NB}»` });
    expect(joined(['a', 'b'], localized({ en: ' and ', fr: ' et ' }))).toEqual({ en: 'a and b', fr: 'a et b' });
    expect([colon('en'), colon('fr')]).toEqual([': ', `${NB}: `]);
  });

  test('textTable reads one language', () => {
    const t = textTable({ hi: { en: 'Hi {who}!', fr: 'Salut {who} !' }, bye: { en: 'Bye', fr: 'Au revoir' } } as const)('fr');
    expect([t('hi', { who: 'Ann' }), t('bye')]).toEqual([`Salut Ann${NNB}!`, 'Au revoir']);
  });

  test('typeset renders every pair inside data and keeps everything else', () => {
    const pattern = /x/;
    const data = { title: { en: 'A: b', fr: 'A : b' }, steps: [{ body: { en: 'c', fr: '« c »' }, match: pattern, n: 1 }], keep: { en: 'x' } };
    const set = typeset(data);
    expect(set).toEqual({ title: { en: 'A: b', fr: `A${NB}: b` }, steps: [{ body: { en: 'c', fr: `«${NB}c${NB}»` }, match: pattern, n: 1 }], keep: { en: 'x' } });
    expect(set.steps[0]!.match).toBe(pattern);
    expect(typeset(set)).toEqual(set);
  });
});

describe('formatWhen', () => {
  const when = Date.UTC(2026, 2, 12, 13, 32, 5);
  const style = { dateStyle: 'short', timeStyle: 'short' } as const;

  test('follows the region of the runtime when it speaks the UI language', () => {
    expect(formatWhen('en', when, style, 'en-US')).toMatch(/^3\/12\/26, \d{1,2}:\d{2}\s?[AP]M$/);
    expect(formatWhen('en', when, style, 'en-GB')).toMatch(/^12\/03\/2026, \d{2}:\d{2}$/);
  });

  test('falls back to the UI language when the runtime speaks another one', () => {
    expect(formatWhen('fr', when, style, 'en-US')).toMatch(/^12\/03\/2026 \d{2}:\d{2}$/);
  });

  test('gives clock times for "until ~14:32"', () => {
    expect(formatWhen('fr', when, { timeStyle: 'short' }, 'fr-FR')).toMatch(/^\d{2}:\d{2}$/);
  });
});
