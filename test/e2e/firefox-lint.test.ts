import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';

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
}, 60_000);

test('the shipped manifests hold only the least privileges', async () => {
  const chrome = (await import('../../dist/chrome/manifest.json', { with: { type: 'json' } })).default as Record<string, unknown>;
  expect(chrome.permissions).toEqual(['storage', 'activeTab', 'scripting', 'sidePanel']);
  expect(chrome.host_permissions).toEqual(['https://cloudflare-dns.com/*', 'https://dns.google/*']);
  expect(chrome.optional_host_permissions).toEqual(['https://*/*']);
  expect(chrome.content_scripts).toBeUndefined();
  expect(chrome.web_accessible_resources).toBeUndefined();
  expect(chrome.content_security_policy).toBeUndefined();
});
