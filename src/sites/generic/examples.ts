import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  // Known by no address: the page's record form makes it a DNS editor (the browser tests fill such pages).
  { url: 'https://panel.unknown-host.test/domains/example.com/zone' },
];
