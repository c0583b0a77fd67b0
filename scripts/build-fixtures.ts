/**
 * `npm run build:fixtures`: bundles every fixture site (test/fixtures/sites/<id>/index.html +
 * its scripts, React/AngularJS from npm) into .cache/fixtures/<id>/, which the e2e fixture server
 * serves under the site's real host names. A site whose sources (and the kit) did not change since
 * its last build is skipped. `--only <id>` builds one site; `--force` rebuilds.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { BUILT_SITES_DIR, listFixtureSites, SITES_DIR, type FixtureSite } from '../test/fixtures/sites/kit/fixture-sites.js';

const STAMP = '.built';

function newestChange(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }, 0);
}

function upToDate(site: FixtureSite, kitChanged: number): boolean {
  const stamp = join(BUILT_SITES_DIR, site.id, STAMP);
  return existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(kitChanged, newestChange(site.dir));
}

async function buildSite(site: FixtureSite): Promise<void> {
  const outDir = join(BUILT_SITES_DIR, site.id);
  await build({
    configFile: false,
    root: site.dir,
    // Absolute asset URLs: the server answers every SPA route with index.html.
    base: '/',
    logLevel: 'warn',
    // Fixture pages model React sites; the repo's tsconfig says preact, so say react here.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: false, sourcemap: false },
  });
  writeFileSync(join(outDir, STAMP), new Date().toISOString());
}

const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const force = args.includes('--force');
const sites = listFixtureSites().filter((site) => only === undefined || site.id === only);
if (only !== undefined && sites.length === 0) {
  console.error(`No fixture site "${only}" under test/fixtures/sites/: check the folder name.`);
  process.exit(2);
}
const kitChanged = newestChange(join(SITES_DIR, 'kit'));
for (const site of sites) {
  if (!force && upToDate(site, kitChanged)) continue;
  const started = performance.now();
  await buildSite(site);
  console.log(`fixture ${site.id} → .cache/fixtures/${site.id}/ (${Math.round(performance.now() - started)} ms)`);
}
