import { byFolder } from '../../../src/sites/folders.js';
import { describeSiteFill, type SiteFill } from './helpers.js';

/**
 * Every fixture site with a `fill.ts` (test/fixtures/sites/<id>/), filled through the real
 * extension: the Hosted Exchange, on-premises and merged-SPF sets unless the fixture names its
 * runs, the saved zone compared with the expected one. A new site's fixture joins by itself.
 */
const FILLS = byFolder(import.meta.glob<SiteFill | SiteFill[]>('../../fixtures/sites/*/fill.ts', { eager: true, import: 'fill' }));

for (const [siteId, fills] of FILLS) {
  for (const fill of [fills].flat()) describeSiteFill({ siteId, ...fill });
}
