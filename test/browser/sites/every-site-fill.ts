import { byFolder } from '../../../src/sites/folders.js';
import { describeSiteFill, type SiteFill } from './helpers.js';

/**
 * Every fixture site with a `fill.ts` (test/fixtures/sites/<id>/): the Hosted Exchange, on-premises
 * and merged-SPF sets unless the fixture names its runs. A new site's fixture joins by itself.
 * (Its own module: the fixtures' fill.ts import helpers.ts, which must not import them back.)
 */
const FILLS = byFolder(import.meta.glob<SiteFill | SiteFill[]>('../../fixtures/sites/*/fill.ts', { eager: true, import: 'fill' }));

/**
 * The fills of every `count`-th site from the `part`-th (1-based): the sites are split over a few
 * files so that parallel workers fill them at once, each file with its own browser.
 */
export function describeSiteFills(part: number, count: number): void {
  for (const [siteId, fills] of FILLS.filter((_, index) => index % count === part - 1)) {
    for (const fill of [fills].flat()) describeSiteFill({ siteId, ...fill });
  }
}
