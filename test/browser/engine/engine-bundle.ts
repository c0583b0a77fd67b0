import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const OUT = fileURLToPath(new URL('../../../.cache/fill-engine/', import.meta.url));

/** Bundles engine-entry.ts into one classic script (built once per process) for page.addScriptTag. */
let built: Promise<string> | undefined;
export function fillEngineScript(): Promise<string> {
  built ??= (async () => {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: OUT,
        emptyOutDir: true,
        minify: false,
        lib: { entry: fileURLToPath(new URL('./engine-entry.ts', import.meta.url)), formats: ['iife'], name: 'fillEngineBundle', fileName: () => 'engine.js' },
      },
    });
    return readFileSync(`${OUT}engine.js`, 'utf8');
  })();
  return built;
}
