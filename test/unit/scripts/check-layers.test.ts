import { expect, test } from 'vitest';
import { checkLayers, testCodeInBuilds } from '../../../scripts/check-layers.js';

/** A tree of source files, path → text, held to the layers; what the check prints for it. */
const linesFor = (tree: Record<string, string>) => checkLayers(Object.entries(tree).map(([path, text]) => ({ path, text }))).map((violation) => violation.line);

// `npm test` runs the check on src/ itself (scripts/check-layers.ts); these pin what it catches.
const CASES: { rule: string; tree: Record<string, string>; lines: string[] }[] = [
  {
    rule: 'an uphill import, whatever form it takes, named with both layers',
    tree: { 'src/guides/a.ts': "import type { X } from '../sites/types.js';\nexport const a = import('../fill/run.js');", 'src/sites/types.ts': '', 'src/fill/run.ts': '' },
    lines: ['src/guides/a.ts → src/sites/types.ts (layer 0 core → layer 2 sites)', 'src/guides/a.ts → src/fill/run.ts (layer 0 core → layer 1 page engines)'],
  },
  {
    rule: 'the files a vite glob names (negations left out)',
    tree: { 'src/records/list.ts': "const all = import.meta.glob(['../sites/*/adapter.ts', '!../sites/demo/**']);", 'src/sites/godaddy/adapter.ts': '', 'src/sites/demo/adapter.ts': '' },
    lines: ['src/records/list.ts → src/sites/godaddy/adapter.ts (layer 0 core → layer 2 sites)'],
  },
  {
    rule: 'the CLI on the core alone',
    tree: { 'src/cli/run.ts': "import '../messages/types.js';", 'src/messages/types.ts': '' },
    lines: ['src/cli/run.ts → src/messages/types.ts (layer 4 surfaces → layer 3 extension plumbing; cli/ imports layer 0 only)'],
  },
  {
    rule: 'a circle between folders of one layer',
    tree: { 'src/messages/a.ts': "import '../storage/b.js';", 'src/storage/b.ts': "import '../messages/a.js';" },
    lines: [
      'src/messages/a.ts → src/storage/b.ts (messages/ and storage/ import each other: circle messages ⇄ storage)',
      'src/storage/b.ts → src/messages/a.ts (storage/ and messages/ import each other: circle messages ⇄ storage)',
    ],
  },
  {
    rule: 'the browser API outside ext/ (imported, global, or through a cast), and a folder in no layer',
    tree: {
      'src/popup/a.ts': "import browser from 'webextension-polyfill';\nchrome.tabs.query({});\nconst chromeLike = { x: 1 };\nconst api = globalThis as { browser?: object };\n",
      'src/ext/b.ts': 'export const api = () => chrome.runtime;',
      'src/newfolder/c.ts': '',
    },
    lines: [
      'src/popup/a.ts → webextension-polyfill (only ext/ may: import the facade)',
      "src/popup/a.ts:4 → browser (only ext/ touches the browser's API: import the facade)",
      "src/popup/a.ts:2 → chrome.tabs (only ext/ touches the browser's API: import the facade)",
      "src/newfolder/c.ts (its folder is in no layer: add it to scripts/layers.ts and the README's table first)",
    ],
  },
];

test.each(CASES)('the layer check catches $rule', ({ tree, lines }) => {
  expect(linesFor(tree)).toEqual(lines);
});

test('the layer check finds test code a build reaches, with the chain of imports', () => {
  const tree = { 'vite.config.ts': "import './scripts/manifest.js';", 'scripts/manifest.ts': "import '../test/support/hosts.js';", 'test/support/hosts.ts': '' };
  expect(testCodeInBuilds(Object.entries(tree).map(([path, text]) => ({ path, text }))).map((violation) => violation.line)).toEqual([
    'vite.config.ts → scripts/manifest.ts → test/support/hosts.ts (a build imports test code)',
  ]);
});
