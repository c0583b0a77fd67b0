import { describe, expect, test } from 'vitest';
import { strictPage } from '../../../src/background/strict-page.js';
import { nameCandidate } from '../../../src/records/names/name-candidate.js';
import { installUts46Table } from '../../../src/records/names/uts46-install.js';
import type { PageInfo } from '../../../src/sites/types.js';

installUts46Table();

const page = (domain?: string): PageInfo => ({ adapterId: 'generic', pageKind: 'dns-editor', notation: 'fqdn', ...(domain !== undefined && { domain }) });

describe('strictPage (the zone a content script read leniently, read with the UTS #46 table)', () => {
  test('an IDN as the page writes it becomes its DNS form; an ASCII zone stays', () => {
    expect(strictPage(page('Bücher.example'))).toEqual(page('xn--bcher-kva.example'));
    expect(strictPage(page('ＥＸＡＭＰＬＥ.org'))).toEqual(page('example.org'));
    expect(strictPage(page('example.com'))).toEqual(page('example.com'));
  });

  test('a zone the strict reading refuses is dropped, the rest of the page kept', () => {
    // Letters only, so the page's lenient reading takes it; UTS #46's bidi rule (RFC 5893) does not.
    expect(nameCandidate('aא.example')).toBe('aא.example');
    expect(strictPage(page('aא.example'))).toEqual(page());
    expect(strictPage(page('xn--a.example'))).toEqual(page());
    expect(strictPage(page('ab--c.example'))).toEqual(page());
    expect(strictPage(page())).toEqual(page());
    expect(strictPage(null)).toBeNull();
  });
});
