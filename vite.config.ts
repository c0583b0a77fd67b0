/**
 * The extension build (crx plugin + Preact). One config, four vite modes:
 * - `production` (default) → dist/chrome/, the shipped Chrome build;
 * - `firefox` → dist/firefox/ (background.scripts, gecko id, sidebar_action);
 * - `demo` → dist/demo-chrome/, adds only the demo page's host (npm start);
 * - `test` → dist/test-chrome/, adds the fixture hosts of the e2e tests.
 * Extra host permissions stand for the user's activeTab grant, which automation cannot give;
 * they never reach the shipped builds. Kept apart from vitest.config.ts (no crx in test runs).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type BuildTarget } from './scripts/manifest-for.js';
import { noExposedScripts } from './scripts/vite-no-exposed-scripts.js';
import { sidePanelPage } from './scripts/vite-side-panel.js';
import { firstScreenGroup } from './scripts/vite-first-screen.js';

const TARGETS: Record<string, BuildTarget> = {
  production: 'chrome',
  firefox: 'firefox',
  demo: 'demo-chrome',
  test: 'test-chrome',
};

export default defineConfig(async ({ mode }) => {
  const target = TARGETS[mode];
  if (!target) throw new Error(`Unknown build mode "${mode}": use one of ${Object.keys(TARGETS).join(', ')}.`);
  const manifest = await manifestFor(target, baseManifest);
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifest as unknown as ManifestV3Export,
        browser: target === 'firefox' ? 'firefox' : 'chrome',
        // Self-contained: no loader importing chunks that registrar pages could then fetch.
        contentScripts: { standaloneFiles: ['src/content/on-registrar-pages.ts'] },
      }),
      noExposedScripts(),
      sidePanelPage(),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      // Readable stack traces in bug reports cost nothing in a store package.
      sourcemap: false,
      target: 'es2022',
      // Both target browsers know <link rel="modulepreload">: the polyfill would be dead weight
      // in the popup's first chunk. The preload helper itself stays: it fetches a lazy chunk's
      // imports together with it instead of one after the other.
      modulePreload: { polyfill: false },
      rollupOptions: {
        output: {
          // What the popup's first paint needs beside main.ts (its words, the language, the
          // messaging, the preload helper main.ts fetches the UI with) in one chunk: left alone,
          // the bundler splits it by which other pages share each module, and popup.html waited
          // for three scripts instead of two. Then the engine modules of the setup form, in one
          // chunk too (vite-first-screen.ts).
          codeSplitting: {
            groups: [
              { name: 'popup-boot', test: /\/src\/(i18n\/lang|ui\/(shell-text|language)|popup\/(boot-requests|loading-shell)|messages\/client|ext\/browser)\.ts$|preload-helper/ },
              firstScreenGroup('popup-form'),
            ],
          },
        },
        treeshake: {
          // The engine's folders hold pure modules (data and functions, no top-level effects):
          // saying so lets a barrel such as records/zone-file.ts bring only what is used, so the
          // popup's first chunk does not carry the zone-file parser the paste box needs.
          moduleSideEffects: (id: string) => !/\/src\/(lib|records|services|share|report|i18n|dns)\//.test(id),
        },
      },
    },
    resolve: {
      alias: [
        // The engine imports punycode's CommonJS file (what Node and the CLI want); the browser
        // build takes its ES module twin: same code, without the CommonJS wrapper and the
        // runtime helper chunk it drags into the popup's first render.
        { find: 'punycode/punycode.js', replacement: 'punycode/punycode.es6.js' },
        // tr46 (CommonJS, loaded on demand) requires `punycode/`: resolved by the package's
        // `module` field it got that same ES twin, and an ES module required from CommonJS is
        // wrapped (a lazy initialiser, a namespace object, the runtime chunk) in the popup's first
        // load. Given the CommonJS file, its copy and its wrapper stay in the lazy chunk.
        { find: /^punycode\/$/, replacement: fileURLToPath(new URL('./node_modules/punycode/punycode.js', import.meta.url)) },
      ],
    },
    // Vite's dev server is not used (no remote code in an extension); this keeps HMR out.
    server: { hmr: false },
  };
});
