import { fixtureSiteHosts } from '../fixtures/sites/kit/fixture-sites.js';

/**
 * Every host name the loopback test servers answer for, in ONE list: they all go into the
 * SANs of the self-signed test certificate, so Chromium (mapped with --host-resolver-rules)
 * can reach the loopback servers under the real names the extension and its content
 * scripts expect. Add registrar and control-panel hosts here.
 */
export const TEST_HOSTS: readonly string[] = [
  'localhost',
  '127.0.0.1',
  // The default DoH resolvers (src/dns/types.ts DEFAULT_RESOLVERS), mapped to the loopback DoH server.
  'cloudflare-dns.com',
  'dns.google',
  // The demo DNS editor page (demo/, src/sites/demo/adapter.ts), served by the e2e harness and npm start.
  'demo.dns-setup-assistant.test',
  // Every fixture site's hosts (test/fixtures/sites/*/site.json): registrar hosts and the generic panel.
  ...fixtureSiteHosts(),
];
