import { describe, expect, it } from 'vitest';
import { findAdapter } from '../../../../src/sites/registry.js';
import { domainOfRoute, panelRoute, serviceOfRoute } from '../../../../src/sites/ovh-email-panel/adapter.js';
import { site } from '../site.js';

const ovhEmailPanelAdapter = site('ovh-email-panel');

const url = (text: string) => new URL(text);

describe('OVHcloud e-mail panel adapter: routes', () => {
  it.each([
    ['https://manager.eu.ovhcloud.com/#/web/exchange/hosted-ab12345-1/hosted-ab12345-1/domain', 'exchange', '/domain', 'ovh-hosted-exchange'],
    ['https://manager.ca.ovhcloud.com/#/web/exchange/private-zz111111-1/private-zz111111-1/server', 'exchange', '/server', 'ovh-private-exchange'],
    ['https://www.ovh.com/manager/#/web/exchange/org/hosted-x-1', 'exchange', '', 'ovh-hosted-exchange'],
    ['https://manager.us.ovhcloud.com/#/web/email_pro/emailpro-ab12345-1/domain', 'email-pro', '/domain', 'ovh-email-pro'],
  ])('%s', (href, product, tab, service) => {
    const route = panelRoute(url(href));
    expect(route).toMatchObject({ product, tab });
    expect(serviceOfRoute(route!)).toBe(service);
    // This adapter, not a zone editor on the same host, knows the page.
    expect(findAdapter(url(href))?.id).toBe('ovh-email-panel');
  });

  it('leaves the zone editors and other hosts alone', () => {
    expect(panelRoute(url('https://manager.eu.ovhcloud.com/#/web-domains/domain/example.com/zone'))).toBeUndefined();
    expect(panelRoute(url('https://www.ovh.com/manager/#/web/domain/example.com/zone'))).toBeUndefined();
    expect(panelRoute(url('https://evil.example/#/web/exchange/a/hosted-b/domain'))).toBeUndefined();
    expect(findAdapter(url('https://manager.eu.ovhcloud.com/#/web-domains/domain/example.com/zone'))?.id).not.toBe('ovh-email-panel');
  });

  it('tells the page\'s offer with its page kind (Hosted and Private Exchange share their tabs)', () => {
    const noDiagnostic = { querySelector: () => null } as unknown as Document;
    expect(ovhEmailPanelAdapter.read(url('https://manager.eu.ovhcloud.com/#/web/exchange/o/private-zz1-1/domain/example.com'), noDiagnostic)).toEqual({
      pageKind: 'ovh-exchange-domains', serviceId: 'ovh-private-exchange', domain: 'example.com',
    });
    expect(ovhEmailPanelAdapter.read(url('https://manager.eu.ovhcloud.com/#/web/exchange/o/some-legacy-name/domain'), noDiagnostic)).toEqual({ pageKind: 'ovh-exchange-domains' });
  });

  it('reads the domain a tab names, never the panel host', () => {
    const route = panelRoute(url('https://manager.eu.ovhcloud.com/#/web/exchange/o/hosted-s/domain/Example.COM/dkim'))!;
    expect(domainOfRoute(route)).toBe('example.com');
    expect(domainOfRoute(panelRoute(url('https://manager.eu.ovhcloud.com/#/web/exchange/o/hosted-s'))!)).toBeUndefined();
    expect(ovhEmailPanelAdapter.matchPatterns?.every((pattern) => pattern.startsWith('https://'))).toBe(true);
  });
});
