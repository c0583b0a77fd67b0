import { describeSiteFills } from './every-site-fill.js';

/**
 * Part 3 of 3 of the fixture sites' e2e fills through the real extension (the split is by site,
 * see describeSiteFills): the saved zone compared with the expected one, site by site.
 */
describeSiteFills(3, 3);
