import { defineSite } from '../define-site.js';

const PATH = /^\/smb\/dns-zone\//;

/** The zone's name, from the page ("DNS Settings for example.com"): the URL only has a site id. */
function domainOf(document: Document): string | undefined {
  const text = `${document.querySelector('h1')?.textContent ?? ''} ${document.title}`;
  return /DNS Settings for ([a-z0-9.-]+\.[a-z0-9-]+)/i.exec(text)?.[1]?.toLowerCase();
}

/** Plesk DNS settings, on the customer's own host and port: injected on demand, known by its path and its form. */
export const adapter = defineSite({
  name: 'Plesk DNS settings',
  recognize: (document) => PATH.test(document.location?.pathname ?? '') && document.querySelector('#dns-records-list, [name^="typesForms["]') !== null,
  matches: (url) => PATH.test(url.pathname),
  read(url, document) {
    const domain = domainOf(document);
    const pageKind = /\/(records-list|add-record|edit-record)\//.test(url.pathname) ? 'dns-editor' : 'unknown';
    return domain ? { pageKind, domain } : { pageKind };
  },
});
