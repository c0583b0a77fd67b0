import type { SiteExample } from '../types.js';

/** Pages of this site, as the tests open them. */
export const examples: readonly SiteExample[] = [
  // The demo page names its zone in its markup, or in the address (`?zone=`).
  { url: 'https://demo.dns-setup-assistant.test/dns-editor.html?zone=shop.demo.test', reads: { pageKind: 'unknown', domain: 'shop.demo.test' } },
];
