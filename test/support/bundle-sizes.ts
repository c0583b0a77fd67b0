/**
 * What the extension's build costs the user, read from the build alone (gzip -9 bytes): the
 * budget test (test/browser/bundle-budgets.test.ts) and `npm run bench` share these readings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

export function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export const sumGzip = (files: Iterable<string>): number => [...new Set(files)].reduce((sum, file) => sum + gzipBytes(file), 0);

/** A built chunk's imports, resolved against its folder: `from"./x.js"` and `import"./x.js"` (static), `import("./x.js")` (dynamic). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(file, 'utf8');
  const folder = file.slice(0, file.lastIndexOf('/'));
  const resolve = (specifier: string) => join(folder, specifier);
  return {
    static: [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((match) => resolve(match[1]!)),
    dynamic: [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((match) => resolve(match[1]!)),
  };
}

/** The chunks `files` import statically, themselves included (what the browser fetches before running them). */
export function staticClosure(files: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file).static);
  }
  return seen;
}

/** The module scripts an HTML page of the build loads at once (its entry and the chunks vite preloads beside it). */
export function scriptsOf(dist: string, htmlPath: string): string[] {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)];
  return sources.map((match) => join(dist, match[1]!.replace(/^\//, '')));
}

/**
 * The JS the popup runs up to its setup form: what popup.html loads at once, then the UI chunk
 * its entry imports right after the loading shell (src/popup/main.ts → start.tsx), with every
 * chunk those import statically. Chunks loaded later (sections after the first render, the
 * names table for an IDN) are not in it.
 */
export function popupToSetupForm(dist: string): Set<string> {
  const first = staticClosure(scriptsOf(dist, 'src/popup/popup.html'));
  const ui = [...first].flatMap((file) => importsOf(file).dynamic);
  return new Set([...first, ...staticClosure(ui)]);
}

/** The content scripts the manifest runs on registrar pages (the on-demand injections are apart). */
export function manifestContentScripts(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  return [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))].map((file) => join(dist, file));
}

export function requireBuild(dist: string): void {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run \`npm run build:ext\` first.`);
}
