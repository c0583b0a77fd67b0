import { describe, expect, test } from 'vitest';
import { createHosts } from '../../../src/background/hosts.js';
import { memoryArea } from '../../../src/storage/area.js';
import { fakeDohFetch } from '../../support/fake-doh-fetch.js';

describe('the DNS host looked up when the popup opens', () => {
  test('named from the name servers, and looked up once for a while', async () => {
    let asked = 0;
    const { fetch } = fakeDohFetch((question) => {
      asked++;
      if (question.type === 'NS' && question.name === 'example.com') return { answers: [{ type: 'NS', name: 'example.com', ttl: 300, class: 'IN', data: 'amy.ns.cloudflare.com' }] };
      return { answers: [] };
    });
    let now = 0;
    const hostOf = createHosts({ sync: memoryArea(), fetch, now: () => now });
    expect(await hostOf('Example.com')).toMatchObject({ id: 'cloudflare', name: 'Cloudflare', source: 'nameservers' });
    const first = asked;
    await hostOf('example.com');
    expect(asked).toBe(first);
    now += 11 * 60_000;
    await hostOf('example.com');
    expect(asked).toBeGreaterThan(first);
  });
});
