import type { SiteExample } from '../types.js';

/** Pages of the e-mail panel (the zone is never the panel host), as the tests open them. */
export const examples: readonly SiteExample[] = [
  { url: 'https://manager.eu.ovhcloud.com/#/web/exchange/hosted-ab12345-1/hosted-ab12345-1/domain', reads: { pageKind: 'ovh-exchange-domains', serviceId: 'ovh-hosted-exchange' } },
  { url: 'https://manager.ca.ovhcloud.com/#/web/exchange/private-zz111111-1/private-zz111111-1/server', reads: { pageKind: 'ovh-private-exchange-diagnostic', serviceId: 'ovh-private-exchange' } },
  { url: 'https://www.ovh.com/manager/#/web/exchange/org/hosted-x-1', reads: { pageKind: 'ovh-exchange-general', serviceId: 'ovh-hosted-exchange' } },
  { url: 'https://manager.us.ovhcloud.com/#/web/email_pro/emailpro-ab12345-1/domain', reads: { pageKind: 'ovh-email-pro-domains', serviceId: 'ovh-email-pro' } },
  // The page's offer with its page kind (Hosted and Private Exchange share their tabs), the domain a tab names.
  { url: 'https://manager.eu.ovhcloud.com/#/web/exchange/o/private-zz1-1/domain/example.com', reads: { pageKind: 'ovh-exchange-domains', serviceId: 'ovh-private-exchange', domain: 'example.com' } },
  { url: 'https://manager.eu.ovhcloud.com/#/web/exchange/o/some-legacy-name/domain', reads: { pageKind: 'ovh-exchange-domains' } },
  // The zone editors on the same hosts are other sites; other hosts are nobody's.
  { url: 'https://manager.eu.ovhcloud.com/#/web-domains/domain/example.com/zone' },
  { url: 'https://www.ovh.com/manager/#/web/domain/example.com/zone' },
  { url: 'https://evil.example/#/web/exchange/a/hosted-b/domain' },
];
