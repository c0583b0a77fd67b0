/**
 * `npm run build:ext`: the shipped builds (dist/chrome, dist/firefox) with their store zips, plus
 * the demo and test builds used by `npm start` and the e2e tests (never zipped, never shipped).
 * `--only test` (or chrome, firefox, demo) builds one of them.
 */
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { zipDirectory } from './zip-directory.js';

const MODES = { chrome: 'production', firefox: 'firefox', demo: 'demo', test: 'test' } as const;
type Target = keyof typeof MODES;
const SHIPPED: readonly Target[] = ['chrome', 'firefox'];

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? (process.argv[onlyIndex + 1] as Target | undefined) : undefined;
if (only !== undefined && !(only in MODES)) {
  console.error(`Unknown build "${only}": use one of ${Object.keys(MODES).join(', ')}.`);
  process.exit(2);
}
const version = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;

for (const target of only ? [only] : (Object.keys(MODES) as Target[])) {
  await build({ configFile: 'vite.config.ts', mode: MODES[target], logLevel: 'warn' });
  const dir = target === 'demo' || target === 'test' ? `dist/${target}-chrome` : `dist/${target}`;
  if (SHIPPED.includes(target)) {
    const zip = `dist/dns-setup-assistant-${target}-${version}.zip`;
    zipDirectory(dir, zip);
    console.log(`${dir}/ → ${zip}`);
  } else {
    console.log(`${dir}/`);
  }
}
