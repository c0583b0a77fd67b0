import { describe, expect, test } from 'vitest';
import { domainFromTexts } from '../../../src/page/page-domain.js';

const texts = (over: Partial<Parameters<typeof domainFromTexts>[0]>) => ({ headings: [], breadcrumbs: [], title: '', url: new URL('https://panel.registrar.example/dns'), ...over });

describe('domainFromTexts', () => {
  test('the heading names the zone before the title and the address', () => {
    expect(domainFromTexts(texts({ headings: ['DNS records for Example.org'], title: 'other.net — Panel' }))).toBe('example.org');
  });

  test('falls back to the breadcrumb, the title, then the address', () => {
    expect(domainFromTexts(texts({ breadcrumbs: ['Domains › shop.example.fr › DNS'] }))).toBe('shop.example.fr');
    expect(domainFromTexts(texts({ title: 'Zone editor – example.co.uk' }))).toBe('example.co.uk');
    expect(domainFromTexts(texts({ url: new URL('https://panel.registrar.example/domains/example.com/dns') }))).toBe('example.com');
    expect(domainFromTexts(texts({ url: new URL('https://panel.registrar.example/dns?zone=example.net') }))).toBe('example.net');
  });

  test('never takes the site itself, files or words for a zone', () => {
    expect(domainFromTexts(texts({ headings: ['Welcome to registrar.example'], title: 'index.html', url: new URL('https://panel.registrar.example/app.php') }))).toBeUndefined();
    expect(domainFromTexts(texts({ headings: ['DNS zone'], title: 'Manage records' }))).toBeUndefined();
  });

  test('a malformed escape in the address is read as it is', () => {
    expect(domainFromTexts(texts({ url: new URL('https://panel.registrar.example/%E0%A4%A/example.com') }))).toBe('example.com');
  });
});
