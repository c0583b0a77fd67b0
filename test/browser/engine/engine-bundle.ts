import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const OUT = fileURLToPath(new URL('../../../.cache/fill-engine/', import.meta.url));

/** Bundles an entry module into one classic script (built once per process and entry) for page.addScriptTag. */
const built = new Map<string, Promise<string>>();
export function pageScript(entry: URL, name: string): Promise<string> {
  const script = built.get(name) ?? (async () => {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: `${OUT}${name}/`,
        emptyOutDir: true,
        minify: false,
        lib: { entry: fileURLToPath(entry), formats: ['iife'], name, fileName: () => `${name}.js` },
      },
    });
    return readFileSync(`${OUT}${name}/${name}.js`, 'utf8');
  })();
  built.set(name, script);
  return script;
}

/** The fill engine (engine-entry.ts) as one classic script. */
export const fillEngineScript = () => pageScript(new URL('./engine-entry.ts', import.meta.url), 'fillEngineBundle');
