import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SITE_ADAPTERS } from '../../src/sites/registry.js';

// Firefox coverage is `web-ext lint` (0 errors) on the Firefox build; see shared docs/testing.md.
test('web-ext lint finds no error in dist/firefox', () => {
  if (!existsSync('dist/firefox/manifest.json')) {
    const build = spawnSync('npx', ['tsx', 'scripts/build-extension.ts', '--only', 'firefox'], { stdio: 'inherit' });
    expect(build.status, 'building dist/firefox failed: run `npm run build:ext`').toBe(0);
  }
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'], { encoding: 'utf8' });
  const report = JSON.parse(lint.stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
  expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
  // A hang guard, not a time budget: 6 s on an idle machine, over 60 s beside the browser tests on CI's 2 cores.
}, 240_000);

test('the shipped manifests hold only the least privileges', () => {
  // Read at run time: a fresh clone has no dist/ when the type check runs.
  const chrome = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8')) as Record<string, unknown>;
  expect(chrome.permissions).toEqual(['storage', 'activeTab', 'scripting', 'sidePanel', 'alarms']);
  const firefox = JSON.parse(readFileSync('dist/firefox/manifest.json', 'utf8')) as Record<string, unknown>;
  // Scheduled re-checks use browser.alarms in Firefox too.
  expect(firefox.permissions).toEqual(['storage', 'activeTab', 'scripting', 'alarms']);
  const adapterPatterns = [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matchPatterns ?? []))].sort();
  expect(chrome.host_permissions).toEqual(['https://cloudflare-dns.com/*', 'https://dns.google/*', ...adapterPatterns]);
  expect(chrome.optional_host_permissions).toEqual(['https://*/*']);
  // One content script, on the registrar and panel hosts the adapters name: never every site.
  const scripts = chrome.content_scripts as { matches: string[] }[];
  expect(scripts).toHaveLength(1);
  expect(scripts[0]!.matches).toEqual(adapterPatterns);
  for (const pattern of scripts[0]!.matches) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/[^*]*\*$/);
  expect(JSON.stringify(chrome)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  expect(chrome.web_accessible_resources).toBeUndefined();
  expect(chrome.content_security_policy).toBeUndefined();
});

// Smoke test: Firefox ESR installs the build as a temporary add-on (manifest accepted, no load error).
test('web-ext run installs dist/firefox in headless Firefox', async () => {
  const { requireBinary } = await import('../support/require-binary.js');
  const { spawn } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const firefox = requireBinary('firefox-esr', 'firefox-esr');
  const profile = mkdtempSync(join(tmpdir(), 'dsa-firefox-'));
  const child = spawn('npx', ['web-ext', 'run', '--source-dir', 'dist/firefox', `--firefox=${firefox}`, '--arg=-headless', '--no-reload', '--no-input', `--firefox-profile=${profile}`], {
    detached: true, // its own process group, so Firefox goes down with web-ext
  });
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`web-ext run did not install the add-on in time:\n${output}`)), 150_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/Installed .* as a temporary add-on/.test(output)) (clearTimeout(timer), resolve());
        if (/error/i.test(output) && !/errors?: 0/i.test(output)) (clearTimeout(timer), reject(new Error(output)));
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', () => (clearTimeout(timer), reject(new Error(`web-ext run stopped early:\n${output}`))));
    });
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    rmSync(profile, { recursive: true, force: true });
  }
  expect(output).toMatch(/temporary add-on/);
  // Hang guards, not time budgets: Firefox starts in seconds alone, much slower beside the browser tests on 2 cores.
}, 180_000);
