import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems, frenchSourceProblems } from '../support/french-typography.js';
import { frLiterals, sourceFiles, textLiterals } from '../support/fr-literals.js';
import { cliMessages } from '../../src/cli/cli-messages.js';
import { fleetMessages } from '../../src/cli/fleet/fleet-messages.js';
import { checkMessages } from '../../src/dns/check/messages.js';
import { checkSpfMessages } from '../../src/dns/check/spf-messages.js';
import { resolverMessages } from '../../src/dns/resolver/messages.js';
import { fillMessages } from '../../src/fill/fill-messages.js';
import { planMessages } from '../../src/fill/plan-messages.js';
import { spfLookupMessages } from '../../src/records/spf/lookup-messages.js';
import { spfMessages } from '../../src/records/spf/messages.js';
import { applyMessages } from '../../src/services/domain-connect/apply-messages.js';
import { templateMessages } from '../../src/services/domain-connect/template-messages.js';
import { shareMessages } from '../../src/share/share-messages.js';
import { everySentence, MESSAGE_SAMPLES } from '../support/every-sentence.js';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = sourceFiles(join(ROOT, 'src'));
/** The one place that writes the no-break spaces: the toolkit's typography. */
const TYPOGRAPHY = 'src/i18n/typography.ts';

describe('French typography of what the user reads', () => {
  it('finds the mistakes the review found, and lets code through', () => {
    expect(frenchTypographyProblems('n\'utilisez que des lettres')).toHaveLength(1);
    expect(frenchTypographyProblems('Avancement: 3/4')).toHaveLength(1);
    expect(frenchTypographyProblems('Le domaine est vide : saisissez-le.')).toHaveLength(1);
    expect(frenchTypographyProblems('Cliquez sur « Ajouter ».')).toHaveLength(2);
    expect(frenchTypographyProblems('Cliquez sur "Ajouter".')).toHaveLength(2);
    expect(frenchTypographyProblems('n’utilisez\u202f? «\u00a0v=DMARC1; p=none\u00a0» ou ip6:2001:db8::10, DSA1:…')).toEqual([]);
    expect(frenchTypographyProblems('un guillemet comme \\" (") ou `say "hi"`')).toEqual([]);
  });

  it('holds in every sentence, as the toolkit renders it', () => {
    const sentences = everySentence(ROOT);
    // A corpus that renders nothing would pass for the wrong reason.
    expect(sentences.length).toBeGreaterThan(700);
    const problems = sentences.flatMap(([where, text]) => frenchTypographyProblems(text.fr).map((problem) => `${where}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('renders every message of every message object', () => {
    const objects = { checkMessages, resolverMessages, spfMessages, spfLookupMessages, checkSpfMessages, templateMessages, applyMessages, fillMessages, planMessages, cliMessages, fleetMessages, shareMessages };
    const missing = Object.entries(objects).flatMap(([name, messages]) =>
      Object.keys(messages).filter((key) => !(key in MESSAGE_SAMPLES[name as keyof typeof objects])).map((key) => `${name}.${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('leaves no placeholder unfilled in any sentence', () => {
    // `%{d}` is SPF's macro syntax, a value the sentences quote.
    const left = everySentence(ROOT).flatMap(([where, text]) => [text.en, text.fr].filter((it) => /(?<!%)\{\w+\}/.test(it)).map((it) => `${where}: ${it}`));
    // Page kinds' and guides' data keep `{domain}` for the UI to fill at display; nothing else may.
    expect(left.filter((it) => !/\{domain\}/.test(it) || !/^(PAGE_KIND_LABELS|GUIDES)/.test(it))).toEqual([]);
  });
});

describe('French as written in src/', () => {
  const literals = SOURCES.flatMap((file) => frLiterals(file, ROOT));

  it('is written with plain spaces and the marks the toolkit expects', () => {
    // A scan that finds nothing would pass for the wrong reason.
    expect(literals.length).toBeGreaterThan(700);
    expect(literals.flatMap(({ where, text }) => frenchSourceProblems(text).map((problem) => `${where}: ${problem}`))).toEqual([]);
  });

  it('goes through the toolkit wherever it needs French spacing', () => {
    const needing = literals.filter(({ text }) => / [:;!?»]|« /.test(text));
    expect(needing.length).toBeGreaterThan(300);
    expect(needing.filter(({ rendered }) => !rendered).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('holds no hand-typed no-break space in any text but the toolkit’s', () => {
    // Text only: a pattern may match the no-break spaces of pasted input (capture/clean-text.ts).
    const typed = SOURCES.filter((file) => relative(ROOT, file) !== TYPOGRAPHY)
      .flatMap((file) => textLiterals(file, ROOT))
      .filter(({ text }) => /[\u00a0\u202f]/.test(text))
      .map(({ where }) => where);
    expect(typed).toEqual([]);
  });
});
