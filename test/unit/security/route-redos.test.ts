import { describe, expect, test } from 'vitest';
import { expectNoHang } from '../../support/cpu-time.js';
import { site } from '../sites/site.js';

const gandiAdapter = site('gandi');

/**
 * The content script reads the address of every page on a registrar host it matches, and a link
 * can carry any path (browsers take addresses up to 2 MB): reading it must stay linear.
 */
const page = { querySelector: () => null, title: '' } as unknown as Document;

describe('a crafted link to admin.gandi.net', () => {
  test('a 200 KB dotted segment is read in linear time', async () => {
    const url = new URL(`https://admin.gandi.net/domain/${'a.'.repeat(100_000)}`);
    await expectNoHang(() => gandiAdapter.read(url, page), 'a 200 KB dotted segment');
    expect(gandiAdapter.read(url, page)).toEqual({ pageKind: 'unknown' });
  });

  test.each([
    ['/domain/example.com/records', 'example.com'],
    ['/domain/org-1/example.com/dns/records/', 'example.com'],
    ['/domain/a..b/records', 'a..b'],
    ['/domain/.a.b/records', '.a.b'],
  ])('%s still names %s', (path, domain) => {
    expect(gandiAdapter.read(new URL(`https://admin.gandi.net${path}`), page)).toEqual({ pageKind: 'dns-editor', domain });
  });

  test.each(['/domain/example./records', '/domain/.example/records', '/domain/example/records', '/domain/example.com/records/x'])('%s names no zone, as before', (path) => {
    expect(gandiAdapter.read(new URL(`https://admin.gandi.net${path}`), page)).toEqual({ pageKind: 'unknown' });
  });
});
