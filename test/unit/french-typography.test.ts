import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTURE_SOURCE_LABELS } from '../../src/capture/source-labels.js';
import { helpText } from '../../src/cli/help-text.js';
import { GUIDES } from '../../src/sites/guides.js';
import { SERVICES } from '../../src/services/index.js';
import { SITE_ADAPTERS } from '../../src/sites/registry.js';
import { frenchTypographyProblems } from '../support/french-typography.js';
import { frLiterals, sourceFiles } from '../support/fr-literals.js';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Where FR sentences are written final. Not src/popup/ (its tables get french-spacing.ts at render
 * time, so they keep ASCII spaces).
 */
const FINAL_FR_DIRECTORIES = [
  'src/records', 'src/share', 'src/storage', 'src/services', 'src/cli', 'src/fill', 'src/sites',
  'src/capture', 'src/guides', 'src/options', 'src/background', 'src/messages', 'src/dns', 'src/report', 'src/i18n',
];

/** Every `fr` string of a value (data files nest Localized objects anywhere). */
function frStringsIn(value: unknown, path: string, found: [string, string][] = []): [string, string][] {
  if (value instanceof RegExp || value === null || typeof value !== 'object') return found;
  const fr = (value as { fr?: unknown }).fr;
  if (typeof fr === 'string') found.push([path, fr]);
  for (const [key, inner] of Object.entries(value)) frStringsIn(inner, `${path}.${key}`, found);
  return found;
}

function problemsOf(texts: [string, string][]): string[] {
  return texts.flatMap(([where, text]) => frenchTypographyProblems(text).map((problem) => `${where}: ${problem}`));
}

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

  it('holds in every FR literal of the source', () => {
    const literals = FINAL_FR_DIRECTORIES.flatMap((directory) => sourceFiles(join(ROOT, directory))).flatMap((file) => frLiterals(file, ROOT));
    // A scan that finds nothing would pass for the wrong reason.
    expect(literals.length).toBeGreaterThan(400);
    expect(problemsOf(literals.map(({ where, text }) => [where, text]))).toEqual([]);
  });

  it('holds in the catalog, the guides, the site adapters and the labels of captured values', () => {
    const texts = [
      ...frStringsIn(SERVICES, 'SERVICES'),
      ...frStringsIn(GUIDES, 'GUIDES'),
      ...frStringsIn(SITE_ADAPTERS, 'SITE_ADAPTERS'),
      ...frStringsIn(CAPTURE_SOURCE_LABELS, 'CAPTURE_SOURCE_LABELS'),
    ];
    expect(texts.length).toBeGreaterThan(200);
    expect(problemsOf(texts)).toEqual([]);
  });

  it('holds in the CLI help, as printed', () => {
    const topics = ['main', 'services', 'records', 'check', 'share'] as const;
    expect(problemsOf(topics.map((topic) => [`help ${topic}`, helpText(topic, 'fr')]))).toEqual([]);
  });

  it('holds in the browser’s FR strings (_locales/fr)', () => {
    const messages = JSON.parse(readFileSync(join(ROOT, '_locales/fr/messages.json'), 'utf8')) as Record<string, { message: string; description?: string }>;
    const texts = Object.entries(messages).flatMap(([key, { message, description }]): [string, string][] => [
      [`${key}.message`, message],
      ...(description ? [[`${key}.description`, description] as [string, string]] : []),
    ]);
    expect(problemsOf(texts)).toEqual([]);
  });
});
