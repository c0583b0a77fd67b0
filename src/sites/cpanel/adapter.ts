import { defineSite } from '../define-site.js';

const PATH = /\/cpsess\d+\/frontend\/[^/]+\/zone_editor\//;

/** The domain of `#/manage?domain=<d>`; the list (`#/list`) names none. */
function domainOf(url: URL): string | undefined {
  const query = url.hash.split('?')[1];
  return query ? new URLSearchParams(query).get('domain') ?? undefined : undefined;
}

/**
 * cPanel Zone Editor, on the customer's own host and port, which no manifest can list: no match
 * patterns; the extension injects it on demand and knows the page by its path and content.
 */
export const adapter = defineSite({
  name: 'cPanel Zone Editor',
  notation: 'fqdn',
  recognize: (document) => PATH.test(document.location?.pathname ?? '') && document.querySelector('#search_add_record_btn, #zone_list, [ng-controller^="ManageZoneRecords"]') !== null,
  matches: (url) => PATH.test(url.pathname),
  read(url) {
    const domain = domainOf(url);
    if (url.hash.startsWith('#/manage') && domain) return { pageKind: 'dns-editor', domain };
    return { pageKind: url.hash.startsWith('#/list') || url.hash === '' ? 'zone-list' : 'unknown' };
  },
});
