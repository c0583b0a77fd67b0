/**
 * `npm test` runs this first: the import graph of src/ held to the layer table (scripts/layers.ts).
 * It fails on an import that runs uphill, on folders that import each other in a circle, and on
 * any touch of the browsers' extension APIs outside the facade, printing each offending import as
 * `file → import (layer X → layer Y)`. Imports are read with TypeScript's own scanner
 * (`preProcessFile`: static, dynamic and type imports, re-exports) plus vite's `import.meta.glob`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { BROWSER_FACADE, HIGHEST_IMPORT, LAYERS, ROOT_FILES } from './layers.js';

export interface ImportEdge {
  /** Paths relative to the repository root, with `/`. */
  from: string;
  to: string;
}

export interface SourceFile {
  path: string;
  text: string;
}

const SOURCE = /\.(ts|tsx)$/;

/** Every .ts/.tsx file below `dir`, as repository paths. */
export function readSources(root: string, dir = 'src'): SourceFile[] {
  const walk = (path: string): string[] =>
    statSync(join(root, path)).isDirectory() ? readdirSync(join(root, path)).sort().flatMap((name) => walk(`${path}/${name}`)) : [path];
  return walk(dir)
    .filter((path) => SOURCE.test(path))
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

const posix = (path: string) => path.split(sep).join('/');

/** `./x.js`, `./x`, `./x.ts?iife` → the source file it names, among `known` paths. */
function resolveSpecifier(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  const base = posix(normalize(join(dirname(from), specifier.replace(/\?.*$/, ''))));
  const stem = base.replace(/\.(js|jsx|ts|tsx)$/, '');
  return [base, `${stem}.ts`, `${stem}.tsx`, `${base}/index.ts`].find((candidate) => known.has(candidate));
}

/** The files a vite glob (`./*\/adapter.ts`, negations with `!`) names, among `known` paths. */
function globTargets(from: string, patterns: readonly string[], known: ReadonlySet<string>): string[] {
  const toRegExp = (pattern: string) => {
    const path = posix(normalize(join(dirname(from), pattern)));
    return new RegExp(`^${path.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\u0000').replace(/\*\*/g, '\u0001').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?').replace(/\u0001/g, '.*')}$`);
  };
  const wanted = patterns.filter((pattern) => !pattern.startsWith('!')).map(toRegExp);
  const unwanted = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => toRegExp(pattern.slice(1)));
  return [...known].filter((path) => wanted.some((re) => re.test(path)) && !unwanted.some((re) => re.test(path)));
}

const GLOB = /import\.meta\.glob\s*(?:<[^>]*>)?\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")/g;

/** The specifiers a file imports (relative or package names) and the files its globs name. */
export function importsOf(file: SourceFile, known: ReadonlySet<string>): { files: string[]; packages: string[] } {
  const found = ts.preProcessFile(file.text, true, true).importedFiles.map((entry) => entry.fileName);
  const files = found.filter((specifier) => specifier.startsWith('.')).flatMap((specifier) => resolveSpecifier(file.path, specifier, known) ?? []);
  for (const match of file.text.matchAll(GLOB)) {
    const patterns = [...match[1]!.matchAll(/'([^']*)'|"([^"]*)"/g)].map((quoted) => quoted[1] ?? quoted[2]!);
    files.push(...globTargets(file.path, patterns, known));
  }
  return { files, packages: found.filter((specifier) => !specifier.startsWith('.')) };
}

/** The src/ folder a file belongs to (`src/sites/godaddy/adapter.ts` → `sites`). */
export function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src') return undefined;
  return parts.length === 2 ? ROOT_FILES[parts[1]!] : parts[1];
}

const LEVEL = new Map(LAYERS.flatMap((layer) => layer.folders.map((folder) => [folder, layer] as const)));
const describe = (folder: string) => {
  const layer = LEVEL.get(folder);
  return layer ? `layer ${layer.level} ${layer.name}` : 'no layer';
};

export interface Violation {
  kind: 'uphill' | 'cycle' | 'no-layer' | 'browser-api' | 'build-imports-test';
  line: string;
}

function uphill(edges: readonly ImportEdge[]): Violation[] {
  const violations: Violation[] = [];
  for (const { from, to } of edges) {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a === undefined || b === undefined || a === b) continue;
    const [layerA, layerB] = [LEVEL.get(a), LEVEL.get(b)];
    if (!layerA || !layerB) continue;
    const highest = HIGHEST_IMPORT[a] ?? layerA.level;
    if (layerB.level > highest) {
      const why = highest < layerA.level ? `; ${a}/ imports layer ${highest} only` : '';
      violations.push({ kind: 'uphill', line: `${from} → ${to} (${describe(a)} → ${describe(b)}${why})` });
    }
  }
  return violations;
}

/**
 * Folders of one layer that import each other in a circle (strongly connected components of the
 * folder graph). A circle across layers always holds an uphill import, which is reported as such.
 */
function folderCycles(allEdges: readonly ImportEdge[]): Violation[] {
  const graph = new Map<string, Set<string>>();
  const sameLayer = ({ from, to }: ImportEdge) => {
    const [a, b] = [folderOf(from), folderOf(to)];
    return a !== undefined && b !== undefined && a !== b && LEVEL.get(a) !== undefined && LEVEL.get(a) === LEVEL.get(b);
  };
  const edges = allEdges.filter(sameLayer);
  for (const { from, to } of edges) {
    const [a, b] = [folderOf(from)!, folderOf(to)!];
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      for (let top = stack.pop(); top !== undefined; top = top === node ? undefined : stack.pop()) component.push(top);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.flatMap((component) =>
    edges
      .filter(({ from, to }) => component.includes(folderOf(from)!) && component.includes(folderOf(to)!))
      .map(({ from, to }) => ({ kind: 'cycle' as const, line: `${from} → ${to} (${folderOf(from)}/ and ${folderOf(to)}/ import each other: circle ${component.join(' ⇄ ')})` })),
  );
}

const BROWSER_GLOBALS = ['chrome', 'browser'];

/** Global `chrome.*` / `browser.*` (not a binding the file declares) or webextension-polyfill, outside ext/. */
function browserApiUses(file: SourceFile, packages: readonly string[]): Violation[] {
  if (folderOf(file.path) === BROWSER_FACADE) return [];
  const found: Violation[] = packages.includes('webextension-polyfill') ? [{ kind: 'browser-api', line: `${file.path} → webextension-polyfill (only ${BROWSER_FACADE}/ may: import the facade)` }] : [];
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false, file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const declared = new Set<string>();
  const globals: { name: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportClause(node) || ts.isImportSpecifier(node) || ts.isNamespaceImport(node) || ts.isVariableDeclaration(node) || ts.isParameter(node)) && node.name && ts.isIdentifier(node.name)) {
      declared.add(node.name.text);
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && BROWSER_GLOBALS.includes(node.expression.text)) {
      globals.push({ name: `${node.expression.text}.${node.name.text}`, line: lineOf(node) });
    }
    // `globalThis as { chrome?: … }`: the same API reached through a cast.
    if (ts.isPropertySignature(node) && ts.isIdentifier(node.name) && BROWSER_GLOBALS.includes(node.name.text)) {
      found.push({ kind: 'browser-api', line: `${file.path}:${lineOf(node)} → ${node.name.text} (only ${BROWSER_FACADE}/ touches the browser's API: import the facade)` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const use of globals) {
    if (!declared.has(use.name.split('.')[0]!)) found.push({ kind: 'browser-api', line: `${file.path}:${use.line} → ${use.name} (only ${BROWSER_FACADE}/ touches the browser's API: import the facade)` });
  }
  return found;
}

/** What `npm run build` runs: the extension's and the CLI's builds. */
export const BUILD_ENTRIES = ['vite.config.ts', 'vite.cli.config.ts', 'scripts/build-extension.ts'];

/** Test code a build reaches (through any chain of imports): builds import nothing from test/. */
export function testCodeInBuilds(sources: readonly SourceFile[]): Violation[] {
  const known = new Set(sources.map((file) => file.path));
  const byPath = new Map(sources.map((file) => [file.path, file]));
  const via = new Map<string, string>(BUILD_ENTRIES.filter((entry) => known.has(entry)).map((entry) => [entry, entry]));
  const queue = [...via.keys()];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const next of importsOf(byPath.get(path)!, known).files) {
      if (via.has(next)) continue;
      via.set(next, `${via.get(path)} → ${next}`);
      queue.push(next);
    }
  }
  return [...via].filter(([path]) => path.startsWith('test/')).map(([, chain]) => ({ kind: 'build-imports-test', line: `${chain} (a build imports test code)` }));
}

/** Every import of `sources` that breaks the house's rules, as printable lines. */
export function checkLayers(sources: readonly SourceFile[]): Violation[] {
  const known = new Set(sources.map((file) => file.path));
  const edges: ImportEdge[] = [];
  const violations: Violation[] = [];
  for (const file of sources) {
    const folder = folderOf(file.path);
    if (folder === undefined || !LEVEL.has(folder)) violations.push({ kind: 'no-layer', line: `${file.path} (its folder is in no layer: add it to scripts/layers.ts and the README's table first)` });
    const { files, packages } = importsOf(file, known);
    edges.push(...files.map((to) => ({ from: file.path, to })));
    violations.push(...browserApiUses(file, packages));
  }
  return [...violations, ...uphill(edges), ...folderCycles(edges)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = relative(process.cwd(), join(dirname(new URL(import.meta.url).pathname), '..')) || '.';
  if (!existsSync(join(root, 'src'))) throw new Error('Run from the repository: src/ was not found.');
  const rootFiles = readdirSync(root).filter((name) => SOURCE.test(name)).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
  const everything = [...rootFiles, ...['src', 'scripts', 'test'].flatMap((dir) => readSources(root, dir))];
  const violations = [...checkLayers(readSources(root)), ...testCodeInBuilds(everything)];
  if (violations.length > 0) {
    console.error(`${violations.length} import(s) against the layers (README "Architecture", scripts/layers.ts):`);
    for (const violation of violations) console.error(`  ${violation.line}`);
    process.exit(1);
  }
  console.log('layers: every import runs downhill, no folder circle, the browser API only in ext/, no test code in the builds.');
}
