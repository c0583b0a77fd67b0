import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Bundles an entry module into one classic script (built once per process and entry) for
 * page.addScriptTag. Kept in memory, not written: test files run in parallel workers, and one
 * worker emptying a shared output folder would pull the bundle from under another's read.
 */
const built = new Map<string, Promise<string>>();
export function pageScript(entry: URL, name: string, minify = false): Promise<string> {
  const key = `${name}${minify ? '.min' : ''}`;
  const script = built.get(key) ?? bundle(entry, name, minify);
  built.set(key, script);
  return script;
}

async function bundle(entry: URL, name: string, minify: boolean): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify,
      lib: { entry: fileURLToPath(entry), formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  });
  const chunk = [output].flat().flatMap((result) => ('output' in result ? result.output : [])).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Bundling ${fileURLToPath(entry)} produced no script: run vite build on it and read its errors.`);
  return chunk.code;
}

/**
 * The fill engine (engine-entry.ts) as one classic script; `minify` for the bench, which injects
 * it anew into every page a run loads, as the extension injects its minified filler.
 */
export const fillEngineScript = (minify = false) => pageScript(new URL('./engine-entry.ts', import.meta.url), 'fillEngineBundle', minify);
