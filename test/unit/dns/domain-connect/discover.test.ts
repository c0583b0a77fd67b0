import { describe, expect, it } from 'vitest';
import { discoverDomainConnect } from '../../../../src/dns/domain-connect/discover.js';
import { probeTemplate } from '../../../../src/dns/domain-connect/probe.js';
import { readSettings } from '../../../../src/dns/domain-connect/settings.js';

const GODADDY = {
  providerId: 'GoDaddy',
  providerName: 'GoDaddy',
  providerDisplayName: 'GoDaddy',
  urlSyncUX: 'https://dcc.godaddy.com/manage',
  urlAPI: 'https://domainconnect.api.godaddy.com',
  urlControlPanel: 'https://dcc.godaddy.com/manage/%domain%/dns',
  nameServers: ['NS01.domaincontrol.com.'],
};

/** A fetch that records every URL asked and answers from `reply`. */
function recordingFetch(reply: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const urls: string[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    urls.push(url);
    return reply(url, init);
  }) as typeof fetch;
  return { fetch: fetchFn, urls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('Domain Connect discovery', () => {
  it('fetches the settings from an allow-listed TXT value only, asking fetch not to follow redirects', async () => {
    let redirect: RequestRedirect | undefined;
    const fake = recordingFetch((_, init) => {
      redirect = init?.redirect;
      return json(GODADDY);
    });
    const found = await discoverDomainConnect('example.com', ['domainconnect.godaddy.com'], { fetch: fake.fetch }, 3000);
    expect(fake.urls).toEqual(['https://domainconnect.godaddy.com/v2/example.com/settings']);
    expect(redirect).toBe('manual');
    expect(found).toMatchObject({ kind: 'found', settings: { providerId: 'GoDaddy', nameServers: ['ns01.domaincontrol.com'] } });
  });

  it.each(['127.0.0.1', 'localhost:443', 'user@domainconnect.godaddy.com', 'https://domainconnect.godaddy.com', 'api.cloudflare.com/client/v4/dns/domainconnect/../../zones'])(
    'fetches nothing for the TXT value %s',
    async (value) => {
      const fake = recordingFetch(() => json(GODADDY));
      const result = await discoverDomainConnect('example.com', [value], { fetch: fake.fetch }, 3000);
      expect(fake.urls).toEqual([]);
      expect(result.kind).toBe('refused');
    },
  );

  it('says nothing was there when the zone has no record', async () => {
    const fake = recordingFetch(() => json(GODADDY));
    expect(await discoverDomainConnect('example.com', [], { fetch: fake.fetch }, 3000)).toEqual({ kind: 'none' });
    expect(fake.urls).toEqual([]);
  });

  it('refuses a redirect, a 404 (stale record), a body over the cap, not JSON, or past the time', async () => {
    const redirect = recordingFetch(() => new Response(null, { status: 302, headers: { location: 'http://127.0.0.1/' } }));
    expect(await discoverDomainConnect('example.com', ['domainconnect.godaddy.com'], { fetch: redirect.fetch }, 3000)).toMatchObject({ kind: 'failed' });
    expect(redirect.urls).toHaveLength(1);

    const stale = recordingFetch(() => new Response('no', { status: 404 }));
    const notHeld = await discoverDomainConnect('example.com', ['domainconnect.godaddy.com'], { fetch: stale.fetch }, 3000);
    expect(notHeld).toMatchObject({ kind: 'failed', reason: { en: expect.stringContaining('HTTP 404') } });

    const huge = recordingFetch(() => new Response(new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(64 * 1024).fill(32)) })));
    expect(await discoverDomainConnect('example.com', ['domainconnect.godaddy.com'], { fetch: huge.fetch }, 3000)).toMatchObject({ kind: 'failed', reason: { en: expect.stringContaining('bytes') } });

    const html = recordingFetch(() => new Response('<html>', { status: 200 }));
    expect(await discoverDomainConnect('example.com', ['domainconnect.godaddy.com'], { fetch: html.fetch }, 3000)).toMatchObject({ kind: 'failed', reason: { en: expect.stringContaining('not JSON') } });

    const hang = recordingFetch((_, init) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))));
    expect(await discoverDomainConnect('example.com', ['domainconnect.godaddy.com'], { fetch: hang.fetch }, 50)).toMatchObject({ kind: 'failed', reason: { en: expect.stringContaining('50 ms') } });
  });

  it('drops settings whose urlAPI leaves the provider\'s known addresses: no probe can go there', async () => {
    const fake = recordingFetch(() => json({ ...GODADDY, urlAPI: 'https://127.0.0.1:8080' }));
    const result = await discoverDomainConnect('example.com', ['domainconnect.godaddy.com'], { fetch: fake.fetch }, 3000);
    expect(result).toMatchObject({ kind: 'failed', reason: { en: expect.stringContaining('127.0.0.1:8080') } });
  });
});

describe('hostile settings bodies', () => {
  it.each([
    ['an array', [GODADDY]],
    ['a string', 'GoDaddy'],
    ['null', null],
    ['no providerId', { ...GODADDY, providerId: undefined }],
    ['a number for a name', { ...GODADDY, providerName: 42 }],
    ['an ANSI escape in a name', { ...GODADDY, providerDisplayName: 'Go\u001b[2JDaddy' }],
    ['a right-to-left override', { ...GODADDY, providerDisplayName: 'Go\u202eDaddy' }],
    ['a name of 10 KB', { ...GODADDY, providerName: 'x'.repeat(10_000) }],
    ['a javascript: control panel', { ...GODADDY, urlControlPanel: 'javascript:alert(1)' }],
    ['a plain-http API', { ...GODADDY, urlAPI: 'http://domainconnect.api.godaddy.com' }],
    ['name servers that are not names', { ...GODADDY, nameServers: ['ns1 <script>'] }],
    ['an object for name servers', { ...GODADDY, nameServers: { 0: 'ns1.example' } }],
  ])('refuses %s', (_, body) => {
    expect(readSettings(body).ok).toBe(false);
  });

  it('keeps a spec-conforming body and only its known fields', () => {
    const read = readSettings({ ...GODADDY, extra: { deep: true } });
    expect(read.ok).toBe(true);
    expect(read.ok && Object.keys(read.settings)).not.toContain('extra');
  });
});

describe('template support probe', () => {
  it('asks {urlAPI}/v2/domainTemplates/providers/{p}/services/{s}: 2xx yes, 404 no', async () => {
    const yes = recordingFetch(() => json({ version: 3 }));
    expect(await probeTemplate(GODADDY, { providerId: 'microsoft.com', serviceId: 'O365' }, { fetch: yes.fetch }, 3000)).toBe(true);
    expect(yes.urls).toEqual(['https://domainconnect.api.godaddy.com/v2/domainTemplates/providers/microsoft.com/services/O365']);
    const no = recordingFetch(() => new Response('', { status: 404 }));
    expect(await probeTemplate(GODADDY, { providerId: 'microsoft.com', serviceId: 'O365' }, { fetch: no.fetch }, 3000)).toBe(false);
    const broken = recordingFetch(() => new Response('', { status: 500 }));
    expect(await probeTemplate(GODADDY, { providerId: 'microsoft.com', serviceId: 'O365' }, { fetch: broken.fetch }, 3000)).toBeUndefined();
  });

  it('asks nothing of an API address off the allow-list, and encodes the ids', async () => {
    const fake = recordingFetch(() => json({}));
    expect(await probeTemplate({ ...GODADDY, urlAPI: 'https://attacker.example' }, { providerId: 'a', serviceId: 'b' }, { fetch: fake.fetch }, 3000)).toBeUndefined();
    await probeTemplate(GODADDY, { providerId: '../x', serviceId: 'a/b' }, { fetch: fake.fetch }, 3000);
    expect(fake.urls).toEqual(['https://domainconnect.api.godaddy.com/v2/domainTemplates/providers/..%2Fx/services/a%2Fb']);
  });
});
