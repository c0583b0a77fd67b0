import { describe, expect, test } from 'vitest';
import { domainFromTexts, urlTexts, type DomainTexts } from '../../../../src/page/domain/domain-from-texts.js';
import type { DomainSource } from '../../../../src/page/zone-page.js';

const PANEL = 'panel.registrar.example';

/** The page's texts by source, in the reader's order of trust. */
function page(texts: Partial<Record<DomainSource, string[]>>, url = `https://${PANEL}/dns`): DomainTexts {
  return [
    ['heading', () => texts.heading ?? []],
    ['breadcrumb', () => texts.breadcrumb ?? []],
    ['title', () => texts.title ?? []],
    ['url', () => urlTexts(new URL(url))],
    ['listing', () => texts.listing ?? []],
  ];
}
const read = (sources: DomainTexts) => domainFromTexts(sources, new Set([PANEL]));

describe('domainFromTexts', () => {
  test('the heading names the zone before the title and the address', () => {
    expect(read(page({ heading: ['DNS records for Example.org'], title: ['other.net — Panel'] }))).toEqual({ domain: 'example.org', source: 'heading', evidence: 'DNS records for Example.org' });
  });

  test('falls back to the breadcrumb, the title, then the address', () => {
    expect(read(page({ breadcrumb: ['Domains › shop.example.fr › DNS'] }))?.domain).toBe('shop.example.fr');
    expect(read(page({ title: ['Zone editor – example.co.uk'] }))?.domain).toBe('example.co.uk');
    expect(read(page({}, `https://${PANEL}/domains/example.com/dns`))).toMatchObject({ domain: 'example.com', source: 'url' });
    expect(read(page({}, `https://${PANEL}/dns?zone=example.net`))?.domain).toBe('example.net');
  });

  test('never takes the page host, files or words for a zone', () => {
    expect(read(page({ heading: [`Welcome to ${PANEL}`], title: ['index.html'] }, `https://${PANEL}/app.php`))).toBeUndefined();
    expect(read(page({ heading: ['DNS zone'], title: ['Manage records'] }))).toBeUndefined();
  });

  test('a later source is not read once an earlier one names the zone', () => {
    const listing = () => {
      throw new Error('the listing was read');
    };
    expect(read([['heading', () => ['example.org']], ['listing', listing]])?.domain).toBe('example.org');
  });

  test('an IDN comes as the page writes it (the background reads it strictly); the page host in Unicode is not the zone', () => {
    expect(read(page({ heading: ['Zone DNS de Bücher.example'] }))?.domain).toBe('Bücher.example');
    expect(read(page({ breadcrumb: ['Domaines › пример.рф'] }))?.domain).toBe('пример.рф');
    const idnPanel = (sources: DomainTexts) => domainFromTexts(sources, new Set(['xn--dns-mnchen-eeb.example']));
    expect(idnPanel(page({ heading: ['Welcome to dns-münchen.example', 'Records of café.example'] }))?.domain).toBe('café.example');
  });

  test('a malformed escape in the address is read as it is', () => {
    expect(read(page({}, `https://${PANEL}/%E0%A4%A/example.com`))?.domain).toBe('example.com');
  });
});
