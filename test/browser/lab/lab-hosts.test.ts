/**
 * The Lab is the generic filler's exam only while its pages are unknown: no adapter recognises
 * them and no content-script match pattern of the shipped manifest names their hosts.
 */
import { expect, test } from 'vitest';
import baseManifest from '../../../manifest.json' with { type: 'json' };
import { manifestFor } from '../../../scripts/manifest-for.js';
import { findAdapter } from '../../../src/sites/registry.js';
import { listLabSites } from '../../fixtures/sites/kit/fixture-sites.js';

/** Does a match pattern (`https://host/*`, `*://*.host/*`) cover this URL's host? */
function patternCoversHost(pattern: string, url: URL): boolean {
  const host = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  if (host === '*') return true;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

test('the Lab has at least 14 pages, each under its own host', () => {
  const hosts = listLabSites().flatMap((site) => site.hosts);
  expect(listLabSites().length).toBeGreaterThanOrEqual(14);
  expect(new Set(hosts).size).toBe(hosts.length);
});

test('no Lab page is known to an adapter or to a content-script pattern of the shipped build', async () => {
  const manifest = await manifestFor('chrome', baseManifest);
  const patterns = ((manifest.content_scripts ?? []) as { matches: string[] }[]).flatMap((script) => script.matches);
  for (const site of listLabSites()) {
    const url = new URL(`https://${site.hosts[0]}${site.startPath}`);
    expect(findAdapter(url)?.id, site.id).toBeUndefined();
    expect(patterns.filter((pattern) => patternCoversHost(pattern, url)), site.id).toEqual([]);
  }
});
