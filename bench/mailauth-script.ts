import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const OUT_DIR = fileURLToPath(new URL('../.cache/bench/', import.meta.url));

/**
 * Builds bench/mailauth-fleet-main.ts into .cache/bench/mailauth-fleet.mjs and returns its path.
 * Vite's SSR build leaves npm packages (mailauth, dns-packet) as imports: inside the project,
 * Node loads them from node_modules, as a script written against mailauth would.
 */
export async function buildMailauthScript(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      ssr: fileURLToPath(new URL('./mailauth-fleet-main.ts', import.meta.url)),
      outDir: OUT_DIR,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'mailauth-fleet.mjs' } },
    },
  });
  return `${OUT_DIR}mailauth-fleet.mjs`;
}
