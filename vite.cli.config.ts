/**
 * The CLI build: src/cli.ts → dist/cli.js, one self-contained ES module for Node 20 with a
 * shebang, so `node dist/cli.js` (and the package's `bin`) work without resolving anything
 * from node_modules at run time. Kept apart from vite.config.ts: no crx, no Preact here.
 */
import { chmod } from 'node:fs/promises';
import { defineConfig } from 'vite';

export default defineConfig({
  // The CLI reads its own configuration from argv and env; vite's public/ copy is for the extension.
  publicDir: false,
  build: {
    ssr: 'src/cli.ts',
    outDir: 'dist',
    // dist/ also holds the extension builds: never wipe it from here.
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: 'cli.js',
        banner: '#!/usr/bin/env node',
      },
    },
  },
  // Bundle the dependencies (dns-packet, punycode…) too: only Node built-ins stay imports.
  ssr: { noExternal: true, target: 'node' },
  plugins: [
    {
      name: 'cli-executable',
      // So that ./dist/cli.js runs directly, as npm's bin link would.
      async writeBundle(options) {
        await chmod(`${options.dir ?? 'dist'}/cli.js`, 0o755);
      },
    },
  ],
});
