import { describe, expect, test } from 'vitest';
import { checkLayers, type SourceFile } from '../../../scripts/check-layers.js';

const file = (path: string, text: string): SourceFile => ({ path, text });
const lines = (sources: SourceFile[]) => checkLayers(sources).map((violation) => violation.line);

// `npm test` runs the check on src/ itself (scripts/check-layers.ts); these pin what it catches.
describe('the layer check', () => {
  test('names an uphill import with both layers, whatever form the import takes', () => {
    const sources = [
      file('src/guides/a.ts', "import type { X } from '../sites/types.js';\nexport const a = import('../fill/run.js');"),
      file('src/sites/types.ts', 'export type X = 1;'),
      file('src/fill/run.ts', 'export {};'),
    ];
    expect(lines(sources)).toEqual([
      'src/guides/a.ts → src/sites/types.ts (layer 0 core → layer 2 sites)',
      'src/guides/a.ts → src/fill/run.ts (layer 0 core → layer 1 page engines)',
    ]);
  });

  test('follows vite globs, and holds the CLI to the core', () => {
    const sources = [
      file('src/records/list.ts', "const all = import.meta.glob(['../sites/*/adapter.ts', '!../sites/demo/**']);"),
      file('src/sites/godaddy/adapter.ts', ''),
      file('src/sites/demo/adapter.ts', ''),
      file('src/cli/run.ts', "import '../messages/types.js';"),
      file('src/messages/types.ts', ''),
    ];
    expect(lines(sources)).toEqual([
      'src/records/list.ts → src/sites/godaddy/adapter.ts (layer 0 core → layer 2 sites)',
      'src/cli/run.ts → src/messages/types.ts (layer 4 surfaces → layer 3 extension plumbing; cli/ imports layer 0 only)',
    ]);
  });

  test('finds a circle between folders of one layer', () => {
    const sources = [file('src/messages/a.ts', "import '../storage/b.js';"), file('src/storage/b.ts', "import '../messages/a.js';")];
    expect(lines(sources)).toEqual([
      'src/messages/a.ts → src/storage/b.ts (messages/ and storage/ import each other: circle messages ⇄ storage)',
      'src/storage/b.ts → src/messages/a.ts (storage/ and messages/ import each other: circle messages ⇄ storage)',
    ]);
  });

  test('keeps the browser API in ext/ and every file in a layer', () => {
    const sources = [
      file('src/popup/a.ts', "import browser from 'webextension-polyfill';\nchrome.tabs.query({});\nconst chromeLike = { x: 1 };\nconst api = globalThis as { browser?: object };\n"),
      file('src/ext/b.ts', 'export const api = () => chrome.runtime;'),
      file('src/newfolder/c.ts', ''),
    ];
    expect(lines(sources)).toEqual([
      'src/popup/a.ts → webextension-polyfill (only ext/ may: import the facade)',
      "src/popup/a.ts:4 → browser (only ext/ touches the browser's API: import the facade)",
      "src/popup/a.ts:2 → chrome.tabs (only ext/ touches the browser's API: import the facade)",
      "src/newfolder/c.ts (its folder is in no layer: add it to scripts/layers.ts and the README's table first)",
    ]);
  });
});
