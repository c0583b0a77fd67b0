/**
 * `npm run build:fixtures`: bundles every fixture site (test/fixtures/sites/<id>/ and the Registrar
 * Lab's test/fixtures/lab/<id>/: its *.html pages + their scripts, React/Angular/Vue/web components
 * from npm) into the site's `builtDir` (.cache/fixtures/…), which the e2e fixture server serves under
 * the site's host names. A site is skipped when the content hash of its sources, the kits, the
 * lockfile and this script equals the one stamped in its last build (a fresh clone rebuilds all;
 * mtimes don't matter). A site may add to the vite config with a `vite.config.part.ts` whose
 * default export is a partial config (plugins, aliases, entries). `--only <id>` builds one site;
 * `--force` rebuilds. The build reads only local files: nothing is downloaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, mergeConfig, type InlineConfig, type UserConfig } from 'vite';
import { LAB_DIR, listFixtureSites, SITES_DIR, type FixtureSite } from '../test/fixtures/sites/kit/fixture-sites.js';
import { pageShell } from '../test/fixtures/sites/kit/page-shell.js';

const STAMP = '.built';
const CONFIG_PART = 'vite.config.part.ts';
const REPO = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** One hash over every input a build reads from this repo (sorted paths and their bytes). */
function contentHash(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((path) => (path.endsWith('/') ? filesUnder(path) : [path])).sort()) {
    hash.update(relative(REPO, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const SHARED_INPUTS = [join(SITES_DIR, 'kit/'), join(LAB_DIR, 'kit/'), join(REPO, 'package-lock.json'), fileURLToPath(import.meta.url)];

function sourcesHash(site: FixtureSite): string {
  return contentHash([`${site.dir}/`, ...SHARED_INPUTS.filter((path) => existsSync(path))]);
}

function upToDate(site: FixtureSite, hash: string): boolean {
  const stamp = join(site.builtDir, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash;
}

async function configPart(site: FixtureSite): Promise<UserConfig> {
  const path = join(site.dir, CONFIG_PART);
  if (!existsSync(path)) return {};
  const module = (await import(pathToFileURL(path).href)) as { default: UserConfig };
  return module.default;
}

async function buildSite(site: FixtureSite): Promise<void> {
  const pages = readdirSync(site.dir).filter((name) => name.endsWith('.html'));
  const base: InlineConfig = {
    configFile: false,
    root: site.dir,
    // Absolute asset URLs: the server answers every SPA route with index.html.
    base: '/',
    logLevel: 'warn',
    plugins: [pageShell()],
    // Fixture pages model React sites; the repo's tsconfig says preact, so say react here.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: site.builtDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      // Library CSS and fonts stay files: the pages must look like the real dashboards.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), join(site.dir, page)])),
        checks: { pluginTimings: false },
        // Component libraries mark their modules "use client" (for React Server Components): nothing to say here.
        onLog: (level, log, handler) => (log.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : handler(level, log)),
      },
    },
  };
  await build(mergeConfig(base, await configPart(site)));
}

const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const force = args.includes('--force');
const sites = listFixtureSites().filter((site) => only === undefined || site.id === only);
if (only !== undefined && sites.length === 0) {
  console.error(`No fixture site "${only}" under test/fixtures/sites/ or test/fixtures/lab/: check the folder name.`);
  process.exit(2);
}
const started = performance.now();
let built = 0;
for (const site of sites) {
  const hash = sourcesHash(site);
  if (!force && upToDate(site, hash)) continue;
  built += 1;
  const siteStarted = performance.now();
  await buildSite(site);
  writeFileSync(join(site.builtDir, STAMP), `${hash}\n`);
  console.log(`fixture ${site.id} → ${relative(REPO, site.builtDir)}/ (${Math.round(performance.now() - siteStarted)} ms)`);
}
console.log(`fixtures: ${built} built, ${sites.length - built} unchanged (${Math.round(performance.now() - started)} ms)`);
