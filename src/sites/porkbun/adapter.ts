import { defineSite } from '../define-site.js';

/** Porkbun DNS: the zone in the path names the DNS editor page. */
export const adapter = defineSite({ name: 'Porkbun DNS', hostId: 'porkbun', hosts: ['porkbun.com', 'www.porkbun.com'], route: /^\/account\/dns\/([^/]+)\/?$/i });
