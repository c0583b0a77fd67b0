import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { quirksOf, siteTable, withSiteTable } from '../../../scripts/site-table.js';
import { editorOf } from '../../../src/sites/editors.js';
import { SITE_ADAPTERS } from '../../../src/sites/registry.js';

test('the README\'s site table is the one the site folders give (else run `npm run readme:sites`)', () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = siteTable(SITE_ADAPTERS.map((adapter) => ({ adapter, editor: editorOf(adapter.id), quirks: quirksOf(adapter.id) })));
  const fresh = withSiteTable(readme, table);
  if (fresh !== readme) throw new Error('README.md: the site table is stale. Run `npm run readme:sites` and commit README.md.');
  // Every store site is in it, the demo site is not.
  for (const adapter of SITE_ADAPTERS) expect(table.includes(`| \`${adapter.id}\` |`), adapter.id).toBe(adapter.id !== 'demo');
});
